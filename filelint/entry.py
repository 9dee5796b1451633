"""The console script: ``filelint --version`` answers without loading the command line or the rules."""

from __future__ import annotations

import sys


def version_line() -> str:
    """``filelint 0.2.0 (packs: core 1, ...)``, read from the installed packs' pack.toml files."""
    import tomllib
    from importlib import metadata, resources

    from filelint import __version__

    packs = []
    for entry_point in sorted(metadata.entry_points(group="filelint.rules"), key=lambda ep: ep.name):
        try:
            data = tomllib.loads(resources.files(entry_point.module).joinpath("pack.toml").read_text(encoding="utf-8"))
            packs.append(f"{data.get('id', entry_point.name)} {data.get('version', '?')}")
        except Exception:  # noqa: BLE001 - a broken pack is reported by any real command; --version lists it as such
            packs.append(f"{entry_point.name} (does not load)")
    return f"filelint {__version__} (packs: {', '.join(packs)})"


def main() -> None:
    """Run filelint; ``--version`` alone is answered here, fast, for scripts and hooks that ask."""
    if sys.argv[1:] == ["--version"]:
        print(version_line())
        return
    from filelint.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
