#include "annals/eval/metrics.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <set>

#include "eval/alignment.h"
#include "eval/f_score.h"
#include "algorithms/lsap.h"
#include "common/parallel.h"
#include "eval/rouge_counts.h"

namespace annals::eval {

namespace {

constexpr int kOrders[] = {1, 2};

// One evaluation's inputs as n-gram bags. Predicted dates PD and the union
// of reference dates RD are sorted; every RD entry holds m bags, empty for a
// reference that lacks the date (tilse's GroundTruth lookup).
struct Task {
  std::vector<Date> pd, rd;
  std::size_t m = 0;
  std::array<std::vector<NgramBag>, 2> pred;               // [n-1][i]
  std::array<std::vector<std::vector<NgramBag>>, 2> refs;  // [n-1][j][k]
  std::array<NgramBag, 2> pred_concat;
  std::array<std::vector<NgramBag>, 2> refs_concat;        // [n-1][k]
  std::vector<NgramBag> pred_words;                        // [i]
  std::vector<std::vector<NgramBag>> ref_words;            // [j][k]
};

Prf make_prf(double precision, double recall) { return {precision, recall, f1_score(precision, recall)}; }

double ratio(double num, int64_t den) { return den == 0 ? 0.0 : num / double(den); }

// Precision and recall of one aligned variant for n-gram order n (§4.3 of
// the spec): matched pairs add weighted hits, every date adds its n-grams.
Prf align_scores(const Task& t, int n, const Assignment& for_precision, const Assignment& for_recall) {
  const auto& pred = t.pred[n - 1];
  const auto& refs = t.refs[n - 1];
  double prec_num = 0, rec_num = 0;
  int64_t prec_den = 0, rec_den = 0;
  for (auto [i, j] : for_precision)
    prec_num += date_weight(t.pd[i], t.rd[j]) * double(rouge_counts(pred[i], refs[j]).hits);
  for (auto [j, i] : for_recall)
    rec_num += date_weight(t.pd[i], t.rd[j]) * double(rouge_counts(pred[i], refs[j]).hits);
  for (const NgramBag& bag : pred) prec_den += int64_t(t.m) * bag.size();
  for (const auto& at_date : refs)
    for (const NgramBag& bag : at_date) rec_den += bag.size();
  return make_prf(ratio(prec_num, prec_den), ratio(rec_num, rec_den));
}

// Only dates on both sides can score hits; each side's dates add their counts.
Prf agreement_scores(const Task& t, int n) {
  int64_t hits = 0, prec_den = 0, rec_den = 0;
  std::size_t i = 0;
  for (std::size_t j = 0; j < t.rd.size(); ++j) {
    while (i < t.pd.size() && t.pd[i] < t.rd[j]) ++i;
    if (i < t.pd.size() && t.pd[i] == t.rd[j]) hits += rouge_counts(t.pred[n - 1][i], t.refs[n - 1][j]).hits;
  }
  for (const NgramBag& bag : t.pred[n - 1]) prec_den += int64_t(t.m) * bag.size();
  for (const auto& at_date : t.refs[n - 1])
    for (const NgramBag& bag : at_date) rec_den += bag.size();
  return make_prf(ratio(double(hits), prec_den), ratio(double(hits), rec_den));
}

Prf date_scores(const Task& t) {
  if (t.pd.empty() || t.rd.empty()) return {};
  std::vector<Date> both;
  std::set_intersection(t.pd.begin(), t.pd.end(), t.rd.begin(), t.rd.end(), std::back_inserter(both));
  return make_prf(double(both.size()) / double(t.pd.size()), double(both.size()) / double(t.rd.size()));
}

// The assignments of one cost matrix: one-to-one and, on request, tilse's
// many-to-one (each row's first cheapest column).
struct Alignments {
  Assignment precision, recall, precision_many, recall_many;
};

// scipy transposes a tall matrix before solving it, so unless the matrix is
// square the recall problem is the precision problem itself: one solve
// serves both with the same tie-breaking. A square matrix is solved twice,
// transposed in place in between.
Alignments align(CostMatrix cost, bool many_to_one) {
  Alignments a;
  a.precision = algorithms::solve_lsap(cost);
  if (many_to_one) {
    a.precision_many = algorithms::argmin_rows(cost);
    a.recall_many = algorithms::argmin_columns(cost);
  }
  if (cost.rows() != cost.cols()) {
    a.recall = algorithms::swapped(a.precision);
    return a;
  }
  cost.transpose();
  a.recall = algorithms::solve_lsap(cost);
  return a;
}

std::string order_name(int n) { return "ROUGE-" + std::to_string(n); }

}  // namespace

std::string_view variant_name(Variant variant) {
  switch (variant) {
    case Variant::kConcat: return "concat";
    case Variant::kAgreement: return "agreement";
    case Variant::kAlignDateCosts: return "align_date_costs";
    case Variant::kAlignDateContentCosts: return "align_date_content_costs";
    case Variant::kAlignDateContentCostsManyToOne: return "align_date_content_costs_many_to_one";
  }
  return "?";
}

class Evaluator::Impl {
 public:
  explicit Impl(const RougeData& data) : rouge_(data) {}

