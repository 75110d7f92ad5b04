// The binary layout of one stored AnalyzedArticle (the `record` BLOB).
//
// All integers are unsigned LEB128 varints (dates zigzag-encoded); a string is
// its byte length then its bytes. Layout, version 1:
//
//   u8 'A', u8 version (1)
//   article: id, varint zigzag(published days), u8 has_time [, time], title,
//            text, outlet, url, language, u8 flags (bit 0: sentence_per_line),
//            source_file, varint source_line
//   varint term count, each term string
//   varint sentence count, each: text, varint n, n term indices,
//            varint m, m mentions: varint begin, varint end, value, u8 granularity
//   varint reader_comment_sentences
//
// Decoding checks every length, index and enum against the bytes left, so a
// truncated or damaged record is an Error, never undefined behaviour.
#pragma once

#include <string>
#include <string_view>

#include "annals/analysis.h"

namespace annals::store {

inline constexpr unsigned char kRecordMagic = 'A';
inline constexpr unsigned char kRecordVersion = 1;

std::string encode(const AnalyzedArticle& record);
AnalyzedArticle decode(std::string_view bytes);  // throws annals::Error

}  // namespace annals::store
