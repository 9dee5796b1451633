"""Whether a page's picture is only redaction bars: black boxes flattened into an image, nothing legible left.

Redaction tools often flatten a redacted page into an image so that nothing under the
boxes survives. A page redacted whole comes out as a picture of black bars on white: it is
not a scan of paper that OCR could make searchable. Read only for pages that have images
and no text, from a small copy of each picture.
"""

from __future__ import annotations

from typing import Any

SAMPLE_WIDTH = 300  # pixels across the small copy: print shrinks to grey, bars stay black
MAX_PIXELS = 40_000_000  # do not decode a picture larger than this
DARK = 96  # grey level (0-255) at or below which a pixel is black
INK = 200  # at or below which a pixel carries any ink (shrunken print is grey)
BAR_RUN = 0.25  # a row through a bar is inked without a break for this share of the width
MIN_BAR_HEIGHT = 0.012  # of the picture's height: a bar over a line of type (16 pt of 792) is 0.02
MIN_DARK = 0.04  # a blank picture is not a redaction
# Ink outside the bars' rows, as a share of the picture: corpus pages redacted in part (text left
# between the bars) measure 0.018 and more, scans of text 0.07 and more, bars alone (with line
# numbers) under 0.001.
MAX_OTHER_INK = 0.005


def redaction_bars_only(page: Any) -> bool:
    """Whether every sizeable picture on the page is black bars on white and nothing else."""
    try:
        pictures = [image.image for image in list(page.images)[:4]]
    except Exception:  # noqa: BLE001 - an undecodable picture is not known to be bars
        return False
    sizeable = [p for p in pictures if p is not None and p.width * p.height <= MAX_PIXELS and min(p.size) >= 16]
    return bool(sizeable) and all(_bars_only(picture) for picture in sizeable)


def _bars_only(picture: Any) -> bool:
    grey = picture.convert("L")
    width = min(SAMPLE_WIDTH, grey.width)  # never enlarged: that would thicken thin rules into bars
    height = max(int(grey.height * width / grey.width), 1)
    small = grey.resize((width, height)) if width < grey.width else grey
    pixels = small.load()
    dark_total = other_ink = 0
    bar_rows: list[int] = []  # ink of the rows in the current run of bar rows
    for y in range(height + 1):
        row = [pixels[x, y] for x in range(width)] if y < height else []
        dark_total += sum(value <= DARK for value in row)
        inked = [value <= INK for value in row]
        if row and _longest_run(inked) >= BAR_RUN * width:
            bar_rows.append(sum(inked))
            continue
        if len(bar_rows) < MIN_BAR_HEIGHT * height:
            other_ink += sum(bar_rows)  # a thin rule (a form's lines, ruled paper) is not a bar
        bar_rows = []
        other_ink += sum(inked)
    area = width * height
    return dark_total >= MIN_DARK * area and other_ink <= MAX_OTHER_INK * area


def _longest_run(row: list[bool]) -> int:
    best = run = 0
    for dark in row:
        run = run + 1 if dark else 0
        best = max(best, run)
    return best
