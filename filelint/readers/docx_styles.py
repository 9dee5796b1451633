"""Word's formatting precedence, read from styles.xml.

A run's size, colour, font and hidden flag come from the first place that declares them:
the run's own properties, its character style (and the styles that style is based on), its
paragraph's style (and its bases), the document defaults, then Word's built-in values
(10 pt, automatic colour). Paragraph spacing follows the same order without the character
style. Each answer says where it was declared, so a finding can name the style to change.
"""

from __future__ import annotations

from dataclasses import dataclass

from filelint.document import LineSpacing

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BUILT_IN_SIZE = 10.0  # Word's size when nothing declares one (w:sz absent everywhere)
MAX_BASED_ON = 20  # styles based on styles: a cycle or a chain this long is a damaged file
FALSE_VALUES = ("0", "false", "off", "none")
WHITE_THEME_COLOURS = ("background1", "light1")


def on_off(element) -> bool:
    """A WordprocessingML toggle: present means on unless its w:val says off."""
    return element is not None and element.get(W + "val", "true").lower() not in FALSE_VALUES


@dataclass(frozen=True)
class RunFormatting:
    size: float
    size_from: str
    font: str
    color: tuple[float, float, float] | None  # None: automatic (black on white)
    color_from: str
    hidden: bool
    hidden_from: str
    background_dark: bool


class Styles:
    """Lookups over one document's styles part (None: a package without one)."""

    def __init__(self, root) -> None:
        self.by_id: dict[str, object] = {}
        self.default_paragraph: str | None = None
        self.run_defaults = None
        self.paragraph_defaults = None
        if root is None:
            return
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id:
                self.by_id.setdefault(style_id, style)
                if style.get(W + "type") == "paragraph" and style.get(W + "default", "").lower() in ("1", "true", "on"):
                    self.default_paragraph = self.default_paragraph or style_id
        defaults = root.find(W + "docDefaults")
        if defaults is not None:
            self.run_defaults = defaults.find(f"{W}rPrDefault/{W}rPr")
            self.paragraph_defaults = defaults.find(f"{W}pPrDefault/{W}pPr")

    # ---------------------------------------------------------------- names
    def paragraph_style_id(self, paragraph) -> str | None:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(W + "val") in self.by_id:
            return style.get(W + "val")
        return self.default_paragraph

    def name(self, style_id: str | None) -> str:
        """The style's name as Word's menus show it ("footnote text" is "Footnote Text")."""
        style = self.by_id.get(style_id or "")
        element = style.find(W + "name") if style is not None else None
        name = element.get(W + "val", style_id) if element is not None else (style_id or "Normal")
        return name.title() if name == name.lower() else name

    def _chain(self, style_id: str | None) -> list:
        chain, seen = [], set()
        while style_id and style_id in self.by_id and style_id not in seen and len(chain) < MAX_BASED_ON:
            seen.add(style_id)
            style = self.by_id[style_id]
            chain.append(style)
            based = style.find(W + "basedOn")
            style_id = based.get(W + "val") if based is not None else None
        return chain

    def _label(self, style) -> str:
        return f"the style '{self.name(style.get(W + 'styleId'))}'"

    # ---------------------------------------------------------------- runs
    def _sources(self, run, paragraph_style: str | None) -> list[tuple[object, str]]:
        """(rPr, where it is declared) in precedence order."""
        sources = [(run.find(W + "rPr"), "direct formatting")]
        character = run.find(f"{W}rPr/{W}rStyle")
        if character is not None:
            sources += [(style.find(W + "rPr"), self._label(style)) for style in self._chain(character.get(W + "val"))]
        sources += [(style.find(W + "rPr"), self._label(style)) for style in self._chain(paragraph_style)]
        sources.append((self.run_defaults, "the document defaults"))
        return [(properties, where) for properties, where in sources if properties is not None]

    def run_formatting(self, run, paragraph_style: str | None) -> RunFormatting:
        sources = self._sources(run, paragraph_style)
        size, size_from = BUILT_IN_SIZE, "Word's built-in default"
        for properties, where in sources:
            value = _half_points(properties.find(W + "sz"))
            if value is not None:
                size, size_from = value, where
                break
        color, color_from = None, "automatic"
        for properties, where in sources:
            element = properties.find(W + "color")
            if element is not None:
                color, color_from = _colour(element), where
                break
        hidden, hidden_from = False, ""
        for properties, where in sources:
            element = properties.find(W + "vanish")
            if element is not None:
                hidden, hidden_from = on_off(element), where
                break
        font = next((f.get(W + "ascii") for p, _ in sources if (f := p.find(W + "rFonts")) is not None and f.get(W + "ascii")), "")
        return RunFormatting(size, size_from, font, color, color_from, hidden, hidden_from, _dark_background(sources))

    # ---------------------------------------------------------------- paragraphs
    def spacing(self, paragraph, style_id: str | None) -> LineSpacing:
        sources = [(paragraph.find(W + "pPr"), "direct formatting")]
        sources += [(style.find(W + "pPr"), self._label(style)) for style in self._chain(style_id)]
        sources.append((self.paragraph_defaults, "the document defaults"))
        for properties, where in sources:
            element = properties.find(W + "spacing") if properties is not None else None
            if element is None or element.get(W + "line") is None:
                continue
            try:
                line = float(element.get(W + "line"))
            except ValueError:
                continue
            rule = element.get(W + "lineRule", "auto")
            if rule == "auto":
                return LineSpacing("auto", round(line / 240, 2), where)
            return LineSpacing("exact" if rule == "exact" else "atLeast", round(line / 20, 2), where)
        return LineSpacing()

    def page_break_before(self, style_id: str | None) -> bool:
        for style in self._chain(style_id):
            element = style.find(f"{W}pPr/{W}pageBreakBefore")
            if element is not None:
                return on_off(element)
        return False


def _half_points(element) -> float | None:
    if element is None:
        return None
    try:
        return float(element.get(W + "val", "")) / 2
    except ValueError:
        return None


def _colour(element) -> tuple[float, float, float] | None:
    if element.get(W + "themeColor", "").lower() in WHITE_THEME_COLOURS:
        return (1.0, 1.0, 1.0)
    value = element.get(W + "val", "auto")
    if len(value) != 6:
        return None
    try:
        return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return None


def _dark_background(sources) -> bool:
    """A highlight or shading behind the run that white text would show on."""
    for properties, _ in sources:
        highlight = properties.find(W + "highlight")
        if highlight is not None and highlight.get(W + "val", "none") not in ("none", "white", "lightGray", "yellow", "green", "cyan"):
            return True
        shading = properties.find(W + "shd")
        fill = shading.get(W + "fill", "") if shading is not None else ""
        if len(fill) == 6 and fill.lower() != "auto":
            try:
                if sum(int(fill[i:i + 2], 16) for i in (0, 2, 4)) / 3 < 160:
                    return True
            except ValueError:
                pass
    return False
