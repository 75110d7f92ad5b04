"""tilse's evaluation API on the annals engine.

Code written for tilse (github smartschat/tilse) or news-tls swaps with one line:

    import annals.tilse; annals.tilse.install()   # `import tilse...` now gives this package

or by importing from here instead: ``from annals.tilse.evaluation import rouge``,
``from annals.tilse.data.timelines import Timeline, GroundTruth``. The scores are
tilse's with the Perl ROUGE-1.5.5 (bit for bit), computed in C++ without Perl.
Where tilse raises on degenerate input (an empty timeline), the scores are zeros
and an annals.EvaluationWarning says why.
"""

import sys as _sys

from . import data, evaluation
from .data import timelines
from .data.timelines import GroundTruth, Timeline
from .evaluation import dates, rouge
from .evaluation.dates import evaluate_dates
from .evaluation.rouge import TimelineRougeEvaluator, get_scores

__all__ = ["GroundTruth", "Timeline", "TimelineRougeEvaluator", "evaluate_dates", "get_scores", "install"]


def install():
    """Makes ``import tilse``, ``tilse.data.timelines``, ``tilse.evaluation.rouge`` and
    ``tilse.evaluation.dates`` resolve to this package, for code that cannot be edited
    beyond one line."""
    _sys.modules.update({
        "tilse": _sys.modules[__name__],
        "tilse.data": data,
        "tilse.data.timelines": timelines,
        "tilse.evaluation": evaluation,
        "tilse.evaluation.rouge": rouge,
        "tilse.evaluation.dates": dates,
    })
