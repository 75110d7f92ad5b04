// End to end: `annals timeline --format html|timelinejs|csv` on the demo corpus
// agree with `--format json` for the same request.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "support/command.h"
#include "support/temp_dir.h"

namespace annals {
namespace {

using testing::run_annals;

const std::string kRequest =
    "timeline " + std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl --dates 5 --sentences 2 --quiet";

nlohmann::json demo_json() {
  auto result = run_annals(kRequest + " --format json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

TEST(ExportCommandTest, DemoExportsCarryTheJsonTimeline) {
  const nlohmann::json json = demo_json();
  ASSERT_EQ(json["timeline"].size(), 5u);

  auto html = run_annals(kRequest + " --format html");
  ASSERT_EQ(html.exit_code, 0) << html.err;
  const std::string open = "<script type=\"application/json\" id=\"annals-data\">";
  std::size_t start = html.out.find(open);
  ASSERT_NE(start, std::string::npos);
  start += open.size();
  EXPECT_EQ(nlohmann::json::parse(html.out.substr(start, html.out.find("</script", start) - start)), json);

  auto timelinejs = run_annals(kRequest + " --format timelinejs");
  ASSERT_EQ(timelinejs.exit_code, 0) << timelinejs.err;
  auto events = nlohmann::json::parse(timelinejs.out)["events"];
  ASSERT_EQ(events.size(), 5u);
  for (std::size_t i = 0; i < events.size(); ++i) {
    const auto& date = events[i]["start_date"];
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date["year"].get<int>(), date["month"].get<int>(),
                  date["day"].get<int>());
    EXPECT_EQ(iso, json["timeline"][i]["date"].get<std::string>());
  }

  auto csv = run_annals(kRequest + " --format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("date,headline,sentence,outlet,url,article\r\n", 0), 0u);
  std::size_t sentences = 0;
  for (const auto& entry : json["timeline"]) {
    sentences += entry["sentences"].size();
    for (const auto& s : entry["sentences"])  // the article column ends its row
      EXPECT_NE(csv.out.find("," + s["article"].get<std::string>() + "\r\n"), std::string::npos) << s["article"];
  }
  // The demo's sentences hold no line breaks, so each CRLF ends one row.
  std::size_t rows = 0;
  for (std::size_t at = csv.out.find("\r\n"); at != std::string::npos; at = csv.out.find("\r\n", at + 2)) ++rows;
  EXPECT_EQ(rows, sentences + 1);
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The exported file opened in a real browser: app.js must find the inlined data
// and draw one entry per date with its sentences, with no server behind it.
TEST(ExportCommandTest, DemoHtmlRendersItsEntriesInHeadlessChromium) {
  if (std::system("command -v chromium >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "chromium is not installed (apt-get install -y chromium); the browser check is skipped";
  const nlohmann::json json = demo_json();
  testing::TempDir dir;
  const std::string page = (dir.path() / "timeline.html").string();
  auto exported = run_annals(kRequest + " --format html -o " + page);
  ASSERT_EQ(exported.exit_code, 0) << exported.err;

  const std::string command =
      "timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync --user-data-dir=" +
      (dir.path() / "profile").string() + " --dump-dom file://" + page + " 2>/dev/null";
  std::string dom;
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) dom.append(buffer, n);
  ASSERT_EQ(::pclose(pipe), 0) << "chromium failed";

  EXPECT_EQ(count(dom, "class=\"entry entry-day\""), json["timeline"].size()) << dom.substr(0, 2000);
  for (const auto& entry : json["timeline"]) {
    std::string text = entry["sentences"][0]["text"];
    if (text.find_first_of("&<>\"") == std::string::npos) {  // the DOM dump escapes these
      EXPECT_NE(dom.find(text), std::string::npos) << text;
    }
  }
}

}  // namespace
}  // namespace annals
