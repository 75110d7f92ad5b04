// Every registered method, automatically: a method added to the registry is
// held to the same promises without anyone writing a test for it.
#include <gtest/gtest.h>

#include "annals/error.h"
#include "annals/eval/timeline_file.h"
#include "annals/loader.h"
#include "method_contract.h"

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
    if (p.type != "choice") EXPECT_THROW(registered(GetParam(), {{p.name, "not-a-value"}}), UsageError);
    for (const std::string& choice : p.choices) EXPECT_NO_THROW(registered(GetParam(), {{p.name, choice}}));
  }
  EXPECT_THROW(registered(GetParam(), {{"no_such_parameter", "1"}}), UsageError);
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
