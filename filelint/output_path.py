"""Output paths are never files the run reads: a report or a baseline must not replace a filing.

A path names the same file as another when both resolve (following symlinks) to the same place, or when
they are the same inode (a hard link). Checked before anything is read or written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from filelint.errors import FilelintError


def refuse_overwriting_input(output: Path, option: str, read: Iterable[Path]) -> None:
    """Raise when ``output`` (given as ``option``) is one of the files ``read``, saying which."""
    output_place = _resolved(output)
    output_inode = _inode(output)
    for path in read:
        if _resolved(path) == output_place or (output_inode is not None and _inode(path) == output_inode):
            raise FilelintError(
                f"{option} {output}: refusing to write there, because it is {path}, a file this run reads; "
                "choose another output file"
            )


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.abspath(path)).resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare the path as given
        return Path(os.path.abspath(path))


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino
