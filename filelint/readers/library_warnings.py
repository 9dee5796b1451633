"""What the PDF library says while it works, kept for filelint to word, never printed raw.

pypdf reports the repairs it makes to a damaged file through the ``pypdf`` logger and,
in places, through Python warnings; left alone, both reach the user's terminal as the
library's own words ("Object count 542 exceeds defined trailer size 405"). Inside
:func:`collected_library_warnings` they are collected instead, and
:func:`repairs_message` turns them into one sentence of filelint's.
"""

from __future__ import annotations

import logging
import warnings as python_warnings
from collections.abc import Iterator
from contextlib import contextmanager

LIBRARY_LOGGER = "pypdf"
MAX_KEPT = 50  # a badly damaged file can log thousands of repairs; a few say enough


class _Collector(logging.Handler):
    def __init__(self, messages: list[str]) -> None:
        super().__init__(level=logging.WARNING)
        self.messages = messages

    def emit(self, record: logging.LogRecord) -> None:
        _keep(self.messages, record.getMessage())


def _keep(messages: list[str], message: str) -> None:
    message = " ".join(message.split())
    if message and message not in messages and len(messages) < MAX_KEPT:
        messages.append(message)


@contextmanager
def collected_library_warnings() -> Iterator[list[str]]:
    """Collect the library's logged warnings and Python warnings raised in the block, in order, once each."""
    messages: list[str] = []
    logger = logging.getLogger(LIBRARY_LOGGER)
    handler = _Collector(messages)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with python_warnings.catch_warnings(record=True) as raised:
            python_warnings.simplefilter("always")
            yield messages
        for warning in raised:
            _keep(messages, str(warning.message))
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def repairs_message(shown: str, messages: list[str] | tuple[str, ...], limit: int = 2) -> str | None:
    """One sentence telling the user the file needed repairs, with the first few as detail; None when none."""
    if not messages:
        return None
    detail = "; ".join(_sentence(message) for message in messages[:limit])
    more = f"; and {len(messages) - limit} more" if len(messages) > limit else ""
    return (f"{shown} is damaged: the PDF library repaired it while reading ({detail}{more}); "
            "compare the result with the filing before relying on it")


def _sentence(message: str) -> str:
    """A library message as a clause: no trailing full stop, control characters shown as spaces."""
    cleaned = "".join(char if char.isprintable() else " " for char in message)
    return cleaned.strip().rstrip(".")[:160]
