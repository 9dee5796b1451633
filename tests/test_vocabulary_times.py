"""Times of day as filings write them (filelint/legal/times.py): what counts, what never does."""

from __future__ import annotations

import pytest

from filelint.legal.times import describe, find_times, first_time, parse_field

READ = [
    ("Time: 9:30 a.m.", (9, 30)),
    ("at 9:30 AM in Courtroom A", (9, 30)),
    ("at 9:30am,", (9, 30)),
    ("9:30 A.M.", (9, 30)),
    ("at 9 a.m. on Friday", (9, 0)),
    ("at 9:30 a. m., or as soon thereafter", (9, 30)),
    ("9:30 a.m", (9, 30)),
    ("9.30 a.m.", (9, 30)),
    ("9:30 o'clock a.m.", (9, 30)),
    ("at 10:00 A.M. PST", (10, 0)),
    ("1:30 p.m.", (13, 30)),
    ("1:30 PM", (13, 30)),
    ("at 2 pm", (14, 0)),
    ("12:30 p.m.", (12, 30)),
    ("12:00 a.m.", (0, 0)),
    ("before noon on the next business day", (12, 0)),
    ("12:00 noon", (12, 0)),
    ("12 Noon", (12, 0)),
    ("0930 hours", (9, 30)),
    ("09:30 hrs.", (9, 30)),
    ("13:30", (13, 30)),
    ("at\t9:30\tA.M.", (9, 30)),
    ("TIME: 9:30 A.M.", (9, 30)),
    ("(9:30 a.m.)", (9, 30)),
]

NOT_TIMES = [
    "9:30",  # a bare clock in running text: a ratio, a verse, a pin cite
    "Tr. at 9:30",  # transcript page 9, line 30
    "a ratio of 3:1",
    "John 3:16",
    "0930",  # a number, not a time, without "hours"
    "Exhibit 9 amended",
    "I am available",
    "nine-thirty in the morning",
    "Case No. 3:06-cv-03891",
    "$9.30 amount",
    "25:30 a.m.",
    "13:30 p.m.",  # "13 p.m." is no hour: a typing error is not guessed at
]


@pytest.mark.parametrize(("text", "clock"), READ)
def test_time_forms_are_read(text: str, clock: tuple[int, int]) -> None:
    found = first_time(text)
    assert found is not None, text
    assert found.clock == clock
    assert text[found.start : found.end].strip() == text[found.start : found.end]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_shapes_that_are_not_times(text: str) -> None:
    assert list(find_times(text)) == []


@pytest.mark.parametrize(("value", "clock"), [
    ("9:30", (9, 30)), ("9:30 a.m.", (9, 30)), ("10", (10, 0)), ("1:30", (13, 30)), ("12:00", (12, 0)),
    (" 2:00", (14, 0)), ("9:30 p.m.", (21, 30)), ("noon", (12, 0)),
])
def test_a_labelled_field_reads_a_bare_hour_as_the_court_day(value: str, clock: tuple[int, int]) -> None:
    found = parse_field(value)
    assert found is not None and found.clock == clock


@pytest.mark.parametrize("value", ["", "TBD", "to be set by the Court", "45"])
def test_a_field_without_a_time(value: str) -> None:
    assert parse_field(value) is None


def test_times_never_run_across_a_blank_line() -> None:
    assert list(find_times("at 9:30\n\na.m. the Court")) == []


def test_every_time_in_a_sentence_with_spans() -> None:
    text = "moved from 10:00 a.m. to 9:30 AM on Friday"
    found = list(find_times(text))
    assert [(t.clock, text[t.start:t.end]) for t in found] == [((10, 0), "10:00 a.m."), ((9, 30), "9:30 AM")]


@pytest.mark.parametrize(("clock", "words"), [((9, 30), "9:30 a.m."), ((12, 0), "12:00 p.m."), ((0, 5), "12:05 a.m."),
                                              ((13, 30), "1:30 p.m.")])
def test_describe(clock, words) -> None:
    assert describe(clock) == words
