"""Loading every input format, articles built in Python, and diagnostics."""

import datetime
import json

import pytest

# Fictional articles about an invented harbour town; nothing here is real news.
ARTICLES = [
    {"id": "a1", "date": "2031-05-01", "title": "Ferry strike begins", "source": "Gull Post",
     "url": "https://gull.example/1",
     "text": "Ferry crews in Port Salten walked out on Thursday. The strike stops all crossings to Inner Isle."},
    {"id": "a2", "date": "2031-05-03T09:30:00", "title": "Talks resume", "source": "Harbour Times",
     "text": "Union leaders and the ferry company met again on Saturday. No agreement was reached."},
    {"id": "a3", "date": "2031-05-04", "title": "Strike ends",
     "text": "The ferry strike ended on Sunday after a pay deal. Crossings restart on Monday."},
]


def write_jsonl(path, records, extra_lines=()):
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_articles_and_fields(annals, tmp_path):
    corpus = annals.load(write_jsonl(tmp_path / "news.jsonl", ARTICLES))
    assert len(corpus) == 3 and corpus.read == 3 and corpus.diagnostics == []
    first = corpus.articles[0]
    assert (first.id, first.title, first.outlet, first.url, first.language) == (
        "a1", "Ferry strike begins", "Gull Post", "https://gull.example/1", "en")
    assert first.published == datetime.date(2031, 5, 1)
    assert first.sentences == ["Ferry crews in Port Salten walked out on Thursday.",
                               "The strike stops all crossings to Inner Isle."]
    assert corpus.articles[1].time == "09:30:00"


def test_bad_jsonl_records_become_diagnostics_with_file_and_line(annals, tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", ARTICLES[:1],
                       ['{"id": "x", "date": "not a date", "text": "Some text."}', "{broken json"])
    corpus = annals.load(str(path))
    assert len(corpus) == 1
    errors = [d for d in corpus.diagnostics if d.severity == "error"]
    assert [d.line for d in errors] == [2, 3]
    assert all(d.file.endswith("bad.jsonl") and d.reason for d in errors)
    assert errors[0].to_dict() == {"file": errors[0].file, "line": 2, "severity": "error",
                                   "reason": errors[0].reason}
    assert str(errors[0]).startswith(errors[0].file + ":2: error:")


def test_missing_file_is_a_diagnostic_not_an_exception(annals, tmp_path):
    corpus = annals.load([tmp_path / "absent.jsonl"])
    assert len(corpus) == 0
    assert [(d.line, d.severity) for d in corpus.diagnostics] == [(0, "error")]
    assert "cannot open" in corpus.diagnostics[0].reason


def test_csv(annals, tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('date,text,title,url,source\n'
                    '2031-05-01,"Ferry crews walked out.\nThe strike stops all crossings.",Strike,'
                    'https://gull.example/1,Gull Post\n'
                    '2031-05-04,"The strike ended, after a pay deal.",Ends,,\n', encoding="utf-8")
    corpus = annals.load(path)
    assert len(corpus) == 2 and corpus.diagnostics == []
    assert corpus.articles[0].outlet == "Gull Post"
    assert corpus.articles[1].sentences == ["The strike ended, after a pay deal."]


def test_timeline17_folder(annals, tmp_path):
    topic = tmp_path / "ferry_gull"
    for day, sentences in [("2031-05-01", ["Ferry crews walked out .", "Crossings stopped ."]),
                           ("2031-05-04", ["The strike ended ."])]:
        folder = topic / "InputDocs" / day
        folder.mkdir(parents=True)
        (folder / "1.htm.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
    corpus = annals.load(topic, input_format="dataset")
    assert sorted(a.id for a in corpus.articles) == ["InputDocs/2031-05-01/1.htm.txt",
                                                    "InputDocs/2031-05-04/1.htm.txt"]
    by_id = {a.id: a for a in corpus.articles}
    assert by_id["InputDocs/2031-05-01/1.htm.txt"].published == datetime.date(2031, 5, 1)
    assert len(by_id["InputDocs/2031-05-01/1.htm.txt"].sentences) == 2  # the split is kept
    assert len(annals.load(topic)) == 2  # detected without input_format


def test_annals_text_output_reads_back(annals, tmp_path):
    corpus = annals.load(write_jsonl(tmp_path / "news.jsonl", ARTICLES))
    timeline = corpus.timeline(dates=2, sentences=1)
    digest = tmp_path / "digest.txt"
    timeline.write(digest, format="text")
    again = annals.load(digest)
    assert again.diagnostics == []
    assert sorted({a.published for a in again.articles}) == timeline.dates
    assert sorted(a.sentences[0] for a in again.articles) == sorted(
        s.text for e in timeline.entries for s in e.sentences)
    assert len(annals.load(digest, input_format="text")) == len(again)


def test_articles_from_python(annals):
    articles = [annals.Article(r["id"], r["date"][:10], r["text"], title=r["title"], outlet=r.get("source", ""))
                for r in ARTICLES]
    articles.append(annals.Article("a4", datetime.date(2031, 5, 5), "Crossings restarted on Monday.",
                                   language="en", time="07:00:00"))
    corpus = annals.corpus_from_articles(articles)
    assert [a.id for a in corpus.articles] == ["a1", "a2", "a3", "a4"]
    assert corpus.articles[3].published == datetime.date(2031, 5, 5)
    assert corpus.articles[3].time == "07:00:00"


def test_article_rejects_impossible_dates(annals):
    with pytest.raises(TypeError):
        annals.Article("x", "2031-02-30", "text")


def test_unknown_input_format_is_a_usage_error(annals, tmp_path):
    with pytest.raises(annals.UsageError, match="input_format") as raised:
        annals.load(tmp_path, input_format="xml")
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, annals.Error)
