"""Fuzzing: mutated PDFs and text files end with diagnostics, never a crash or a hang.

A bounded, seeded run (100 inputs per mutation family) is part of the suite. The long run:

    FILELINT_FUZZ_EXAMPLES=5000 python -m pytest -q tests/test_fuzz.py

(the number of inputs per mutation family; the README records the last long run).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filelint.api import check_file
from filelint.config import Config
from filelint.registry import discover_packs

# 100 inputs per family keep the suite near a minute of fuzzing; the long run above takes thousands.
EXAMPLES = int(os.environ.get("FILELINT_FUZZ_EXAMPLES", "100"))
PACKS = discover_packs()
CONFIG = Config(timeout=30.0)
PDF_SEEDS = [FIXTURES / "spero" / "notice_of_motion_ok.pdf", FIXTURES / "ecf" / "redaction_boxes_over_text.pdf",
             FIXTURES / "ecf" / "revealing_metadata.pdf", FIXTURES / "ndcal" / "reply_with_small_footnote.pdf"]
PDF_SEEDS += [p for p in (CORPUS / "pdf" / "cod_21cv1061_1_p7_rectangles_yes.pdf",
                          CORPUS / "pdf" / "cand_19cv5639_87_admin_motion_seal.pdf") if p.exists()]
TEXT_SEED = (FIXTURES / "spero" / "notice_of_motion_ok.txt").read_bytes()
FUZZ_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def assert_checked(data: bytes, suffix: str, tmp_path: Path) -> None:
    """The property: the file is read and checked, or reported unreadable, with no rule crashing."""
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    result = check_file(path, str(path), PACKS, CONFIG)
    codes = {d.code for d in result.diagnostics}
    assert not result.crashed and "FL900" not in codes, [d.message for d in result.diagnostics if d.code == "FL900"]
    assert "FL002" not in codes, "a mutated small file must not take 30 seconds"


def flip(data: bytes, positions: list[int], value: int) -> bytes:
    out = bytearray(data)
    for position in positions:
        out[position % len(out)] = value
    return bytes(out)


def boundaries(data: bytes) -> list[int]:
    return [m.end() for m in re.finditer(rb"endobj|stream|xref|trailer|obj", data)]


MUTATIONS = {
    "flip": lambda data, draw: flip(data, draw(st.lists(st.integers(0, len(data) - 1), min_size=1, max_size=20)), draw(st.integers(0, 255))),
    "truncate": lambda data, draw: data[: draw(st.sampled_from(boundaries(data) or [len(data) // 2]))],
    "xref": lambda data, draw: data.replace(b"xref", draw(st.sampled_from([b"xrex", b"", b"xref\n0 99999999\n"])), 1),
    "length": lambda data, draw: re.sub(rb"/Length \d+", b"/Length " + str(draw(st.sampled_from([0, 1, 10**9, -5]))).encode(), data, count=3),
    "nesting": lambda data, draw: data.replace(b"/Contents", b"/Junk " + b"[" * draw(st.integers(100, 20000)) + b" /Contents", 1),
    "number": lambda data, draw: re.sub(rb"/Count \d+", b"/Count " + b"9" * draw(st.integers(20, 5000)), data, count=1),
    "cycle": lambda data, draw: re.sub(rb"/Parent \d+ 0 R", b"/Parent 3 0 R", re.sub(rb"/Kids \[(\d+) 0 R", rb"/Kids [2 0 R \1 0 R", data, count=1), count=2),
}


@pytest.mark.parametrize("family", sorted(MUTATIONS))
def test_mutated_pdfs(family: str, tmp_path: Path) -> None:
    seeds = [path.read_bytes() for path in PDF_SEEDS]

    @FUZZ_SETTINGS
    @given(st.data())
    def run(data) -> None:
        seed = data.draw(st.sampled_from(seeds))
        assert_checked(MUTATIONS[family](seed, data.draw), ".pdf", tmp_path)

    run()


TEXT_MUTATIONS = st.one_of(
    st.binary(max_size=4000),
    st.binary(max_size=200).map(lambda noise: TEXT_SEED[:500] + noise + TEXT_SEED[500:]),
    st.integers(1, 2_000_000).map(lambda size: b"A" * size + b"\n"),
    st.just(b"\x00" * 10_000),
    st.just(b"\xff\xfe" + "caption \u202e 123-45-6789".encode("utf-16-le")),
    st.just(b"\xc3\x28 invalid utf-8 \xa0\xa1 " * 200),
)


def test_mutated_text(tmp_path: Path) -> None:
    @FUZZ_SETTINGS
    @given(TEXT_MUTATIONS)
    def run(data: bytes) -> None:
        assert_checked(data, ".txt", tmp_path)

    run()


# ---------------------------------------------------------------- Word drafts (.docx)
# Fewer inputs per family than PDFs: each .docx input is a whole package rebuilt (FILELINT_FUZZ_EXAMPLES scales them too).
DOCX_SETTINGS = settings(FUZZ_SETTINGS, max_examples=max(EXAMPLES // 8, 25))
DOCX_SEEDS = sorted((FIXTURES / "word").glob("*.docx"))
DOCX_PARTS = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
              "word/settings.xml", "docProps/core.xml", "docProps/app.xml", "word/comments.xml", "word/footer1.xml"]
WRONG_CONTENT_TYPES = [b"", b"<Types/>", b"not xml at all <", b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><Types>&a;</Types>",
                       b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml", b"presentationml.presentation.main+xml"]


def _parts(data: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _package(parts: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _content_types(parts: dict[str, bytes], draw) -> dict[str, bytes]:
    replacement = draw(st.sampled_from(WRONG_CONTENT_TYPES))
    if replacement.endswith(b"main+xml"):  # the same file declaring its main part as another Office type (or as itself)
        types = parts["[Content_Types].xml"].replace(b"wordprocessingml.document.main+xml", replacement)
    else:
        types = replacement
    return {**parts, "[Content_Types].xml": types}


def _xml_damage(parts: dict[str, bytes], draw) -> dict[str, bytes]:
    name = draw(st.sampled_from([n for n in DOCX_PARTS if n in parts]))
    return {**parts, name: flip(parts[name], draw(st.lists(st.integers(0, len(parts[name]) - 1), min_size=1, max_size=8)),
                                draw(st.sampled_from([ord("<"), ord(">"), ord("&"), 0, 0xFF, ord('"')])))}


def _missing_part(parts: dict[str, bytes], draw) -> dict[str, bytes]:
    name = draw(st.sampled_from([n for n in DOCX_PARTS if n in parts]))
    return {k: v for k, v in parts.items() if k != name}


def _huge_part(parts: dict[str, bytes], draw) -> dict[str, bytes]:
    name = draw(st.sampled_from(["word/header9.xml", "word/media/image9.png", "word/footer1.xml", "word/styles.xml", "customXml/item9.xml"]))
    size = draw(st.sampled_from([33 * 2**20, 70 * 2**20]))
    return {**parts, name: b"<x>" + b" " * size + b"</x>"}


def _deep(parts: dict[str, bytes], draw) -> dict[str, bytes]:
    depth = draw(st.integers(200, 5000))
    tag = draw(st.sampled_from([b"w:sdt", b"w:tbl", b"w:hyperlink", b"w:smartTag"]))
    body = b"<w:body>" + b"<" + tag + b">" * 1 + (b"<" + tag + b">") * (depth - 1) + b"</" + tag + b">" * depth
    return {**parts, "word/document.xml": parts["word/document.xml"].replace(b"<w:body>", body, 1)}


DOCX_MUTATIONS = {
    "zip-flip": lambda data, draw: flip(data, draw(st.lists(st.integers(0, len(data) - 1), min_size=1, max_size=20)), draw(st.integers(0, 255))),
    "zip-truncate": lambda data, draw: data[: draw(st.integers(0, len(data) - 1))],
    "content-types": lambda data, draw: _package(_content_types(_parts(data), draw)),
    "xml-damage": lambda data, draw: _package(_xml_damage(_parts(data), draw)),
    "missing-part": lambda data, draw: _package(_missing_part(_parts(data), draw)),
    "huge-part": lambda data, draw: _package(_huge_part(_parts(data), draw)),
    "deep-nesting": lambda data, draw: _package(_deep(_parts(data), draw)),
}


@pytest.mark.parametrize("family", sorted(DOCX_MUTATIONS))
def test_mutated_docx(family: str, tmp_path: Path) -> None:
    seeds = [path.read_bytes() for path in DOCX_SEEDS]
    assert seeds, "fixtures/word has no .docx seeds (run fixtures/make_docx_fixtures.py)"
    settings_for = settings(DOCX_SETTINGS, max_examples=min(DOCX_SETTINGS.max_examples, 12)) if family == "huge-part" else DOCX_SETTINGS

    @settings_for
    @given(st.data())
    def run(data) -> None:
        seed = data.draw(st.sampled_from(seeds))
        assert_checked(DOCX_MUTATIONS[family](seed, data.draw), ".docx", tmp_path)

    run()


def test_a_docx_zip_bomb_is_reported_not_read(tmp_path: Path) -> None:
    """The property above says no crash; this says a bomb part is named as not read (FL006), and the rest is checked."""
    parts = _parts((FIXTURES / "word" / "draft_with_what_word_hides.docx").read_bytes())
    path = tmp_path / "bomb.docx"
    path.write_bytes(_package({**parts, "word/media/image9.png": b"\0" * (70 * 2**20)}))
    result = check_file(path, str(path), PACKS, CONFIG)
    codes = {d.code for d in result.diagnostics}
    assert "FR001" in codes and "WD001" in codes  # the draft is read
    assert not any(d.code == "FL006" for d in result.diagnostics)  # a picture is never inflated, so it is no risk
