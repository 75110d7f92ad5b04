// Writing timelines for people and programs.
#pragma once

#include <ostream>
#include <string>

#include "annals/timeline.h"

namespace annals {

enum class OutputFormat {
  kText,      // "date YYYY-MM-DD", then each sentence as a paragraph
  kTilse,     // the Timeline17 / tilse evaluation format
  kJson,      // schema_version 2, with provenance for every sentence
  kMarkdown,  // a heading per date, bullets with outlet and link
  kHtml,        // one self-contained page (web/export.html with the json document)
  kTimelineJs,  // TimelineJS3's JSON
  kCsv,         // RFC 4180, one row per sentence
};

// Parses "text", "tilse", "json", "markdown" (alias "md"), "html", "timelinejs", "csv".
bool parse_output_format(const std::string& name, OutputFormat& out);

struct WriterOptions {
  // Text output: end each sentence with " — Outlet (also: A, B)"; false
  // writes the sentences alone.
  bool sources = true;
};

void write_timeline(std::ostream& out, const Timeline& timeline, OutputFormat format,
                    const WriterOptions& options = {});

}  // namespace annals
