// bench/stories: the cost of finding stories (MinHash signatures + LSH
// grouping) on a synthetic corpus made of the demo corpus' analysed
// sentences, with planted near-copies. Prints a table and writes JSON.
//
//   bench_stories [--articles N] [--copies F] [--threads T] [--json FILE]
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "analysis/minhash.h"
#include "annals/loader.h"
#include "common/parallel.h"
#include "corpus/corpus.h"
#include "corpus/stories.h"

namespace {

using namespace annals;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// One demo sentence with the article it came from (its stems are indices into that article's terms).
struct PoolSentence {
  const AnalyzedArticle* from;
  std::size_t index;
};

void add_sentence(const PoolSentence& s, AnalyzedArticle& out) {
  AnalyzedSentence sentence = s.from->sentences[s.index];
  for (std::uint32_t& t : sentence.terms) {
    out.terms.push_back(s.from->terms[t]);  // duplicates are harmless to signatures and the corpus
    t = std::uint32_t(out.terms.size() - 1);
  }
  out.sentences.push_back(std::move(sentence));
}

// Articles of 8 random demo sentences; a fraction `copies` repeat the article
// before them with one sentence replaced (a reprint with an edit).
std::vector<SharedArticle> synthetic(const Corpus& demo, std::size_t n, double copies, std::size_t& planted) {
  std::vector<PoolSentence> pool;
  for (std::size_t a = 0; a < demo.article_count(); ++a)
    for (std::size_t s = 0; s < demo.record(a).sentences.size(); ++s) pool.push_back({&demo.record(a), s});
  std::mt19937_64 random(16);
  std::uniform_int_distribution<std::size_t> pick(0, pool.size() - 1);
  std::bernoulli_distribution is_copy(copies);
  std::vector<std::vector<std::size_t>> chosen(n);
  std::vector<SharedArticle> out;
  planted = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (k > 0 && is_copy(random)) {
      chosen[k] = chosen[k - 1];
      chosen[k][k % 8] = pick(random);
      ++planted;
    } else {
      for (int i = 0; i < 8; ++i) chosen[k].push_back(pick(random));
    }
    AnalyzedArticle record;
    record.article = demo.article(k % demo.article_count());
    record.article.id = "synthetic-" + std::to_string(k);
    for (std::size_t p : chosen[k]) add_sentence(pool[p], record);
    out.push_back(std::make_shared<const AnalyzedArticle>(std::move(record)));
  }
  return out;
}

// Precision and recall of story grouping on hand-labelled pairs: lines
// "folder<TAB>article a<TAB>article b<TAB>1|0" (1: the same story), with
// article ids relative to <data>/<folder>. Every folder is grouped whole.
int evaluate_pairs(const std::string& pairs_path, const std::string& data) {
  std::map<std::string, std::vector<std::array<std::string, 4>>> by_folder;
  std::ifstream in(pairs_path);
  for (std::string line; std::getline(in, line);) {
    std::array<std::string, 4> row;
    std::istringstream fields(line);
    for (auto& f : row) std::getline(fields, f, '\t');
    by_folder[row[0]].push_back(row);
  }
  std::size_t tp = 0, fp = 0, fn = 0, tn = 0;
  for (const auto& [folder, rows] : by_folder) {
    const Corpus corpus = Corpus::analyze(load_articles({data + "/" + folder}).articles);
    std::map<std::string, std::size_t> index;
    for (std::size_t a = 0; a < corpus.article_count(); ++a) index[corpus.article(a).id] = a;
    for (const auto& row : rows) {
      if (!index.contains(row[1]) || !index.contains(row[2])) continue;  // an empty file, not read
      const std::size_t a = index[row[1]], b = index[row[2]];
      const bool same = corpus.story(a) == corpus.story(b), labelled = row[3] == "1";
      const double j = analysis::estimated_jaccard(analysis::minhash_signature(corpus.record(a)),
                                                   analysis::minhash_signature(corpus.record(b)));
      std::printf("%s\t%s\t%s\tlabel %d\testimated %.3f\tgrouped %d\n", folder.c_str(), row[1].c_str(),
                  row[2].c_str(), int(labelled), j, int(same));
      (same ? (labelled ? tp : fp) : (labelled ? fn : tn))++;
    }
  }
  std::printf("pairs %zu: true positives %zu, false positives %zu, false negatives %zu, true negatives %zu; "
              "precision %.3f, recall %.3f\n",
              tp + fp + fn + tn, tp, fp, fn, tn, double(tp) / double(std::max<std::size_t>(1, tp + fp)),
              double(tp) / double(std::max<std::size_t>(1, tp + fn)));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Measure story finding (MinHash + LSH) on a synthetic corpus"};
  std::size_t n = 100000;
  double copies = 0.1;
  unsigned threads = 0;
  std::string json_path;
  app.add_option("--articles", n, "Synthetic articles")->capture_default_str();
  app.add_option("--copies", copies, "Fraction planted as edited copies of the article before")->capture_default_str();
  app.add_option("--threads", threads, "Threads for signatures (0: all cores)")->capture_default_str();
  app.add_option("--json", json_path, "Write results as JSON to this file");
  std::string pairs, data;
  app.add_option("--pairs", pairs, "Instead: evaluate grouping on hand-labelled pairs (TSV, see evaluate_pairs)");
  app.add_option("--data", data, "With --pairs: the dataset root the pairs' folders are in");
  CLI11_PARSE(app, argc, argv);
  if (!pairs.empty()) return evaluate_pairs(pairs, data);

  const Corpus demo = Corpus::analyze(load_articles({std::string(ANNALS_SOURCE_DIR) + "/data/demo/articles.jsonl"}).articles);
  std::size_t planted = 0;
  const std::vector<SharedArticle> records = synthetic(demo, n, copies, planted);

  auto start = std::chrono::steady_clock::now();
  std::vector<analysis::MinHashSignature> signatures(n);
  parallel_for(n, thread_count(threads, n / 256 + 1),
               [&](std::size_t a, unsigned) { signatures[a] = analysis::minhash_signature(*records[a]); });
  const double sign = seconds_since(start);
  start = std::chrono::steady_clock::now();
  const Stories stories = group_stories(signatures);
  const double group = seconds_since(start);
  CorpusOptions options;
  options.threads = threads;
  start = std::chrono::steady_clock::now();
  const Corpus all(records, {}, options);
  const double corpus_all = seconds_since(start);
  options.merge_copies = true;
  start = std::chrono::steady_clock::now();
  const Corpus merged(records, {}, options);
  const double corpus_merged = seconds_since(start);

  const std::size_t found = n - stories.members.size();
  const double per_10k = 1e4 / double(n);
  std::printf("| articles | planted copies | copies found | signatures s | grouping s | per 10k articles s | "
              "corpus s (all) | corpus s (merged) |\n|---|---|---|---|---|---|---|---|\n");
  std::printf("| %zu | %zu | %zu | %.3f | %.3f | %.4f | %.3f | %.3f |\n", n, planted, found, sign, group,
              (sign + group) * per_10k, corpus_all, corpus_merged);
  if (!json_path.empty()) {
    nlohmann::json out = {{"articles", n},          {"planted_copies", planted},    {"copies_found", found},
                          {"signatures_s", sign},   {"grouping_s", group},          {"corpus_all_s", corpus_all},
                          {"corpus_merged_s", corpus_merged}, {"merged_articles", merged.article_count()}};
    std::ofstream(json_path) << out.dump(2) << '\n';
  }
  return 0;
}
