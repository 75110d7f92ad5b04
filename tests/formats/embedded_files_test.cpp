#include "formats/embedded_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace annals::formats {
namespace {

const std::filesystem::path kWeb = std::filesystem::path(ANNALS_SOURCE_DIR) / "web";

std::string read_source(const std::string& name) {
  std::ifstream in(kWeb / name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(EmbeddedFilesTest, EveryWebFileButTheReadmeIsEmbeddedByteForByte) {
  std::set<std::string> on_disk, embedded;
  for (const auto& entry : std::filesystem::directory_iterator(kWeb))
    if (entry.path().extension() != ".md") on_disk.insert(entry.path().filename().string());
  for (const EmbeddedFile& file : web_files()) {
    embedded.insert(std::string(file.name));
    EXPECT_EQ(file.content, read_source(std::string(file.name))) << file.name;
  }
  EXPECT_EQ(embedded, on_disk);
  EXPECT_TRUE(on_disk.count("app.js") && on_disk.count("export.html"));
}

TEST(EmbeddedFilesTest, LooksUpByNameWithContentType) {
  auto js = web_asset("app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(js->content, read_source("app.js"));
  EXPECT_EQ(web_asset("/style.css").value().content_type, "text/css; charset=utf-8");
  EXPECT_EQ(web_asset("index.html").value().content_type, "text/html; charset=utf-8");
}

TEST(EmbeddedFilesTest, UnknownPathsAreAbsent) {
  EXPECT_FALSE(web_asset("README.md"));
  EXPECT_FALSE(web_asset("missing.js"));
  EXPECT_FALSE(web_asset(""));
  EXPECT_FALSE(web_asset("../web/app.js"));
  EXPECT_FALSE(web_asset("APP.JS"));
}

}  // namespace
}  // namespace annals::formats
