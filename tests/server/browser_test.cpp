// The page in a real browser (Debian's headless Chromium) against a real
// server: it runs a query on the demo store and draws the entries; text from
// the articles that looks like markup stays text.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

#include "server_fixture.h"

namespace annals {
namespace {

using testing::RunningServer;

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// Chromium with a fresh profile and no network beyond the URL; `action` is
// --dump-dom or --screenshot=FILE.
std::string chromium(const std::string& url, const std::string& action, const std::string& profile) {
  const std::string command =
      "timeout 90 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync --hide-scrollbars "
      "--window-size=1100,1400 --virtual-time-budget=15000 --user-data-dir=" + profile + " " + action + " '" + url +
      "' 2>/dev/null";
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return out;
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  if (::pclose(pipe) != 0) out.clear();
  return out;
}

void skip_unless_browser_runs() {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "browser tests run once, in the build without sanitizers";
#endif
  if (std::system("command -v chromium >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "chromium is not installed (apt-get install -y chromium); the browser test is skipped";
}

const char* const kHostile =
    "{\"id\": \"hostile-1\", \"date\": \"2025-03-04\", \"title\": \"<img src=x onerror=alert(1)>\", "
    "\"source\": \"\\\"><b id=outlet-markup>Outlet</b>\", \"url\": \"javascript:alert(1)\", "
    "\"text\": \"The Zephyrine dam <script>document.title='pwned'</script> burst near Orvale on Tuesday, officials said. "
    "Engineers said the Zephyrine dam <b id=bold-markup>held</b> for hours before it failed at the spillway.\"}\n";

TEST(BrowserTest, ThePageRunsAQueryAndDrawsItsEntriesWithArticleTextAsText) {
  skip_unless_browser_runs();
  if (::testing::Test::IsSkipped()) return;
  RunningServer server;
  ASSERT_EQ(server.ingest_exit_code(), 0);
  testing::TempDir dir;
  const std::string view = "/?query=dam&dates=4&sentences=2&method=datewise";
  const std::string dom = chromium(server.url() + view, "--dump-dom", (dir.path() / "profile").string());
  ASSERT_FALSE(dom.empty()) << "chromium failed";

  auto api = server.client().Get("/api/timeline?query=dam&dates=4&sentences=2&method=datewise");
  ASSERT_TRUE(api);
  const nlohmann::json expected = nlohmann::json::parse(api->body);
  ASSERT_FALSE(expected["timeline"].empty());
  EXPECT_EQ(count(dom, "class=\"entry entry-day\""), expected["timeline"].size()) << dom.substr(0, 3000);
  for (const auto& entry : expected["timeline"]) {
    const std::string text = entry["sentences"][0]["text"];
    if (text.find_first_of("&<>\"'") == std::string::npos) {
      EXPECT_NE(dom.find(text), std::string::npos) << text;
    }
  }
}

TEST(BrowserTest, MarkupInArticlesIsShownAsTextAndNeverRuns) {
  skip_unless_browser_runs();
  if (::testing::Test::IsSkipped()) return;
  RunningServer server(kHostile);
  ASSERT_EQ(server.ingest_exit_code(), 0);
  testing::TempDir dir;
  const std::string dom =
      chromium(server.url() + "/?query=zephyrine&dates=1&sentences=2&method=baseline", "--dump-dom", (dir.path() / "profile").string());
  ASSERT_FALSE(dom.empty()) << "chromium failed";
  // The hostile article is on the page, as text (the DOM dump escapes < and > in text).
  EXPECT_NE(dom.find("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), std::string::npos) << dom.substr(0, 4000);
  EXPECT_NE(dom.find("&lt;b id=bold-markup&gt;held&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(dom.find("&lt;b id=outlet-markup&gt;Outlet&lt;/b&gt;"), std::string::npos);
  // None of it became an element, an attribute or a link.
  EXPECT_EQ(dom.find("<script>document.title"), std::string::npos);
  EXPECT_EQ(dom.find("id=\"bold-markup\""), std::string::npos);
  EXPECT_EQ(dom.find("id=\"outlet-markup\""), std::string::npos);
  EXPECT_EQ(dom.find("<img src=\"x\""), std::string::npos);
  EXPECT_EQ(dom.find("href=\"javascript:"), std::string::npos);
  EXPECT_EQ(dom.find("<title>pwned"), std::string::npos);
}

TEST(BrowserTest, AScreenshotOfTheDemoViewIsAPicture) {
  skip_unless_browser_runs();
  if (::testing::Test::IsSkipped()) return;
  RunningServer server;
  testing::TempDir dir;
  const std::string png = (dir.path() / "page.png").string();
  chromium(server.url() + "/?query=dam,flood&dates=5", "--screenshot=" + png, (dir.path() / "profile").string());
  const std::string bytes = testing::read_file(png);
  ASSERT_GT(bytes.size(), 20000u) << "no screenshot, or an empty page";
  EXPECT_EQ(bytes.substr(1, 3), "PNG");
}

}  // namespace
}  // namespace annals
