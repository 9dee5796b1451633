"""Readers turn a file's bytes into a :class:`~filelint.document.Document`.

:func:`read_document` is the one entry point: it sniffs the content (a ``.pdf`` that
is really a Word file, a ``.txt`` that is really a PDF), picks the reader, and never
raises for a bad file: the problem is recorded on the document instead, for the
file-level rules to report.
"""

from __future__ import annotations

from pathlib import Path

from filelint.document import Document, LoadProblem

PDF_MAGIC = b"%PDF-"
# Signatures of files people save with the wrong extension.
KNOWN_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive (a Word .docx file is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc)"),
    (b"{\\rtf", "a Rich Text Format (.rtf) file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"<html", "an HTML page"),
    (b"<!DOCTYPE", "an HTML page"),
)


def describe_content(data: bytes) -> str:
    """A plain-words guess at what a file really is."""
    head = data[:16].lstrip()
    for signature, description in KNOWN_SIGNATURES:
        if head[: len(signature)].lower() == signature.lower():
            return description
    if b"\x00" in data[:4096]:
        return "binary data"
    return "text"


def unreadable(path: str, size: int, kind: str, detail: str) -> Document:
    """A document that could not be read, carrying the reason."""
    return Document(path=path, kind=kind, size_bytes=size, problem=LoadProblem("unreadable", detail))


def unlisted_folder(shown: str, reason: str) -> Document:
    """A folder whose contents could not be listed: the filings in it were not checked."""
    return Document(path=shown, kind="folder", size_bytes=0, problem=LoadProblem("unreadable", reason))


DEFAULT_MAX_PAGES = 1000


def read_document(path: Path, display_path: str | None = None, max_pages: int = DEFAULT_MAX_PAGES) -> Document:
    """Read one file into a Document; problems become ``Document.problem``."""
    shown = display_path or str(path)
    loaded = load(path, shown)
    if isinstance(loaded, Document):
        return loaded
    return read_bytes(loaded, shown, kind_of(path), max_pages)


WORD_SUFFIXES = {".docx": "docx", ".doc": "doc"}
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def kind_of(path: Path) -> str:
    """What the file's name says it is: ``"pdf"``, ``"docx"``, ``"doc"`` (old binary Word) or ``"text"``."""
    suffix = path.suffix.lower()
    return "pdf" if suffix == ".pdf" else WORD_SUFFIXES.get(suffix, "text")


def load(path: Path, shown: str) -> bytes | Document:
    """The file's bytes, read once; or a Document saying why they could not be read."""
    kind = kind_of(path)
    if path.is_dir():
        return unreadable(shown, 0, kind, "it is a folder named like a file, not a file (any filings inside it are checked)")
    if path.exists() and not path.is_file():
        return unreadable(shown, 0, kind, "it is not a regular file (a pipe, socket or device), so it was not opened")
    try:
        return path.read_bytes()
    except IsADirectoryError:
        return unreadable(shown, 0, kind, "it is a folder, not a file")
    except FileNotFoundError:
        return unreadable(shown, 0, kind, "it does not exist (it may have been moved or deleted while filelint ran)")
    except OSError as error:
        return unreadable(shown, 0, kind, f"it could not be opened ({error.strerror or error})")


def _is_pdf(data: bytes, kind: str) -> bool:
    """A PDF's header sits in its first 1,024 bytes; a text draft that merely quotes "%PDF-1.7"
    (a declaration about a file) is still text unless it also holds a PDF's objects."""
    at = data.find(PDF_MAGIC, 0, 1024)
    return at == 0 or (at > 0 and (kind == "pdf" or b"endobj" in data))


PDF_READERS = ("pypdf", "pdfium")  # pypdf: the reference; pdfium (the default): the same Document from PDFium, faster (issue 15)


def read_bytes(data: bytes, shown: str, kind: str, max_pages: int = DEFAULT_MAX_PAGES, pdf_reader: str = "pdfium") -> Document:
    """Dispatch on content, not just the name; a PDF goes to ``pdf_reader``."""
    if not data:
        return unreadable(shown, 0, kind, "the file is empty (0 bytes)")
    if _is_pdf(data, kind):
        if pdf_reader == "pdfium":
            from filelint.readers import pdfium as pdf  # deferred, as pypdf: PDFium loads its library
        else:
            from filelint.readers import pdf  # deferred: pypdf takes a tenth of a second to import

        document = pdf.read_pdf(data, shown, max_pages)
        if kind != "pdf":
            note = f"the file is named as {'text' if kind == 'text' else 'a Word document'} but is a PDF; it was checked as a PDF"
            document = _with_note(document, note)
        return document
    if kind in ("docx", "doc"):
        return _read_word(data, shown, kind, max_pages)
    if kind == "pdf":
        found = describe_content(data)
        return unreadable(shown, len(data), "pdf", f"it is named .pdf but is not a PDF: it looks like {found}")
    from filelint.readers import text

    return text.read_text(data, shown)


def _read_word(data: bytes, shown: str, kind: str, max_pages: int) -> Document:
    """A Word draft: a .docx package is read; an old binary .doc, or anything else, is reported plainly."""
    if data.startswith(ZIP_MAGIC):
        from filelint.readers import docx  # deferred: python-docx and lxml are needed for Word drafts only

        document = docx.read_docx(data, shown, max_pages)
        return _with_note(document, "the file is named .doc but is a Word .docx package; it was read as one") if kind == "doc" else document
    if data.startswith(OLE_MAGIC):
        return unreadable(shown, len(data), "docx", "it is an old binary Word document (Word 97-2003 .doc), which filelint "
                          "does not read: save it as a Word document (.docx) or a PDF and check that")
    found = describe_content(data)
    return unreadable(shown, len(data), "docx", f"it is named .{kind} but is not a Word document: it looks like {found}")


def _with_note(document: Document, note: str) -> Document:
    from dataclasses import replace

    return replace(document, notes=document.notes + (note,))
