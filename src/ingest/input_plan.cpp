#include "ingest/input_plan.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "ingest/format_detection.h"

namespace annals::ingest {

namespace fs = std::filesystem;

namespace {

class Planner {
 public:
  Planner(InputFormat format, Diagnostics& diagnostics) : format_(format), diagnostics_(diagnostics) {}

  void add(const std::string& input) {
    if (input == "-") {
      // Standard input is JSON Lines unless a format is forced; it is no folder.
      if (format_ == InputFormat::kDataset) {
        diagnostics_.error(std::string(kStdinName), 0, "a dataset is a folder; standard input cannot be one");
        return;
      }
      const InputFormat format = format_ == InputFormat::kAuto ? InputFormat::kJsonl : format_;
      plan_.push_back({"-", kStdinName, format, {}, {}, 0, true});
      return;
    }
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (error) {
      diagnostics_.error(input, 0, "cannot open: " + error.message());
    } else if (fs::is_directory(status)) {
      const std::size_t planned = plan_.size();
      walk(input, "", Place::of_path(input));
      if (plan_.size() == planned) diagnostics_.warning(input, 0, "no article files in this folder");
    } else {
      const fs::path path(input);
      const std::string file_name = path.filename().string();
      add_file(input, input, file_name, Place::of_path(path.parent_path().string()), false, true);
    }
  }

  std::vector<PlannedInput> take() { return std::move(plan_); }

 private:
  // `relative` is the folder's path below the input folder ("" for the input itself).
  void walk(const fs::path& folder, const fs::path& relative, const Place& place) {
    std::error_code error;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
      entries.push_back(*it);
    }
    if (error) {
      diagnostics_.error(folder.string(), 0, "cannot read folder: " + error.message());
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    std::set<std::string> names;
    for (const auto& entry : entries) names.insert(entry.path().filename().string());

    for (const auto& entry : entries) {
      const std::string name = entry.path().filename().string();
      const fs::path inner = relative / name;
      if (name.starts_with(".")) {
        note(entry.path(), "skipped: hidden file or folder (name starts with '.')");
      } else if (entry.is_symlink(error) && entry.is_directory(error)) {
        // Not followed: a link back up would make the walk endless.
        note(entry.path(), "skipped: symbolic link to a folder (not followed; name the target to read it)");
      } else if (entry.is_directory(error)) {
        if (is_ignored_folder(name)) {
          note(entry.path(), "skipped: folder of annotations or reference timelines, not articles");
        } else {
          walk(entry.path(), inner, place.enter(name));
        }
      } else {
        const std::string sibling = txt_sibling(name);
        add_file(entry.path().string(), inner.string(), name, place,
                 !sibling.empty() && names.count(sibling) > 0, false);
      }
    }
  }

  // `explicit_input`: named on the command line, so a file that cannot be
  // read is an error rather than something skipped in passing.
  void add_file(const std::string& path, const std::string& id_name, const std::string& file_name,
                const Place& place, bool has_txt_sibling, bool explicit_input) {
    if (file_name.ends_with(".timeml") && !explicit_input) {
      note(path, "skipped: .timeml annotation files, not articles");
      return;
    }
    std::error_code error;
    const auto size = fs::file_size(path, error);
    PlannedInput input{path, id_name, format_, place, {}, error ? 0 : size, explicit_input};
    if (format_ == InputFormat::kAuto || format_ == InputFormat::kDataset) {
      if (const auto dataset = classify_dataset_file(file_name, place, has_txt_sibling)) {
        input.format = InputFormat::kDataset;
        input.dataset = *dataset;
      } else if (place.date && file_name.ends_with(".tokenized")) {
        note(path, "skipped: .tokenized files whose .txt sibling is read instead");
        return;
      } else if (!place.impossible_date.empty() && is_article_name(file_name)) {
        diagnostics_.error(path, 0, "folder name \"" + place.impossible_date +
                                        "\" is no calendar day, so the article has no date; skipped");
        return;
      } else if (format_ == InputFormat::kDataset) {
        skip(diagnostics_, path, explicit_input, "not an article file of a dataset layout (no YYYY-MM-DD folder)");
        return;
      } else if (const auto format = format_from_name(file_name)) {
        input.format = *format;
      }
    }
    plan_.push_back(std::move(input));
  }

  void note(const fs::path& path, const std::string& reason) { diagnostics_.note(path.string(), reason); }

  const InputFormat format_;
  Diagnostics& diagnostics_;
  std::vector<PlannedInput> plan_;
};

}  // namespace

void skip(Diagnostics& diagnostics, const std::string& path, bool named, const std::string& reason) {
  if (named) {
    diagnostics.error(path, 0, reason);
  } else {
    diagnostics.warning(path, 0, "skipped: " + reason);
    diagnostics.note(path, "skipped: files found in folders whose format is unknown or that are no text");
  }
}

std::vector<PlannedInput> plan_inputs(const std::vector<std::string>& inputs, InputFormat format,
                                      Diagnostics& diagnostics) {
  Planner planner(format, diagnostics);
  for (const auto& input : inputs) planner.add(input);
  return planner.take();
}

}  // namespace annals::ingest
