"""The command line: ``filelint check``, ``rules``, ``explain``, ``--version``.

Exit codes: 0 nothing of error severity found, 1 errors found, 2 usage,
configuration or internal errors. This module maps exceptions to exit codes; no
Python traceback ever reaches the user.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from filelint import cli_values
from filelint.errors import FilelintError

cli_values.install()  # options read without pydantic, which recent typer releases would import for them (~0.1 s)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    name="filelint",
    help="Check court filings (PDF and plain text) against the rules that govern them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class PdfReader(str, Enum):
    """Which library reads a PDF's pages: pypdf (the reference) or PDFium (faster; tests/test_reader_differential.py)."""

    pypdf = "pypdf"
    pdfium = "pdfium"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    concise = "concise"
    github = "github"
    junit = "junit"
    sarif = "sarif"
    html = "html"


def _console(stderr: bool = False) -> Console:
    """A console that colours only a terminal, honours NO_COLOR, and never reads markup."""
    console = Console(stderr=stderr, highlight=False, markup=False, emoji=False)
    if not console.is_terminal:
        console = Console(stderr=stderr, highlight=False, markup=False, emoji=False, width=200, no_color=True)
    return console


def _fail(message: str) -> None:
    from filelint.output.safe import one_line  # a mistyped path or a value may hold control characters

    _console(stderr=True).print(Text(f"filelint: {one_line(message)}"), soft_wrap=True)
    raise typer.Exit(EXIT_ERROR)


def _date_option(name: str, value: str | None):
    """A YYYY-MM-DD option as a date; a bad one is a usage error."""
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{name}: {value!r} is not a date in the form YYYY-MM-DD")


def _version_callback(value: bool) -> None:
    if value:
        from filelint.entry import version_line

        typer.echo(version_line())
        raise typer.Exit(EXIT_CLEAN)


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Show the version and the rule packs, then exit.")
    ] = False,
) -> None:
    """Check court filings (PDF and plain text) against the rules that govern them."""


@app.command()
def check(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (folders are searched for .pdf and .txt).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.text,
    select: Annotated[list[str] | None, typer.Option(help="Only these codes, code prefixes or rule names, any case, comma-separated or repeated (e.g. JCS,PDF002).")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Skip these codes, code prefixes or rule names (comma-separated or repeated).")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Use this configuration file.")] = None,
    case_number: Annotated[str | None, typer.Option(help="The case the filings are in (any N.D. Cal. form).")] = None,
    referral_judge: Annotated[str | None, typer.Option(help="Initials of the magistrate judge the matter is referred to (e.g. JCS).")] = None,
    chambers_copy: Annotated[bool, typer.Option("--chambers-copy", help="Treat every file given as a chambers copy.")] = False,
    filed_on: Annotated[str | None, typer.Option(help="The date the paper is (or will be) filed, YYYY-MM-DD, for notice periods.")] = None,
    baseline_file: Annotated[Path | None, typer.Option("--baseline", help="Report only findings not in this baseline file.")] = None,
    show_secrets: Annotated[bool, typer.Option("--show-secrets", help="Print social security, account numbers and birth dates in full (they are masked by default).")] = False,
    output_file: Annotated[Path | None, typer.Option("--output-file", "-o", help="Write the report to this file instead of the terminal.")] = None,
    statistics: Annotated[bool, typer.Option("--statistics", help="Also print how many findings each rule made.")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when errors are found (internal errors still exit 2).")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Check files in this many processes (default: the number of CPUs).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the result cache (in the user's cache folder, or $FILELINT_CACHE_DIR).")] = False,
    reader: Annotated[PdfReader | None, typer.Option("--reader", help="Read PDFs with pypdf (the reference reader) or PDFium (faster, proved alike file by file); default: the configuration's 'reader'.")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Check on a Dask cluster: tcp://HOST:8786, or local[:N] for N worker processes here (pip install 'filelint[dask]'). Needs --results-file.")] = None,
    manifest: Annotated[str | None, typer.Option("--manifest", help="With --scheduler: also check the paths or URLs listed in this file, one a line (read through fsspec when it is a URL).")] = None,
    results_file: Annotated[Path | None, typer.Option("--results-file", help="With --scheduler: one JSON line per file as it finishes (Parquet when it ends in .parquet); a rerun skips the files already in it.")] = None,
) -> None:
    """Check filings and report every problem with page, line, citation and fix."""
    from filelint.api import check_paths
    from filelint.cache import default_folder as default_cache_folder
    from filelint.config import load_config, with_overrides

    try:
        config = with_overrides(
            load_config(config_file),
            select=select,  # repeated options accumulate: --select A --select B selects both
            ignore=ignore,
            case_number=case_number,
            referral_judge=referral_judge,
            all_chambers_copies=chambers_copy or None,
            filed_on=_date_option("--filed-on", filed_on),
            baseline=str(baseline_file.resolve()) if baseline_file else None,
        )
        if reader is not None:  # the option wins over the configuration file's 'reader'
            from dataclasses import replace

            config = replace(config, pdf_reader=reader.value)
        if scheduler is not None or manifest is not None or results_file is not None:
            _check_on_dask(paths or [], config, scheduler, manifest, results_file, show_secrets, exit_zero)
        if output_file is not None:
            _refuse_overwriting_input(output_file, "--output-file", paths or [Path(".")], config, with_baseline=True)
        with _progress() as on_progress:
            report = check_paths(paths or [Path(".")], config, show_secrets=show_secrets, jobs=jobs or os.cpu_count() or 1,
                                 cache_dir=None if no_cache else default_cache_folder(), on_progress=on_progress,
                                 exiting=True)  # the process ends with the report: no collection after the last file
    except FilelintError as error:
        _fail(str(error))
    _emit(report, output_format, output_file, statistics)
    if report.crashed:
        raise typer.Exit(EXIT_ERROR)
    errors = any(d.severity.value == "error" for d in report.diagnostics)
    raise typer.Exit(EXIT_FINDINGS if errors and not exit_zero else EXIT_CLEAN)


