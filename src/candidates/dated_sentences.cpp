#include "candidates/dated_sentences.h"

#include <set>

#include "vectors/inverse_date_frequency.h"
#include "corpus/keyword_filter.h"
#include "corpus/publication_index.h"

namespace annals::tls {

DatedSentences dated_sentences(const Corpus& corpus, const TimelineRequest& request) {
  DatedSentences out;
  std::set<Date> all_dates;
  PublicationIndex index(corpus);
  for (const auto& [day, articles] : index.days()) {
    for (std::uint32_t a : articles) {
      for (std::uint32_t s = corpus.first_sentence(a); s < corpus.first_sentence(a) + corpus.sentence_count(a); ++s) {
        const Sentence& sentence = corpus.sentences()[s];
        if (!matches_keywords(sentence.proper, request.keywords)) continue;
        out.sentences.push_back(s);
        out.dates.push_back(referenced_date(sentence, day));
        out.published.push_back(day);
        all_dates.insert(day);
        all_dates.insert(out.dates.back().date);
      }
    }
  }
  std::vector<Date> dates;
  for (const ReferencedDate& d : out.dates) dates.push_back(d.date);
  InverseDateFrequency representation(corpus, out.sentences, dates, all_dates.size());
  for (std::uint32_t s : out.sentences) out.vectors.push_back(representation.vectorize(corpus.sentences()[s]));
  return out;
}

}  // namespace annals::tls
