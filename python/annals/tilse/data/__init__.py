"""tilse.data on annals: timelines and ground truths."""
