"""The GIL is released while the engine builds a timeline, so Python threads
run timelines in parallel and other Python code keeps running meanwhile."""

import math
import threading
import time

import pytest

COPIES = 12  # the demo corpus replicated: big enough that one timeline takes a while
LONG_ENOUGH = 0.1  # seconds a timeline must take for a held GIL to show
MAX_COPIES = 400


def replicated(annals, demo_corpus, copies):
    articles = [annals.Article(f"{a.id}-{copy}", a.published, a.text, title=a.title, outlet=a.outlet, url=a.url)
                for copy in range(copies) for a in demo_corpus.articles]
    # One engine thread per timeline, so that two Python threads are what
    # would use both cores.
    return annals.corpus_from_articles(articles, threads=1)


@pytest.fixture(scope="module")
def big_corpus(annals, demo_corpus):
    # A release build is several times faster than a debug one: grow the
    # corpus until one timeline takes long enough on this build.
    copies = COPIES
    corpus = replicated(annals, demo_corpus, copies)
    while timed(corpus) < LONG_ENOUGH and copies < MAX_COPIES:
        copies = min(MAX_COPIES, copies * max(2, math.ceil(LONG_ENOUGH * 1.5 / max(timed(corpus), 1e-3))))
        corpus = replicated(annals, demo_corpus, copies)
    return corpus


def build(corpus):
    return corpus.timeline(dates=10, sentences=2, method="clust")


def timed(corpus):
    start = time.perf_counter()
    build(corpus)
    return time.perf_counter() - start


def test_python_runs_while_a_timeline_is_built(big_corpus):
    one = timed(big_corpus)
    worker = threading.Thread(target=build, args=(big_corpus,))
    last = time.perf_counter()
    longest_pause = 0.0
    worker.start()
    while worker.is_alive():  # held GIL would freeze this loop for the whole build
        now = time.perf_counter()
        longest_pause = max(longest_pause, now - last)
        last = now
    worker.join()
    print(f"one timeline {one:.3f} s; longest pause of the main thread {longest_pause:.4f} s")
    assert one > LONG_ENOUGH, "corpus too small to tell"
    assert longest_pause < one / 2


def test_two_timelines_are_built_at_the_same_time(big_corpus):
    # With the GIL held for a whole build, the second thread could not even
    # note its start before the first finished: the builds would not overlap.
    # (How much faster two cores make it is for bench/python_speed.py.)
    barrier = threading.Barrier(2)
    intervals = []

    def run():
        barrier.wait()
        start = time.perf_counter()
        build(big_corpus)
        intervals.append((start, time.perf_counter()))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    (first_start, first_end), (second_start, second_end) = sorted(intervals)
    assert second_start < first_end, intervals


def test_parallel_timelines_are_the_same(big_corpus):
    results = [None, None]

    def run(i):
        results[i] = build(big_corpus).to_json()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] == results[1] == build(big_corpus).to_json()
