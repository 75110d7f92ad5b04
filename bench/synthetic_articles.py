#!/usr/bin/env python3
"""Synthetic JSON Lines articles for scale runs (clust, eval, ingest).

The demo corpus' sentences recombined: three to six per article, a random
day over two years, one of 50 outlets. Seeded, so the same N gives the same
file, and the first M lines of a run of N are the run of M.

    python3 bench/synthetic_articles.py 200000 > a200k.jsonl
"""
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo" / "articles.jsonl"


def demo_sentences():
    sentences = []
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")) if len(s.split()) >= 6]
    return sentences


def main():
    count = int(sys.argv[1])
    pool = demo_sentences()
    rng = random.Random(2026)
    start = date(2024, 1, 1)
    out = sys.stdout
    for i in range(count):
        day = start + timedelta(days=rng.randrange(730))
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(3, 6)))
        record = {"id": f"s{i}", "date": day.isoformat(), "outlet": f"Outlet {rng.randrange(50)}", "text": text}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
