#!/usr/bin/python3
"""Speed of the Python module: annals.evaluate over every t17-dev task (all
tilse metrics: concat, agreement, the alignment variants, Date-F1) and the
cost of one call of corpus.timeline() beyond the engine's own work.

    PYTHONPATH=build/release/python bench/python_speed.py [--shared ../shared] [--json FILE]

Prints a table and writes JSON. The timelines scored are datewise's for each
task (built first, not timed with the evaluation).
"""

import argparse
import datetime
import json
import pathlib
import statistics
import time

import annals
from annals.tilse import Timeline

parser = argparse.ArgumentParser()
parser.add_argument("--shared", default=str(pathlib.Path(__file__).parents[1] / "../shared"))
parser.add_argument("--json")
args = parser.parse_args()
shared = pathlib.Path(args.shared)
rouge_data = shared / "eval" / "resources"


def t17_dev_tasks():
    for line in (shared / "data" / "topics.tsv").read_text().splitlines():
        if line.startswith("t17-dev\t"):
            _, name, language, folders, keywords = line.split("\t")
            paths = [shared / "data" / f for f in folders.split()]
            yield name, language, paths, keywords.split(","), sorted(r for f in paths for r in (f / "timelines").glob("*.txt"))


pairs = []
for name, language, folders, keywords, references in t17_dev_tasks():
    corpus = annals.load(folders, language=language)
    for reference in references:
        dates = Timeline.from_file(reference).dates_to_summaries
        sentences = max(1, round(sum(map(len, dates.values())) / len(dates)))
        pairs.append((corpus.timeline(query=keywords, dates=len(dates), sentences=sentences,
                                      start=min(dates), end=max(dates), method="datewise"), reference))

start = time.perf_counter()
for timeline, reference in pairs:
    annals.evaluate(timeline, reference, rouge_data=rouge_data)
evaluate_seconds = time.perf_counter() - start

# One article: the engine's work is tiny, so the time per call is the call's cost.
tiny = annals.corpus_from_articles([annals.Article("a", datetime.date(2031, 5, 1), "Ferry crews walked out on Thursday.")], threads=1)
calls = []
for _ in range(2000):
    t = time.perf_counter()
    tiny.timeline(dates=1, sentences=1, method="baseline")
    calls.append(time.perf_counter() - t)
call_us = statistics.median(calls) * 1e6

result = {"tasks": len(pairs), "evaluate_seconds": round(evaluate_seconds, 3),
          "evaluate_ms_per_task": round(1000 * evaluate_seconds / len(pairs), 1),
          "timeline_call_us_one_article": round(call_us, 1)}
print("| t17-dev tasks | annals.evaluate, all metrics | per task | corpus.timeline() on one article (median of 2000) |")
print("|---|---|---|---|")
print(f"| {result['tasks']} | {result['evaluate_seconds']} s | {result['evaluate_ms_per_task']} ms | {result['timeline_call_us_one_article']} µs |")
if args.json:
    pathlib.Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
