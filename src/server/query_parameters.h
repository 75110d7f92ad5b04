// The query parameters of the API, read and checked by the rules the command
// line applies to the same options, so that a request the CLI would refuse is
// refused here too (with the same reasons).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "annals/method.h"
#include "annals/request.h"

namespace annals::server {

// A request's query string, NAME -> VALUE; a name given twice is refused.
using QueryParameters = std::multimap<std::string, std::string>;

struct TimelineQuery {
  TimelineRequest request;
  MethodSpec method;
  std::string language;  // "" for every language
};

// query, from, to (and with `timeline`: dates, sentences, method, language,
// keep_boilerplate and any method parameter as param.NAME=VALUE). Unknown
// names, values out of range and from after to throw UsageError naming the
// parameter.
TimelineQuery read_timeline_query(const QueryParameters& parameters);

// query, from, to only (the coverage chart, the articles of a day).
TimelineRequest read_range_query(const QueryParameters& parameters);

// The one value of `name`, or nullopt; throws UsageError when given twice.
std::optional<std::string> single(const QueryParameters& parameters, const std::string& name);

}  // namespace annals::server
