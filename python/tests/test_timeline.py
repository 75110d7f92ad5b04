"""Timelines from Python are the command line's, byte for byte, with provenance."""

import json
import subprocess

import pytest

# (Python keyword arguments, the same request as command-line flags)
REQUESTS = [
    ({}, []),
    ({"query": ["dam", "reservoir"], "dates": 5, "sentences": 1}, ["--query", "dam,reservoir", "--dates", "5",
                                                                  "--sentences", "1"]),
    ({"start": "2025-03-01", "end": "2025-03-31", "dates": 4}, ["--from", "2025-03-01", "--to", "2025-03-31",
                                                                "--dates", "4"]),
    ({"method": "datewise", "summarizer": "centroid-rank"}, ["--method", "datewise", "--param",
                                                             "summarizer=centroid-rank"]),
    ({"method": "clust", "inflation": 2.5, "dates": 3}, ["--method", "clust", "--param", "inflation=2.5",
                                                         "--dates", "3"]),
    ({"method": "martschat2018", "date_references": False}, ["--method", "martschat2018", "--param",
                                                             "date_references=false"]),
]


def cli_output(cli, demo, flags, fmt="json"):
    done = subprocess.run([cli, "timeline", str(demo), "--format", fmt, "--quiet", *flags],
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@pytest.mark.parametrize("kwargs,flags", REQUESTS, ids=lambda v: str(v))
def test_json_equals_the_command_line(demo_corpus, cli, demo, kwargs, flags):
    assert demo_corpus.timeline(**kwargs).to_json() == cli_output(cli, demo, flags)


@pytest.mark.parametrize("fmt", ["text", "tilse", "markdown"])
def test_written_files_equal_the_command_line(demo_corpus, cli, demo, tmp_path, fmt):
    path = tmp_path / f"timeline.{fmt}"
    demo_corpus.timeline(dates=6).write(path, format=fmt)
    assert path.read_text(encoding="utf-8") == cli_output(cli, demo, ["--dates", "6"], fmt)
    assert demo_corpus.timeline(dates=6).render(fmt) == path.read_text(encoding="utf-8")


def test_entries_and_provenance(demo_corpus):
    timeline = demo_corpus.timeline(dates=5, sentences=2)
    articles = {a.id: a for a in demo_corpus.articles}
    assert len(timeline) == len(timeline.entries) == 5
    assert timeline.dates == sorted(timeline.dates)
    for entry in timeline.entries:
        assert 1 <= len(entry.sentences) <= 2
        for sentence in entry.sentences:
            source = articles[sentence.article]
            if sentence.dateline is None:
                assert source.sentences[sentence.position] == sentence.text
            else:  # a wire dateline ("CARROWMOUTH, March 4 (Meridian) - ") is cut from the text
                original = source.sentences[sentence.position]
                assert original.endswith(sentence.text) and original.startswith(sentence.dateline["place"])
                assert f"({sentence.dateline['agency']})" in original[: len(original) - len(sentence.text)]
            assert (sentence.outlet, sentence.url, sentence.title, sentence.language) == (
                source.outlet, source.url, source.title, source.language)
            assert sentence.published.startswith(source.published.isoformat())


def test_to_dict_is_the_json(demo_corpus):
    timeline = demo_corpus.timeline(dates=3)
    as_dict = timeline.to_dict()
    assert as_dict == json.loads(timeline.to_json())
    assert as_dict["schema_version"] == 2
    assert [e["date"] for e in as_dict["timeline"]] == [d.isoformat() for d in timeline.dates]
    # The objects carry what the JSON says: headlines, sources, other reports.
    for entry, data in zip(timeline.entries, as_dict["timeline"]):
        assert entry.headline == (data["headline"] or "")
        assert [(s.outlet, s.articles) for s in entry.sources] == [
            (s["outlet"] or "", s["articles"]) for s in data["sources"]]
        assert entry.articles == data["articles"]
        for sentence, sdata in zip(entry.sentences, data["sentences"]):
            assert [(r.outlet, r.article) for r in sentence.also_reported_by] == [
                (r["outlet"] or "", r["article"]) for r in sdata["also_reported_by"]]


def test_query_as_comma_separated_text(demo_corpus):
    assert demo_corpus.timeline(query="Dam,reservoir").to_json() == \
        demo_corpus.timeline(query=["dam", "RESERVOIR"]).to_json()


def test_unknown_method_is_a_usage_error_naming_the_methods(annals, demo_corpus):
    with pytest.raises(annals.UsageError, match="baseline") as raised:
        demo_corpus.timeline(method="no-such-method")
    assert isinstance(raised.value, ValueError)


def test_unknown_or_bad_parameter_is_a_usage_error(annals, demo_corpus):
    with pytest.raises(annals.UsageError, match="lead_sentences"):
        demo_corpus.timeline(method="baseline", no_such_param=1)
    with pytest.raises(annals.UsageError):
        demo_corpus.timeline(method="baseline", lead_sentences=0)
    with pytest.raises(annals.UsageError):
        demo_corpus.timeline(method="clust", summarizer="no-such-summarizer")


def test_bad_requests(annals, demo_corpus, tmp_path):
    with pytest.raises(annals.UsageError):
        demo_corpus.timeline(dates=0)
    with pytest.raises(annals.UsageError, match="after"):
        demo_corpus.timeline(start="2025-04-01", end="2025-03-01")
    with pytest.raises(annals.UsageError, match="format"):
        demo_corpus.timeline().write(tmp_path / "x", format="pdf")
    with pytest.raises(annals.IoError) as raised:
        demo_corpus.timeline().write(tmp_path / "no" / "such" / "dir.txt")
    assert isinstance(raised.value, OSError)


def test_methods_equal_the_command_line(annals, cli):
    done = subprocess.run([cli, "methods", "--format", "json"], capture_output=True, check=True, text=True)
    listed = annals.methods()
    assert listed == json.loads(done.stdout)["methods"]
    assert listed[0]["name"] == "annals"  # the default first
    assert {"name", "description", "supervised", "parameters"} <= set(listed[0])


def promo_articles(annals):
    places = ["Carrowmouth", "Lindhaven", "Brennock", "Eastmere", "Hollin", "Ormeby",
              "Lowford", "Rivermark", "Quaystone", "Tarnfield", "Ashgrove", "Kellby"]
    events = ["opened a ferry pier", "closed the old mill", "repaired the sea wall", "flooded after storms",
              "elected a new mayor", "hosted the regatta", "rebuilt its bridge", "lost power overnight",
              "cleared the harbour mouth", "banned night fishing", "planted a salt marsh", "reopened the rail halt"]
    articles = []
    for i, place in enumerate(places):
        text = f"Officials said {place} {events[i]}. The harbour at {place} {events[(i + 5) % 12]} as well."
        if i < 5:
            text += " This post is part of our special coverage of the harbour towns."
        articles.append(annals.Article(f"n{i}", f"2025-03-{i + 1:02d}", text, outlet="Harbour Notes"))
    return articles


def test_boilerplate_is_left_out_unless_kept(annals):
    corpus = annals.corpus_from_articles(promo_articles(annals))
    dropped = corpus.timeline(query="harbour", dates=12, method="baseline")
    assert (dropped.boilerplate_sentences, dropped.boilerplate_articles) == (5, 5)
    assert "special coverage" not in dropped.render()
    kept = corpus.timeline(query="harbour", dates=12, method="baseline", keep_boilerplate=True)
    assert kept.boilerplate_sentences == 0
    assert "special coverage" in kept.render()
