// Conformance with tilse + ROUGE-1.5.5 on the golden vectors of ../shared/eval.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "annals/eval/metrics.h"
#include "eval/alignment.h"
#include "eval_test_support.h"

namespace annals::eval {
namespace {

namespace fs = std::filesystem;

struct Vector {
  std::string name;
  TextTimeline pred;
  std::vector<TextTimeline> refs;  // ref1.txt, ref2.txt, ... in file-name order
};

TextTimeline read_clean(const fs::path& path) {
  TimelineParse parse = read_tilse_timeline(path);
  EXPECT_TRUE(parse.warnings.empty()) << path;
  return parse.timeline;
}

std::vector<Vector> golden_vectors() {
  std::vector<Vector> vectors;
  std::set<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(testing::golden_dir()))
    if (entry.is_directory()) dirs.insert(entry.path());
  for (const fs::path& dir : dirs) {
    Vector v{dir.filename().string(), read_clean(dir / "pred.txt"), {}};
    std::set<fs::path> refs;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().filename().string().starts_with("ref")) refs.insert(entry.path());
    for (const fs::path& ref : refs) v.refs.push_back(read_clean(ref));
    vectors.push_back(std::move(v));
  }
  return vectors;
}

const Prf& lookup(const TaskScores& scores, const std::string& measure, const std::string& variant) {
  if (measure == "date") return scores.date;
  const RougeScores& rouge = measure == "rouge_1" ? scores.rouge_1 : scores.rouge_2;
  for (Variant v : kAllVariants)
    if (variant_name(v) == variant) return rouge[v];
  throw std::runtime_error("unknown variant " + variant);
}

TEST(Golden, EveryExpectedValueWithin1e12) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  Evaluator evaluator(testing::shared_rouge_data());
  std::map<std::string, TaskScores> scores;
  std::vector<TaskScores> in_order;
  for (const Vector& v : golden_vectors()) {
    TaskScores s = evaluator.evaluate(v.pred, v.refs);
    EXPECT_TRUE(s.warnings.empty()) << v.name;
    in_order.push_back(s);
    scores[v.name] = std::move(s);
  }
  ASSERT_EQ(scores.size(), 7u);
  scores["AVERAGE_newstls_style"] = average_news_tls(in_order);
  std::ifstream in(testing::golden_dir() / "expected.tsv");
  std::size_t checked = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.starts_with("vector\t")) continue;
    std::istringstream fields(line);
    std::string vector, refs, measure, variant;
    double p, r, f;
    fields >> vector >> refs >> measure >> variant >> p >> r >> f;
    ASSERT_TRUE(scores.contains(vector)) << line;
    const Prf& got = lookup(scores.at(vector), measure, variant);
    EXPECT_NEAR(got.precision, p, 1e-12) << line;
    EXPECT_NEAR(got.recall, r, 1e-12) << line;
    EXPECT_NEAR(got.f1, f, 1e-12) << line;
    ++checked;
  }
  EXPECT_EQ(checked, 7u * 11 + 3);
}

// Predicted dates as rows, the union of reference dates as columns.
CostMatrix build_costs(const Vector& v, bool with_content) {
  std::vector<Date> pd, rd;
  std::set<Date> ref_dates;
  ContentTokenizer content;
  std::vector<NgramBag> pred_words;
  for (const auto& [date, sentences] : v.pred.dates) {
    pd.push_back(date);
    pred_words.push_back(content.summary_bag(sentences));
  }
  for (const TextTimeline& ref : v.refs)
    for (const auto& entry : ref.dates) ref_dates.insert(entry.first);
  rd.assign(ref_dates.begin(), ref_dates.end());
  if (!with_content) return date_costs(pd, rd);
  std::vector<std::vector<NgramBag>> ref_words(rd.size());
  for (std::size_t j = 0; j < rd.size(); ++j)
    for (const TextTimeline& ref : v.refs) {
      auto found = ref.dates.find(rd[j]);
      ref_words[j].push_back(found == ref.dates.end() ? NgramBag() : content.summary_bag(found->second));
    }
  return date_content_costs(pd, pred_words, rd, ref_words);
}

// The cost matrices annals builds are the ones tilse built, value for value
// (each vector and variant lists the precision matrix, then the recall one).
TEST(Golden, CostMatricesEqualTilses) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  std::map<std::string, Vector> vectors;
  for (Vector& v : golden_vectors()) vectors[v.name] = std::move(v);
  std::map<std::pair<std::string, std::string>, int> seen;
  for (const auto& record : testing::read_jsonl(testing::golden_dir() / "alignments.jsonl")) {
    const Vector& v = vectors.at(record["vector"]);
    std::string variant = record["variant"];
    CostMatrix cost = build_costs(v, variant != "align_date_costs");
    if (seen[{v.name, variant}]++ == 1) cost = cost.transposed();
    const auto& expected = record["cost"];
    ASSERT_EQ(cost.rows(), expected.size()) << v.name << " " << variant;
    for (std::size_t i = 0; i < cost.rows(); ++i)
      for (std::size_t j = 0; j < cost.cols(); ++j)
        EXPECT_EQ(cost.at(i, j), expected[i][j].get<double>()) << v.name << " " << variant << " " << i << "," << j;
  }
}

}  // namespace
}  // namespace annals::eval
