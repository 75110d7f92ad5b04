// The options that choose a method and set its parameters, shared by
// `timeline`, `bench` and `train`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "annals/method.h"

namespace annals::cli {

struct MethodOptions {
  std::vector<std::string> params;  // NAME=VALUE, repeatable
  std::string date_model;           // --date-model FILE: the `model` parameter of supervised methods
};

// Adds --param and --date-model to `command`.
void add_method_options(CLI::App& command, MethodOptions& options);

// The spec of `method` with the options applied. With `only_declared` (a
// run of several methods) a --param goes to the methods that declare it and
// --date-model to the supervised ones; otherwise each must fit the method.
// Throws UsageError naming what does not fit.
MethodSpec method_spec(const std::string& method, const MethodOptions& options, bool only_declared = false);

// For a run of several methods: throws UsageError when a --param names a
// parameter that none of them declares.
void check_params_declared(const std::vector<std::string>& methods, const MethodOptions& options);

}  // namespace annals::cli
