// GET /api/openapi.json: the API described in OpenAPI 3.0, written by hand
// next to the routes it describes (server.cpp) so that both change together.
#include <nlohmann/json.hpp>

#include "server/api.h"

namespace annals::server {

namespace {

using Json = nlohmann::ordered_json;

Json parameter(const char* name, const char* type, const char* description, bool required = false) {
  Json schema = {{"type", type}};
  if (std::string(type) == "date") schema = {{"type", "string"}, {"format", "date"}};
  return {{"name", name}, {"in", "query"}, {"required", required}, {"description", description}, {"schema", schema}};
}

Json range_parameters() {
  return Json::array({parameter("query", "string", "keywords, comma-separated; a sentence must contain one"),
                      parameter("from", "date", "first publication day (YYYY-MM-DD)"),
                      parameter("to", "date", "last publication day (YYYY-MM-DD)")});
}

Json json_answer(const char* description) {
  return {{"description", description}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
}

Json errors() {
  return {{"400", json_answer("bad parameters: {\"error\": reason}")},
          {"500", json_answer("the store could not be read: {\"error\": reason}")}};
}

Json get(const char* summary, Json parameters, const char* answer) {
  Json responses = errors();
  responses["200"] = json_answer(answer);
  return {{"get", {{"summary", summary}, {"parameters", std::move(parameters)}, {"responses", responses}}}};
}

Json timeline_parameters() {
  Json p = range_parameters();
  p.push_back(parameter("dates", "integer", "number of dates, 1 to 10000 (default 10)"));
  p.push_back(parameter("sentences", "integer", "sentences per date, 1 to 1000 (default 2)"));
  p.push_back(parameter("method", "string", "a method of /api/methods (default: the default method)"));
  p.push_back(parameter("language", "string", "only articles in this language (en, es, fr, it, ...)"));
  p.push_back(parameter("keep_boilerplate", "boolean",
                        "true keeps the sentences an outlet repeats across its stories (default false)"));
  p.push_back({{"name", "param.NAME"}, {"in", "query"}, {"required", false},
               {"description", "a method parameter, as --param NAME=VALUE (not model)"},
               {"schema", {{"type", "string"}}}});
  return p;
}

Json post_articles() {
  Json responses = errors();
  responses["200"] = json_answer("{\"read\", \"added\", \"updated\", \"unchanged\", \"rejected\": [{\"line\", \"reason\"}]}");
  responses["401"] = json_answer("a token is set and the request has no matching Authorization: Bearer header");
  responses["413"] = json_answer("the body is larger than the server accepts");
  return {{"summary", "add articles (JSON Lines, one object per line, as annals ingest reads them)"},
          {"security", Json::array({{{"bearer", Json::array()}}})},
          {"requestBody", {{"required", true}, {"content", {{"application/x-ndjson", {{"schema", {{"type", "string"}}}}}}}}},
          {"responses", responses}};
}

}  // namespace

ApiResponse Api::openapi() const {
  Json paths;
  paths["/api/health"] = get("liveness", Json::array(), "{\"status\": \"ok\"}");
  paths["/api/info"] = get("the store: articles, languages, outlets, first and last day", Json::array(),
                           "as annals store info --format json");
  paths["/api/methods"] = get("the timeline methods and their parameters", Json::array(),
                              "as annals methods --format json");
  paths["/api/timeline"] = get("a timeline of the store's articles", timeline_parameters(),
                               "as annals timeline --format json");
  paths["/api/dates"] = get("per-day counts of articles and of date mentions", range_parameters(),
                            "{\"days\": [{\"date\", \"articles\", \"mentions\"}]}");
  Json day = range_parameters();
  day.push_back(parameter("date", "date", "the publication day", true));
  paths["/api/articles"] = get("the articles published on a day", day,
                               "{\"date\", \"articles\": [{\"id\", \"title\", \"outlet\", \"url\", \"published\", \"language\"}]}");
  paths["/api/articles"]["post"] = post_articles();
  Json by_id = get("one article with its sentences", Json::array(),
                   "{\"id\", \"title\", \"outlet\", \"url\", \"published\", \"language\", \"sentences\": [{\"position\", \"text\"}]}");
  by_id["get"]["parameters"] = Json::array(
      {{{"name", "id"}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}}});
  by_id["get"]["responses"]["404"] = json_answer("no article with that id");
  paths["/api/articles/{id}"] = by_id;
  paths["/api/openapi.json"] = get("this document", Json::array(), "OpenAPI 3.0");
  Json doc = {{"openapi", "3.0.3"},
              {"info", {{"title", "annals"}, {"description", "News timelines from an annals store"}, {"version", "1"}}},
              {"paths", paths},
              {"components", {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
  return {200, doc.dump(2), "application/json"};
}

}  // namespace annals::server
