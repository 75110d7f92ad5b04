// A real annals server for tests: a store made by `annals ingest` from the
// demo corpus (plus any extra JSON Lines), served on a random loopback port
// by a thread of the test, stopped at the end.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

#include "annals/server.h"
#include "support/command.h"
#include "support/temp_dir.h"

namespace annals::testing {

class RunningServer {
 public:
  // `options`' store and port are set here; the rest is the test's.
  explicit RunningServer(const std::string& extra_jsonl = "", ServerOptions options = {}) {
    store_ = (dir_.path() / "store.db").string();
    std::string inputs = kDemo;
    if (!extra_jsonl.empty()) inputs += " " + dir_.write("extra.jsonl", extra_jsonl);
    ingest_exit_code_ = run_annals("ingest -q --store " + store_ + " " + inputs).exit_code;
    options.store = store_;
    options.port = 0;
    server_ = std::make_unique<Server>(std::move(options));
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
  }
  ~RunningServer() {
    server_->stop();
    thread_.join();
  }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return port_; }
  int ingest_exit_code() const { return ingest_exit_code_; }
  const std::string& store() const { return store_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }

 private:
  TempDir dir_;
  std::string store_;
  int ingest_exit_code_ = -1;
  std::unique_ptr<Server> server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace annals::testing
