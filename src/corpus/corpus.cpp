#include "annals/corpus.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <memory>
#include <thread>

#include "analysis/analyzer.h"

namespace annals {

namespace {

// Articles are analysed in fixed blocks by a pool of workers, each with its
// own term dictionary. Term ids are then renumbered block by block in article
// order, so the result is the same whatever the thread count.
constexpr std::size_t kBlockSize = 64;

struct Block {
  std::size_t worker = 0;
  std::vector<Sentence> sentences;
};

}  // namespace

Corpus Corpus::analyze(std::vector<Article> articles, const AnalyzeOptions& options) {
  Corpus corpus;
  corpus.articles_ = std::move(articles);
  const std::size_t total = corpus.articles_.size();
  std::vector<Block> blocks((total + kBlockSize - 1) / kBlockSize);

  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = unsigned(std::min<std::size_t>(threads, std::max<std::size_t>(1, blocks.size())));
  std::vector<std::unique_ptr<ArticleAnalyzer>> workers;
  for (unsigned t = 0; t < threads; ++t) workers.push_back(std::make_unique<ArticleAnalyzer>(options));

  std::atomic<std::size_t> next_block{0};
  std::atomic<std::size_t> done{0};
  std::mutex progress_mutex;
  auto work = [&](std::size_t worker) {
    for (std::size_t b = next_block++; b < blocks.size(); b = next_block++) {
      std::size_t end = std::min(total, (b + 1) * kBlockSize);
      blocks[b].worker = worker;
      for (std::size_t a = b * kBlockSize; a < end; ++a)
        workers[worker]->analyze(corpus.articles_[a], std::uint32_t(a), blocks[b].sentences);
      std::size_t now = done += end - b * kBlockSize;
      if (options.progress) {
        std::lock_guard lock(progress_mutex);
        options.progress(now, total);
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& thread : pool) thread.join();

  // Global ids in order of first appearance in article order; the same stem
  // from different workers gets one id.
  constexpr TermId kUnassigned = UINT32_MAX;
  text::TermDictionary global;
  std::vector<std::vector<TermId>> remap(threads);
  for (unsigned t = 0; t < threads; ++t) remap[t].assign(workers[t]->dictionary().size(), kUnassigned);
  std::size_t sentence_count = 0;
  for (const Block& block : blocks) sentence_count += block.sentences.size();
  corpus.sentences_.reserve(sentence_count);
  for (Block& block : blocks) {
    auto& ids = remap[block.worker];
    for (Sentence& sentence : block.sentences) {
      for (TermId& id : sentence.terms) {
        if (ids[id] == kUnassigned) ids[id] = global.id_of(workers[block.worker]->dictionary().term(id));
        id = ids[id];
      }
      corpus.sentences_.push_back(std::move(sentence));
    }
    block = Block();  // free as we go
  }

  for (const auto& worker : workers) {
    corpus.reader_comments_.articles += worker->reader_comments().articles;
    corpus.reader_comments_.sentences += worker->reader_comments().sentences;
  }
  corpus.terms_.reserve(global.size());
  for (TermId id = 0; id < global.size(); ++id) corpus.terms_.push_back(global.term(id));

  corpus.first_sentence_.assign(total + 1, 0);
  for (const Sentence& sentence : corpus.sentences_) ++corpus.first_sentence_[sentence.article + 1];
  for (std::size_t a = 0; a < total; ++a) corpus.first_sentence_[a + 1] += corpus.first_sentence_[a];
  return corpus;
}

std::span<const Sentence> Corpus::sentences_of(std::size_t article) const {
  return std::span<const Sentence>(sentences_).subspan(first_sentence_[article],
                                                      first_sentence_[article + 1] - first_sentence_[article]);
}

}  // namespace annals
