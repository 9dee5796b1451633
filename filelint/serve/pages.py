"""The local page's HTML: the upload form, and the report with each file's pages and numbered boxes.

Boxes come from the document model: the line a finding names, measured by the reader in points on
the displayed page, placed over the page image as percentages. A page with a failed redaction is
rendered with the boxes' regions painted over in the image itself, so the text a bad redaction left
in the file never reaches the browser. Everything from a filing is escaped and secrets are masked.
"""

from __future__ import annotations

import io
import re
import tempfile
from html import escape
from pathlib import Path

from filelint.api import Report
from filelint.diagnostic import Diagnostic
from filelint.document import Document, Line
from filelint.output import html as report_html
from filelint.output.safe import neutralised

RENDER_DPI = 100
PAINTED_OVER = {"PDF007"}  # a failed redaction: its text is still in the file and must not be shown
DIGITS = re.compile(r"\d(?:[\d\s.\-\u2010-\u2015/]{3,}\d)")
DAY_OF_MONTH = re.compile(r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)\d{1,2}\b", re.IGNORECASE)

PAGE_STYLE = """
body { margin: 0; background: #f4f4f1; }
main { max-width: 80rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; background: #fff; }
form#upload-form { display: grid; grid-template-columns: max-content 1fr; gap: .6rem 1rem; align-items: center; max-width: 44rem; }
form#upload-form .wide { grid-column: 1 / 3; } .drop { border: 2px dashed #999; padding: 1.2rem; border-radius: .5rem; }
button { font: inherit; padding: .4rem 1rem; cursor: pointer; }
section.file-view { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.2rem; margin: 2rem 0; }
section.file-view h2 { grid-column: 1 / 3; }
.page { position: relative; margin: 0 0 1rem; border: 1px solid #bbb; box-shadow: 0 1px 4px #0002; }
img.page-image { display: block; width: 100%; height: auto; }
.finding-box { position: absolute; border: 2px solid #b00020; background: #b0002014; color: #fff; font: bold 11px/1 sans-serif;
  cursor: pointer; box-sizing: border-box; min-width: 12px; min-height: 12px; }
.finding-box > span { position: absolute; left: -2px; top: -16px; background: #b00020; padding: 2px 4px; border-radius: 3px; }
.finding-box.warning { border-color: #c77700; background: #c7770014; } .finding-box.warning > span { background: #c77700; }
.finding-box.info { border-color: #1f6fb2; background: #1f6fb214; } .finding-box.info > span { background: #1f6fb2; }
.finding-box.selected, li.finding-item.selected { outline: 3px solid #ffbf00; outline-offset: 1px; }
ol.finding-list { list-style: none; padding: 0; position: sticky; top: .5rem; max-height: 95vh; overflow: auto; }
li.finding-item { padding: .45rem .6rem; margin: .35rem 0; background: #fafafa; border-left: 5px solid #b00020; cursor: pointer; }
li.finding-item.warning { border-left-color: #c77700; } li.finding-item.info { border-left-color: #1f6fb2; }
li.finding-item .number { font-weight: bold; margin-right: .4rem; }
.text-page { position: relative; font: 13px/1.5 Menlo, Consolas, monospace; border: 1px solid #bbb; padding: .5rem; margin-bottom: 1rem; }
.text-line { position: relative; white-space: pre-wrap; min-height: 1.5em; }
.text-line .finding-box { position: absolute; inset: 0; }
.chambers { margin: .5rem 0; } img#chambers-copy-preview { max-width: 100%; border: 1px solid #999; display: block; margin: .5rem 0; }
.problem { color: #b00020; }
@media print {
  body, main { background: #fff; } main { max-width: none; padding: 0; }
  section.file-view { display: block; break-before: page; } ol.finding-list { position: static; max-height: none; overflow: visible; }
  .page { break-inside: avoid; box-shadow: none; } .finding-box.selected, li.finding-item.selected { outline: none; }
  form, button, input, select, .chambers, .no-print { display: none !important; }
}
"""

