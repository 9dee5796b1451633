"""Which PDF reader a run uses: the configuration file's ``reader`` key, and ``--reader`` over it (issue 15).

The two readers are told apart by a corpus complaint on which their findings are known to differ (see
tests/test_reader_differential.py): it puts two spaces after each sentence, which PDFium's text page keeps as
one, so LR008's count of running text begins a page earlier with PDFium.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import assert_no_traceback, run_cli

from filelint.config import Config, ConfigError, from_table

TELLING_FILE = "cand_17cv4992_220_complaint_redacted_xray.pdf"


def _lr008_pages(corpus: Path, tmp_path: Path, *options: str, reader_key: str | None = None) -> list:
    config = tmp_path / "filelint.toml"
    config.write_text(f'reader = "{reader_key}"\n' if reader_key else "")
    result = run_cli("check", "--no-cache", "--select", "LR008", "--format", "json", "--config", str(config), *options,
                     str(corpus / "pdf" / TELLING_FILE))
    assert_no_traceback(result)
    assert result.returncode in (0, 1), result.stderr
    return sorted({d["page"] for d in json.loads(result.stdout)["diagnostics"]})


def test_the_configuration_chooses_the_reader_and_the_option_wins(corpus: Path, tmp_path: Path) -> None:
    by_pypdf = _lr008_pages(corpus, tmp_path, reader_key="pypdf")
    by_pdfium = _lr008_pages(corpus, tmp_path, reader_key="pdfium")
    assert by_pypdf != by_pdfium, "the telling file no longer tells the readers apart: choose another"
    assert _lr008_pages(corpus, tmp_path, "--reader", "pdfium", reader_key="pypdf") == by_pdfium
    assert _lr008_pages(corpus, tmp_path, "--reader", "pypdf", reader_key="pdfium") == by_pypdf
    assert _lr008_pages(corpus, tmp_path) == (by_pdfium if Config().pdf_reader == "pdfium" else by_pypdf)


def test_an_unknown_reader_in_the_configuration_is_refused(tmp_path: Path) -> None:
    assert from_table({"reader": "pdfium"}, Path("filelint.toml")).pdf_reader == "pdfium"
    try:
        from_table({"reader": "pdfminer"}, Path("filelint.toml"))
    except ConfigError as error:
        assert "reader" in str(error) and "pdfminer" in str(error)
    else:
        raise AssertionError("an unknown reader was accepted")
    config = tmp_path / "filelint.toml"
    config.write_text('reader = "pdfminer"\n')
    result = run_cli("check", "--config", str(config), str(tmp_path))
    assert_no_traceback(result)
    assert result.returncode == 2 and "pdfminer" in result.stderr
