// Differential test against the executable model of tilse's metrics
// (../shared/eval/oracle/tilse_oracle.py): random timeline files, parsed and
// scored by both, every value compared.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <random>

#include "annals/eval/metrics.h"
#include "eval_test_support.h"

namespace annals::eval {
namespace {

namespace fs = std::filesystem;

constexpr int kCases = 320;

// Reads each case's files as tilse does (codecs.open(..., "replace") and
// readlines) and prints, per case, the parsed timelines and every score or
// the error tilse would raise.
constexpr const char* kDriver = R"PY(
import json, sys
sys.path.insert(0, sys.argv[1])
import tilse_oracle as o

def load(path):
    parsed = o.parse_timeline(open(path, "rb").read().decode("utf-8", "replace"))
    return parsed

def attempt(f):
    try:
        return f()
    except (ZeroDivisionError, ValueError):
        return "error"

variants = [("concat", lambda ev, p, r: ev.concat(p, r)),
            ("agreement", lambda ev, p, r: ev.agreement(p, r)),
            ("align_date_costs", lambda ev, p, r: ev.align(p, r, False, False)),
            ("align_date_content_costs", lambda ev, p, r: ev.align(p, r, True, False)),
            ("align_date_content_costs_many_to_one", lambda ev, p, r: ev.align(p, r, True, True))]
out = []
for case in json.load(open(sys.argv[2])):
    pred = load(case["pred"])
    refs = [load(r) for r in case["refs"]]
    result = {"parsed": [{d.isoformat(): s for d, s in t.items()} for t in [pred] + refs]}
    for name, f in variants:
        # One order at a time, so that a ROUGE-2 failure does not hide ROUGE-1.
        result[name] = {str(n): attempt(lambda: list(f(o.Evaluator(ns=(n,)), pred, refs)[n])) for n in (1, 2)}
    result["date"] = attempt(lambda: list(o.date_prf(pred, refs)))
    out.append(result)
json.dump(out, sys.stdout)
)PY";

// Random timelines that exercise what tilse's rules are sensitive to.
class CaseGenerator {
 public:
  explicit CaseGenerator(uint64_t seed) : rng_(seed) {}

  std::string timeline_text(const std::vector<std::pair<int, std::vector<std::string>>>& entries) {
    std::string text;
    bool crlf = pick(10) == 0;
    std::string nl = crlf ? "\r\n" : "\n";
    for (const auto& [offset, sentences] : entries) {
      Date d = *Date::from_ymd(2011, 1, 1) + offset;
      text += (pick(8) == 0 ? std::to_string(d.year()) + "-" + std::to_string(d.month()) + "-" + std::to_string(d.day())
                            : d.to_string()) + nl;
      for (const std::string& s : sentences) text += (pick(6) == 0 ? "  " + s + " " : s) + nl + (pick(15) == 0 ? nl : "");
      text += std::string(32, '-') + nl;
    }
    return text;
  }

  // Reference timelines, then a prediction built partly from them.
  std::vector<std::vector<std::pair<int, std::vector<std::string>>>> make_case() {
    std::size_t refs = 1 + pick(3);
    std::vector<std::vector<std::pair<int, std::vector<std::string>>>> timelines(refs + 1);
    for (std::size_t k = 1; k <= refs; ++k)
      if (pick(25) != 0)
        for (std::size_t n = 1 + pick(7); n > 0; --n) timelines[k].push_back({int(pick(40)), summary()});
    if (pick(30) != 0)
      for (std::size_t n = 1 + pick(7); n > 0; --n) timelines[0].push_back(predicted_entry(timelines));
    return timelines;
  }

 private:
  std::size_t pick(std::size_t n) { return rng_() % n; }

  std::string sentence() {
    static const std::vector<std::string> kWords = {
        "Protesters", "protest", "protested", "gathering", "gathered", "in", "the", "of", "a", "new", "News",
        "Reuters", "Mubarak", "resigns", "resigned", "Egypt", "Egyptian", "government", "agreement", "movement",
        "went", "children", "better", "found", "left", "killed", "killing", "re-election", "U.S.", "8.5", "$",
        "2011", "New", "York's", "Runners_up", "caf\xC3\xA9", "na\xC3\xAFve", "\xE2\x80\x93", "\xE2\x80\x9Cstorm\xE2\x80\x9D",
        "A^B", "^", "<b>", "x<y", ".", ",", ";", "(", ")", "--", "``", "''", "...", "Paris.", "\xC3\x89" "COLE",
        "oil", "spill", "BP", "well", "sealed", "yearly", "ability", "says", "relational", "army", "power",
        "Police", "POLICE", "fire", "gas", "\xC2\xA0", "\xE3\x80\x80", "tab\there", "Cairo", "Cairo."};
    std::string s;
    for (std::size_t n = 1 + pick(10); n > 0; --n) s += (s.empty() ? "" : " ") + kWords[pick(kWords.size())];
    return s;
  }

  std::vector<std::string> summary() {
    std::vector<std::string> sentences;
    for (std::size_t n = pick(4); n > 0; --n) sentences.push_back(sentence());
    return sentences;
  }

