// annals timeline INPUT... : the main job.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "annals/method.h"
#include "annals/writer.h"
#include "cli/commands.h"
#include "cli/date_model_option.h"
#include "cli/input.h"
#include "corpus/keyword_filter.h"

namespace annals::cli {

namespace {

struct TimelineOptions {
  InputOptions input;
  std::vector<std::string> query;
  std::size_t dates = 10;
  std::size_t sentences = 2;
  std::string from, to;
  std::string format = "text";
  std::string output;
  std::string method;
  std::string date_model;
};

bool parse_day(const std::string& text, const char* flag, std::optional<Date>& out) {
  if (text.empty()) return true;
  out = Date::parse_iso(text);
  if (!out) std::fprintf(stderr, "annals: %s expects a date YYYY-MM-DD, got '%s'\n", flag, text.c_str());
  return out.has_value();
}

int run(const TimelineOptions& options) {
  TimelineRequest request;
  request.dates = options.dates;
  request.sentences = options.sentences;
  request.keywords = tls::normalize_keywords(options.query);
  OutputFormat format;
  if (!parse_output_format(options.format, format)) {
    std::fprintf(stderr, "annals: unknown --format '%s' (expected text, tilse, json, markdown)\n",
                 options.format.c_str());
    return 2;
  }
  if (!parse_day(options.from, "--from", request.from) || !parse_day(options.to, "--to", request.to)) return 2;
  if (request.from && request.to && *request.to < *request.from) {
    std::fprintf(stderr, "annals: --from %s is after --to %s\n", options.from.c_str(), options.to.c_str());
    return 2;
  }
  MethodConfig config;
  if (!read_date_model_option(options.date_model, "annals", config.date_model)) return 2;
  std::unique_ptr<Method> method = make_method(options.method, config);
  if (!method) {
    std::fprintf(stderr, "annals: unknown --method '%s'; available:", options.method.c_str());
    for (const auto& m : methods()) std::fprintf(stderr, " %s", m.name.c_str());
    std::fprintf(stderr, "\n");
    return 2;
  }

  auto in_window = [&](const Article& a) {
    return !(request.from && a.published < *request.from) && !(request.to && a.published > *request.to);
  };
  auto loaded = load_corpus(options.input, in_window);
  if (!loaded) return 2;

  Timeline timeline = method->build(loaded->corpus, request);
  if (options.output.empty()) {
    write_timeline(std::cout, timeline, loaded->corpus, format);
    std::cout.flush();
  } else {
    std::ofstream file(options.output);
    write_timeline(file, timeline, loaded->corpus, format);
    file.close();
    if (!file) {
      std::fprintf(stderr, "annals: cannot write '%s'\n", options.output.c_str());
      return 2;
    }
  }
  if (timeline.entries.empty() && !options.input.quiet)
    std::fprintf(stderr, "annals: no sentence matched; the timeline is empty%s\n",
                 request.keywords.empty() ? "" : " (check --query)");
  return loaded->had_errors ? 1 : 0;
}

}  // namespace

void register_timeline_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TimelineOptions>();
  options->method = methods().front().name;
  CLI::App* command = app.add_subcommand("timeline", "Build a dated timeline summary from news articles");
  add_input_options(*command, options->input);
  command->add_option("--query", options->query, "Keywords; every summary sentence must contain one (case-insensitive)")
      ->delimiter(',');
  command->add_option("--dates", options->dates, "Number of dates (L)")->capture_default_str()->check(CLI::PositiveNumber);
  command->add_option("--sentences", options->sentences, "Sentences per date (K)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->add_option("--from", options->from, "Use only articles published on or after this date (YYYY-MM-DD)");
  command->add_option("--to", options->to, "Use only articles published on or before this date (YYYY-MM-DD)");
  command->add_option("--format", options->format, "text, tilse, json or markdown")->capture_default_str();
  command->add_option("-o,--output", options->output, "Write the timeline to this file instead of stdout");
  std::string method_help = "Timeline method:";
  for (const auto& m : methods()) method_help += "\n  " + m.name + ": " + m.description;
  command->add_option("--method", options->method, method_help)->capture_default_str();
  command->add_option("--date-model", options->date_model,
                      "Date model for supervised methods (from `annals train`); default: the shipped one")
      ->check(CLI::ExistingFile);
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
