// What an attacker would try on a running server: paths out of the page's
// files, oversized bodies and URIs, and the headers that keep a browser safe.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "server_fixture.h"

namespace annals {
namespace {

using testing::RunningServer;

// Sends `request` as written (no client library normalising the path) and
// returns the whole response.
std::string raw_request(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string response;
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size())) {
    char buffer[4096];
    for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) response.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  return response;
}

TEST(SecurityTest, StaticRoutesServeTheEmbeddedFilesOnly) {
  RunningServer server;
  for (const char* path : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                           "/app.js/../../CMakeLists.txt", "//etc/passwd", "/web/index.html", "/../CMakeLists.txt",
                           "/export.html", "/%00index.html"}) {
    const std::string response =
        raw_request(server.port(), std::string("GET ") + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    ASSERT_FALSE(response.empty()) << path;
    EXPECT_TRUE(response.starts_with("HTTP/1.1 404") || response.starts_with("HTTP/1.1 400")) << path << "\n"
                                                                                              << response.substr(0, 200);
    EXPECT_EQ(response.find("root:"), std::string::npos) << path;
    EXPECT_EQ(response.find("cmake_minimum_required"), std::string::npos) << path;
  }
  auto client = server.client();
  auto page = client.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type").rfind("text/html", 0), 0u);
  EXPECT_NE(page->body.find("app.js"), std::string::npos);
  auto script = client.Get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_NE(script->get_header_value("Content-Type").find("javascript"), std::string::npos);
}

TEST(SecurityTest, EveryAnswerCarriesTheHeadersThatKeepABrowserSafe) {
  RunningServer server;
  auto client = server.client();
  for (const char* path : {"/", "/api/timeline?dates=2", "/api/nothing"}) {
    auto response = client.Get(path);
    ASSERT_TRUE(response) << path;
    EXPECT_EQ(response->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    const std::string policy = response->get_header_value("Content-Security-Policy");
    EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << path;
    EXPECT_NE(policy.find("frame-ancestors 'none'"), std::string::npos) << path;
  }
}

TEST(SecurityTest, OversizedBodiesAndUrisAreRefused) {
  ServerOptions options;
  options.max_body_bytes = 1024;
  RunningServer server("", options);
  auto client = server.client();
  auto big = client.Post("/api/articles", std::string(4096, 'x'), "application/x-ndjson");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  const std::string response = raw_request(
      server.port(), "GET /api/timeline?query=" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_TRUE(response.starts_with("HTTP/1.1 414")) << response.substr(0, 100);
  // The server is still there for everyone else.
  auto health = client.Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST(SecurityTest, ASilentClientIsDroppedAndOthersAreServedMeanwhile) {
  ServerOptions options;
  options.timeout_seconds = 1;
  RunningServer server("", options);
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(server.port()));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(write(fd, "GET /api/he", 11), 11);  // and then nothing
  auto health = server.client().Get("/api/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  // The server hangs up after its 1 s timeout (perhaps with a last answer);
  // waiting 5 s for that is the test's own bound.
  timeval wait{.tv_sec = 5, .tv_usec = 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  char buffer[4096];
  ssize_t n;
  while ((n = read(fd, buffer, sizeof buffer)) > 0) {
  }
  EXPECT_EQ(n, 0) << "the connection was still open after 5 s";
  close(fd);
}

}  // namespace
}  // namespace annals
