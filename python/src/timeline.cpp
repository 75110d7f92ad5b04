// annals.Timeline and its entries and sentences; rendering goes through the
// C++ writers, so to_json() is byte for byte what `annals timeline` writes.
#include <fstream>
#include <sstream>

#include "annals/error.h"
#include "annals/writer.h"
#include "bindings.h"

namespace annals::python {

namespace {

OutputFormat output_format(const std::string& name) {
  OutputFormat format;
  if (!parse_output_format(name, format))
    throw UsageError("unknown format '" + name + "' (expected text, tilse, json, markdown, html, timelinejs, csv)");
  return format;
}

std::string render(const TimelineHandle& handle, const std::string& format_name) {
  OutputFormat format = output_format(format_name);
  std::ostringstream out;
  write_timeline(out, *handle.timeline, format);
  return out.str();
}

void write_file(const TimelineHandle& handle, py::handle path, const std::string& format_name) {
  std::string file = fspath(path);
  OutputFormat format = output_format(format_name);
  py::gil_scoped_release release;
  std::ofstream out(file, std::ios::binary);
  write_timeline(out, *handle.timeline, format);
  out.close();
  if (!out) throw IoError("cannot write '" + file + "'");
}

void bind_sources(py::module_& m) {
  py::class_<SourceReference>(m, "SourceReference", "Another article of the sentence's story.")
      .def_readonly("outlet", &SourceReference::outlet)
      .def_readonly("article", &SourceReference::article)
      .def_readonly("url", &SourceReference::url);
  py::class_<OutletCount>(m, "OutletCount", "An outlet and how many of a date's articles it published.")
      .def_readonly("outlet", &OutletCount::outlet)
      .def_readonly("articles", &OutletCount::articles);
}

void bind_sentence(py::module_& m) {
  py::class_<TimelineSentence>(m, "TimelineSentence", "A summary sentence and where it came from.")
      .def_readonly("text", &TimelineSentence::text)
      .def_readonly("article", &TimelineSentence::article, "id of the article it was taken from")
      .def_readonly("outlet", &TimelineSentence::outlet, "'' when unknown, likewise url, title and language")
      .def_readonly("url", &TimelineSentence::url)
      .def_readonly("title", &TimelineSentence::title)
      .def_readonly("published", &TimelineSentence::published,
                    "the article's 'YYYY-MM-DD', with 'THH:MM...' when its time is known")
      .def_readonly("position", &TimelineSentence::position, "index of the sentence within its article")
      .def_readonly("language", &TimelineSentence::language)
      .def_readonly("also_reported_by", &TimelineSentence::also_reported_by,
                    "the other articles of its story (syndicated copies, updates)")
      .def_property_readonly(
          "dateline",
          [](const TimelineSentence& s) -> py::object {
            if (!s.dateline) return py::none();
            return py::dict(py::arg("place") = s.dateline->place, py::arg("agency") = s.dateline->agency);
          },
          "the wire dateline cut from the start of the text, {'place', 'agency'}, or None")
      .def("__repr__", [](const TimelineSentence& s) {
        return "TimelineSentence(" + py::repr(py::str(s.text)).cast<std::string>() + ")";
      });
}

void bind_entry(py::module_& m) {
  py::class_<TimelineEntry>(m, "TimelineEntry", "One date of a timeline and its summary sentences.")
      .def_readonly("date", &TimelineEntry::date)
      .def_readonly("sentences", &TimelineEntry::sentences)
      .def_readonly("headline", &TimelineEntry::headline, "a short line for people; '' when none")
      .def_readonly("sources", &TimelineEntry::sources, "outlets of the date's articles, most articles first")
      .def_readonly("articles", &TimelineEntry::articles, "number of articles supporting the date")
      .def_property_readonly(
          "granularity", [](const TimelineEntry& e) { return std::string(granularity_name(e.granularity)); },
          "'day', or 'month' / 'year' when the sentences only name the month or year starting on `date`")
      .def_property_readonly("date_string", &TimelineEntry::date_string,
                             "the date as far as the entry knows it: '2011-03-07', '2011-03' or '2011'")
      .def("__repr__", [](const TimelineEntry& e) {
        return "TimelineEntry(" + e.date_string() + ", " + std::to_string(e.sentences.size()) + " sentences)";
      });
}

void bind_handle(py::module_& m) {
  py::class_<TimelineHandle>(m, "Timeline", "A timeline: dates in chronological order, each with sentences.")
      .def_property_readonly("entries", [](const TimelineHandle& h) { return h.timeline->entries; })
      .def_property_readonly("dates", [](const TimelineHandle& h) {
        std::vector<Date> dates;
        for (const TimelineEntry& e : h.timeline->entries) dates.push_back(e.date);
        return dates;
      })
      .def_property_readonly(
          "boilerplate_sentences", [](const TimelineHandle& h) { return h.timeline->boilerplate.sentences; },
          "sentences its outlets repeat across their stories, left out of the corpus (keep_boilerplate keeps them)")
      .def_property_readonly("boilerplate_articles", [](const TimelineHandle& h) { return h.timeline->boilerplate.articles; },
                             "articles those sentences were left out of")
      .def("__len__", [](const TimelineHandle& h) { return h.timeline->entries.size(); })
      .def("render", &render, py::arg("format") = "text",
           "The timeline in one of the formats text, tilse, json, markdown, html, timelinejs, csv.")
      .def("to_json", [](const TimelineHandle& h) { return render(h, "json"); },
           "The JSON document `annals timeline --format json` writes.")
      .def("to_dict", [](const TimelineHandle& h) { return py::module_::import("json").attr("loads")(render(h, "json")); },
           "to_json() parsed: {'schema_version': 2, 'timeline': [{'date', 'headline', 'sentences': [...], ...}]}.")
      .def("write", &write_file, py::arg("path"), py::arg("format") = "text",
           "Writes the timeline to a file in the format text, tilse, json, markdown, html, timelinejs or csv.")
      .def("__repr__", [](const TimelineHandle& h) {
        return "Timeline(" + std::to_string(h.timeline->entries.size()) + " dates)";
      });
}

}  // namespace

void bind_timeline(py::module_& m) {
  bind_sources(m);
  bind_sentence(m);
  bind_entry(m);
  bind_handle(m);
}

}  // namespace annals::python
