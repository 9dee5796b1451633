"""filelint/cli_values.py reads every option value as typer's own (pydantic) coercion does: same value, same error."""

from __future__ import annotations

import pytest

typer_coercion = pytest.importorskip("typer._coercion", reason="typer before 0.2x coerces through click: nothing is replaced")

import typer.main  # noqa: E402
from typer._click import Context  # noqa: E402
from typer._click.exceptions import BadParameter  # noqa: E402

from filelint import cli  # noqa: E402  (installs the plain coercion)
from filelint.cli_values import _plain_param  # noqa: E402

SAMPLES = ["text", "json", "JSON", "yaml", "pdfium", "PYPDF", "0", "1", "12", "-1", " 2", "1_000", "2.5", "x", "",
           "fixtures", "a/b.pdf", "JCS,PDF002", True, False, 3, ("a", "b"), ["c"]]


def outcome(runtime, value, param, ctx):
    try:
        return "value", runtime.coerce(value, param=param, ctx=ctx)
    except BadParameter as error:
        return "error", error.message
    except Exception as error:  # noqa: BLE001 - the kind of failure must match too
        return "raised", type(error).__name__


def parameters():
    group = typer.main.get_command(cli.app)
    for name, command in group.commands.items():
        for param in command.params:
            yield pytest.param(command, param, id=f"{name}-{param.name}")


@pytest.mark.parametrize("command, param", list(parameters()))
def test_each_option_reads_as_typer_reads_it(command, param) -> None:
    ctx = Context(command)
    typers = typer_coercion.build_runtime_param(param.type_descriptor)
    plain = _plain_param(typer_coercion.RuntimeParam, param.type_descriptor,
                         lambda: typer_coercion.build_runtime_param(param.type_descriptor))
    if plain is None:
        return  # a type cli_values does not read (a float, a date) stays with typer's own coercion: nothing to compare
    for value in SAMPLES:
        if (param.multiple or param.nargs == -1) != isinstance(value, (tuple, list)) and not isinstance(value, str):
            continue  # a list for a single value (or the reverse) never reaches coercion from the command line
        assert outcome(plain, value, param, ctx) == outcome(typers, value, param, ctx), (param.name, value)
