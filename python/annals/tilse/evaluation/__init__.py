"""tilse.evaluation on annals: the ROUGE variants and date F1."""
