// The date tilse gives a sentence, which Chieu & Lee and Martschat & Markert
// place on the timeline.
#pragma once

#include "corpus/corpus.h"
#include "annals/temporal_tagger.h"

namespace annals::tls {

struct ReferencedDate {
  Date date;
  Granularity granularity = Granularity::kDay;
};

// The first day, month or year the sentence mentions, as its first day
// ("May 2010" is 2010-05-01, granularity month); decades are passed over.
// Without any, the publication day, at day granularity.
ReferencedDate referenced_date(const Sentence& sentence, Date published);

}  // namespace annals::tls