SCRIPT = """
document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-finding]');
  if (!target || !(target.classList.contains('finding-box') || target.classList.contains('finding-item'))) return;
  const number = target.dataset.finding;
  document.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
  const pair = document.querySelectorAll(`.finding-box[data-finding="${number}"], .finding-item[data-finding="${number}"]`);
  pair.forEach((el) => el.classList.add('selected'));
  const other = target.classList.contains('finding-box')
    ? document.querySelector(`.finding-item[data-finding="${number}"]`)
    : document.querySelector(`.finding-box[data-finding="${number}"]`);
  if (other) other.scrollIntoView({block: 'center', behavior: 'smooth'});
});
document.querySelectorAll('button.chambers-copy-button').forEach((button) => {
  button.addEventListener('click', async () => {
    const place = button.parentElement.querySelector('.chambers-result');
    place.textContent = 'Making the chambers copy…';
    const response = await fetch(button.dataset.action, {method: 'POST', credentials: 'same-origin'});
    const answer = await response.json();
    if (!response.ok) { place.textContent = answer.error || 'The chambers copy could not be made.'; place.className = 'chambers-result problem'; return; }
    place.textContent = '';
    const image = document.createElement('img');
    image.id = 'chambers-copy-preview'; image.alt = 'Page 1 of the chambers copy'; image.src = answer.preview;
    const link = document.createElement('a');
    link.id = 'chambers-copy-download'; link.href = answer.download; link.download = ''; link.textContent = 'Download the chambers copy';
    place.append(image, link);
  });
});
"""


def judges(packs) -> list[tuple[str, str]]:
    """(initials, the judge's name) for every judge an installed pack knows."""
    found = {}
    for pack in packs:
        initials = pack.params.get("initials") or pack.applies.referral_judge
        if initials:
            found[str(initials).upper()] = pack.judge or pack.title
    return sorted(found.items())


def upload_page(token: str, remembered: dict, known_judges: list[tuple[str, str]]) -> str:
    options = '<option value="">None (read from each caption)</option>' + "".join(
        f'<option value="{escape(initials)}"{" selected" if initials == remembered["referral_judge"] else ""}>'
        f"{escape(initials)} — {escape(name)}</option>" for initials, name in known_judges)
    checked = " checked" if remembered["chambers_copy"] else ""
    form = (
        f'<form id="upload-form" method="post" action="/check?token={escape(token)}" enctype="multipart/form-data">'
        f'<input type="hidden" name="token" value="{escape(token)}">'
        '<label class="wide drop">Filings to check (PDF, Word .docx or text): '
        '<input type="file" id="files" name="files" multiple accept=".pdf,.docx,.txt,.doc"></label>'
        '<label for="court">Court</label><select id="court" name="court"><option value="N.D. Cal." selected>'
        "U.S. District Court, N.D. Cal.</option></select>"
        f'<label for="referral-judge">Referral judge</label><select id="referral-judge" name="referral_judge">{options}</select>'
        f'<label for="case-number">Case number</label><input id="case-number" name="case_number" '
        f'value="{escape(remembered["case_number"])}" placeholder="e.g. 3:20-cv-01234-WHA (JCS)">'
        f'<label for="filing-date">Filing date</label><input type="date" id="filing-date" name="filed_on" value="{escape(remembered["filed_on"])}">'
        f'<label for="chambers-copy">Chambers copy</label><span><input type="checkbox" id="chambers-copy" name="chambers_copy"{checked}> '
        "these are the paper copies for chambers</span>"
        '<span></span><button id="check" type="submit">Check</button></form>'
    )
    intro = ("<p>Drop a filing here to check it before you file. It stays on this computer: the file is checked here, "
             "then deleted; nothing is sent anywhere.</p>")
    return _page("filelint — check a filing", f"<h1>filelint</h1>{intro}{form}")


def report_page(report: Report, report_id: str, kept) -> str:
    """The report, then each file's pages with numbered boxes and its findings beside them."""
    report = _without_recovered_text(neutralised(report))
    views, number = [], 0
    for file_number, result in enumerate(report.results):
        document = result.document
        findings = sorted(result.diagnostics, key=lambda d: (d.page or 0, d.line or 0, d.severity.rank, d.code))
        numbered = list(enumerate(findings, start=number + 1))
        number += len(findings)
        if document.kind == "pdf" and file_number in kept.pdfs:
            pages = _pdf_pages(document, numbered, report_id, file_number, kept)
        else:
            pages = _text_pages(document, numbered)
        views.append(_file_view(document, numbered, pages, report_id, file_number, file_number in kept.pdfs))
    body = ('<p class="no-print"><a href="/">Check other files</a></p>' + "".join(views)
            + report_html.render_body(report))
    return _page("filelint report", body, script=SCRIPT)


