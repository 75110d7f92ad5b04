// bench_tagger: agreement of the annals temporal tagger with HeidelTime on the
// TimeML files of the shared data (T17 dev in English, Crisis in Spanish and
// French), and its throughput.
//
// Per sentence, the set of day values (YYYY-MM-DD, including the date part of
// HeidelTime's date-times) and, separately, the set of month values (YYYY-MM)
// found by each tagger are compared; counts are summed over sentences (micro
// precision, recall, F1). HeidelTime is a silver standard: see docs/tagger.md.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "annals/date.h"
#include "annals/temporal_tagger.h"

namespace fs = std::filesystem;

namespace {

struct Sentence {
  std::string text;
  annals::Date published;
  std::string file;
  std::set<std::string> days, months;  // HeidelTime's values
  std::string timexes;                  // HeidelTime's day expressions, for reading disagreements
};

struct Counts {
  long tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  void add(const std::set<std::string>& ours, const std::set<std::string>& theirs) {
    for (const auto& v : ours) (theirs.count(v) ? tp : fp)++;
    for (const auto& v : theirs) fn += !ours.count(v);
  }
};

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Sorts a TimeML value into the day or month set.
void classify_value(const std::string& v, Sentence& s) {
  if (v.size() >= 10 && is_digits(v.substr(0, 4)) && v[4] == '-' && is_digits(v.substr(5, 2)) &&
      v[7] == '-' && is_digits(v.substr(8, 2)))
    s.days.insert(v.substr(0, 10));
  else if (v.size() == 7 && is_digits(v.substr(0, 4)) && v[4] == '-' && is_digits(v.substr(5, 2)))
    s.months.insert(v);
}

std::string attribute(std::string_view tag, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  at += key.size();
  std::size_t end = tag.find('"', at);
  return std::string(tag.substr(at, end == std::string_view::npos ? 0 : end - at));
}

// One TimeML line: the sentence with tags stripped, and HeidelTime's values.
Sentence parse_line(std::string_view line) {
  Sentence s;
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] != '<') {
      s.text += line[i++];
      continue;
    }
    std::size_t close = line.find('>', i);
    if (close == std::string_view::npos) break;
    std::string_view tag = line.substr(i, close + 1 - i);
    std::string type = attribute(tag, "type");
    i = close + 1;
    if (!tag.starts_with("<TIMEX3") || (type != "DATE" && type != "TIME")) continue;
    std::string value = attribute(tag, "value");
    std::size_t days_before = s.days.size();
    classify_value(value, s);
    std::size_t text_end = line.find('<', i);
    if (s.days.size() != days_before || value.size() >= 10)
      s.timexes += "[" + std::string(line.substr(i, text_end - i)) + " = " + value + "] ";
  }
  return s;
}

void read_timeml(const fs::path& path, annals::Date published, std::vector<Sentence>& out) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("<?xml") || line.starts_with("<!DOCTYPE") || line.starts_with("<TimeML") ||
        line.starts_with("</TimeML"))
      continue;
    Sentence s = parse_line(line);
    if (s.text.find_first_not_of(' ') == std::string::npos) continue;
    s.published = published;
    s.file = path.string();
    out.push_back(std::move(s));
  }
}

// Every *.timeml under root whose parent folder is the publication date.
std::vector<Sentence> load(const fs::path& root) {
  std::vector<fs::path> files;
  if (fs::exists(root))
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file() && e.path().extension() == ".timeml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Sentence> out;
  for (const auto& f : files)
    if (auto d = annals::Date::parse_iso(f.parent_path().filename().string())) read_timeml(f, *d, out);
  return out;
}

constexpr int kTimingPasses = 3;

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

struct Result {
  std::string language;
  std::size_t sentences = 0, bytes = 0, mentions = 0;
  Counts day, month;
  double seconds = 0;
  double mb_per_s() const { return seconds > 0 ? bytes / seconds / 1e6 : 0; }
};

std::string join(const std::set<std::string>& s) {
  std::string out;
  for (const auto& v : s) out += (out.empty() ? "" : " ") + v;
  return out.empty() ? "-" : out;
}

