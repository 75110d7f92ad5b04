// The learned part of supervised date ranking: a linear model over date
// statistics (see src/tls/date_features.h for what each feature counts).
#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace annals {

struct DateModel {
  std::vector<std::string> features;  // feature names, in the order of `weights`
  std::vector<double> weights;
  double bias = 0;
  std::string trained_on;  // free text for people: data and settings it was fitted on

  // Linear score w·x + b of one feature row (in `features` order). Ranking by
  // it equals ranking by the logistic probability, which is monotone in it.
  double score(std::span<const double> row) const;

  // JSON: {"features": [...], "weights": [...], "bias": b, "trained_on": "..."}.
  // parse_json throws std::runtime_error on malformed input or mismatched sizes.
  std::string to_json() const;
  static DateModel parse_json(std::string_view text);
  static DateModel read(const std::filesystem::path& path);  // throws std::runtime_error
  void write(const std::filesystem::path& path) const;       // throws std::runtime_error
};

// The model shipped in models/datewise-t17-dev.json, compiled into the library
// at build time so that it needs no file at run time.
std::shared_ptr<const DateModel> default_date_model();

// The model of the `annals` method (its own date features), shipped in
// models/annals-t17-dev.json and compiled in the same way.
std::shared_ptr<const DateModel> annals_date_model();

}  // namespace annals
