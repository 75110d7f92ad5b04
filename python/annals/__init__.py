"""annals: news timeline summarisation, from Python.

    import annals
    corpus = annals.load("articles.jsonl")
    timeline = corpus.timeline(query=["flood"], dates=10, sentences=2, method="datewise")
    for entry in timeline.entries:
        print(entry.date, [s.text for s in entry.sentences])
    scores = annals.evaluate(timeline, ["reference.txt"], rouge_data="rouge-data/")

The engine is the C++ one behind the `annals` command (extension module
annals._annals); timelines and scores are the command's, byte for byte.
`annals.tilse` mirrors tilse's evaluation API for news-tls/tilse code.
"""

import json as _json
import os as _os
import warnings as _warnings

from ._errors import Error, IoError, UsageError
from . import _annals
from ._annals import (
    AnalyzedArticle,
    Article,
    Corpus,
    Diagnostic,
    Store,
    Timeline,
    TimelineEntry,
    TimelineSentence,
    corpus_from_articles,
    load,
)

__version__ = _annals.__version__

__all__ = [
    "AnalyzedArticle", "Article", "Corpus", "Diagnostic", "Error", "EvaluationWarning", "IoError",
    "Store", "Timeline", "TimelineEntry", "TimelineSentence", "UsageError", "corpus_from_articles", "evaluate",
    "load", "methods",
]


class EvaluationWarning(UserWarning):
    """A timeline file that tilse would misread, or an input on which tilse
    raises (an empty timeline): the affected scores are zeros."""


def methods() -> "list[dict]":
    """The registered timeline methods, default first, as `annals methods --format json`
    lists them: dicts with name, description, supervised and parameters."""
    return _json.loads(_annals.methods_json())["methods"]


def _is_single_timeline(value):
    return isinstance(value, (str, _os.PathLike, dict, Timeline)) or hasattr(value, "dates_to_summaries")


def evaluate(predicted, references, rouge_data=None) -> dict:
    """Scores `predicted` against `references` with every tilse metric.

    A timeline is a tilse-format file (str or os.PathLike), a dict
    {datetime.date or 'YYYY-MM-DD': [sentences]} or an annals.Timeline;
    `references` is one timeline or a list of them (scored together, as
    tilse's GroundTruth). `rouge_data` is ROUGE-1.5.5's data folder, by
    default $ANNALS_ROUGE_DATA. Returns what `annals eval --format json`
    prints: {"rouge_1": {variant: {"precision", "recall", "f1"}}, "rouge_2":
    {...}, "date": {"precision", "recall", "f1"}}. Raises UsageError for
    missing ROUGE data or a malformed timeline, IoError for an unreadable file.
    """
    if _is_single_timeline(references):
        references = [references]
    folder = None if rouge_data is None else _os.fspath(rouge_data)
    text, warnings = _annals.evaluate_json(predicted, list(references), folder)
    for warning in warnings:
        _warnings.warn(warning, EvaluationWarning, stacklevel=2)
    return _json.loads(text)
