#!/usr/bin/python3
"""The t17-dev DATEWISE benchmark from Python: every (topic, reference timeline)
task as news-tls sets it up, scored with tilse's metrics.

    PYTHONPATH=build/release/python examples/reproduce_t17_datewise.py [SHARED_DIR]

SHARED_DIR (default ../shared) holds data/topics.tsv, the Timeline17 folders and
eval/resources (ROUGE-1.5.5's data). Prints one row per task (AR-1 F, AR-2 F,
Date F1, seconds) and the news-tls average (mean P and R, F of the means).
Unlike `annals bench`, which trains DATEWISE leave-one-topic-out, this uses the
model shipped in models/ (trained on all of t17-dev), so the scores differ a little
(measured: average AR-1 F 0.1387, AR-2 F 0.0441, Date F1 0.5749; the bench: 0.1405, 0.0441, 0.595).
"""

import pathlib
import sys
import time

import annals
from annals.tilse import Timeline

shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[1] / "../shared")
rouge_data = shared / "eval" / "resources"


def t17_dev_topics():
    for line in (shared / "data" / "topics.tsv").read_text().splitlines():
        if line and not line.startswith("#") and line.startswith("t17-dev\t"):
            _, name, language, folders, keywords = line.split("\t")
            yield name, language, [shared / "data" / f for f in folders.split()], keywords.split(",")


def news_tls_average(scores, key):
    p = sum(s[key]["precision"] for s in scores) / len(scores)
    r = sum(s[key]["recall"] for s in scores) / len(scores)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


results = []
print(f"{'topic':8} {'timeline':22} {'AR-1 F':>7} {'AR-2 F':>7} {'Date F':>7} {'s':>6}")
for name, language, folders, keywords in t17_dev_topics():
    corpus = annals.load(folders, language=language)
    for reference in sorted(r for f in folders for r in (f / "timelines").glob("*.txt")):
        dates = Timeline.from_file(reference).dates_to_summaries
        sentences = max(1, round(sum(map(len, dates.values())) / len(dates)))  # round: half to even, as news-tls
        start = time.perf_counter()
        timeline = corpus.timeline(query=keywords, dates=len(dates), sentences=sentences,
                                   start=min(dates), end=max(dates), method="datewise")
        seconds = time.perf_counter() - start
        s = annals.evaluate(timeline, reference, rouge_data=rouge_data)
        m1 = "align_date_content_costs_many_to_one"
        results.append({"ar1": s["rouge_1"][m1], "ar2": s["rouge_2"][m1], "date": s["date"]})
        print(f"{name:8} {reference.parents[1].name:22} {s['rouge_1'][m1]['f1']:7.4f} "
              f"{s['rouge_2'][m1]['f1']:7.4f} {s['date']['f1']:7.4f} {seconds:6.2f}")
print(f"{'average':31} {news_tls_average(results, 'ar1'):7.4f} {news_tls_average(results, 'ar2'):7.4f} "
      f"{news_tls_average(results, 'date'):7.4f}   ({len(results)} tasks)")
