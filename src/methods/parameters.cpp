#include "methods/parameters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "annals/error.h"

namespace annals::tls {

namespace {

std::string number_text(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::string range_text(double min, double max) {
  if (std::isinf(min) && std::isinf(max)) return "";
  if (std::isinf(max)) return " of at least " + number_text(min);
  if (std::isinf(min)) return " of at most " + number_text(max);
  return " from " + number_text(min) + " to " + number_text(max);
}

}  // namespace

Parameters& Parameters::add(Slot slot) {
  slots_.push_back(std::move(slot));
  return *this;
}

namespace {

// What `annals methods` says of a parameter; infos() adds the bounds.
ParameterInfo described(std::string name, std::string type, std::string default_value, std::string description,
                        std::vector<std::string> choices = {}) {
  ParameterInfo info;
  info.name = std::move(name);
  info.type = std::move(type);
  info.default_value = std::move(default_value);
  info.description = std::move(description);
  info.choices = std::move(choices);
  return info;
}

}  // namespace

Parameters& Parameters::integer(std::string name, long value, long min, long max, std::string description) {
  return add({described(std::move(name), "integer", std::to_string(value), std::move(description)), value,
              double(min), double(max)});
}

Parameters& Parameters::number(std::string name, double value, double min, double max, std::string description) {
  return add({described(std::move(name), "number", number_text(value), std::move(description)), value, min, max});
}

Parameters& Parameters::boolean(std::string name, bool value, std::string description) {
  return add({described(std::move(name), "boolean", value ? "true" : "false", std::move(description)), value});
}

Parameters& Parameters::choice(std::string name, std::string value, std::vector<std::string> choices,
                               std::string description) {
  return add({described(std::move(name), "choice", value, std::move(description), std::move(choices)), value});
}

Parameters& Parameters::path(std::string name, std::string description) {
  return add({described(std::move(name), "path", "", std::move(description)), std::string()});
}

Parameters::Value Parameters::parse(const Slot& slot, const std::string& text, std::string_view method) const {
  const ParameterInfo& info = slot.info;
  auto invalid = [&](const std::string& expected) {
    return UsageError("method " + std::string(method) + ": parameter " + info.name + " expects " + expected +
                      ", got '" + text + "'");
  };
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (info.type == "integer") {
    long value = 0;
    auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || value < slot.min || value > slot.max)
      throw invalid("a whole number" + range_text(slot.min, slot.max));
    return value;
  }
  if (info.type == "number") {
    double value = 0;
    auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end || !std::isfinite(value) || value < slot.min || value > slot.max)
      throw invalid("a number" + range_text(slot.min, slot.max));
    return value;
  }
  if (info.type == "boolean") {
    if (text == "true" || text == "1" || text == "yes") return true;
    if (text == "false" || text == "0" || text == "no") return false;
    throw invalid("true or false");
  }
  if (info.type == "choice" && std::find(info.choices.begin(), info.choices.end(), text) == info.choices.end())
    throw invalid("one of " + joined(info.choices));
  return text;
}

Parameters Parameters::with(const std::map<std::string, std::string>& given, std::string_view method) const {
  Parameters out = *this;
  for (const auto& [name, text] : given) {
    // (clang 14, which builds the fuzzers, cannot capture a structured binding)
    auto it = std::find_if(out.slots_.begin(), out.slots_.end(), [&key = name](const Slot& s) { return s.info.name == key; });
    if (it == out.slots_.end()) {
      std::vector<std::string> names;
      for (const Slot& s : slots_) names.push_back(s.info.name);
      throw UsageError("method " + std::string(method) + " has no parameter '" + name + "'" +
                       (names.empty() ? " (it takes none)" : "; its parameters: " + joined(names)));
    }
    it->value = parse(*it, text, method);
  }
  return out;
}

const Parameters::Slot& Parameters::slot(std::string_view name) const {
  for (const Slot& s : slots_)
    if (s.info.name == name) return s;
  throw std::logic_error("undeclared parameter " + std::string(name));
}

long Parameters::get_integer(std::string_view name) const { return std::get<long>(slot(name).value); }
double Parameters::get_number(std::string_view name) const { return std::get<double>(slot(name).value); }
bool Parameters::get_boolean(std::string_view name) const { return std::get<bool>(slot(name).value); }
const std::string& Parameters::get_text(std::string_view name) const {
  return std::get<std::string>(slot(name).value);
}

std::vector<ParameterInfo> Parameters::infos() const {
  std::vector<ParameterInfo> out;
  for (const Slot& s : slots_) {
    ParameterInfo& info = out.emplace_back(s.info);
    if (!std::isinf(s.min)) info.minimum = s.min;
    if (!std::isinf(s.max)) info.maximum = s.max;
  }
  return out;
}

}  // namespace annals::tls
