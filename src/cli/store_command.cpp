// annals store info|export|delete|check FILE : look after a store.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "annals/store.h"
#include "commands.h"

namespace annals::cli {

namespace {

struct StoreCommandOptions {
  std::string file;
  // One per subcommand: CLI11 writes an option's default when it is declared.
  std::string info_format = "text";
  std::string export_format = "jsonl";
  std::string output;
  std::string id;
  std::string before;
};

std::string date_or_null(const std::optional<Date>& d) { return d ? d->to_string() : "null"; }

int info(const StoreCommandOptions& options) {
  StoreInfo info = Store::open(options.file, Store::Mode::kReadOnly).info();
  if (options.info_format == "json") {
    std::cout << to_json(info);
    return 0;
  }
  if (options.info_format != "text") {
    std::fprintf(stderr, "annals: unknown --format '%s' (expected text or json)\n", options.info_format.c_str());
    return 2;
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
  };
  std::printf("articles: %zu\nschema version: %d\nlanguages: %s\noutlets: %s\ndates: %s to %s\nbytes: %llu\n",
              info.articles, info.schema_version, join(info.languages).c_str(), join(info.outlets).c_str(),
              date_or_null(info.first_date).c_str(), date_or_null(info.last_date).c_str(),
              static_cast<unsigned long long>(info.bytes));
  return 0;
}

// One article as the JSON Lines reader reads it back (annals ingest).
std::string export_line(const Article& a) {
  nlohmann::ordered_json line = {{"id", a.id},   {"date", a.published.to_string() + (a.time ? "T" + *a.time : "")},
                                 {"title", a.title}, {"text", a.text}, {"url", a.url}, {"source", a.outlet},
                                 {"language", a.language}};
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int export_jsonl(const StoreCommandOptions& options) {
  if (options.export_format != "jsonl") {
    std::fprintf(stderr, "annals: store export writes --format jsonl (got '%s')\n", options.export_format.c_str());
    return 2;
  }
  Store store = Store::open(options.file, Store::Mode::kReadOnly);
  std::ofstream file;
  if (!options.output.empty()) file.open(options.output, std::ios::binary);
  std::ostream& out = options.output.empty() ? std::cout : file;
  std::size_t sentence_per_line = 0;
  store.for_each([&](const AnalyzedArticle& r) {
    out << export_line(r.article) << '\n';
    sentence_per_line += r.article.sentence_per_line;
  });
  out.flush();
  if (!out) {
    std::fprintf(stderr, "annals: cannot write '%s'\n", options.output.empty() ? "stdout" : options.output.c_str());
    return 2;
  }
  if (sentence_per_line > 0)
    std::fprintf(stderr, "annals: %zu article(s) had one sentence per line (dataset folders); JSON Lines keeps their "
                 "text, and a new ingest splits it into sentences again\n", sentence_per_line);
  return 0;
}

int remove(const StoreCommandOptions& options) {
  if (options.id.empty() == options.before.empty()) {
    std::fprintf(stderr, "annals: store delete needs exactly one of --id ID or --before DATE\n");
    return 2;
  }
  std::optional<Date> before;
  if (!options.before.empty() && !(before = Date::parse_iso(options.before))) {
    std::fprintf(stderr, "annals: --before expects a date YYYY-MM-DD, got '%s'\n", options.before.c_str());
    return 2;
  }
  Store store = Store::open(options.file, Store::Mode::kReadWrite);
  std::size_t n = before ? store.remove_before(*before) : store.remove(options.id);
  std::fprintf(stderr, "annals: deleted %zu article(s)\n", n);
  return 0;
}

int check(const StoreCommandOptions& options) {
  CheckReport report = Store::open(options.file, Store::Mode::kReadOnly).check();
  for (const std::string& problem : report.problems) std::fprintf(stderr, "annals: %s\n", problem.c_str());
  std::printf("%s: %zu record(s) decoded, %zu problem(s)\n", report.ok ? "ok" : "damaged", report.records,
              report.problems.size());
  return report.ok ? 0 : 1;
}

// Every store problem (cannot open, newer schema, read-only, full disk) is exit code 2.
void guarded(int (*action)(const StoreCommandOptions&), const StoreCommandOptions& options, int& exit_code) {
  try {
    exit_code = action(options);
  } catch (const Error& e) {
    std::fprintf(stderr, "annals: %s\n", e.what());
    exit_code = 2;
  }
}

}  // namespace

void register_store_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<StoreCommandOptions>();
  CLI::App* command = app.add_subcommand("store", "Look after a store written by annals ingest");
  command->require_subcommand(1);
  auto add = [&](const char* name, const char* help, int (*action)(const StoreCommandOptions&)) {
    CLI::App* sub = command->add_subcommand(name, help);
    sub->add_option("FILE", options->file, "The store file")->required();
    sub->callback([options, action, &exit_code] { guarded(action, *options, exit_code); });
    return sub;
  };
  add("info", "Articles, languages, outlets, dates, size and schema version", info)
      ->add_option("--format", options->info_format, "text or json")
      ->capture_default_str();
  CLI::App* exporter = add("export", "Write every article as JSON Lines (annals ingest reads it back)", export_jsonl);
  exporter->add_option("--format", options->export_format, "jsonl")->capture_default_str();
  exporter->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  CLI::App* deleter = add("delete", "Delete one article by id, or every article published before a date", remove);
  deleter->add_option("--id", options->id, "The article id");
  deleter->add_option("--before", options->before, "Delete articles published before this date (YYYY-MM-DD)");
  add("check", "Run SQLite's integrity check and decode every record (exit 1 when damaged)", check);
}

}  // namespace annals::cli
