"""Timelines and ground truths with the interface of tilse.data.timelines."""

import os

from ... import _annals


class Timeline:
    """Dates and their summaries: `dates_to_summaries` maps a datetime.date to a
    list of sentences (tokens separated by spaces), each stripped."""

    def __init__(self, dates_to_summaries, filename=None):
        self.dates_to_summaries = {date: [s.strip() for s in summary]
                                   for date, summary in dates_to_summaries.items()}
        self.filename = filename

    def __getitem__(self, date):
        # tilse gives "" (not []) for a date the timeline lacks; kept for code that tests it.
        return self.dates_to_summaries.get(date, "")

    def __iter__(self):
        return iter(self.dates_to_summaries)

    def __len__(self):
        return len(self.dates_to_summaries)

    def __eq__(self, other):
        return isinstance(other, Timeline) and self.dates_to_summaries == other.dates_to_summaries

    def __lt__(self, other):
        return str(self) < str(other)

    def __str__(self):
        blocks = []
        for date in sorted(self.dates_to_summaries):
            lines = [str(date)] + list(self.dates_to_summaries[date]) + ["-" * 32]
            blocks.append("\n".join(lines) + "\n")
        return "".join(blocks)

    def get_dates(self):
        return set(self.dates_to_summaries)

    @staticmethod
    def from_file(my_file):
        """Reads the Timeline17 text format from an open file (as tilse) or a path,
        with tilse's rules (annals' parser; what tilse would crash on is skipped)."""
        if isinstance(my_file, (str, os.PathLike)):
            with open(my_file, encoding="utf-8", errors="replace") as handle:
                return Timeline.from_file(handle)
        dates, _warnings = _annals.parse_tilse(my_file.read())
        return Timeline(dates, getattr(my_file, "name", None))


class GroundTruth:
    """Reference timelines scored together (m = len(timelines))."""

    def __init__(self, timelines):
        self.timelines = timelines

    def get_dates(self):
        """Every date of any of the timelines."""
        dates = set()
        for timeline in self.timelines:
            dates.update(timeline.dates_to_summaries)
        return dates

    def __iter__(self):
        return iter(self.get_dates())

    def __getitem__(self, date):
        """The summaries of `date`, by timeline index as a str."""
        return {str(i): timeline[date] for i, timeline in enumerate(self.timelines)}

    def __str__(self):
        return "".join(f"{i}\n\n{timeline}\n\n" for i, timeline in enumerate(self.timelines))
