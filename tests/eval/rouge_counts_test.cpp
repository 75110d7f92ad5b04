#include "eval/rouge_counts.h"

#include <gtest/gtest.h>

#include "eval/rouge_tokenizer.h"
#include "eval_test_support.h"

namespace annals::eval {
namespace {

std::vector<std::string> tokens(std::string_view sentence) {
  std::vector<std::string> out;
  append_rouge_tokens(sentence, out);
  return out;
}

using Tokens = std::vector<std::string>;

TEST(RougeTokenizer, ByteLevelRules) {
  EXPECT_EQ(tokens("re-election"), (Tokens{"re", "election"}));
  EXPECT_EQ(tokens("New York's 8.5 U.S."), (Tokens{"new", "york", "s", "8", "5", "u", "s"}));
  EXPECT_EQ(tokens("caf\xC3\xA9 Runners_up \xE2\x80\x9Csuperstorm\xE2\x80\x9D"),
            (Tokens{"caf", "runners", "up", "superstorm"}));
  EXPECT_EQ(tokens("A^B"), (Tokens{"a", "circ", "b"}));
  EXPECT_EQ(tokens("test <tag> more"), (Tokens{"test"}));
  EXPECT_EQ(tokens("  <b>bold</b>"), Tokens{});
  EXPECT_EQ(tokens("$ 14 billion"), (Tokens{"14", "billion"}));
  EXPECT_EQ(tokens("\xC3\x89" "COLE"), (Tokens{"cole"}));  // only A-Z is lowercased
}

TEST(RougeCounts, ClipsPerReferenceAndMultipliesPeerCount) {
  std::vector<TokenId> peer = {1, 2, 1, 3}, ref_a = {1, 1, 1}, ref_b = {2, 3};
  NgramBag p(peer, 1);
  std::vector<NgramBag> refs = {NgramBag(ref_a, 1), NgramBag(ref_b, 1), NgramBag()};
  RougeCounts c = rouge_counts(p, refs);
  EXPECT_EQ(c.hits, 2 + 2 + 0);
  EXPECT_EQ(c.peer, 3 * 4);
  EXPECT_EQ(c.model, 3 + 2);
  NgramBag bigrams(peer, 2);
  EXPECT_EQ(bigrams.size(), 3);
  EXPECT_EQ(NgramBag(std::vector<TokenId>{7}, 2).size(), 0);
}

// Every ROUGE-1.5.5 call tilse made for the golden vectors, with its raw counts.
TEST(RougeCounts, MatchesEveryGoldenRougeCall) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  RougeAnalyzer analyzer(testing::shared_rouge_data());
  auto calls = testing::read_jsonl(testing::golden_dir() / "rouge_calls.jsonl");
  ASSERT_EQ(calls.size(), 227u);
  for (const auto& call : calls) {
    std::vector<TokenId> peer = analyzer.summary_tokens(call["peer"].get<std::vector<std::string>>());
    std::vector<std::vector<TokenId>> refs;
    for (std::size_t k = 0; k < call["refs"].size(); ++k)
      refs.push_back(analyzer.summary_tokens(call["refs"][std::to_string(k)].get<std::vector<std::string>>()));
    for (int n : {1, 2}) {
      std::vector<NgramBag> ref_bags;
      for (const auto& r : refs) ref_bags.emplace_back(r, n);
      RougeCounts c = rouge_counts(NgramBag(peer, n), ref_bags);
      std::string prefix = "rouge_" + std::to_string(n) + "_";
      const auto& expected = call["counts"];
      EXPECT_EQ(c.hits, expected[prefix + "h_count"].get<int64_t>()) << call.dump();
      EXPECT_EQ(c.peer, expected[prefix + "p_count"].get<int64_t>()) << call.dump();
      EXPECT_EQ(c.model, expected[prefix + "m_count"].get<int64_t>()) << call.dump();
    }
  }
}

}  // namespace
}  // namespace annals::eval
