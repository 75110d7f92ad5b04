// annals.Corpus: an engine holding analysed articles, and the timelines it
// builds. The GIL is released while the engine reads, analyses and builds,
// so Python threads can ask for timelines in parallel.
#include "annals/error.h"
#include "annals/loader.h"
#include "bindings.h"

namespace annals::python {

std::vector<std::string> input_paths(py::handle paths) {
  if (py::isinstance<py::str>(paths) || py::hasattr(paths, "__fspath__")) return {fspath(paths)};
  std::vector<std::string> inputs;
  for (py::handle path : paths) inputs.push_back(fspath(path));
  return inputs;
}

LoadOptions load_options(const std::string& input_format, const std::string& language) {
  LoadOptions options;
  if (!parse_input_format(input_format, options.format))
    throw UsageError("unknown input_format '" + input_format + "' (expected auto, jsonl, dataset, csv, text)");
  options.default_language = language;
  return options;
}

// --query semantics: a string is a comma-separated list, like the flag's.
std::vector<std::string> keywords(py::handle query) {
  if (query.is_none()) return {};
  std::vector<std::string> words;
  if (py::isinstance<py::str>(query)) {
    std::string text = query.cast<std::string>();
    for (std::size_t start = 0; start <= text.size();) {
      std::size_t comma = std::min(text.find(',', start), text.size());
      words.push_back(text.substr(start, comma - start));
      start = comma + 1;
    }
  } else {
    for (py::handle word : query) words.push_back(py::str(word).cast<std::string>());
  }
  return fold_keywords(words);
}

// Parameters reach the method as the command line's --param text: str(value),
// booleans as "true"/"false" (Python's str(True) is "True").
MethodSpec method_spec(const std::optional<std::string>& method, const py::kwargs& params) {
  MethodSpec spec;
  if (method) spec.name = *method;
  for (auto [name, value] : params) {
    std::string text = py::isinstance<py::bool_>(value) ? (value.cast<bool>() ? "true" : "false")
                                                         : py::str(value).cast<std::string>();
    spec.parameters[name.cast<std::string>()] = text;
  }
  return spec;
}

TimelineRequest timeline_request(py::handle query, long dates, long sentences, std::optional<Date> start,
                                 std::optional<Date> end, bool keep_boilerplate) {
  if (dates < 1) throw UsageError("dates must be at least 1, got " + std::to_string(dates));
  if (sentences < 1) throw UsageError("sentences must be at least 1, got " + std::to_string(sentences));
  if (start && end && *end < *start)
    throw UsageError("start " + start->to_string() + " is after end " + end->to_string());
  TimelineRequest r;
  r.dates = static_cast<std::size_t>(dates);
  r.sentences = static_cast<std::size_t>(sentences);
  r.keywords = keywords(query);
  r.window = {start, end};
  r.keep_boilerplate = keep_boilerplate;
  return r;
}

namespace {

LoadedCorpus load(py::handle paths, const std::string& input_format, const std::string& language,
                  bool keep_comments, unsigned threads) {
  FileSource source(input_paths(paths), load_options(input_format, language));
  LoadedCorpus corpus{std::make_shared<Engine>(EngineOptions{threads, keep_comments}), {}};
  py::gil_scoped_release release;
  corpus.report = corpus.engine->add(source);
  return corpus;
}

LoadedCorpus from_articles(std::vector<Article> articles, bool keep_comments, unsigned threads) {
  LoadedCorpus corpus{std::make_shared<Engine>(EngineOptions{threads, keep_comments}), {}};
  py::gil_scoped_release release;
  corpus.report = corpus.engine->add(std::move(articles));
  return corpus;
}

TimelineHandle build_timeline(const LoadedCorpus& corpus, py::handle query, long dates, long sentences,
                              std::optional<Date> start, std::optional<Date> end,
                              const std::optional<std::string>& method, bool keep_boilerplate,
                              const py::kwargs& params) {
  TimelineRequest r = timeline_request(query, dates, sentences, start, end, keep_boilerplate);
  MethodSpec spec = method_spec(method, params);
  py::gil_scoped_release release;
  return TimelineHandle{std::make_shared<const Timeline>(corpus.engine->timeline(r, spec))};
}

py::list article_views(const LoadedCorpus& corpus) {
  py::list views;
  for (std::size_t i = 0; i < corpus.engine->size(); ++i) views.append(article_view(corpus.engine, i));
  return views;
}

const char* kTimelineDoc =
    "Builds a timeline of `dates` dates with `sentences` sentences each.\n\n"
    "query: keywords (list, or a comma-separated str); every summary sentence contains one.\n"
    "start, end: datetime.date or 'YYYY-MM-DD', both included: only articles published and dates inside.\n"
    "method: a name from annals.methods() (None: the default method, annals).\n"
    "keep_boilerplate: keep the sentences an outlet repeats across its stories (promos, footers).\n"
    "**params: the method's parameters, passed as text (str(value); booleans as 'true'/'false').\n"
    "Raises UsageError for an unknown method, parameter or value.";

void bind_corpus_class(py::module_& m) {
  py::class_<LoadedCorpus>(m, "Corpus", "Analysed articles, ready for timelines. Immutable; thread-safe to query.")
      .def("__len__", [](const LoadedCorpus& c) { return c.engine->size(); })
      .def_property_readonly("articles", &article_views, "The analysed articles, in input order.")
      .def_property_readonly("diagnostics", [](const LoadedCorpus& c) { return c.report.diagnostics.all(); },
                             "Rejected and repaired input records (file, line, severity, reason).")
      .def_property_readonly("read", [](const LoadedCorpus& c) { return c.report.read; }, "Articles read.")
      .def_property_readonly("bytes", [](const LoadedCorpus& c) { return c.report.bytes; }, "Bytes read.")
      .def_property_readonly("reader_comment_sentences",
                             [](const LoadedCorpus& c) { return c.report.reader_comments.sentences; },
                             "Sentences of reader comments left out of the analysis.")
      .def("timeline", &build_timeline, kTimelineDoc, py::arg("query") = py::none(), py::arg("dates") = 10,
           py::arg("sentences") = 2, py::arg("start") = py::none(), py::arg("end") = py::none(),
           py::arg("method") = py::none(), py::arg("keep_boilerplate") = false)
      .def("__repr__", [](const LoadedCorpus& c) {
        return "Corpus(" + std::to_string(c.engine->size()) + " articles, " +
               std::to_string(c.report.diagnostics.all().size()) + " diagnostics)";
      });
}

}  // namespace

void bind_corpus(py::module_& m) {
  bind_corpus_class(m);
  m.def("load", &load, py::arg("paths"), py::arg("input_format") = "auto", py::arg("language") = "en",
        py::arg("keep_comments") = false, py::arg("threads") = 0,
        "Reads and analyses files or folders (JSON Lines, CSV, Timeline17/Crisis folders, annals text).\n"
        "Bad records never raise: they are in Corpus.diagnostics. Raises UsageError for an unknown input_format.");
  m.def("corpus_from_articles", &from_articles, py::arg("articles"), py::arg("keep_comments") = false,
        py::arg("threads") = 0, "Analyses annals.Article objects into a Corpus.");
}

}  // namespace annals::python