def _check_on_dask(paths: list[Path], config, scheduler: str | None, manifest: str | None, results_file: Path | None,
                   show_secrets: bool, exit_zero: bool) -> None:
    """``check --scheduler``: files checked as Dask tasks, rows streamed to the results file (filelint/distributed.py)."""
    if scheduler is None or results_file is None:
        _fail("--scheduler, --manifest and --results-file go together: give --scheduler and --results-file (and paths or --manifest)")
    if not paths and manifest is None:
        _fail("--scheduler: give paths to check or --manifest FILE")
    from filelint.distributed import check_on_dask

    with _progress() as on_progress:
        counts = check_on_dask(paths, config, scheduler, results_file, manifest=manifest, show_secrets=show_secrets,
                               on_progress=on_progress, on_dashboard=lambda link: _console(stderr=True).print(
                                   Text(f"filelint: Dask dashboard (tasks filelint-check-*): {link}"), soft_wrap=True))
    _console(stderr=True).print(Text(f"filelint: {counts['total']} files: {counts['checked']} checked now, {counts['skipped']} "
                                     f"already in {results_file}; {counts['errors']} with errors, {counts['crashed']} not fully "
                                     f"checked. Results: {results_file}"), soft_wrap=True)
    if counts["crashed"]:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_FINDINGS if counts["errors"] and not exit_zero else EXIT_CLEAN)


@contextmanager
def _progress():
    """A progress bar on stderr, on a terminal, once more than a few files are being checked."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("files", total=None, visible=False)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, visible=total > 3)

        yield update


def _emit(report, output_format: OutputFormat, output_file: Path | None, statistics: bool) -> None:
    """Render the report in the chosen format, to the terminal or a file."""
    import importlib

    if output_format is OutputFormat.text:
        if output_file is None:
            _render_text(report, _console(), statistics)
            return
        with _open_output(output_file) as handle:  # closed here: nothing is left for a collection at exit to flush
            _render_text(report, Console(file=handle, highlight=False, markup=False, emoji=False, width=200, no_color=True),
                         statistics)
        return
    module = importlib.import_module(f"filelint.output.{output_format.value}")
    rendered = module.render(report)
    if output_format is OutputFormat.json:
        rendered += "\n"
    if output_file is None:
        sys.stdout.write(rendered)
    else:
        with _open_output(output_file) as handle:
            handle.write(rendered)
    if statistics:
        from filelint.output import text as text_output

        text_output.render_statistics(report, _console(stderr=output_file is None))


def _render_text(report, console: Console, statistics: bool) -> None:
    from filelint.output import text as text_output

    text_output.render(report, console)
    if statistics:
        text_output.render_statistics(report, console)


def _open_output(path: Path):
    try:
        return path.open("w", encoding="utf-8")
    except OSError as error:
        _fail(f"--output-file {path}: {error.strerror or error}")


def _refuse_overwriting_input(output: Path, option: str, paths: list[Path], config, with_baseline: bool = False) -> None:
    """Stop before anything is read or written when ``output`` is a file the run reads."""
    from filelint.api import baseline_path, collect_files
    from filelint.output_path import refuse_overwriting_input

    read = [path for path, _ in collect_files(paths)]
    read += [config.source] if config.source else []
    baseline = baseline_path(config) if with_baseline else None
    read += [baseline] if baseline else []
    refuse_overwriting_input(output, option, read)


@app.command()
def baseline(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to record.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="The baseline file (default: .filelint-baseline.json beside the configuration).")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Use this configuration file.")] = None,
) -> None:
    """Record today's findings so later runs report only new ones."""
    from filelint.api import check_paths
    from filelint.config import load_config
    from filelint.suppression import BASELINE_FILE, write_baseline

    try:
        config = load_config(config_file)
        target = output or config.baseline or config.root / BASELINE_FILE
        _refuse_overwriting_input(target, "--output" if output else "the baseline file", paths or [Path(".")], config)
        report = check_paths(paths or [Path(".")], config, use_baseline=False)
    except FilelintError as error:
        _fail(str(error))
    try:
        count = write_baseline(target, report.diagnostics, config.root, [result.document.path for result in report.results])
    except FilelintError as error:
        _fail(str(error))
    kept = count - len(report.diagnostics)
    note = f" (and kept {kept} for files not checked this time)" if kept else ""
    _console().print(Text(f"Wrote {len(report.diagnostics)} finding{'s' if len(report.diagnostics) != 1 else ''} from "
                          f"{len(report.results)} files to {target}{note}."), soft_wrap=True)


