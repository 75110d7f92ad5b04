"""TimelineRougeEvaluator with the interface of tilse.evaluation.rouge.

Every variant is computed by annals' C++ port of tilse + ROUGE-1.5.5; one
engine call scores all variants, so evaluate_all costs what one variant does.
"""

import collections

from ... import UsageError, evaluate as _evaluate

VARIANTS = (
    "concat",
    "agreement",
    "align_date_costs",
    "align_date_content_costs",
    "align_date_content_costs_many_to_one",
)
MEASURES = ("rouge_1", "rouge_2")


def _summaries(timeline):
    """{date: [sentences]} of a tilse-like timeline (ours, tilse's own, or a dict)."""
    if isinstance(timeline, dict):
        return timeline
    if hasattr(timeline, "dates_to_summaries"):
        return timeline.dates_to_summaries
    return {date: timeline[date] for date in timeline.get_dates()}


def _references(reference_timelines):
    timelines = getattr(reference_timelines, "timelines", reference_timelines)
    return [_summaries(timeline) for timeline in timelines]


def _f_score(precision, recall, beta):
    if precision + recall == 0:
        return 0
    return (1 + beta ** 2) * precision * recall / (beta ** 2 * precision + recall)


class TimelineRougeEvaluator:
    """Scores a predicted timeline against a GroundTruth with the ROUGE variants of
    Martschat and Markert (2017), as tilse does with its default settings
    (rouge_computation="original": the Perl script's stemming and stopwords).

    measures: any of "rouge_1", "rouge_2". beta: the F-score's recall weight.
    rouge_data: ROUGE-1.5.5's data folder (default $ANNALS_ROUGE_DATA).
    """

    def __init__(self, measures=frozenset({"rouge_1"}), beta=1, rouge_computation="original", rouge_data=None):
        unknown = [m for m in measures if m not in MEASURES]
        if unknown:
            raise UsageError(f"unknown ROUGE measure(s) {unknown}; annals computes {list(MEASURES)}")
        if rouge_computation != "original":
            raise UsageError("annals reproduces tilse's rouge_computation='original' (ROUGE-1.5.5) only")
        self.measures = measures
        self.beta = beta
        self.rouge_data = rouge_data

    def _scores(self, predicted_timeline, reference_timelines):
        return _evaluate(_summaries(predicted_timeline), _references(reference_timelines), self.rouge_data)

    def _variant(self, scores, variant):
        result = {}
        for measure in self.measures:
            prf = scores[measure][variant]
            f_score = prf["f1"] if self.beta == 1 else _f_score(prf["precision"], prf["recall"], self.beta)
            result[measure] = {"precision": prf["precision"], "recall": prf["recall"], "f_score": f_score}
        return result

    def evaluate_concat(self, predicted_timeline, reference_timelines):
        """All daily summaries concatenated, then ROUGE."""
        return self._variant(self._scores(predicted_timeline, reference_timelines), "concat")

    def evaluate_agreement(self, predicted_timeline, reference_timelines):
        """ROUGE of the daily summaries on dates both timelines have."""
        return self._variant(self._scores(predicted_timeline, reference_timelines), "agreement")

    def evaluate_align_date_costs(self, predicted_timeline, reference_timelines):
        """One-to-one date alignment by date distance ('align')."""
        return self._variant(self._scores(predicted_timeline, reference_timelines), "align_date_costs")

    def evaluate_align_date_content_costs(self, predicted_timeline, reference_timelines):
        """One-to-one alignment by date distance and content ('align+')."""
        return self._variant(self._scores(predicted_timeline, reference_timelines), "align_date_content_costs")

    def evaluate_align_date_content_costs_many_to_one(self, predicted_timeline, reference_timelines):
        """Many-to-one alignment by date distance and content ('align+ m:1', what news-tls reports)."""
        return self._variant(self._scores(predicted_timeline, reference_timelines),
                             "align_date_content_costs_many_to_one")

    def evaluate_all(self, predicted_timeline, reference_timelines):
        """Every variant, by its name, in tilse's order."""
        scores = self._scores(predicted_timeline, reference_timelines)
        return collections.OrderedDict((variant, self._variant(scores, variant)) for variant in VARIANTS)


def get_scores(metric_desc, pred_tl, groundtruth, evaluator):
    """news-tls's helper (experiments/evaluate.py): {metric_desc: scores} for one
    variant name, or every variant for "all"."""
    if metric_desc == "all":
        return evaluator.evaluate_all(pred_tl, groundtruth)
    if metric_desc not in VARIANTS:
        raise UsageError(f"unknown metric '{metric_desc}'; expected one of {list(VARIANTS)} or 'all'")
    return {metric_desc: getattr(evaluator, "evaluate_" + metric_desc)(pred_tl, groundtruth)}
