// annals.evaluate's engine side: timelines from files, dicts or annals
// timelines, tilse's metrics with the GIL released, results as
// `annals eval --format json` prints them.
#include <map>
#include <mutex>

#include "annals/error.h"
#include "annals/eval/metrics.h"
#include "annals/eval/report.h"
#include "annals/eval/rouge_data.h"
#include "annals/eval/timeline_file.h"
#include "bindings.h"

namespace annals::python {

namespace {

// Loading the ROUGE data (the WordNet exception table) costs more than
// scoring a timeline, and the evaluator caches stemmed tokens across calls:
// both are kept per data folder. The evaluator is not thread-safe, hence the lock.
struct ScoringContext {
  eval::RougeData data;
  eval::Evaluator evaluator{data};
  std::mutex lock;

  explicit ScoringContext(eval::RougeData loaded) : data(std::move(loaded)) {}
};

ScoringContext& scoring_context(const std::optional<std::string>& folder) {
  static std::mutex contexts_lock;
  static std::map<std::string, std::unique_ptr<ScoringContext>> contexts;
  std::optional<std::filesystem::path> dir;
  if (folder) dir = *folder;
  const char* env = std::getenv(eval::kRougeDataEnv);
  std::string key = folder ? *folder : std::string("$") + (env ? env : "");
  std::lock_guard guard(contexts_lock);
  auto& context = contexts[key];
  if (!context) {
    eval::RougeDataResult result = eval::find_rouge_data(dir);
    if (!result.data) throw UsageError(result.error);
    context = std::make_unique<ScoringContext>(std::move(*result.data));
  }
  return *context;
}

eval::TextTimeline from_mapping(py::handle mapping) {
  eval::TextTimeline timeline;
  for (auto [key, sentences] : py::reinterpret_borrow<py::dict>(mapping)) {
    Date date;
    if (!date_from_python(key.ptr(), date))
      throw UsageError("timeline keys must be datetime.date or 'YYYY-MM-DD', got " + py::repr(key).cast<std::string>());
    if (py::isinstance<py::str>(sentences))
      throw UsageError("the summary of " + date.to_string() + " must be a list of sentences, not a str");
    timeline.dates[date] = sentences.cast<std::vector<std::string>>();
  }
  return timeline;
}

eval::TextTimeline from_file(const std::string& path, std::vector<std::string>& warnings) {
  eval::TimelineParse parse;
  try {
    parse = eval::read_tilse_timeline(path);
  } catch (const std::runtime_error& e) {
    throw IoError(e.what());
  }
  // The reader's warnings already name the file and line.
  for (const std::string& warning : parse.warnings) warnings.push_back(warning);
  if (parse.timeline.empty())
    throw UsageError(path + ": no dated summary found (expected tilse's format: a YYYY-MM-DD line, "
                     "one sentence per line, a line of 32 '-')");
  return std::move(parse.timeline);
}

// A tilse-format file (str or os.PathLike), a dict {date: [sentences]}, an
// annals.Timeline, or anything with tilse's `dates_to_summaries` dict.
eval::TextTimeline text_timeline(py::handle source, std::vector<std::string>& warnings) {
  if (py::isinstance<TimelineHandle>(source)) return eval::text_timeline_of(*source.cast<const TimelineHandle&>().timeline);
  if (py::isinstance<py::dict>(source)) return from_mapping(source);
  if (py::hasattr(source, "dates_to_summaries")) return from_mapping(source.attr("dates_to_summaries"));
  if (py::isinstance<py::str>(source) || py::hasattr(source, "__fspath__")) return from_file(fspath(source), warnings);
  throw UsageError("a timeline is a tilse-format file path, a dict {date: [sentences]} or an annals.Timeline, got " +
                   py::repr(source.get_type()).cast<std::string>());
}

// Returns (scores as JSON text, warnings).
std::pair<std::string, std::vector<std::string>> evaluate(py::handle predicted, py::handle references,
                                                           const std::optional<std::string>& rouge_data) {
  std::vector<std::string> warnings;
  eval::TextTimeline pred = text_timeline(predicted, warnings);
  std::vector<eval::TextTimeline> refs;
  for (py::handle reference : references) refs.push_back(text_timeline(reference, warnings));
  if (refs.empty()) throw UsageError("evaluate needs at least one reference timeline");
  ScoringContext& context = scoring_context(rouge_data);
  py::gil_scoped_release release;
  std::lock_guard guard(context.lock);
  eval::TaskScores scores = context.evaluator.evaluate(pred, refs);
  warnings.insert(warnings.end(), scores.warnings.begin(), scores.warnings.end());
  return {eval::scores_to_json(scores), std::move(warnings)};
}

// tilse's Timeline.from_file rules, for annals.tilse: ({date: [sentences]}, warnings).
py::tuple parse_tilse(const std::string& text) {
  eval::TimelineParse parse = eval::parse_tilse_timeline(text);
  py::dict dates;
  for (const auto& [date, sentences] : parse.timeline.dates) dates[py::cast(date)] = py::cast(sentences);
  return py::make_tuple(dates, parse.warnings);
}

}  // namespace

void bind_evaluate(py::module_& m) {
  m.def("evaluate_json", &evaluate, py::arg("predicted"), py::arg("references"), py::arg("rouge_data") = py::none(),
        "Scores `predicted` against `references` with every tilse metric; returns (JSON text as "
        "`annals eval --format json` prints it, warnings).");
  m.def("parse_tilse", &parse_tilse, py::arg("text"),
        "Parses tilse's timeline text format as tilse's Timeline.from_file does; returns ({date: [sentences]}, warnings).");
}

}  // namespace annals::python
