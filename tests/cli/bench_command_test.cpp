// End-to-end tests of `annals bench` and `annals train` on a benchmark made
// from the bundled demo corpus (one topic, one reference timeline).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "annals/eval/timeline_file.h"
#include "support/command.h"
#include "support/temp_dir.h"

namespace annals {
namespace {

namespace fs = std::filesystem;
using testing::run_annals;

const fs::path kDemoFolder = fs::path(ANNALS_SOURCE_DIR) / "data/demo";
const fs::path kRougeData = fs::path(ANNALS_SHARED_DIR) / "eval/resources";

// <dir>/topics.tsv with topic "dam" over <dir>/demo (articles + timelines/reference.txt).
class DemoBenchmark : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kRougeData / "smart_common_words.txt"))
      GTEST_SKIP() << "ROUGE data not found at " << kRougeData << " (needs ../shared)";
    fs::create_directories(dir_.path() / "demo/timelines");
    fs::copy_file(kDemoFolder / "articles.jsonl", dir_.path() / "demo/articles.jsonl");
    fs::copy_file(kDemoFolder / "reference.txt", dir_.path() / "demo/timelines/reference.txt");
    dir_.write("topics.tsv", "demo\tdam\ten\tdemo\thollin,dam\n");
  }
  std::string topics() const { return (dir_.path() / "topics.tsv").string(); }
  std::string path(const std::string& relative) const { return (dir_.path() / relative).string(); }

  testing::TempDir dir_;
};

TEST_F(DemoBenchmark, WritesReportJsonAndTimelines) {
  auto result = run_annals("bench --topics " + topics() + " --method baseline,pubcount --json " + path("r.json") +
                           " --save-timelines " + path("out") + " --rouge-data " + kRougeData.string() + " -q");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("| baseline | 1 |"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("| pubcount | 1 |"), std::string::npos) << result.out;

  auto report = nlohmann::json::parse(testing::read_file(path("r.json")));
  for (const char* stage : {"load", "analyze", "timeline", "evaluate"}) EXPECT_TRUE(report["timing"][stage].is_number());
  EXPECT_GT(report["peak_rss_mb"].get<double>(), 0);
  const auto& task = report["methods"]["baseline"]["tasks"][0];
  EXPECT_EQ(task["dataset"], "demo");
  EXPECT_EQ(task["topic"], "dam");
  EXPECT_EQ(task["timeline"], "demo");
  for (const char* score : {"ar1", "ar2", "date", "concat_r1"})
    for (const char* part : {"precision", "recall", "f1"}) {
      double v = task[score][part];
      EXPECT_TRUE(v >= 0 && v <= 1) << score << " " << part;
    }
  // One task: the average is that task.
  EXPECT_EQ(report["methods"]["baseline"]["average"]["ar1"], task["ar1"]);

  // The saved timeline has the reference's L dates and scores the same under `annals eval`.
  fs::path saved = path("out/baseline/demo/dam/demo.txt");
  ASSERT_TRUE(fs::exists(saved));
  auto parsed = eval::read_tilse_timeline(saved);
  EXPECT_EQ(parsed.timeline.dates.size(), 10u);
  auto evaluated = run_annals("eval " + saved.string() + " " + path("demo/timelines/reference.txt") +
                              " --format json --rouge-data " + kRougeData.string());
  ASSERT_EQ(evaluated.exit_code, 0) << evaluated.err;
  auto scores = nlohmann::json::parse(evaluated.out);
  EXPECT_DOUBLE_EQ(scores["rouge_1"]["align_date_content_costs_many_to_one"]["f1"].get<double>(),
                   task["ar1"]["f1"].get<double>());
  EXPECT_DOUBLE_EQ(scores["date"]["f1"].get<double>(), task["date"]["f1"].get<double>());
}

