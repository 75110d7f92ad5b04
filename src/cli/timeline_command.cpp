// annals timeline INPUT... : the main job.
#include <cstdio>
#include <memory>

#include "annals/engine.h"
#include "annals/error.h"
#include "annals/store.h"
#include "annals/writer.h"
#include "commands.h"
#include "input.h"
#include "method_options.h"
#include "output.h"

namespace annals::cli {

namespace {

struct TimelineOptions {
  InputOptions input;
  MethodOptions method_options;
  std::vector<std::string> query;
  std::size_t dates = 10;
  std::size_t sentences = 2;
  std::string from, to;
  std::string format = "text";
  std::string output;
  std::string method;
  bool no_sources = false;
  bool keep_boilerplate = false;
  std::string store;  // read analysed articles from this store instead of INPUT
};

// What story detection did, so that a reader of the timeline knows that
// copies were (or were not) counted once.
void report_stories(const Timeline& timeline) {
  if (timeline.story_copies == 0) return;
  const char* copies = timeline.story_copies == 1 ? "copy" : "copies";
  const char* stories = timeline.stories_with_copies == 1 ? "story" : "stories";
  if (timeline.copies_merged)
    std::fprintf(stderr, "annals: merged %zu syndicated %s into %zu %s\n", timeline.story_copies, copies,
                 timeline.stories_with_copies, stories);
  else
    std::fprintf(stderr, "annals: found %zu syndicated %s of %zu %s, not merged (merge_copies=false)\n",
                 timeline.story_copies, copies, timeline.stories_with_copies, stories);
}

// Like the reader comments left out at analysis: what the request's corpus
// left out, and the switch that keeps it.
void report_boilerplate(const Timeline& timeline) {
  if (timeline.boilerplate.sentences == 0) return;
  std::fprintf(stderr, "annals: left out %zu sentence(s) of boilerplate in %zu article(s); --keep-boilerplate keeps them\n",
               timeline.boilerplate.sentences, timeline.boilerplate.articles);
}

std::vector<std::string> split_commas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    std::size_t start = 0;
    for (std::size_t comma; (comma = value.find(',', start)) != std::string::npos; start = comma + 1)
      out.push_back(value.substr(start, comma - start));
    out.push_back(value.substr(start));
  }
  return out;
}

bool parse_day(const std::string& text, const char* flag, std::optional<Date>& out) {
  if (text.empty()) return true;
  out = Date::parse_iso(text);
  if (!out) std::fprintf(stderr, "annals: %s expects a date YYYY-MM-DD, got '%s'\n", flag, text.c_str());
  return out.has_value();
}

// The articles of the request from a store: those published inside the
// window and, with keywords, those with a sentence containing one; nothing
// is analysed again.
std::optional<LoadedArticles> load_from_store(const TimelineOptions& options, const TimelineRequest& request) {
  LoadedArticles loaded{Engine({.threads = options.input.threads})};
  try {
    Store store = Store::open(options.store, Store::Mode::kReadOnly);
    loaded.engine.add(store.select(request.window, request.keywords));
  } catch (const Error& e) {
    std::fprintf(stderr, "annals: %s\n", e.what());
    return std::nullopt;
  }
  if (loaded.engine.size() == 0) {
    std::fprintf(stderr, "annals: no articles in the store match the request\n");
    return std::nullopt;
  }
  return loaded;
}

int run(const TimelineOptions& options) {
  if (options.store.empty() == options.input.paths.empty()) {
    std::fprintf(stderr, "annals: give either INPUT... or --store FILE\n");
    return 2;
  }
  TimelineRequest request;
  request.dates = options.dates;
  request.sentences = options.sentences;
  request.keywords = fold_keywords(split_commas(options.query));
  request.keep_boilerplate = options.keep_boilerplate;
  OutputFormat format;
  if (!parse_output_format(options.format, format)) {
    std::fprintf(stderr, "annals: unknown --format '%s' (expected text, tilse, json, markdown, html, timelinejs, csv)\n",
                 options.format.c_str());
    return 2;
  }
  if (!parse_day(options.from, "--from", request.window.from) || !parse_day(options.to, "--to", request.window.to))
    return 2;
  if (request.window.from && request.window.to && *request.window.to < *request.window.from) {
    std::fprintf(stderr, "annals: --from %s is after --to %s\n", options.from.c_str(), options.to.c_str());
    return 2;
  }
  MethodSpec spec;
  try {
    spec = method_spec(options.method, options.method_options);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "annals: %s\n", e.what());
    return 2;
  }

  auto loaded = options.store.empty() ? load_articles(options.input, request.window)
                                      : load_from_store(options, request);
  if (!loaded) return 2;

  Timeline timeline = loaded->engine.timeline(request, spec);
  if (!options.input.quiet) {
    report_boilerplate(timeline);
    report_stories(timeline);
  }
  WriterOptions writer;
  writer.sources = !options.no_sources;
  if (!write_output(options.output, [&](std::ostream& out) { write_timeline(out, timeline, format, writer); },
                    "annals"))
    return 2;
  if (timeline.entries.empty() && !options.input.quiet)
    std::fprintf(stderr, "annals: no sentence matched; the timeline is empty%s\n",
                 request.keywords.empty() ? "" : " (check --query)");
  else if (timeline.entries.size() < request.dates && !options.input.quiet)
    std::fprintf(stderr, "annals: %zu of the %zu dates asked for: no other day has a sentence the method admits%s\n",
                 timeline.entries.size(), request.dates, request.keywords.empty() ? "" : " with a --query keyword");
  return loaded->had_errors ? 1 : 0;
}

}  // namespace

void register_timeline_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TimelineOptions>();
  options->method = methods().front().name;
  CLI::App* command = app.add_subcommand("timeline", "Build a dated timeline summary from news articles");
  add_input_options(*command, options->input);
  // INPUT is not needed when the articles come from a store.
  command->get_option("INPUT")->required(false);
  command->add_option("--store", options->store,
                      "Read analysed articles from this store (annals ingest) instead of INPUT; with --query only "
                      "articles with a sentence containing a keyword are used");
  // One argument per --query, split at commas here: CLI11's own splitting
  // takes the next argument when a value splits into nothing (`--query ,`).
  command->add_option("--query", options->query,
                      "Keywords, comma-separated (repeatable); every summary sentence must contain one (case-insensitive)")
      ->allow_extra_args(false);
  command->add_option("--dates", options->dates, "Number of dates (L), 1 to " + std::to_string(kMaxDates))
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, kMaxDates));
  command->add_option("--sentences", options->sentences, "Sentences per date (K), 1 to " + std::to_string(kMaxSentences))
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, kMaxSentences));
  command->add_option("--from", options->from, "Use only articles published on or after this date (YYYY-MM-DD)");
  command->add_option("--to", options->to, "Use only articles published on or before this date (YYYY-MM-DD)");
  command->add_option("--format", options->format, "text, tilse, json, markdown, html, timelinejs or csv")->capture_default_str();
  command->add_flag("--no-sources", options->no_sources,
                    "Text output: the sentences alone, without \" — Outlet (also: ...)\"");
  command->add_option("-o,--output", options->output, "Write the timeline to this file instead of stdout");
  command->add_flag("--keep-boilerplate", options->keep_boilerplate, kKeepBoilerplateHelp);
  std::string method_help = "Timeline method (`annals methods` lists them with their parameters):";
  for (const auto& m : methods()) method_help += "\n  " + m.name + ": " + m.description;
  command->add_option("--method", options->method, method_help)->capture_default_str();
  add_method_options(*command, options->method_options);
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
