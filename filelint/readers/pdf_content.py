"""Interpret a page's content stream: where each run of text is drawn, how big, and what is painted over it.

pypdf parses the operators and decodes fonts; this module keeps the graphics state
(transformation matrix, text matrix, font and size, render mode, fill colour) so that
every run of text gets its true position and *effective* size, and every filled shape
and image its box and place in the drawing order. pypdf's own text extraction reports
a run's size as it was when the run began, so a superscript footnote number makes a
whole footnote look 8-point; measuring type size needs this instead.

Part of the PDF reader: the only modules that import pypdf are ``readers/pdf*.py``, and pypdf's
private font decoding is reached through ``readers/pdf_private_api.py`` only.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, NumberObject

from filelint.readers.pdf_objects import TOO_DEEP, note_problem, resolve
from filelint.readers.pdf_private_api import Font, load_font

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_DEPTH = 8  # forms inside forms
MAX_OPERATIONS = 2_000_000  # per page: a bomb of operators stops here, with a warning
WORD_GAP = -180  # a TJ offset (thousandths of an em) this negative separates words
SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")  # "ABCDEF+Arial": a font subset's tag (ISO 32000-1 9.6.4)


@dataclass
class TextRun:
    """A string drawn in one operation, in user space (PDF coordinates, y up)."""

    text: str
    font: str
    size: float  # effective size in points
    x: float  # start of the baseline
    y: float
    end_x: float  # where the pen ended
    end_y: float
    direction: tuple[float, float]  # unit vector along the baseline
    render_mode: int
    fill: tuple[float, float, float] | None  # RGB 0-1, None for patterns and unknown spaces
    order: int  # drawing order on the page
    glyph_x: tuple[float, ...] = ()  # where each character starts along the baseline (user-space x)
    clipped: bool = False  # drawn wholly outside the clipping path: it cannot be seen


@dataclass
class Shape:
    """A filled path's bounding box in user space, its fill colour and drawing order."""

    x0: float
    y0: float
    x1: float
    y1: float
    fill: tuple[float, float, float] | None
    order: int
    is_rectangle: bool


@dataclass
class PageContent:
    """Everything drawn on one page."""

    runs: list[TextRun] = field(default_factory=list)
    shapes: list[Shape] = field(default_factory=list)
    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _State:
    ctm: Matrix = IDENTITY
    fill: tuple[float, float, float] | None = (0.0, 0.0, 0.0)
    fill_space: str = "gray"
    font: Font | None = None
    font_name: str = ""
    font_scale: float = 1.0  # Type 3 fonts: FontMatrix relative to 1/1000
    font_size: float = 0.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    horizontal_scale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    render_mode: int = 0
    fill_alpha: float = 1.0
    clip: tuple[float, float, float, float] | None = None  # user-space box text must fall in to show

    def copy(self) -> _State:
        return _State(**self.__dict__)


def multiply(a: Matrix, b: Matrix) -> Matrix:
    """a applied first, then b."""
    return (
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    )


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


def _numbers(operands: list, count: int) -> list[float] | None:
    try:
        values = [float(value) for value in operands[:count]]
    except (TypeError, ValueError):
        return None
    return values if len(values) == count and all(math.isfinite(v) for v in values) else None


