"""The errors that stop a run (exit 2). Problems with a filing are diagnostics, not errors."""

from __future__ import annotations


class FilelintError(Exception):
    """Base class: a usage, configuration or installation problem."""


class ConfigError(FilelintError):
    """A configuration file or option is wrong; names the file and key."""

    def __init__(self, source: str, key: str | None, message: str) -> None:
        where = f"{source}: {key}" if key else source
        super().__init__(f"{where}: {message}")
        self.source, self.key = source, key


class PackLoadError(FilelintError):
    """A rule pack (built-in or plugin) could not be loaded: the run must not go on."""

    def __init__(self, pack: str, message: str) -> None:
        super().__init__(f"rule pack {pack!r} failed to load: {message}")
        self.pack = pack
