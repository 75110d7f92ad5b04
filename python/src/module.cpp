// annals._annals: the C++ half of the `annals` Python package. The Python
// half (annals/__init__.py) re-exports it and adds what is easier in Python.
#include "annals/error.h"
#include "annals/method.h"
#include "annals/version.h"
#include "bindings.h"

namespace annals::python {

namespace {

// The exception classes live in annals/_errors.py, so that UsageError can be
// both an annals.Error and a ValueError (IoError likewise an OSError).
py::object* error_class(const char* name) {
  return new py::object(py::module_::import("annals._errors").attr(name));  // lives as long as the module
}

}  // namespace

void bind_errors(py::module_& m) {
  static py::object* error = error_class("Error");
  static py::object* usage_error = error_class("UsageError");
  static py::object* io_error = error_class("IoError");
  py::register_exception_translator([](std::exception_ptr thrown) {
    try {
      if (thrown) std::rethrow_exception(thrown);
    } catch (const UsageError& e) {
      PyErr_SetString(usage_error->ptr(), e.what());
    } catch (const IoError& e) {
      PyErr_SetString(io_error->ptr(), e.what());
    } catch (const Error& e) {
      PyErr_SetString(error->ptr(), e.what());
    }
  });
  m.attr("Error") = *error;
  m.attr("UsageError") = *usage_error;
  m.attr("IoError") = *io_error;
}

}  // namespace annals::python

PYBIND11_MODULE(_annals, m) {
  using namespace annals::python;
  m.doc() = "The annals engine (C++): loading, timelines, evaluation. Use the `annals` package.";
  m.attr("__version__") = ANNALS_VERSION;
  bind_errors(m);
  bind_articles(m);
  bind_timeline(m);
  bind_corpus(m);
  bind_evaluate(m);
  bind_store(m);
  m.def("methods_json", &annals::methods_json,
        "The registered methods and their parameters as `annals methods --format json` prints them.");
}
