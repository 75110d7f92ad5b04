#include "eval/rouge_tokenizer.h"

#include "formats/python_text.h"

namespace annals::eval {

void append_rouge_tokens(std::string_view sentence, std::vector<std::string>& out) {
  std::string_view text = python_strip(sentence);
  if (text.empty() || text.front() == '<') return;
  text = text.substr(0, text.find('<'));
  std::string token;
  auto flush = [&] {
    if (!token.empty()) out.push_back(std::move(token));
    token.clear();
  };
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      token += c;
      continue;
    }
    flush();
    if (c == '^') out.emplace_back("circ");  // "&circ;": '&' and ';' separate
  }
  flush();
}

}  // namespace annals::eval
