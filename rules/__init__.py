"""filelint's built-in rule packs (installed as ``filelint_rules``).

Each sub-package is a pack: a ``pack.toml`` with its metadata, sources, parameters
and rules, registered under the ``filelint.rules`` entry-point group exactly as a
third-party pack would be. ``standing_order`` holds rule logic shared by judges' packs.
"""
