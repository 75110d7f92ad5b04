#include "method_options.h"

#include "annals/error.h"

namespace annals::cli {

void add_method_options(CLI::App& command, MethodOptions& options) {
  command.add_option("--param", options.params,
                     "Method parameter NAME=VALUE (repeatable); `annals methods` lists each method's")
      ->allow_extra_args(false);
  command.add_option("--date-model", options.date_model,
                     "Date model for supervised methods (from `annals train`); same as --param model=FILE")
      ->check(CLI::ExistingFile);
}

namespace {

bool declares(const MethodInfo& info, const std::string& name) {
  for (const ParameterInfo& p : info.parameters)
    if (p.name == name) return true;
  return false;
}

}  // namespace

MethodSpec method_spec(const std::string& method, const MethodOptions& options, bool only_declared) {
  MethodSpec spec;
  spec.name = method;
  const MethodInfo* info = find_method(method);
  MethodSpec all;
  for (const std::string& assignment : options.params) all.set(assignment);  // refuses a repeat
  for (auto& [name, value] : all.parameters)
    if (!only_declared || !info || declares(*info, name)) spec.parameters[name] = value;
  if (!options.date_model.empty()) {
    if (info && !info->supervised && !only_declared)
      throw UsageError("--date-model: method " + method + " is not supervised and takes no date model");
    if (!info || info->supervised) spec.parameters["model"] = options.date_model;
  }
  validate(spec);
  return spec;
}

void check_params_declared(const std::vector<std::string>& methods, const MethodOptions& options) {
  for (const std::string& assignment : options.params) {
    MethodSpec one;
    one.set(assignment);
    const std::string& name = one.parameters.begin()->first;
    bool declared = false;
    for (const std::string& method : methods)
      if (const MethodInfo* info = find_method(method)) declared = declared || declares(*info, name);
    if (!declared) throw UsageError("--param " + name + ": none of the methods run has a parameter of that name");
  }
}

}  // namespace annals::cli
