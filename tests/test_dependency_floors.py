"""Declared dependency floors are real: pinned in constraints/floors.txt, run by .ci/run, and pypdf's private API is kept in one adapter."""

from __future__ import annotations

import io
import os
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from conftest import ROOT

FLOORS = ROOT / "constraints" / "floors.txt"
ADAPTER = Path("filelint") / "readers" / "pdf_private_api.py"
# pypdf's private names: a module or attribute starting with an underscore (pypdf._x, generic._font, ._add_object).
PRIVATE_PYPDF = re.compile(r"(from\s+pypdf(\.\w+)*\._\w+|import\s+pypdf(\.\w+)*\._\w+|\._add_object\b|pypdf(\.\w+)*\._\w+)")


def _declared() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floors = {}
    for requirement in project["dependencies"]:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([0-9][0-9A-Za-z.]*)", requirement.replace(" ", ""))
        assert match, f"{requirement!r}: every runtime dependency declares a floor with >= and nothing else"
        floors[match.group(1).lower()] = match.group(2)
    return floors


def _pinned() -> dict[str, str]:
    pins = {}
    for line in FLOORS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def test_every_declared_floor_is_pinned_for_the_floors_run() -> None:
    assert _declared() == _pinned()


def test_ci_runs_the_suite_on_the_floors() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "constraints/floors.txt" in script and "FILELINT_FLOORS=1" in script


def test_installed_versions_are_the_floors_in_the_floors_run() -> None:
    if os.environ.get("FILELINT_FLOORS") != "1":
        reason = "not the floors run (.ci/run sets FILELINT_FLOORS=1 in the environment built from constraints/floors.txt)"
        print(f"SKIP: {reason}")
        pytest.skip(reason)
    installed = {name: metadata.version(name) for name in _pinned()}
    assert installed == _pinned()


def test_private_pypdf_api_is_used_in_the_adapter_only() -> None:
    offenders = []
    for folder in ("filelint", "rules"):
        for source in sorted((ROOT / folder).rglob("*.py")):
            relative = source.relative_to(ROOT)
            if relative == ADAPTER:
                continue
            for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
                if PRIVATE_PYPDF.search(line):
                    offenders.append(f"{relative}:{number}: {line.strip()}")
    assert offenders == []


def test_adapter_decodes_a_font_with_the_installed_pypdf() -> None:
    from pypdf.generic import DictionaryObject, NameObject

    from filelint.readers.pdf_private_api import load_font

    helvetica = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                  NameObject("/BaseFont"): NameObject("/Helvetica")})
    font = load_font(helvetica)
    assert font.character_map.get("A", "A") == "A"
    assert font.character_widths.get("A") == 667  # Helvetica's standard width for A
    encoding = font.encoding
    assert encoding.get(65, "A") == "A" if isinstance(encoding, dict) else isinstance(encoding, str)


def test_adapter_adds_an_object_that_is_written_and_read_back() -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, IndirectObject, NameObject

    from filelint.readers.pdf_private_api import add_indirect_object

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data(b"BT ET")
    reference = add_indirect_object(writer, stream)
    assert isinstance(reference, IndirectObject)
    writer.pages[0][NameObject("/Contents")] = reference
    buffer = io.BytesIO()
    writer.write(buffer)
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    assert page.get_contents().get_data() == b"BT ET"


def test_a_pdf_is_read_with_the_installed_pypdf() -> None:
    """The smoke test that failed for every PDF with pypdf 5 (the private font module did not exist)."""
    from filelint.readers import read_document

    document = read_document(ROOT / "fixtures" / "spero" / "notice_of_motion_ok.pdf")
    assert document.readable and document.page_count == 3 and "JCS" in document.text()