@app.command("chambers-copy")
def chambers_copy_command(
    source: Annotated[Path, typer.Argument(help="The conformed PDF (downloaded from CM/ECF after filing).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the chambers copy (never the input).")],
    every_page: Annotated[bool, typer.Option("--every-page", help="Stamp every page, not just the first.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Stamp anyway (with a warning) a PDF without ECF file stamps, referred to another judge, already designated, or clear only over an image.")] = False,
    judge: Annotated[str | None, typer.Option(help="The judge's initials, to take the designation from that judge's pack (default: referral-judge, else the only pack that gives one).")] = None,
    designation: Annotated[str | None, typer.Option(help="Stamp these words instead of the pack's designation.")] = None,
    config_file: Annotated[Path | None, typer.Option("--config", help="Use this configuration file (its timeout and max-pages apply, as in check).")] = None,
) -> None:
    """Make a chambers copy: stamp the judge's designation where the conformed PDF's first page is clear."""
    from filelint.config import load_config
    from filelint.registry import discover_packs
    from filelint.stamping import designation_for, make_chambers_copy

    try:
        config = load_config(config_file)
        words, initials = designation_for(judge or config.referral_judge, designation, discover_packs(), config)
        result = make_chambers_copy(source, output, words, every_page=every_page, force=force,
                                    timeout=config.timeout, max_pages=config.max_pages, judge=initials)
    except FilelintError as error:
        _fail(str(error))
    errors = _console(stderr=True)
    for warning in result.warnings:
        errors.print(Text(f"filelint: warning: {warning}"), soft_wrap=True)
    margins = sorted(set(result.margins))
    where = f"at the {' or '.join(margins)} of " if margins else "on "
    pages = "every page" if every_page else "page 1"
    _console().print(Text(f"Wrote {result.output}: “{words}” {where}{pages}."), soft_wrap=True)


@app.command()
def serve(
    port: Annotated[int, typer.Option(min=0, max=65535, help="The port on 127.0.0.1 (0: any free port).")] = 0,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Print the address but do not open a browser.")] = False,
    max_upload_mb: Annotated[int, typer.Option(min=1, max=2048, help="The most one check may upload, in MB, all files together.")] = 50,
    max_files: Annotated[int, typer.Option(min=1, max=500, help="The most files one check may upload.")] = 20,
) -> None:
    """Open a page on this computer to drop filings on and see each problem on its page (127.0.0.1 only)."""
    try:
        import uvicorn  # noqa: F401 - only to say clearly that the extra is missing

        from filelint.serve.app import Limits, create_app
    except ImportError:
        _fail("filelint serve needs its extra: pip install 'filelint[serve]'")
    import secrets
    import socket
    import webbrowser

    token = secrets.token_urlsafe(32)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(("127.0.0.1", port))  # this computer only: never another address
    except OSError as error:
        _fail(f"cannot listen on 127.0.0.1:{port}: {error.strerror}")
    listener.listen(128)  # connections wait in the queue from now on, so the address printed below answers at once
    address = f"http://127.0.0.1:{listener.getsockname()[1]}/?token={token}"
    application = create_app(token, Path.cwd(), Limits(max_bytes=max_upload_mb * 1024 * 1024, max_files=max_files))
    print(f"filelint serve: {address}", flush=True)
    print("Press Ctrl+C to stop. Uploaded files are deleted as soon as each report is made.", file=sys.stderr, flush=True)
    if not no_browser:
        webbrowser.open(address)
    server = uvicorn.Server(uvicorn.Config(application, log_level="warning", access_log=False, lifespan="off"))
    server.run(sockets=[listener])


