#include "benchmark/task.h"

#include <algorithm>
#include <cmath>



namespace annals::benchmark {

namespace fs = std::filesystem;

std::size_t round_half_even(double value) {
  double floor = std::floor(value);
  double fraction = value - floor;
  if (fraction > 0.5) return std::size_t(floor + 1);
  if (fraction < 0.5) return std::size_t(floor);
  return std::fmod(floor, 2.0) == 0 ? std::size_t(floor) : std::size_t(floor + 1);
}

std::vector<fs::path> find_references(const Topic& topic) {
  std::vector<fs::path> found;
  std::error_code ec;
  for (const fs::path& folder : topic.folders) {
    fs::path timelines = folder / "timelines";
    if (fs::is_directory(timelines, ec)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(timelines, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
      std::sort(files.begin(), files.end());
      found.insert(found.end(), files.begin(), files.end());
    }
    fs::path crisis = folder.parent_path() / "reference" / (topic.name + ".txt");
    if (fs::is_regular_file(crisis, ec) && std::find(found.begin(), found.end(), crisis) == found.end())
      found.push_back(crisis);
  }
  return found;
}

namespace {
// "bpoil_bbc" for a Timeline17 file (its folder; plus the file stem when the
// folder holds several), the file stem for a Crisis reference.
std::string timeline_name(const fs::path& reference, std::size_t references_in_folder) {
  if (reference.parent_path().filename() == "timelines") {
    std::string folder = reference.parent_path().parent_path().filename().string();
    return references_in_folder > 1 ? folder + "-" + reference.stem().string() : folder;
  }
  return reference.stem().string();
}

// read_tilse_timeline's messages open with "<path>: "; the diagnostic
// names the file itself, so it is said once ("file: warning: line 25: ...").
std::string without_file(const std::string& message, const fs::path& path) {
  const std::string prefix = path.string() + ": ";
  return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}
}  // namespace

std::vector<Task> make_tasks(const Topic& topic, int extend_days, Diagnostics& diagnostics) {
  std::vector<fs::path> references = find_references(topic);
  if (references.empty())
    diagnostics.error(topic.folders.front().string(), 0, "no reference timeline found for topic " + topic.name);
  std::vector<Task> tasks;
  for (const fs::path& path : references) {
    Task task;
    task.topic = &topic;
    task.reference_path = path;
    try {
      eval::TimelineParse parse = eval::read_tilse_timeline(path);
      for (const std::string& warning : parse.warnings) diagnostics.warning(path.string(), 0, without_file(warning, path));
      task.reference = std::move(parse.timeline);
    } catch (const std::exception& e) {
      diagnostics.error(path.string(), 0, without_file(e.what(), path));
      continue;
    }
    if (task.reference.empty()) {
      diagnostics.error(path.string(), 0, "reference timeline has no dates");
      continue;
    }
    std::size_t in_folder = std::count_if(references.begin(), references.end(),
                                          [&](const fs::path& p) { return p.parent_path() == path.parent_path(); });
    task.timeline = timeline_name(path, in_folder);
    std::size_t sentences = 0;
    for (const auto& [date, summary] : task.reference.dates) sentences += summary.size();
    task.request.dates = task.reference.dates.size();
    // At least one sentence: a reference of empty summaries would otherwise ask for none.
    task.request.sentences = std::max<std::size_t>(1, round_half_even(double(sentences) / double(task.reference.dates.size())));
    task.request.keywords = fold_keywords(topic.keywords);
    task.request.window.from = task.reference.dates.begin()->first - extend_days;
    task.request.window.to = task.reference.dates.rbegin()->first + extend_days;
    tasks.push_back(std::move(task));
  }
  return tasks;
}

}  // namespace annals::benchmark
