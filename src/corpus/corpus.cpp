#include "annals/corpus.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include "corpus/analyzer.h"

namespace annals {

namespace {

// Articles are analysed in fixed blocks so that term ids, assigned block by
// block in article order, are the same whatever the thread count.
constexpr std::size_t kBlockSize = 128;

struct Block {
  LocalVocabulary vocabulary;
  std::vector<Sentence> sentences;
};

}  // namespace

Corpus Corpus::analyze(std::vector<Article> articles, const AnalyzeOptions& options) {
  Corpus corpus;
  corpus.articles_ = std::move(articles);
  const std::size_t total = corpus.articles_.size();
  std::vector<Block> blocks((total + kBlockSize - 1) / kBlockSize);

  std::atomic<std::size_t> next_block{0};
  std::atomic<std::size_t> done{0};
  std::mutex progress_mutex;
  auto work = [&] {
    ArticleAnalyzer analyzer(options.tag_dates);
    for (std::size_t b = next_block++; b < blocks.size(); b = next_block++) {
      std::size_t end = std::min(total, (b + 1) * kBlockSize);
      for (std::size_t a = b * kBlockSize; a < end; ++a)
        analyzer.analyze(corpus.articles_[a], std::uint32_t(a), blocks[b].vocabulary, blocks[b].sentences);
      std::size_t now = done += end - b * kBlockSize;
      if (options.progress) {
        std::lock_guard lock(progress_mutex);
        options.progress(now, total);
      }
    }
  };
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = unsigned(std::min<std::size_t>(threads, std::max<std::size_t>(1, blocks.size())));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();

  // Merge: global ids in order of first appearance, block by block.
  std::unordered_map<std::string, TermId> global;
  std::vector<TermId> remap;
  for (Block& block : blocks) {
    remap.assign(block.vocabulary.in_order.size(), 0);
    for (std::size_t local = 0; local < remap.size(); ++local) {
      const std::string& term = *block.vocabulary.in_order[local];
      auto [it, inserted] = global.emplace(term, TermId(corpus.terms_.size()));
      if (inserted) corpus.terms_.push_back(term);
      remap[local] = it->second;
    }
    for (Sentence& sentence : block.sentences) {
      for (TermId& id : sentence.terms) id = remap[id];
      corpus.sentences_.push_back(std::move(sentence));
    }
    block = Block();  // free as we go
  }

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
