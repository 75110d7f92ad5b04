#include "server/query_parameters.h"

#include <charconv>
#include <set>

#include "annals/error.h"

namespace annals::server {

namespace {

const std::set<std::string> kRangeNames = {"query", "from", "to"};
const std::set<std::string> kTimelineNames = {"query",  "from",     "to",       "dates",
                                              "sentences", "method", "language", "keep_boilerplate"};
constexpr std::string_view kParamPrefix = "param.";

void refuse_unknown(const QueryParameters& parameters, const std::set<std::string>& known, bool method_parameters) {
  for (const auto& [name, value] : parameters) {
    if (known.count(name) || (method_parameters && name.starts_with(kParamPrefix))) continue;
    std::string names;
    for (const std::string& k : known) names += (names.empty() ? "" : ", ") + k;
    throw UsageError("unknown parameter '" + name + "' (expected " + names +
                     (method_parameters ? ", param.NAME" : "") + ")");
  }
}

std::optional<Date> read_day(const QueryParameters& parameters, const std::string& name) {
  const auto text = single(parameters, name);
  if (!text || text->empty()) return std::nullopt;
  const auto day = Date::parse_iso(*text);
  if (!day) throw UsageError(name + " expects a date YYYY-MM-DD, got '" + *text + "'");
  return day;
}

std::size_t read_count(const QueryParameters& parameters, const std::string& name, std::size_t fallback,
                       std::size_t max) {
  const auto text = single(parameters, name);
  if (!text || text->empty()) return fallback;
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size() || value < 1 || value > max)
    throw UsageError(name + " expects an integer from 1 to " + std::to_string(max) + ", got '" + *text + "'");
  return value;
}

// Keywords separated by commas, as --query takes them.
std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
    out.push_back(text.substr(start, comma - start));
  out.push_back(text.substr(start));
  return out;
}

// true/false (or 1/0) as --keep-boilerplate; absent: false.
bool read_switch(const QueryParameters& parameters, const std::string& name) {
  const auto text = single(parameters, name);
  if (!text || text->empty() || *text == "false" || *text == "0") return false;
  if (*text == "true" || *text == "1") return true;
  throw UsageError(name + " expects true or false, got '" + *text + "'");
}

TimelineRequest read_range(const QueryParameters& parameters) {
  TimelineRequest request;
  if (const auto query = single(parameters, "query")) request.keywords = fold_keywords(split_commas(*query));
  request.window.from = read_day(parameters, "from");
  request.window.to = read_day(parameters, "to");
  if (request.window.from && request.window.to && *request.window.to < *request.window.from)
    throw UsageError("from " + request.window.from->to_string() + " is after to " + request.window.to->to_string());
  return request;
}

}  // namespace

std::optional<std::string> single(const QueryParameters& parameters, const std::string& name) {
  const auto [first, last] = parameters.equal_range(name);
  if (first == last) return std::nullopt;
  if (std::next(first) != last) throw UsageError("parameter '" + name + "' is given more than once");
  return first->second;
}

TimelineRequest read_range_query(const QueryParameters& parameters) {
  refuse_unknown(parameters, kRangeNames, false);
  return read_range(parameters);
}

TimelineQuery read_timeline_query(const QueryParameters& parameters) {
  refuse_unknown(parameters, kTimelineNames, true);
  TimelineQuery query;
  query.request = read_range(parameters);
  query.request.dates = read_count(parameters, "dates", query.request.dates, kMaxDates);
  query.request.sentences = read_count(parameters, "sentences", query.request.sentences, kMaxSentences);
  query.request.keep_boilerplate = read_switch(parameters, "keep_boilerplate");
  query.method.name = single(parameters, "method").value_or("");
  for (const auto& [name, value] : parameters)
    if (name.starts_with(kParamPrefix)) query.method.set(name.substr(kParamPrefix.size()) + "=" + value);
  // A model path would let a caller make the server read any file.
  if (query.method.parameters.count("model"))
    throw UsageError("param.model is not accepted over HTTP (the server uses the shipped models)");
  validate(query.method);
  query.language = single(parameters, "language").value_or("");
  if (query.language.size() > 16) throw UsageError("language expects a language code such as en");
  return query;
}

}  // namespace annals::server
