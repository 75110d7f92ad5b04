// End-to-end tests of `annals ingest`, `annals timeline --store` and `annals
// store` on the demo corpus.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <optional>

#include "support/command.h"
#include "support/temp_dir.h"

namespace annals {
namespace {

using testing::read_file;
using testing::kDemo;
using testing::run_annals;


TEST(StoreCommandTest, IngestCountsAddedUpdatedUnchanged) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  auto first = run_annals("ingest --store " + store + " " + kDemo);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("55 added, 0 updated, 0 unchanged"), std::string::npos) << first.err;
  auto again = run_annals("ingest --store " + store + " " + kDemo);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 added, 0 updated, 55 unchanged"), std::string::npos) << again.err;
  std::string changed = dir.write("changed.jsonl",
                                  "{\"id\": \"valley-courier-0001\", \"date\": \"2025-03-02\", \"text\": \"The dam "
                                  "held on March 2, 2025.\"}\n{\"id\": \"new-1\", \"date\": \"2025-03-09\", "
                                  "\"text\": \"Water fell.\"}\n{\"date\": \"garbage\"}\n");
  auto update = run_annals("ingest --store " + store + " " + changed);
  EXPECT_EQ(update.exit_code, 1) << update.err;  // one rejected record, the rest kept
  EXPECT_NE(update.err.find("1 added, 1 updated, 0 unchanged"), std::string::npos) << update.err;
  auto info = run_annals("store info " + store + " --format json");
  ASSERT_EQ(info.exit_code, 0) << info.err;
  auto doc = nlohmann::json::parse(info.out);
  EXPECT_EQ(doc["articles"], 56);
  EXPECT_EQ(doc["schema_version"], 1);
  EXPECT_EQ(doc["languages"], nlohmann::json::array({"en"}));
  EXPECT_EQ(doc["first_date"], "2025-03-02");
  EXPECT_EQ(doc["last_date"], "2025-06-04");
  EXPECT_GT(doc["bytes"].get<long>(), 0);
  EXPECT_GE(doc["outlets"].size(), 2u);
}

TEST(StoreCommandTest, IngestWithoutUsableInputOrStoreIsExitCode2) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  EXPECT_EQ(run_annals("ingest --store " + store + " " + (dir.path() / "absent.jsonl").string()).exit_code, 2);
  EXPECT_EQ(run_annals("ingest " + kDemo).exit_code, 2);  // --store is required
  EXPECT_EQ(run_annals("ingest --store " + dir.path().string() + " " + kDemo).exit_code, 2);  // a folder
  EXPECT_EQ(run_annals("timeline --store " + (dir.path() / "none.db").string()).exit_code, 2);
  EXPECT_EQ(run_annals("timeline").exit_code, 2);  // neither INPUT nor --store
}

TEST(StoreCommandTest, TimelineFromStoreWithoutQueryEqualsTimelineFromFiles) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  ASSERT_EQ(run_annals("ingest -q --store " + store + " " + kDemo).exit_code, 0);
  for (const char* options : {"--dates 6 --sentences 2 --from 2025-03-05 --to 2025-04-30 --format json",
                              "--method clust --format tilse", "--method datewise --format markdown --dates 4"}) {
    auto files = run_annals("timeline -q " + kDemo + " " + options);
    auto stored = run_annals("timeline -q --store " + store + " " + options);
    ASSERT_EQ(files.exit_code, 0) << files.err;
    ASSERT_EQ(stored.exit_code, 0) << stored.err;
    EXPECT_EQ(stored.out, files.out) << options;
    EXPECT_FALSE(stored.out.empty());
  }
}

TEST(StoreCommandTest, TimelineQueryUsesOnlyArticlesWithAMatchingSentence) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  ASSERT_EQ(run_annals("ingest -q --store " + store + " " + kDemo).exit_code, 0);
  auto stored = run_annals("timeline -q --store " + store + " --query inquiry --format json --dates 3");
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  const auto timeline = nlohmann::json::parse(stored.out);
  for (const auto& entry : timeline["timeline"])
    for (const auto& s : entry["sentences"]) {
      std::string text = s["text"];
      std::transform(text.begin(), text.end(), text.begin(), ::tolower);
      EXPECT_NE(text.find("inquiry"), std::string::npos) << text;
    }
  auto none = run_annals("timeline -q --store " + store + " --query zzqxj");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("no articles in the store match"), std::string::npos) << none.err;
}

TEST(StoreCommandTest, ExportRoundTripsThroughIngest) {
  testing::TempDir dir;
  std::string a = (dir.path() / "a.db").string(), b = (dir.path() / "b.db").string();
  std::string timed = dir.write("timed.jsonl",
                                "{\"id\": \"t1\", \"date\": \"2025-03-03T06:10:00+01:00\", \"title\": \"T\", "
                                "\"text\": \"The dam \\\"held\\\".\\nThen rain.\", \"url\": \"https://x.example/1\", "
                                "\"source\": \"Wire\", \"language\": \"en\"}\n");
  ASSERT_EQ(run_annals("ingest -q --store " + a + " " + kDemo + " " + timed).exit_code, 0);
  std::string first = (dir.path() / "first.jsonl").string(), second = (dir.path() / "second.jsonl").string();
  ASSERT_EQ(run_annals("store export " + a + " --format jsonl -o " + first).exit_code, 0);
  auto reingest = run_annals("ingest --store " + b + " " + first);
  ASSERT_EQ(reingest.exit_code, 0) << reingest.err;
  ASSERT_EQ(run_annals("store export " + b + " --format jsonl -o " + second).exit_code, 0);
  EXPECT_EQ(read_file(second), read_file(first));
  EXPECT_NE(read_file(first).find("2025-03-03T06:10:00+01:00"), std::string::npos);
  // The re-ingested store gives the same timelines.
  EXPECT_EQ(run_annals("timeline -q --store " + b + " --format json").out,
            run_annals("timeline -q --store " + a + " --format json").out);
}

