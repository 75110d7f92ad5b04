#include "text/glued_headline.h"

#include <array>
#include <span>
#include <cctype>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/dateline.h"

namespace annals::text {

namespace {

// A headline and its caption fit in this many words; a joint further on would
// be inside the lead.
constexpr std::size_t kMaxHeadlineWords = 45;
constexpr std::size_t kMinHeadlineWords = 3;
constexpr std::size_t kMinLeadWords = 6;
// A headline this long has a caption run into it: no title.
constexpr std::size_t kMaxTitleWords = 16;
// A title-cased headline goes on after a capitalised "In" or "A" ("A
// Government Hand In the Economy Is as Old as the Republic"): of the words
// after a joint, fewer than this many of the next kTitleCaseWindow may be
// capitalised.
constexpr std::size_t kTitleCaseWindow = 6;
constexpr std::size_t kTitleCaseCapitals = 3;

// Words that open news sentences and are written in lower case inside one:
// articles, prepositions, subject pronouns. Written for annals; "It" is left
// out ("This Is It"), as are "I" and the words that are capitalised inside
// names more often than they open a lead.
constexpr std::array<std::string_view, 22> kEnglishOpeners = {
    "the", "a", "an", "another", "in", "on", "at", "as", "after", "before", "when", "while",
    "he", "she", "they", "we", "this", "these", "but", "with", "during", "since"};
constexpr std::array<std::string_view, 18> kSpanishOpeners = {
    "el", "la", "los", "las", "un", "una", "unos", "unas", "en", "tras", "durante", "desde", "según", "al",
    "este", "esta", "estos", "estas"};
constexpr std::array<std::string_view, 18> kFrenchOpeners = {
    "le", "la", "les", "un", "une", "des", "en", "dans", "après", "depuis", "selon", "au", "aux",
    "il", "elle", "ils", "cette", "ces"};
constexpr std::array<std::string_view, 16> kItalianOpeners = {
    "il", "lo", "la", "gli", "le", "un", "una", "uno", "in", "dopo", "durante", "secondo", "nel", "nella",
    "questo", "questa"};

// Counts and quantities open leads too ("Two new cases ...", "About 300
// people ...", "Miles de personas ..."). In Spanish, French and Italian only
// the plural quantities: their titles of works are written in sentence case
// ("la película Cinco horas con Mario", "le film Deux jours, une nuit").
// Unlike the openers above, counts end headlines ("a Committee of Three"),
// so one before a joint does not make a title-cased run.
constexpr std::array<std::string_view, 15> kEnglishCounts = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "about", "nearly", "more", "thousands",
    "hundreds", "dozens"};
constexpr std::array<std::string_view, 4> kSpanishCounts = {"miles", "cientos", "decenas", "centenares"};
constexpr std::array<std::string_view, 3> kFrenchCounts = {"milliers", "centaines", "dizaines"};
constexpr std::array<std::string_view, 3> kItalianCounts = {"migliaia", "centinaia", "decine"};
// Counts that never end a name, so that they are joints after a capital too
// ("... rise in Mexico Thousands of ..."), unlike "World War Two", "Pier
// Two", "Sarah Miles", "Thomas More".
constexpr std::array<std::string_view, 12> kPluralQuantities = {
    "thousands", "hundreds", "dozens", "cientos", "decenas", "centenares", "milliers", "centaines", "dizaines",
    "migliaia", "centinaia", "decine"};
// After a capital a numeral ends a name ("World War Two", "Pier Two") unless
// these follow it: "... emerged in the UK Two more people ..." opens a lead
// (English, like the numerals: the other languages' counts are all plural
// quantities). Not "about" or "nearly": "... in Mexico About more than ...".
constexpr std::array<std::string_view, 9> kNumerals = {"two", "three", "four", "five", "six",
                                                       "seven", "eight", "nine", "ten"};
constexpr std::array<std::string_view, 4> kLeadAfterCount = {"more", "new", "further", "additional"};
// ... but a comparison carries the name on: "the Jackson Five more than 40
// years ago", "World War Two further afield".
constexpr std::array<std::string_view, 3> kComparisonAfterMore = {"than", "or", "afield"};
// After a count these words make a title ("Two and a Half Men", "Nine to
// Five", "About a Boy", "the album Ten at ...") rather than a lead.
constexpr std::array<std::string_view, 11> kTitleAfterCount = {"and", "to", "a", "an", "the", "at", "in",
                                                               "on", "for", "by", "with"};

// "Type A influenza", "influenza A virus", "Plan A", "Serie A": a capital
// letter that labels the noun before it.
constexpr std::array<std::string_view, 16> kLetterLabelled = {
    "type", "influenza", "flu", "plan", "class", "grade", "group", "vitamin", "hepatitis", "category",
    "serie", "part", "exhibit", "section", "league", "division"};

struct Word {
  std::size_t begin, end;
};

// The first `limit` words of `s`.
std::vector<Word> words_of(std::string_view s, std::size_t limit) {
  std::vector<Word> words;
  for (std::size_t at = 0; at < s.size() && words.size() < limit;) {
    const std::size_t begin = s.find_first_not_of(' ', at);
    if (begin == std::string_view::npos) break;
    std::size_t end = s.find(' ', begin);
    if (end == std::string_view::npos) end = s.size();
    words.push_back({begin, end});
    at = end;
  }
  return words;
}


// Words a number may follow in a lead: "The 11 workers", "About 300 people", "Plus de 200".
bool is_determiner(std::string_view lower) {
  for (std::string_view article : {"the", "a", "an", "el", "la", "los", "las", "un", "una", "le", "les", "une", "il",
                                   "lo", "gli", "uno", "about", "nearly", "more", "plus", "environ"})
    if (lower == article) return true;
  return false;
}

// `word` with its first letter lowered, when that letter is an ASCII
// capital and the rest is as the word lists write it; else "".
std::string lowered_capitalised(std::string_view word) {
  if (word.empty() || word[0] < 'A' || word[0] > 'Z') return {};
  std::string lower(word);
  lower[0] = char(lower[0] - 'A' + 'a');
  return lower;
}

UChar32 first_code_point(std::string_view word) {
  if (word.empty()) return U_SENTINEL;
  UChar32 c = 0;
  std::int32_t at = 0;
  U8_NEXT(word.data(), at, std::int32_t(word.size()), c);
  return c;
}

// A headline's last word ends in a letter or a digit, maybe before closing
// quotation marks or a bracket ("cases'", "(AP)"); after ':' or a full stop a
// capital is ordinary, and 'Dudley:"' opens a quotation.
bool ends_like_a_headline(std::string_view word) {
  std::int32_t end = std::int32_t(word.size());
  while (end > 0) {
    UChar32 c = 0;
    U8_PREV(word.data(), 0, end, c);
    if (u_isalnum(c)) return true;
    const bool closing = c == ')' || u_charType(c) == U_FINAL_PUNCTUATION || c == '"' || c == '\'';
    if (!closing) return false;
  }
  return false;
}

// Words that need what follows them (articles, prepositions that take an
// object, conjunctions), so no headline ends with one: before a capitalised
// opener they introduce a name ("autor de El amor en los tiempos del
// cólera", "Europa del Este", "emitido por La 1", "regista di La vita").
// Particles that end headlines ("cut off", "set up") are not among them.
constexpr std::array<std::string_view, 14> kEnglishBinding = {
    "the", "a", "an", "of", "for", "from", "with", "by", "at", "to", "into", "and", "or", "than"};
constexpr std::array<std::string_view, 14> kSpanishBinding = {
    "de", "del", "el", "la", "los", "las", "un", "una", "por", "para", "con", "y", "a", "al"};
constexpr std::array<std::string_view, 15> kFrenchBinding = {
    "de", "du", "des", "le", "la", "les", "un", "une", "\xC3\xA0", "au", "aux", "pour", "par", "avec", "et"};
constexpr std::array<std::string_view, 19> kItalianBinding = {
    "di", "del", "della", "dei", "degli", "delle", "il", "lo", "la", "gli", "le", "un", "una", "per", "con",
    "e", "a", "al", "da"};

// Each language's openers and binding words.
struct LanguageWords {
  std::string_view language;
  std::span<const std::string_view> openers, counts, binding;
};
constexpr std::array<LanguageWords, 4> kLanguageWords = {{{"en", kEnglishOpeners, kEnglishCounts, kEnglishBinding},
                                                          {"es", kSpanishOpeners, kSpanishCounts, kSpanishBinding},
                                                          {"fr", kFrenchOpeners, kFrenchCounts, kFrenchBinding},
                                                          {"it", kItalianOpeners, kItalianCounts, kItalianBinding}}};

const LanguageWords* words_of_language(std::string_view language) {
  for (const LanguageWords& words : kLanguageWords)
    if (words.language == language) return &words;
  return nullptr;
}

bool listed(std::span<const std::string_view> list, std::string_view word) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}

