"""The layout both PDF readers share (filelint/readers/layout.py): its shortcuts give what the plain code gave."""

from __future__ import annotations

import random
from dataclasses import fields
from types import SimpleNamespace

import pytest

from filelint import pleading
from filelint.document import Band, Box, Line, Span
from filelint.readers import layout


def _run(text: str, x: float, top: float, size: float = 12.0, end_x: float | None = None) -> layout.Run:
    end = x + 0.5 * size * len(text) if end_x is None else end_x
    return layout.Run(text, "Times", size, x, top, end, True, True, (0.0, 0.0, 0.0), 0, ())


def test_span_placed_is_the_span_the_constructor_makes() -> None:
    args = ("text", "Times-Roman", 12.0, 72.5, 100.25, 90.0, False, None, 7, (72.5, 80.0))
    placed, made = Span.placed(*args), Span(*args)
    # Every field, in order, so a field added to Span and not to Span.placed fails here.
    assert list(vars(placed)) == [f.name for f in fields(Span)]
    assert vars(placed) == vars(made)
    assert placed == made and hash(placed) == hash(made) and repr(placed) == repr(made)


def test_line_placed_is_the_line_the_constructor_makes() -> None:
    spans = (Span("a", "Times", 12.0, 1.0, 2.0),)
    args = ("a", 3, Band.FOOTER, 12, 2.0, 1.0, spans)
    placed, made = Line.placed(*args), Line(*args)
    assert list(vars(placed)) == [f.name for f in fields(Line)]
    assert vars(placed) == vars(made)
    assert placed == made and hash(placed) == hash(made) and repr(placed) == repr(made)


def test_box_placed_is_the_box_the_constructor_makes() -> None:
    args = (72.5, 100.25, 300.0, 112.75, (0.0, 0.0, 0.0), 4, False)
    placed, made = Box.placed(*args), Box(*args)
    assert list(vars(placed)) == [f.name for f in fields(Box)]
    assert vars(placed) == vars(made)
    assert placed == made and hash(placed) == hash(made) and repr(placed) == repr(made)
    with pytest.raises(AttributeError):
        placed.x0 = 1.0  # type: ignore[misc]


def test_placed_spans_and_lines_stay_frozen() -> None:
    with pytest.raises(AttributeError):
        Span.placed("a", "Times", 12.0, 1.0, 2.0, 3.0, True, None, 0, ()).text = "b"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        Line.placed("a", 1, Band.BODY, None, 1.0, 1.0, ()).text = "b"  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "ab", "abc", "1 a 2 b 3", "12 ab", "x" * 500 + "1", "ÉtÉ", "½ ² a", "  a b  "])
def test_three_letters_is_counting_letters(text: str) -> None:
    assert layout._has_three_letters(text) == (sum(map(str.isalpha, text)) >= 3)


def test_pleading_line_asks_only_nearby_numbers_and_answers_the_same() -> None:
    rng = random.Random(15)
    for _ in range(200):
        pitch = rng.choice([24.0, 23.9, 12.0, 1.5])
        numbered = sorted((round(72 + pitch * n + rng.uniform(-3, 3), 3), n) for n in range(1, 29))
        tops = [top for top, _ in numbered]
        for y in [rng.uniform(0, 800) for _ in range(20)] + tops:
            assert layout._pleading_line(y, numbered, tops, pitch) == pleading.nearest_number(y, numbered, pitch)


@pytest.mark.parametrize("first_size, size", [(12.0, 12.0), (4.0, 12.0), (5.0, 5.0), (5.0000001, 6.0), (0.5, 0.2), (30.0, 10.0)])
def test_runs_join_a_line_within_the_old_tolerance(first_size: float, size: float) -> None:
    tolerance = max(2.0, 0.4 * max(min(first_size, size), 1.0))
    for offset in (tolerance, -tolerance, tolerance * 1.0001, -tolerance * 1.0001):
        runs = [_run("first", 72.0, 100.0, first_size), _run("second", 300.0, 100.0 + offset, size)]
        grouped = layout._group_by_baseline(runs, layout._rounded({run.top for run in runs}, 1))
        assert (len(grouped) == 1) == (abs(runs[1].top - runs[0].top) <= tolerance)


