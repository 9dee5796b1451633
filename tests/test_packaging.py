"""``pip install .`` gives a working tool, rule packs included: build the wheel and look."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources, and the tests leave
    # nothing in the checkout.
    source = tmp_path_factory.mktemp("source") / "filelint"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info",
                                                                "__pycache__", ".filelint_cache", ".pytest_cache"))
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
        check=True, capture_output=True, text=True,
    )
    return next(out.glob("filelint-*.whl"))


def test_wheel_carries_every_rule_pack(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for pack_dir in sorted((ROOT / "rules").iterdir()):
        if (pack_dir / "__init__.py").exists():
            for source in pack_dir.glob("*.py"):
                assert f"filelint_rules/{pack_dir.name}/{source.name}" in names
            if (pack_dir / "pack.toml").exists():
                assert f"filelint_rules/{pack_dir.name}/pack.toml" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[filelint.rules]" in text and "spero = filelint_rules.spero" in text
    assert "filelint = filelint.entry:main" in text


def test_installed_wheel_checks_filings_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target), "NO_COLOR": "1"}
    probe = subprocess.run([sys.executable, "-c", "import filelint, filelint_rules; print(filelint.__file__, filelint_rules.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert all(path.startswith(str(target)) for path in probe.stdout.split()), probe.stdout
    result = subprocess.run([sys.executable, "-m", "filelint", "check", str(FIXTURES / "spero" / "notice_of_motion_no_judge_initials.pdf")],
                            cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert "JCS001" in result.stdout


def test_the_readme_pre_commit_rev_is_this_version_and_tagged() -> None:
    """The README's snippet works as written: its rev is v + the version, and that tag exists here."""
    import re
    import shutil
    import tomllib

    import filelint

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("### pre-commit", 1)[1]
    rev = re.search(r"^\s*rev:\s*(\S+)\s*$", section, re.M)[1]
    assert rev == f"v{filelint.__version__}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project.get("version", filelint.__version__) == filelint.__version__ and "version" in project.get("dynamic", ["version"])
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the tag cannot be looked up")
    tags = subprocess.run(["git", "tag", "--list"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not tags:
        # CI clones the main branch alone; a clone that carries no tags at all cannot show whether this one exists.
        pytest.skip("this clone carries no tags (a branch-only clone): the release tag cannot be looked up here")
    tagged = subprocess.run(["git", "cat-file", "-t", f"refs/tags/{rev}"], cwd=ROOT, capture_output=True, text=True)
    assert tagged.stdout.strip() == "tag", f"no annotated tag {rev}: git tag -a {rev} -m ..."
    at_tag = subprocess.run(["git", "show", f"{rev}:filelint/__init__.py"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert f'__version__ = "{filelint.__version__}"' in at_tag.stdout
    hooks = subprocess.run(["git", "show", f"{rev}:.pre-commit-hooks.yaml"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "id: filelint" in hooks.stdout and "require_serial: true" in hooks.stdout


def test_wheel_carries_the_licence_the_typing_marker_and_its_metadata(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    assert "filelint/py.typed" in names, "py.typed must ship so type checkers read filelint's annotations"
    licence = next((n for n in names if n.endswith((".dist-info/licenses/LICENSE", ".dist-info/LICENSE"))), None)
    assert licence is not None, sorted(n for n in names if "dist-info" in n)
    text = archive.read(licence).decode()
    assert text.startswith("MIT License") and "filelint developers" in text
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    # "License: MIT" with the classifier (setuptools 69-76 cannot write a License-Expression).
    assert "License: MIT" in metadata or "License-Expression: MIT" in metadata
    assert "License-File: LICENSE" in metadata
    for version in ("3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {version}" in metadata
    assert "Requires-Python: >=3.11" in metadata and "Classifier: Typing :: Typed" in metadata