@app.command("rules")
def list_rules() -> None:
    """List every rule: code, name, pack, severity and citation."""
    from filelint.registry import all_rules, discover_packs

    try:
        packs = discover_packs()
    except FilelintError as error:
        _fail(str(error))
    from rich.table import Table  # only this command draws a table

    table = Table(show_lines=False)
    for column in ("code", "name", "pack", "severity", "citation"):
        table.add_column(column, overflow="fold")
    for rule in all_rules(packs):
        table.add_row(rule.code, rule.name, rule.pack, rule.severity.value, rule.citation)
    _console().print(table)


@app.command("judges")
def list_judges() -> None:
    """List the installed judges' packs: initials, editions (effective date, where found) and rules."""
    from filelint.registry import discover_packs

    try:
        packs = [pack for pack in discover_packs() if pack.applies.referral_judge]
    except FilelintError as error:
        _fail(str(error))
    console = _console()
    for pack in packs:
        title = Text(f"{pack.applies.referral_judge}  {pack.judge}", style="bold")
        title.append(f"  (pack {pack.id}: {', '.join(rule.code for rule in pack.rules)})", style="dim")
        console.print(title, soft_wrap=True)
        for edition in pack.editions:
            console.print(Text(f"  {edition.name}  {edition.title}"), soft_wrap=True)
            console.print(Text(f"      found: {edition.found}{' <' + edition.url + '>' if edition.url else ''}"), soft_wrap=True)
        if not pack.editions:
            for source in pack.sources:
                console.print(Text(f"  {source.date}  {source.title}"), soft_wrap=True)


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A rule code, e.g. JCS002, or its name.")]) -> None:
    """Print a rule's documentation: what it checks, why, an example, the source."""
    from filelint.registry import all_rules, discover_packs

    try:
        packs = discover_packs()
    except FilelintError as error:
        _fail(str(error))
    wanted = code.strip()
    rule = next((r for r in all_rules(packs) if wanted.upper() == r.code or wanted.lower() == r.name), None)
    if rule is None:
        _fail(f"no rule {code!r}; `filelint rules` lists them")
    console = _console()
    title = Text(f"{rule.code} {rule.name}", style="bold")
    title.append(f"  ({rule.severity.value}, pack {rule.pack})", style="dim")
    console.print(title, soft_wrap=True)
    console.print(Text(f"Citation: {rule.citation}"), soft_wrap=True)
    pack = next(pack for pack in packs if pack.id == rule.pack)
    for edition in (e for e in pack.editions if e.has(rule.code)):
        sentence = edition.params_for(rule.code).get("source-sentence") or rule.params.get("source-sentence")
        console.print(Text(f"Edition {edition.name} (effective {edition.effective:%B} {edition.effective.day}, "
                           f"{edition.effective.year}): {edition.title}"), soft_wrap=True)
        if sentence:
            console.print(Text(f"  Source: “{sentence}”"), soft_wrap=True)
        console.print(Text(f"  Found: {edition.found}{' <' + edition.url + '>' if edition.url else ''}"), soft_wrap=True)
    if not pack.editions and "source-sentence" in rule.params:
        console.print(Text(f"Source: “{rule.params['source-sentence']}”"), soft_wrap=True)
    console.print(Text(f"Fix: {rule.fix}"), soft_wrap=True)
    console.print()
    console.print(Text(rule.doc), soft_wrap=True)


def main() -> None:
    """Console-script entry point: run the app and map every failure to exit 2."""
    try:
        app()
    except FilelintError as error:
        from filelint.output.safe import one_line

        _console(stderr=True).print(Text(f"filelint: {one_line(str(error))}"), soft_wrap=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # the last line of defence: no traceback reaches the user
        message = f"filelint: internal error: {type(error).__name__}: {error}. Please report this as a bug."
        _console(stderr=True).print(Text(message), soft_wrap=True)
        sys.exit(EXIT_ERROR)