def test_lines_group_by_baseline_then_left_to_right() -> None:
    runs = [_run("world", 105.0, 100.04), _run("Hello", 72.0, 100.0), _run("next", 72.0, 124.0)]
    found, numbers = layout.lines(runs, 612.0, 792.0)
    assert [line.text for line in found] == ["Hello world", "next"]
    assert [span.text for span in found[0].spans] == ["Hello", "world"]
    assert (found[0].y, found[0].x, numbers) == (100.0, 72.0, ())


def test_margin_numbers_leave_the_text_and_number_its_lines() -> None:
    numbers = [_run(str(n), 40.0, 72.0 + 24.0 * n, end_x=52.0) for n in range(1, 29)]
    text = [_run(f"Line of text {n}", 90.0, 72.0 + 24.0 * n) for n in range(1, 29)]
    found, numbered = layout.lines(numbers + text, 612.0, 792.0)
    assert numbered == tuple(range(1, 29))
    body = [line for line in found if line.band is Band.BODY]
    assert [(line.text, line.pleading_line) for line in body[:2]] == [("Line of text 1", 1), ("Line of text 2", 2)]
    assert all(not line.text.isdigit() for line in found)


def test_a_stray_number_below_the_margin_numbers_stays_text() -> None:
    numbers = [_run(str(n), 40.0, 72.0 + 24.0 * n, end_x=52.0) for n in range(1, 29)]
    stray = _run("3", 40.0, 760.0, end_x=46.0)  # out of order: not pleading paper's, whatever its place
    text = [_run(f"Line of text {n}", 90.0, 72.0 + 24.0 * n) for n in range(1, 29)]
    found, numbered = layout.lines(numbers + [stray] + text, 612.0, 792.0)
    assert numbered == tuple(range(1, 29))
    assert found[-1].text == "3"


def test_two_decimals_read_back_are_round() -> None:
    # The layout rounds as float(f"{v:.2f}"), which must be round(v, 2) to the bit (and the sign of zero).
    rng = random.Random(2)
    values = [rng.uniform(-1000, 1000) for _ in range(20000)] + [rng.uniform(-1, 1) / 997 for _ in range(2000)]
    values += [n / 1000 for n in range(-3000, 3000)] + [0.125, 2.675, 1.005, -0.004, -0.005, 0.0, -0.0, 1e300, 5e-324]
    for value in values:
        for places in (1, 2, 3):
            assert repr(float(format(value, f".{places}f"))) == repr(round(value, places)), (value, places)


@pytest.mark.parametrize("gap", [1.795, 1.7949, 1.8, 1.805, 1.8051, 17.995, 18.0, 18.004, 18.005, 18.0051, 0.0, -0.3, 40.0])
def test_a_gap_is_judged_to_a_hundredth(gap: float) -> None:
    # 12 pt type: a space from 0.15 em (1.8 pt), a second column's two spaces from 1.5 em (18 pt), gaps as rounded.
    first = _run("one", 72.0, 100.0, end_x=100.0)
    second = _run("two", 100.0 + gap, 100.0)
    rounded = round(second.x - first.end_x, 2)
    expected = "one  two" if rounded > 1.5 * 12.0 else "one two" if rounded > 0.15 * 12.0 else "onetwo"
    assert layout._join([first, second]) == expected


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_two_corners_give_the_box_all_four_gave(rotation: int) -> None:
    media = SimpleNamespace(left=-3.5, bottom=10.25, right=615.1, top=802.7)
    to_display = layout.display_transform(media, rotation)
    rng = random.Random(rotation)
    for _ in range(2000):
        x0, y0, x1, y1 = (rng.choice([rng.uniform(-50, 900), float(rng.randrange(0, 800))]) for _ in range(4))
        corners = [to_display(x, y) for x, y in ((x0, y0), (x1, y1), (x0, y1), (x1, y0))]
        xs, tops = [c[0] for c in corners], [c[1] for c in corners]
        four = Box(round(min(xs), 2), round(min(tops), 2), round(max(xs), 2), round(max(tops), 2), None, 2, False)
        assert repr(layout.box(x0, y0, x1, y1, to_display, None, 2, False)) == repr(four)
