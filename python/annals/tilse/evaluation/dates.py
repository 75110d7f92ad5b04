"""Date selection scores with the interface of tilse.evaluation.dates (news-tls
has the same function)."""


def _dates(timeline):
    if hasattr(timeline, "get_dates"):
        return set(timeline.get_dates())
    return set(timeline)


def evaluate_dates(pred, groundtruth):
    """Precision, recall and F1 of the predicted dates against the union of the
    reference dates (exact matches): {"precision", "recall", "f_score"}.
    Zeros where tilse would divide by zero (no predicted or reference dates)."""
    pred_dates = _dates(pred)
    ref_dates = _dates(groundtruth)
    shared = len(pred_dates & ref_dates)
    precision = shared / len(pred_dates) if pred_dates else 0.0
    recall = shared / len(ref_dates) if ref_dates else 0.0
    f_score = 0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return {"precision": precision, "recall": recall, "f_score": f_score}
