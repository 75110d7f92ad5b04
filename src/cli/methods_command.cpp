// annals methods: the registered methods and their parameters.
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "annals/method.h"
#include "commands.h"
#include "output.h"

namespace annals::cli {

namespace {

std::string bound_text(double bound) {
  std::ostringstream text;
  text << bound;
  return text.str();
}

void write_text(std::ostream& out) {
  bool first = true;
  for (const MethodInfo& info : methods()) {
    out << (first ? "" : "\n") << info.name << (first ? " (default)" : "")
              << (info.supervised ? " [supervised]" : "") << "\n  " << info.description << '\n';
    first = false;
    for (const ParameterInfo& p : info.parameters) {
      out << "    " << p.name << " (" << p.type;
      // "integer 1..1000", "number 0..1", "integer 1.." when unbounded above.
      if (p.minimum || p.maximum)
        out << ' ' << (p.minimum ? bound_text(*p.minimum) : "") << ".." << (p.maximum ? bound_text(*p.maximum) : "");
      if (!p.choices.empty()) {
        out << ':';
        for (std::size_t i = 0; i < p.choices.size(); ++i) out << (i ? "|" : " ") << p.choices[i];
      }
      out << ", default " << (p.default_value.empty() ? "none" : p.default_value) << "): " << p.description
                << '\n';
    }
  }
}

}  // namespace

void register_methods_command(CLI::App& app, int& exit_code) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* command = app.add_subcommand("methods", "List the timeline methods and their parameters");
  command->add_option("--format", *format, "text or json")->capture_default_str();
  command->callback([format, &exit_code] {
    if (*format != "json" && *format != "text") {
      std::fprintf(stderr, "annals methods: unknown --format '%s' (expected text or json)\n", format->c_str());
      exit_code = 2;
      return;
    }
    bool written = write_output("", [&](std::ostream& out) {
      if (*format == "json")
        out << methods_json();
      else
        write_text(out);
    }, "annals methods");
    exit_code = written ? 0 : 2;
  });
}

}  // namespace annals::cli
