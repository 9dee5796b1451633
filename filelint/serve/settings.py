"""The case settings the page remembers for each folder the server is started in."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

DEFAULTS = {"court": "N.D. Cal.", "referral_judge": "", "case_number": "", "filed_on": "", "chambers_copy": False}


class FolderSettings:
    """Settings kept in the user's configuration folder (``$FILELINT_CONFIG_HOME`` overrides it), one file per folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()
        key = hashlib.sha256(str(self.folder).encode("utf-8")).hexdigest()[:24]
        self.path = _config_home() / "serve" / f"{key}.json"

    def load(self) -> dict:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return dict(DEFAULTS)
        if not isinstance(stored, dict):
            return dict(DEFAULTS)
        return {key: type(default)(stored.get(key, default)) for key, default in DEFAULTS.items()}

    def save(self, chosen: dict) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            values = {key: chosen.get(key, default) for key, default in DEFAULTS.items()}
            self.path.write_text(json.dumps({**values, "folder": str(self.folder)}, indent=1), encoding="utf-8")
        except OSError:
            pass  # remembering is a convenience: a read-only home must not stop a check


def _config_home() -> Path:
    configured = os.environ.get("FILELINT_CONFIG_HOME")
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_config_dir("filelint", appauthor=False))
