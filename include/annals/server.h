// `annals serve`: the JSON API and the web page over one store.
//
//   Server server({.store = "news.db", .port = 0});   // 0: any free port
//   int port = server.bind();                          // throws when it cannot
//   std::thread t([&] { server.run(); });              // until stop()
//   ...
//   server.stop(); t.join();
//
// Every request opens its own read-only view of the store, so the server
// sees what `annals ingest` (or POST /api/articles) adds while it runs.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace annals {

struct ServerOptions {
  std::string store;                 // the store file (annals ingest made it)
  std::string host = "127.0.0.1";
  int port = 8080;                   // 0: any free port (bind() says which)
  // Required for POST /api/articles when set (Authorization: Bearer TOKEN);
  // a server on a host other than a loopback address must have one.
  std::string token;
  unsigned threads = 0;              // request workers; 0: four per core, at least 16
  std::size_t max_body_bytes = std::size_t{32} << 20;  // POST bodies above are refused (413)
  int timeout_seconds = 10;          // a client silent this long is dropped
  // Called once per request with "METHOD path status milliseconds"; empty: quiet.
  std::function<void(const std::string&)> log;
};

class Server {
 public:
  // Checks the options and the store (it must exist and be readable). Throws
  // UsageError for bad options (no token on a non-loopback host) and IoError
  // or StoreVersionError for the store.
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket and returns its port. Throws IoError.
  int bind();
  // Serves until stop(); bind() first.
  void run();
  // Safe from any thread, also before run() started serving.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace annals
