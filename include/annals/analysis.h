// An article after analysis: its sentences as shown to people, their content
// stems and the dates they mention. The record is self-contained (it refers
// to nothing outside itself), so it can be stored, appended to a collection
// one at a time and merged across shards; ids that depend on a collection
// are given only when a request's corpus is built from such records.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "annals/article.h"
#include "annals/temporal_tagger.h"

namespace annals {

// The analysis' version: raised whenever the same article would be analysed
// into different sentences, terms or mentions. A store keeps it in each
// record's content hash, so the next ingest of an article stored by another
// version analyses it again (reported as updated) instead of keeping the old
// analysis as unchanged. 2: terms and dates from the sentence proper, BBC
// comment stamps, quotations kept whole, PTB escapes (2026-12-02). 3: a
// headline glued to the lead is cut from the sentence proper; 4: bylines
// with a job, headings in capitals, datelines in capitals with "--", BBC's
// blog stamps and second comment stamp too (2026-12-03); 5: holidays are
// dates ("Christmas Eve", "le lundi de Pâques"), and UTF-8 read once as
// Windows-1252 is repaired ("TambiÃ©n"); 6: a headline glued before a lead
// that opens with a count ("... in the UK Two more people ...") or with
// "Another" is cut too,
// "hoy (25)" names the 25th, and datelines with a filing date ("NEW YORK,
// Sept. 29 -- ") are cut (2026-12-04).
inline constexpr int kAnalysisVersion = 6;

struct AnalyzedSentence {
  std::string text;                   // as shown to people (NFC, detokenized)
  // Both from the sentence proper only (past page furniture glued before it
  // and a wire dateline, which a timeline cuts when it shows `text`):
  std::vector<std::uint32_t> terms;   // content stems in order, as indices into AnalyzedArticle::terms
  std::vector<TimeMention> mentions;  // byte offsets into the whole `text`
};

struct AnalyzedArticle {
  Article article;                          // the record as read
  std::vector<std::string> terms;           // the article's distinct stems, in order of first use
  std::vector<AnalyzedSentence> sentences;  // in order; a sentence's position is its index
  // Sentences of reader comments cut from the end of the article (0 when
  // it had none or they were kept).
  std::uint32_t reader_comment_sentences = 0;
};

struct AnalysisOptions {
  unsigned threads = 0;  // 0: one per hardware thread
  bool tag_dates = true;
  // Reader comments appended to a page are left out unless this is set:
  // every sentence from the first with a posting stamp such as "March 21,
  // 2011 at 1:32 pm |" to the end (a stamp in the first sentence is the
  // article's own and does not count).
  bool keep_reader_comments = false;
  // Called now and then with articles analysed so far and the total.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

// Reader comments left out of the analysis.
struct ReaderComments {
  std::size_t articles = 0;   // articles that had a comment section
  std::size_t sentences = 0;  // sentences dropped from them
};

}  // namespace annals
