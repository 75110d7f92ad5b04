#include "ingest/readers.h"
#include "ingest/text_checks.h"

namespace annals::ingest {

void read_dataset_article(const PlannedInput& input, ReadContext& context) {
  if (input.size > kMaxLine) {
    context.error(input.path, 0, "file too large for one article (over 64 MiB)");
    return;
  }
  Article article;
  std::string error;
  if (!read_file(input.path, kMaxLine, article.text, &error)) {
    context.error(input.path, 0, "cannot read: " + error);
    return;
  }
  if (const std::string_view reason = not_text_reason(article.text); !reason.empty()) {
    context.error(input.path, 0, std::string(reason));
    return;
  }
  if (article.text.starts_with("\xEF\xBB\xBF")) article.text.erase(0, 3);  // byte order mark
  article.id = input.name;
  article.published = *input.place.date;
  article.language = input.place.language;
  article.outlet = input.dataset.outlet;
  article.sentence_per_line = input.dataset.sentence_per_line;
  article.source_file = input.path;
  context.accept(std::move(article));
}

}  // namespace annals::ingest
