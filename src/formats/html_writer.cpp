// `--format html`: web/export.html filled in, following the contract at its top.
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "annals/writer.h"
#include "formats/embedded_files.h"
#include "formats/export_writers.h"

namespace annals::formats {

namespace {

std::string_view required_asset(std::string_view name) {
  auto asset = web_asset(name);
  if (!asset) throw std::logic_error("web/" + std::string(name) + " is not embedded in annals");
  return asset->content;
}

// JSON that is safe as the text of a <script> element: no "<" at all (so no
// closing tag or comment opener), and U+2028/U+2029, which older JavaScript
// treats as line ends, escaped too. "<" only occurs inside JSON strings, where
// \u003c parses back to the same text.
std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<') {
      out += "\\u003c";
    } else if (json.substr(i, 2) == "\xE2\x80" && i + 2 < json.size() &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += json[i];
    }
  }
  return out;
}

struct Placeholder {
  std::string_view name;
  std::string_view value;
};

// One left-to-right pass: each placeholder is looked for after the previous
// one, so text inserted for one is never searched for the next.
void fill_template(std::ostream& out, std::string_view text, std::initializer_list<Placeholder> placeholders) {
  for (const Placeholder& placeholder : placeholders) {
    std::size_t at = text.find(placeholder.name);
    if (at == std::string_view::npos)
      throw std::logic_error("web/export.html lacks " + std::string(placeholder.name));
    out << text.substr(0, at) << placeholder.value;
    text.remove_prefix(at + placeholder.name.size());
  }
  out << text;
}

}  // namespace

void write_html(std::ostream& out, const Timeline& timeline) {
  std::ostringstream json;
  write_timeline(json, timeline, OutputFormat::kJson);
  const std::string data = script_safe_json(json.str());
  fill_template(out, required_asset("export.html"),
                {{"@ANNALS_CSS@", required_asset("style.css")},
                 {"@ANNALS_DATA@", data},
                 {"@ANNALS_JS@", required_asset("app.js")}});
}

}  // namespace annals::formats
