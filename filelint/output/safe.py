"""What every output format prints of a filing's text and names, made safe to print.

A filing's text, its PDF metadata, a parser's error message and a file's name are data,
never commands: a raw ESC can retitle a terminal window or hide lines, a newline in a file
name can forge a finding line, a right-to-left override can reverse what a reader sees, and
XML cannot hold most control characters at all. Each format renders the report that
:func:`neutralised` returns, in which those characters are shown visibly instead: a C0
control as its Unicode control picture (ESC as ``␛``, a line feed as ``␊``), other controls,
direction overrides, line separators and bytes of an undecodable name as ``\\x..``/``\\u....``
escapes. Line breaks inside a message become spaces, so a message stays one line.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from filelint.diagnostic import Diagnostic

# C0 and C1 controls, DEL, direction embeddings/overrides/isolates, line and paragraph separators,
# lone surrogates (bytes of an undecodable file name) and the two noncharacters XML forbids.
UNSAFE = regex.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff\ufffe\uffff]")
LINE_BREAKS = regex.compile(r"[ \t]*(?:\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])[ \t]*")


def _shown(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ... ␟ (ESC is ␛)
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a file name that is not UTF-8
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character shown as a visible symbol: safe on a terminal and in XML."""
    return UNSAFE.sub(lambda match: _shown(match[0]), text) if text else text


def one_line(text: str) -> str:
    """A message or excerpt on one line: line breaks become spaces, other controls are shown."""
    return visible(LINE_BREAKS.sub(" ", text).replace("\t", " ")) if text else text


def diagnostic(found: Diagnostic) -> Diagnostic:
    """A diagnostic whose every piece of text is safe to print."""
    return replace(found, path=visible(found.path), name=visible(found.name), message=one_line(found.message),
                   citation=one_line(found.citation), fix=one_line(found.fix),
                   excerpt=one_line(found.excerpt) if found.excerpt else found.excerpt)


def neutralised(report):
    """The report as every format prints it: paths, messages, excerpts and notes made safe."""
    results = tuple(
        replace(result,
                document=replace(result.document, path=visible(result.document.path),
                                 notes=tuple(one_line(note) for note in result.document.notes)),
                diagnostics=tuple(diagnostic(d) for d in result.diagnostics),
                document_type=visible(result.document_type) if result.document_type else result.document_type)
        for result in report.results)
    stale = tuple({key: visible(value) if isinstance(value, str) else value for key, value in entry.items()}
                  for entry in report.stale_baseline)
    return replace(report, results=results, stale_baseline=stale)
