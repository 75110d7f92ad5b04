// annals methods: the registered methods and their parameters.
#include <cstdio>
#include <iostream>
#include <memory>

#include "annals/method.h"
#include "commands.h"

namespace annals::cli {

namespace {

void write_text() {
  bool first = true;
  for (const MethodInfo& info : methods()) {
    std::cout << (first ? "" : "\n") << info.name << (first ? " (default)" : "")
              << (info.supervised ? " [supervised]" : "") << "\n  " << info.description << '\n';
    first = false;
    for (const ParameterInfo& p : info.parameters) {
      std::cout << "    " << p.name << " (" << p.type;
      if (!p.choices.empty()) {
        std::cout << ':';
        for (std::size_t i = 0; i < p.choices.size(); ++i) std::cout << (i ? "|" : " ") << p.choices[i];
      }
      std::cout << ", default " << (p.default_value.empty() ? "none" : p.default_value) << "): " << p.description
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
    if (*format == "json") {
      std::cout << methods_json();
    } else if (*format == "text") {
      write_text();
    } else {
      std::fprintf(stderr, "annals methods: unknown --format '%s' (expected text or json)\n", format->c_str());
      exit_code = 2;
      return;
    }
    std::cout.flush();
    exit_code = 0;
  });
}

}  // namespace annals::cli