class _Interpreter:
    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.content = PageContent()
        self.order = 0
        self.operations = 0
        self.fonts: dict[int, tuple[Font, str, float]] = {}

    # ----------------------------------------------------------- entry

    def run(self, stream: Any, resources: Any, state: _State, depth: int) -> None:
        if depth > MAX_DEPTH:
            self.content.warnings.append("forms nested too deeply; the innermost were not read")
            return
        resources = _resolve(resources)
        resources = resources if isinstance(resources, DictionaryObject) else DictionaryObject()
        try:
            # "bytes": keep string operands as the raw character codes the font decodes.
            operations = ContentStream(stream, self.reader, "bytes").operations
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as error:
            if "Limit" in type(error).__name__:
                self.content.warnings.append("a content stream expands past the decompression limit (a possible compression bomb)")
            elif isinstance(error, RecursionError) or isinstance(error.__cause__, RecursionError):
                self.content.warnings.append("a content stream could not be parsed: " + TOO_DEEP)
            else:
                self.content.warnings.append(f"a content stream could not be parsed ({type(error).__name__})")
            return
        self._execute(operations, resources, state, depth)

    def _execute(self, operations: list, resources: DictionaryObject, state: _State, depth: int) -> None:
        stack: list[_State] = []
        tm: Matrix = IDENTITY
        tlm: Matrix = IDENTITY
        path: list[tuple[list[tuple[float, float]], bool]] = []  # subpaths: points, drawn by "re"
        clip_next = False
        for operands, operator in operations:
            self.operations += 1
            if self.operations > MAX_OPERATIONS:
                self.content.warnings.append(f"more than {MAX_OPERATIONS} drawing operations; the rest was not read")
                return
            op = operator
            if op in (b"Tj", b"'", b'"', b"TJ"):
                if op == b"'":
                    tlm = multiply((1, 0, 0, 1, 0, -state.leading), tlm)
                    tm = tlm
                elif op == b'"':
                    values = _numbers(operands, 2)
                    if values:
                        state.word_spacing, state.char_spacing = values
                    tlm = multiply((1, 0, 0, 1, 0, -state.leading), tlm)
                    tm = tlm
                    operands = operands[2:]
                tm = self._show(operands, op == b"TJ", state, tm)
            elif op == b"Tf":
                self._set_font(operands, resources, state)
            elif op == b"Tm":
                values = _numbers(operands, 6)
                if values:
                    tm = tlm = tuple(values)  # type: ignore[assignment]
            elif op in (b"Td", b"TD"):
                values = _numbers(operands, 2)
                if values:
                    if op == b"TD":
                        state.leading = -values[1]
                    tlm = multiply((1, 0, 0, 1, values[0], values[1]), tlm)
                    tm = tlm
            elif op == b"T*":
                tlm = multiply((1, 0, 0, 1, 0, -state.leading), tlm)
                tm = tlm
            elif op == b"BT":
                tm = tlm = IDENTITY
            elif op in (b"Tc", b"Tw", b"Tz", b"TL", b"Ts", b"Tr"):
                self._text_state(op, operands, state)
            elif op == b"q":
                stack.append(state.copy())
            elif op == b"Q":
                if stack:
                    state = stack.pop()
            elif op == b"cm":
                values = _numbers(operands, 6)
                if values:
                    state.ctm = multiply(tuple(values), state.ctm)  # type: ignore[arg-type]
            elif op in (b"re", b"m", b"l", b"c", b"v", b"y", b"h"):
                self._path(op, operands, state, path)
            elif op in (b"W", b"W*"):
                clip_next = True
            elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s", b"n"):
                if op not in (b"S", b"s", b"n"):
                    self._fill(path, state)
                if clip_next:
                    state.clip = _intersect(state.clip, path)
                    clip_next = False
                path = []
            elif op in (b"rg", b"g", b"k", b"sc", b"scn", b"cs"):
                self._fill_colour(op, operands, state, resources)
            elif op == b"gs":
                self._graphics_state(operands, resources, state)
            elif op == b"Do":
                self._do(operands, resources, state, depth)
            elif op == b"INLINE IMAGE":
                self._image(state)

    # ----------------------------------------------------------- text

    def _set_font(self, operands: list, resources: DictionaryObject, state: _State) -> None:
        if len(operands) < 2:
            return
        size = _numbers(operands[1:], 1)
        state.font_size = size[0] if size else state.font_size
        fonts = _resolve(resources.get("/Font"))
        font_dict = _resolve(fonts.get(operands[0])) if isinstance(fonts, DictionaryObject) else None
        if not isinstance(font_dict, DictionaryObject):
            state.font, state.font_name, state.font_scale = None, "", 1.0
            return
        key = id(font_dict)
        if key not in self.fonts:
            self.fonts[key] = _load_font(font_dict)
        state.font, state.font_name, state.font_scale = self.fonts[key]

    def _text_state(self, op: bytes, operands: list, state: _State) -> None:
        values = _numbers(operands, 1)
        if not values:
            return
        value = values[0]
        if op == b"Tc":
            state.char_spacing = value
        elif op == b"Tw":
            state.word_spacing = value
        elif op == b"Tz":
            state.horizontal_scale = value / 100
        elif op == b"TL":
            state.leading = value
        elif op == b"Ts":
            state.rise = value
        else:
            state.render_mode = int(value)

    def _show(self, operands: list, is_array: bool, state: _State, tm: Matrix) -> Matrix:
        if not operands:
            return tm
        items = operands[0] if is_array and isinstance(operands[0], (list, ArrayObject)) else operands[:1]
        texts: list[str] = []
        starts: list[float] = []
        # The run spans its glyphs: a TJ number before the first glyph or after the last moves the pen and paints
        # nothing (ISO 32000-1 9.4.3), so the run starts where its first glyph is drawn and ends after its last.
        start_tm = end_tm = None
        for item in items:
            if isinstance(item, (int, float, NumberObject)) or (hasattr(item, "as_numeric")):
                try:
                    offset = float(item)
                except (TypeError, ValueError):
                    continue
                if offset <= WORD_GAP and texts and not texts[-1].endswith(" "):
                    texts.append(" ")
                    starts.append(_apply(multiply(tm, state.ctm), 0, 0)[0])
                tm = multiply((1, 0, 0, 1, -offset / 1000 * state.font_size * state.horizontal_scale, 0), tm)
                continue
            raw = _raw_bytes(item)
            if raw is None:
                continue
            ctm, rise, size = state.ctm, state.rise, state.font_scale * state.font_size
            for char, width, is_space in _decode(state.font, raw):
                # Inlined _apply(multiply(tm, ctm), 0, rise) and a translation of tm: this loop runs per glyph.
                user_x, user_y = rise * tm[2] + tm[4], rise * tm[3] + tm[5]
                start = user_x * ctm[0] + user_y * ctm[2] + ctm[4]
                if len(char) == 1:
                    starts.append(start)
                else:  # one glyph, several characters (a ligature's ToUnicode 'ti'): each starts where the glyph does
                    starts.extend([start] * len(char))
                texts.append(char)
                advance = (width / 1000 * size + state.char_spacing
                           + (state.word_spacing if is_space else 0.0)) * state.horizontal_scale
                if start_tm is None:
                    start_tm = tm
                tm = (tm[0], tm[1], tm[2], tm[3], advance * tm[0] + tm[4], advance * tm[1] + tm[5])
                end_tm = tm
        text = "".join(texts)
        if text.strip():
            self._record_run(text, starts, start_tm, end_tm, state)
        return tm

    def _record_run(self, text: str, starts: list[float], start_tm: Matrix, end_tm: Matrix, state: _State) -> None:
        device = multiply(start_tm, state.ctm)
        scale_y = math.hypot(device[2], device[3])
        size = abs(state.font_size) * state.font_scale * scale_y
        x, y = _apply(device, 0, state.rise)
        end_x, end_y = _apply(multiply(end_tm, state.ctm), 0, state.rise)
        length = math.hypot(device[0], device[1]) or 1.0
        direction = (device[0] / length, device[1] / length)
        clipped = state.clip is not None and not _inside(state.clip, (x + end_x) / 2, y + size * 0.3)
        self.order += 1
        self.content.runs.append(TextRun(
            text=text, font=state.font_name, size=round(size, 2), x=x, y=y, end_x=end_x, end_y=end_y,
            direction=direction, render_mode=state.render_mode, fill=state.fill, order=self.order,
            glyph_x=tuple(starts), clipped=clipped,
        ))

    # ----------------------------------------------------------- graphics

    def _path(self, op: bytes, operands: list, state: _State, path: list) -> None:
        if op == b"re":
            values = _numbers(operands, 4)
            if values:
                x, y, w, h = values
                corners = ((x, y), (x + w, y), (x, y + h), (x + w, y + h))
                path.append(([_apply(state.ctm, px, py) for px, py in corners], True))
            return
        if op == b"h":
            return
        count = {b"m": 2, b"l": 2, b"c": 6, b"v": 4, b"y": 4}[op]
        values = _numbers(operands, count)
        if not values:
            return
        points = [_apply(state.ctm, values[i], values[i + 1]) for i in range(0, count, 2)]
        if op == b"m" or not path or path[-1][1]:
            path.append((points, False))
        else:
            path[-1][0].extend(points)

    def _fill(self, path: list, state: _State) -> None:
        """Record what a fill paints: each subpath's box (a word processor draws several rules in one fill)."""
        if not path:
            return
        self.order += 1
        fill = None if state.fill_alpha < 0.5 else state.fill
        for points, drawn_as_rectangle in path:
            xs = [p[0] for p in points]
            ys = [p[1] for p in points]
            is_rect = drawn_as_rectangle or _axis_aligned_box(points)
            self.content.shapes.append(Shape(min(xs), min(ys), max(xs), max(ys), fill, self.order, is_rect))

    def _fill_colour(self, op: bytes, operands: list, state: _State, resources: DictionaryObject) -> None:
        if op == b"cs":
            state.fill_space = _colour_space(operands[0] if operands else "/DeviceGray", resources)
            state.fill = (0.0, 0.0, 0.0) if state.fill_space != "unknown" else None
            return
        values = [v for v in (_numbers([o], 1) for o in operands) if v]
        numbers = [v[0] for v in values]
        if op in (b"sc", b"scn") and state.fill_space == "unknown":
            state.fill = None  # an indexed, separation or pattern colour: not known to be dark or light
        elif op == b"g" or (op in (b"sc", b"scn") and len(numbers) == 1):
            state.fill = (numbers[0],) * 3 if numbers else state.fill
        elif op == b"rg" or (op in (b"sc", b"scn") and len(numbers) == 3):
            state.fill = tuple(numbers[:3]) if len(numbers) >= 3 else state.fill  # type: ignore[assignment]
        elif op == b"k" or (op in (b"sc", b"scn") and len(numbers) == 4):
            if len(numbers) >= 4:
                c, m, y, k = numbers[:4]
                state.fill = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
        else:
            state.fill = None  # a pattern or an unknown colour space

    def _graphics_state(self, operands: list, resources: DictionaryObject, state: _State) -> None:
        """A fill made transparent by an ExtGState (/ca) paints nothing that hides text."""
        states = _resolve(resources.get("/ExtGState"))
        graphics = _resolve(states.get(operands[0])) if isinstance(states, DictionaryObject) and operands else None
        if isinstance(graphics, DictionaryObject) and "/ca" in graphics:
            alpha = _numbers([graphics.get("/ca")], 1)
            if alpha:
                state.fill_alpha = alpha[0]

    def _do(self, operands: list, resources: DictionaryObject, state: _State, depth: int) -> None:
        xobjects = _resolve(resources.get("/XObject"))
        xobject = _resolve(xobjects.get(operands[0])) if isinstance(xobjects, DictionaryObject) and operands else None
        if not isinstance(xobject, DictionaryObject):
            return
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self._image(state)
        elif subtype == "/Form":
            inner = state.copy()
            matrix = _numbers(list(_resolve(xobject.get("/Matrix")) or IDENTITY), 6)
            if matrix:
                inner.ctm = multiply(tuple(matrix), state.ctm)  # type: ignore[arg-type]
            self.run(xobject, xobject.get("/Resources") or resources, inner, depth + 1)

    def _image(self, state: _State) -> None:
        corners = [_apply(state.ctm, x, y) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        self.order += 1
        self.content.images.append((min(xs), min(ys), max(xs), max(ys)))


def _intersect(clip: tuple[float, float, float, float] | None, path: list) -> tuple[float, float, float, float] | None:
    """The clipping box after clipping to ``path`` (its bounding box: precise enough to tell text outside it)."""
    points = [point for points, _ in path for point in points]
    if not points:
        return clip
    box = (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points), max(p[1] for p in points))
    if clip is None:
        return box
    return (max(clip[0], box[0]), max(clip[1], box[1]), min(clip[2], box[2]), min(clip[3], box[3]))


