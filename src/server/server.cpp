// The HTTP shell of `annals serve` (cpp-httplib): routes, limits, headers and
// errors; what each route answers is server/api.cpp's business.
#include "annals/server.h"

#include <arpa/inet.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include <httplib.h>

#include "annals/error.h"
#include "annals/store.h"
#include "formats/embedded_files.h"
#include "server/api.h"

namespace annals {

namespace {

using server::ApiResponse;

bool is_loopback(const std::string& host) {
  if (host == "localhost" || host == "::1") return true;
  in_addr v4{};
  return inet_pton(AF_INET, host.c_str(), &v4) == 1 && (ntohl(v4.s_addr) >> 24) == 127;
}

// Compares without leaking where the first difference is (only the length).
bool same_secret(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// The page may talk to this server only, run only its own script and never
// be framed; API answers are never cached (the store grows while it runs).
void set_common_headers(httplib::Response& res, bool api) {
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Content-Security-Policy",
                 "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  res.set_header("Cache-Control", api ? "no-store" : "no-cache");
}

void send(httplib::Response& res, const ApiResponse& answer) {
  res.status = answer.status;
  res.set_content(answer.body, answer.content_type.c_str());
}

// Runs a route, turning the engine's exceptions into JSON errors: the
// caller's mistakes are 400, the store's problems 500.
template <class Route>
void answer(httplib::Response& res, Route route) {
  set_common_headers(res, true);
  try {
    send(res, route());
  } catch (const UsageError& e) {
    send(res, server::error_response(400, e.what()));
  } catch (const Error& e) {
    send(res, server::error_response(500, e.what()));
  } catch (const std::exception& e) {
    send(res, server::error_response(500, std::string("internal error: ") + e.what()));
  }
}

}  // namespace

struct Server::Impl {
  explicit Impl(ServerOptions o) : options(std::move(o)), api(options.store) {}

  void route();
  void serve_asset(const httplib::Request& req, httplib::Response& res) const;
  bool authorised(const httplib::Request& req) const {
    if (options.token.empty()) return true;
    const std::string header = req.get_header_value("Authorization");
    return header.starts_with("Bearer ") && same_secret(header.substr(7), options.token);
  }

  ServerOptions options;
  server::Api api;
  httplib::Server http;
};

void Server::Impl::serve_asset(const httplib::Request& req, httplib::Response& res) const {
  set_common_headers(res, false);
  // Only the embedded files exist: a path is looked up by name, never joined
  // to a folder, so "../" and encoded variants name nothing.
  const std::string name = req.path == "/" ? "index.html" : req.path.substr(1);
  const auto asset = name == "export.html" ? std::nullopt : formats::web_asset(name);
  if (!asset) {
    res.status = 404;
    res.set_content("not found\n", "text/plain; charset=utf-8");
    return;
  }
  res.set_content(std::string(asset->content), std::string(asset->content_type).c_str());
}

void Server::Impl::route() {
  http.Get("/api/health", [this](const auto&, auto& res) { answer(res, [&] { return api.health(); }); });
  http.Get("/api/info", [this](const auto&, auto& res) { answer(res, [&] { return api.info(); }); });
  http.Get("/api/methods", [this](const auto&, auto& res) { answer(res, [&] { return api.methods(); }); });
  http.Get("/api/openapi.json", [this](const auto&, auto& res) { answer(res, [&] { return api.openapi(); }); });
  http.Get("/api/timeline", [this](const auto& req, auto& res) { answer(res, [&] { return api.timeline(req.params); }); });
  http.Get("/api/dates", [this](const auto& req, auto& res) { answer(res, [&] { return api.dates(req.params); }); });
  http.Get("/api/articles", [this](const auto& req, auto& res) {
    answer(res, [&] { return api.articles_of_day(req.params); });
  });
  http.Get(R"(/api/articles/(.+))", [this](const auto& req, auto& res) {
    answer(res, [&] { return api.article(req.matches[1]); });
  });
  http.Post("/api/articles", [this](const httplib::Request& req, httplib::Response& res) {
    answer(res, [&] {
      if (!authorised(req)) return server::error_response(401, "this server needs Authorization: Bearer TOKEN to add articles");
      return api.ingest(req.body);
    });
    if (res.status == 401) res.set_header("WWW-Authenticate", "Bearer");
  });
  http.Get("/api/.*", [](const auto& req, auto& res) {
    answer(res, [&] { return server::error_response(404, "no such endpoint: " + req.path); });
  });
  http.Get(".*", [this](const auto& req, auto& res) { serve_asset(req, res); });
  // Statuses httplib sets itself (413 body too large, 414 URI too long, 405...) get a JSON reason.
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    set_common_headers(res, true);
    const std::string reason = res.status == 413 ? "the request body is too large"
                               : res.status == 414 ? "the request URI is too long"
                                                   : std::string("HTTP ") + std::to_string(res.status) + " for " + req.method + " " + req.path;
    send(res, server::error_response(res.status, reason));
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send(res, server::error_response(500, "internal error"));
  });
}

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  const ServerOptions& o = impl_->options;
  if (o.store.empty()) throw UsageError("serve needs --store FILE");
  if (!is_loopback(o.host) && o.token.empty())
    throw UsageError("serving on '" + o.host + "', which is not a loopback address, needs --token");
  if (o.port < 0 || o.port > 65535) throw UsageError("--port expects 0 to 65535");
  Store::open(o.store, Store::Mode::kReadOnly).info();  // exists, readable, a version we know
  // A worker serves one connection for as long as it is kept alive, so a few
  // cores' worth of workers would leave most clients of a busy server
  // waiting for a connection to close; requests are short, so more workers
  // than cores share them fairly instead.
  const unsigned workers = o.threads ? o.threads : std::max(16u, 4 * std::thread::hardware_concurrency());
  impl_->http.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  impl_->http.set_payload_max_length(o.max_body_bytes);
  impl_->http.set_read_timeout(o.timeout_seconds, 0);
  impl_->http.set_write_timeout(o.timeout_seconds, 0);
  impl_->http.set_keep_alive_timeout(5);
  // One request per connection: a kept-alive connection holds its worker, so
  // under load the clients beyond the workers would starve (measured with 64
  // connections: p99 12.6 s kept alive); a loopback reconnect costs
  // microseconds against a timeline's tens of milliseconds.
  impl_->http.set_keep_alive_max_count(1);
  if (o.log) {
    impl_->http.set_logger([log = o.log](const httplib::Request& req, const httplib::Response& res) {
      log(req.method + " " + req.path + " " + std::to_string(res.status));
    });
  }
  impl_->route();
}

Server::~Server() { stop(); }

int Server::bind() {
  const ServerOptions& o = impl_->options;
  const int port = o.port == 0 ? impl_->http.bind_to_any_port(o.host) : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0) throw IoError("cannot listen on " + o.host + ":" + std::to_string(o.port));
  return port;
}

void Server::run() { impl_->http.listen_after_bind(); }

void Server::stop() {
  if (impl_) impl_->http.stop();
}

}  // namespace annals