// A run with parameters tells itself apart from one with the defaults, in
// the table and in the JSON; a --param goes only to the methods that have it.
TEST_F(DemoBenchmark, TheReportNamesTheParametersEachMethodWasGiven) {
  auto result = run_annals("bench --topics " + topics() + " --method baseline,pubcount --param max_redundancy=0.3 " +
                           "--json " + path("p.json") + " --rouge-data " + kRougeData.string() + " -q");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("### baseline (max_redundancy=0.3)\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("### pubcount\n"), std::string::npos) << result.out;
  auto report = nlohmann::json::parse(testing::read_file(path("p.json")));
  EXPECT_EQ(report["methods"]["baseline"]["parameters"], nlohmann::json({{"max_redundancy", "0.3"}}));
  EXPECT_EQ(report["methods"]["pubcount"]["parameters"], nlohmann::json::object());
}

TEST_F(DemoBenchmark, ReportsReaderCommentsLeftOutUnlessKept) {
  {
    std::ofstream articles(path("demo/articles.jsonl"), std::ios::app);
    articles << R"({"id": "blog-1", "date": "2025-03-05", "text": "The Hollin dam inquiry opened. )"
                R"(Engineers spoke. March 5, 2025 at 9:12 pm | Fix the dam now. Ann March 5, 2025 at 9:20 pm | Agreed."})"
             << "\n";
  }
  std::string run = "bench --topics " + topics() + " --method baseline --rouge-data " + kRougeData.string();
  auto dropped = run_annals(run);
  ASSERT_EQ(dropped.exit_code, 0) << dropped.err;
  EXPECT_NE(dropped.err.find("demo/dam: warning: left out 2 sentence(s) of reader comments in 1 article(s)"),
            std::string::npos)
      << dropped.err;
  auto kept = run_annals(run + " --keep-comments");
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_EQ(kept.err.find("reader comments"), std::string::npos) << kept.err;
}

// Scores of one method's only task in a JSON report.
const nlohmann::json& only_task(const nlohmann::json& report, const std::string& method) {
  return report["methods"][method]["tasks"][0];
}

TEST_F(DemoBenchmark, TheDateOracleShowsOnlyReferenceDatesAndSaysSo) {
  auto result = run_annals("bench --topics " + topics() + " --method baseline,datewise,clust --oracle dates --json " +
                           path("r.json") + " --save-timelines " + path("out") + " --rouge-data " +
                           kRougeData.string() + " -q");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("Oracle: dates.")) << result.out;
  auto report = nlohmann::json::parse(testing::read_file(path("r.json")));
  EXPECT_EQ(report["oracle"], "dates");

  const auto reference = eval::read_tilse_timeline(path("demo/timelines/reference.txt")).timeline;
  for (const char* method : {"baseline", "datewise", "clust"}) {
    SCOPED_TRACE(method);
    const auto saved = eval::read_tilse_timeline(path(std::string("out/") + method + "/demo/dam/demo.txt")).timeline;
    EXPECT_FALSE(saved.empty());
    for (const auto& [date, summary] : saved.dates) EXPECT_TRUE(reference.dates.contains(date)) << date.to_string();
    EXPECT_EQ(only_task(report, method)["date"]["precision"].get<double>(), 1.0);
  }
}

TEST_F(DemoBenchmark, TheSentenceOracleKeepsTheMethodsDatesAndRaisesItsRouge) {
  const std::string run = "bench --topics " + topics() + " --method datewise --rouge-data " + kRougeData.string() +
                          " -q --json ";
  auto own = run_annals(run + path("own.json"));
  auto ideal = run_annals(run + path("ideal.json") + " --oracle sentences");
  ASSERT_EQ(own.exit_code, 0) << own.err;
  ASSERT_EQ(ideal.exit_code, 0) << ideal.err;
  EXPECT_TRUE(ideal.out.starts_with("Oracle: sentences.")) << ideal.out;
  auto own_report = nlohmann::json::parse(testing::read_file(path("own.json")));
  auto ideal_report = nlohmann::json::parse(testing::read_file(path("ideal.json")));
  EXPECT_EQ(ideal_report["oracle"], "sentences");
  const auto& own_task = only_task(own_report, "datewise");
  const auto& ideal_task = only_task(ideal_report, "datewise");
  EXPECT_EQ(ideal_task["date"], own_task["date"]);
  EXPECT_GT(ideal_task["ar1"]["f1"].get<double>(), own_task["ar1"]["f1"].get<double>());
}

