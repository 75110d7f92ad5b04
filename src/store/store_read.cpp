// The reading half of Store: requests, export, management and checks.
#include <algorithm>
#include <climits>
#include <set>

#include <nlohmann/json.hpp>

#include "annals/store.h"
#include "corpus/keyword_filter.h"
#include "store/postings.h"
#include "store/record_codec.h"
#include "store/sqlite.h"
#include "store/store_impl.h"

namespace annals {

using store::Database;
using store::Statement;

namespace {

std::int64_t first_day(const DateWindow& w) { return w.from ? w.from->days() : INT32_MIN; }
std::int64_t last_day(const DateWindow& w) { return w.to ? w.to->days() : INT32_MAX; }

bool can_contribute(const AnalyzedArticle& record, const std::vector<std::string>& keywords) {
  return std::any_of(record.sentences.begin(), record.sentences.end(), [&](const AnalyzedSentence& s) {
    return tls::matches_keywords(s.text, keywords);
  });
}

AnalyzedArticle decode_row(const Database& db, std::string_view blob, std::int64_t seq) {
  try {
    return store::decode(blob);
  } catch (const Error& e) {
    throw IoError("store '" + db.path() + "': article #" + std::to_string(seq) + ": " + e.what());
  }
}

// Article numbers whose words contain a run of each keyword: a superset of the
// matches (store/postings.h). `narrowed` is false when some keyword has no
// word bytes at all, so that only a scan of the window can answer.
std::vector<std::int64_t> candidates(Database& db, const std::vector<std::string>& keywords, bool& narrowed) {
  std::vector<std::int64_t> seqs;
  narrowed = true;
  Statement words = db.prepare("SELECT id FROM words WHERE instr(word, ?) > 0");
  Statement postings = db.prepare("SELECT seqs FROM postings WHERE word = ?");
  for (const std::string& keyword : keywords) {
    std::string_view run = store::longest_word_run(keyword);
    if (run.empty()) {
      narrowed = false;
      return {};
    }
    words.bind(1, run);
    while (words.step()) {
      postings.bind(1, words.integer(0));
      while (postings.step()) store::decode_postings(postings.blob(0), seqs);
      postings.reset();
    }
    words.reset();
  }
  std::sort(seqs.begin(), seqs.end());
  seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
  return seqs;
}

}  // namespace

std::vector<AnalyzedArticle> Store::select(const DateWindow& window, const std::vector<std::string>& keywords) const {
  Database& db = impl_->db;
  std::vector<AnalyzedArticle> out;
  bool narrowed = false;
  db.exec("BEGIN");  // one snapshot for the whole request, even while a writer commits
  try {
    std::vector<std::int64_t> seqs;
    if (!keywords.empty()) seqs = candidates(db, keywords, narrowed);
    auto keep = [&](std::string_view blob, std::int64_t seq) {
      AnalyzedArticle record = decode_row(db, blob, seq);
      if (keywords.empty() || can_contribute(record, keywords)) out.push_back(std::move(record));
    };
    if (narrowed) {
      Statement row = db.prepare("SELECT record FROM articles WHERE seq = ? AND published BETWEEN ? AND ?");
      for (std::int64_t seq : seqs) {
        if (row.bind(1, seq).bind(2, first_day(window)).bind(3, last_day(window)).step()) keep(row.blob(0), seq);
        row.reset();
      }
    } else {
      Statement rows = db.prepare("SELECT seq, record FROM articles WHERE published BETWEEN ? AND ? ORDER BY seq");
      rows.bind(1, first_day(window)).bind(2, last_day(window));
      while (rows.step()) keep(rows.blob(1), rows.integer(0));
    }
    db.exec("COMMIT");
  } catch (...) {
    db.exec("ROLLBACK");
    throw;
  }
  return out;
}

std::optional<AnalyzedArticle> Store::find(const std::string& id) const {
  Database& db = impl_->db;
  Statement row = db.prepare("SELECT seq, record FROM articles WHERE id = ?");
  if (!row.bind(1, id).step()) return std::nullopt;
  return decode_row(db, row.blob(1), row.integer(0));
}

void Store::for_each(const std::function<void(const AnalyzedArticle&)>& visit) const {
  Database& db = impl_->db;
  Statement rows = db.prepare("SELECT seq, record FROM articles ORDER BY seq");
  while (rows.step()) visit(decode_row(db, rows.blob(1), rows.integer(0)));
}

std::size_t Store::remove(const std::string& id) {
  Database& db = impl_->db;
  db.prepare("DELETE FROM articles WHERE id = ?").bind(1, id).step();
  return static_cast<std::size_t>(db.changes());
}

std::size_t Store::remove_before(Date day) {
  Database& db = impl_->db;
  db.prepare("DELETE FROM articles WHERE published < ?").bind(1, day.days()).step();
  return static_cast<std::size_t>(db.changes());
}

StoreInfo Store::info() const {
  Database& db = impl_->db;
  StoreInfo info;
  info.schema_version = kSchemaVersion;
  db.exec("BEGIN");
  Statement counts = db.prepare("SELECT count(*), min(published), max(published) FROM articles");
  counts.step();
  info.articles = static_cast<std::size_t>(counts.integer(0));
  if (info.articles > 0) {
    info.first_date = Date::from_days(static_cast<std::int32_t>(counts.integer(1)));
    info.last_date = Date::from_days(static_cast<std::int32_t>(counts.integer(2)));
  }
  Statement languages = db.prepare("SELECT DISTINCT language FROM articles ORDER BY language");
  while (languages.step()) info.languages.emplace_back(languages.text(0));
  Statement outlets = db.prepare("SELECT DISTINCT outlet FROM articles WHERE outlet <> '' ORDER BY outlet");
  while (outlets.step()) info.outlets.emplace_back(outlets.text(0));
  Statement pages = db.prepare("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
  pages.step();
  info.bytes = static_cast<std::uint64_t>(pages.integer(0));
  db.exec("COMMIT");
  return info;
}

CheckReport Store::check() const {
  Database& db = impl_->db;
  CheckReport report;
  Statement integrity = db.prepare("PRAGMA integrity_check");
  while (integrity.step())
    if (integrity.text(0) != "ok") report.problems.emplace_back(integrity.text(0));
  Statement rows = db.prepare("SELECT seq, id, published, record FROM articles ORDER BY seq");
  while (rows.step()) {
    std::string where = "article #" + std::to_string(rows.integer(0)) + " (" + std::string(rows.text(1)) + ")";
    try {
      AnalyzedArticle record = store::decode(rows.blob(3));
      if (record.article.id != rows.text(1) || record.article.published.days() != rows.integer(2))
        report.problems.push_back(where + ": record does not match its row");
      ++report.records;
    } catch (const Error& e) {
      report.problems.push_back(where + ": " + e.what());
    }
  }
  report.ok = report.problems.empty();
  return report;
}

std::string to_json(const StoreInfo& info) {
  nlohmann::ordered_json doc = {{"articles", info.articles},   {"schema_version", info.schema_version},
                                {"languages", info.languages}, {"outlets", info.outlets},
                                {"first_date", nullptr},       {"last_date", nullptr},
                                {"bytes", info.bytes}};
  if (info.first_date) doc["first_date"] = info.first_date->to_string();
  if (info.last_date) doc["last_date"] = info.last_date->to_string();
  return doc.dump(2) + "\n";
}

}  // namespace annals
