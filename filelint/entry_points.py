"""The entry points of one group, as ``importlib.metadata.entry_points(group=...)`` lists them, read without it.

Importing importlib.metadata costs every run ~8.5 ms (it brings email, zipfile, csv and socket), and filelint
needs only the ``filelint.rules`` lines of the installed distributions' ``entry_points.txt``. Where every
folder on ``sys.path`` is a plain directory and no import hook supplies distributions of its own, this module
reads those files the way importlib.metadata's path finder does: the same folders in the same order, the first
distribution of a name winning, the same parsing. Anywhere else (a zip or an egg on the path, a finder with
``find_distributions``) it asks importlib.metadata itself. tests/test_startup_imports.py holds the two to the
same answers.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass

# importlib.metadata.EntryPoint.pattern
_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


@dataclass(frozen=True)
class EntryPoint:
    """What filelint uses of an importlib.metadata.EntryPoint: its name, value, group, module and ``load()``."""

    name: str
    value: str
    group: str

    @property
    def module(self) -> str:
        return _VALUE.match(self.value).group("module")

    def load(self):
        """The object the entry point names: its module, or an attribute of it (``module:attr.sub``)."""
        import importlib

        match = _VALUE.match(self.value)
        target = importlib.import_module(match.group("module"))
        for attribute in filter(None, (match.group("attr") or "").split(".")):
            target = getattr(target, attribute)
        return target


class _Unusual(Exception):
    """Something importlib.metadata reads differently from here (a distribution folder named in capitals)."""


def entry_points(group: str) -> list:
    """The group's entry points, in importlib.metadata's order."""
    if _plain_paths_only():
        try:
            return [entry for folder in _distribution_folders() for entry in _read(folder) if entry.group == group]
        except _Unusual:
            pass
    from importlib import metadata

    return list(metadata.entry_points(group=group))


def _plain_paths_only() -> bool:
    """No zip or egg on sys.path and no import hook that finds distributions: the case read here."""
    from importlib.machinery import PathFinder

    if any(getattr(finder, "find_distributions", None) is not None and finder is not PathFinder for finder in sys.meta_path):
        return False
    for entry in sys.path:
        if not isinstance(entry, str) or entry.lower().endswith(".egg"):
            return False
        if os.path.exists(entry or ".") and not os.path.isdir(entry or "."):
            return False
    return True


def _distribution_folders() -> list[str]:
    """Each distribution's .dist-info or .egg-info path, the first of each name only (importlib.metadata._unique)."""
    seen = set()
    folders = []
    for entry in sys.path:
        try:
            children = os.listdir(entry or ".")
        except OSError:
            continue
        by_name: dict[str, list[str]] = {}  # importlib.metadata's Lookup: grouped by name, in listing order
        for child in children:
            low = child.lower()
            if low.endswith((".dist-info", ".egg-info")):
                by_name.setdefault(_normalized(low.rpartition(".")[0].partition("-")[0]), []).append(child)
        for paths in by_name.values():
            for child in paths:
                stem, extension = os.path.splitext(child)
                if extension not in (".dist-info", ".egg-info"):
                    raise _Unusual(child)  # importlib.metadata takes this one's name from its METADATA
                name = _normalized(stem.partition("-")[0])
                if name not in seen:
                    seen.add(name)
                    folders.append(os.path.join(entry, child))
    return folders


def _normalized(name: str) -> str:
    """importlib.metadata.Prepared.normalize."""
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _read(folder: str) -> list[EntryPoint]:
    """The entry points in the folder's entry_points.txt (importlib.metadata.Sectioned's reading: a line
    without '=' in a section is the same ValueError)."""
    try:
        with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as handle:
            text = handle.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return []
    found = []
    section = None
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if section is not None:
            name, value = line.split("=", 1)
            found.append(EntryPoint(name.strip(), value.strip(), section))
    return found
