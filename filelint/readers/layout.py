"""Page layout shared by both PDF readers: runs of text placed on the displayed page become lines.

``readers/pdf.py`` (pypdf) and ``readers/pdfium.py`` (PDFium) each find the runs of a page their own way, as
:class:`Run` records in displayed-page coordinates (:func:`display_transform`); from there the layout is this
one code: runs grouped into lines by baseline, pleading-paper margin numbers taken out of the text, header and
footer bands marked, and boxes (fills, images, annotations) placed with :func:`box`. One copy, so the readers
cannot drift apart here (``tests/test_reader_differential.py`` compares what they build).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, filterfalse, islice
from operator import attrgetter
from typing import Any

from filelint import pleading
from filelint.document import Band, Box, Line, Span
from filelint.legal.ecf import looks_like_stamp

HEADER_FRACTION = 0.07  # top 0.77 in of a letter page: where CM/ECF prints its stamp
FOOTER_FRACTION = 0.08
MARGIN_FRACTION = 0.2  # pleading numbers sit in the left fifth of the page

# Positions are rounded as float(f"{v:.2f}") where there are many: the same float as round(v, 2) (both round v's
# exact binary value to the places asked, half to even, and read the digits back; tests/test_layout.py checks it to
# the bit) in two thirds of the time. A page has a thousand positions to round.

_x = attrgetter("x")
_top = attrgetter("top")
_horizontal = attrgetter("horizontal")


def display_transform(box: Any, rotation: int):
    """Map user-space (x, y) to (x, distance from top) on the page as displayed."""
    left, bottom, right, top = (float(v) for v in (box.left, box.bottom, box.right, box.top))
    if rotation == 90:
        return lambda x, y: (y - bottom, x - left)
    if rotation == 180:
        return lambda x, y: (right - x, y - bottom)
    if rotation == 270:
        return lambda x, y: (top - y, right - x)
    return lambda x, y: (x - left, top - y)


def box(x0: float, y0: float, x1: float, y1: float, to_display, fill, order: int, is_rectangle: bool) -> Box:
    """The displayed box of the user-space rectangle with corners (x0, y0) and (x1, y1), to a hundredth of a point.

    ``to_display`` is a :func:`display_transform`: each displayed coordinate follows one user-space coordinate, so
    these two corners reach every edge the other two do.
    """
    x_a, top_a = to_display(x0, y0)
    x_b, top_b = to_display(x1, y1)
    return Box(float(f"{min(x_a, x_b):.2f}"), float(f"{min(top_a, top_b):.2f}"), float(f"{max(x_a, x_b):.2f}"),
               float(f"{max(top_a, top_b):.2f}"), fill, order, is_rectangle)


@dataclass(slots=True)
class Run:
    """A run of text placed on the displayed page (slots: a reader makes one per text object, 60k over the corpus,
    and the layout reads their fields many times)."""

    text: str
    font: str
    size: float
    x: float
    top: float  # distance of the baseline from the top of the displayed page
    end_x: float
    horizontal: bool
    visible: bool
    fill: tuple[float, float, float] | None
    order: int
    glyph_x: tuple[float, ...]


def lines(runs: list[Run], width: float, height: float) -> tuple[tuple[Line, ...], tuple[int, ...]]:
    """Group runs into lines, take out margin numbers, assign bands and pleading lines."""
    horizontal = list(filter(_horizontal, runs))
    margin_runs, text_runs = _split_margin_numbers(horizontal, width)
    baselines = {run.top for run in text_runs}
    grouped = _group_by_baseline(text_runs, _rounded(baselines, 1))
    # Positions to a thousandth of a point: a line exactly halfway between two margin numbers then gets the same
    # number from either reader, where the last bits of each reader's floats had decided the tie.
    numbered = sorted((round(run.top, 3), int(run.text.strip())) for run in margin_runs)
    pitch = pleading.line_pitch(numbered) if numbered else 24.0
    header_limit, footer_limit = _band_limits(numbered, pitch, height)
    stamp_limit = height * 0.15
    number_tops = [top for top, _ in numbered]
    tops = _rounded(baselines, 2)
    spans = iter(_spans(chain.from_iterable(grouped), tops))  # every line's, in line order
    lines = []
    for index, group in enumerate(grouped, start=1):
        first = group[0]
        top = first.top
        text = _join(group)
        band = Band.BODY
        if top < header_limit or (top < stamp_limit and looks_like_stamp(text)):
            band = Band.HEADER
        elif top > footer_limit:
            band = Band.FOOTER
        number = _pleading_line(round(top, 3), numbered, number_tops, pitch) if band is Band.BODY and numbered else None
        line_spans = tuple(islice(spans, len(group)))
        lines.append(Line.placed(text, index, band, number, tops[top], line_spans[0].x, line_spans))
    sideways = sorted(filterfalse(_horizontal, runs), key=lambda run: (run.top, run.x))
    for index, run in enumerate(sideways, start=len(lines) + 1):
        lines.append(Line(run.text.strip(), index, Band.MARGIN, None, round(run.top, 2), round(run.x, 2),
                          tuple(_spans([run], {run.top: round(run.top, 2)}))))
    return tuple(lines), tuple(number for _, number in numbered)


def _pleading_line(y: float, numbered: list[tuple[float, int]], number_tops: list[float], pitch: float) -> int | None:
    """:func:`pleading.nearest_number`, asked only about the margin numbers within a line of ``y``.

    It takes the nearest number within 0.55 of a line; the ones further off never count, and a page has 28.
    """
    start = bisect_left(number_tops, y - pitch)
    end = bisect_right(number_tops, y + pitch, start)
    return pleading.nearest_number(y, numbered[start:end], pitch)


def _rounded(values: set[float], places: int) -> dict[float, float]:
    """Each value rounded to ``places``, to look up: the runs of a line share a baseline."""
    spec = f".{places}f"
    return {value: float(format(value, spec)) for value in values}


def _spans(runs: Iterable[Run], tops: dict[float, float]) -> list[Span]:
    """The runs' spans, positions to a hundredth of a point (``tops``: each run's, rounded)."""
    placed = Span.placed
    return [
        placed(r.text, r.font, r.size, float(f"{r.x:.2f}"), tops[r.top], float(f"{r.end_x:.2f}"), r.visible, r.fill,
               r.order, r.glyph_x)
        for r in runs
    ]


def _split_margin_numbers(runs: list[Run], width: float) -> tuple[list[Run], list[Run]]:
    """Separate the pleading paper's margin numbers from the text.

    Margin numbers sit left of where the text begins, in the left fifth of the page,
    and increase down the page; a footnote number at the text's left edge does not.
    """
    margin_limit = width * MARGIN_FRACTION
    numbers_at_left = [run for run in runs if run.x < margin_limit and pleading.is_margin_number(run.text)]
    if len(numbers_at_left) < pleading.MIN_NUMBERS:  # too few for a chain, whatever the text's left edge
        return [], runs
    text_left = _text_left(runs, margin_limit)
    candidates = sorted((run for run in numbers_at_left if run.end_x <= text_left + 0.6 * run.size), key=_top)
    numbers = [int(run.text.strip()) for run in candidates]
    # Clean pleading paper's numbers already increase down the page (9 pages in 10): then they are the run.
    increasing = all(map(int.__lt__, numbers, islice(numbers, 1, None)))
    in_order = range(len(numbers)) if increasing else pleading.longest_increasing_run(numbers)
    if len(in_order) < pleading.MIN_NUMBERS:
        return [], runs
    margin = [candidates[i] for i in in_order]
    chosen = {id(run) for run in margin}
    return margin, [run for run in runs if id(run) not in chosen]


def _text_left(runs: list[Run], default: float) -> float:
    """Where body text begins: tiny sidebar letterheads and stray marks (fewer than three letters) do not count."""
    wordy = sorted(run.x for run in runs if run.size >= 8 and _has_three_letters(run.text))
    return wordy[len(wordy) // 5] if wordy else default


def _has_three_letters(text: str) -> bool:
    # Stops at the third letter instead of counting them all (runs are often whole lines), and most often a word
    # of three letters opens the run.
    return (len(text) >= 3 and text[:3].isalpha()) or next(islice(filter(str.isalpha, text), 2, None), None) is not None


def _group_by_baseline(runs: list[Run], tenths: dict[float, float]) -> list[list[Run]]:
    """Runs whose baselines are within a fraction of the type size form one line (``tenths``: each baseline to a
    tenth of a point, the order they are taken in)."""
    lines: list[list[Run]] = []
    first_top = first_size = 0.0  # of the current line's first run
    for run in sorted(runs, key=lambda r: (tenths[r.top], r.x)):
        if lines:
            # Within 2 pt, or 0.4 of the smaller type size where that is more: max(2.0, 0.4 * min(sizes)) as a test
            # that needs the sizes only for the runs more than 2 pt off.
            distance = abs(run.top - first_top)
            if distance <= 2.0 or distance <= 0.4 * min(first_size, run.size):
                lines[-1].append(run)
                continue
        lines.append([run])
        first_top, first_size = run.top, run.size
    return [line if len(line) == 1 else sorted(line, key=_x) for line in lines]


def _join(group: list[Run]) -> str:
    """Join a line's runs, adding the space a visible gap stands for; a wide gap (a second column) is two spaces."""
    previous = group[0]
    text = previous.text
    for run in islice(group, 1, None):
        # To a hundredth of a point, as positions are kept: a gap of exactly 0.15 em (a page number 1.80 pt after a
        # dot leader at 12 pt) then reads the same from either reader, where the floats' last bits had decided it.
        gap = run.x - previous.end_x
        size = max(min(previous.size, run.size), 1.0)
        if 0.15 * size - 0.01 < gap < 1.5 * size + 0.01:  # rounding moves it by 0.005 at most: elsewhere it cannot matter
            gap = float(f"{gap:.2f}")
        if gap > 1.5 * size:
            text = text.rstrip() + "  " + run.text.lstrip()
        elif gap > 0.15 * size and not text.endswith(" ") and not run.text.startswith(" "):
            text += " " + run.text
        else:
            text += run.text
        previous = run
    return " ".join(text.split(" ")) if "   " in text else text.strip()


def _band_limits(numbered: list[tuple[float, int]], pitch: float, height: float) -> tuple[float, float]:
    """Where the header ends and the footer begins (distance from the top)."""
    header = height * HEADER_FRACTION
    footer = height * (1 - FOOTER_FRACTION)
    if numbered:
        first_top, first_number = numbered[0]
        last_top, last_number = numbered[-1]
        header = min(header, first_top - pitch * (first_number - 1) - pitch * 0.6)
        # Text on line 28 sits within a quarter of a line of its number; below that is the footer.
        footer = max(last_top + pitch * (pleading.MAX_PLEADING_LINE - last_number) + pitch * 0.25, header + 1)
    return header, footer
