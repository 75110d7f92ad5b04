// Every registered method, automatically: a method added to the registry is
// held to the same promises without anyone writing a test for it.
#include <gtest/gtest.h>

#include "annals/error.h"
#include "annals/eval/timeline_file.h"
#include "annals/loader.h"
#include "method_contract.h"
#include "support/articles.h"
#include "text/near_copy.h"

namespace annals::tls {
namespace {

// The bundled demo corpus: 55 fictional articles over 94 days.
Corpus demo_corpus(const DateWindow& window) {
  LoadResult loaded = load_articles({std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl"});
  return Corpus::analyze(std::move(loaded.articles), {}, window);
}

std::vector<std::string> registered_names(bool supervised_only = false) {
  std::vector<std::string> names;
  for (const MethodInfo& info : methods())
    if (info.supervised || !supervised_only) names.push_back(info.name);
  return names;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

class MethodContract : public ::testing::TestWithParam<std::string> {};

TEST_P(MethodContract, KeepsItsPromisesOnTheDemoCorpus) {
  TimelineRequest request;
  request.dates = 6;
  request.sentences = 2;
  request.keywords = fold_keywords({"Dam", "inquiry"});
  request.window = {Date::parse_iso("2025-03-01"), Date::parse_iso("2025-04-30")};
  Corpus corpus = demo_corpus(request.window);
  Selection first = registered(GetParam())->build(corpus, request);
  EXPECT_FALSE(first.entries.empty()) << "the demo corpus has dam and inquiry sentences in the window";
  expect_method_contract(first, corpus, request);
  Selection again = registered(GetParam())->build(corpus, request);
  ASSERT_EQ(dates_of(again), dates_of(first)) << "a method must be deterministic";
  for (std::size_t i = 0; i < first.entries.size(); ++i) EXPECT_EQ(again.entries[i].sentences, first.entries[i].sentences);
}

// The date oracle: with dates given, the method shows no other.
TEST_P(MethodContract, GivenDatesAreTheOnlyDatesItShows) {
  TimelineRequest request;
  request.sentences = 2;
  request.keywords = fold_keywords({"Dam", "inquiry"});
  request.window = {Date::parse_iso("2025-03-01"), Date::parse_iso("2025-04-30")};
  // Four of the demo reference's dates, and one with no coverage at all.
  for (const char* iso : {"2025-03-04", "2025-03-06", "2025-03-12", "2025-04-17", "2025-04-10"})
    request.given_dates.insert(*Date::parse_iso(iso));
  request.dates = request.given_dates.size();
  Corpus corpus = demo_corpus(request.window);
  Selection t = registered(GetParam())->build(corpus, request);
  EXPECT_FALSE(t.entries.empty()) << "the demo corpus covers the given days";
  expect_method_contract(t, corpus, request);
  for (const DateSummary& e : t.entries) EXPECT_TRUE(request.given_dates.contains(e.date)) << e.date.to_string();
}

TEST_P(MethodContract, AnEmptyCorpusGivesAnEmptyTimeline) {
  EXPECT_TRUE(registered(GetParam())->build(Corpus::analyze({}), TimelineRequest{}).entries.empty());
}

TEST_P(MethodContract, EveryParameterDefaultReadsBackAndBadValuesAreUsageErrors) {
  const MethodInfo* info = find_method(GetParam());
  ASSERT_NE(info, nullptr);
  for (const ParameterInfo& p : info->parameters) {
    SCOPED_TRACE(p.name);
    EXPECT_FALSE(p.description.empty());
    if (p.type == "path") continue;  // "" stands for the shipped model
    EXPECT_NO_THROW(registered(GetParam(), {{p.name, p.default_value}}));
    if (p.type != "choice") {
      EXPECT_THROW(registered(GetParam(), {{p.name, "not-a-value"}}), UsageError);
    }
    for (const std::string& choice : p.choices) EXPECT_NO_THROW(registered(GetParam(), {{p.name, choice}}));
  }
  EXPECT_THROW(registered(GetParam(), {{"no_such_parameter", "1"}}), UsageError);
}

// Eight days of coverage built to tempt a method into repeats and lengths
// nobody reads: every article opens with the same syndicated background
// sentence (or a shortened copy of it), and each day has a 70-word run-on
// lead and a three-word fragment, all with the keywords.
Corpus tempting_corpus() {
  std::vector<Article> articles;
  std::string run_on = "The dam inquiry heard";
  for (int i = 0; i < 6; ++i) run_on += " that the gates, the valves, the crest and the spillway of the old wall";
  for (int d = 1; d <= 8; ++d) {
    const std::string date = "2025-03-0" + std::to_string(d);
    for (int a = 0; a < 3; ++a) {
      const std::string background =
          a == 2 ? "Engineers said the Carrowmouth dam wall cracked during the storm."
                 : "Engineers said the Carrowmouth dam wall cracked during the February storm, the inquiry heard.";
      const std::string witness = std::to_string(10 * d + a);
      const std::string text = background + "\n" + run_on + ".\nDam inquiry resumes.\nOn March " +
                               std::to_string(d) + " the dam inquiry heard witness " + witness +
                               " describe the spillway gates.\nWitness " + witness +
                               " told the dam inquiry the crest valves jammed twice that night.";
      articles.push_back(testing::make_article(date + "-" + std::to_string(a), date, text));
    }
  }
  return Corpus::analyze(std::move(articles));
}

TimelineRequest tempting_request() {
  TimelineRequest request;
  request.dates = 6;
  request.sentences = 2;
  request.keywords = fold_keywords({"dam"});
  request.window = {Date::parse_iso("2025-03-01"), Date::parse_iso("2025-03-08")};
  return request;
}

// Sentences that repeat one read before them (dates in order, each summary
// in order), as text::is_near_copy judges content words.
std::size_t repeats_in(const Selection& t, const Corpus& corpus) {
  std::vector<std::vector<std::uint32_t>> read;
  std::size_t repeats = 0;
  for (const DateSummary& e : t.entries)
    for (std::uint32_t s : e.sentences) {
      auto words = text::content_word_set(corpus.sentences()[s].terms);
      repeats += std::any_of(read.begin(), read.end(), [&](const auto& earlier) { return text::is_near_copy(words, earlier); });
      read.push_back(std::move(words));
    }
  return repeats;
}

const std::map<std::string, std::string> kReadable = {
    {"distinct_sentences", "true"}, {"max_sentence_words", "60"}, {"min_sentence_words", "6"}, {"true_days", "true"}};
const std::map<std::string, std::string> kPublished = {
    {"distinct_sentences", "false"}, {"max_sentence_words", "0"}, {"min_sentence_words", "0"}, {"true_days", "false"}};

TEST_P(MethodContract, TheReadableRulesKeepRepeatsAndUnreadableLengthsOut) {
  TimelineRequest request = tempting_request();
  Corpus corpus = tempting_corpus();
  Selection t = registered(GetParam(), kReadable)->build(corpus, request);
  EXPECT_FALSE(t.entries.empty());
  expect_method_contract(t, corpus, request);
  EXPECT_EQ(repeats_in(t, corpus), 0u);
  for (const DateSummary& e : t.entries)
    for (std::uint32_t s : e.sentences) {
      const std::size_t words = text::word_count(corpus.sentences()[s].text);
      EXPECT_GE(words, 6u) << corpus.sentences()[s].text;
      EXPECT_LE(words, 60u) << corpus.sentences()[s].text;
    }
}

TEST_P(MethodContract, ItsDefaultsAreReadableWhereTheyRefuseRepeats) {
  const MethodInfo* info = find_method(GetParam());
  ASSERT_NE(info, nullptr);
  auto distinct = std::find_if(info->parameters.begin(), info->parameters.end(),
                               [](const ParameterInfo& p) { return p.name == "distinct_sentences"; });
  ASSERT_NE(distinct, info->parameters.end()) << "every method has the readability parameters";
  if (distinct->default_value != "true") GTEST_SKIP() << GetParam() << " keeps its published behaviour by default";
  TimelineRequest request = tempting_request();
  Corpus corpus = tempting_corpus();
  EXPECT_EQ(repeats_in(registered(GetParam())->build(corpus, request), corpus), 0u);
}

TEST(TemptingCorpusTest, WithoutTheRulesMethodsDoRepeat) {
  // The check above could pass on a corpus that tempts nobody; this one
  // makes the published behaviour of most methods repeat a sentence.
  TimelineRequest request = tempting_request();
  Corpus corpus = tempting_corpus();
  std::size_t repeating = 0;
  for (const MethodInfo& info : methods())
    repeating += repeats_in(registered(info.name, kPublished)->build(corpus, request), corpus) > 0;
  EXPECT_GE(repeating, methods().size() / 2);
}

TEST(MethodRegistryTest, MinimumAboveMaximumSentenceWordsIsAUsageError) {
  EXPECT_THROW(registered("datewise", {{"min_sentence_words", "20"}, {"max_sentence_words", "10"}}), UsageError);
  EXPECT_NO_THROW(registered("datewise", {{"min_sentence_words", "20"}, {"max_sentence_words", "0"}}));
}

class SupervisedMethodContract : public ::testing::TestWithParam<std::string> {};

TEST_P(SupervisedMethodContract, TrainsAModelItCanUse) {
  const MethodDefinition& definition = definition_of(GetParam());
  ASSERT_TRUE(definition.train);
  eval::TimelineParse reference =
      eval::read_tilse_timeline(std::string(ANNALS_SOURCE_DIR) + "/data/demo/reference.txt");
  TimelineRequest request;
  request.dates = reference.timeline.dates.size();
  request.window = {reference.timeline.dates.begin()->first, reference.timeline.dates.rbegin()->first};
  Corpus corpus = demo_corpus(request.window);
  std::vector<TrainingExample> examples = {{&corpus, request, &reference.timeline}};
  std::string model = definition.train(examples, definition.parameters, "test");
  MethodSpec spec;
  spec.name = GetParam();
  spec.model = std::make_shared<const std::string>(model);
  Selection trained = make_method(spec)->build(corpus, request);
  expect_method_contract(trained, corpus, request);
  EXPECT_FALSE(trained.entries.empty());
}

INSTANTIATE_TEST_SUITE_P(Registered, MethodContract, ::testing::ValuesIn(registered_names()), test_name);
INSTANTIATE_TEST_SUITE_P(Registered, SupervisedMethodContract, ::testing::ValuesIn(registered_names(true)), test_name);

TEST(MethodRegistryTest, UnknownMethodsAndParametersNameTheValidOnes) {
  MethodSpec unknown;
  unknown.name = "no-such-method";
  try {
    validate(unknown);
    FAIL() << "an unknown method must be a usage error";
  } catch (const UsageError& e) {
    for (const MethodInfo& info : methods()) EXPECT_NE(std::string(e.what()).find(info.name), std::string::npos);
  }
  try {
    registered("clust", {{"inflate", "3"}});
    FAIL() << "an unknown parameter must be a usage error";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("inflation"), std::string::npos) << e.what();
  }
  try {
    registered("clust", {{"inflation", "0.5"}});
    FAIL() << "a value out of range must be a usage error";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("from 1.01 to 10"), std::string::npos) << e.what();
  }
  EXPECT_THROW(registered("datewise", {{"summarizer", "lexrank"}}), UsageError);
}

TEST(MethodRegistryTest, TheDefaultMethodComesFirstAndAnEmptyNameMeansIt) {
  EXPECT_EQ(definition_of("").name, methods().front().name);
}

TEST(MethodRegistryTest, ParametersChangeWhatAMethodDoes) {
  TimelineRequest request;
  request.dates = 8;
  request.window = {Date::parse_iso("2025-03-01"), Date::parse_iso("2025-05-31")};
  Corpus corpus = demo_corpus(request.window);
  // One lead sentence per article leaves fewer candidates than five.
  Selection five = registered("baseline")->build(corpus, request);
  Selection one = registered("baseline", {{"lead_sentences", "1"}})->build(corpus, request);
  for (const DateSummary& e : one.entries)
    for (std::uint32_t s : e.sentences) EXPECT_EQ(corpus.sentences()[s].position, 0u);
  bool later_lead = false;
  for (const DateSummary& e : five.entries)
    for (std::uint32_t s : e.sentences) later_lead = later_lead || corpus.sentences()[s].position > 0;
  EXPECT_TRUE(later_lead);
}

TEST(MethodSpecTest, ReadsAssignmentsAndJson) {
  MethodSpec spec;
  spec.set("inflation=3.5");
  EXPECT_EQ(spec.parameters.at("inflation"), "3.5");
  EXPECT_THROW(spec.set("inflation"), UsageError);
  EXPECT_THROW(spec.set("=3"), UsageError);
  MethodSpec json = MethodSpec::from_json(R"({"method": "clust", "parameters": {"inflation": 3.5, "summarizer": "textrank"}})");
  EXPECT_EQ(json.name, "clust");
  EXPECT_EQ(json.parameters.at("inflation"), "3.5");
  EXPECT_EQ(json.parameters.at("summarizer"), "textrank");
  EXPECT_NO_THROW(validate(json));
  EXPECT_EQ(MethodSpec::from_json(json.to_json()).parameters, json.parameters);
  EXPECT_THROW(MethodSpec::from_json("[1]"), UsageError);
  EXPECT_THROW(MethodSpec::from_json(R"({"parameters": {"x": [1]}})"), UsageError);
  EXPECT_THROW(MethodSpec::from_json("{"), UsageError);
}

}  // namespace
}  // namespace annals::tls
