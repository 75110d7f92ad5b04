// annals.Store: the persistent store of analysed articles (annals ingest,
// timeline --store, store info) from Python. Each call opens its own
// connection, so a Store may be used from several Python threads.
#include "annals/store.h"

#include "annals/source.h"
#include "bindings.h"

namespace annals::python {

namespace {

struct StoreHandle {
  std::string path;
};

StoreHandle open_store(py::handle path) {
  StoreHandle handle{fspath(path)};
  py::gil_scoped_release release;
  Store::open(handle.path, Store::Mode::kReadWrite);  // creates it, or checks it is a store we can write
  return handle;
}

py::dict ingest(const StoreHandle& store, py::handle paths, const std::string& input_format,
                const std::string& language, bool keep_comments, unsigned threads) {
  FileSource source(input_paths(paths), load_options(input_format, language));
  IngestReport report;
  PutReport put;
  {
    py::gil_scoped_release release;
    Engine engine({threads, keep_comments});
    report = engine.add(source);
    std::vector<const AnalyzedArticle*> records;
    for (std::size_t i = 0; i < engine.size(); ++i) records.push_back(&engine.article(i));
    put = Store::open(store.path, Store::Mode::kReadWrite).put(records, keep_comments ? "keep-comments" : "");
  }
  py::dict out;
  out["read"] = report.read;
  out["added"] = put.added;
  out["updated"] = put.updated;
  out["unchanged"] = put.unchanged;
  out["diagnostics"] = report.diagnostics.all();
  return out;
}

TimelineHandle store_timeline(const StoreHandle& store, py::handle query, long dates, long sentences,
                              std::optional<Date> start, std::optional<Date> end,
                              const std::optional<std::string>& method, bool keep_boilerplate,
                              const py::kwargs& params) {
  TimelineRequest request = timeline_request(query, dates, sentences, start, end, keep_boilerplate);
  MethodSpec spec = method_spec(method, params);
  py::gil_scoped_release release;
  Engine engine;
  engine.add(Store::open(store.path, Store::Mode::kReadOnly).select(request.window, request.keywords));
  return TimelineHandle{std::make_shared<const Timeline>(engine.timeline(request, spec))};
}

py::object info(const StoreHandle& store) {
  std::string json;
  {
    py::gil_scoped_release release;
    json = to_json(Store::open(store.path, Store::Mode::kReadOnly).info());
  }
  return py::module_::import("json").attr("loads")(json);
}

}  // namespace

void bind_store(py::module_& m) {
  py::class_<StoreHandle>(m, "Store",
                          "A store of analysed articles in one SQLite file (what `annals ingest --store` writes).")
      .def(py::init(&open_store), py::arg("path"), "Opens the store at path, creating it when it does not exist.")
      .def_property_readonly("path", [](const StoreHandle& s) { return s.path; })
      .def("ingest", &ingest, py::arg("paths"), py::arg("input_format") = "auto", py::arg("language") = "en",
           py::arg("keep_comments") = false, py::arg("threads") = 0,
           "Reads, analyses and adds files or folders, as `annals ingest`: returns {'read', 'added', 'updated', "
           "'unchanged', 'diagnostics'}; bad records are in diagnostics, never raised.")
      .def("timeline", &store_timeline,
           "A timeline of the stored articles, as `annals timeline --store` builds it (same arguments as "
           "Corpus.timeline).",
           py::arg("query") = py::none(), py::arg("dates") = 10, py::arg("sentences") = 2,
           py::arg("start") = py::none(), py::arg("end") = py::none(), py::arg("method") = py::none(),
           py::arg("keep_boilerplate") = false)
      .def("info", &info, "`annals store info --format json` as a dict.")
      .def("__len__", [](const StoreHandle& s) { return Store::open(s.path, Store::Mode::kReadOnly).info().articles; })
      .def("__repr__", [](const StoreHandle& s) { return "Store(" + py::repr(py::str(s.path)).cast<std::string>() + ")"; });
}

}  // namespace annals::python