TEST_F(DemoBenchmark, BothOraclesGiveIdealSentencesOnTheReferenceDates) {
  const std::string run = "bench --topics " + topics() + " --method datewise --rouge-data " + kRougeData.string() +
                          " -q --json ";
  auto dates = run_annals(run + path("dates.json") + " --oracle dates");
  auto both = run_annals(run + path("both.json") + " --oracle both");
  ASSERT_EQ(dates.exit_code, 0) << dates.err;
  ASSERT_EQ(both.exit_code, 0) << both.err;
  EXPECT_TRUE(both.out.starts_with("Oracle: both.")) << both.out;
  const auto dates_task = only_task(nlohmann::json::parse(testing::read_file(path("dates.json"))), "datewise");
  const auto both_task = only_task(nlohmann::json::parse(testing::read_file(path("both.json"))), "datewise");
  EXPECT_EQ(both_task["date"], dates_task["date"]);
  EXPECT_GT(both_task["ar1"]["f1"].get<double>(), dates_task["ar1"]["f1"].get<double>());
}

TEST_F(DemoBenchmark, WithoutAnOracleTheReportNamesNone) {
  const std::string run = "bench --topics " + topics() + " --method baseline --rouge-data " + kRougeData.string() +
                          " -q --json ";
  auto plain = run_annals(run + path("plain.json"));
  auto none = run_annals(run + path("none.json") + " --oracle none");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_TRUE(plain.out.starts_with("### baseline")) << plain.out;
  auto plain_report = nlohmann::json::parse(testing::read_file(path("plain.json")));
  auto none_report = nlohmann::json::parse(testing::read_file(path("none.json")));
  EXPECT_FALSE(plain_report.contains("oracle"));
  EXPECT_FALSE(none_report.contains("oracle"));
  for (const char* score : {"ar1", "ar2", "date"})
    EXPECT_EQ(only_task(none_report, "baseline")[score], only_task(plain_report, "baseline")[score]);
  EXPECT_EQ(run_annals(run + path("x.json") + " --oracle everything").exit_code, 2);
  auto help = run_annals("bench --help");
  for (const char* word : {"--oracle", "dates:", "sentences:", "both:"}) EXPECT_NE(help.out.find(word), std::string::npos) << word;
}

TEST_F(DemoBenchmark, RejectsUnknownMethodsAndEmptyFilters) {
  EXPECT_EQ(run_annals("bench --topics " + topics() + " --method nonsense").exit_code, 2);
  EXPECT_EQ(run_annals("bench --topics " + topics() + " --method baseline --dataset other").exit_code, 2);
  EXPECT_EQ(run_annals("bench --topics " + topics()).exit_code, 2);  // --method is required
}

TEST_F(DemoBenchmark, TrainedModelDrivesDatewise) {
  auto trained = run_annals("train --topics " + topics() + " -o " + path("model.json"));
  ASSERT_EQ(trained.exit_code, 0) << trained.err;
  auto model = nlohmann::json::parse(testing::read_file(path("model.json")));
  ASSERT_FALSE(model["features"].empty());
  EXPECT_EQ(model["features"].size(), model["weights"].size());

  auto timeline = run_annals("timeline " + path("demo/articles.jsonl") + " --method datewise --date-model " +
                             path("model.json") + " --dates 5 --quiet");
  ASSERT_EQ(timeline.exit_code, 0) << timeline.err;
  EXPECT_NE(timeline.out.find("date 2025-"), std::string::npos);

  testing::TempDir other;
  other.write("bad.json", "{\"features\": [\"a\"], \"weights\": []}");
  EXPECT_EQ(run_annals("timeline " + path("demo/articles.jsonl") + " --method datewise --date-model " +
                       (other.path() / "bad.json").string())
                .exit_code,
            2);
}

}  // namespace
}  // namespace annals
