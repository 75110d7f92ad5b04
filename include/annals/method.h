// Timeline methods as callers see them: what is registered, which
// parameters each takes, and the spec that names a method and sets them.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

struct ParameterInfo {
  std::string name;
  std::string type;           // "integer", "number", "boolean", "choice" or "path"
  std::string default_value;  // as text, as --param takes it; "" for a path means the shipped model
  std::string description;    // one line
  std::vector<std::string> choices;  // for "choice"
  // For "integer" and "number": the values allowed, each end when bounded.
  std::optional<double> minimum, maximum;
};

struct MethodInfo {
  std::string name;
  std::string description;
  // Learns from reference timelines (see annals::train); a benchmark trains
  // it leave-one-topic-out, elsewhere it uses its `model` parameter, by
  // default the model shipped in models/.
  bool supervised = false;
  std::vector<ParameterInfo> parameters;
};

// The registered methods, default first.
const std::vector<MethodInfo>& methods();
// nullptr when no method has that name.
const MethodInfo* find_method(std::string_view name);

// A method and its parameter settings.
struct MethodSpec {
  std::string name;                              // empty: the default method
  std::map<std::string, std::string> parameters; // NAME -> VALUE, as text; unset ones take their default
  // A model trained in this process (annals::train); when set it is used
  // instead of the `model` parameter.
  std::shared_ptr<const std::string> model;

  // Sets one parameter from "NAME=VALUE". Throws UsageError when there is no
  // '=' or NAME is set already (a repeat would hide one of the values).
  void set(std::string_view assignment);
  // {"method": NAME, "parameters": {NAME: VALUE, ...}}; values may be JSON
  // strings, numbers or booleans. Throws UsageError on anything else.
  static MethodSpec from_json(std::string_view json);
  std::string to_json() const;
};

// Throws UsageError when the method is unknown (naming the registered ones),
// a parameter is unknown (naming the method's), a value does not fit its type,
// range or choices, or the model named cannot be read or does not fit.
void validate(const MethodSpec& spec);

// {"methods": [{"name", "description", "supervised", "parameters":
// [{"name", "type", "default", "description"[, "choices"][, "minimum"][, "maximum"]}]}]}
std::string methods_json();

}  // namespace annals
