#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <string>
#include <unordered_set>

namespace annals::text {

namespace {

// Abbreviations after which a period does not end a sentence even when a
// capitalised word follows. Kept short on purpose: each entry trades a missed
// break at a real sentence end for a correct non-break mid-sentence, and only
// these are common mid-sentence in news.
const std::unordered_set<std::string_view>& abbreviations(std::string_view language) {
  static const std::unordered_set<std::string_view> en = {
      "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Cmdr.", "Adm.",
      "Gov.", "Sen.", "Rep.", "Rev.", "Pres.", "Supt.", "Det.", "Insp.", "St.", "Mt.", "Ft.", "Jr.",
      "Sr.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.",
      "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "No.", "Nos.", "vs.", "Inc.", "Corp.", "Co.", "Ltd.",
      "Bros.", "Ave.", "Blvd.", "Rd.", "approx.", "e.g.", "i.e.", "Ph.D."};
  static const std::unordered_set<std::string_view> es = {
      "Sr.", "Sra.", "Srta.", "Dr.", "Dra.", "Lic.", "Ing.", "Gral.", "Sto.", "Sta.", "Av.", "núm.",
      "Núm.", "EE.UU.", "pág.", "aprox.", "Ud.", "Uds.", "ene.", "feb.", "abr.",
      "ago.", "sept.", "oct.", "nov.", "dic."};
  static const std::unordered_set<std::string_view> fr = {
      "M.", "MM.", "Mme.", "Mlle.", "Dr.", "Pr.", "St.", "Ste.", "av.", "bd.", "n°", "janv.", "févr.",
      "avr.", "juil.", "sept.", "oct.", "nov.", "déc.", "env.", "cf."};
  static const std::unordered_set<std::string_view> it = {
      "Sig.", "Sigg.", "Sig.ra", "Dott.", "Dott.ssa", "Prof.", "On.", "Avv.", "Ing.", "Gen.", "S.",
      "Sen.", "gen.", "feb.", "apr.", "giu.", "lug.", "ago.", "sett.", "ott.", "nov.", "dic.", "pag."};
  static const std::unordered_set<std::string_view> de = {
      "Dr.", "Prof.", "Hr.", "Fr.", "St.", "Nr.", "z.B.", "bzw.", "ca.", "usw.", "Jan.", "Feb.",
      "Apr.", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", "Str.", "Abs.", "Bd."};
  if (language == "es") return es;
  if (language == "fr") return fr;
  if (language == "it") return it;
  if (language == "de") return de;
  return en;
}

bool is_space_at(std::string_view s, std::size_t i, std::size_t& width) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    width = 1;
    return true;
  }
  // U+00A0 NO-BREAK SPACE and U+3000 IDEOGRAPHIC SPACE.
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    width = 2;
    return true;
  }
  if (c == 0xE3 && s.substr(i, 3) == "\xE3\x80\x80") {
    width = 3;
    return true;
  }
  return false;
}

// How many quotations `sentence` leaves open: straight double quotes pair up
// in order; curly quotes, guillemets and tokenised quotes (`` and '', as in
// Timeline17) open and close by their shape.
int open_quotes(std::string_view sentence) {
  int straight = 0, shaped = 0;
  auto close = [&] { shaped -= shaped > 0; };
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    std::string_view rest = sentence.substr(i);
    if (rest[0] == '"') straight ^= 1;
    else if (rest.starts_with("\u201C") || rest.starts_with("\u00AB") || rest.starts_with("``")) ++shaped, ++i;
    else if (rest.starts_with("\u201D") || rest.starts_with("\u00BB") || rest.starts_with("''")) close(), ++i;
  }
  return straight + shaped;
}

// The text from the start of `first` to the end of `last`, which follow
// each other in one paragraph.
std::string_view span_of(std::string_view first, std::string_view last) {
  return {first.data(), std::size_t(last.data() + last.size() - first.data())};
}

