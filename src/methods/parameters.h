// Named method parameters: their types, defaults and one-line descriptions,
// and the values a MethodSpec gives them.
#pragma once

#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "annals/method.h"

namespace annals::tls {

// Declared once per method with their defaults (the schema), then copied
// with the caller's values filled in (with()). Methods read values by name;
// asking for an undeclared name is a programming error (std::logic_error).
class Parameters {
 public:
  static constexpr double kUnbounded = std::numeric_limits<double>::infinity();

  Parameters& integer(std::string name, long value, long min, long max, std::string description);
  Parameters& number(std::string name, double value, double min, double max, std::string description);
  Parameters& boolean(std::string name, bool value, std::string description);
  Parameters& choice(std::string name, std::string value, std::vector<std::string> choices, std::string description);
  // A file; "" stands for the default the description names.
  Parameters& path(std::string name, std::string description);

  // These parameters with `given` (NAME -> VALUE text) parsed over the
  // defaults. Throws UsageError naming `method` and the valid names, types,
  // ranges or choices when a name or value does not fit.
  Parameters with(const std::map<std::string, std::string>& given, std::string_view method) const;

  long get_integer(std::string_view name) const;
  double get_number(std::string_view name) const;
  bool get_boolean(std::string_view name) const;
  const std::string& get_text(std::string_view name) const;  // choice or path

  std::vector<ParameterInfo> infos() const;

 private:
  using Value = std::variant<long, double, bool, std::string>;
  struct Slot {
    ParameterInfo info;
    Value value;
    double min = -kUnbounded, max = kUnbounded;
  };
  Parameters& add(Slot slot);
  const Slot& slot(std::string_view name) const;
  Value parse(const Slot& slot, const std::string& text, std::string_view method) const;

  std::vector<Slot> slots_;
};

}  // namespace annals::tls
