"""The core rules (FL001-FL007) on the files a repository of filings really holds.

Files arrive mislabelled (a PDF exported as ``declaration.txt``, a Word document saved as
``motion.pdf``), in every encoding an office produces (Notepad's "ANSI", "Unicode" UTF-16,
UTF-8 with and without a byte-order mark), damaged in transit, too large for the limits, and
with characters pasted from the web or a phone. The rules must report each of these, and
stay silent on legitimate writing that looks similar: names in scripts that spell with
zero-width joiners (Persian, Malayalam, Sinhala, Bengali), emoji sequences in a quoted text
message, direction marks beside Hebrew or Arabic, a declaration that quotes a PDF header.
Every text draft carries a caption or party word, as a filing does (a file with none is
FL008's, "not a filing"). FL008 and FL009's tables are their authors'; FL900 is exempt.
"""

from __future__ import annotations

import codecs
import tempfile
import zlib
from pathlib import Path

import pytest
from pdfbuild import incremental_update, pleading_page, serialise
from variant_support import Variant, as_variant, cases, diagnostics, packs

CAPTION = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"


def pdf(pages: list[tuple[bytes, bytes]], junk: bytes = b"") -> bytes:
    """A PDF whose pages have the given content streams: (extra stream-dictionary entries, stream bytes)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)
    kids = []
    for extra, content in pages:
        stream = add(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(content), extra, content))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >>"
                        b" /Contents %d 0 R >>" % (pages_id, font, stream)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return serialise(objects, catalog, header=junk + b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


def page(text: str = "PLAINTIFF'S NOTICE OF MOTION AND MOTION TO COMPEL", number: int = 1) -> tuple[bytes, bytes]:
    lines = {1: "UNITED STATES DISTRICT COURT", 2: "NORTHERN DISTRICT OF CALIFORNIA", 5: text, 7: f"Page {number}"}
    return b"", pleading_page(lines).encode("latin-1")


def filing(pages: int = 1, **kwargs) -> bytes:
    return pdf([page(number=n) for n in range(1, pages + 1)], **kwargs)


GOOD_PDF = filing()
DOCX = b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + b"[Content_Types].xml" + bytes(200) + b"word/document.xml"


def pdf_named(name: str, data: bytes = GOOD_PDF, note: str = "", **config) -> Variant:
    return Variant(data, name=name, config=config, note=note or name)


def text(body: str, note: str = "", encoding: str = "utf-8", name: str = "draft.txt", **config) -> Variant:
    data = body.encode(encoding) if encoding != "utf-16" else codecs.BOM_UTF16_LE + body.encode("utf-16-le")
    return Variant(data, name=name, config=config, note=note or f"{encoding}: {body.strip().splitlines()[-1][:50]}")


TRANSCRIPT_PAGE = "".join(f"{n:>2}  Q. And what did you do next?  A. I drove to the office.\n" for n in range(1, 29))
# 60,000 small filled boxes: each is a shape the reader keeps (stroked lines are passed over in C, too fast to time out)
OPERATIONS = b"\n".join(b"%d %d 3 2 re f" % (i % 500, i % 700) for i in range(60_000))

FIRES = {
    "FL001": [
        pdf_named("Motion to Compel.pdf", DOCX, note="a Word .docx saved with a .pdf name"),
        pdf_named("opposition.pdf", GOOD_PDF[: len(GOOD_PDF) * 3 // 5], note="a PDF cut off in an e-mail transfer"),
        pdf_named("reply.pdf", b"", note="an empty file where the export failed"),
        Variant(b"", name="declaration.txt", note="an empty text draft"),
        pdf_named("ECF receipt.pdf", b"<!DOCTYPE html><html><head><title>CM/ECF - Notice of Electronic Filing</title>",
                  note="a browser's 'Save page' of the ECF receipt, named .pdf"),
        pdf_named("Exhibit A.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), note="a phone photo renamed .pdf"),
        pdf_named("exhibit_b.pdf", b"II*\x00\x08\x00\x00\x00" + bytes(64), note="a scanner's TIFF renamed .pdf"),
        pdf_named("letter.pdf", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Dear Judge Spero:}",
                  note="WordPad's RTF named .pdf"),
        Variant(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + b"Microsoft Word 97-2003", name="brief.txt",
                note="an old Word .doc named .txt"),
        pdf_named("stipulation.pdf", b"%PDF-1.7\n%%EOF\n", note="a PDF header with nothing after it"),
    ],
    "FL003": [
        text(CAPTION + "Plaintiff Acme\u200bCorp moves to compel.", note="zero-width space in a party's name"),
        text(CAPTION + "Defendant shall pay \u202e$1,000,000\u202c within ten days.", note="amount wrapped in an RLO"),
        text(CAPTION + "Plaintiff's hearing is set for \u2066July 27, 2007\u2069 at 9:30 a.m.",
             note="isolates pasted from a web calendar"),
        text(CAPTION + "The Defen\u2060dants object to Interrogatory No. 4.", note="word joiner inside a word"),
        text(CAPTION + "Plaintiff's settle\u00adment demand was rejected.", note="soft hyphen in a text draft"),
        text(CAPTION + "Plaintiff's counsel pasted this line from a terminal\x07 by mistake.", note="BEL control character"),
        text(CAPTION + "Plaintiff Smith\u200dJones, individually.", note="zero-width joiner between Latin letters"),
        text(CAPTION + "See Plaintiff's Exhibit\u200f 12.", note="right-to-left mark away from any Hebrew or Arabic"),
        text(CAPTION + "Plaintiff's exhibits follow.\ufeffDECLARATION OF JANE DOE", note="byte-order mark inside a line"),
        text(CAPTION + "Case No. C-06-\u200b03891 SC (JCS)", encoding="utf-16", note="UTF-16 draft, ZWSP in the case number"),
    ],
    "FL004": [
        Variant(CAPTION.encode() + b"Plaintiff\x92s reply: \x93the Court should grant it.\x94", note="Notepad ANSI curly quotes"),
        Variant(CAPTION.encode() + b"Defendants rely on Civil L.R. \xa7 7-2.", note="section sign as the byte 0xA7"),
        Variant(CAPTION.encode() + b"Declaration of Jos\xe9 Garc\xeda", note="Latin-1 accented name"),
        Variant(CAPTION.encode() + b"Plaintiff's motion \x97 which Defendants oppose \x97 is set.", note="cp1252 em dash"),
        Variant(CAPTION.encode() + "Declaration of José Garc".encode() + b"\xc3", note="UTF-8 cut inside a character"),
        Variant(CAPTION.encode() + "Plaintiffs’ “brief”".encode() + b" and Defendant\x92s reply", note="UTF-8 with one stray cp1252 apostrophe"),
        Variant(CAPTION.encode() + b"Declaration of Ram\x8en Pe\x96a", note="Mac Roman bytes"),
        Variant(CAPTION.encode() + b"Plaintiff seeks \x805,000 in sanctions.", note="cp1252 euro sign"),
        Variant(CAPTION.encode() + b"Declaration of Maria Pe\xf1a", name="PENA DECL.TXT", note="Latin-1 n-tilde, upper-case name"),
    ],
    "FL005": [
        pdf_named("declaration.txt", note="a PDF exported as declaration.txt"),
        pdf_named("MOTION.TXT"),
        pdf_named("Reply Brief (final).txt"),
        pdf_named("invoice\u202efdp.txt", note="an RLO in the name makes it display as invoicetxt.pdf"),
        pdf_named("draft", note="a PDF with no extension"),
        pdf_named("exhibit.pdf.txt", note="double extension"),
        pdf_named("opposition.txt", filing(junk=b"\r\n\r\n"), note="a PDF with blank lines before its header, named .txt"),
        pdf_named("Déclaration de Marie.txt"),
        pdf_named("notes.md", note="a PDF named as Markdown"),
    ],
    "FL006": [
        pdf_named("unknown_filter.pdf", pdf([(b" /Filter /FooDecode", page()[1])]), note="a compression filter no reader knows"),
        pdf_named("jbig2_content.pdf", pdf([(b" /Filter /JBIG2Decode", page()[1])]), note="page content in an image-only filter"),
        pdf_named("ascii85.pdf", pdf([(b" /Filter /ASCII85Decode", b"this is ~> not ascii85 {{{")]), note="damaged ASCII85 stream"),
        pdf_named("asciihex.pdf", pdf([(b" /Filter /ASCIIHexDecode", b"ZZZZ>")]), note="damaged ASCIIHex stream"),
        pdf_named("middle_page.pdf", pdf([page(number=1), (b" /Filter /FooDecode", page()[1]), page(number=3)]),
                  note="only page 2 of 3 damaged"),
        pdf_named("exhibit_3_pages.pdf", filing(3), note="three pages, max-pages 2", **{"max-pages": 2}),
        pdf_named("appendix.pdf", filing(12), note="a 12-page appendix, max-pages 10", **{"max-pages": 10}),
        pdf_named("Motion.pdf", Path(__file__).parents[2].joinpath("fixtures/core/motion_unknown_stream_filter.pdf").read_bytes(),
                  note="fixtures/core/motion_unknown_stream_filter.pdf"),
    ],
    "FL007": [
        text(CAPTION + "filelint: ignore[FR001]\nPlaintiff's exhibit ID is 123-45-6789.\n", note="own line, no reason"),
        text(CAPTION + "filelint: ignore[fr001]\nPlaintiff's exhibit ID is 123-45-6789.\n", note="lower-case code"),
        text(CAPTION + "filelint: ignore[FR001, FR004]\nPlaintiff's exhibit list.\n", note="two codes"),
        text(CAPTION + "filelint: ignore[ssn-or-taxpayer-id]\nPlaintiff's exhibit list.\n", note="rule name"),
        text(CAPTION + "filelint: ignore[FR002] \t \nPlaintiff's exhibit list.\n", note="only spaces and a tab after it"),
        text(CAPTION + "".join(f"{n:>2}  {'filelint: ignore[FR001]' if n == 12 else 'Plaintiff states.'}\n" for n in range(1, 29)),
             note="on pleading line 12"),
        text(CAPTION + "filelint: ignore[FR001]\nPlaintiff's exhibit list.\n", encoding="utf-16", note="UTF-16 draft"),
        text(CAPTION + "FILELINT: IGNORE[FR001]\nPlaintiff's exhibit list.\n", note="upper case"),
        text(CAPTION + "Plaintiff's exhibit list.\nfilelint: ignore[FR001]", note="on the last line, suppressing nothing"),
        text(CAPTION + "# filelint: ignore[FR001]\nPlaintiff's exhibit list.\n", note="behind a comment mark"),
    ],
}

SILENT = {
    "FL001": [
        pdf_named("motion.pdf", note="a complete PDF"),
        pdf_named("opposition.pdf", filing(junk=b"\r\n\r\n"), note="blank lines before the header (repaired)"),
        text(CAPTION + "Plaintiff's reply in support of the motion to compel."),
        text(CAPTION + "Declaration of José García-Núñez", encoding="utf-16"),
        Variant(CAPTION.encode() + b"Declaration of Jos\xe9 Garc\xeda", note="cp1252 draft (FL004, not unreadable)"),
        text(CAPTION + "Page one of the stipulation.\fPage two of the stipulation.", note="form feeds between pages"),
        pdf_named("declaration.txt", note="a PDF named .txt is still read (FL005)"),
        text(CAPTION + "Declaration of the plaintiff's expert: the produced file begins with %PDF-1.7 and was altered.",
             note="a draft quoting a PDF header"),
        pdf_named("amended.pdf", incremental_update(GOOD_PDF, "append", 0, "AMENDED"), note="saved incrementally"),
        text(CAPTION + "Plaintiff 王小明 (Wang Xiaoming) declares as follows.", encoding="utf-8-sig", note="UTF-8 BOM, CJK name"),
    ],
    "FL003": [
        text(CAPTION + "Plaintiff quotes the message: «می\u200cخواهم بروم» (I want to go).", note="Persian ZWNJ"),
        text(CAPTION + "Declaration of \u0d09\u0d23\u0d4d\u0d23\u0d3f\u0d15\u0d43\u0d37\u0d4d\u0d23\u0d28\u0d4d\u200d (Unnikrishnan)",
             note="Malayalam chillu written with ZWJ"),
        text(CAPTION + "Plaintiff was born in \u0dc1\u0dca\u200d\u0dbb\u0dd3 \u0dbd\u0d82\u0d9a\u0dcf (Sri Lanka).", note="Sinhala ZWJ"),
        text(CAPTION + "Defendant's text message read: \U0001F468\u200d\U0001F469\u200d\U0001F467 see you soon",
             note="emoji ZWJ sequence in a quoted message"),
        text(CAPTION + "Plaintiff's Hebrew name is שלום\u200f (Exhibit 3).", note="RLM beside Hebrew"),
        text(CAPTION + "Defendant \u0645\u062d\u0645\u062f\u200f (2019) declares.", note="RLM beside Arabic"),
        text(CAPTION + "Plaintiffs José García-Núñez and Zoë Brontë, individually."),
        text(CAPTION + "Plaintiff\tstates:\fPage two\tcontinues.", note="tabs and page breaks"),
        Variant(codecs.BOM_UTF8 + (CAPTION + "Plaintiff's motion.").encode(), note="a byte-order mark at the very start"),
        text(CAPTION + "Plaintiff \u09b0\u200c\u09cd\u09af\u09be\u09ac (RAB) responds.", note="Bengali ZWNJ"),
        pdf_named("hyphenated.pdf", pdf([(b"", pleading_page({1: "UNITED STATES DISTRICT COURT", 5: "settle\xadment"}).encode("latin-1"))]),
                  note="a PDF's soft hyphen marks a hyphenation point"),
    ],
    "FL004": [
        text(CAPTION + "Plaintiff's reply."),
        text(CAPTION + "Declaration of José García-Núñez, § 2."),
        text(CAPTION + "Plaintiff's reply, “quoted” — § 2.", encoding="utf-8-sig"),
        text(CAPTION + "Declaration of José García-Núñez", encoding="utf-16"),
        Variant(codecs.BOM_UTF16_BE + (CAPTION + "Declaration of Zoë").encode("utf-16-be"), note="UTF-16 big-endian"),
        text(CAPTION + "Plaintiff 王小明 declares \U0001F600."),
        pdf_named("reply.pdf", pdf([(b"", pleading_page({1: "UNITED STATES DISTRICT COURT", 5: "Garc\xeda \xa7 2"}).encode("latin-1"))]),
                  note="a PDF: its text is not a file encoding"),
        pdf_named("declaration.txt", note="a PDF named .txt is read as a PDF"),
        text(CAPTION + "Plaintiffs’ “brief” at 3 n.1 ¶ 4."),
    ],
    "FL005": [
        pdf_named("motion.pdf"),
        pdf_named("MOTION.PDF"),
        pdf_named("brief.Pdf"),
        text(CAPTION + "Plaintiff's motion."),
        text(CAPTION + "Declaration of the plaintiff's expert: the produced file begins with the header %PDF-1.7 "
             "and was altered after production.", note="a draft quoting a PDF header"),
        text(CAPTION + "Plaintiff's expert: the file ends with %%EOF and a second %PDF-1.4 header follows."),
        pdf_named("Motion.pdf", DOCX, note="a .docx named .pdf is FL001, not this"),
        Variant(b"", name="empty.txt", note="an empty text file is FL001"),
        text(CAPTION + "Declaration of Zoë", encoding="utf-16"),
    ],
    "FL006": [
        pdf_named("motion.pdf"),
        pdf_named("flate.pdf", pdf([(b" /Filter /FlateDecode", zlib.compress(page()[1]))]), note="ordinary Flate compression"),
        pdf_named("hex.pdf", pdf([(b" /Filter /ASCIIHexDecode", page()[1].hex().encode() + b">")]), note="ASCIIHex content"),
        pdf_named("three.pdf", filing(3), note="three pages, max-pages 3", **{"max-pages": 3}),
        text(CAPTION + "\f".join(["Plaintiff's page."] * 5), note="a text draft is read whole, max-pages 2", **{"max-pages": 2}),
        pdf_named("blank_last_page.pdf", pdf([page(), (b"", b"")]), note="an empty content stream (a blank page)"),
        pdf_named("amended.pdf", incremental_update(GOOD_PDF, "append", 0, "AMENDED"), note="saved incrementally"),
        pdf_named("junk.pdf", filing(junk=b"\r\n\r\n"), note="blank lines before the header"),
        pdf_named("ten.pdf", filing(10), note="ten pages under the default limit"),
    ],
    "FL007": [
        text(CAPTION + "filelint: ignore[FR001] a docket exhibit number, not a social security number\n"
             "Exhibit ID 123-45-6789.\n"),
        text(CAPTION + "filelint: ignore[FR001] — Bates range, not an SSN\nBates 123-45-6789.\n", note="reason after an em dash"),
        text(CAPTION + "filelint: ignore[FR004] (public docket number)\nPlaintiff's exhibit list.\n", note="reason in parentheses"),
        text(CAPTION + "Plaintiff's exhibit list.\n", note="no suppression"),
        text(CAPTION + "Counsel ran filelint before filing; see the ignore list in the repository.\n", note="filelint in prose"),
        pdf_named("suppression.pdf", pdf([(b"", pleading_page({1: "UNITED STATES DISTRICT COURT", 5: "filelint: ignore[FR001]"}).encode("latin-1"))]),
                  note="suppressions are read only in text drafts"),
        text(CAPTION + "filelint: ignore[FR001] número de expediente, no es un número de seguro social\nPlaintiff.\n",
             note="reason in Spanish"),
        text(CAPTION + "filelint: ignore FR001 because it is an exhibit number\nPlaintiff.\n", note="no brackets: not a suppression"),
        text(CAPTION + "filelint: ignore[FR002] see Dkt. 45 (sealed)\nPlaintiff.\n", note="reason is a docket cite"),
    ],
}

# FL002 is reported from outside the rules, when a file's check outlasts the time limit: its
# variants run through the real per-file check (api.check_file). The firing ones are files that
# take seconds under an ordinary limit, checked here with a limit of 0.05 s.
SLOW = {"timeout": 0.05}
FIRES["FL002"] = [
    text(CAPTION + "REPORTER'S TRANSCRIPT OF PROCEEDINGS\n" + "\f".join([TRANSCRIPT_PAGE] * 1500), note="1,500-page transcript", **SLOW),
    pdf_named("record.pdf", filing(300), note="a 300-page record", **SLOW),
    pdf_named("map.pdf", pdf([(b"", page()[1] + b"\n" + OPERATIONS)]), note="a page drawn with 60,000 filled boxes", **SLOW),
    text(CAPTION + "Plaintiff's motion. " + "word " * 1_000_000, note="one enormous line", **SLOW),
    text(CAPTION + "DEPOSITION OF JOHN DOE\n" + "\f".join([TRANSCRIPT_PAGE] * 800), encoding="utf-16", note="UTF-16 deposition", **SLOW),
    pdf_named("exhibits.pdf", pdf([(b"", page()[1] + b"\n" + OPERATIONS[:40_000]) for _ in range(40)]), note="40 pages of drawings", **SLOW),
    text(CAPTION + "Q. Did you see it? A. Yes.\n" * 100_000, note="100,000 lines, no page breaks", **SLOW),
    Variant(CAPTION.encode() + "\f".join([TRANSCRIPT_PAGE] * 1500).encode("cp1252") + b"\x93end\x94", note="cp1252 transcript", config=SLOW),
]
SILENT["FL002"] = [
    text(CAPTION + "Plaintiff's motion to compel."),
    pdf_named("motion.pdf"),
    pdf_named("ten.pdf", filing(10)),
    text(CAPTION + "Declaration of Zoë", encoding="utf-16"),
    pdf_named("truncated.pdf", GOOD_PDF[:300], note="a broken file fails fast (FL001), it does not time out"),
    text(CAPTION + "\f".join([TRANSCRIPT_PAGE] * 50), note="a 50-page transcript"),
    pdf_named("record.pdf", filing(30), note="a 30-page record", timeout=30),
    text(CAPTION + "Q. Did you see it? A. Yes.\n" * 2000, note="2,000 lines", timeout=30),
]


def checked(item, code: str) -> list:
    """The findings of the real per-file check (limits included) on the variant, written to a file."""
    from filelint.api import check_file
    from filelint.config import Config, from_table

    variant = as_variant(item)
    data = variant.content.encode("utf-8") if isinstance(variant.content, str) else variant.content
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "file.bin"
        path.write_bytes(data)
        config = from_table(dict(variant.config), Path(folder) / ".filelint.toml") if variant.config else Config()
        kind_name = Path(folder) / ("x.pdf" if variant.name.lower().endswith(".pdf") else "x.txt")
        path.rename(kind_name)
        result = check_file(kind_name, variant.name, packs(), config)
    return [d for d in result.diagnostics if d.code == code]


def found(variant, code: str) -> list:
    limits = {"timeout", "max-pages"} & set(as_variant(variant).config)
    return checked(variant, code) if code == "FL002" or limits else diagnostics(variant, code)


@pytest.mark.parametrize(("code", "variant"), cases(FIRES), ids=str)
def test_rule_fires_on_the_variant(code: str, variant) -> None:
    assert found(variant, code), f"{code} is silent on {variant}"


@pytest.mark.parametrize(("code", "variant"), cases(SILENT), ids=str)
def test_rule_stays_silent_on_the_variant(code: str, variant) -> None:
    reported = found(variant, code)
    assert not reported, f"{code} reports on {variant}: {reported[0].message}"


def test_the_findings_say_what_and_where() -> None:
    middle = next(v for v in FIRES["FL006"] if v.note == "only page 2 of 3 damaged")
    (damaged,) = diagnostics(middle, "FL006")
    assert "page 2" in damaged.message
    limited = next(v for v in FIRES["FL006"] if v.note == "three pages, max-pages 2")
    assert any("max-pages" in d.message or "2 pages" in d.message or "page 3" in d.message for d in checked(limited, "FL006"))
    (docx,) = diagnostics(FIRES["FL001"][0], "FL001")
    assert "ZIP" in docx.message and "Word" in docx.message
    pleading = next(v for v in FIRES["FL007"] if v.note == "on pleading line 12")
    (reasonless,) = diagnostics(pleading, "FL007")
    assert (reasonless.page, reasonless.line) == (1, 12) and "FR001" in reasonless.message
    (joiner,) = diagnostics(FIRES["FL003"][6], "FL003")
    assert "U+200D ZERO WIDTH JOINER" in joiner.message and joiner.excerpt.endswith("Smith□Jones, individually.")
    timed_out = checked(FIRES["FL002"][0], "FL002")
    assert timed_out and "0.05 seconds" in timed_out[0].message


def test_a_number_holding_an_invisible_character_is_masked_in_fl003s_excerpt() -> None:
    (hidden,) = diagnostics(text(CAPTION + "Plaintiff's account no. 0044\u200b1782\u200b3391 was closed."), "FL003")
    assert "0044" not in hidden.excerpt and "3391" in hidden.excerpt, hidden.excerpt