TEST(StoreCommandTest, DeleteAndCheck) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  ASSERT_EQ(run_annals("ingest -q --store " + store + " " + kDemo).exit_code, 0);
  auto check = run_annals("store check " + store);
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_NE(check.out.find("ok: 55 record(s)"), std::string::npos) << check.out;
  auto by_id = run_annals("store delete " + store + " --id valley-courier-0001");
  EXPECT_EQ(by_id.exit_code, 0);
  EXPECT_NE(by_id.err.find("deleted 1 article"), std::string::npos) << by_id.err;
  EXPECT_EQ(run_annals("store delete " + store + " --before 2025-04-01").exit_code, 0);
  auto info = nlohmann::json::parse(run_annals("store info " + store + " --format json").out);
  EXPECT_EQ(info["first_date"] >= "2025-04-01", true);
  EXPECT_EQ(run_annals("store delete " + store).exit_code, 2);
  EXPECT_EQ(run_annals("store delete " + store + " --before soon").exit_code, 2);
  EXPECT_EQ(run_annals("store check " + dir.write("junk.db", std::string(8192, 'x'))).exit_code, 2);
}

// How a test runs annals as a user who may not write the store: as root,
// chmod stops nothing, so the command runs as nobody; nullopt when that
// user cannot run the build's annals (a checkout inside a private folder).
std::optional<std::string> as_other_user() {
  if (::geteuid() != 0) return "";
  const std::string prefix = "setpriv --reuid=65534 --regid=65534 --clear-groups";
  if (run_annals("--version", prefix).exit_code != 0) return std::nullopt;
  return prefix;
}

TEST(StoreCommandTest, ReadOnlyStoreRefusesWritesAndStillAnswersQueries) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  ASSERT_EQ(run_annals("ingest -q --store " + store + " " + kDemo).exit_code, 0);
  auto user = as_other_user();
  if (!user) GTEST_SKIP() << "user nobody cannot run " << ANNALS_BINARY_DIR << "/annals";
  namespace fs = std::filesystem;
  fs::permissions(store, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                  fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  auto ingest = run_annals("ingest -q --store " + store + " " + kDemo, *user);
  auto info = run_annals("store info " + store, *user);
  auto timeline = run_annals("timeline -q --store " + store + " --dates 2", *user);
  fs::permissions(dir.path(), fs::perms::owner_all);
  EXPECT_EQ(ingest.exit_code, 2) << ingest.err;
  EXPECT_NE(ingest.err.find("read-only"), std::string::npos) << ingest.err;
  EXPECT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find("55"), std::string::npos) << info.out;
  EXPECT_EQ(timeline.exit_code, 0) << timeline.err;
  EXPECT_EQ(timeline.out.rfind("date 2025-", 0), 0u) << timeline.out;
}

TEST(StoreCommandTest, InfoWithoutFormatPrintsText) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  ASSERT_EQ(run_annals("ingest -q --store " + store + " " + kDemo).exit_code, 0);
  auto info = run_annals("store info " + store);
  EXPECT_EQ(info.exit_code, 0) << info.err;
  EXPECT_NE(info.out.find("55"), std::string::npos) << info.out;
  EXPECT_EQ(info.out.find('{'), std::string::npos) << info.out;  // text, not JSON
}

// Made-up articles, about 1 KB each.
std::string council_articles(int count) {
  std::string out;
  for (int i = 0; i < count; ++i) {
    out += "{\"id\": \"council-" + std::to_string(i) + "\", \"date\": \"2025-04-" +
           std::to_string(10 + i % 20) + "\", \"text\": \"";
    for (int j = 0; j < 12; ++j)
      out += "The town council number " + std::to_string(i) + " discussed item " + std::to_string(j) +
             " of its budget plan on Tuesday. ";
    out += "\"}\n";
  }
  return out;
}

TEST(StoreCommandTest, FullDiskIsExitCode2AndKeepsWholeCommittedBatches) {
  testing::TempDir dir;
  std::string store = (dir.path() / "s.db").string();
  ASSERT_EQ(run_annals("ingest -q --store " + store + " " + kDemo).exit_code, 0);
  std::string input = dir.write("council.jsonl", council_articles(1500));
  // A file size limit of 2 MiB (4096 blocks of 512 bytes) stands in for a
  // full disk: writes past it fail as they would on one (SIGXFSZ ignored).
  auto full = run_annals("ingest -q --batch 100 --store " + store + " " + input, "trap '' XFSZ; ulimit -f 4096;");
  EXPECT_EQ(full.exit_code, 2) << full.err;
  EXPECT_NE(full.err.find("disk"), std::string::npos) << full.err;
  EXPECT_NE(full.err.find("committed before it are kept"), std::string::npos) << full.err;
  auto check = run_annals("store check " + store);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  auto info = run_annals("store info --format json " + store);
  ASSERT_EQ(info.exit_code, 0) << info.err;
  int articles = nlohmann::json::parse(info.out)["articles"];
  EXPECT_GT(articles, 55);           // some batches went in before the disk filled
  EXPECT_LT(articles, 55 + 1500);  // and not all of them
  EXPECT_EQ((articles - 55) % 100, 0) << articles;  // each batch whole or not at all
  // With room again, the same command finishes the job.
  auto resumed = run_annals("ingest -q --batch 100 --store " + store + " " + input);
  EXPECT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(nlohmann::json::parse(run_annals("store info --format json " + store).out)["articles"], 1555);
}

}  // namespace
}  // namespace annals
