// The store keeps analysed records and gives back, for a request, the same
// timeline the files give, for every method.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "annals/method.h"
#include "corpus/keyword_filter.h"
#include "store/store_impl.h"
#include "store_support.h"
#include "support/temp_dir.h"
#include "support/articles.h"

namespace annals {
namespace {

using testing::demo_engine;
using testing::demo_records;
using testing::render;

using annals::testing::day;

// The file path's timeline over the articles a store request selects: in
// the window and, with keywords, with a sentence containing one (the rule
// of corpus/keyword_filter), in file order.
Engine selected_from_files(const TimelineRequest& request) {
  std::vector<AnalyzedArticle> kept;
  for (const AnalyzedArticle* r : demo_records()) {
    if (!request.window.contains(r->article.published)) continue;
    bool matches = request.keywords.empty();
    for (const auto& s : r->sentences) matches = matches || tls::matches_keywords(s.text, request.keywords);
    if (matches) kept.push_back(*r);
  }
  Engine engine;
  engine.add(std::move(kept));
  return engine;
}

TimelineRequest with_keywords(std::vector<std::string> keywords) {
  TimelineRequest request;
  request.keywords = std::move(keywords);
  return request;
}

MethodSpec named(const char* name) {
  MethodSpec spec;
  spec.name = name;
  return spec;
}

Engine from_store(const std::string& path, const TimelineRequest& request) {
  Engine engine;
  engine.add(Store::open(path, Store::Mode::kReadOnly).select(request.window, request.keywords));
  return engine;
}

std::vector<TimelineRequest> requests() {
  TimelineRequest dam{.dates = 6, .sentences = 2, .keywords = fold_keywords({"Dam"}),
                      .window = {day("2025-03-05"), day("2025-04-30")}};
  TimelineRequest two{.dates = 5, .sentences = 1, .keywords = fold_keywords({"inquiry", "EVACUAT"}), .window = {}};
  TimelineRequest all{.dates = 8, .sentences = 2, .keywords = {}, .window = {std::nullopt, day("2025-05-15")}};
  return {dam, two, all};
}

TEST(StoreTest, TimelineFromStoreEqualsTimelineFromFilesForEveryMethod) {
  testing::TempDir dir;
  std::string path = (dir.path() / "demo.db").string();
  Store::open(path, Store::Mode::kReadWrite).put(demo_records());
  for (const TimelineRequest& request : requests()) {
    Engine files = selected_from_files(request);
    Engine store = from_store(path, request);
    ASSERT_EQ(store.size(), files.size());
    ASSERT_GT(store.size(), 0u);
    for (const MethodInfo& method : methods()) {
      MethodSpec spec;
      spec.name = method.name;
      std::string expected = render(files.timeline(request, spec));
      EXPECT_EQ(render(store.timeline(request, spec)), expected) << method.name;
      EXPECT_NE(expected.find("\"sentences\""), std::string::npos) << method.name;
    }
  }
}

TEST(StoreTest, QuerySelectsOnlyArticlesWithAMatchingSentence) {
  testing::TempDir dir;
  std::string path = (dir.path() / "demo.db").string();
  Store::open(path, Store::Mode::kReadWrite).put(demo_records());
  Store store = Store::open(path, Store::Mode::kReadOnly);
  EXPECT_EQ(store.select({}, fold_keywords({"dam"})).size(), selected_from_files(with_keywords({"dam"})).size());
  // Substring semantics as news-tls: "ervoi" is inside "reservoir".
  EXPECT_EQ(store.select({}, {"ervoi"}).size(), selected_from_files(with_keywords({"ervoi"})).size());
  EXPECT_GT(store.select({}, {"ervoi"}).size(), 0u);
  EXPECT_TRUE(store.select({}, {"zzqxj"}).empty());
  // A keyword without letters or digits cannot use the index: the window is scanned.
  EXPECT_EQ(store.select({}, {"."}).size(), selected_from_files(with_keywords({"."})).size());
  EXPECT_EQ(store.select({}).size(), demo_engine().size());
}

TEST(StoreTest, PutCountsAddedUpdatedAndUnchanged) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store store = Store::open(path, Store::Mode::kReadWrite);
  PutReport first = store.put(demo_records(0, 10), "", 3);
  EXPECT_EQ(first.added, 10u);
  PutReport again = store.put(demo_records(0, 12));
  EXPECT_EQ(again.added, 2u);
  EXPECT_EQ(again.unchanged, 10u);
  EXPECT_EQ(again.updated, 0u);
  AnalyzedArticle changed = *demo_records()[4];
  changed.article.text += " A correction.";
  changed.sentences.push_back({"A correction.", {}, {}});
  PutReport update = store.put({&changed});
  EXPECT_EQ(update.updated, 1u);
  EXPECT_EQ(store.put({&changed}).unchanged, 1u);
  EXPECT_EQ(store.put({demo_records()[4]}, "keep-comments").updated, 1u);  // other analysis options
  std::vector<AnalyzedArticle> all = store.select({});
  ASSERT_EQ(all.size(), 12u);
  EXPECT_EQ(all[4].article.id, changed.article.id);  // an update keeps its place in the order
  EXPECT_EQ(store.info().articles, 12u);
}

// A record stored by an older analysis is analysed again on its next
// ingest, not kept as unchanged.
TEST(StoreTest, ARecordOfAnOlderAnalysisIsAnUpdate) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  const AnalyzedArticle& record = *demo_records()[0];
  {
    Store store = Store::open(path, Store::Mode::kReadWrite);
    ASSERT_EQ(store.put({&record}).added, 1u);
  }
  EXPECT_NE(store::content_hash(record.article, "", kAnalysisVersion - 1), store::content_hash(record.article, ""));
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  const std::string older = "UPDATE articles SET hash = " +
                            std::to_string(store::content_hash(record.article, "", kAnalysisVersion - 1));
  ASSERT_EQ(sqlite3_exec(db, older.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  Store store = Store::open(path, Store::Mode::kReadWrite);
  EXPECT_EQ(store.put({&record}).updated, 1u);
  EXPECT_EQ(store.put({&record}).unchanged, 1u);
}

TEST(StoreTest, IngestingInTwoStepsEqualsIngestingAtOnce) {
  testing::TempDir dir;
  std::string once = (dir.path() / "once.db").string(), twice = (dir.path() / "twice.db").string();
  Store::open(once, Store::Mode::kReadWrite).put(demo_records());
  {
    Store store = Store::open(twice, Store::Mode::kReadWrite);
    store.put(demo_records(0, 30));
  }
  Store::open(twice, Store::Mode::kReadWrite).put(demo_records(30));
  for (const TimelineRequest& request : requests()) {
    auto a = Store::open(once, Store::Mode::kReadOnly).select(request.window, request.keywords);
    auto b = Store::open(twice, Store::Mode::kReadOnly).select(request.window, request.keywords);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(encode_record(a[i]), encode_record(b[i]));
    for (const char* method : {"baseline", "clust", "datewise"})
      EXPECT_EQ(render(from_store(once, request).timeline(request, named(method))),
                render(from_store(twice, request).timeline(request, named(method))))
          << method;
  }
}

TEST(StoreTest, DeleteByIdAndBeforeADate) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store store = Store::open(path, Store::Mode::kReadWrite);
  store.put(demo_records());
  std::string id = demo_records()[0]->article.id;
  EXPECT_EQ(store.remove(id), 1u);
  EXPECT_EQ(store.remove(id), 0u);
  EXPECT_EQ(store.info().articles, demo_engine().size() - 1);
  std::size_t before = 0;
  for (const AnalyzedArticle* r : demo_records(1)) before += r->article.published < day("2025-04-01");
  EXPECT_EQ(store.remove_before(day("2025-04-01")), before);
  StoreInfo info = store.info();
  EXPECT_EQ(info.articles, demo_engine().size() - 1 - before);
  EXPECT_GE(*info.first_date, day("2025-04-01"));
  // Deleted articles are gone from queries too (their postings are stale, the rows are not).
  for (const AnalyzedArticle& r : store.select({}, {"dam"})) EXPECT_GE(r.article.published, day("2025-04-01"));
  EXPECT_TRUE(store.check().ok);
}

TEST(StoreTest, InfoNamesLanguagesOutletsDatesAndVersion) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store::open(path, Store::Mode::kReadWrite).put(demo_records());
  StoreInfo info = Store::open(path, Store::Mode::kReadOnly).info();
  EXPECT_EQ(info.articles, demo_engine().size());
  EXPECT_EQ(info.schema_version, Store::kSchemaVersion);
  EXPECT_EQ(info.languages, std::vector<std::string>{"en"});
  EXPECT_GE(info.outlets.size(), 2u);
  EXPECT_EQ(*info.first_date, day("2025-03-02"));
  EXPECT_EQ(*info.last_date, day("2025-06-04"));
  EXPECT_GT(info.bytes, 10000u);
}

