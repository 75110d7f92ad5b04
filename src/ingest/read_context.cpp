#include "ingest/read_context.h"

#include "ingest/line_reader.h"
#include "ingest/text_checks.h"

namespace annals::ingest {

namespace {
constexpr std::uint64_t kProgressLines = 4096;  // lines between progress updates
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
  result.articles.push_back(std::move(article));
}

void for_each_line(InputStream& in, const std::string& file, ReadContext& context,
                   const LineHandler& on_line) {
  LineReader reader(in, kMaxLine);
  if (looks_binary(reader.peek(kSniffBytes))) {
    context.error(file, 0, "binary file (contains NUL bytes)");
    return;
  }
  std::string_view line;
  for (;;) {
    const LineReader::Status status = reader.next(line);
    if (status == LineReader::Status::kEnd) break;
    if (status == LineReader::Status::kError) {
      context.error(file, reader.line_number() + 1, "read error: " + reader.error());
      break;
    }
    if (status == LineReader::Status::kTooLong) {
      context.error(file, reader.line_number(), "line too long (over 64 MiB), skipped");
      continue;
    }
    on_line(line, reader.line_number());
    if (reader.line_number() % kProgressLines == 0) context.progress.within_file(in.raw_offset());
  }
}

}  // namespace annals::ingest
