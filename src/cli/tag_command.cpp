// annals tag INPUT... : the dates the temporal tagger finds in each sentence.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "input.h"
#include "output.h"

namespace annals::cli {

namespace {

struct TagOptions {
  InputOptions input;
  std::string format = "jsonl";
};

// Offsets for people and for JSON consumers in other languages: Unicode code
// points, not the bytes the tagger works in. Mentions come in text order, so
// each count goes on from the last one (a sentence with many mentions would
// otherwise be counted again from its start for each).
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {}

  std::size_t at(std::size_t bytes) {
    if (bytes < bytes_) bytes_ = count_ = 0;
    for (; bytes_ < bytes && bytes_ < text_.size(); ++bytes_)
      count_ += (static_cast<unsigned char>(text_[bytes_]) & 0xC0) != 0x80;
    return count_;
  }

 private:
  std::string_view text_;
  std::size_t bytes_ = 0, count_ = 0;
};

void write_jsonl(std::ostream& out, const Engine& engine) {
  for (std::size_t a = 0; a < engine.size(); ++a) {
    const AnalyzedArticle& record = engine.article(a);
    for (std::size_t position = 0; position < record.sentences.size(); ++position) {
      const AnalyzedSentence& s = record.sentences[position];
      CodePoints code_points(s.text);
      for (const TimeMention& m : s.mentions) {
        const std::size_t start = code_points.at(m.begin), end = code_points.at(m.end);
        nlohmann::ordered_json line = {{"article", record.article.id},
                             {"sentence", position},
                             {"start", start},
                             {"end", end},
                             {"text", s.text.substr(m.begin, m.end - m.begin)},
                             {"value", m.value},
                             {"granularity", granularity_name(m.granularity)}};
        out << line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      }
    }
  }
}

// Every sentence of every article, each mention shown as [text = value].
void write_inline(std::ostream& out, const Engine& engine) {
  for (std::size_t a = 0; a < engine.size(); ++a) {
    const AnalyzedArticle& record = engine.article(a);
    out << "# " << record.article.id << " (" << record.article.published.to_string() << ")\n";
    for (const AnalyzedSentence& s : record.sentences) {
      std::size_t at = 0;
      for (const TimeMention& m : s.mentions) {
        out << s.text.substr(at, m.begin - at) << '[' << s.text.substr(m.begin, m.end - m.begin)
                  << " = " << m.value << ']';
        at = m.end;
      }
      out << s.text.substr(at) << '\n';
    }
    out << '\n';
  }
}

int run(const TagOptions& options) {
  if (options.format != "jsonl" && options.format != "inline") {
    std::fprintf(stderr, "annals: unknown --format '%s' (expected jsonl or inline)\n", options.format.c_str());
    return 2;
  }
  auto loaded = load_articles(options.input);
  if (!loaded) return 2;
  bool written = write_output("", [&](std::ostream& out) {
    if (options.format == "jsonl")
      write_jsonl(out, loaded->engine);
    else
      write_inline(out, loaded->engine);
  }, "annals tag");
  if (!written) return 2;
  return loaded->had_errors ? 1 : 0;
}

}  // namespace

void register_tag_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TagOptions>();
  CLI::App* command = app.add_subcommand("tag", "Print the dates found in each sentence of the input");
  add_input_options(*command, options->input);
  command->add_option("--format", options->format,
                      "jsonl: one JSON object per mention (offsets in code points of the sentence); "
                      "inline: the text with mentions marked")
      ->capture_default_str();
  command->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace annals::cli