def _inside(clip: tuple[float, float, float, float], x: float, y: float) -> bool:
    return clip[0] - 1 <= x <= clip[2] + 1 and clip[1] - 1 <= y <= clip[3] + 1


def _axis_aligned_box(points: list[tuple[float, float]]) -> bool:
    """Four corners (a fifth closing the path) drawn with m/l: a rectangle in all but name."""
    corners = {(round(x, 1), round(y, 1)) for x, y in points}
    xs = {x for x, _ in corners}
    ys = {y for _, y in corners}
    return len(corners) == 4 and len(xs) == 2 and len(ys) == 2


def _colour_space(name: Any, resources: DictionaryObject) -> str:
    """ "gray", "rgb", "cmyk" or "unknown" for a colour space name or its resource."""
    device = {"/DeviceGray": "gray", "/DeviceRGB": "rgb", "/DeviceCMYK": "cmyk", "/G": "gray", "/RGB": "rgb", "/CMYK": "cmyk"}
    if str(name) in device:
        return device[str(name)]
    spaces = _resolve(resources.get("/ColorSpace"))
    space = _resolve(spaces.get(name)) if isinstance(spaces, DictionaryObject) else None
    if isinstance(space, ArrayObject) and space and space[0] == "/ICCBased":
        stream = _resolve(space[1]) if len(space) > 1 else None
        components = int(stream.get("/N", 0)) if isinstance(stream, DictionaryObject) else 0
        return {1: "gray", 3: "rgb", 4: "cmyk"}.get(components, "unknown")
    if isinstance(space, ArrayObject) and space and space[0] in ("/CalRGB", "/CalGray", "/Lab"):
        return {"/CalRGB": "rgb", "/CalGray": "gray", "/Lab": "unknown"}[str(space[0])]
    return "unknown"


