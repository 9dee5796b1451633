"""The pre-commit hook manifest is valid for the real pre-commit."""

from __future__ import annotations

import shutil
import subprocess
import sys

from conftest import ROOT


def test_hook_manifest_validates() -> None:
    result = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_runs_filelint_on_pdf_and_text() -> None:
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "filelint" and hook["entry"] == "filelint check"
    assert hook["language"] == "python" and hook["types_or"] == ["pdf", "plain-text"]
    from identify import identify

    assert "pdf" in identify.tags_from_filename("motion.pdf")
    assert "plain-text" in identify.tags_from_filename("motion.txt")
    assert shutil.which("filelint") is not None
