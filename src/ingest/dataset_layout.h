// What the Timeline17 and Crisis folder layouts say about an article file.
//
//   Timeline17: <Topic_source>/InputDocs/YYYY-MM-DD/<n>.htm.txt   (one sentence per line)
//   Crisis:     <lang>/<topic>/YYYY-MM-DD/<src>_<n>.txt            (raw paragraphs)
//               ... and <src>_<n>.tokenized                       (one sentence per line)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "annals/date.h"

namespace annals::ingest {

// Metadata a folder path gives to the files below it.
struct Place {
  std::optional<Date> date;  // the innermost folder is named YYYY-MM-DD
  std::string impossible_date;  // the innermost folder looks like one but is no day (2024-02-30)
  std::string language;      // a folder named en, es, fr, it or de above
  std::string outlet;        // Timeline17: "BBC" from MJ_bbc/InputDocs
  std::string folder;        // name of the innermost folder

  // The place of the subfolder `name`.
  Place enter(const std::string& name) const;
  // The place of a path, from all of its components.
  static Place of_path(const std::string& path);
};

// The outlet a Timeline17 folder suffix names ("bbc" -> "BBC"); an unknown
// suffix as given.
std::string timeline17_outlet(std::string_view suffix);

// Folders that hold no articles (HeidelTime output, reference timelines).
bool is_ignored_folder(std::string_view name);

// How an article file of a dataset layout is read.
struct DatasetFile {
  bool sentence_per_line = false;
  std::string outlet;
};

// Classifies a file in a dated folder. nullopt for files that are not
// articles (.timeml) or that duplicate another: a Crisis `X.tokenized` is
// read only when `has_txt_sibling` says that `X.txt` is missing, since the
// raw `.txt` keeps paragraphs and punctuation for display.
std::optional<DatasetFile> classify_dataset_file(std::string_view name, const Place& place,
                                                 bool has_txt_sibling);

// True for the names article files have in the layouts (.txt, .tokenized).
bool is_article_name(std::string_view name);

// "X.tokenized" -> "X.txt", the sibling that takes precedence; "" otherwise.
std::string txt_sibling(std::string_view name);

}  // namespace annals::ingest