def _resolve(value: Any) -> Any:
    return resolve(value)  # a failure is noted, and reported as part of the file not read


def _raw_bytes(item: Any) -> bytes | None:
    if hasattr(item, "get_original_bytes"):
        return item.get_original_bytes()
    if isinstance(item, bytes):
        return bytes(item)
    if isinstance(item, str):
        return item.encode("latin-1", "replace")
    return None


def _font_name(font_dict: DictionaryObject) -> str:
    """The font's own name: a Type 0 font's is its descendant CIDFont's (ISO 32000-1 9.7.6.1 makes the Type 0
    /BaseFont that name joined to the CMap's, as in 'Times-Identity-H'), without a subset tag, which is exactly
    six capital letters and a plus sign (9.6.4): 'CIDFont+F1' keeps its name whole."""
    named = font_dict
    if font_dict.get("/Subtype") == "/Type0":
        descendants = resolve(font_dict.get("/DescendantFonts"))
        descendant = resolve(descendants[0]) if isinstance(descendants, ArrayObject) and descendants else None
        if isinstance(descendant, DictionaryObject) and descendant.get("/BaseFont"):
            named = descendant
    return SUBSET_TAG.sub("", str(named.get("/BaseFont", named.get("/Name", ""))).lstrip("/"), count=1)


