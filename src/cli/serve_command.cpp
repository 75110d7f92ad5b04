// annals serve --store FILE: the JSON API and the web page until SIGINT/SIGTERM.
#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>

#include "annals/error.h"
#include "annals/server.h"
#include "commands.h"

namespace annals::cli {

namespace {

struct ServeOptions {
  ServerOptions server;
  bool quiet = false;
};

// Blocks SIGINT and SIGTERM in every thread (the server's workers inherit
// the mask) and stops the server from a thread that waits for them, so no
// work happens inside a signal handler.
std::thread stop_on_signal(Server& server, sigset_t& signals) {
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  return std::thread([&server, &signals] {
    int received = 0;
    sigwait(&signals, &received);
    std::fprintf(stderr, "annals serve: stopping (signal %d)\n", received);
    server.stop();
  });
}

int run(ServeOptions options) {
  if (!options.quiet) options.server.log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
  try {
    Server server(options.server);
    const int port = server.bind();
    std::fprintf(stderr, "annals serve: http://%s:%d/ (store %s)%s\n", options.server.host.c_str(), port,
                 options.server.store.c_str(), options.server.token.empty() ? "" : "; POST needs the token");
    sigset_t signals;
    std::thread stopper = stop_on_signal(server, signals);
    server.run();
    pthread_kill(stopper.native_handle(), SIGTERM);  // run() ended by itself: release the waiting thread
    stopper.join();
    return 0;
  } catch (const UsageError& e) {
    std::fprintf(stderr, "annals serve: %s\n", e.what());
    return 2;
  } catch (const Error& e) {
    std::fprintf(stderr, "annals serve: %s\n", e.what());
    return 2;
  }
}

}  // namespace

void register_serve_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app.add_subcommand("serve", "Serve the JSON API and the web page over a store");
  command->add_option("--store", options->server.store, "The store to serve (annals ingest makes one)")->required();
  command->add_option("--host", options->server.host, "Address to listen on; not loopback needs --token")
      ->capture_default_str();
  command->add_option("--port", options->server.port, "Port (0: any free port, printed on stderr)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  command->add_option("--token", options->server.token, "Secret for POST /api/articles (Authorization: Bearer TOKEN)");
  command->add_option("--threads", options->server.threads, "Request workers (0: four per core, at least 16)")
      ->check(CLI::Range(0u, 256u));
  command->add_option("--max-body", options->server.max_body_bytes, "Largest POST body in bytes")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 32));
  command->add_flag("-q,--quiet", options->quiet, "Do not log requests");
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
