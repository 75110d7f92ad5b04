// How annals' text output writes one field (a sentence, an outlet) so that
// its text reader gets exactly that field back, whatever it holds.
//
// A written paragraph is one line, trimmed when read, ending in attribution
// suffixes (attribution.h), under a `date YYYY-MM-DD` line. So the written
// form must hold no line break, no NUL (the reader would call the file
// binary), no leading or trailing blank, no unescaped suffix marker, and must
// not itself read as a date line. Escapes, all starting with a backslash:
//
//   "\x{HH}"  the byte 0xHH: control characters, DEL, a leading or trailing
//             space, the 'd' of a paragraph that reads "date YYYY-MM-DD",
//             and backslashes right before any of these;
//   " \— ", " \(also: "  a suffix marker that is part of the field.
//
// A literal backslash run of k before either form (" \\— ", "\\x{41}") is
// written k+1 long, so the reader can always tell them apart; any other
// backslash is written as is, keeping ordinary text readable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "annals/date.h"

namespace annals::written_text {

inline constexpr std::string_view kOutletSeparator = " — ";
inline constexpr std::string_view kAlsoOpen = " (also: ";

// "date " and a YYYY-MM-DD, YYYY-MM or YYYY shape (day, month and year
// entries): the line that dates the paragraphs below it. Whether the day
// exists is checked by the reader, so that "date 2009-13-01" is reported
// rather than read as a sentence.
inline bool is_date_line(std::string_view line) {
  return line.starts_with("date ") && has_iso_period_shape(line.substr(5));
}

namespace detail {

inline bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

// "x{HH}" at `rest`'s start: the tail of a byte escape.
inline bool starts_byte_escape(std::string_view rest) {
  return rest.size() >= 5 && rest[0] == 'x' && rest[1] == '{' && is_hex(rest[2]) && is_hex(rest[3]) &&
         rest[4] == '}';
}

// The length of a suffix marker's tail (the marker without its leading space)
// at `rest`'s start, when the space before it makes it one; 0 when none. The
// suffixes written around a field end in a space and start with one, so a
// tail opening the field counts, and so does one ending it short of its last
// space.
inline std::size_t marker_tail(std::string_view before, std::string_view rest) {
  if (!before.empty() && !before.ends_with(' ')) return 0;
  for (std::string_view marker : {kOutletSeparator, kAlsoOpen}) {
    const std::string_view tail = marker.substr(1);
    if (rest.starts_with(tail) || rest == tail.substr(0, tail.size() - 1)) return tail.size();
  }
  return 0;
}

inline bool needs_byte_escape(unsigned char c) { return c < 0x20 || c == 0x7F; }

// Whether the backslashes at field[i, i+k) stand between a space and a
// marker tail that will be written literally (or at the field's start): not
// when that space opens the field or the tail's last space ends it, as both
// are written "\x{20}".
inline bool before_written_marker(std::string_view field, std::size_t i, std::size_t k) {
  if (i == 1) return false;  // after a leading space, written "\x{20}"
  const std::size_t tail = marker_tail(field.substr(0, i), field.substr(i + k));
  return tail > 0 && i + k + tail != field.size();
}

inline void append_byte_escape(std::string& out, unsigned char c) {
  constexpr char kHex[] = "0123456789abcdef";
  out += "\\x{";
  out += kHex[c >> 4];
  out += kHex[c & 0xF];
  out += '}';
}

inline int hex_value(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

}  // namespace detail

inline std::string escape(std::string_view field) {
  std::string out;
  out.reserve(field.size() + 8);
  auto byte_escaped = [&](std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(field[i]);
    const bool edge_space = c == ' ' && (i == 0 || i + 1 == field.size());
    const bool date_like = i == 0 && c == 'd' && is_date_line(field);
    return detail::needs_byte_escape(c) || edge_space || date_like;
  };
  for (std::size_t i = 0; i < field.size(); ++i) {
    std::size_t k = 0;
    while (i + k < field.size() && field[i + k] == '\\') ++k;
    // Backslashes right before a byte escape would join its backslash.
    const bool joins_escape = k > 0 && i + k < field.size() && byte_escaped(i + k);
    if (byte_escaped(i) || joins_escape) {
      detail::append_byte_escape(out, static_cast<unsigned char>(field[i]));
      continue;
    }
    const std::string_view rest = field.substr(i + k);
    const bool before_escape =
        (k > 0 && detail::starts_byte_escape(rest)) || detail::before_written_marker(field, i, k);
    out.append(k + (before_escape ? 1 : 0), '\\');
    if (k > 0) {
      i += k - 1;
    } else {
      out += field[i];
    }
  }
  return out;
}

inline std::string unescape(std::string_view written) {
  std::string out;
  out.reserve(written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    if (written[i] != '\\') {
      out += written[i];
      continue;
    }
    std::size_t k = 0;
    while (i + k < written.size() && written[i + k] == '\\') ++k;
    const std::string_view rest = written.substr(i + k);
    if (k == 1 && detail::starts_byte_escape(rest)) {
      out += static_cast<char>(detail::hex_value(rest[2]) * 16 + detail::hex_value(rest[3]));
      i += 5;
      continue;
    }
    const bool escaped = detail::starts_byte_escape(rest) || detail::marker_tail(written.substr(0, i), rest) > 0;
    out.append(escaped ? k - 1 : k, '\\');
    i += k - 1;
  }
  return out;
}

}  // namespace annals::written_text
