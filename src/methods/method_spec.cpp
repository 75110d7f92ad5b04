// The public face of the registry (annals/method.h).
#include <nlohmann/json.hpp>

#include "annals/error.h"
#include "annals/method.h"
#include "methods/registry.h"

namespace annals {

const std::vector<MethodInfo>& methods() {
  static const std::vector<MethodInfo> infos = [] {
    std::vector<MethodInfo> out;
    for (const tls::MethodDefinition& d : tls::method_definitions())
      out.push_back({d.name, d.description, bool(d.train), d.parameters.infos()});
    return out;
  }();
  return infos;
}

const MethodInfo* find_method(std::string_view name) {
  for (const MethodInfo& info : methods())
    if (info.name == name) return &info;
  return nullptr;
}

void MethodSpec::set(std::string_view assignment) {
  const std::size_t equals = assignment.find('=');
  if (equals == std::string_view::npos || equals == 0)
    throw UsageError("expected NAME=VALUE for a method parameter, got '" + std::string(assignment) + "'");
  const std::string name(assignment.substr(0, equals));
  if (parameters.count(name)) throw UsageError("method parameter " + name + " is given more than once");
  parameters[name] = std::string(assignment.substr(equals + 1));
}

MethodSpec MethodSpec::from_json(std::string_view json) {
  MethodSpec spec;
  try {
    nlohmann::json document = nlohmann::json::parse(json);
    if (!document.is_object()) throw UsageError("a method spec is a JSON object");
    spec.name = document.value("method", "");
    const nlohmann::json parameters = document.value("parameters", nlohmann::json::object());
    if (!parameters.is_object()) throw UsageError("a method spec's \"parameters\" is a JSON object");
    for (const auto& item : parameters.items()) {
      const std::string& name = item.key();
      const nlohmann::json& value = item.value();
      if (value.is_string())
        spec.parameters[name] = value.get<std::string>();
      else if (value.is_number() || value.is_boolean())
        spec.parameters[name] = value.dump();
      else
        throw UsageError("method parameter " + name + " must be a string, number or boolean");
    }
  } catch (const nlohmann::json::exception& e) {
    throw UsageError(std::string("method spec: ") + e.what());
  }
  return spec;
}

std::string MethodSpec::to_json() const {
  nlohmann::ordered_json document = {{"method", name.empty() ? methods().front().name : name},
                                     {"parameters", parameters}};
  return document.dump();
}

void validate(const MethodSpec& spec) { tls::make_method(spec); }

namespace {

// A default as JSON: numbers and booleans as such, "no file" as null.
// An integer's bound as a JSON integer, a number's as a number.
nlohmann::ordered_json bound_json(const ParameterInfo& p, double bound) {
  if (p.type == "integer") return static_cast<long long>(bound);
  return bound;
}

nlohmann::ordered_json default_json(const ParameterInfo& p) {
  if (p.type == "integer" || p.type == "number" || p.type == "boolean") return nlohmann::ordered_json::parse(p.default_value);
  if (p.type == "path" && p.default_value.empty()) return nullptr;
  return p.default_value;
}

}  // namespace

std::string methods_json() {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const MethodInfo& info : methods()) {
    nlohmann::ordered_json parameters = nlohmann::ordered_json::array();
    for (const ParameterInfo& p : info.parameters) {
      nlohmann::ordered_json entry = {
          {"name", p.name}, {"type", p.type}, {"default", default_json(p)}, {"description", p.description}};
      if (!p.choices.empty()) entry["choices"] = p.choices;
      if (p.minimum) entry["minimum"] = bound_json(p, *p.minimum);
      if (p.maximum) entry["maximum"] = bound_json(p, *p.maximum);
      parameters.push_back(std::move(entry));
    }
    list.push_back({{"name", info.name},
                    {"description", info.description},
                    {"supervised", info.supervised},
                    {"parameters", std::move(parameters)}});
  }
  return nlohmann::ordered_json({{"methods", std::move(list)}}).dump(2) + "\n";
}

}  // namespace annals