bool is_opener(std::string_view lower, std::string_view language) {
  const LanguageWords* words = words_of_language(language);
  return words && listed(words->openers, lower);
}

bool is_count(std::string_view lower, std::string_view language) {
  const LanguageWords* words = words_of_language(language);
  return words && listed(words->counts, lower);
}

bool ends_in_binding_word(std::string_view word, std::string_view language) {
  const LanguageWords* words = words_of_language(language);
  return words && listed(words->binding, word);
}

enum class Joint { kNone, kOpener, kCount };

// What starts at word i: a lead after a headline, opened by an opener or a
// count, or nothing.
Joint joint_at(std::string_view sentence, const std::vector<Word>& words, std::size_t i, std::string_view language) {
  auto text = [&](std::size_t k) { return sentence.substr(words[k].begin, words[k].end - words[k].begin); };
  const std::string opener = lowered_capitalised(text(i));
  if (opener.empty()) return Joint::kNone;
  const Joint kind = is_opener(opener, language) ? Joint::kOpener
                     : is_count(opener, language) ? Joint::kCount
                                                  : Joint::kNone;
  if (kind == Joint::kNone) return kind;
  const std::string_view before = text(i - 1);
  if (kind == Joint::kCount) {
    const bool leads_on = i + 2 < words.size() && listed(kNumerals, opener) &&
                          listed(kLeadAfterCount, text(i + 1)) && !listed(kComparisonAfterMore, text(i + 2));
    if (u_isupper(first_code_point(before)) && !listed(kPluralQuantities, opener) && !leads_on)
      return Joint::kNone;
    if (i + 1 < words.size() && listed(kTitleAfterCount, text(i + 1))) return Joint::kNone;
  }
  if (!ends_like_a_headline(before)) return Joint::kNone;
  // A headline does not end in a function word: "autor de El amor en los
  // tiempos", "Europa del Este", "emitido por La 1" name a work or a place.
  if (ends_in_binding_word(before, language)) return Joint::kNone;
  // "In The Air", "With The Stars": a title-cased phrase, not a joint.
  if (const std::string previous = lowered_capitalised(before); !previous.empty()) {
    if (is_opener(previous, language)) return Joint::kNone;
    // "Hoi An", "Nguyen Thien An": "An" ends a name.
    if (opener == "an") return Joint::kNone;
  }
  if (opener.size() == 1) {
    std::string noun(before);
    for (char& c : noun) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (listed(kLetterLabelled, noun)) return Joint::kNone;
  }
  if (i + 1 >= words.size()) return Joint::kNone;
  // "A 23-month-old child", "The 11 workers"; but a preposition before a
  // number ends a title-cased headline: "... for First Time Since 1940s".
  const UChar32 next = first_code_point(text(i + 1));
  if (!u_islower(next) && !(u_isdigit(next) && is_determiner(opener))) return Joint::kNone;
  std::size_t capitals = 0;
  for (std::size_t k = i + 1; k < words.size() && k <= i + kTitleCaseWindow; ++k)
    capitals += u_isupper(first_code_point(text(k)));
  return capitals < kTitleCaseCapitals ? kind : Joint::kNone;
}

