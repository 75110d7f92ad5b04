// annals train: fit a supervised method's model on benchmark reference timelines.
#include <cstdio>
#include <memory>

#include "annals/benchmark.h"
#include "annals/error.h"
#include "commands.h"
#include "input.h"
#include "method_options.h"
#include "output.h"

namespace annals::cli {

namespace {

struct TrainOptions {
  std::string topics;
  std::string dataset;
  std::string topic;
  std::string method = "datewise";
  MethodOptions method_options;
  std::string output;
  int extend_days = 0;
  unsigned threads = 0;
  bool keep_comments = false;
  bool keep_boilerplate = false;
  bool quiet = false;
};

int run(const TrainOptions& options) {
  MethodSpec spec;
  try {
    spec = method_spec(options.method, options.method_options);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "annals train: %s\n", e.what());
    return 2;
  }
  Diagnostics diagnostics;
  std::vector<benchmark::Topic> topics = benchmark::read_topics_file(options.topics, diagnostics);
  const std::vector<benchmark::Topic> all_topics = topics;
  benchmark::filter_topics(topics, options.dataset, options.topic);
  if (topics.empty()) {
    std::fprintf(stderr, "annals train: no topic in '%s' matches the --dataset/--topic filter; topics: %s\n",
                 options.topics.c_str(), benchmark::describe_topics(all_topics).c_str());
    return 2;
  }
  auto print_errors = [&] {
    for (const Diagnostic& d : diagnostics.all())
      if (d.severity == Diagnostic::Severity::kError) std::fprintf(stderr, "%s\n", d.to_string().c_str());
  };
  try {
    benchmark::TrainedModel model = benchmark::train_on_topics(
        spec, topics,
        {.extend_days = options.extend_days,
         .threads = options.threads,
         .keep_reader_comments = options.keep_comments,
         .keep_boilerplate = options.keep_boilerplate},
        diagnostics);
    print_errors();
    if (!write_output(options.output, [&](std::ostream& out) { out << model.json; }, "annals train")) return 2;
    if (!options.quiet)
      std::fprintf(stderr, "annals train: %s model from %zu reference timeline(s) of %s written to %s\n",
                   spec.name.c_str(), model.tasks, model.topics.c_str(), options.output.c_str());
  } catch (const Error& e) {
    print_errors();
    std::fprintf(stderr, "annals train: %s\n", e.what());
    return 2;
  }
  return diagnostics.has_errors() ? 1 : 0;
}

}  // namespace

void register_train_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TrainOptions>();
  CLI::App* command = app.add_subcommand(
      "train", "Train a supervised method (datewise by default) on topics with reference timelines");
  command->add_option("--topics", options->topics, "Topics file (dataset, topic, language, folders, keywords)")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dataset", options->dataset, "Only topics of this dataset");
  command->add_option("--topic", options->topic, "Only this topic");
  command->add_option("--method", options->method, "The supervised method to train")->capture_default_str();
  add_method_options(*command, options->method_options);
  command->add_option("-o,--output", options->output, "Where to write the model (JSON)")->required();
  command->add_option("--extend-days", options->extend_days, "Widen each reference's window by N days each side")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  command->add_option("--threads", options->threads, "Analysis threads (0: all cores)")->capture_default_str();
  command->add_flag("--keep-comments", options->keep_comments, kKeepCommentsHelp);
  command->add_flag("--keep-boilerplate", options->keep_boilerplate, kKeepBoilerplateHelp);
  command->add_flag("-q,--quiet", options->quiet, "No summary line on success (errors still shown)");
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
