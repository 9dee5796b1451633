"""The result cache can never turn a filing with problems into "no problems found".

Results are plain JSON, signed with a key of the user's, kept in the user's cache folder
(never the folder being checked), capped in size, and keyed by the bytes that were checked.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, assert_no_traceback, run_cli

SSN_FILING = FIXTURES / "privacy" / "declaration_with_personal_data.txt"
FULL_SECRETS = ("123-45-6789", "123456789", "03/14/1979", "004417823391", "4532 0151 1283 0366")


class _Planted:
    """A pickle payload: loading it writes a marker file and yields an empty result."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('ran')",))


def _codes(stdout: str) -> set[str]:
    return {d["code"] for d in json.loads(stdout)["diagnostics"]}


def _check(work: Path, cache: Path, *args: str, env: dict | None = None):
    result = run_cli("check", "--format", "json", "-j", "1", *args, "filings", cwd=work,
                     env={"FILELINT_CACHE_DIR": str(cache), **(env or {})})
    assert_no_traceback(result)
    return result


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*.json") if p.is_file())


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    (tmp_path / "filings").mkdir()
    shutil.copy(SSN_FILING, tmp_path / "filings" / "declaration.txt")
    return tmp_path


def test_results_are_cached_as_json_outside_the_working_folder(work: Path) -> None:
    cache = work / "user-cache"
    first = _check(work, cache)
    assert "FR001" in _codes(first.stdout)
    assert not (work / ".filelint_cache").exists(), "the cache must not live in the folder being checked"
    (entry,) = _entries(cache)
    json.loads(entry.read_text(encoding="utf-8"))  # plain data, not pickle
    second = _check(work, cache)
    assert json.loads(second.stdout)["diagnostics"] == json.loads(first.stdout)["diagnostics"]


def test_default_cache_folder_is_the_users_cache_directory(work: Path) -> None:
    xdg = work / "xdg-cache"
    result = run_cli("check", "--format", "json", "filings", cwd=work,
                     env={"FILELINT_CACHE_DIR": "", "XDG_CACHE_HOME": str(xdg)})
    assert "FR001" in _codes(result.stdout)
    assert not (work / ".filelint_cache").exists()
    assert _entries(xdg / "filelint"), "results belong in the user's cache directory"


def test_planted_pickle_runs_no_code_and_hides_no_finding(work: Path) -> None:
    cache = work / "user-cache"
    _check(work, cache)
    marker = work / "planted-code-ran"
    payload = pickle.dumps(_Planted(str(marker)))
    planted = 0
    for folder in (cache, work / ".filelint_cache"):  # the user's cache and the old in-checkout one
        for path in folder.rglob("*") if folder.exists() else ():
            if path.is_file() and path.name not in (".gitignore",):
                path.write_bytes(payload)
                planted += 1
    assert planted
    second = _check(work, cache)
    assert not marker.exists(), "a cache entry ran code"
    assert "FR001" in _codes(second.stdout) and second.returncode == 1


def test_tampered_entry_is_checked_again_not_trusted(work: Path) -> None:
    cache = work / "user-cache"
    _check(work, cache)
    entries = _entries(cache)
    assert entries
    for entry in entries:
        data = json.loads(entry.read_text(encoding="utf-8"))
        text = json.dumps(data)
        assert "FR001" in text
        data["result"]["diagnostics"] = []  # well-formed, but says "clean"
        entry.write_text(json.dumps(data), encoding="utf-8")
    second = _check(work, cache)
    assert "FR001" in _codes(second.stdout) and second.returncode == 1


@pytest.mark.parametrize("garbage", ["{", "[]", '{"schema": 1}', "\x00\x01", '{"schema": 1, "result": {"diagnostics": 5}}'])
def test_invalid_entry_is_a_miss(work: Path, garbage: str) -> None:
    cache = work / "user-cache"
    _check(work, cache)
    for entry in _entries(cache):
        entry.write_text(garbage, encoding="utf-8")
    second = _check(work, cache)
    assert "FR001" in _codes(second.stdout) and second.returncode == 1


def test_entries_of_other_versions_are_removed(work: Path) -> None:
    cache = work / "user-cache"
    stale = cache / "results-v0-0.0.1"
    stale.mkdir(parents=True)
    (stale / ("ab" * 32 + ".json")).write_text("{}", encoding="utf-8")
    unrelated = cache / "notes.txt"  # not ours: left alone
    unrelated.write_text("keep", encoding="utf-8")
    _check(work, cache)
    assert not stale.exists()
    assert unrelated.read_text(encoding="utf-8") == "keep"
    assert _entries(cache)


