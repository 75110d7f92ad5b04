#include "annals/diagnostics.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace annals {

namespace {

void append_hex(std::string& out, unsigned char byte) {
  char buffer[5];
  std::snprintf(buffer, sizeof buffer, "\\x%02x", byte);
  out += buffer;
}

// Copies `text`, escaping what a terminal would act on: C0 controls, DEL,
// C1 controls (U+0080..U+009F, which some terminals take as escape
// sequences) and bytes that are not UTF-8. A backslash is doubled so that an
// escape in the output always comes from here.
std::string escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      for (int32_t j = start; j < i; ++j) append_hex(out, bytes[j]);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c < 0x20 || c == 0x7F) {
      append_hex(out, static_cast<unsigned char>(c));
    } else if (c >= 0x80 && c <= 0x9F) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
      out += buffer;
    } else {
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

const char* label(Diagnostic::Severity severity) {
  switch (severity) {
    case Diagnostic::Severity::kError: return ": error: ";
    case Diagnostic::Severity::kWarning: return ": warning: ";
    case Diagnostic::Severity::kNote: return ": note: ";
  }
  return ": ";
}

// What makes two reasons alike: the text before the details (a colon, a
// quote or a number), so that "malformed JSON: ..." or "expected 3 fields,
// found 2" lines of one file count as one kind.
std::string_view kind_of(std::string_view reason) {
  return reason.substr(0, reason.find_first_of(":\"0123456789"));
}

std::string kind_key(Diagnostic::Severity severity, const std::string& file, std::string_view kind) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(severity)));
  return key.append(1, '\0').append(file).append(1, '\0').append(kind);
}

}  // namespace

std::string Diagnostic::to_string() const {
  std::string out = escaped(file);
  if (line > 0) out += ":" + std::to_string(line);
  out += label(severity);
  out += escaped(reason);
  if (more > 0) out += " (and " + std::to_string(more) + " more like this)";
  return out;
}

void Diagnostics::error(std::string file, std::size_t line, std::string reason) {
  add({Diagnostic::Severity::kError, std::move(file), line, std::move(reason)});
}

void Diagnostics::warning(std::string file, std::size_t line, std::string reason) {
  add({Diagnostic::Severity::kWarning, std::move(file), line, std::move(reason)});
}

void Diagnostics::note(std::string file, std::string reason) {
  add({Diagnostic::Severity::kNote, std::move(file), 0, std::move(reason)});
}

void Diagnostics::add(Diagnostic d) {
  const std::size_t count = 1 + d.more;
  if (d.severity == Diagnostic::Severity::kError) errors_ += count;
  if (d.severity == Diagnostic::Severity::kWarning) warnings_ += count;
  // Notes are summaries across files, so they merge by reason alone.
  const bool is_note = d.severity == Diagnostic::Severity::kNote;
  std::size_t& kept = kept_per_file_[is_note ? std::string() : d.file];
  // Past twice the sample, even new kinds are only counted, under one
  // catch-all kind per file, so that no input can grow the list unbounded.
  const std::string_view kind = is_note ? std::string_view(d.reason)
                                : kept >= 2 * kSamplePerFile ? std::string_view("*")
                                                             : kind_of(d.reason);
  std::string key = kind_key(d.severity, is_note ? std::string() : d.file, kind);
  const auto last = last_of_kind_.find(key);
  if (last != last_of_kind_.end() && (is_note || kept >= kSamplePerFile)) {
    items_[last->second].more += count;
    return;
  }
  if (!is_note) ++kept;
  last_of_kind_[std::move(key)] = items_.size();
  items_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) add(d);
}

}  // namespace annals
