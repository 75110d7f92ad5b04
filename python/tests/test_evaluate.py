"""annals.evaluate and annals.tilse against tilse's golden vectors and the command line."""

import csv
import datetime
import json
import subprocess

import pytest

VARIANTS = ["concat", "agreement", "align_date_costs", "align_date_content_costs",
            "align_date_content_costs_many_to_one"]


def golden_vectors(shared_dir):
    folder = shared_dir / "eval" / "golden"
    return sorted(p for p in folder.iterdir() if p.is_dir() and (p / "pred.txt").exists())


def expected_scores(shared_dir):
    """{vector: {(measure, variant): (precision, recall, f_score)}} from expected.tsv."""
    rows = (line for line in (shared_dir / "eval" / "golden" / "expected.tsv").read_text().splitlines()
            if line and not line.startswith("#"))
    expected = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        if row["vector"].startswith("v"):
            key = (row["measure"], row["variant"])
            expected.setdefault(row["vector"], {})[key] = tuple(
                float(row[k]) for k in ("precision", "recall", "f_score"))
    return expected


@pytest.fixture(scope="module")
def golden(shared_dir):
    vectors = golden_vectors(shared_dir)
    expected = expected_scores(shared_dir)
    assert vectors and set(v.name for v in vectors) <= set(expected)
    return [(v, expected[v.name]) for v in vectors]


def references_of(vector):
    return sorted(vector.glob("ref*.txt"))


def test_golden_vectors_every_metric(annals, golden, rouge_data):
    for vector, expected in golden:
        scores = annals.evaluate(vector / "pred.txt", references_of(vector), rouge_data=rouge_data)
        for measure in ("rouge_1", "rouge_2"):
            for variant in VARIANTS:
                prf = scores[measure][variant]
                got = (prf["precision"], prf["recall"], prf["f1"])
                assert got == pytest.approx(expected[(measure, variant)], abs=1e-12), (vector.name, measure, variant)
        date = scores["date"]
        assert (date["precision"], date["recall"], date["f1"]) == pytest.approx(
            expected[("date", "date_f1")], abs=1e-12), vector.name


def test_same_dict_as_the_command_line(annals, golden, rouge_data, cli):
    for vector, _ in golden:
        refs = references_of(vector)
        done = subprocess.run([cli, "eval", str(vector / "pred.txt"), *map(str, refs), "--format", "json",
                               "--rouge-data", str(rouge_data)], capture_output=True, text=True)
        assert done.returncode in (0, 1), done.stderr
        assert annals.evaluate(str(vector / "pred.txt"), refs, rouge_data=str(rouge_data)) == json.loads(done.stdout)


def test_dicts_and_timelines_score_like_files(annals, golden, rouge_data):
    import annals.tilse  # noqa: F401 (a subpackage, imported on demand)
    vector = golden[0][0]
    pred = annals.tilse.Timeline.from_file(vector / "pred.txt").dates_to_summaries
    refs = [annals.tilse.Timeline.from_file(r).dates_to_summaries for r in references_of(vector)]
    from_files = annals.evaluate(vector / "pred.txt", references_of(vector), rouge_data=rouge_data)
    assert annals.evaluate(pred, refs, rouge_data=rouge_data) == from_files
    as_text_keys = {d.isoformat(): s for d, s in pred.items()}
    assert annals.evaluate(as_text_keys, refs, rouge_data=rouge_data) == from_files


def test_rouge_data_from_the_environment(annals, golden, rouge_data, monkeypatch):
    vector = golden[0][0]
    monkeypatch.setenv("ANNALS_ROUGE_DATA", str(rouge_data))
    assert annals.evaluate(vector / "pred.txt", references_of(vector)) == \
        annals.evaluate(vector / "pred.txt", references_of(vector), rouge_data=rouge_data)


def test_an_annals_timeline_scores_like_its_tilse_file(annals, demo_corpus, rouge_data, tmp_path, demo):
    reference = demo.parent / "reference.txt"
    timeline = demo_corpus.timeline(dates=8)
    timeline.write(tmp_path / "pred.txt", format="tilse")
    assert annals.evaluate(timeline, reference, rouge_data=rouge_data) == \
        annals.evaluate(tmp_path / "pred.txt", [reference], rouge_data=rouge_data)


