#include "formats/embedded_files.h"

#include <array>
#include <utility>

namespace annals::formats {

namespace {

// Text types carry their charset: app.js holds non-ASCII punctuation, and a
// script served alone would otherwise be decoded by the browser's guess.
std::string_view content_type_of(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kTypes{{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".txt", "text/plain; charset=utf-8"},
  }};
  for (const auto& [extension, type] : kTypes)
    if (name.ends_with(extension)) return type;
  return "application/octet-stream";
}

}  // namespace

std::optional<WebAsset> web_asset(std::string_view path) {
  if (path.starts_with('/')) path.remove_prefix(1);
  for (const EmbeddedFile& file : web_files())
    if (file.name == path) return WebAsset{file.content, content_type_of(file.name)};
  return std::nullopt;
}

}  // namespace annals::formats
