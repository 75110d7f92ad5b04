"""annals.Store: ingest once, timelines from the store equal to the command line's."""

import json
import subprocess

import pytest


def test_ingest_info_and_timeline_match_the_command_line(annals, cli, demo, tmp_path):
    store = annals.Store(tmp_path / "news.db")
    report = store.ingest(demo)
    assert (report["read"], report["added"], report["updated"], report["unchanged"]) == (55, 55, 0, 0)
    assert report["diagnostics"] == []
    assert len(store) == store.info()["articles"] == 55
    assert store.info()["first_date"] == "2025-03-02"
    again = store.ingest(demo)
    assert (again["added"], again["unchanged"]) == (0, 55)

    timeline = store.timeline(query="dam", dates=4, sentences=1, method="clust", inflation=3)
    done = subprocess.run([cli, "timeline", "--store", store.path, "--query", "dam", "--dates", "4", "--sentences", "1",
                           "--method", "clust", "--param", "inflation=3", "--format", "json", "-q"],
                          capture_output=True, text=True, check=True)
    assert timeline.to_json() == done.stdout
    assert len(timeline) == 4


def test_bad_records_are_diagnostics_and_bad_stores_raise(annals, tmp_path):
    lines = tmp_path / "in.jsonl"
    lines.write_text('{"id": "a", "date": "2025-04-02", "text": "The ferry sailed again on Tuesday."}\nnot json\n')
    store = annals.Store(tmp_path / "s.db")
    report = store.ingest(lines)
    assert report["added"] == 1
    [bad] = report["diagnostics"]
    assert (bad.file, bad.line, bad.severity) == (str(lines), 2, "error")
    with pytest.raises(annals.UsageError):
        store.timeline(method="no-such-method")
    with pytest.raises(annals.IoError):
        annals.Store(tmp_path)  # a folder is not a store
    not_a_store = tmp_path / "notes.txt"
    not_a_store.write_text("hello\n" * 100)
    with pytest.raises(annals.Error):
        annals.Store(not_a_store)
