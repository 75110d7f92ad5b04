#include "ingest/input_plan.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "ingest/format_detection.h"
#include "ingest/input_stream.h"
#include "ingest/text_checks.h"

namespace annals::ingest {

namespace fs = std::filesystem;

namespace {

// The first bytes of a file, decompressed; empty when it cannot be read
// (reading it for real will report why).
std::string head_of(const std::string& path) {
  std::string error;
  auto in = InputStream::open(path, &error);
  if (!in) return {};
  std::string head(kSniffBytes, '\0');
  const std::ptrdiff_t got = in->read(head.data(), head.size());
  head.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return head;
}

class Planner {
 public:
  Planner(InputFormat format, Diagnostics& diagnostics) : format_(format), diagnostics_(diagnostics) {}

  void add(const std::string& input) {
    if (input == "-") {
      plan_.push_back({"-", kStdinName, InputFormat::kJsonl, {}, {}, 0});
      return;
    }
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    if (error) {
      diagnostics_.error(input, 0, "cannot open: " + error.message());
    } else if (fs::is_directory(status)) {
      walk(input, "", Place::of_path(input));
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
      if (name.starts_with(".")) continue;  // hidden: editor and VCS files
      const fs::path inner = relative / name;
      if (entry.is_symlink(error) && entry.is_directory(error)) {
        // Not followed: a link back up would make the walk endless.
        diagnostics_.warning(entry.path().string(), 0, "skipped: symbolic link to a folder");
      } else if (entry.is_directory(error)) {
        if (!is_ignored_folder(name)) walk(entry.path(), inner, place.enter(name));
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
    if (file_name.ends_with(".timeml") && !explicit_input) return;  // annotations, not articles
    std::error_code error;
    const auto size = fs::file_size(path, error);
    PlannedInput input{path, id_name, format_, place, {}, error ? 0 : size};
    if (format_ == InputFormat::kAuto || format_ == InputFormat::kDataset) {
      if (const auto dataset = classify_dataset_file(file_name, place, has_txt_sibling)) {
        input.format = InputFormat::kDataset;
        input.dataset = *dataset;
      } else if (place.date && file_name.ends_with(".tokenized")) {
        return;  // the .txt sibling is read instead
      } else if (format_ == InputFormat::kDataset) {
        skip(path, explicit_input, "not an article file of a dataset layout (no YYYY-MM-DD folder)");
        return;
      } else if (!detect(input, file_name, explicit_input)) {
        return;
      }
    }
    plan_.push_back(std::move(input));
  }

  bool detect(PlannedInput& input, const std::string& file_name, bool explicit_input) {
    if (const auto format = format_from_name(file_name)) {
      input.format = *format;
      return true;
    }
    const std::string head = head_of(input.path);
    if (looks_binary(head)) {
      skip(input.path, explicit_input, "binary file (contains NUL bytes)");
      return false;
    }
    if (const auto format = format_from_content(head)) {
      input.format = *format;
      return true;
    }
    if (explicit_input && head.empty()) {
      input.format = InputFormat::kJsonl;  // reading it reports the open error or an empty file
      return true;
    }
    skip(input.path, explicit_input, "unknown input format (use --input-format)");
    return false;
  }

  void skip(const std::string& path, bool explicit_input, const std::string& reason) {
    if (explicit_input) {
      diagnostics_.error(path, 0, reason);
    } else {
      diagnostics_.warning(path, 0, "skipped: " + reason);
    }
  }

  const InputFormat format_;
  Diagnostics& diagnostics_;
  std::vector<PlannedInput> plan_;
};

}  // namespace

std::vector<PlannedInput> plan_inputs(const std::vector<std::string>& inputs, InputFormat format,
                                      Diagnostics& diagnostics) {
  Planner planner(format, diagnostics);
  for (const auto& input : inputs) planner.add(input);
  return planner.take();
}

}  // namespace annals::ingest