  TaskScores evaluate(const TextTimeline& pred, std::span<const TextTimeline> refs) {
    Task t = prepare(pred, refs);
    TaskScores scores;
    if (t.pd.empty())
      scores.warnings.push_back("the prediction has no dates: concat, align variants and Date-F1 are 0 "
                                "(tilse raises an error here)");
    if (t.rd.empty())
      scores.warnings.push_back("the references have no dates: concat, align variants and Date-F1 are 0 "
                                "(tilse raises an error here)");
    bool both_sides = !t.pd.empty() && !t.rd.empty();
    for (int n : kOrders) {
      RougeScores& out = n == 1 ? scores.rouge_1 : scores.rouge_2;
      out[Variant::kAgreement] = agreement_scores(t, n);
      if (both_sides) out[Variant::kConcat] = concat_scores(t, n, scores.warnings);
    }
    if (both_sides) score_alignments(t, scores);
    scores.date = date_scores(t);
    return scores;
  }

 private:
  Task prepare(const TextTimeline& pred, std::span<const TextTimeline> refs) {
    Task t;
    t.m = refs.size();
    std::set<Date> ref_dates;
    for (const TextTimeline& ref : refs)
      for (const auto& entry : ref.dates) ref_dates.insert(entry.first);
    t.rd.assign(ref_dates.begin(), ref_dates.end());
    std::vector<TokenId> pred_all;
    for (const auto& [date, sentences] : pred.dates) {
      t.pd.push_back(date);
      std::vector<TokenId> tokens = rouge_.summary_tokens(sentences);
      pred_all.insert(pred_all.end(), tokens.begin(), tokens.end());
      for (int n : kOrders) t.pred[n - 1].emplace_back(tokens, n);
      t.pred_words.push_back(content_.summary_bag(sentences));
    }
    for (int n : kOrders) t.pred_concat[n - 1] = NgramBag(pred_all, n);
    prepare_refs(t, refs);
    return t;
  }

  void prepare_refs(Task& t, std::span<const TextTimeline> refs) {
    for (int n : kOrders) t.refs[n - 1].assign(t.rd.size(), std::vector<NgramBag>(t.m));
    t.ref_words.assign(t.rd.size(), std::vector<NgramBag>(t.m));
    for (std::size_t k = 0; k < t.m; ++k) {
      std::vector<TokenId> all;
      for (std::size_t j = 0; j < t.rd.size(); ++j) {
        auto found = refs[k].dates.find(t.rd[j]);
        if (found == refs[k].dates.end()) continue;
        std::vector<TokenId> tokens = rouge_.summary_tokens(found->second);
        all.insert(all.end(), tokens.begin(), tokens.end());
        for (int n : kOrders) t.refs[n - 1][j][k] = NgramBag(tokens, n);
        t.ref_words[j][k] = content_.summary_bag(found->second);
      }
      for (int n : kOrders) t.refs_concat[n - 1].emplace_back(all, n);
    }
  }

  // One ROUGE call on everything, n-grams spanning dates. tilse divides by
  // zero when either side has no n-grams; that scores 0 here.
  static Prf concat_scores(const Task& t, int n, std::vector<std::string>& warnings) {
    RougeCounts c = rouge_counts(t.pred_concat[n - 1], t.refs_concat[n - 1]);
    if (c.peer == 0 || c.model == 0) {
      warnings.push_back("concat " + order_name(n) + ": " + (c.peer == 0 ? "the prediction" : "the references") +
                         " have no n-grams, scored 0 (tilse divides by zero here)");
      return {};
    }
    return make_prf(double(c.hits) / double(c.peer), double(c.hits) / double(c.model));
  }

  // Precision and recall get separate alignments (rows = predicted dates,
  // then rows = reference dates), shared by both n-gram orders. The date and
  // the content matrix are built and solved side by side, each by its own
  // worker, so only those two are alive (with the solver's transposed copy
  // of each while a tall one is solved).
  static void score_alignments(const Task& t, TaskScores& scores) {
    Alignments by_date, by_content;
    parallel_for(2, thread_count(0, 2), [&](std::size_t kind, unsigned) {
      if (kind == 0) by_date = align(date_costs(t.pd, t.rd), false);
      if (kind == 1) by_content = align(date_content_costs(t.pd, t.pred_words, t.rd, t.ref_words), true);
    });
    for (int n : kOrders) {
      RougeScores& out = n == 1 ? scores.rouge_1 : scores.rouge_2;
      out[Variant::kAlignDateCosts] = align_scores(t, n, by_date.precision, by_date.recall);
      out[Variant::kAlignDateContentCosts] = align_scores(t, n, by_content.precision, by_content.recall);
      out[Variant::kAlignDateContentCostsManyToOne] =
          align_scores(t, n, by_content.precision_many, by_content.recall_many);
    }
  }

  RougeAnalyzer rouge_;
  ContentTokenizer content_;
};

Evaluator::Evaluator(const RougeData& data) : impl_(std::make_unique<Impl>(data)) {}
Evaluator::~Evaluator() = default;

TaskScores Evaluator::evaluate(const TextTimeline& pred, std::span<const TextTimeline> refs) {
  return impl_->evaluate(pred, refs);
}

}  // namespace annals::eval
