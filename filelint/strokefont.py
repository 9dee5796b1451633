"""A small stroke font, embedded in the PDF as a Type 3 font, for stamping designations.

filelint cannot rely on any font file being installed, and a chambers copy stamped in
a non-embedded font would itself draw a font warning. Each glyph is a few strokes on a
4 x 6 grid; a ToUnicode map keeps the stamped words searchable and extractable.
"""

from __future__ import annotations

Stroke = tuple[tuple[float, float], ...]

_O = ((1, 0), (0, 1), (0, 5), (1, 6), (3, 6), (4, 5), (4, 1), (3, 0), (1, 0))
_P = ((0, 0), (0, 6), (3, 6), (4, 5), (4, 4), (3, 3), (0, 3))
GLYPHS: dict[str, tuple[Stroke, ...]] = {
    " ": (),
    "A": (((0, 0), (0, 4), (2, 6), (4, 4), (4, 0)), ((0, 3), (4, 3))),
    "B": (((0, 0), (0, 6), (3, 6), (4, 5), (4, 4), (3, 3), (0, 3)), ((3, 3), (4, 2), (4, 1), (3, 0), (0, 0))),
    "C": (((4, 5), (3, 6), (1, 6), (0, 5), (0, 1), (1, 0), (3, 0), (4, 1)),),
    "D": (((0, 0), (0, 6), (3, 6), (4, 5), (4, 1), (3, 0), (0, 0)),),
    "E": (((4, 6), (0, 6), (0, 0), (4, 0)), ((0, 3), (3, 3))),
    "F": (((4, 6), (0, 6), (0, 0)), ((0, 3), (3, 3))),
    "G": (((4, 5), (3, 6), (1, 6), (0, 5), (0, 1), (1, 0), (3, 0), (4, 1), (4, 3), (2, 3)),),
    "H": (((0, 0), (0, 6)), ((4, 0), (4, 6)), ((0, 3), (4, 3))),
    "I": (((1, 6), (3, 6)), ((2, 6), (2, 0)), ((1, 0), (3, 0))),
    "J": (((1, 6), (4, 6)), ((3, 6), (3, 1), (2, 0), (1, 0), (0, 1))),
    "K": (((0, 0), (0, 6)), ((4, 6), (0, 2)), ((1, 3), (4, 0))),
    "L": (((0, 6), (0, 0), (4, 0)),),
    "M": (((0, 0), (0, 6), (2, 3), (4, 6), (4, 0)),),
    "N": (((0, 0), (0, 6), (4, 0), (4, 6)),),
    "O": (_O,),
    "P": (_P,),
    "Q": (_O, ((2, 2), (4, 0))),
    "R": (_P, ((2, 3), (4, 0))),
    "S": (((4, 5), (3, 6), (1, 6), (0, 5), (0, 4), (1, 3), (3, 3), (4, 2), (4, 1), (3, 0), (1, 0), (0, 1)),),
    "T": (((0, 6), (4, 6)), ((2, 6), (2, 0))),
    "U": (((0, 6), (0, 1), (1, 0), (3, 0), (4, 1), (4, 6)),),
    "V": (((0, 6), (2, 0), (4, 6)),),
    "W": (((0, 6), (1, 0), (2, 3), (3, 0), (4, 6)),),
    "X": (((0, 0), (4, 6)), ((0, 6), (4, 0))),
    "Y": (((0, 6), (2, 3), (4, 6)), ((2, 3), (2, 0))),
    "Z": (((0, 6), (4, 6), (0, 0), (4, 0)),),
    "0": (_O, ((0, 1), (4, 5))),
    "1": (((1, 5), (2, 6), (2, 0)), ((1, 0), (3, 0))),
    "2": (((0, 5), (1, 6), (3, 6), (4, 5), (4, 4), (0, 0), (4, 0)),),
    "3": (((0, 5), (1, 6), (3, 6), (4, 5), (4, 4), (3, 3), (4, 2), (4, 1), (3, 0), (1, 0), (0, 1)), ((1, 3), (3, 3))),
    "4": (((3, 0), (3, 6), (0, 2), (4, 2)),),
    "5": (((4, 6), (0, 6), (0, 3), (3, 3), (4, 2), (4, 1), (3, 0), (0, 0)),),
    "6": (((4, 5), (3, 6), (1, 6), (0, 5), (0, 1), (1, 0), (3, 0), (4, 1), (4, 2), (3, 3), (0, 3)),),
    "7": (((0, 6), (4, 6), (1, 0)),),
    "8": (((1, 3), (0, 4), (0, 5), (1, 6), (3, 6), (4, 5), (4, 4), (3, 3), (1, 3), (0, 2), (0, 1), (1, 0), (3, 0), (4, 1), (4, 2), (3, 3)),),
    "9": (((0, 1), (1, 0), (3, 0), (4, 1), (4, 5), (3, 6), (1, 6), (0, 5), (0, 4), (1, 3), (4, 3)),),
    "'": (((2, 6), (2, 4.5)),),
    "-": (((1, 3), (3, 3)),),
    ".": (((2, 0), (2, 0.3)),),
    ",": (((2, 0.5), (1.5, -1)),),
    ":": (((2, 1), (2, 1.3)), ((2, 4), (2, 4.3))),
    "(": (((3, 6), (2, 5), (2, 1), (3, 0)),),
    ")": (((1, 6), (2, 5), (2, 1), (1, 0)),),
    "/": (((0, 0), (4, 6)),),
    "&": (((4, 0), (1, 4), (1, 5), (2, 6), (3, 5), (3, 4), (0, 2), (0, 1), (1, 0), (2, 0), (4, 2)),),
}
UNIT = 100  # glyph-space units per grid step (the font matrix makes 1000 units one em)
ADVANCE = 6 * UNIT
STROKE_WIDTH = 80
TYPOGRAPHIC = {"’": "'", "‘": "'", "–": "-", "—": "-"}


