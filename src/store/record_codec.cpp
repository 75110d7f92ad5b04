#include "store/record_codec.h"

#include <cstdint>

#include "annals/error.h"
#include "annals/store.h"

namespace annals::store {

namespace {

class Writer {
 public:
  void byte(unsigned char b) { out_.push_back(static_cast<char>(b)); }
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      byte(static_cast<unsigned char>(v | 0x80));
      v >>= 7;
    }
    byte(static_cast<unsigned char>(v));
  }
  void zigzag(std::int64_t v) { varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
  void text(std::string_view s) {
    varint(s.size());
    out_.append(s);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  unsigned char byte() {
    if (pos_ >= in_.size()) fail("truncated");
    return static_cast<unsigned char>(in_[pos_++]);
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      unsigned char b = byte();
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    fail("varint too long");
  }
  std::int64_t zigzag() {
    std::uint64_t v = varint();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  // A count of items each taking at least one byte: more than the bytes left is damage.
  std::size_t count() {
    std::uint64_t n = varint();
    if (n > in_.size() - pos_) fail("count beyond the record");
    return static_cast<std::size_t>(n);
  }
  std::string text() {
    std::uint64_t n = varint();
    if (n > in_.size() - pos_) fail("string beyond the record");
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  bool done() const { return pos_ == in_.size(); }
  [[noreturn]] static void fail(const char* why) { throw Error(std::string("damaged record: ") + why); }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
};

void encode_article(Writer& w, const Article& a) {
  w.text(a.id);
  w.zigzag(a.published.days());
  w.byte(a.time ? 1 : 0);
  if (a.time) w.text(*a.time);
  for (const std::string* s : {&a.title, &a.text, &a.outlet, &a.url, &a.language}) w.text(*s);
  w.byte(a.sentence_per_line ? 1 : 0);
  w.text(a.source_file);
  w.varint(a.source_line);
}

Article decode_article(Reader& r) {
  Article a;
  a.id = r.text();
  std::int64_t days = r.zigzag();
  if (days < INT32_MIN || days > INT32_MAX) Reader::fail("date out of range");
  a.published = Date::from_days(static_cast<std::int32_t>(days));
  unsigned char has_time = r.byte();
  if (has_time > 1) Reader::fail("bad time flag");
  if (has_time) a.time = r.text();
  for (std::string* s : {&a.title, &a.text, &a.outlet, &a.url, &a.language}) *s = r.text();
  unsigned char flags = r.byte();
  if (flags > 1) Reader::fail("bad flags");
  a.sentence_per_line = flags & 1;
  a.source_file = r.text();
  a.source_line = r.varint();
  return a;
}

void encode_sentence(Writer& w, const AnalyzedSentence& s) {
  w.text(s.text);
  w.varint(s.terms.size());
  for (std::uint32_t t : s.terms) w.varint(t);
  w.varint(s.mentions.size());
  for (const TimeMention& m : s.mentions) {
    w.varint(m.begin);
    w.varint(m.end);
    w.text(m.value);
    w.byte(static_cast<unsigned char>(m.granularity));
  }
}

AnalyzedSentence decode_sentence(Reader& r, std::size_t term_count) {
  AnalyzedSentence s;
  s.text = r.text();
  s.terms.resize(r.count());
  for (std::uint32_t& t : s.terms) {
    std::uint64_t v = r.varint();
    if (v >= term_count) Reader::fail("term index out of range");
    t = static_cast<std::uint32_t>(v);
  }
  s.mentions.resize(r.count());
  for (TimeMention& m : s.mentions) {
    m.begin = r.varint();
    m.end = r.varint();
    if (m.begin > m.end || m.end > s.text.size()) Reader::fail("mention outside its sentence");
    m.value = r.text();
    unsigned char g = r.byte();
    if (g > static_cast<unsigned char>(Granularity::kDecade)) Reader::fail("bad granularity");
    m.granularity = static_cast<Granularity>(g);
  }
  return s;
}

}  // namespace

std::string encode(const AnalyzedArticle& record) {
  Writer w;
  w.byte(kRecordMagic);
  w.byte(kRecordVersion);
  encode_article(w, record.article);
  w.varint(record.terms.size());
  for (const std::string& t : record.terms) w.text(t);
  w.varint(record.sentences.size());
  for (const AnalyzedSentence& s : record.sentences) encode_sentence(w, s);
  w.varint(record.reader_comment_sentences);
  return w.take();
}

AnalyzedArticle decode(std::string_view bytes) {
  Reader r(bytes);
  if (r.byte() != kRecordMagic) Reader::fail("not a record");
  if (unsigned v = r.byte(); v != kRecordVersion)
    throw Error("record layout version " + std::to_string(v) + " is not known to this annals");
  AnalyzedArticle record;
  record.article = decode_article(r);
  record.terms.resize(r.count());
  for (std::string& t : record.terms) t = r.text();
  record.sentences.resize(r.count());
  for (AnalyzedSentence& s : record.sentences) s = decode_sentence(r, record.terms.size());
  std::uint64_t comments = r.varint();
  if (comments > UINT32_MAX) Reader::fail("reader comment count out of range");
  record.reader_comment_sentences = static_cast<std::uint32_t>(comments);
  if (!r.done()) Reader::fail("trailing bytes");
  return record;
}

}  // namespace annals::store

namespace annals {
std::string encode_record(const AnalyzedArticle& record) { return store::encode(record); }
AnalyzedArticle decode_record(std::string_view bytes) { return store::decode(bytes); }
}  // namespace annals
