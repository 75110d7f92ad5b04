#include "annals/store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "corpus/keyword_filter.h"
#include "store/postings.h"
#include "store/record_codec.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/store_impl.h"

namespace annals {

using store::Database;
using store::Statement;

namespace {

// FNV-1a over length-prefixed fields: stable across builds and platforms,
// unlike std::hash. Where the article was read from is not content.
std::int64_t content_hash(const Article& a, const std::string& tag) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    std::string field = std::to_string(s.size()) + ":" + std::string(s);
    for (unsigned char c : field) h = (h ^ c) * 1099511628211ull;
  };
  for (const std::string* s : {&a.id, &a.title, &a.text, &a.outlet, &a.url, &a.language, &tag}) mix(*s);
  mix(std::to_string(a.published.days()));
  mix(a.time ? "t" + *a.time : "-");
  mix(a.sentence_per_line ? "1" : "0");
  return static_cast<std::int64_t>(h);
}

int open_flags(Store::Mode mode) {
  return mode == Store::Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}

}  // namespace

Store::Impl::Impl(const std::string& path, Mode m) : db(path, open_flags(m)), mode(m) {}

std::int64_t Store::Impl::word_id(const std::string& word) {
  if (auto it = word_ids.find(word); it != word_ids.end()) return it->second;
  Statement find = db.prepare("SELECT id FROM words WHERE word = ?");
  std::int64_t id;
  if (find.bind(1, word).step()) {
    id = find.integer(0);
  } else {
    db.prepare("INSERT INTO words(word) VALUES(?)").bind(1, word).step();
    id = db.last_rowid();
  }
  word_ids.emplace(word, id);
  return id;
}

std::int64_t Store::Impl::next_batch() {
  Statement get = db.prepare("SELECT value FROM settings WHERE key = 'next_batch'");
  if (!get.step()) throw IoError("store '" + db.path() + "': settings are missing");
  std::int64_t batch = get.integer(0);
  db.prepare("UPDATE settings SET value = ? WHERE key = 'next_batch'").bind(1, batch + 1).step();
  return batch;
}

int Store::Impl::put_one(const AnalyzedArticle& record, const std::string& tag, std::int64_t& seq) {
  const Article& a = record.article;
  std::int64_t hash = content_hash(a, tag);
  Statement find = db.prepare("SELECT seq, hash FROM articles WHERE id = ?");
  bool known = find.bind(1, a.id).step();
  if (known && find.integer(1) == hash) return 2;
  std::string blob = store::encode(record);
  if (known) {
    seq = find.integer(0);
    // The article keeps its place in the order: a correction is not news.
    db.prepare("UPDATE articles SET published = ?, language = ?, outlet = ?, hash = ?, record = ? WHERE seq = ?")
        .bind(1, a.published.days()).bind(2, a.language).bind(3, a.outlet).bind(4, hash).bind_blob(5, blob)
        .bind(6, seq).step();
    return 1;
  }
  db.prepare("INSERT INTO articles(id, published, language, outlet, hash, record) VALUES(?, ?, ?, ?, ?, ?)")
      .bind(1, a.id).bind(2, a.published.days()).bind(3, a.language).bind(4, a.outlet).bind(5, hash)
      .bind_blob(6, blob).step();
  seq = db.last_rowid();
  return 0;
}

PutReport Store::Impl::put_batch(const std::vector<const AnalyzedArticle*>& records, std::size_t begin,
                                 std::size_t end, const std::string& tag) {
  PutReport report;
  db.exec("BEGIN IMMEDIATE");
  try {
    std::int64_t batch = next_batch();
    std::map<std::int64_t, std::vector<std::int64_t>> postings;  // word -> seqs of this batch
    for (std::size_t i = begin; i < end; ++i) {
      std::int64_t seq = 0;
      int outcome = put_one(*records[i], tag, seq);
      (outcome == 0 ? report.added : outcome == 1 ? report.updated : report.unchanged)++;
      if (outcome == 2) continue;
      for (const std::string& word : store::record_words(*records[i])) postings[word_id(word)].push_back(seq);
    }
    Statement insert = db.prepare("INSERT INTO postings(word, batch, seqs) VALUES(?, ?, ?)");
    for (auto& [word, seqs] : postings) {
      std::sort(seqs.begin(), seqs.end());
      seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
      insert.bind(1, word).bind(2, batch).bind_blob(3, store::encode_postings(seqs)).step();
      insert.reset();
    }
    db.exec("COMMIT");
  } catch (...) {
    // Word ids handed out in this transaction are gone with it.
    word_ids.clear();
    try {
      db.exec("ROLLBACK");
    } catch (const Error&) {
      // SQLite may already have rolled back (disk full); the first error is the one to report.
    }
    throw;
  }
  return report;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store Store::open(const std::string& path, Mode mode) {
  auto impl = std::make_unique<Impl>(path, mode);
  if (mode == Mode::kReadOnly) {
    store::check_version(impl->db);
  } else {
    if (impl->db.read_only()) throw IoError("store '" + path + "' is read-only: it cannot be written");
    // WAL: readers see the last commit while a writer works; NORMAL sync
    // keeps every commit consistent after a crash (a power cut may lose the
    // last ones, never corrupt the file).
    impl->db.exec("PRAGMA journal_mode = WAL");
    impl->db.exec("PRAGMA synchronous = NORMAL");
    store::migrate(impl->db);
  }
  return Store(std::move(impl));
}

PutReport Store::put(const std::vector<const AnalyzedArticle*>& records, const std::string& analysis_tag,
                     std::size_t batch_size) {
  if (impl_->mode == Mode::kReadOnly) throw IoError("store '" + impl_->db.path() + "' is opened read-only");
  batch_size = std::max<std::size_t>(batch_size, 1);
  PutReport total;
  for (std::size_t begin = 0; begin < records.size(); begin += batch_size) {
    PutReport r = impl_->put_batch(records, begin, std::min(records.size(), begin + batch_size), analysis_tag);
    total.added += r.added;
    total.updated += r.updated;
    total.unchanged += r.unchanged;
  }
  return total;
}

}  // namespace annals
