#include "annals/engine.h"

#include "analysis/analyzer.h"
#include "annals/error.h"
#include "corpus/corpus.h"
#include "engine/render.h"
#include "engine/summary_oracle.h"
#include "methods/registry.h"

namespace annals {

struct Engine::Impl {
  EngineOptions options;
  std::vector<SharedArticle> records;

  // The read-only corpus of the records inside the request's window.
  Corpus corpus(const TimelineRequest& request, bool merge_copies = false) const {
    CorpusOptions corpus_options;
    corpus_options.merge_copies = merge_copies;
    corpus_options.keep_boilerplate = request.keep_boilerplate;
    corpus_options.threads = options.threads;
    return Corpus(records, request.window, corpus_options);
  }
};

Engine::Engine(EngineOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = options; }
Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

IngestReport Engine::add(ArticleSource& source, const IngestOptions& options) {
  LoadResult loaded = source.read();
  IngestReport report = add(std::move(loaded.articles), options);
  report.bytes = loaded.bytes_read;
  report.diagnostics = std::move(loaded.diagnostics);
  return report;
}

IngestReport Engine::add(std::vector<Article> articles, const IngestOptions& options) {
  IngestReport report;
  report.read = articles.size();
  std::erase_if(articles, [&](const Article& a) { return !options.window.contains(a.published); });
  report.added = articles.size();
  AnalysisOptions analysis;
  analysis.threads = impl_->options.threads;
  analysis.keep_reader_comments = impl_->options.keep_reader_comments;
  analysis.progress = options.progress;
  for (AnalyzedArticle& record : analysis::analyze_articles(std::move(articles), analysis)) {
    report.reader_comments.articles += record.reader_comment_sentences > 0;
    report.reader_comments.sentences += record.reader_comment_sentences;
    impl_->records.push_back(std::make_shared<const AnalyzedArticle>(std::move(record)));
  }
  return report;
}

void Engine::add(std::vector<AnalyzedArticle> records) {
  impl_->records.reserve(impl_->records.size() + records.size());
  for (AnalyzedArticle& record : records)
    impl_->records.push_back(std::make_shared<const AnalyzedArticle>(std::move(record)));
}

std::size_t Engine::size() const { return impl_->records.size(); }

const AnalyzedArticle& Engine::article(std::size_t index) const { return *impl_->records.at(index); }

ReaderComments Engine::reader_comments() const {
  ReaderComments comments;
  for (const SharedArticle& r : impl_->records) {
    comments.articles += r->reader_comment_sentences > 0;
    comments.sentences += r->reader_comment_sentences;
  }
  return comments;
}

Timeline Engine::timeline(const TimelineRequest& request, const MethodSpec& method) const {
  return timeline(request, method, SummaryOracle{});
}

Timeline Engine::timeline(const TimelineRequest& request, const MethodSpec& method, const SummaryOracle& oracle) const {
  std::unique_ptr<tls::Method> built = tls::make_method(method);
  Corpus corpus = impl_->corpus(request, tls::merges_copies(method));
  tls::Selection selection = built->build(corpus, request);
  if (oracle) apply_summary_oracle(selection, corpus, request, oracle);
  return render(selection, corpus);
}

std::string train(const MethodSpec& method, std::span<const TrainingTask> tasks, const std::string& description) {
  const tls::MethodDefinition& definition = tls::definition_of(method.name);
  if (!definition.train) throw UsageError("method " + definition.name + " learns nothing: there is no model to train");
  tls::Parameters parameters = definition.parameters.with(method.parameters, definition.name);
  std::vector<Corpus> corpora;
  corpora.reserve(tasks.size());
  for (const TrainingTask& task : tasks) corpora.push_back(task.articles->impl_->corpus(task.request));
  std::vector<tls::TrainingExample> examples;
  for (std::size_t i = 0; i < tasks.size(); ++i)
    examples.push_back({&corpora[i], tasks[i].request, &tasks[i].reference});
  return definition.train(examples, parameters, description);
}

}  // namespace annals
