// Articles as given (annals.Article), as analysed (annals.AnalyzedArticle,
// a view into a corpus) and the diagnostics about rejected records.
#include "annals/article.h"
#include "annals/diagnostics.h"
#include "bindings.h"

namespace annals::python {

namespace {

// One analysed article of a corpus; holding the engine keeps the record alive.
struct ArticleView {
  std::shared_ptr<const Engine> engine;
  std::size_t index = 0;

  const AnalyzedArticle& record() const { return engine->article(index); }
  const Article& article() const { return record().article; }
};

std::vector<std::string> sentence_texts(const ArticleView& view) {
  std::vector<std::string> texts;
  for (const AnalyzedSentence& sentence : view.record().sentences) texts.push_back(sentence.text);
  return texts;
}

Article make_article(std::string id, Date published, std::string text, std::string title, std::string outlet,
                     std::string url, std::string language, std::optional<std::string> time) {
  Article article;
  article.id = std::move(id);
  article.published = published;
  article.time = std::move(time);
  article.title = std::move(title);
  article.text = std::move(text);
  article.outlet = std::move(outlet);
  article.url = std::move(url);
  article.language = std::move(language);
  return article;
}

void bind_article(py::module_& m) {
  py::class_<Article>(m, "Article", "A news article to analyse: what a reader gives the engine.")
      .def(py::init(&make_article), py::arg("id"), py::arg("published"), py::arg("text"), py::arg("title") = "",
           py::arg("outlet") = "", py::arg("url") = "", py::arg("language") = "en", py::arg("time") = py::none(),
           "id: stable identifier; published: datetime.date or 'YYYY-MM-DD'; text: the body (UTF-8); "
           "time: time of day as given ('14:05:00'), if known.")
      .def_readwrite("id", &Article::id)
      .def_readwrite("published", &Article::published)
      .def_readwrite("time", &Article::time)
      .def_readwrite("title", &Article::title)
      .def_readwrite("text", &Article::text)
      .def_readwrite("outlet", &Article::outlet)
      .def_readwrite("url", &Article::url)
      .def_readwrite("language", &Article::language)
      .def("__repr__", [](const Article& a) {
        return "Article(id=" + py::repr(py::str(a.id)).cast<std::string>() + ", published=" +
               a.published.to_string() + ")";
      });
}

void bind_article_view(py::module_& m) {
  py::class_<ArticleView>(m, "AnalyzedArticle", "An article of a corpus after analysis (read-only).")
      .def_property_readonly("id", [](const ArticleView& v) { return v.article().id; })
      .def_property_readonly("title", [](const ArticleView& v) { return v.article().title; })
      .def_property_readonly("outlet", [](const ArticleView& v) { return v.article().outlet; })
      .def_property_readonly("url", [](const ArticleView& v) { return v.article().url; })
      .def_property_readonly("published", [](const ArticleView& v) { return v.article().published; })
      .def_property_readonly("time", [](const ArticleView& v) { return v.article().time; })
      .def_property_readonly("language", [](const ArticleView& v) { return v.article().language; })
      .def_property_readonly("text", [](const ArticleView& v) { return v.article().text; })
      .def_property_readonly("sentences", &sentence_texts, "The sentences as shown to people, in order.")
      .def_property_readonly("reader_comment_sentences",
                             [](const ArticleView& v) { return v.record().reader_comment_sentences; },
                             "Sentences of reader comments left out of the analysis.")
      .def_property_readonly("source_file", [](const ArticleView& v) { return v.article().source_file; })
      .def_property_readonly("source_line", [](const ArticleView& v) { return v.article().source_line; })
      .def("__repr__", [](const ArticleView& v) {
        return "AnalyzedArticle(id=" + py::repr(py::str(v.article().id)).cast<std::string>() + ", published=" +
               v.article().published.to_string() + ")";
      });
}

const char* severity_name(const Diagnostic& d) {
  return d.severity == Diagnostic::Severity::kError ? "error" : "warning";
}

void bind_diagnostic(py::module_& m) {
  py::class_<Diagnostic>(m, "Diagnostic", "A rejected or repaired input record: file, 1-based line (0: whole file), "
                                          "severity ('error' or 'warning') and reason.")
      .def_readonly("file", &Diagnostic::file)
      .def_readonly("line", &Diagnostic::line)
      .def_property_readonly("severity", &severity_name)
      .def_readonly("reason", &Diagnostic::reason)
      .def("to_dict", [](const Diagnostic& d) {
        return py::dict(py::arg("file") = d.file, py::arg("line") = d.line, py::arg("severity") = severity_name(d),
                        py::arg("reason") = d.reason);
      })
      .def("__str__", &Diagnostic::to_string)
      .def("__repr__", [](const Diagnostic& d) { return "Diagnostic(" + py::repr(py::str(d.to_string())).cast<std::string>() + ")"; });
}

}  // namespace

// Used by corpus.cpp to hand out views.
py::object article_view(std::shared_ptr<const Engine> engine, std::size_t index) {
  return py::cast(ArticleView{std::move(engine), index});
}

void bind_articles(py::module_& m) {
  bind_article(m);
  bind_article_view(m);
  bind_diagnostic(m);
}

}  // namespace annals::python