def _page(title: str, body: str, script: str = "") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{report_html.STYLE}{PAGE_STYLE}</style></head>"
            f"<body><main>{body}</main>{f'<script>{script}</script>' if script else ''}</body></html>\n")


def _without_recovered_text(report: Report) -> Report:
    """No excerpt of a failed redaction: it would quote the very text the redaction was meant to hide."""
    from dataclasses import replace

    results = tuple(replace(result, diagnostics=tuple(
        replace(d, excerpt="") if d.code in PAINTED_OVER else d for d in result.diagnostics)) for result in report.results)
    return replace(report, results=results)


def _file_view(document: Document, numbered, pages: str, report_id: str, file_number: int, is_pdf: bool) -> str:
    items = "".join(
        f'<li class="finding-item {d.severity.value}" data-finding="{k}" data-code="{escape(d.code)}" data-page="{d.page or ""}">'
        f'<span class="number">{k}</span>{escape(report_html.places_in_words(((d.page, d.line),)))} — {escape(d.message)}'
        f' <small>({escape(d.code)} · {escape(d.name)})</small></li>' for k, d in numbered)
    chambers = ""
    if is_pdf:
        chambers = (f'<div class="chambers"><button class="chambers-copy-button" type="button" data-file="{escape(document.path)}" '
                    f'data-action="/chambers-copy/{report_id}/{file_number}">Make the chambers copy</button>'
                    '<div class="chambers-result"></div></div>')
    listing = f'<ol class="finding-list">{items}</ol>' if numbered else '<p class="clean">No problems found.</p>'
    return (f'<section class="file-view" data-file="{escape(document.path)}"><h2>{escape(document.path)}</h2>'
            f"<div>{pages}</div><div>{chambers}{listing}</div></section>")


# ---------------------------------------------------------------- PDF pages


def _pdf_pages(document: Document, numbered, report_id: str, file_number: int, kept) -> str:
    import pypdfium2

    name, data = kept.pdfs[file_number]
    out = []
    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception:  # noqa: BLE001 - a file PDFium cannot open: its findings are listed, the pages are not drawn
        return '<p class="problem">The pages of this file could not be drawn; its findings are listed beside.</p>'
    try:
        for page in document.pages[: len(pdf)]:
            on_page = [(k, d, _box(page, d)) for k, d in numbered if d.page == page.number]
            kept.images[(file_number, page.number)] = _render(pdf[page.number - 1], page, on_page)
            boxes = "".join(_box_html(k, d, box, page.width, page.height) for k, d, box in on_page)
            out.append(f'<div class="page" data-page="{page.number}"><img class="page-image" data-page="{page.number}" '
                       f'alt="Page {page.number}" src="/page/{report_id}/{file_number}/{page.number}.png">{boxes}</div>')
    finally:
        pdf.close()
    return "".join(out)


