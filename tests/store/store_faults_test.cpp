// The store under faults and concurrency: a reader during an ingest, an
// ingest killed at random moments, read-only files, damaged records.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

#include "store_support.h"
#include "support/temp_dir.h"

namespace annals {
namespace {

using testing::cloned_records;
using testing::pointers;

constexpr std::size_t kBatch = 20;

TEST(StoreFaultsTest, ReadersSeeWholeBatchesWhileAWriterIngests) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store::open(path, Store::Mode::kReadWrite);  // creates the schema before the reader starts
  std::vector<AnalyzedArticle> records = cloned_records(kBatch * 30, "c");
  std::atomic<bool> done = false;
  std::size_t queries = 0, last_seen = 0;
  std::string reader_error;
  std::thread reader([&] {
    try {
      Store store = Store::open(path, Store::Mode::kReadOnly);
      while (!done) {
        std::size_t matching = store.select({}, {"dam"}).size();
        std::size_t all = store.select({}).size();
        if (all % kBatch != 0 || all < last_seen || matching > all)
          reader_error = "saw a partial batch: " + std::to_string(all);
        last_seen = all;
        ++queries;
      }
    } catch (const std::exception& e) {
      reader_error = e.what();
    }
  });
  Store writer = Store::open(path, Store::Mode::kReadWrite);
  for (std::size_t i = 0; i < records.size(); i += kBatch) {
    std::vector<const AnalyzedArticle*> batch;
    for (std::size_t j = i; j < i + kBatch; ++j) batch.push_back(&records[j]);
    writer.put(batch, "", kBatch);
  }
  done = true;
  reader.join();
  EXPECT_EQ(reader_error, "");
  EXPECT_GT(queries, 0u);
  EXPECT_EQ(Store::open(path, Store::Mode::kReadOnly).info().articles, records.size());
}

// The child ingests batch after batch until killed; it reports nothing, the
// store itself says what was committed.
[[noreturn]] void ingest_forever(const std::string& path, const std::vector<AnalyzedArticle>& records) {
  try {
    Store store = Store::open(path, Store::Mode::kReadWrite);
    store.put(pointers(records), "", kBatch);
  } catch (...) {
    _exit(3);
  }
  _exit(0);
}

// Each round ingests new articles (ids "k<round>-<i>"), so that no child
// finishes early on articles it finds unchanged.
TEST(StoreFaultsTest, IngestKilledAtRandomMomentsLeavesWholeCommittedBatches) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  // The schema exists before the first child starts (and the connection is
  // closed before any fork: SQLite connections must not cross a fork).
  Store::open(path, Store::Mode::kReadWrite);
  std::mt19937 random(12);
  std::vector<std::vector<AnalyzedArticle>> rounds;
  std::vector<std::size_t> committed;  // per earlier round
  int killed_mid_ingest = 0;
  for (int round = 0; round < 5; ++round) {
    rounds.push_back(cloned_records(kBatch * 400, "k" + std::to_string(round)));
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) ingest_forever(path, rounds.back());
    std::this_thread::sleep_for(std::chrono::milliseconds(30 + random() % 300));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    killed_mid_ingest += WIFSIGNALED(status);
    Store store = Store::open(path, Store::Mode::kReadOnly);
    CheckReport check = store.check();
    EXPECT_TRUE(check.ok) << (check.problems.empty() ? "" : check.problems.front());
    std::vector<AnalyzedArticle> kept = store.select({});
    // Every committed batch is there, whole and in order: earlier rounds
    // unchanged, then a prefix of this round's input in whole batches.
    std::size_t at = 0;
    for (std::size_t r = 0; r < committed.size(); at += committed[r], ++r)
      for (std::size_t i = 0; i < committed[r]; ++i) ASSERT_EQ(kept.at(at + i).article.id, rounds[r][i].article.id);
    std::size_t now = kept.size() - at;
    EXPECT_EQ(now % kBatch, 0u) << "round " << round;
    for (std::size_t i = 0; i < now; ++i) ASSERT_EQ(kept[at + i].article.id, rounds.back()[i].article.id);
    committed.push_back(now);
  }
  EXPECT_GT(killed_mid_ingest, 0) << "the children finished before being killed: nothing was tested";
}

TEST(StoreFaultsTest, AReadOnlyStoreRefusesWritesWithAClearError) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store::open(path, Store::Mode::kReadWrite).put(pointers(cloned_records(3, "r")));
  Store store = Store::open(path, Store::Mode::kReadOnly);
  auto more = cloned_records(1, "more");
  EXPECT_THROW(store.put(pointers(more)), IoError);
  EXPECT_THROW(store.remove("r-0"), IoError);
  EXPECT_EQ(store.info().articles, 3u);
}

TEST(StoreFaultsTest, ADamagedRecordFailsTheCheckAndTheRequestClearly) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store::open(path, Store::Mode::kReadWrite).put(pointers(cloned_records(5, "d")));
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE articles SET record = x'410102' WHERE id = 'd-2'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  Store store = Store::open(path, Store::Mode::kReadOnly);
  CheckReport check = store.check();
  EXPECT_FALSE(check.ok);
  EXPECT_EQ(check.records, 4u);
  ASSERT_EQ(check.problems.size(), 1u);
  EXPECT_NE(check.problems[0].find("d-2"), std::string::npos) << check.problems[0];
  EXPECT_THROW(store.select({}), IoError);
}

}  // namespace
}  // namespace annals
