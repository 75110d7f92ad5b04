#include "annals/date_model.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace annals {

double DateModel::score(std::span<const double> row) const {
  double s = bias;
  for (std::size_t i = 0; i < weights.size() && i < row.size(); ++i) s += weights[i] * row[i];
  return s;
}

std::string DateModel::to_json() const {
  nlohmann::ordered_json j;
  j["features"] = features;
  j["weights"] = weights;
  j["bias"] = bias;
  j["trained_on"] = trained_on;
  return j.dump(2) + "\n";
}

DateModel DateModel::parse_json(std::string_view text) {
  DateModel model;
  try {
    auto j = nlohmann::json::parse(text);
    model.features = j.at("features").get<std::vector<std::string>>();
    model.weights = j.at("weights").get<std::vector<double>>();
    model.bias = j.at("bias").get<double>();
    model.trained_on = j.value("trained_on", "");
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("date model: ") + e.what());
  }
  if (model.features.size() != model.weights.size())
    throw std::runtime_error("date model: " + std::to_string(model.features.size()) + " features but " +
                             std::to_string(model.weights.size()) + " weights");
  return model;
}

DateModel DateModel::read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read date model " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  try {
    return parse_json(text.str());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(path.string() + ": " + e.what());
  }
}

void DateModel::write(const std::filesystem::path& path) const {
  std::ofstream out(path, std::ios::binary);
  out << to_json();
  if (!out) throw std::runtime_error("cannot write date model " + path.string());
}

}  // namespace annals
