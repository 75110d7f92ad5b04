// End-to-end tests of `annals tag` on small hand-written inputs.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "support/command.h"

namespace annals {
namespace {

using testing::run_annals;

// A JSON Lines input in a temporary file, removed with the object.
struct TempInput {
  std::filesystem::path path;
  explicit TempInput(const std::string& content) {
    path = std::filesystem::temp_directory_path() /
           ("annals-tag-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++) + ".jsonl");
    std::ofstream(path) << content;
  }
  ~TempInput() { std::filesystem::remove(path); }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

std::vector<nlohmann::json> lines(const std::string& out) {
  std::vector<nlohmann::json> result;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) result.push_back(nlohmann::json::parse(line));
  return result;
}

TEST(TagCommand, ReaderCommentsAreLeftOutAndSaidSoUnlessKept) {
  TempInput input(
      R"({"id": "blog", "date": "2011-03-21", "text": "Strikes began on Saturday. March 21, 2011 at 1:32 pm | )"
      R"(I agree. Tom March 22, 2011 at 9:05 am | Me too."})"
      "\n");
  auto dropped = run_annals("tag " + input.path.string());
  ASSERT_EQ(dropped.exit_code, 0) << dropped.err;
  auto mentions = lines(dropped.out);
  ASSERT_EQ(mentions.size(), 1u) << dropped.out;
  EXPECT_EQ(mentions[0]["value"], "2011-03-19");
  EXPECT_NE(dropped.err.find("left out 2 sentence(s) of reader comments in 1 article(s)"), std::string::npos)
      << dropped.err;

  auto kept = run_annals("tag --keep-comments " + input.path.string());
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_EQ(lines(kept.out).size(), 3u) << kept.out;
  EXPECT_EQ(kept.err.find("reader comments"), std::string::npos) << kept.err;
}

TEST(TagCommand, PrintsOneJsonLinePerMentionWithCodePointOffsets) {
  TempInput input(
      R"({"id": "a1", "date": "2017-06-08", "language": "fr", "text": "À l'été, le 3 mars dernier est loin. Hier, rien."})"
      "\n");
  auto r = run_annals("tag --quiet " + input.path.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto mentions = lines(r.out);
  ASSERT_EQ(mentions.size(), 2u) << r.out;
  EXPECT_EQ(mentions[0]["article"], "a1");
  EXPECT_EQ(mentions[0]["sentence"], 0);
  EXPECT_EQ(mentions[0]["text"], "3 mars dernier");
  EXPECT_EQ(mentions[0]["value"], "2017-03-03");
  EXPECT_EQ(mentions[0]["granularity"], "day");
  // "À l'été, le " is 12 code points (16 bytes).
  EXPECT_EQ(mentions[0]["start"], 12);
  EXPECT_EQ(mentions[0]["end"], 26);
  EXPECT_EQ(mentions[1]["sentence"], 1);
  EXPECT_EQ(mentions[1]["value"], "2017-06-07");
  EXPECT_EQ(mentions[1]["start"], 0);
  EXPECT_EQ(mentions[1]["end"], 4);
}

TEST(TagCommand, InlineFormatMarksMentionsInTheText) {
  TempInput input(R"({"id": "b", "date": "2011-02-17", "text": "Talks resumed yesterday after the 1990s deal."})"
                  "\n");
  auto r = run_annals("tag --quiet --format inline " + input.path.string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# b (2011-02-17)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Talks resumed [yesterday = 2011-02-16] after the [1990s = 199] deal."), std::string::npos)
      << r.out;
}

TEST(TagCommand, ExitCodes) {
  TempInput good(R"({"id": "c", "date": "2011-02-17", "text": "Nothing dated here."})" "\n");
  auto r = run_annals("tag --quiet " + good.path.string());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty());

  TempInput partly(R"({"id": "d", "date": "2011-02-17", "text": "Today."})" "\nnot json\n");
  EXPECT_EQ(run_annals("tag --quiet " + partly.path.string()).exit_code, 1);

  EXPECT_EQ(run_annals("tag --format xml " + good.path.string()).exit_code, 2);
  EXPECT_EQ(run_annals("tag /nonexistent/input.jsonl").exit_code, 2);
}

}  // namespace
}  // namespace annals
