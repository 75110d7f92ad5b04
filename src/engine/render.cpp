#include "engine/render.h"

#include <algorithm>
#include <map>
#include <set>

#include "engine/headline.h"
#include "text/sentence_proper.h"

namespace annals {

namespace {

std::string published_of(const Article& article) {
  std::string published = article.published.to_string();
  if (article.time) published += "T" + *article.time;
  return published;
}

// The other articles of the sentence's story.
std::vector<SourceReference> also_reported_by(const Corpus& corpus, std::uint32_t article) {
  std::vector<SourceReference> others;
  const AnalyzedArticle* self = &corpus.record(article);
  for (const SharedArticle& other : corpus.story_articles(corpus.story(article)))
    if (other.get() != self) others.push_back({other->article.outlet, other->article.id, other->article.url});
  return others;
}

// The wire dateline cut from the sentence, as metadata.
std::optional<Dateline> dateline_of(const Sentence& sentence, const Article& article) {
  const auto cut = text::find_sentence_proper(sentence.text, {article.language, sentence.position == 0}).dateline;
  if (!cut) return std::nullopt;
  return Dateline{std::string(cut->place), std::string(cut->agency)};
}

// The sentence as shown (Sentence::proper), with its provenance.
TimelineSentence sentence_of(const Corpus& corpus, std::uint32_t s) {
  const Sentence& sentence = corpus.sentences()[s];
  const Article& article = corpus.article(sentence.article);
  return {std::string(sentence.proper), article.id,       article.outlet,   article.url,
          std::string(corpus.title(sentence.article)), published_of(article), sentence.position, article.language,
          also_reported_by(corpus, sentence.article), dateline_of(sentence, article)};
}

// A title is the headline of its article's own day, so it heads a date only
// when the article reports that day: published on it or the day after.
bool reports_day(const Article& article, Date day) {
  return article.published == day || article.published == day + 1;
}

// The title of the first summary sentence whose article reports the date;
// else (the summary recalls the date from later articles, whose titles are
// about later news) the first sentence itself, compressed.
std::string headline_of(const Corpus& corpus, const tls::DateSummary& summary) {
  if (summary.sentences.empty()) return {};
  for (std::uint32_t s : summary.sentences) {
    const std::uint32_t a = corpus.sentences()[s].article;
    const Article& article = corpus.article(a);
    if (summary.granularity != Granularity::kDay || !reports_day(article, summary.date)) continue;
    std::string title = clean_title(corpus.title(a), article.outlet);
    if (!title.empty()) return title;
  }
  return compressed_lead(corpus.sentences()[summary.sentences.front()].proper);
}

// The timeline's entries (by first day, with their granularity) each
// article supports: a day entry its publication day and the days its
// sentences mention, a month or year entry the months or years they name.
void add_supported_dates(const AnalyzedArticle& record, const std::map<Date, Granularity>& entries,
                         std::set<Date>& out) {
  auto support = [&](Date first_day, Granularity g) {
    if (auto it = entries.find(first_day); it != entries.end() && it->second == g) out.insert(first_day);
  };
  support(record.article.published, Granularity::kDay);
  for (const AnalyzedSentence& sentence : record.sentences)
    for (const TimeMention& mention : sentence.mentions)
      if (auto period = parse_iso_period(mention.value); period && period->granularity == mention.granularity)
        support(period->first_day, period->granularity);
}

// Per entry: the articles of the window (merged copies included) supporting
// it, counted by outlet.
void add_sources(const Corpus& corpus, Timeline& timeline) {
  std::map<Date, Granularity> entries;
  for (const TimelineEntry& entry : timeline.entries) entries.emplace(entry.date, entry.granularity);
  std::map<Date, std::map<std::string, std::size_t>> counts;
  std::set<Date> supported;
  for (const SharedArticle& record : corpus.window_articles()) {
    supported.clear();
    add_supported_dates(*record, entries, supported);
    for (Date day : supported) ++counts[day][record->article.outlet];
  }
  for (TimelineEntry& entry : timeline.entries) {
    for (const auto& [outlet, articles] : counts[entry.date]) {
      entry.sources.push_back({outlet, articles});
      entry.articles += articles;
    }
    std::stable_sort(entry.sources.begin(), entry.sources.end(),
                     [](const OutletCount& a, const OutletCount& b) { return a.articles > b.articles; });
  }
}

}  // namespace

Timeline render(const tls::Selection& selection, const Corpus& corpus) {
  Timeline timeline;
  for (const tls::DateSummary& summary : selection.entries) {
    TimelineEntry& entry = timeline.entries.emplace_back();
    entry.date = summary.date;
    entry.granularity = summary.granularity;
    for (std::uint32_t s : summary.sentences) entry.sentences.push_back(sentence_of(corpus, s));
    entry.headline = headline_of(corpus, summary);
  }
  add_sources(corpus, timeline);
  timeline.story_copies = corpus.story_copies();
  timeline.stories_with_copies = corpus.stories_with_copies();
  timeline.copies_merged = corpus.copies_merged();
  timeline.boilerplate = corpus.boilerplate();
  return timeline;
}

}  // namespace annals
