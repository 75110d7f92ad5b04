#include "annals/loader.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <numeric>
#include <optional>
#include <string_view>

#include "annals/error.h"

#include "ingest/format_detection.h"
#include "ingest/input_plan.h"
#include "ingest/progress.h"
#include "ingest/read_context.h"
#include "ingest/readers.h"
#include "ingest/text_checks.h"

namespace annals {

bool parse_input_format(const std::string& name, InputFormat& out) {
  if (name == "auto") {
    out = InputFormat::kAuto;
  } else if (name == "jsonl") {
    out = InputFormat::kJsonl;
  } else if (name == "dataset" || name == "t17" || name == "crisis") {
    out = InputFormat::kDataset;
  } else if (name == "csv") {
    out = InputFormat::kCsv;
  } else if (name == "text") {
    out = InputFormat::kText;
  } else {
    return false;
  }
  return true;
}

namespace {

using ingest::PlannedInput;
using ingest::ReadContext;

// The format of a file its path did not tell, from the first bytes of the
// stream that is then read: opening the path again would lose what a pipe
// already gave. nullopt (reported) when the file is not read.
std::optional<InputFormat> sniff(ingest::InputStream& in, const PlannedInput& input, ReadContext& context) {
  const std::string_view head = in.peek(ingest::kSniffBytes);
  if (const std::string_view reason = ingest::not_text_reason(head); !reason.empty()) {
    ingest::skip(context.result.diagnostics, input.path, input.named, std::string(reason));
    return std::nullopt;
  }
  if (const auto format = ingest::format_from_content(head)) return format;
  // Reading an empty file named on the command line finds nothing, which the
  // command reports; a read error is reported by the reader.
  if (input.named && head.empty()) return InputFormat::kJsonl;
  ingest::skip(context.result.diagnostics, input.path, input.named, "unknown input format (use --input-format)");
  return std::nullopt;
}

// Reads one planned file and returns the raw bytes it took.
std::uint64_t read_input(const PlannedInput& input, ReadContext& context) {
  if (input.format == InputFormat::kDataset) {
    ingest::read_dataset_article(input, context);
    return input.size;
  }
  const std::string& shown = input.path == "-" ? input.name : input.path;
  std::string error;
  auto in = ingest::InputStream::open(input.path, &error);
  if (!in) {
    context.error(shown, 0, "cannot open: " + error);
    return input.size;
  }
  const auto format = input.format == InputFormat::kAuto ? sniff(*in, input, context) : input.format;
  if (!format) return input.size;
  switch (*format) {
    case InputFormat::kCsv: ingest::read_csv(*in, shown, context); break;
    case InputFormat::kText: ingest::read_text(*in, shown, context); break;
    default: ingest::read_jsonl(*in, shown, context); break;
  }
  return in->raw_offset();
}

}  // namespace

LoadResult load_articles(const std::vector<std::string>& inputs, const LoadOptions& options) {
  LoadResult result;
  const auto plan = ingest::plan_inputs(inputs, options.format, result.diagnostics);
  const bool size_known =
      std::none_of(plan.begin(), plan.end(), [](const auto& input) { return input.path == "-"; });
  const std::uint64_t total =
      size_known ? std::accumulate(plan.begin(), plan.end(), std::uint64_t{0},
                                   [](std::uint64_t sum, const auto& input) { return sum + input.size; })
                 : 0;
  ingest::Progress progress(options.progress, total);
  ReadContext context{options, result, progress};
  for (const auto& input : plan) {
    const std::size_t accepted = context.accepted;
    const std::size_t reported = result.diagnostics.error_count() + result.diagnostics.warning_count();
    progress.finish_file(read_input(input, context));
    // A file named on the command line that gives nothing, and says nothing
    // was wrong, is still worth a word: an empty file, a wrong name.
    if (input.named && context.accepted == accepted &&
        result.diagnostics.error_count() + result.diagnostics.warning_count() == reported)
      context.warning(input.path == "-" ? input.name : input.path, 0, "no articles in this file");
  }
  context.flush();
  result.bytes_read = progress.done();
  return result;
}

namespace {

// A memory file holding `text`, positioned at its start, so that the
// readers (which read descriptors) take it like any file.
int memory_file(std::string_view text) {
  const int fd = memfd_create("annals-jsonl", MFD_CLOEXEC);
  if (fd < 0) throw IoError(std::string("cannot create a memory file: ") + std::strerror(errno));
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int saved = errno;
      close(fd);
      throw IoError(std::string("cannot fill a memory file: ") + std::strerror(saved));
    }
    done += static_cast<std::size_t>(n);
  }
  lseek(fd, 0, SEEK_SET);
  return fd;
}

}  // namespace

LoadResult load_jsonl_text(std::string_view text, const std::string& name, const LoadOptions& options) {
  LoadResult result;
  ingest::Progress progress(options.progress, text.size());
  ReadContext context{options, result, progress};
  std::string error;
  auto in = ingest::InputStream::adopt(memory_file(text), &error);
  if (!in) throw IoError("cannot read a memory file: " + error);
  ingest::read_jsonl(*in, name, context);
  progress.finish_file(in->raw_offset());
  context.flush();
  result.bytes_read = progress.done();
  return result;
}

}  // namespace annals