def _render(pdf_page, page, on_page) -> bytes:
    from PIL import ImageDraw

    scale = RENDER_DPI / 72
    image = pdf_page.render(scale=scale).to_pil().convert("RGB")
    painted = [box for _, d, box in on_page if d.code in PAINTED_OVER]
    if painted:
        draw = ImageDraw.Draw(image)
        for left, top, right, bottom in painted:
            draw.rectangle([left * scale - 2, top * scale - 2, right * scale + 2, bottom * scale + 2], fill=(0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def _box(page, diagnostic: Diagnostic) -> tuple[float, float, float, float]:
    """The finding's place on the displayed page in points (left, top, right, bottom)."""
    width, height = page.width or 612.0, page.height or 792.0
    line = _line_of(page, diagnostic)
    if line is None or line.y is None:
        return (width - 40, 8, width - 12, 36)  # a page-level finding: a marker in the top right corner
    spans = [span for span in line.spans if span.text.strip()] or list(line.spans)
    size = max((span.size for span in spans), default=12.0)
    left = min((span.x for span in spans), default=line.x or 72.0)
    right = max((span.end_x or span.x for span in spans), default=left + 200)
    return (max(0.0, left - 2), max(0.0, line.y - size), min(width, max(right, left + 8) + 2), min(height, line.y + size * 0.3))


def _line_of(page, diagnostic: Diagnostic) -> Line | None:
    if diagnostic.line is None:
        return None
    return next((line for line in page.lines if line.number == diagnostic.line and line.y is not None), None)


def _box_html(number: int, diagnostic: Diagnostic, box, width: float | None, height: float | None) -> str:
    width, height = width or 612.0, height or 792.0
    left, top, right, bottom = box
    style = (f"left:{left / width * 100:.3f}%;top:{top / height * 100:.3f}%;"
             f"width:{(right - left) / width * 100:.3f}%;height:{(bottom - top) / height * 100:.3f}%")
    return (f'<div class="finding-box {diagnostic.severity.value}" data-finding="{number}" data-page="{diagnostic.page}" '
            f'data-code="{escape(diagnostic.code)}" style="{style}" title="{escape(diagnostic.code)}"><span>{number}</span></div>')


# ---------------------------------------------------------------- text drafts


def _text_pages(document: Document, numbered) -> str:
    out = []
    for page in document.pages:
        rows = []
        for line in page.lines:
            marks = "".join(
                f'<div class="finding-box {d.severity.value}" data-finding="{k}" data-page="{page.number}" '
                f'data-code="{escape(d.code)}"><span>{k}</span></div>'
                for k, d in numbered if d.page == page.number and d.line == line.number)
            rows.append(f'<div class="text-line" data-line="{line.number}">{escape(masked_for_screen(line.text))}{marks}</div>')
        page_marks = "".join(
            f'<div class="finding-box {d.severity.value}" data-finding="{k}" data-page="{page.number}" '
            f'style="position:absolute;right:4px;top:4px;width:14px;height:14px"><span>{k}</span></div>'
            for k, d in numbered if d.page == page.number and d.line is None)
        out.append(f'<div class="text-page" data-page="{page.number}">{page_marks}{"".join(rows)}</div>')
    unplaced = [(k, d) for k, d in numbered if not d.page]
    if unplaced:
        out.append('<div class="text-page">' + "".join(
            f'<div class="finding-box {d.severity.value}" data-finding="{k}" data-page="" '
            f'style="position:relative;display:inline-block;width:20px;height:16px"><span>{k}</span></div>' for k, d in unplaced)
            + " about the whole file</div>")
    return "".join(out) or '<p class="problem">The file could not be read.</p>'


def masked_for_screen(text: str) -> str:
    """A draft's line as shown on screen: every long number kept to its last four digits, no day of a month.

    Wider than the rules' own masking on purpose: the page shows whole lines, and a number no rule
    flagged (an account in an unusual form) must not be shown in full either.
    """
    def keep_last_four(match: re.Match) -> str:
        token = match.group(0)
        digits = sum(ch.isdigit() for ch in token)
        if digits <= 4:
            return token
        hidden, out = digits - 4, []
        for ch in token:
            if ch.isdigit() and hidden:
                out.append("X")
                hidden -= 1
            else:
                out.append(ch)
        return "".join(out)

    return DAY_OF_MONTH.sub(lambda m: m.group(1) + "XX", DIGITS.sub(keep_last_four, text))


# ---------------------------------------------------------------- chambers copy


def chambers_copy(name: str, data: bytes, referral_judge: str | None) -> tuple[bytes, bytes]:
    """The designated copy (the same code as ``filelint chambers-copy``) and its page 1 as a PNG."""
    import pypdfium2

    from filelint.config import Config, with_overrides
    from filelint.registry import discover_packs
    from filelint.stamping import designation_for, make_chambers_copy

    config = with_overrides(Config(), referral_judge=referral_judge) if referral_judge else Config()
    words, initials = designation_for(config.referral_judge, None, discover_packs(), config)
    with tempfile.TemporaryDirectory(prefix="filelint-serve-copy-") as private:
        source = Path(private) / "conformed.pdf"
        source.write_bytes(data)
        output = Path(private) / "copy.pdf"
        make_chambers_copy(source, output, words, timeout=config.timeout, max_pages=config.max_pages, judge=initials)
        copy = output.read_bytes()
    pdf = pypdfium2.PdfDocument(copy)
    try:
        image = pdf[0].render(scale=RENDER_DPI / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return copy, buffer.getvalue()
