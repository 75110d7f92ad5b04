// One news article as it was read, before any analysis.
#pragma once

#include <optional>
#include <string>

#include "annals/date.h"

namespace annals {

struct Article {
  std::string id;                  // stable: given by the record, or the file path relative to the input folder
  Date published;                  // publication day
  std::optional<std::string> time; // time of day as given ("14:05:00", "14:05:00+02:00"), if any
  std::string title;               // may be empty
  std::string text;                // body, valid UTF-8
  std::string outlet;              // may be empty
  std::string url;                 // may be empty
  std::string language;            // ISO 639-1 code: en, es, fr, it, de
  // True when `text` already holds one sentence per line (Timeline17, Crisis
  // .tokenized): analysis keeps that split instead of running a segmenter.
  bool sentence_per_line = false;
  // Where the record came from, for messages: file path and 1-based line.
  std::string source_file;
  std::size_t source_line = 0;
};

}  // namespace annals
