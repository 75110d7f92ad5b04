#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <string>

#include "export_fixture.h"
#include "formats/embedded_files.h"

namespace annals {
namespace {

using testing::render;

const std::string kDataOpen = "<script type=\"application/json\" id=\"annals-data\">";

std::string asset(std::string_view name) { return std::string(formats::web_asset(name).value().content); }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The text of the data script element: from its opening tag to the first "</script".
std::string embedded_data(const std::string& html) {
  std::size_t start = html.find(kDataOpen);
  EXPECT_NE(start, std::string::npos);
  if (start == std::string::npos) return "";
  start += kDataOpen.size();
  return html.substr(start, html.find("</script", start) - start);
}

TEST(HtmlWriterTest, EmbeddedJsonIsTheJsonExport) {
  for (const Timeline& timeline : {testing::plain_timeline(), testing::hostile_timeline(), Timeline{}}) {
    std::string data = embedded_data(render(timeline, OutputFormat::kHtml));
    EXPECT_EQ(nlohmann::json::parse(data), nlohmann::json::parse(render(timeline, OutputFormat::kJson)));
  }
}

TEST(HtmlWriterTest, HostileTextCannotLeaveTheDataElement) {
  std::string html = render(testing::hostile_timeline(), OutputFormat::kHtml);
  std::string data = embedded_data(html);
  EXPECT_EQ(data.find('<'), std::string::npos);
  EXPECT_EQ(data.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_EQ(data.find("\xE2\x80\xA9"), std::string::npos);
  EXPECT_NE(data.find("\\u003c/script>\\u003c!-- there\\u2028and \\u2029here."), std::string::npos) << data;
  // The data element and the page script are the only two script elements.
  EXPECT_EQ(count(html, "</script"), 2u);
  EXPECT_EQ(count(html, "<!--"), 1u);  // the template's own contract comment
}

TEST(HtmlWriterTest, InlinesStyleAndScriptVerbatimInTheTemplate) {
  std::string html = render(testing::plain_timeline(), OutputFormat::kHtml);
  std::string tmpl = asset("export.html");
  std::size_t css_at = tmpl.find("@ANNALS_CSS@");
  std::size_t js_at = tmpl.find("@ANNALS_JS@");
  ASSERT_NE(css_at, std::string::npos);
  ASSERT_NE(js_at, std::string::npos);
  std::string tail = tmpl.substr(js_at + std::string("@ANNALS_JS@").size());
  EXPECT_EQ(html.substr(0, css_at), tmpl.substr(0, css_at));
  EXPECT_EQ(html.substr(css_at, asset("style.css").size()), asset("style.css"));
  EXPECT_EQ(html.substr(html.size() - tail.size() - asset("app.js").size()), asset("app.js") + tail);
  EXPECT_EQ(html.find("@ANNALS_"), std::string::npos);
}

TEST(HtmlWriterTest, TemplateHoldsEachPlaceholderOnceInOrder) {
  std::string tmpl = asset("export.html");
  std::size_t previous = 0;
  for (const char* name : {"@ANNALS_CSS@", "@ANNALS_DATA@", "@ANNALS_JS@"}) {
    EXPECT_EQ(count(tmpl, name), 1u) << name;
    EXPECT_GT(tmpl.find(name), previous) << name;
    previous = tmpl.find(name);
  }
}

TEST(HtmlWriterTest, TemplateReferencesNothingOutsideTheFile) {
  const std::regex external(R"((src|href|action)\s*=\s*["']?\s*(https?:)?//)", std::regex::icase);
  EXPECT_FALSE(std::regex_search(asset("export.html"), external));
  EXPECT_EQ(asset("style.css").find("url("), std::string::npos) << "style.css must not load anything";
  EXPECT_EQ(asset("style.css").find("@import"), std::string::npos);
}

// What the export inlines must not end its element early (also checked when
// the assets are embedded, cmake/embed_web_assets.cmake).
TEST(HtmlWriterTest, InlinedAssetsCannotCloseTheirElements) {
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  EXPECT_EQ(lower(asset("app.js")).find("</script"), std::string::npos);
  EXPECT_EQ(lower(asset("app.js")).find("<!--"), std::string::npos);
  EXPECT_EQ(lower(asset("style.css")).find("</style"), std::string::npos);
}

}  // namespace
}  // namespace annals
