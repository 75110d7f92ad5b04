#include "annals/store.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "common/parallel.h"
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

int open_flags(Store::Mode mode) {
  return mode == Store::Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
}

// A WAL reader needs the store's "-shm" file, and creates it when no writer
// has. When it cannot (a folder it may not write, read-only media), no
// writer is at work either, so the file is read as immutable. (A writer the
// folder's owner starts during such a read is not seen by it.)
bool read_as_immutable(const std::string& path, Store::Mode mode) {
  // A "-wal" left behind holds commits an immutable read would not see.
  if (mode != Store::Mode::kReadOnly || ::access((path + "-shm").c_str(), F_OK) == 0 ||
      ::access((path + "-wal").c_str(), F_OK) == 0)
    return false;
  std::string folder = std::filesystem::path(path).parent_path().string();
  return ::access(folder.empty() ? "." : folder.c_str(), W_OK) != 0;
}

}  // namespace

// FNV-1a over length-prefixed fields: stable across builds and platforms,
// unlike std::hash. Where the article was read from is not content.
std::int64_t store::content_hash(const Article& a, const std::string& tag, int analysis_version) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    std::string field = std::to_string(s.size()) + ":" + std::string(s);
    for (unsigned char c : field) h = (h ^ c) * 1099511628211ull;
  };
  for (const std::string* s : {&a.id, &a.title, &a.text, &a.outlet, &a.url, &a.language, &tag}) mix(*s);
  mix(std::to_string(a.published.days()));
  mix(a.time ? "t" + *a.time : "-");
  mix(a.sentence_per_line ? "1" : "0");
  mix("analysis " + std::to_string(analysis_version));
  return static_cast<std::int64_t>(h);
}

Store::Impl::Impl(const std::string& path, Mode m) : db(path, open_flags(m), read_as_immutable(path, m)), mode(m) {}

Statement& Store::Impl::statement(std::optional<Statement>& slot, const char* sql) {
  if (slot) {
    slot->reset();
  } else {
    slot.emplace(db.prepare(sql));
  }
  return *slot;
}

std::int64_t Store::Impl::word_id(std::string_view word) {
  if (auto it = word_ids.find(word); it != word_ids.end()) return it->second;
  Statement& find = statement(find_word, "SELECT id FROM words WHERE word = ?");
  const bool known = find.bind(1, word).step();
  std::int64_t id = known ? find.integer(0) : 0;
  find.reset();  // no read left open when the transaction ends
  if (!known) {
    statement(insert_word, "INSERT INTO words(word) VALUES(?)").bind(1, word).step();
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

int Store::Impl::put_one(const Article& a, std::int64_t hash, const std::string& blob, std::int64_t& seq) {
  Statement& find = statement(find_article, "SELECT seq, hash FROM articles WHERE id = ?");
  const bool known = find.bind(1, a.id).step();
  const std::int64_t known_seq = known ? find.integer(0) : 0, known_hash = known ? find.integer(1) : 0;
  find.reset();  // no read left open when the transaction ends
  if (known && known_hash == hash) return 2;
  if (known) {
    seq = known_seq;
    // The article keeps its place in the order: a correction is not news.
    statement(update_article,
              "UPDATE articles SET published = ?, language = ?, outlet = ?, hash = ?, record = ? WHERE seq = ?")
        .bind(1, a.published.days()).bind(2, a.language).bind(3, a.outlet).bind(4, hash).bind_blob(5, blob)
        .bind(6, seq).step();
    return 1;
  }
  statement(insert_article,
            "INSERT INTO articles(id, published, language, outlet, hash, record) VALUES(?, ?, ?, ?, ?, ?)")
      .bind(1, a.id).bind(2, a.published.days()).bind(3, a.language).bind(4, a.outlet).bind(5, hash)
      .bind_blob(6, blob).step();
  seq = db.last_rowid();
  return 0;
}

namespace {

// What writing a record needs that depends on the record alone: computed for
// a whole batch on every core before the (single-threaded) transaction.
struct EncodedRecord {
  std::int64_t hash = 0;
  std::string blob;
  std::vector<std::string> words;
};

std::vector<EncodedRecord> encode_all(const std::vector<const AnalyzedArticle*>& records, std::size_t begin,
                                      std::size_t end, const std::string& tag) {
  std::vector<EncodedRecord> encoded(end - begin);
  parallel_for(encoded.size(), thread_count(0, encoded.size() / 64), [&](std::size_t i, unsigned) {
    const AnalyzedArticle& record = *records[begin + i];
    encoded[i] = {store::content_hash(record.article, tag), store::encode(record), store::record_words(record)};
  });
  return encoded;
}

}  // namespace

PutReport Store::Impl::put_batch(const std::vector<const AnalyzedArticle*>& records, std::size_t begin,
                                 std::size_t end, const std::string& tag) {
  std::vector<EncodedRecord> encoded = encode_all(records, begin, end, tag);
  PutReport report;
  db.exec("BEGIN IMMEDIATE");
  try {
    std::int64_t batch = next_batch();
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> postings;  // word -> seqs of this batch
    for (std::size_t i = begin; i < end; ++i) {
      const EncodedRecord& e = encoded[i - begin];
      std::int64_t seq = 0;
      int outcome = put_one(records[i]->article, e.hash, e.blob, seq);
      (outcome == 0 ? report.added : outcome == 1 ? report.updated : report.unchanged)++;
      if (outcome == 2) continue;
      for (const std::string& word : e.words) postings[word_id(word)].push_back(seq);
    }
    // In word order, so the index's B-tree is written front to back.
    std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> rows(postings.begin(), postings.end());
    std::sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [word, seqs] : rows) {
      std::sort(seqs.begin(), seqs.end());
      seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
      statement(insert_postings, "INSERT INTO postings(word, batch, seqs) VALUES(?, ?, ?)")
          .bind(1, word).bind(2, batch).bind_blob(3, store::encode_postings(seqs)).step();
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
    // 64 MiB of page cache (the default is 2): an ingest into a large store
    // touches the id index and the word index all over.
    impl->db.exec("PRAGMA cache_size = -65536");
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