def normalise(text: str) -> str:
    """The text as the font can draw it: capitals, straight apostrophes."""
    return "".join(TYPOGRAPHIC.get(char, char) for char in text).upper()


def unsupported(text: str) -> set[str]:
    """Characters the font cannot draw."""
    return {char for char in normalise(text) if char not in GLYPHS}


def glyph_program(char: str) -> bytes:
    """The Type 3 glyph procedure: strokes with round caps and joins."""
    ops = [f"{ADVANCE} 0 0 -150 {4 * UNIT} {6 * UNIT + 50} d1", f"{STROKE_WIDTH} w 1 J 1 j"]
    for stroke in GLYPHS[char]:
        (x0, y0), *rest = stroke
        ops.append(f"{x0 * UNIT:g} {y0 * UNIT:g} m " + " ".join(f"{x * UNIT:g} {y * UNIT:g} l" for x, y in rest) + " S")
    return "\n".join(ops).encode("ascii")


def glyph_name(char: str) -> str:
    names = {" ": "space", "'": "quotesingle", "-": "hyphen", ".": "period", ",": "comma", ":": "colon",
             "(": "parenleft", ")": "parenright", "/": "slash", "&": "ampersand"}
    return names.get(char, char if char.isalpha() else "digit" + char)


def to_unicode_cmap() -> bytes:
    """A CMap mapping each character code to itself (the font uses ASCII codes)."""
    entries = "\n".join(f"<{ord(c):02X}> <{ord(c):04X}>" for c in sorted(GLYPHS))
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /filelint-stroke def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(GLYPHS)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")


def text_width(text: str, size: float) -> float:
    """Width in points of ``text`` set at ``size``."""
    return len(normalise(text)) * ADVANCE / 1000 * size


def ink_extent(size: float) -> tuple[float, float]:
    """How far the strokes reach above and below the baseline, in points, at ``size``: what a stamp covers."""
    ys = [y for strokes in GLYPHS.values() for stroke in strokes for _, y in stroke]
    half_stroke = STROKE_WIDTH / 2
    return (max(ys) * UNIT + half_stroke) / 1000 * size, (half_stroke - min(ys) * UNIT) / 1000 * size
