#include <optional>

#include "common/attribution.h"
#include "common/written_text.h"
#include "ingest/readers.h"
#include "ingest/text_checks.h"

namespace annals::ingest {

namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// Each paragraph of the digest is one summary sentence, so it becomes one
// article dated by the `date` line above it.
class TextReader {
 public:
  TextReader(const std::string& file, ReadContext& context) : file_(file), context_(context) {}

  void line(std::string_view raw, std::size_t number) {
    const std::string_view text = trim(raw);
    if (text.empty()) {
      flush();
    } else if (written_text::is_date_line(text)) {
      flush();
      date_line(text.substr(5), number);
    } else if (skipping_) {
      // The rest of an over-long paragraph, already reported.
    } else if (paragraph_.size() + text.size() > kMaxLine) {
      context_.error(file_, paragraph_.empty() ? number : paragraph_line_,
                     "paragraph too long (over 64 MiB), skipped");
      paragraph_.clear();
      ++paragraphs_;  // keeps the ids of later paragraphs where they would be
      skipping_ = true;
    } else {
      if (paragraph_.empty()) paragraph_line_ = number;
      if (!paragraph_.empty()) paragraph_ += ' ';  // a wrapped sentence reads back whole
      paragraph_ += text;
    }
  }

  void finish() { flush(); }

 private:
  // A month or year entry's sentences read back as published on its first
  // day: an Article has a publication day, not a period.
  void date_line(std::string_view value, std::size_t number) {
    date_.reset();
    if (auto period = parse_iso_period(value)) date_ = period->first_day;
    else context_.error(file_, number, "unknown date format: \"" + std::string(value) + "\"");
  }

  void flush() {
    skipping_ = false;
    if (paragraph_.empty()) return;
    ++paragraphs_;
    if (!date_) {
      context_.error(file_, paragraph_line_, "paragraph without a valid `date YYYY-MM-DD` line above it");
    } else {
      // The writer's " — Outlet (also: A, B)" is metadata, not the sentence;
      // the other outlets have no field in an Article and are dropped.
      attribution::Attributed sentence = attribution::split(paragraph_);
      Article article;
      article.id = file_ + "#" + std::to_string(paragraphs_);
      article.published = *date_;
      article.text = std::move(sentence.text);
      article.outlet = std::move(sentence.outlet);
      article.source_file = file_;
      article.source_line = paragraph_line_;
      context_.accept(std::move(article));
    }
    paragraph_.clear();
  }

  const std::string& file_;
  ReadContext& context_;
  std::optional<Date> date_;
  std::string paragraph_;
  std::size_t paragraph_line_ = 0;
  std::size_t paragraphs_ = 0;
  bool skipping_ = false;
};

}  // namespace

void read_text(InputStream& in, const std::string& file, ReadContext& context) {
  TextReader reader(file, context);
  for_each_line(in, file, context,
                [&](std::string_view line, std::size_t number) { reader.line(line, number); });
  reader.finish();
}

}  // namespace annals::ingest
