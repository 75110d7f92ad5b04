// The JSON API of `annals serve`, apart from HTTP: each call takes what the
// request said and returns a status and a body, so the rules live here and
// the HTTP wiring (server.cpp) stays a shell.
#pragma once

#include <string>

#include "server/query_parameters.h"

namespace annals::server {

struct ApiResponse {
  int status = 200;
  std::string body;  // JSON, or the asset for the page
  std::string content_type = "application/json";
};

// {"error": reason} with `status`.
ApiResponse error_response(int status, const std::string& reason);

class Api {
 public:
  // `store`: the store file every call reads (opened per call, read-only).
  explicit Api(std::string store) : store_(std::move(store)) {}

  ApiResponse health() const;
  ApiResponse info() const;
  ApiResponse methods() const;
  // The document `annals timeline --format json` writes for the same request.
  ApiResponse timeline(const QueryParameters& parameters) const;
  // {"days": [{"date", "articles", "mentions"}]}: articles published each day
  // and day-level mentions of each day, over the request's articles.
  ApiResponse dates(const QueryParameters& parameters) const;
  // {"date", "articles": [{"id", "title", "outlet", "url", "published", "language"}]}:
  // the articles published on `date` (with `query`: those with a matching sentence).
  ApiResponse articles_of_day(const QueryParameters& parameters) const;
  // One article with its sentences, or 404.
  ApiResponse article(const std::string& id) const;
  // Analyses a JSON Lines body and adds it to the store: {"added", "updated",
  // "unchanged", "rejected": [{"line", "reason"}], "warnings": [...]}; 400
  // when no record could be used.
  ApiResponse ingest(const std::string& body) const;
  ApiResponse openapi() const;

 private:
  std::string store_;
};

}  // namespace annals::server