// What comes before the first joint is a headline unless it is or holds a
// byline ("By Ana Ruiz", "(By Lena Ortiz -- Valley Press)"), a blog's
// time stamp or a headline with its caption run in.
bool reads_as_title(std::string_view text, std::size_t words) {
  return words <= kMaxTitleWords && !text.starts_with("By ") && text.find(" By ") == std::string_view::npos &&
         !text.starts_with('(') && !has_clock_time(text);
}

}  // namespace

bool is_sentence_opener(std::string_view word) {
  const std::string lower = lowered_capitalised(word);
  if (lower.empty()) return false;
  for (std::string_view language : {"en", "es", "fr", "it"})
    if (is_opener(lower, language)) return true;
  return false;
}

std::optional<GluedHeadline> find_glued_headline(std::string_view sentence, std::string_view language) {
  // Past the headline's reach only the lead's length matters.
  const std::vector<Word> words = words_of(sentence, kMaxHeadlineWords + kTitleCaseWindow + kMinLeadWords);
  std::size_t first = 0, last = 0;
  bool opener_seen = false;
  for (std::size_t i = kMinHeadlineWords; i < words.size() && i < kMaxHeadlineWords; ++i) {
    const Joint joint = joint_at(sentence, words, i, language);
    if (joint == Joint::kNone) continue;
    // A count after an opener's joint is more likely inside the lead ("The
    // board said the sitcom Two and a Half Men ...") than a caption's end.
    if (joint == Joint::kCount && opener_seen) continue;
    opener_seen = opener_seen || joint == Joint::kOpener;
    if (first == 0) first = i;
    if (words.size() - i >= kMinLeadWords) last = i;
  }
  if (last == 0) return std::nullopt;
  const std::string_view headline = sentence.substr(0, words[first - 1].end);
  return GluedHeadline{reads_as_title(headline, first) ? headline : std::string_view(), words[last].begin};
}

}  // namespace annals::text
