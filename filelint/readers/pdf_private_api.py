"""The one module that touches pypdf's private API; everything else uses its public API.

pypdf has no public way to turn a font resource into character codes, Unicode and widths
(``pypdf.generic._font.Font``, from pypdf 6.20), nor to add an object to a writer and get
its reference (``PdfWriter._add_object``). Both are used through this module only, so a
pypdf release that moves them breaks one place, and ``tests/test_dependency_floors.py``
checks both against the installed pypdf.
"""

from __future__ import annotations

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, IndirectObject, PdfObject
from pypdf.generic._font import Font

__all__ = ["Font", "add_indirect_object", "load_font"]


def load_font(font_dict: DictionaryObject) -> Font:
    """A font resource's ``encoding``, ``character_map`` (codes to Unicode) and ``character_widths``."""
    return Font.from_font_resource(font_dict)


def add_indirect_object(writer: PdfWriter, value: PdfObject) -> IndirectObject:
    """Add ``value`` to the file ``writer`` will write, and return the reference to it."""
    return writer._add_object(value)

