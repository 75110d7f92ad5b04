// A small story for the tilse-style methods: three identical reports of a
// dam failure on March 3, a longer one the day after, one referring back to
// March 3, a festival, and weather fillers on other days (so that terms used
// on few dates get a positive inverse date frequency).
#pragma once

#include "corpus/corpus.h"
#include "support/articles.h"

namespace annals::tls {

inline Corpus tilse_story() {
  using testing::make_article;
  return Corpus::analyze({
      make_article("a1", "2025-03-03", "The Orvale dam failed."),
      make_article("a2", "2025-03-03", "The Orvale dam failed."),
      make_article("a4", "2025-03-03", "The Orvale dam failed."),
      make_article("a3", "2025-03-04", "Orvale dam failed, officials said in a long statement to reporters."),
      make_article("r1", "2025-03-12", "Engineers said the Orvale dam failed on March 3, 2025."),
      make_article("b1", "2025-03-20", "The Lorne festival opened."),
      make_article("w1", "2025-03-10", "Weather stayed mild."),
      make_article("w2", "2025-03-14", "Weather turned cold."),
  });
}

}  // namespace annals::tls
