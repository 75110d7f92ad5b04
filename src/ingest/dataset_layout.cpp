#include "ingest/dataset_layout.h"

#include <array>
#include <filesystem>
#include <utility>

namespace annals::ingest {

namespace {

bool is_language_code(std::string_view name) {
  static constexpr std::array<std::string_view, 5> kCodes = {"en", "es", "fr", "it", "de"};
  for (std::string_view code : kCodes) {
    if (name == code) return true;
  }
  return false;
}

// Crisis names files <src>_<n>: `gv` is Global Voices; `ext` stands for many
// other outlets, so naming it would mislead and the outlet stays unknown.
std::string crisis_outlet(std::string_view name) {
  return name.starts_with("gv_") ? "Global Voices" : "";
}

}  // namespace

std::string timeline17_outlet(std::string_view suffix) {
  // The outlets of Timeline17's public release (Tran et al. 2013), folder
  // suffix as the dataset spells it -> the name people read.
  static constexpr std::pair<std::string_view, std::string_view> kOutlets[] = {
      {"abc", "ABC News"},          {"aljazeera", "Al Jazeera"},
      {"bbc", "BBC"},               {"bostonglobe", "The Boston Globe"},
      {"cbs", "CBS News"},          {"cnn", "CNN"},
      {"dailymail", "Daily Mail"},  {"foxnews", "Fox News"},
      {"guardian", "The Guardian"}, {"huffingtonpost", "HuffPost"},
      {"independent", "The Independent"}, {"latimes", "Los Angeles Times"},
      {"nbc", "NBC News"},          {"npr", "NPR"},
      {"nytimes", "The New York Times"},  {"reuters", "Reuters"},
      {"telegraph", "The Telegraph"}, {"usatoday", "USA Today"},
      {"washingtonpost", "The Washington Post"}, {"wsj", "The Wall Street Journal"},
      {"xinhua", "Xinhua"},         {"ap", "Associated Press"},
      {"afp", "AFP"},               {"time", "Time"},
      {"economist", "The Economist"}, {"ft", "Financial Times"},
  };
  for (const auto& [key, name] : kOutlets)
    if (suffix == key) return std::string(name);
  return std::string(suffix);
}

Place Place::enter(const std::string& name) const {
  Place inner = *this;
  if (is_language_code(name)) inner.language = name;
  // The source follows the last "_" of the topic folder (MJ_bbc); without "_", the whole name.
  if (name == "InputDocs") inner.outlet = timeline17_outlet(std::string_view(folder).substr(folder.rfind('_') + 1));
  inner.date = Date::parse_iso(name);
  inner.impossible_date = !inner.date && has_iso_date_shape(name) ? name : "";
  inner.folder = name;
  return inner;
}

Place Place::of_path(const std::string& path) {
  std::error_code error;
  std::filesystem::path full = std::filesystem::absolute(path, error);
  if (error) full = path;
  Place place;
  for (const auto& part : full.lexically_normal()) {
    const std::string name = part.string();
    if (!name.empty() && name != "/") place = place.enter(name);
  }
  return place;
}

bool is_ignored_folder(std::string_view name) {
  return name == "time_annotated" || name == "timelines" || name == "reference";
}

bool is_article_name(std::string_view name) { return name.ends_with(".txt") || name.ends_with(".tokenized"); }

std::string txt_sibling(std::string_view name) {
  if (!name.ends_with(".tokenized")) return {};
  name.remove_suffix(std::string_view(".tokenized").size());
  return std::string(name) + ".txt";
}

std::optional<DatasetFile> classify_dataset_file(std::string_view name, const Place& place,
                                                 bool has_txt_sibling) {
  if (!place.date) return std::nullopt;
  DatasetFile file;
  file.outlet = place.outlet.empty() ? crisis_outlet(name) : place.outlet;
  if (name.ends_with(".htm.txt")) {
    file.sentence_per_line = true;  // Timeline17: PTB-tokenized, one sentence per line
  } else if (name.ends_with(".tokenized")) {
    if (has_txt_sibling) return std::nullopt;
    file.sentence_per_line = true;
  } else if (!name.ends_with(".txt")) {
    return std::nullopt;
  }
  return file;
}

}  // namespace annals::ingest
