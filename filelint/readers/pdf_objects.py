"""Reading a PDF's objects without losing track of what could not be read.

pypdf is lenient: an object it cannot parse becomes a logged warning and a partial (or
missing) object, and its parser recurses once per nesting level, so where it gives up
depended on how deep the Python stack already was. Here:

* :func:`tracking_problems` collects every object that could not be read (the reader turns
  each into part of ``Document.unread``, so ``FL006`` reports it: never silence);
* :func:`resolve` records a failure instead of quietly returning nothing;
* :func:`fixed_parse_budget` gives pypdf the same recursion budget whatever called filelint,
  and an object nested more than :data:`MAX_NESTING` levels is reported whether or not pypdf
  managed to parse it, so the outcome depends on the file alone;
* :func:`plain` words what a library said without quoting the file's bytes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

MAX_NESTING = 100  # arrays and dictionaries inside one another; real filings use fewer than ten
PARSE_FRAMES = 2000  # Python frames pypdf may use above the reader's own, enough for MAX_NESTING + 1 levels
MAX_PROBLEMS = 20
TOO_DEEP = f"an object is nested too deeply (more than {MAX_NESTING} levels), so it may not have been read"

_problems: ContextVar[list[str] | None] = ContextVar("filelint_pdf_problems", default=None)
# The arrays and dictionaries known to nest no deeper than MAX_NESTING, by id (each held, so no id is reused).
_measured: ContextVar[dict[int, Any] | None] = ContextVar("filelint_pdf_measured", default=None)


@contextmanager
def tracking_problems() -> Iterator[list[str]]:
    """Collect, in order and once each, what could not be read while the block runs."""
    problems: list[str] = []
    token, measured = _problems.set(problems), _measured.set({})
    try:
        yield problems
    finally:
        _problems.reset(token)
        _measured.reset(measured)


def note_problem(message: str) -> None:
    problems = _problems.get()
    if problems is not None and message not in problems and len(problems) < MAX_PROBLEMS:
        problems.append(message)


def resolve(value: Any) -> Any:
    """The object a reference points to; None, with the problem noted, when it cannot be read."""
    try:
        found = value.get_object() if isinstance(value, IndirectObject) else value
    except RecursionError:
        note_problem(TOO_DEEP)
        return None
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        note_problem(f"an object could not be read ({type(error).__name__})")
        return None
    check_nesting(found)
    return found


def check_nesting(value: Any) -> None:
    """Note an object whose arrays and dictionaries nest deeper than MAX_NESTING (measured without recursion)."""
    if not isinstance(value, (ArrayObject, DictionaryObject)):
        return
    measured = _measured.get()
    if measured is not None:
        if id(value) in measured:
            return
        measured[id(value)] = value
    pending = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if depth > MAX_NESTING:
            note_problem(TOO_DEEP)
            return
        children = item.values() if isinstance(item, DictionaryObject) else item
        pending.extend((child, depth + 1) for child in children if isinstance(child, (ArrayObject, DictionaryObject)))


def nests_shallowly(value: Any) -> None:
    """Say that ``value`` nests no deeper than MAX_NESTING, as a parser that bounds its depth knows
    (readers/pdf_parse.py): ``check_nesting`` need not walk it."""
    measured = _measured.get()
    if measured is not None:
        measured[id(value)] = value


def _stack_depth() -> int:
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    return depth


@contextmanager
def fixed_parse_budget(frames: int = PARSE_FRAMES) -> Iterator[None]:
    """Let the block recurse ``frames`` deeper than here, however deep here is."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(_stack_depth() + frames)
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


# pypdf hands back a partial object after logging the exception it caught, as repr(exception).
_CAUGHT_EXCEPTION = re.compile(r"^\s*([A-Z]\w*(?:Error|Exception))\(")
# A decompression error means pypdf kept only what it could inflate: the rest of that stream was never read.
_LOST_PHRASES = ("object not found", "may be missing", "might be truncated", "not be read", "not defined",
                 "while decompressing")


def lost_data(message: str) -> str | None:
    """What a library warning says was not read, in filelint's words; None for a repair that lost nothing."""
    caught = _CAUGHT_EXCEPTION.match(message)
    if caught:
        if "Error reading PDF file" in message:
            return "an object could not be read (it is damaged, or nested too deeply)"
        return f"an object could not be read ({caught.group(1)})"
    if any(phrase in message for phrase in _LOST_PHRASES):
        return f"the PDF library could not read part of it ({plain(message)})"
    return None


_BYTES_LITERAL = re.compile(r"""b(['"]).*?(?<!\\)\1""", re.S)
_NUMBER_RUN = re.compile(r"\d(?:[\d ./-]*\d)?")  # digits with the separators an SSN, account or date uses


def plain(text: str, limit: int = 120) -> str:
    """Library words safe to show: no quoted bytes from the file, no control characters, no long numbers, one line."""
    text = "".join(char if char.isprintable() and char.isascii() else " " for char in text)
    text = _BYTES_LITERAL.sub("…", text)
    text = _NUMBER_RUN.sub(_short_numbers_only, " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _short_numbers_only(match: re.Match) -> str:
    """A count or an offset is kept; a run long enough to be an identifier from the file is not."""
    return match.group() if sum(char.isdigit() for char in match.group()) < 5 else "…"


def page_not_read(index: int, error: BaseException) -> str:
    """Why page ``index`` (0-based) was not read, in the words both PDF readers use."""
    if "Limit" in type(error).__name__:
        reason = "it expands past the decompression limit (a possible compression bomb)"
    elif isinstance(error, RecursionError) or isinstance(error.__cause__, RecursionError):
        reason = TOO_DEEP.replace("an object is", "it holds an object")
    else:
        reason = f"it is damaged ({type(error).__name__})"
    return f"page {index + 1}'s content was not read: {reason}"
