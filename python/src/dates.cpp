// Dates across the border. The only file that includes datetime.h: its C API
// pointer is per translation unit.
#include "bindings.h"  // Python.h first: datetime.h needs it

#include <datetime.h>

namespace annals::python {

namespace {

bool datetime_ready() {
  if (!PyDateTimeAPI) PyDateTime_IMPORT;
  return PyDateTimeAPI != nullptr;
}

}  // namespace

bool date_from_python(PyObject* source, Date& out) {
  if (!datetime_ready()) return false;
  std::optional<Date> date;
  if (PyDate_Check(source)) {  // also true for datetime.datetime
    date = Date::from_ymd(PyDateTime_GET_YEAR(source), PyDateTime_GET_MONTH(source), PyDateTime_GET_DAY(source));
  } else if (PyUnicode_Check(source)) {
    Py_ssize_t size = 0;
    const char* text = PyUnicode_AsUTF8AndSize(source, &size);
    if (!text) {
      PyErr_Clear();
      return false;
    }
    date = Date::parse_iso(std::string_view(text, static_cast<std::size_t>(size)));
  }
  if (date) out = *date;
  return date.has_value();
}

PyObject* date_to_python(Date date) {
  if (!datetime_ready()) return nullptr;
  return PyDate_FromDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

std::string fspath(py::handle path) {
  py::object text = py::module_::import("os").attr("fspath")(path);
  if (!py::isinstance<py::str>(text)) throw py::type_error("paths must be str or os.PathLike of str");
  return text.cast<std::string>();
}

}  // namespace annals::python
