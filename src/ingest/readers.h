// The readers, one per input format. Each reads one input and appends its
// articles and diagnostics to the context's result; `file` names the input
// in ids and messages.
#pragma once

#include <string>

#include "ingest/input_plan.h"
#include "ingest/input_stream.h"
#include "ingest/read_context.h"

namespace annals::ingest {

// JSON Lines: one object per line with id, time/date/published, text, and
// optional title, url, source/outlet, language.
void read_jsonl(InputStream& in, const std::string& file, ReadContext& context);

// CSV (RFC 4180) with a header naming at least `date` and `text`; optional
// columns title, url, source/outlet, id, language.
void read_csv(InputStream& in, const std::string& file, ReadContext& context);

// annals' own `text` timeline output: "date YYYY-MM-DD" (or "date YYYY-MM",
// "date YYYY") lines, each followed by blank-line separated paragraphs; each
// paragraph becomes one article, published on the date's first day.
void read_text(InputStream& in, const std::string& file, ReadContext& context);

// One article file of a Timeline17 / Crisis layout, dated by its folder.
void read_dataset_article(const PlannedInput& input, ReadContext& context);

}  // namespace annals::ingest