Result evaluate(const std::string& language, const std::vector<Sentence>& sentences,
                std::size_t max_disagreements, std::ostream* dump) {
  annals::TemporalTagger tagger(language);
  Result r;
  r.language = language;
  r.sentences = sentences.size();
  std::vector<const Sentence*> differing;
  std::vector<std::pair<std::set<std::string>, std::set<std::string>>> ours_of;
  for (const Sentence& s : sentences) {
    std::set<std::string> days, months;
    for (const auto& m : tagger.tag(s.text, s.published)) {
      if (m.granularity == annals::Granularity::kDay) days.insert(m.value);
      if (m.granularity == annals::Granularity::kMonth) months.insert(m.value);
    }
    r.day.add(days, s.days);
    r.month.add(months, s.months);
    r.bytes += s.text.size();
    if (days != s.days) {
      differing.push_back(&s);
      ours_of.emplace_back(days, s.days);
    }
  }
  // Throughput per core: CPU time of this thread tagging the sentences already
  // in memory (wall time would count the other processes); the best of a few
  // passes, as the machine may be shared.
  for (int pass = 0; pass < kTimingPasses; ++pass) {
    double start = thread_cpu_seconds();
    std::size_t mentions = 0;
    for (const Sentence& s : sentences) mentions += tagger.tag(s.text, s.published).size();
    double seconds = thread_cpu_seconds() - start;
    if (pass == 0 || seconds < r.seconds) r.seconds = seconds;
    r.mentions = mentions;
  }
  if (dump && max_disagreements && !differing.empty()) {
    // Evenly spaced over the corpus, so that the sample covers every topic.
    std::size_t n = std::min(max_disagreements, differing.size());
    for (std::size_t k = 0; k < n; ++k) {
      std::size_t at = k * differing.size() / n;
      const Sentence& s = *differing[at];
      *dump << "## " << language << " " << k + 1 << "  " << s.file << "  published "
            << s.published.to_string() << "\n"
            << s.text << "\n  annals:     " << join(ours_of[at].first)
            << "\n  heideltime: " << join(ours_of[at].second) << "  " << s.timexes << "\n\n";
    }
  }
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Agreement of the annals temporal tagger with HeidelTime, and throughput"};
  std::string shared = "../shared", json_path;
  std::pair<std::size_t, std::string> disagreements{0, ""};
  app.add_option("--shared", shared, "Folder with data/ (default ../shared)");
  app.add_option("--json", json_path, "Write the results as JSON to this file");
  app.add_option("--disagreements", disagreements, "N FILE: write N disagreements per language to FILE");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  fs::path data = fs::path(shared) / "data";
  struct Corpus {
    std::string language;
    fs::path root;
  } corpora[] = {{"en", data / "t17-dev" / "Timeline17"},
                 {"es", data / "ml-crisis" / "es"},
                 {"fr", data / "ml-crisis" / "fr"}};
  const auto& [max_disagreements, dump_path] = disagreements;
  std::ofstream dump;
  if (!dump_path.empty()) dump.open(dump_path);
  nlohmann::json out = nlohmann::json::array();
  std::printf("%-4s %9s %8s | %6s %6s %6s | %6s %6s %6s | %9s\n", "lang", "sentences", "MB", "day P",
              "day R", "day F1", "mon P", "mon R", "mon F1", "MB/s/core");
  bool any = false;
  for (const Corpus& c : corpora) {
    std::vector<Sentence> sentences = load(c.root);
    if (sentences.empty()) {
      std::fprintf(stderr, "no TimeML under %s, skipped\n", c.root.string().c_str());
      continue;
    }
    any = true;
    Result r = evaluate(c.language, sentences, max_disagreements, dump.is_open() ? &dump : nullptr);
    std::printf("%-4s %9zu %8.2f | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %9.1f\n", r.language.c_str(),
                r.sentences, r.bytes / 1e6, r.day.precision(), r.day.recall(), r.day.f1(),
                r.month.precision(), r.month.recall(), r.month.f1(), r.mb_per_s());
    auto counts = [](const Counts& k) {
      return nlohmann::json{{"tp", k.tp}, {"fp", k.fp}, {"fn", k.fn}, {"precision", k.precision()},
                            {"recall", k.recall()}, {"f1", k.f1()}};
    };
    out.push_back({{"language", r.language}, {"sentences", r.sentences}, {"bytes", r.bytes}, {"mentions", r.mentions},
                   {"day", counts(r.day)}, {"month", counts(r.month)}, {"mb_per_s_per_core", r.mb_per_s()}});
  }
  if (!json_path.empty()) std::ofstream(json_path) << out.dump(2) << "\n";
  return any ? 0 : 2;
}
