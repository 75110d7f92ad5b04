#include "server/api.h"

#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "annals/engine.h"
#include "annals/loader.h"
#include "annals/store.h"
#include "annals/writer.h"
#include "corpus/corpus.h"

namespace annals::server {

namespace {

using Json = nlohmann::ordered_json;

// Text from the store is valid UTF-8; replacing keeps a damaged record from
// turning into a 500.
ApiResponse json_response(const Json& document, int status = 200) {
  return {status, document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json"};
}

std::string published_of(const Article& a) { return a.published.to_string() + (a.time ? "T" + *a.time : ""); }

// The title is the one a timeline shows (title_of: the source's, else a
// glued headline).
Json article_summary(const AnalyzedArticle& record) {
  const Article& a = record.article;
  return {{"id", a.id},   {"title", std::string(title_of(record))}, {"outlet", a.outlet},
          {"url", a.url}, {"published", published_of(a)},            {"language", a.language}};
}

Store open_store(const std::string& path) { return Store::open(path, Store::Mode::kReadOnly); }

std::vector<AnalyzedArticle> select(const std::string& store, const TimelineRequest& request,
                                    const std::string& language = "") {
  std::vector<AnalyzedArticle> records = open_store(store).select(request.window, request.keywords);
  if (!language.empty())
    std::erase_if(records, [&](const AnalyzedArticle& r) { return r.article.language != language; });
  return records;
}

Json diagnostics_json(const Diagnostics& diagnostics, Diagnostic::Severity severity) {
  Json out = Json::array();
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity != severity) continue;
    Json item = {{"line", d.line}, {"reason", d.reason}};
    if (d.more) item["more"] = d.more;
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

ApiResponse error_response(int status, const std::string& reason) {
  return json_response(Json{{"error", reason}}, status);
}

ApiResponse Api::health() const { return json_response(Json{{"status", "ok"}}); }

ApiResponse Api::info() const { return {200, to_json(open_store(store_).info()), "application/json"}; }

ApiResponse Api::methods() const { return {200, methods_json(), "application/json"}; }

ApiResponse Api::timeline(const QueryParameters& parameters) const {
  const TimelineQuery query = read_timeline_query(parameters);
  Engine engine({.threads = 1});  // the server's workers are the parallelism
  engine.add(select(store_, query.request, query.language));
  std::ostringstream out;
  write_timeline(out, engine.timeline(query.request, query.method), OutputFormat::kJson);
  return {200, out.str(), "application/json"};
}

ApiResponse Api::dates(const QueryParameters& parameters) const {
  const TimelineRequest request = read_range_query(parameters);
  std::map<Date, std::pair<std::size_t, std::size_t>> days;  // articles, mentions
  for (const AnalyzedArticle& record : select(store_, request)) {
    ++days[record.article.published].first;
    for (const AnalyzedSentence& sentence : record.sentences)
      for (const TimeMention& mention : sentence.mentions)
        if (const auto day = mention.day(); day && request.window.contains(*day)) ++days[*day].second;
  }
  Json rows = Json::array();
  for (const auto& [day, counts] : days)
    rows.push_back({{"date", day.to_string()}, {"articles", counts.first}, {"mentions", counts.second}});
  return json_response(Json{{"days", std::move(rows)}});
}

ApiResponse Api::articles_of_day(const QueryParameters& parameters) const {
  const auto date = single(parameters, "date");
  const auto day = date ? Date::parse_iso(*date) : std::nullopt;
  if (!day) throw UsageError("date expects a date YYYY-MM-DD, got '" + date.value_or("") + "'");
  QueryParameters rest = parameters;
  rest.erase("date");
  TimelineRequest request = read_range_query(rest);
  request.window = {day, day};
  Json list = Json::array();
  for (const AnalyzedArticle& record : select(store_, request)) list.push_back(article_summary(record));
  return json_response(Json{{"date", day->to_string()}, {"articles", std::move(list)}});
}

ApiResponse Api::article(const std::string& id) const {
  const auto record = open_store(store_).find(id);
  if (!record) return error_response(404, "no article with id '" + id + "'");
  Json doc = article_summary(*record);
  Json sentences = Json::array();
  for (std::size_t i = 0; i < record->sentences.size(); ++i)
    sentences.push_back({{"position", i}, {"text", record->sentences[i].text}});
  doc["sentences"] = std::move(sentences);
  return json_response(doc);
}

ApiResponse Api::ingest(const std::string& body) const {
  LoadResult loaded = load_jsonl_text(body, "request body");
  Engine engine({.threads = 1});
  const std::size_t read = loaded.articles.size();
  engine.add(std::move(loaded.articles));
  std::vector<const AnalyzedArticle*> records;
  for (std::size_t i = 0; i < engine.size(); ++i) records.push_back(&engine.article(i));
  const PutReport put = Store::open(store_, Store::Mode::kReadWrite).put(records);
  Json doc = {{"read", read},
              {"added", put.added},
              {"updated", put.updated},
              {"unchanged", put.unchanged},
              {"rejected", diagnostics_json(loaded.diagnostics, Diagnostic::Severity::kError)},
              {"rejected_count", loaded.diagnostics.error_count()},
              {"warnings", diagnostics_json(loaded.diagnostics, Diagnostic::Severity::kWarning)}};
  // Nothing usable in a non-empty body is the client's mistake.
  return json_response(doc, read == 0 && loaded.diagnostics.has_errors() ? 400 : 200);
}

}  // namespace annals::server
