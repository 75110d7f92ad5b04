// The TLS evaluation metrics of tilse (news-tls's evaluation): ROUGE-1 and
// ROUGE-2 in five variants, and Date-F1, bit-identical to tilse with the
// Perl ROUGE-1.5.5 and scipy >= 1.9.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annals/eval/rouge_data.h"
#include "annals/eval/timeline_file.h"

namespace annals::eval {

struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// tilse's names, in tilse's order.
enum class Variant {
  kConcat,
  kAgreement,
  kAlignDateCosts,
  kAlignDateContentCosts,
  kAlignDateContentCostsManyToOne,  // what news-tls reports
};
inline constexpr std::size_t kVariantCount = 5;
inline constexpr std::array<Variant, kVariantCount> kAllVariants = {
    Variant::kConcat, Variant::kAgreement, Variant::kAlignDateCosts, Variant::kAlignDateContentCosts,
    Variant::kAlignDateContentCostsManyToOne};

// "concat", "agreement", "align_date_costs", ...
std::string_view variant_name(Variant variant);

struct RougeScores {
  std::array<Prf, kVariantCount> by_variant;

  Prf& operator[](Variant v) { return by_variant[static_cast<std::size_t>(v)]; }
  const Prf& operator[](Variant v) const { return by_variant[static_cast<std::size_t>(v)]; }
};

struct TaskScores {
  RougeScores rouge_1;
  RougeScores rouge_2;
  Prf date;
  // Inputs on which tilse raises an error (empty prediction or references,
  // no n-grams for concat); the affected scores are zeros.
  std::vector<std::string> warnings;
};

// Scores predicted timelines against reference timelines. Keeps caches of
// stemmed tokens across calls, so one evaluator should score all tasks of a
// benchmark. Not thread-safe: use one per thread. `data` must outlive it.
class Evaluator {
 public:
  explicit Evaluator(const RougeData& data);
  ~Evaluator();
  Evaluator(const Evaluator&) = delete;
  Evaluator& operator=(const Evaluator&) = delete;

  // All variants of ROUGE-1 and ROUGE-2 plus Date P/R/F of `pred` against
  // the references taken together (tilse's GroundTruth: m = refs.size()).
  // A vector converts; one reference is std::span(&ref, 1).
  TaskScores evaluate(const TextTimeline& pred, std::span<const TextTimeline> refs);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// news-tls averaging over tasks: for every score, mean precision and mean
// recall (summed in order, divided by the count), and F1 of those means (not
// the mean of F1). Warnings are concatenated. All zeros for no tasks.
TaskScores average_news_tls(std::span<const TaskScores> tasks);

}  // namespace annals::eval