def test_cache_keeps_only_masked_text(work: Path) -> None:
    cache = work / "user-cache"
    for args in ((), ("--show-secrets",)):
        result = _check(work, cache, *args)
        assert "FR001" in _codes(result.stdout)
    shown = _check(work, cache, "--show-secrets")
    assert "123-45-6789" in shown.stdout  # the user asked to see it; the cache must still not keep it
    stored = "".join(p.read_text(encoding="utf-8", errors="replace") for p in cache.rglob("*") if p.is_file())
    assert stored
    for secret in FULL_SECRETS:
        assert secret not in stored


def test_size_cap_removes_the_oldest_entries(tmp_path: Path) -> None:
    from filelint.api import check_paths
    from filelint.cache import ResultCache
    from filelint.config import Config

    folder = tmp_path / "filings"
    folder.mkdir()
    for number in range(6):
        (folder / f"draft{number}.txt").write_text(f"Draft number {number}.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    check_paths([folder], Config(root=tmp_path), jobs=1, cache_dir=cache, cache_limits=(3, 10_000_000))
    assert len(_entries(cache)) == 3
    assert ResultCache.__doc__


def test_a_timed_out_result_is_never_cached(tmp_path: Path, monkeypatch) -> None:
    import filelint.api as api
    from filelint.config import Config

    folder = tmp_path / "filings"
    folder.mkdir()
    shutil.copy(SSN_FILING, folder / "declaration.txt")
    cache = tmp_path / "cache"
    # One second: the real check of this small file takes a small part of it even on a loaded machine.
    config = Config(root=tmp_path, timeout=1.0)
    real_lint = api.lint

    def slow_lint(*args, **kwargs):
        time.sleep(3)
        return real_lint(*args, **kwargs)

    monkeypatch.setattr(api, "lint", slow_lint)
    first = api.check_paths([folder], config, jobs=1, cache_dir=cache)
    assert {d.code for d in first.diagnostics} == {"FL002"}
    monkeypatch.setattr(api, "lint", real_lint)
    second = api.check_paths([folder], config, jobs=1, cache_dir=cache)
    codes = {d.code for d in second.diagnostics}
    assert "FL002" not in codes and "FR001" in codes


def test_a_file_changed_while_it_was_checked_is_not_cached_as_clean(tmp_path: Path, monkeypatch) -> None:
    """The result is kept under the bytes that were read, not the bytes found on disk afterwards."""
    import filelint.api as api
    from filelint.config import Config

    folder = tmp_path / "filings"
    folder.mkdir()
    draft = folder / "declaration.txt"
    draft.write_text("DECLARATION OF MARIA DOE\n\nI, Maria Doe, declare as follows.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    config = Config(root=tmp_path)
    real_lint = api.lint

    def edit_during_check(*args, **kwargs):
        shutil.copy(SSN_FILING, draft)  # the attorney saves a new version while the check runs
        return real_lint(*args, **kwargs)

    monkeypatch.setattr(api, "lint", edit_during_check)
    first = api.check_paths([folder], config, jobs=1, cache_dir=cache)
    assert "FR001" not in {d.code for d in first.diagnostics}  # the old version was checked
    monkeypatch.setattr(api, "lint", real_lint)
    second = api.check_paths([folder], config, jobs=1, cache_dir=cache)
    assert "FR001" in {d.code for d in second.diagnostics}, "the new version was served the old version's result"


def _files_in(root: Path) -> set[str]:
    """Every file in the checkout except git's own, virtual environments and Python's bytecode caches."""
    found = set()
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name not in (".git", "__pycache__") and not name.startswith(".venv")]
        found.update(os.path.relpath(os.path.join(folder, name), root) for name in files)
    return found


def test_checking_leaves_nothing_in_the_checkout(tmp_path: Path) -> None:
    """Run from the checkout itself, on a copy of the fixtures: no cache or other file appears in it."""
    copy = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, copy)
    before = _files_in(ROOT)
    result = run_cli("check", "--format", "json", str(copy), cwd=ROOT,
                     env={"FILELINT_CACHE_DIR": "", "XDG_CACHE_HOME": str(tmp_path / "xdg")})
    assert_no_traceback(result)
    assert result.returncode in (1, 2) and json.loads(result.stdout)["files"]
    assert _files_in(ROOT) - before == set()
    assert list((tmp_path / "xdg" / "filelint").glob("results-*/*.json")), "the run kept its results in the user's cache"