void set_user_version(const std::string& path, int version) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, ("PRAGMA user_version = " + std::to_string(version)).c_str(), nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
}

TEST(StoreTest, StoreOfANewerVersionIsAClearError) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store::open(path, Store::Mode::kReadWrite).put(demo_records(0, 2));
  set_user_version(path, Store::kSchemaVersion + 1);
  for (auto mode : {Store::Mode::kReadOnly, Store::Mode::kReadWrite}) {
    try {
      Store::open(path, mode);
      FAIL() << "opened a store of a newer version";
    } catch (const StoreVersionError& e) {
      EXPECT_NE(std::string(e.what()).find("newer annals"), std::string::npos) << e.what();
    }
  }
}

TEST(StoreTest, MigrationsAreRecordedAndANonStoreIsRefused) {
  testing::TempDir dir;
  std::string path = (dir.path() / "s.db").string();
  Store::open(path, Store::Mode::kReadWrite);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*), max(version) FROM migrations", -1, &stmt, nullptr);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(stmt, 0), Store::kSchemaVersion);
  EXPECT_EQ(sqlite3_column_int(stmt, 1), Store::kSchemaVersion);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  std::string text = dir.write("notes.txt", "not a database at all, just some words that are long enough\n");
  EXPECT_THROW(Store::open(text, Store::Mode::kReadOnly), IoError);
  EXPECT_THROW(Store::open((dir.path() / "absent.db").string(), Store::Mode::kReadOnly), IoError);
}

}  // namespace
}  // namespace annals
