#include "ingest/read_context.h"

#include <algorithm>
#include <vector>

#include "ingest/line_reader.h"
#include "ingest/text_checks.h"

namespace annals::ingest {

namespace {

constexpr std::uint64_t kProgressLines = 4096;  // lines between progress updates

// Reports the damage that lies within the lines read so far, each at the
// line it falls in (or after the last line, at the end), and drops it.
void report_damage_before(const LineReader& reader, bool at_end, const std::string& file,
                          ReadContext& context, std::vector<StreamDamage>& damage) {
  std::size_t reported = 0;
  for (const StreamDamage& d : damage) {
    if (!at_end && d.position >= reader.consumed()) break;
    context.error(file, at_end ? reader.line_number() + 1 : reader.line_number(), d.reason);
    ++reported;
  }
  damage.erase(damage.begin(), damage.begin() + static_cast<std::ptrdiff_t>(reported));
}

}  // namespace

void ReadContext::accept(Article article) {
  if (is_blank(article.text)) {
    error(article.source_file, article.source_line, "empty text");
    return;
  }
  bool repaired = false;
  for (std::string* field : {&article.id, &article.text, &article.title, &article.outlet, &article.url,
                              &article.language}) {
    repaired |= repair_utf8(*field);
  }
  if (repaired) {
    warning(article.source_file, article.source_line, "invalid UTF-8 replaced by U+FFFD");
  }
  if (article.language.empty()) article.language = options.default_language;
  ++accepted;
  result.articles.push_back(std::move(article));
  if (options.sink && result.articles.size() >= std::max<std::size_t>(options.batch_articles, 1)) flush();
}

void ReadContext::flush() {
  duplicates.check(result.articles, result.diagnostics);
  if (!options.sink || result.articles.empty()) return;
  std::vector<Article> batch;
  batch.swap(result.articles);
  options.sink(std::move(batch));
}

// Ids are relative to the folder given, so two folders laid out alike (both
// LibyaWar_cnn and LibyaWar_reuters hold an InputDocs/2011-03-19/100.htm.txt)
// give one id twice. Both articles are kept; the clash is worth a warning.
void DuplicateIds::check(const std::vector<Article>& articles, Diagnostics& diagnostics) {
  for (const Article& article : articles) {
    if (files_.empty() || files_.back() != article.source_file) files_.push_back(article.source_file);
    const auto [first, added] = first_file_.emplace(article.id, static_cast<std::uint32_t>(files_.size() - 1));
    if (!added) {
      diagnostics.warning(article.source_file, article.source_line,
                          "duplicate id \"" + article.id + "\" (also in " + files_[first->second] + ")");
    }
  }
}

void for_each_line(InputStream& in, const std::string& file, ReadContext& context, const LineHandler& on_line,
                   const TooLongHandler& on_too_long) {
  LineReader reader(in, kMaxLine);
  if (const std::string_view reason = not_text_reason(reader.peek(kSniffBytes)); !reason.empty()) {
    context.error(file, 0, std::string(reason));
    return;
  }
  std::vector<StreamDamage> damage;  // found ahead of the lines handed out so far
  std::string_view line;
  for (;;) {
    const LineReader::Status status = reader.next(line);
    if (in.has_damage()) {
      auto found = in.take_damage();
      damage.insert(damage.end(), found.begin(), found.end());
    }
    const bool last = status == LineReader::Status::kEnd || status == LineReader::Status::kError;
    report_damage_before(reader, last, file, context, damage);
    if (status == LineReader::Status::kEnd) break;
    if (status == LineReader::Status::kError) {
      context.error(file, reader.line_number() + 1, "read error: " + reader.error());
      break;
    }
    if (status == LineReader::Status::kTooLong) {
      if (on_too_long) {
        on_too_long(reader.line_number(), reader.skipped_quotes());
      } else {
        context.error(file, reader.line_number(), "line too long (over 64 MiB), skipped");
      }
      continue;
    }
    on_line(line, reader.line_number());
    if (reader.line_number() % kProgressLines == 0) context.progress.within_file(in.raw_offset());
  }
}

}  // namespace annals::ingest
