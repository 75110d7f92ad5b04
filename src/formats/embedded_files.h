// The files of web/, compiled into the library at build time
// (cmake/embed_web_assets.cmake), for the HTML export and the server. No file
// is read at run time, so an installed annals needs no data folder for them.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace annals::formats {

struct EmbeddedFile {
  std::string_view name;     // path relative to web/, e.g. "app.js"
  std::string_view content;  // the file's bytes
};

// Every embedded file, in name order (generated).
std::span<const EmbeddedFile> web_files();

struct WebAsset {
  std::string_view content;
  std::string_view content_type;  // e.g. "text/javascript; charset=utf-8"
};

// The embedded file at `path` ("app.js"; a leading "/" is ignored), or nullopt.
// Mapping "/" to "index.html" is the server's business, not this lookup's.
std::optional<WebAsset> web_asset(std::string_view path);

}  // namespace annals::formats