// ICU ends a sentence at a full stop inside a quotation ("Stenmark did not
// operate this dam. The authority did," he said.), which leaves half a quote
// on each side. Joins such a run back when the quotation closes within the
// next few sentences; a stray quote mark that never closes joins nothing.
void join_open_quotations(std::vector<std::string_view>& sentences, std::size_t first) {
  constexpr std::size_t kMaxJoined = 4;
  std::size_t kept = first;
  for (std::size_t i = first; i < sentences.size(); ++kept) {
    std::size_t last = i;
    if (open_quotes(sentences[i]) > 0)
      for (std::size_t j = i + 1; j < sentences.size() && j < i + kMaxJoined; ++j)
        if (open_quotes(span_of(sentences[i], sentences[j])) == 0) {
          last = j;
          break;
        }
    sentences[kept] = span_of(sentences[i], sentences[last]);
    i = last + 1;
  }
  sentences.resize(kept);
}

}  // namespace

std::string_view trim(std::string_view s) {
  std::size_t width = 0;
  while (!s.empty() && is_space_at(s, 0, width)) s.remove_prefix(width);
  while (!s.empty()) {
    // Look back for a 1-, 2- or 3-byte space ending the view.
    bool trimmed = false;
    for (std::size_t w = 1; w <= 3 && w <= s.size(); ++w) {
      std::size_t at = s.size() - w;
      if (is_space_at(s, at, width) && width == w) {
        s.remove_suffix(w);
        trimmed = true;
        break;
      }
    }
    if (!trimmed) break;
  }
  return s;
}

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
  const std::unordered_set<std::string_view>* abbreviations = nullptr;
};

SentenceSplitter::SentenceSplitter(std::string_view language) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(std::string(language).c_str());
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status) || !impl_->iterator) {
    status = U_ZERO_ERROR;
    impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  }
  impl_->abbreviations = &abbreviations(language);
}

SentenceSplitter::~SentenceSplitter() = default;

std::vector<std::string_view> SentenceSplitter::split(std::string_view text) {
  std::vector<std::string_view> out;
  // A line break ends a paragraph: headlines and datelines carry no final
  // period, and ICU would otherwise glue them to the next sentence.
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view paragraph = trim(text.substr(start, end - start));
    if (!paragraph.empty()) split_paragraph(paragraph, out);
    start = end + 1;
  }
  return out;
}

void SentenceSplitter::split_paragraph(std::string_view paragraph, std::vector<std::string_view>& out) {
  UErrorCode status = U_ZERO_ERROR;
  // UText over UTF-8 avoids a UTF-16 copy; break positions are byte offsets.
  UText* utext = utext_openUTF8(nullptr, paragraph.data(), int64_t(paragraph.size()), &status);
  if (U_FAILURE(status)) {
    out.push_back(paragraph);
    return;
  }
  impl_->iterator->setText(utext, status);
  const std::size_t first_of_paragraph = out.size();
  std::size_t pending = std::string_view::npos;  // start of a sentence being joined across an abbreviation
  int32_t begin = impl_->iterator->first();
  for (int32_t end = impl_->iterator->next(); end != icu::BreakIterator::DONE;
       begin = end, end = impl_->iterator->next()) {
    std::size_t from = pending != std::string_view::npos ? pending : std::size_t(begin);
    std::string_view sentence = trim(paragraph.substr(from, std::size_t(end) - from));
    if (sentence.empty()) continue;
    if (std::size_t(end) < paragraph.size() && ends_with_abbreviation(sentence)) {
      pending = from;
      continue;
    }
    pending = std::string_view::npos;
    out.push_back(sentence);
  }
  if (pending != std::string_view::npos) {
    std::string_view rest = trim(paragraph.substr(pending));
    if (!rest.empty()) out.push_back(rest);
  }
  utext_close(utext);
  join_open_quotations(out, first_of_paragraph);
}

bool SentenceSplitter::ends_with_abbreviation(std::string_view sentence) const {
  std::size_t space = sentence.find_last_of(" \t(\"");
  std::string_view last = space == std::string_view::npos ? sentence : sentence.substr(space + 1);
  return impl_->abbreviations->count(last) > 0;
}

}  // namespace annals::text
