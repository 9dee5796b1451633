"""Shared test helpers: the project's folders, the shared corpus, and the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run ``python -m filelint`` in a subprocess, as a user would."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "filelint", *args],
        cwd=cwd or ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def assert_no_traceback(result: subprocess.CompletedProcess) -> None:
    """A user must never see a Python traceback."""
    assert "Traceback (most recent call last)" not in result.stdout + result.stderr, result.stderr


@pytest.fixture(scope="session", autouse=True)
def private_result_cache(tmp_path_factory: pytest.TempPathFactory):
    """Every run in the tests keeps its result cache in a temporary folder, never in the checkout or ~/.cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FILELINT_CACHE_DIR", str(tmp_path_factory.mktemp("filelint-cache")))
        yield


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus of real court PDFs; tests using it skip (with the reason) when absent."""
    if not (CORPUS / "pdf").is_dir():
        message = f"shared corpus not found at {CORPUS} (it sits beside the project in CI, not in a fresh clone)"
        print(f"SKIP: {message}", file=sys.stderr)
        pytest.skip(message)
    return CORPUS


@pytest.fixture(scope="session")
def corpus_run(corpus: Path) -> dict:
    """One run of every rule over the whole corpus, through the real CLI, shared by the corpus tests."""
    import json

    result = run_cli("check", "--format", "json", str(corpus / "pdf"), timeout=900)
    assert_no_traceback(result)
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)
