"""The console script: ``filelint --version`` answers without loading the command line or the rules."""

from __future__ import annotations

import sys


def version_line() -> str:
    """``filelint 0.2.0 (packs: core 1, ...)``, read from the installed packs' pack.toml files.

    The packs' code is not imported: a pack's package may import rule helpers that compile hundreds of
    patterns (about 45 ms for the built-in ones), and the version needs only each pack.toml's id and version.
    """
    import tomllib
    from importlib import metadata

    from filelint import __version__

    packs = []
    for entry_point in sorted(metadata.entry_points(group="filelint.rules"), key=lambda ep: ep.name):
        try:
            data = tomllib.loads(_pack_toml(entry_point.module))
            packs.append(f"{data.get('id', entry_point.name)} {data.get('version', '?')}")
        except Exception:  # noqa: BLE001 - a broken pack is reported by any real command; --version lists it as such
            packs.append(f"{entry_point.name} (does not load)")
    return f"filelint {__version__} (packs: {', '.join(packs)})"


def _pack_toml(module: str) -> str:
    """The text of the pack.toml in ``module``'s package folder, found without running the package's code
    (a dotted name's parents are imported, as finding it needs: ``filelint_rules`` holds only a docstring)."""
    from importlib import resources, util
    from pathlib import Path

    spec = util.find_spec(module)
    if spec is None:
        raise ModuleNotFoundError(module)
    for folder in spec.submodule_search_locations or ():
        candidate = Path(folder, "pack.toml")
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return resources.files(module).joinpath("pack.toml").read_text(encoding="utf-8")  # a zipped or unusual package


def _fewer_young_collections() -> None:
    """A short run's start-up (typer, the packs, their patterns) makes objects that live to the end, and the
    collector's default of a pass every 700 new objects made ~70 passes over them (~45 ms of a 20-page brief's
    run). Every 50,000 it makes one or two. A file's reading has no passes at all and is collected after
    (filelint.api); a long-running ``filelint serve`` keeps Python's default."""
    import gc

    _, older, oldest = gc.get_threshold()
    gc.set_threshold(50_000, older, oldest)


def main() -> None:
    """Run filelint; ``--version`` alone is answered here, fast, for scripts and hooks that ask."""
    if sys.argv[1:] == ["--version"]:
        print(version_line())
        return
    if sys.argv[1:2] != ["serve"]:
        _fewer_young_collections()
    from filelint.cli import main as cli_main

    try:
        cli_main()
    finally:
        _no_collection_at_exit()


def _no_collection_at_exit() -> None:
    """The interpreter's shutdown runs full collections over everything still alive (typer, the packs, their
    patterns): 35-45 ms of a 20-page brief's 0.44 s, to free memory the process is about to give back anyway.
    Frozen objects are left out of them. Only garbage in reference cycles goes unfreed, and nothing filelint
    writes waits on that: every output file is closed where it is written (cli._emit), standard streams are
    flushed by the interpreter, and atexit handlers still run."""
    import gc

    gc.freeze()


if __name__ == "__main__":
    main()