  // Copies a reference entry (same day or shifted, same or new words) or
  // invents one.
  std::pair<int, std::vector<std::string>> predicted_entry(
      const std::vector<std::vector<std::pair<int, std::vector<std::string>>>>& timelines) {
    const auto& ref = timelines[1 + pick(timelines.size() - 1)];
    if (ref.empty() || pick(4) == 0) return {int(pick(45)), summary()};
    auto entry = ref[pick(ref.size())];
    static const int kShifts[] = {0, 0, 0, 1, -1, 2, 5, -3};
    entry.first += kShifts[pick(8)];
    if (pick(3) == 0) entry.second = summary();
    if (pick(3) == 0) entry.second.push_back(sentence());
    return entry;
  }

  std::mt19937_64 rng_;
};

bool python_available() { return std::system("python3 -c 'import json' > /dev/null 2>&1") == 0; }

void compare_parse(const TextTimeline& ours, const nlohmann::json& theirs, const std::string& where) {
  ASSERT_EQ(ours.dates.size(), theirs.size()) << where;
  for (const auto& [date, sentences] : ours.dates) {
    ASSERT_TRUE(theirs.contains(date.to_string())) << where << " " << date.to_string();
    EXPECT_EQ(sentences, theirs[date.to_string()].get<std::vector<std::string>>()) << where;
  }
}

void compare_prf(const Prf& ours, const nlohmann::json& theirs, bool has_warning, const std::string& where) {
  if (theirs == "error") {  // tilse raises: annals scores 0 and warns
    EXPECT_TRUE(ours.precision == 0 && ours.recall == 0 && ours.f1 == 0) << where;
    EXPECT_TRUE(has_warning) << where;
    return;
  }
  EXPECT_NEAR(ours.precision, theirs[0].get<double>(), 1e-12) << where;
  EXPECT_NEAR(ours.recall, theirs[1].get<double>(), 1e-12) << where;
  EXPECT_NEAR(ours.f1, theirs[2].get<double>(), 1e-12) << where;
}

TEST(Differential, AllVariantsAgreeWithTheTilseOracle) {
  ANNALS_SKIP_WITHOUT_SHARED_EVAL();
  fs::path oracle = testing::shared_eval_dir() / "oracle";
  if (!fs::exists(oracle / "tilse_oracle.py")) GTEST_SKIP() << "no oracle at " << oracle;
  if (!python_available()) GTEST_SKIP() << "python3 not found: cannot run the tilse oracle";
  fs::path dir = fs::temp_directory_path() / ("annals_eval_diff_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  CaseGenerator generator(20240611);
  nlohmann::json cases = nlohmann::json::array();
  for (int c = 0; c < kCases; ++c) {
    auto timelines = generator.make_case();
    nlohmann::json files = nlohmann::json::array();
    for (std::size_t t = 0; t < timelines.size(); ++t) {
      fs::path path = dir / (std::to_string(c) + "_" + std::to_string(t) + ".txt");
      std::ofstream(path, std::ios::binary) << generator.timeline_text(timelines[t]);
      files.push_back(path.string());
    }
    cases.push_back({{"pred", files[0]}, {"refs", nlohmann::json(files.begin() + 1, files.end())}});
  }
  std::ofstream(dir / "driver.py") << kDriver;
  std::ofstream(dir / "cases.json") << cases.dump();
  std::string command = "python3 '" + (dir / "driver.py").string() + "' '" + oracle.string() + "' '" +
                        (dir / "cases.json").string() + "' > '" + (dir / "oracle.json").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  nlohmann::json expected = nlohmann::json::parse(testing::read_file(dir / "oracle.json"));
  ASSERT_EQ(expected.size(), std::size_t(kCases));

  Evaluator evaluator(testing::shared_rouge_data());
  std::size_t tilse_errors = 0, partial_matches = 0;
  for (int c = 0; c < kCases; ++c) {
    std::vector<TextTimeline> parsed;
    for (std::size_t t = 0; t < cases[c]["refs"].size() + 1; ++t) {
      std::string path = t == 0 ? cases[c]["pred"] : cases[c]["refs"][t - 1];
      parsed.push_back(read_tilse_timeline(path).timeline);
      compare_parse(parsed.back(), expected[c]["parsed"][t], path);
    }
    TaskScores s = evaluator.evaluate(parsed[0], std::span(parsed).subspan(1));
    std::string where = "case " + std::to_string(c);
    for (Variant v : kAllVariants)
      for (int n : {1, 2}) {
        const auto& theirs = expected[c][std::string(variant_name(v))][std::to_string(n)];
        tilse_errors += theirs == "error";
        compare_prf((n == 1 ? s.rouge_1 : s.rouge_2)[v], theirs, !s.warnings.empty(),
                    where + " " + std::string(variant_name(v)) + " n=" + std::to_string(n));
      }
    compare_prf(s.date, expected[c]["date"], !s.warnings.empty(), where + " date");
    partial_matches += s.rouge_2[Variant::kAlignDateContentCostsManyToOne].f1 > 0 && s.rouge_1[Variant::kAgreement].f1 < 1;
  }
  EXPECT_GT(tilse_errors, 0u) << "the cases should include inputs on which tilse fails";
  EXPECT_GT(partial_matches, std::size_t(kCases / 2)) << "most cases should score between 0 and 1";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace annals::eval
