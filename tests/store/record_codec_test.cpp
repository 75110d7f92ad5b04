// The stored record reads back exactly, field by field, and damaged bytes are
// an error, never a crash.
#include <gtest/gtest.h>

#include "store/postings.h"
#include "store_support.h"

namespace annals {
namespace {

void expect_same(const AnalyzedArticle& a, const AnalyzedArticle& b) {
  const Article &x = a.article, &y = b.article;
  EXPECT_EQ(x.id, y.id);
  EXPECT_EQ(x.published, y.published);
  EXPECT_EQ(x.time, y.time);
  EXPECT_EQ(x.title, y.title);
  EXPECT_EQ(x.text, y.text);
  EXPECT_EQ(x.outlet, y.outlet);
  EXPECT_EQ(x.url, y.url);
  EXPECT_EQ(x.language, y.language);
  EXPECT_EQ(x.sentence_per_line, y.sentence_per_line);
  EXPECT_EQ(x.source_file, y.source_file);
  EXPECT_EQ(x.source_line, y.source_line);
  EXPECT_EQ(a.terms, b.terms);
  EXPECT_EQ(a.reader_comment_sentences, b.reader_comment_sentences);
  ASSERT_EQ(a.sentences.size(), b.sentences.size());
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const AnalyzedSentence &s = a.sentences[i], &t = b.sentences[i];
    EXPECT_EQ(s.text, t.text);
    EXPECT_EQ(s.terms, t.terms);
    ASSERT_EQ(s.mentions.size(), t.mentions.size());
    for (std::size_t m = 0; m < s.mentions.size(); ++m) {
      EXPECT_EQ(s.mentions[m].begin, t.mentions[m].begin);
      EXPECT_EQ(s.mentions[m].end, t.mentions[m].end);
      EXPECT_EQ(s.mentions[m].value, t.mentions[m].value);
      EXPECT_EQ(s.mentions[m].granularity, t.mentions[m].granularity);
    }
  }
}

AnalyzedArticle hand_made() {
  AnalyzedArticle r;
  r.article.id = "wire/\xc3\xa9t\xc3\xa9-1";
  r.article.published = Date::from_days(-40000);  // before 1970: the zigzag path
  r.article.time = "06:10:00+01:00";
  r.article.title = "";
  r.article.text = "Line one.\nLine two.";
  r.article.language = "fr";
  r.article.sentence_per_line = true;
  r.article.source_file = "InputDocs/2009-06-27/114.htm.txt";
  r.article.source_line = 1u << 20;
  r.terms = {"line", "one", "two"};
  r.sentences = {{"Line one.", {0, 1}, {}},
                 {"Line two in 2009.", {0, 2}, {{12, 16, "2009", Granularity::kYear}, {0, 0, "200", Granularity::kDecade}}}};
  r.reader_comment_sentences = 7;
  return r;
}

TEST(RecordCodecTest, HandMadeRecordRoundTripsFieldByField) {
  AnalyzedArticle original = hand_made();
  expect_same(decode_record(encode_record(original)), original);
}

TEST(RecordCodecTest, EveryDemoRecordRoundTripsFieldByField) {
  std::size_t mentions = 0;
  for (const AnalyzedArticle* r : testing::demo_records()) {
    expect_same(decode_record(encode_record(*r)), *r);
    for (const auto& s : r->sentences) mentions += s.mentions.size();
  }
  EXPECT_GT(mentions, 50u);  // the demo exercises date mentions, not only text
}

TEST(RecordCodecTest, EveryTruncationAndByteFlipIsAnErrorOrAValidRecord) {
  std::string bytes = encode_record(hand_made());
  for (std::size_t n = 0; n < bytes.size(); ++n) EXPECT_THROW(decode_record(bytes.substr(0, n)), Error) << n;
  EXPECT_THROW(decode_record(bytes + "x"), Error);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0xff);
    try {
      decode_record(damaged);  // may decode to another valid record: then it must be self-consistent
    } catch (const Error&) {
    }
  }
}

TEST(RecordCodecTest, UnknownLayoutVersionIsNamed) {
  std::string bytes = encode_record(hand_made());
  bytes[1] = 9;
  try {
    decode_record(bytes);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("version 9"), std::string::npos) << e.what();
  }
}

TEST(PostingsTest, WordRunsAndDeltaVarintsRoundTrip) {
  EXPECT_EQ(store::longest_word_run("al-jazeera tv"), "jazeera");
  EXPECT_EQ(store::longest_word_run("--"), "");
  EXPECT_EQ(store::longest_word_run("s\xc3\xa3o pa"), "s\xc3\xa3o");  // non-ASCII bytes are word bytes
  std::vector<std::int64_t> seqs = {1, 2, 300, 70000, 1ll << 40}, back;
  store::decode_postings(store::encode_postings(seqs), back);
  EXPECT_EQ(back, seqs);
  EXPECT_THROW(store::decode_postings("\x80", back), Error);
}

}  // namespace
}  // namespace annals
