// Shared pieces of the annals Python module: how dates cross the border and
// which part of the module each source file binds.
#pragma once

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/engine.h"
#include "annals/loader.h"

namespace py = pybind11;

namespace annals::python {

// datetime.date (or a datetime, whose day is taken) or "YYYY-MM-DD" -> Date.
// False when `source` is neither or not a real calendar day.
bool date_from_python(PyObject* source, Date& out);
// A new reference to a datetime.date.
PyObject* date_to_python(Date date);

// A path given as str or os.PathLike, as the engine takes it.
std::string fspath(py::handle path);

// An engine and what loading it reported; shared by the Corpus object and
// the article views it hands out, so a view keeps its engine alive.
struct LoadedCorpus {
  std::shared_ptr<Engine> engine;
  IngestReport report;
};

// A view (annals.AnalyzedArticle) of the engine's index-th article.
py::object article_view(std::shared_ptr<const Engine> engine, std::size_t index);

// annals.Timeline: a built timeline, immutable and shared with Python.
struct TimelineHandle {
  std::shared_ptr<const Timeline> timeline;
};

// Shared by Corpus and Store (corpus.cpp): paths as str, PathLike or a
// list of them; the load options; a request and a method spec from the
// keyword arguments of timeline(), checked as the command line checks them.
std::vector<std::string> input_paths(py::handle paths);
LoadOptions load_options(const std::string& input_format, const std::string& language);
TimelineRequest timeline_request(py::handle query, long dates, long sentences, std::optional<Date> start,
                                 std::optional<Date> end, bool keep_boilerplate);
MethodSpec method_spec(const std::optional<std::string>& method, const py::kwargs& params);

void bind_errors(py::module_& m);
void bind_articles(py::module_& m);
void bind_timeline(py::module_& m);
void bind_corpus(py::module_& m);
void bind_evaluate(py::module_& m);
void bind_store(py::module_& m);

}  // namespace annals::python

namespace pybind11::detail {

// annals::Date <-> datetime.date; strings "YYYY-MM-DD" are accepted too.
template <>
struct type_caster<annals::Date> {
  PYBIND11_TYPE_CASTER(annals::Date, const_name("datetime.date"));

  bool load(handle source, bool) { return annals::python::date_from_python(source.ptr(), value); }
  static handle cast(annals::Date date, return_value_policy, handle) {
    return annals::python::date_to_python(date);
  }
};

}  // namespace pybind11::detail
