// End-to-end tests of `annals timeline` on the bundled demo corpus and, when
// present, on ../shared/data.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "annals/eval/timeline_file.h"
#include "support/command.h"
#include "support/temp_dir.h"

namespace annals {
namespace {

using testing::kDemo;
using testing::run_annals;

const std::string kMjBbc = std::string(ANNALS_SHARED_DIR) + "/data/t17-dev/Timeline17/MJ_bbc";

std::vector<std::string> date_lines(const std::string& text) {
  std::vector<std::string> dates;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("date ", 0) == 0) dates.push_back(line.substr(5));
  return dates;
}

// The demo articles by id, read straight from the JSON Lines file.
std::map<std::string, nlohmann::json> demo_articles() {
  std::map<std::string, nlohmann::json> articles;
  std::ifstream in(kDemo);
  for (std::string line; std::getline(in, line);) {
    auto article = nlohmann::json::parse(line);
    articles[article["id"]] = article;
  }
  return articles;
}

TEST(TimelineCommandTest, VersionAndHelp) {
  auto version = run_annals("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_NE(version.out.find("annals "), std::string::npos);
  auto help = run_annals("timeline --help");
  EXPECT_EQ(help.exit_code, 0);
  for (const char* flag : {"--query", "--dates", "--sentences", "--from", "--to", "--format", "--output", "--quiet"})
    EXPECT_NE(help.out.find(flag), std::string::npos) << flag;
}

TEST(TimelineCommandTest, DemoTimelineHasRequestedShapeInDateOrder) {
  auto result = run_annals("timeline " + kDemo + " --dates 8 --sentences 2 --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto dates = date_lines(result.out);
  EXPECT_EQ(dates.size(), 8u);
  EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
  EXPECT_EQ(std::set<std::string>(dates.begin(), dates.end()).size(), dates.size());
}

TEST(TimelineCommandTest, DemoTimelineFindsMostReferenceDates) {
  auto result = run_annals("timeline " + kDemo + " --dates 10 --sentences 2 --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto reference = eval::read_tilse_timeline(std::string(ANNALS_SOURCE_DIR) + "/data/demo/reference.txt");
  int hits = 0;
  for (const auto& date : date_lines(result.out))
    hits += reference.timeline.dates.count(*Date::parse_iso(date)) > 0;
  // The story's key days are its busiest news days, so counting articles finds most of them.
  EXPECT_GE(hits, 5);
}

TEST(TimelineCommandTest, JsonTracesEverySentenceToItsArticle) {
  auto result = run_annals("timeline " + kDemo + " --format json --dates 6 --sentences 3 --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto doc = nlohmann::json::parse(result.out);
  EXPECT_EQ(doc["schema_version"], 2);
  auto articles = demo_articles();
  std::size_t sentences = 0;
  for (const auto& entry : doc["timeline"]) {
    for (const auto& s : entry["sentences"]) {
      ++sentences;
      ASSERT_TRUE(articles.count(s["article"])) << s["article"];
      const auto& article = articles[s["article"]];
      EXPECT_NE(article["text"].get<std::string>().find(s["text"].get<std::string>()), std::string::npos)
          << s["text"];
      EXPECT_EQ(s["outlet"], article["source"]);
      EXPECT_EQ(s["url"], article["url"]);
      EXPECT_EQ(s["title"], article["title"]);
      EXPECT_EQ(s["published"].get<std::string>().substr(0, 10), article["date"].get<std::string>().substr(0, 10));
      EXPECT_TRUE(s["position"].is_number_unsigned());
    }
  }
  EXPECT_GT(sentences, 6u);
}

TEST(TimelineCommandTest, QueryRestrictsEverySentence) {
  auto result = run_annals("timeline " + kDemo + " --query ARREST,charged --format tilse --dates 5 --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto parsed = eval::parse_tilse_timeline(result.out);
  ASSERT_FALSE(parsed.timeline.empty());
  for (const auto& [date, sentences] : parsed.timeline.dates)
    for (std::string s : sentences) {
      std::transform(s.begin(), s.end(), s.begin(), ::tolower);
      EXPECT_TRUE(s.find("arrest") != std::string::npos || s.find("charged") != std::string::npos) << s;
    }
}

TEST(TimelineCommandTest, FewerDatesThanAskedForAreSaidOnStderr) {
  // April 2025 of the demo corpus has fewer days with sentences than 20.
  auto result = run_annals("timeline " + kDemo + " --from 2025-04-01 --to 2025-04-30 --dates 20");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::size_t shown = date_lines(result.out).size();
  ASSERT_LT(shown, 20u);
  EXPECT_NE(result.err.find("annals: " + std::to_string(shown) + " of the 20 dates asked for"), std::string::npos)
      << result.err;
  auto quiet = run_annals("timeline " + kDemo + " --from 2025-04-01 --to 2025-04-30 --dates 20 --quiet");
  EXPECT_EQ(quiet.err.find("dates asked for"), std::string::npos);
  auto enough = run_annals("timeline " + kDemo + " --dates 3");
  EXPECT_EQ(enough.err.find("dates asked for"), std::string::npos) << enough.err;
}

TEST(TimelineCommandTest, FromAndToLimitTheDates) {
  auto result = run_annals("timeline " + kDemo + " --from 2025-04-01 --to 2025-04-30 --dates 20 --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto dates = date_lines(result.out);
  ASSERT_FALSE(dates.empty());
  for (const auto& d : dates) EXPECT_TRUE(d >= "2025-04-01" && d <= "2025-04-30") << d;
}

TEST(TimelineCommandTest, OutputFileAndMarkdown) {
  auto path = std::filesystem::temp_directory_path() / ("annals-md-" + std::to_string(::getpid()) + ".md");
  auto result = run_annals("timeline " + kDemo + " --format markdown -o " + path.string() + " --dates 3 --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.empty());
  std::string markdown = testing::read_file(path);
  std::filesystem::remove(path);
  // The title, three "## date" and two "### headline": the third date's headline is only its
  // first sentence shortened (no title reports March 6), which markdown does not repeat.
  EXPECT_EQ(std::count(markdown.begin(), markdown.end(), '#'), 1 + 3 * 2 + 2 * 3) << markdown;
  EXPECT_NE(markdown.find("### Walkers report wet patch below Hollin Dam\n"), std::string::npos) << markdown;
  EXPECT_EQ(markdown.find("### The Hollin Dam failed"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("([link](<https://"), std::string::npos);
}

TEST(TimelineCommandTest, RejectedRecordsGiveExitCodeOneAndTheRestIsUsed) {
  auto path = std::filesystem::temp_directory_path() / ("annals-bad-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path) << R"({"id": "ok", "date": "2025-03-06", "text": "The Hollin dam failed before dawn."})" "\n"
                      << R"({"id": "bad", "date": "sometime", "text": "No usable date here."})" "\n"
                      << "{not json\n";
  auto result = run_annals("timeline " + path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find(path.string() + ":2"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(path.string() + ":3"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("date 2025-03-06"), std::string::npos);
}

TEST(TimelineCommandTest, UsageErrorsAndNoInputGiveExitCodeTwo) {
  EXPECT_EQ(run_annals("timeline " + kDemo + " --no-such-flag").exit_code, 2);
  EXPECT_EQ(run_annals("timeline " + kDemo + " --format xml").exit_code, 2);
  EXPECT_EQ(run_annals("timeline " + kDemo + " --from 2025-13-01").exit_code, 2);
  EXPECT_EQ(run_annals("timeline " + kDemo + " --method nonsense").exit_code, 2);
  EXPECT_EQ(run_annals("timeline").exit_code, 2);
  auto missing = run_annals("timeline /nonexistent/annals-input.jsonl");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/annals-input.jsonl"), std::string::npos);
}

TEST(TimelineCommandTest, StdinReadsJsonLines) {
  auto result = run_annals("timeline - --quiet < " + kDemo);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(date_lines(result.out).size(), 10u);
}

TEST(TimelineCommandTest, StdinReadsTheFormatForcedForIt) {
  testing::TempDir dir;
  const std::string csv = dir.write("in.csv", "date,text\n2024-01-02,The dam broke in the valley near the town.\n");
  auto result = run_annals("timeline - --input-format csv --quiet < " + csv);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(date_lines(result.out), std::vector<std::string>{"2024-01-02"});
  auto digest = run_annals("timeline " + kDemo + " -q | " + std::string(ANNALS_BINARY_DIR) +
                           "/annals timeline - --input-format text --quiet");
  ASSERT_EQ(digest.exit_code, 0) << digest.err;
  EXPECT_EQ(date_lines(digest.out).size(), 10u);
  auto dataset = run_annals("timeline - --input-format dataset < " + csv);
  EXPECT_EQ(dataset.exit_code, 2);
  EXPECT_NE(dataset.err.find("standard input cannot be one"), std::string::npos) << dataset.err;
}

TEST(TimelineCommandTest, Timeline17MichaelJacksonReadsAsText) {
  if (!std::filesystem::is_directory(kMjBbc)) GTEST_SKIP() << "shared data not found at " << kMjBbc;
  auto result = run_annals("timeline " + kMjBbc + " --query michael,jackson --dates 10 --sentences 2 --format json");
  ASSERT_EQ(result.exit_code, 1) << "MJ_bbc holds 4 empty files, reported as rejected: " << result.err;
  auto doc = nlohmann::json::parse(result.out);
  ASSERT_EQ(doc["timeline"].size(), 10u);
  for (const auto& entry : doc["timeline"]) {
    ASSERT_FALSE(entry["sentences"].empty());
    for (const auto& s : entry["sentences"]) {
      std::string text = s["text"];
      // PTB tokens stand alone: " 's " is the possessive, " 'speechless" a quotation.
      for (const char* ptb : {" 's ", " ,", " .", "``", "''", "( ", " )", " n't "})
        EXPECT_EQ(text.find(ptb), std::string::npos) << "PTB token '" << ptb << "' left in: " << text;
      EXPECT_EQ(s["article"].get<std::string>().rfind("InputDocs/", 0), 0u);
    }
  }
}

}  // namespace
}  // namespace annals

namespace annals {
namespace {

using testing::run_annals;

const std::string kDemoCorpus = std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl";

TEST(TimelineCommandTest, TextEndsSentencesWithTheirOutletUnlessNoSources) {
  const std::set<std::string> outlets = {"Meridian Press Agency", "Valley Courier",        "Lowford Gazette",
                                         "The National Ledger",   "Rivermark Broadcasting", "Bourse Daily"};
  auto with = run_annals("timeline " + kDemoCorpus + " --dates 4 --sentences 2");
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_NE(with.err.find("annals: merged 2 syndicated copies into 2 stories"), std::string::npos) << with.err;
  std::istringstream in(with.out);
  std::size_t sentences = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.starts_with("date ")) continue;
    ++sentences;
    const auto dash = line.rfind(" — ");
    ASSERT_NE(dash, std::string::npos) << line;
    std::string outlet = line.substr(dash + 5);
    outlet = outlet.substr(0, outlet.find(" (also: "));
    EXPECT_TRUE(outlets.contains(outlet)) << line;
  }
  // The default method (annals) gives up to two sentences a date; it may
  // leave a date with one rather than repeat itself or pad with a fragment.
  EXPECT_GE(sentences, 4u);
  EXPECT_LE(sentences, 8u);
  auto plain = run_annals("timeline " + kDemoCorpus + " --dates 4 --sentences 2 --no-sources --quiet");
  ASSERT_EQ(plain.exit_code, 0);
  EXPECT_EQ(plain.out.find(" — "), std::string::npos) << plain.out;
  EXPECT_TRUE(plain.err.empty()) << plain.err;
}

TEST(TimelineCommandTest, JsonSchemaTwoHasHeadlinesSourcesAndAlsoReportedBy) {
  auto result = run_annals("timeline " + kDemoCorpus + " --format json --dates 10 --sentences 3 --quiet");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto doc = nlohmann::json::parse(result.out);
  EXPECT_EQ(doc["schema_version"], 2);
  for (const auto& entry : doc["timeline"]) {
    EXPECT_TRUE(entry["headline"].is_string());
    EXPECT_GT(entry["articles"].get<int>(), 0);
    ASSERT_FALSE(entry["sources"].empty());
    for (const auto& s : entry["sentences"]) EXPECT_TRUE(s["also_reported_by"].is_array());
  }
}

TEST(TimelineCommandTest, TextOutputReadsBackAsTheSameSentences) {
  const auto path = std::filesystem::temp_directory_path() / ("annals-roundtrip-" + std::to_string(::getpid()));
  auto written = run_annals("timeline " + kDemoCorpus + " --dates 5 --sentences 2 --quiet -o " + path.string());
  ASSERT_EQ(written.exit_code, 0) << written.err;
  auto first = run_annals("timeline " + kDemoCorpus + " --dates 5 --sentences 2 --quiet --format json");
  // Read back, every paragraph is one article, with the outlet its suffix named.
  auto again = run_annals("timeline " + path.string() +
                          " --input-format text --method datewise-mc --dates 5 --sentences 2 --format json --quiet");
  std::filesystem::remove(path);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  std::set<std::string> original, read_back, outlets;
  const nlohmann::json first_json = nlohmann::json::parse(first.out), again_json = nlohmann::json::parse(again.out);
  for (const auto& entry : first_json["timeline"])
    for (const auto& s : entry["sentences"]) original.insert(s["text"].get<std::string>());
  for (const auto& entry : again_json["timeline"])
    for (const auto& s : entry["sentences"]) {
      read_back.insert(s["text"].get<std::string>());
      outlets.insert(s["outlet"].is_null() ? "" : s["outlet"].get<std::string>());
    }
  for (const std::string& text : read_back) EXPECT_TRUE(original.contains(text)) << text;
  EXPECT_FALSE(outlets.contains(""));
}

}  // namespace
}  // namespace annals

namespace annals {
namespace {

// Twelve reports of one outlet, five of them ending with the outlet's promo;
// each report has words of its own so that none is a copy of another.
std::string promo_corpus() {
  const char* places[] = {"Carrowmouth", "Lindhaven", "Brennock", "Eastmere", "Hollin", "Ormeby",
                          "Lowford",     "Rivermark", "Quaystone", "Tarnfield", "Ashgrove", "Kellby"};
  const char* events[] = {"opened a ferry pier", "closed the old mill",  "repaired the sea wall",
                          "flooded after storms", "elected a new mayor", "hosted the regatta",
                          "rebuilt its bridge",   "lost power overnight", "cleared the harbour mouth",
                          "banned night fishing", "planted a salt marsh", "reopened the rail halt"};
  std::string out;
  for (int i = 0; i < 12; ++i) {
    std::string text = std::string("Officials said ") + places[i] + " " + events[i] + ". The harbour at " + places[i] +
                       " " + events[(i + 5) % 12] + " as well.";
    if (i < 5) text += " This post is part of our special coverage of the harbour towns.";
    out += R"({"id": "n)" + std::to_string(i) + R"(", "date": "2025-03-)" + (i < 9 ? "0" : "") +
           std::to_string(i + 1) + R"(", "outlet": "Harbour Notes", "text": ")" + text + "\"}\n";
  }
  return out;
}

TEST(TimelineCommandTest, BoilerplateIsLeftOutAndSaidSoUnlessKept) {
  testing::TempDir dir;
  const std::string input = dir.write("promo.jsonl", promo_corpus());
  auto dropped = run_annals("timeline " + input + " --dates 12 --sentences 2 --query harbour --method baseline");
  ASSERT_EQ(dropped.exit_code, 0) << dropped.err;
  EXPECT_EQ(dropped.out.find("special coverage"), std::string::npos) << dropped.out;
  EXPECT_NE(dropped.err.find("annals: left out 5 sentence(s) of boilerplate in 5 article(s); --keep-boilerplate keeps them"),
            std::string::npos)
      << dropped.err;

  auto kept = run_annals("timeline " + input + " --dates 12 --sentences 2 --query harbour --method baseline --keep-boilerplate");
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_NE(kept.out.find("special coverage"), std::string::npos) << kept.out;
  EXPECT_EQ(kept.err.find("boilerplate"), std::string::npos) << kept.err;
}

TEST(TimelineCommandTest, BoilerplateIsLearnedFromStoredArticlesToo) {
  testing::TempDir dir;
  const std::string input = dir.write("promo.jsonl", promo_corpus());
  const std::string store = (dir.path() / "store.db").string();
  ASSERT_EQ(run_annals("ingest --store " + store + " " + input + " --quiet").exit_code, 0);
  auto from_store = run_annals("timeline --store " + store + " --dates 12 --query harbour --method baseline");
  ASSERT_EQ(from_store.exit_code, 0) << from_store.err;
  EXPECT_EQ(from_store.out.find("special coverage"), std::string::npos) << from_store.out;
  EXPECT_NE(from_store.err.find("left out 5 sentence(s) of boilerplate in 5 article(s)"), std::string::npos)
      << from_store.err;
}

}  // namespace
}  // namespace annals
