#include "annals/writer.h"

#include <nlohmann/json.hpp>

namespace annals {

namespace {

void write_text(std::ostream& out, const Timeline& timeline, const Corpus& corpus) {
  bool first = true;
  for (const TimelineEntry& entry : timeline.entries) {
    if (!first) out << '\n';
    first = false;
    out << "date " << entry.date.to_string() << '\n';
    for (std::uint32_t s : entry.sentences) out << '\n' << corpus.sentences()[s].text << '\n';
  }
}

void write_tilse(std::ostream& out, const Timeline& timeline, const Corpus& corpus) {
  for (const TimelineEntry& entry : timeline.entries) {
    out << entry.date.to_string() << '\n';
    for (std::uint32_t s : entry.sentences) out << corpus.sentences()[s].text << '\n';
    out << std::string(32, '-') << '\n';
  }
}

nlohmann::json or_null(const std::string& value) {
  return value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
}

std::string published_of(const Article& article) {
  std::string published = article.published.to_string();
  if (article.time) published += "T" + *article.time;
  return published;
}

void write_json(std::ostream& out, const Timeline& timeline, const Corpus& corpus) {
  nlohmann::json entries = nlohmann::json::array();
  for (const TimelineEntry& entry : timeline.entries) {
    nlohmann::json sentences = nlohmann::json::array();
    for (std::uint32_t s : entry.sentences) {
      const Sentence& sentence = corpus.sentences()[s];
      const Article& article = corpus.articles()[sentence.article];
      sentences.push_back({{"text", sentence.text},
                           {"article", article.id},
                           {"outlet", or_null(article.outlet)},
                           {"url", or_null(article.url)},
                           {"title", or_null(article.title)},
                           {"published", published_of(article)},
                           {"position", sentence.position},
                           {"language", or_null(article.language)}});
    }
    entries.push_back({{"date", entry.date.to_string()}, {"sentences", std::move(sentences)}});
  }
  nlohmann::json document = {{"schema_version", 1}, {"timeline", std::move(entries)}};
  // Replace rather than throw on invalid UTF-8, so one bad byte never loses a timeline.
  out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

// Escapes the characters Markdown would read as markup in running text.
std::string markdown_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\' ||
        c == '#')
      out += '\\';
    out += c;
  }
  return out;
}

void write_markdown(std::ostream& out, const Timeline& timeline, const Corpus& corpus) {
  out << "# Timeline\n";
  for (const TimelineEntry& entry : timeline.entries) {
    out << "\n## " << entry.date.to_string() << "\n\n";
    for (std::uint32_t s : entry.sentences) {
      const Sentence& sentence = corpus.sentences()[s];
      const Article& article = corpus.articles()[sentence.article];
      out << "- " << markdown_escape(sentence.text);
      std::string source = markdown_escape(article.outlet.empty() ? article.id : article.outlet);
      out << " — *" << source << "*";
      if (!article.url.empty()) out << " ([link](<" << article.url << ">))";
      out << '\n';
    }
  }
}

}  // namespace

bool parse_output_format(const std::string& name, OutputFormat& out) {
  if (name == "text") out = OutputFormat::kText;
  else if (name == "tilse") out = OutputFormat::kTilse;
  else if (name == "json") out = OutputFormat::kJson;
  else if (name == "markdown" || name == "md") out = OutputFormat::kMarkdown;
  else return false;
  return true;
}

void write_timeline(std::ostream& out, const Timeline& timeline, const Corpus& corpus, OutputFormat format) {
  switch (format) {
    case OutputFormat::kText: return write_text(out, timeline, corpus);
    case OutputFormat::kTilse: return write_tilse(out, timeline, corpus);
    case OutputFormat::kJson: return write_json(out, timeline, corpus);
    case OutputFormat::kMarkdown: return write_markdown(out, timeline, corpus);
  }
}

}  // namespace annals
