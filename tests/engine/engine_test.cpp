#include "annals/engine.h"

#include <gtest/gtest.h>

#include "annals/error.h"
#include "annals/source.h"

#include <algorithm>
#include <map>
#include "corpus/corpus.h"
#include "support/articles.h"

namespace annals {
namespace {

using testing::make_article;

using annals::testing::day;

std::vector<Article> story() {
  Article a = make_article("courier/1", "2025-03-03", "The dam failed on March 3, 2025. Water rose fast.",
                           "Valley Courier", "https://courier.example/1", "Dam fails");
  a.time = "06:10:00+01:00";
  return {a, make_article("wire/7", "2025-03-04", "Villages near the dam were evacuated on March 4, 2025."),
          make_article("post/2", "2025-03-20", "The dam inquiry opened on March 20, 2025.", "National Post")};
}

TEST(EngineTest, AnalysesOnceAndTracesEverySentenceToItsArticle) {
  Engine engine;
  IngestReport report = engine.add(story());
  EXPECT_EQ(report.read, 3u);
  EXPECT_EQ(report.added, 3u);
  ASSERT_EQ(engine.size(), 3u);
  EXPECT_EQ(engine.article(0).sentences.size(), 2u);
  EXPECT_EQ(engine.article(0).sentences[0].mentions.at(0).value, "2025-03-03");

  TimelineRequest request;
  request.dates = 3;
  request.sentences = 1;
  MethodSpec datewise;
  datewise.name = "datewise-mc";
  Timeline timeline = engine.timeline(request, datewise);
  ASSERT_EQ(timeline.entries.size(), 3u);
  const TimelineSentence& first = timeline.entries[0].sentences.at(0);
  EXPECT_EQ(timeline.entries[0].date, day("2025-03-03"));
  EXPECT_EQ(first.text, "The dam failed on March 3, 2025.");
  EXPECT_EQ(first.article, "courier/1");
  EXPECT_EQ(first.outlet, "Valley Courier");
  EXPECT_EQ(first.url, "https://courier.example/1");
  EXPECT_EQ(first.title, "Dam fails");
  EXPECT_EQ(first.published, "2025-03-03T06:10:00+01:00");
  EXPECT_EQ(first.position, 0u);
  EXPECT_EQ(first.language, "en");
  EXPECT_EQ(timeline.entries[1].sentences.at(0).published, "2025-03-04");
}

TEST(EngineTest, TheWindowIsAppliedOnceToArticlesAndDates) {
  Engine engine;
  engine.add(story());
  TimelineRequest request;
  request.dates = 5;
  request.window = {day("2025-03-01"), day("2025-03-10")};
  MethodSpec mentions;
  mentions.name = "datewise-mc";
  Timeline timeline = engine.timeline(request, mentions);
  ASSERT_EQ(timeline.entries.size(), 2u);
  for (const TimelineEntry& entry : timeline.entries) EXPECT_TRUE(request.window.contains(entry.date));
  for (const TimelineEntry& entry : timeline.entries)
    for (const TimelineSentence& s : entry.sentences) EXPECT_NE(s.article, "post/2");
}

TEST(EngineTest, IngestKeepsOnlyArticlesInsideItsWindow) {
  Engine engine;
  IngestReport report = engine.add(story(), {.window = {day("2025-03-04"), std::nullopt}});
  EXPECT_EQ(report.read, 3u);
  EXPECT_EQ(report.added, 2u);
  EXPECT_EQ(engine.size(), 2u);
  EXPECT_EQ(engine.article(0).article.id, "wire/7");
}

TEST(EngineTest, ReaderCommentsAreLeftOutAndCounted) {
  Article page = make_article("p", "2025-03-05",
                              "The dam report came out. It blames the operator. "
                              "March 5, 2025 at 9:10 pm | I knew it. March 5, 2025 at 9:12 pm | Shame.");
  Engine engine;
  IngestReport report = engine.add({page});
  EXPECT_EQ(report.reader_comments.articles, 1u);
  EXPECT_GT(report.reader_comments.sentences, 0u);
  EXPECT_EQ(engine.reader_comments().sentences, report.reader_comments.sentences);
  Engine keeping({.keep_reader_comments = true});
  keeping.add({page});
  EXPECT_EQ(keeping.reader_comments().sentences, 0u);
  EXPECT_GT(keeping.article(0).sentences.size(), engine.article(0).sentences.size());
}

TEST(EngineTest, InvalidSpecsAreUsageErrorsAndTrainingNeedsASupervisedMethod) {
  Engine engine;
  engine.add(story());
  MethodSpec unknown;
  unknown.name = "nope";
  EXPECT_THROW(engine.timeline({}, unknown), UsageError);
  MethodSpec bad;
  bad.name = "baseline";
  bad.parameters["lead_sentences"] = "0";
  EXPECT_THROW(engine.timeline({}, bad), UsageError);
  MethodSpec baseline;
  baseline.name = "baseline";
  EXPECT_THROW(train(baseline, {}, "nothing"), UsageError);
}

TEST(EngineTest, SameTimelinesWhateverTheThreadCount) {
  Engine one({.threads = 1}), two({.threads = 2});
  std::vector<Article> many;
  for (int i = 0; i < 200; ++i)
    for (Article a : story()) {
      a.id += "-" + std::to_string(i);
      many.push_back(a);
    }
  one.add(many);
  two.add(many);
  TimelineRequest request;
  request.dates = 3;
  Timeline a = one.timeline(request), b = two.timeline(request);
  ASSERT_EQ(a.entries.size(), b.entries.size());
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    ASSERT_EQ(a.entries[i].sentences.size(), b.entries[i].sentences.size());
    for (std::size_t k = 0; k < a.entries[i].sentences.size(); ++k)
      EXPECT_EQ(a.entries[i].sentences[k].article, b.entries[i].sentences[k].article);
  }
}

// A keyword in the furniture a timeline cuts does not make the sentence
// proper match: every shown sentence holds a keyword, for every method.
TEST(EngineRenderTest, KeywordsMustBeInWhatIsShown) {
  Engine engine;
  engine.add({make_article("g/1", "2025-03-10",
                           "Oil spill inquiry widens as engineers are questioned Monday 10 March 2025 18.15 GMT "
                           "Engineers found seepage at the Hollin dam after the heavy rain of the weekend.",
                           "Gazette"),
              make_article("c/1", "2025-03-10", "The oil slick reached the harbour of Carrowmouth on Monday morning.",
                           "Courier")});
  TimelineRequest request;
  request.dates = 2;
  request.sentences = 2;
  request.keywords = fold_keywords({"oil"});
  for (const std::string& method : {"baseline", "chieu2004", "annals", "datewise"}) {
    MethodSpec spec;
    spec.name = method;
    const Timeline timeline = engine.timeline(request, spec);
    for (const TimelineEntry& entry : timeline.entries)
      for (const TimelineSentence& sentence : entry.sentences)
        EXPECT_NE(sentence.text.find("oil"), std::string::npos) << method << ": " << sentence.text;
  }
}

}  // namespace
}  // namespace annals