def _load_font(font_dict: DictionaryObject) -> tuple[Font | None, str, float]:
    name = _font_name(font_dict)
    scale = 1.0
    if font_dict.get("/Subtype") == "/Type3":
        matrix = _numbers(list(_resolve(font_dict.get("/FontMatrix")) or [0.001, 0, 0, 0.001, 0, 0]), 6)
        scale = abs(matrix[3]) * 1000 if matrix and matrix[3] else 1.0
    try:
        return load_font(font_dict), name, scale
    except Exception as error:  # noqa: BLE001 - a malformed font must not lose the page
        # Its text shows as replacement characters, so what it says was not checked: say so.
        note_problem(f"the font {name or '(unnamed)'} could not be read ({type(error).__name__}); its text was not checked")
        return None, name, scale


def _decode(font: Font | None, raw: bytes) -> list[tuple[str, float, bool]]:
    """(unicode text, width in glyph units, whether it is the single-byte space) for each character code."""
    if font is None:
        return [("\ufffd", 500.0, byte == 32) for byte in raw]
    widths = font.character_widths
    default = widths.get("default", 500)
    if isinstance(font.encoding, str):
        try:
            codes = raw.decode(font.encoding, "surrogatepass")
        except (UnicodeDecodeError, LookupError):
            codes = raw.decode(font.encoding if font.encoding else "latin-1", "replace") if font.encoding else raw.decode("latin-1")
        decoded = [(font.character_map.get(code, code), widths.get(code, default), False) for code in codes]
        return decoded
    out = []
    for byte in raw:
        code = chr(byte)
        char = font.encoding.get(byte, code)
        out.append((font.character_map.get(char, char), widths.get(code, default), byte == 32))
    return out


def interpret_page(reader: Any, page: Any) -> PageContent:
    """Run a page's content stream and return what it draws."""
    interpreter = _Interpreter(reader)
    contents = page.get_contents()
    if contents is not None:
        interpreter.run(contents, page.get("/Resources"), _State(), 0)
    return interpreter.content
