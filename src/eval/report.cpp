#include "annals/eval/report.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <vector>

namespace annals::eval {

namespace {

std::string prf_json(const Prf& prf) {
  return "{\"precision\": " + shortest_double(prf.precision) + ", \"recall\": " + shortest_double(prf.recall) +
         ", \"f1\": " + shortest_double(prf.f1) + "}";
}

std::string rouge_json(const RougeScores& scores) {
  std::string out = "{";
  for (Variant v : kAllVariants) {
    if (v != kAllVariants.front()) out += ", ";
    out.append("\"").append(variant_name(v)).append("\": ").append(prf_json(scores[v]));
  }
  return out + "}";
}

using Row = std::array<std::string, 5>;

Row prf_row(std::string measure, std::string variant, const Prf& prf) {
  return {std::move(measure), std::move(variant), shortest_double(prf.precision), shortest_double(prf.recall),
          shortest_double(prf.f1)};
}

}  // namespace

std::string shortest_double(double value) {
  std::array<char, 32> buffer;
  auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  return std::string(buffer.data(), end);
}

std::string scores_to_json(const TaskScores& scores) {
  return "{\"rouge_1\": " + rouge_json(scores.rouge_1) + ", \"rouge_2\": " + rouge_json(scores.rouge_2) +
         ", \"date\": " + prf_json(scores.date) + "}\n";
}

std::string scores_to_table(const TaskScores& scores) {
  std::vector<Row> rows = {{"measure", "variant", "precision", "recall", "f1"}};
  for (Variant v : kAllVariants) rows.push_back(prf_row("rouge_1", std::string(variant_name(v)), scores.rouge_1[v]));
  for (Variant v : kAllVariants) rows.push_back(prf_row("rouge_2", std::string(variant_name(v)), scores.rouge_2[v]));
  rows.push_back(prf_row("date", "date_f1", scores.date));
  std::array<std::size_t, 5> width{};
  for (const Row& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  std::string out;
  for (const Row& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) line += row[c] + std::string(width[c] - row[c].size() + 2, ' ');
    line.erase(line.find_last_not_of(' ') + 1);
    out += line + "\n";
  }
  return out;
}

}  // namespace annals::eval