namespace annals {
namespace {

const std::string kDemo = std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl";

// The demo corpus' articles, analysed once.
const Engine& demo_engine() {
  static const Engine engine = [] {
    Engine e;
    FileSource files({kDemo});
    e.add(files);
    return e;
  }();
  return engine;
}

// The entries' sentences by article id.
std::map<std::string, std::vector<const TimelineSentence*>> sentences_by_article(const Timeline& timeline) {
  std::map<std::string, std::vector<const TimelineSentence*>> out;
  for (const TimelineEntry& entry : timeline.entries)
    for (const TimelineSentence& s : entry.sentences) out[s.article].push_back(&s);
  return out;
}

TEST(EngineStoriesTest, TheDemoCorpusTwoWireCopiesAreMergedAndShowTheOtherOutlet) {
  TimelineRequest request;
  request.dates = 30;
  request.sentences = 5;
  request.keywords = fold_keywords({"collapsed", "arrested"});
  const Timeline timeline = demo_engine().timeline(request);  // baseline: merge_copies by default
  EXPECT_EQ(timeline.story_copies, 2u);
  EXPECT_EQ(timeline.stories_with_copies, 2u);
  EXPECT_TRUE(timeline.copies_merged);
  const auto by_article = sentences_by_article(timeline);
  // The later copy of each pair is merged into the earlier wire story.
  EXPECT_FALSE(by_article.contains("national-ledger-0002"));
  EXPECT_FALSE(by_article.contains("lowford-gazette-0007"));
  const std::map<std::string, std::string> copy_of = {{"meridian-press-0002", "national-ledger-0002"},
                                                      {"meridian-press-0008", "lowford-gazette-0007"}};
  std::size_t checked = 0;
  for (const auto& [wire, copy] : copy_of) {
    if (!by_article.contains(wire)) continue;
    for (const TimelineSentence* s : by_article.at(wire)) {
      ASSERT_EQ(s->also_reported_by.size(), 1u) << s->text;
      EXPECT_EQ(s->also_reported_by[0].article, copy);
      EXPECT_EQ(s->also_reported_by[0].outlet,
                copy.starts_with("national") ? "The National Ledger" : "Lowford Gazette");
      ++checked;
    }
  }
  EXPECT_GT(checked, 0u) << "the query should reach a sentence of a wire story";
  for (const auto& [id, sentences] : by_article) {
    if (copy_of.contains(id)) continue;
    for (const TimelineSentence* s : sentences) EXPECT_TRUE(s->also_reported_by.empty()) << id;
  }
}

TEST(EngineStoriesTest, MergeCopiesOffKeepsBothCopiesSelectable) {
  TimelineRequest request;
  request.dates = 30;
  request.sentences = 5;
  MethodSpec keep;
  keep.parameters["merge_copies"] = "false";
  const Timeline timeline = demo_engine().timeline(request, keep);
  EXPECT_EQ(timeline.story_copies, 2u);
  EXPECT_FALSE(timeline.copies_merged);
  for (const auto& [id, sentences] : sentences_by_article(timeline)) {
    if (id != "national-ledger-0002") continue;
    for (const TimelineSentence* s : sentences) EXPECT_EQ(s->also_reported_by.at(0).article, "meridian-press-0002");
  }
}

TEST(EngineStoriesTest, EachEntryHasAHeadlineAndItsSources) {
  TimelineRequest request;
  request.dates = 10;
  request.sentences = 2;
  const Timeline timeline = demo_engine().timeline(request);
  ASSERT_FALSE(timeline.entries.empty());
  std::map<std::string, const Article*> articles;
  for (std::size_t a = 0; a < demo_engine().size(); ++a)
    articles[demo_engine().article(a).article.id] = &demo_engine().article(a).article;
  for (const TimelineEntry& entry : timeline.entries) {
    // Demo titles carry no site suffix: the headline is the title, as written, of
    // the first sentence's article that reports the date (published on it or
    // the day after); with none, the first sentence cut short.
    const TimelineSentence* reporting = nullptr;
    for (const TimelineSentence& s : entry.sentences) {
      const Date published = articles.at(s.article)->published;
      if (!reporting && (published == entry.date || published == entry.date + 1)) reporting = &s;
    }
    if (reporting) {
      EXPECT_EQ(entry.headline, articles.at(reporting->article)->title);
    } else {
      EXPECT_FALSE(entry.headline.empty());
      EXPECT_EQ(entry.sentences.at(0).text.rfind(entry.headline.substr(0, entry.headline.size() / 2), 0), 0u)
          << entry.headline;
    }
    std::size_t published_that_day = 0, counted = 0;
    for (const auto& [id, article] : articles) published_that_day += article->published == entry.date;
    for (const OutletCount& source : entry.sources) {
      EXPECT_FALSE(source.outlet.empty());
      counted += source.articles;
    }
    EXPECT_EQ(counted, entry.articles);
    EXPECT_GE(entry.articles, published_that_day);  // plus the articles that mention the day
    EXPECT_TRUE(std::is_sorted(entry.sources.begin(), entry.sources.end(),
                               [](const OutletCount& a, const OutletCount& b) { return a.articles > b.articles; }));
  }
}

TEST(EngineStoriesTest, AnArticleWithoutOutletIsNamedByItsUrlHost) {
  Engine engine;
  engine.add({make_article("x/1", "2025-03-03", "The dam failed on March 3, 2025.", "",
                           "https://www.Courier.example:8080/2025/dam")});
  EXPECT_EQ(engine.article(0).article.outlet, "courier.example");
}

// What is shown of a sentence: a wire dateline becomes metadata even where it
// also reads as a headline run into an agency mark, and glued furniture goes.
Timeline baseline_timeline(Engine& engine, std::size_t dates, std::size_t sentences) {
  TimelineRequest request;
  request.dates = dates;
  request.sentences = sentences;
  MethodSpec baseline;
  baseline.name = "baseline";
  return engine.timeline(request, baseline);
}

TEST(EngineRenderTest, DatelinesStayMetadataAndGluedFurnitureIsCut) {
  Engine engine;
  engine.add({make_article("w/1", "2025-03-03",
                           "VENICE, Louisiana (Reuters) - Crews worked through Monday night to close the leaking well.",
                           "Wire"),
              make_article("g/1", "2025-03-10",
                           "Dam inquiry widens Engineers to be questioned Monday 10 March 2025 18.15 GMT The inquiry "
                           "will question three engineers about the sensor records next week.",
                           "Gazette")});
  const Timeline timeline = baseline_timeline(engine, 3, 1);
  std::map<std::string, TimelineSentence> by_article;
  for (const TimelineEntry& entry : timeline.entries)
    for (const TimelineSentence& s : entry.sentences) by_article.emplace(s.article, s);
  ASSERT_EQ(by_article.size(), 2u);
  const TimelineSentence& wire = by_article.at("w/1");
  EXPECT_EQ(wire.text, "Crews worked through Monday night to close the leaking well.");
  ASSERT_TRUE(wire.dateline.has_value());
  EXPECT_EQ(wire.dateline->place, "VENICE, Louisiana");
  EXPECT_EQ(wire.dateline->agency, "Reuters");
  const TimelineSentence& page = by_article.at("g/1");
  EXPECT_EQ(page.text, "The inquiry will question three engineers about the sensor records next week.");
  EXPECT_FALSE(page.dateline.has_value());
}

TEST(EngineRenderTest, AHeadlineGluedToTheLeadIsCutAndBecomesTheTitle) {
  const std::string glued =
      "Dam inquiry to question engineers The inquiry will question three engineers about the sensor records on "
      "March 10, 2025.";
  Engine engine;
  engine.add({make_article("g/1", "2025-03-10", glued, "Gazette")});
  // What is stored is what the source gave: the text whole, no title made up.
  EXPECT_EQ(engine.article(0).article.title, "");
  EXPECT_EQ(engine.article(0).sentences.at(0).text, glued);
  const Timeline timeline = baseline_timeline(engine, 1, 1);
  ASSERT_EQ(timeline.entries.size(), 1u);
  ASSERT_EQ(timeline.entries[0].sentences.size(), 1u);
  const TimelineSentence& shown = timeline.entries[0].sentences[0];
  EXPECT_EQ(shown.text, "The inquiry will question three engineers about the sensor records on March 10, 2025.");
  EXPECT_EQ(shown.title, "Dam inquiry to question engineers");
  EXPECT_EQ(timeline.entries[0].headline, "Dam inquiry to question engineers");
}

TEST(EngineRenderTest, TextReadOnceAsWindows1252IsShownRepaired) {
  // "La presa se cerró el 10 de marzo de 2025 por la inundación." garbled by hand.
  const std::string garbled = "La presa se cerrÃ³ el 10 de marzo de 2025 por la inundaciÃ³n.";
  Engine engine;
  Article article = make_article("p/1", "2025-03-10", garbled, "Diario");
  article.language = "es";
  engine.add({article});
  EXPECT_EQ(engine.article(0).article.text, garbled);  // stored as the source gave it
  const Timeline timeline = baseline_timeline(engine, 1, 1);
  ASSERT_EQ(timeline.entries.size(), 1u);
  ASSERT_EQ(timeline.entries[0].sentences.size(), 1u);
  EXPECT_EQ(timeline.entries[0].sentences[0].text, "La presa se cerró el 10 de marzo de 2025 por la inundación.");
}

TEST(CorpusTitleTest, AGivenTitleIsKeptAndOnlyTheFirstSentenceGivesOne) {
  const Corpus corpus = Corpus::analyze(
      {make_article("a", "2025-03-10", "Dam inquiry to question engineers The inquiry will question three engineers.",
                    "Gazette", "", "Engineers face inquiry"),
       make_article("b", "2025-03-10",
                    "The inquiry opened on Monday in the old town hall. Records lost in the flood The board said "
                    "that the sensor records were lost.")});
  EXPECT_EQ(corpus.title(0), "Engineers face inquiry");
  EXPECT_EQ(corpus.title(1), "");
  EXPECT_EQ(corpus.sentences_of(1)[1].proper, corpus.sentences_of(1)[1].text);
}

}  // namespace
}  // namespace annals
