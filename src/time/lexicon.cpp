#include "time/lexicon.h"

namespace annals::tagging {

Lexicon make_lexicon(std::initializer_list<LexiconEntry> entries) {
  Lexicon lexicon;
  for (const LexiconEntry& e : entries) {
    lexicon.words.emplace(e.text, e.meaning);
    lexicon.length_bits[static_cast<unsigned char>(e.text[0])] |= Lexicon::length_bit(e.text.size());
    std::size_t space = e.text.find(' ');
    if (space == std::string_view::npos) continue;
    lexicon.phrase_starts.insert(e.text.substr(0, space));
    lexicon.phrase_start_bits[static_cast<unsigned char>(e.text[0])] |= Lexicon::length_bit(space);
  }
  return lexicon;
}

const Lexicon& lexicon_for(std::string_view language) {
  std::string_view code = language.substr(0, 2);
  auto is = [&](std::string_view a, std::string_view b) {
    return code.size() == 2 && (code[0] | 0x20) == a[0] && (code[1] | 0x20) == b[0];
  };
  if (language.size() == 2 || (language.size() > 2 && (language[2] == '-' || language[2] == '_'))) {
    if (is("e", "s")) return spanish_lexicon();
    if (is("f", "r")) return french_lexicon();
    if (is("i", "t")) return italian_lexicon();
  }
  return english_lexicon();
}

}  // namespace annals::tagging