def test_evaluation_errors(annals, rouge_data, tmp_path):
    one = {datetime.date(2031, 5, 1): ["The ferry strike began ."]}
    with pytest.raises(annals.IoError):
        annals.evaluate(tmp_path / "absent.txt", [one], rouge_data=rouge_data)
    (tmp_path / "undated.txt").write_text("no date here\n")
    with pytest.raises(annals.UsageError, match="no dated summary"):
        annals.evaluate(tmp_path / "undated.txt", [one], rouge_data=rouge_data)
    with pytest.raises(annals.UsageError):
        annals.evaluate({"May 1st": ["x"]}, [one], rouge_data=rouge_data)
    with pytest.raises(annals.UsageError):
        annals.evaluate(one, [one], rouge_data=tmp_path)  # no ROUGE data there
    with pytest.warns(annals.EvaluationWarning):
        scores = annals.evaluate({}, [one], rouge_data=rouge_data)  # tilse would raise
    assert scores["date"]["f1"] == 0
    repeated = tmp_path / "repeated.txt"
    repeated.write_text("2011-01-01\nA.\n" + "-" * 32 + "\n2011-01-01\nB.\n" + "-" * 32 + "\n")
    with pytest.warns(annals.EvaluationWarning) as caught:
        annals.evaluate(repeated, [one], rouge_data=rouge_data)
    message = str(caught[0].message)
    assert message.count(str(repeated)) == 1 and "repeated" in message, message


def test_tilse_layer_matches_golden(annals, golden, rouge_data):
    from annals.tilse.data import timelines
    from annals.tilse.evaluation import dates, rouge
    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_data=rouge_data)
    for vector, expected in golden:
        with open(vector / "pred.txt") as handle:
            pred = timelines.Timeline.from_file(handle)
        truth = timelines.GroundTruth([timelines.Timeline.from_file(r) for r in references_of(vector)])
        every = evaluator.evaluate_all(pred, truth)
        assert list(every) == VARIANTS
        for variant in VARIANTS:
            single = getattr(evaluator, "evaluate_" + variant)(pred, truth)
            assert single == every[variant]
            for measure in ("rouge_1", "rouge_2"):
                got = tuple(single[measure][k] for k in ("precision", "recall", "f_score"))
                assert got == pytest.approx(expected[(measure, variant)], abs=1e-12), (vector.name, variant)
        date = dates.evaluate_dates(pred, truth)
        assert (date["precision"], date["recall"], date["f_score"]) == pytest.approx(
            expected[("date", "date_f1")], abs=1e-12)


def test_tilse_layer_shapes_and_install(annals, rouge_data):
    import sys
    import annals.tilse
    annals.tilse.install()
    try:
        from tilse.data.timelines import GroundTruth, Timeline  # resolved to annals.tilse
        from tilse.evaluation import rouge
        pred = Timeline({datetime.date(2010, 1, 1): ["Just a test .", "Another sentence ."],
                         datetime.date(2010, 1, 3): ["Some more content .", "Even more !"]})
        truth = GroundTruth([Timeline({datetime.date(2010, 1, 2): ["Just a test ."],
                                       datetime.date(2010, 1, 4): ["This one does not match ."]}),
                             Timeline({datetime.date(2010, 1, 5): ["Another timeline !"]})])
        scores = rouge.TimelineRougeEvaluator(measures=["rouge_1"], rouge_data=rouge_data).evaluate_concat(pred, truth)
        assert set(scores) == {"rouge_1"} and set(scores["rouge_1"]) == {"precision", "recall", "f_score"}
        assert truth[datetime.date(2010, 1, 5)] == {"0": "", "1": ["Another timeline !"]}
        assert truth.get_dates() == {datetime.date(2010, 1, d) for d in (2, 4, 5)}
        assert Timeline.from_file  # tilse's constructor and reader are there
        beta2 = rouge.TimelineRougeEvaluator(beta=2, rouge_data=rouge_data).evaluate_concat(pred, truth)["rouge_1"]
        p, r = beta2["precision"], beta2["recall"]
        assert beta2["f_score"] == pytest.approx(5 * p * r / (4 * p + r))
    finally:
        for name in [n for n in sys.modules if n == "tilse" or n.startswith("tilse.")]:
            del sys.modules[name]
    with pytest.raises(annals.UsageError):
        annals.tilse.TimelineRougeEvaluator(measures=["rouge_l"])
    with pytest.raises(annals.UsageError):
        annals.tilse.get_scores("no-such-variant", pred, truth, None)
