#include "eval/porter_stemmer.h"

#include <array>
#include <initializer_list>

namespace annals::eval {

namespace {

// The Perl stemmer is written with regular expressions built from these
// classes; a capital 'Y' (a word-initial y) belongs to none of the vowels.
bool in(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

// One element of the anchored patterns below. A run element matches one
// character of `first` followed by any number of characters of `rest`.
struct Element {
  enum Kind { kConsonantRun, kVowelRun, kVowel, kCvcLast } kind;
  bool optional = false;
};

bool matches_one(Element::Kind kind, char c, bool first) {
  switch (kind) {
    case Element::kConsonantRun: return first ? !in(c, "aeiou") : !in(c, "aeiouy");  // C = [^aeiou][^aeiouy]*
    case Element::kVowelRun: return first ? in(c, "aeiouy") : in(c, "aeiou");        // V = [aeiouy][aeiou]*
    case Element::kVowel: return in(c, "aeiouy");                                    // v
    case Element::kCvcLast: return !in(c, "aeiouwxy");
  }
  return false;
}

// Whether elements[k..] match w from pos on (to the end of w when
// `to_end`), trying every run length as Perl's backtracking does. Words are
// short and results are cached by the caller, so exhaustive search is fine.
bool match_from(std::string_view w, std::size_t pos, const Element* elements, std::size_t count, bool to_end) {
  if (count == 0) return !to_end || pos == w.size();
  const Element& e = elements[0];
  if (e.optional && match_from(w, pos, elements + 1, count - 1, to_end)) return true;
  if (pos >= w.size() || !matches_one(e.kind, w[pos], true)) return false;
  std::size_t end = pos + 1;
  bool is_run = e.kind == Element::kConsonantRun || e.kind == Element::kVowelRun;
  while (true) {
    if (match_from(w, end, elements + 1, count - 1, to_end)) return true;
    if (!is_run || end >= w.size() || !matches_one(e.kind, w[end], false)) return false;
    ++end;
  }
}

bool matches(std::string_view w, std::initializer_list<Element> pattern, bool to_end) {
  return match_from(w, 0, pattern.begin(), pattern.size(), to_end);
}

constexpr Element kOptC{Element::kConsonantRun, true};
constexpr Element kC{Element::kConsonantRun};
constexpr Element kV{Element::kVowelRun};
constexpr Element kOptV{Element::kVowelRun, true};

bool mgr0(std::string_view w) { return matches(w, {kOptC, kV, kC}, false); }          // ^(C)?VC
bool meq1(std::string_view w) { return matches(w, {kOptC, kV, kC, kOptV}, true); }    // ^(C)?VC(V)?$
bool mgr1(std::string_view w) { return matches(w, {kOptC, kV, kC, kV, kC}, false); }  // ^(C)?VCVC
bool hasv(std::string_view w) { return matches(w, {kOptC, {Element::kVowel}}, false); }  // ^(C)?v
bool cvc(std::string_view w) {  // ^Cv[^aeiouwxy]$
  return matches(w, {kC, {Element::kVowel}, {Element::kCvcLast}}, true);
}

bool ends_with(std::string_view w, std::string_view suffix) { return w.ends_with(suffix); }

struct Rule {
  std::string_view suffix, replacement;
};

// The longest suffix of w among the rules: the leftmost match of Perl's
// alternation anchored at the end. Returns nullptr when none applies.
template <std::size_t N>
const Rule* longest_suffix(std::string_view w, const std::array<Rule, N>& rules) {
  const Rule* best = nullptr;
  for (const Rule& rule : rules)
    if (ends_with(w, rule.suffix) && (!best || rule.suffix.size() > best->suffix.size())) best = &rule;
  return best;
}

constexpr std::array<Rule, 21> kStep2{{{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},
                                       {"anci", "ance"},   {"izer", "ize"},    {"bli", "ble"},
                                       {"alli", "al"},     {"entli", "ent"},   {"eli", "e"},
                                       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
                                       {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"},
                                       {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},
                                       {"iviti", "ive"},   {"biliti", "ble"},  {"logi", "log"}}};
constexpr std::array<Rule, 7> kStep3{{{"icate", "ic"},
                                      {"ative", ""},
                                      {"alize", "al"},
                                      {"iciti", "ic"},
                                      {"ical", "ic"},
                                      {"ful", ""},
                                      {"ness", ""}}};
constexpr std::array<Rule, 16> kStep4{{{"al", ""},   {"ance", ""}, {"ence", ""}, {"er", ""},
                                       {"ic", ""},   {"able", ""}, {"ible", ""}, {"ant", ""},
                                       {"ement", ""}, {"ou", ""},  {"ism", ""},  {"ate", ""},
                                       {"iti", ""},  {"ous", ""},  {"ive", ""},  {"ize", ""}}};

std::string_view drop(std::string_view w, std::size_t n) { return w.substr(0, w.size() - n); }

void step1ab(std::string& w) {
  if (ends_with(w, "sses") || ends_with(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
  if (ends_with(w, "eed")) {
    if (mgr0(drop(w, 3))) w.pop_back();
    return;
  }
  std::size_t suffix = ends_with(w, "ed") ? 2 : ends_with(w, "ing") ? 3 : 0;
  if (suffix == 0 || !hasv(drop(w, suffix))) return;
  w.erase(w.size() - suffix);
  std::size_t n = w.size();
  if (ends_with(w, "at") || ends_with(w, "bl") || ends_with(w, "iz")) {
    w += 'e';
  } else if (n >= 2 && w[n - 1] == w[n - 2] && !in(w[n - 1], "aeiouylsz")) {
    w.pop_back();
  } else if (cvc(w)) {
    w += 'e';
  }
}

// Steps 2 and 3: replace the longest listed suffix when the stem has m > 0.
template <std::size_t N>
void replace_suffix(std::string& w, const std::array<Rule, N>& rules) {
  const Rule* rule = longest_suffix(w, rules);
  if (!rule) return;
  std::string_view stem = drop(w, rule->suffix.size());
  if (mgr0(stem)) w.replace(stem.size(), std::string::npos, rule->replacement);
}

// Step 4 as modified by Chin-Yew Lin: three removals, each on the result of
// the previous one, all requiring m > 1 for what remains.
void step4(std::string& w) {
  if (const Rule* rule = longest_suffix(w, kStep4); rule && mgr1(drop(w, rule->suffix.size())))
    w.resize(w.size() - rule->suffix.size());
  if (ends_with(w, "ment") && mgr1(drop(w, 4))) w.resize(w.size() - 4);
  if (ends_with(w, "ent")) {
    if (mgr1(drop(w, 3))) w.resize(w.size() - 3);
  } else if ((ends_with(w, "sion") || ends_with(w, "tion")) && mgr1(drop(w, 3))) {
    w.resize(w.size() - 3);
  }
}

void step5(std::string& w) {
  if (ends_with(w, "e")) {
    std::string_view stem = drop(w, 1);
    if (mgr1(stem) || (meq1(stem) && !cvc(stem))) w.pop_back();
  }
  if (ends_with(w, "ll") && mgr1(w)) w.pop_back();
}

}  // namespace

std::string porter_rouge(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';
  step1ab(w);
  if (ends_with(w, "y") && hasv(drop(w, 1))) w.back() = 'i';
  replace_suffix(w, kStep2);
  replace_suffix(w, kStep3);
  step4(w);
  step5(w);
  if (initial_y) w[0] = 'y';
  return w;
}

}  // namespace annals::eval
