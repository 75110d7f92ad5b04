// annals train: fit the supervised date ranker on benchmark reference timelines.
#include <cstdio>
#include <memory>

#include "benchmark/method_configs.h"
#include "benchmark/topics_file.h"
#include "cli/commands.h"
#include "cli/input.h"

namespace annals::cli {

namespace {

struct TrainOptions {
  std::string topics;
  std::string dataset;
  std::string topic;
  std::string output;
  int extend_days = 0;
  unsigned threads = 0;
  bool keep_comments = false;
};

int run(const TrainOptions& options) {
  Diagnostics diagnostics;
  std::vector<benchmark::Topic> topics = benchmark::read_topics_file(options.topics, diagnostics);
  benchmark::filter_topics(topics, options.dataset, options.topic);
  benchmark::StageTiming timing;
  std::vector<benchmark::PreparedTopic> prepared =
      topics.empty() ? std::vector<benchmark::PreparedTopic>{}
                     : benchmark::prepare_topics(topics,
                                                {.extend_days = options.extend_days,
                                                 .threads = options.threads,
                                                 .keep_reader_comments = options.keep_comments},
                                                diagnostics, timing);
  for (const Diagnostic& d : diagnostics.all())
    if (d.severity == Diagnostic::Severity::kError) std::fprintf(stderr, "%s\n", d.to_string().c_str());
  if (prepared.empty()) {
    std::fprintf(stderr, "annals train: no topic with articles and a reference timeline in '%s'\n",
                 options.topics.c_str());
    return 2;
  }
  std::string names;
  std::size_t tasks = 0;
  for (const auto& p : prepared) {
    names += (names.empty() ? "" : ",") + p.topic->dataset + "/" + p.topic->name;
    tasks += p.tasks.size();
  }
  try {
    auto model = benchmark::train_date_model_on(prepared, nullptr, "annals train on " + names);
    model->write(options.output);
    std::fprintf(stderr, "annals train: date model from %zu reference timeline(s) of %s written to %s\n", tasks,
                 names.c_str(), options.output.c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "annals train: %s\n", e.what());
    return 2;
  }
  return diagnostics.has_errors() ? 1 : 0;
}

}  // namespace

void register_train_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TrainOptions>();
  CLI::App* command = app.add_subcommand(
      "train", "Train the supervised date ranker (method datewise) on topics with reference timelines");
  command->add_option("--topics", options->topics, "Topics file (dataset, topic, language, folders, keywords)")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--dataset", options->dataset, "Only topics of this dataset");
  command->add_option("--topic", options->topic, "Only this topic");
  command->add_option("-o,--output", options->output, "Where to write the model (JSON)")->required();
  command->add_option("--extend-days", options->extend_days, "Widen each reference's window by N days each side")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  command->add_option("--threads", options->threads, "Analysis threads (0: all cores)")->capture_default_str();
  command->add_flag("--keep-comments", options->keep_comments, kKeepCommentsHelp);
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
