#include <simdjson.h>

#include "ingest/json_repair.h"
#include "ingest/line_reader.h"
#include "ingest/readers.h"
#include "ingest/text_checks.h"
#include "ingest/timestamp.h"

namespace annals::ingest {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// Returns the first of `keys` present in the object, or nullopt.
std::optional<element> first_field(object record, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    element value;
    if (record[key].get(value) == simdjson::SUCCESS) return value;
  }
  return std::nullopt;
}

// A string field, or "" when absent or not a string.
std::string string_field(object record, std::initializer_list<const char*> keys) {
  const auto value = first_field(record, keys);
  std::string_view text;
  if (!value || value->get(text) != simdjson::SUCCESS) return {};
  return std::string(text);
}

// Ids are strings in news-tls but numbers elsewhere; both are kept as text.
std::optional<std::string> id_field(object record) {
  const auto value = first_field(record, {"id"});
  if (!value) return std::nullopt;
  switch (value->type()) {
    case element_type::STRING: return std::string(value->get_string().value_unsafe());
    case element_type::INT64: return std::to_string(value->get_int64().value_unsafe());
    case element_type::UINT64: return std::to_string(value->get_uint64().value_unsafe());
    default: return std::nullopt;
  }
}

// The first date field holding a string; else the first present and not
// null, to quote in the message; nullopt when there is none.
std::optional<element> date_field(object record) {
  std::optional<element> shown;
  for (const char* key : {"time", "date", "published"}) {
    element value;
    if (record[key].get(value) != simdjson::SUCCESS || value.is_null()) continue;
    if (value.is_string()) return value;
    if (!shown) shown = value;
  }
  return shown;
}

// Repairs grow a line: invalid UTF-8 up to three times (one byte becomes
// U+FFFD, three bytes), then quoting out-of-range numbers by two bytes per
// number of at least two. The parser must take any line under kMaxLine after
// both, or the 64 MiB limit would not hold for repaired lines.
constexpr std::size_t kMaxRepairedLine = 4 * kMaxLine;

class JsonlReader {
 public:
  JsonlReader(const std::string& file, ReadContext& context)
      : file_(file), context_(context), parser_(kMaxRepairedLine) {}

  void line(std::string_view text, std::size_t number) {
    if (is_blank(text)) return;  // blank lines separate nothing and hold no record
    element root;
    auto error = parser_.parse(text.data(), text.size(), false).get(root);
    std::string copy;  // the repaired line; the std::string overload of parse pads by copying
    if (error == simdjson::UTF8_ERROR) {
      // Repair in a copy and parse again: the record is kept, with a warning.
      copy = text;
      repair_utf8(copy);
      context_.warning(file_, number, "invalid UTF-8 replaced by U+FFFD");
      error = parser_.parse(copy).get(root);
    }
    if (error == simdjson::NUMBER_ERROR || error == simdjson::STRING_ERROR) {
      if (copy.empty()) copy = text;
      const JsonRepairs repairs = repair_json(copy);
      if (repairs.surrogates_replaced) {
        context_.warning(file_, number, "lone UTF-16 surrogate escape (\\ud800-\\udfff) replaced by U+FFFD");
      }
      if (repairs.numbers_quoted || repairs.surrogates_replaced) error = parser_.parse(copy).get(root);
    }
    if (error) {
      context_.error(file_, number, std::string("malformed JSON: ") + simdjson::error_message(error));
      return;
    }
    object record;
    if (root.get(record) != simdjson::SUCCESS) {
      context_.error(file_, number, "expected a JSON object");
      return;
    }
    add(record, number);
  }

 private:
  void add(object record, std::size_t number) {
    const auto date_value = date_field(record);
    if (!date_value) {
      context_.error(file_, number, "missing date (no `time`, `date` or `published` field)");
      return;
    }
    std::string_view date_text;
    const bool is_string = date_value->get(date_text) == simdjson::SUCCESS;
    auto stamp = is_string ? parse_timestamp(date_text) : std::nullopt;
    if (!stamp) {
      const std::string shown = is_string ? std::string(date_text) : simdjson::minify(*date_value);
      context_.error(file_, number, "unknown date format: " + quoted_excerpt(shown));
      return;
    }
    const auto text = first_field(record, {"text"});
    if (!text) {
      context_.error(file_, number, "missing `text` field");
      return;
    }
    if (!text->is_string()) {
      context_.error(file_, number, "`text` is not a string");
      return;
    }
    Article article;
    article.id = id_field(record).value_or(file_ + ":" + std::to_string(number));
    article.published = stamp->date;
    article.time = std::move(stamp->time);
    article.title = string_field(record, {"title"});
    article.text = string_field(record, {"text"});
    article.outlet = string_field(record, {"source", "outlet"});
    article.url = string_field(record, {"url"});
    article.language = string_field(record, {"language", "lang"});
    article.source_file = file_;
    article.source_line = number;
    context_.accept(std::move(article));
  }

  const std::string& file_;
  ReadContext& context_;
  simdjson::dom::parser parser_;
};

}  // namespace

void read_jsonl(InputStream& in, const std::string& file, ReadContext& context) {
  JsonlReader reader(file, context);
  for_each_line(in, file, context,
                [&](std::string_view line, std::size_t number) { reader.line(line, number); });
}

}  // namespace annals::ingest
