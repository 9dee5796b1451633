"""Command-line values read without pydantic, where typer would build a pydantic adapter for each.

Recent typer releases coerce every option through a pydantic ``TypeAdapter``: importing pydantic and
building the adapters cost about 0.1 s of CPU per run, a fifth of checking a 20-page brief. filelint's
options are plain strings, flags, paths, whole numbers with a floor, choices and lists of these; they are read
here exactly as typer reads them (its own choice and path helpers, pydantic's wording for a bad number),
and anything else (a value of another type, a clamped number, a path option with checks) still goes to
typer's own coercion. Typer releases without ``typer._coercion`` (0.16-0.2x) use click and never load
pydantic, so there is nothing to do for them.
"""

from __future__ import annotations

import enum
import pathlib
import typing

_PLAIN_DIGITS = frozenset("0123456789")


def install() -> None:
    """Give typer's parameters the plain coercion below, where it applies (once per process)."""
    try:
        from typer import core
        from typer._coercion import RuntimeParam, build_runtime_param
        from typer._param_types import _path_options_requested  # noqa: F401 - its presence is the version check
    except ImportError:
        return
    parameter = core._TyperParameter
    if getattr(parameter, "_filelint_plain_values", False) or not hasattr(parameter, "get_runtime_param"):
        return
    typers_own = parameter.get_runtime_param

    def get_runtime_param(self):
        if self._runtime_param is None:
            descriptor = self.type_descriptor
            self._runtime_param = _plain_param(RuntimeParam, descriptor, lambda: build_runtime_param(descriptor))
        return self._runtime_param if self._runtime_param is not None else typers_own(self)

    parameter.get_runtime_param = get_runtime_param
    parameter._filelint_plain_values = True


def _plain_param(base: type, descriptor, typers_own):
    """A RuntimeParam reading this parameter's values without pydantic, or None to leave it to typer."""
    from typer._param_types import _path_options_requested

    info = descriptor.parameter_info
    if descriptor.file_annotation is not None or info.parser is not None or getattr(info, "click_type", None) is not None:
        return None
    annotation = descriptor.annotation
    many = typing.get_origin(annotation) is list
    leaf = typing.get_args(annotation)[0] if many else annotation
    if isinstance(leaf, type) and issubclass(leaf, enum.Enum):
        read = _choice(tuple(leaf), info.case_sensitive)
    elif leaf is str:
        read = _text
    elif leaf is bool:
        read = _flag
    elif leaf is int and not info.clamp:
        read = _whole_number(info.min, info.max)
    elif leaf is pathlib.Path and info.path_type is None and not _path_options_requested(info):
        read = _path(info)
    else:
        return None
    return _make_param_class(base)(parameter_info=info, annotation=annotation, read=read, many=many, typers_own=typers_own)


class _Unusual(Exception):
    """A value this module does not read (a number written '1_000', bytes): typer's own coercion reads it."""


def _text(value, ctx, param):
    if not isinstance(value, str):
        raise _Unusual
    return value


def _flag(value, ctx, param):
    if not isinstance(value, bool):
        raise _Unusual  # "yes", "0": typer's own reading of a boolean
    return value


def _choice(choices: tuple, case_sensitive: bool):
    from typer._param_types import coerce_cli_choice

    def read(value, ctx, param):
        try:
            return coerce_cli_choice(value, choices=choices, case_sensitive=case_sensitive, ctx=ctx)
        except ValueError as error:
            raise _bad(f"Value error, {error}", ctx, param) from None

    return read


def _whole_number(least, most):
    def read(value, ctx, param):
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value and set(value) <= _PLAIN_DIGITS:
            number = int(value)
        else:
            raise _Unusual  # signs, spaces, underscores, floats: pydantic's rules and messages
        if least is not None and number < least:
            raise _bad(f"Input should be greater than or equal to {least}", ctx, param)
        if most is not None and number > most:
            raise _bad(f"Input should be less than or equal to {most}", ctx, param)
        return number

    return read


def _path(info):
    from typer._param_types import coerce_cli_path

    def read(value, ctx, param):
        if isinstance(value, str) and value:
            value = pathlib.Path(value)
        if not isinstance(value, pathlib.Path):
            raise _Unusual
        return coerce_cli_path(value, info, path_type=pathlib.Path, param=param, ctx=ctx)

    return read


def _bad(message: str, ctx, param):
    from typer._click.exceptions import BadParameter

    return BadParameter(message, ctx=ctx, param=param)


_CLASSES: dict = {}


def _make_param_class(base: type) -> type:
    """A subclass of typer's RuntimeParam (made once), so typer's own None and list handling stay in force."""
    if base not in _CLASSES:
        import dataclasses

        @dataclasses.dataclass(frozen=True)
        class PlainRuntimeParam(base):
            read: typing.Any = None
            many: bool = False
            typers_own: typing.Any = None
            built: dict = dataclasses.field(default_factory=dict)  # typer's own coercion, built on first need

            def _coerce_value(self, value, param, ctx):
                try:
                    if not self.many:
                        return self.read(value, ctx, param)
                    values = value if isinstance(value, (list, tuple)) else [value]
                    return [self.read(item, ctx, param) for item in values]
                except _Unusual:
                    if "own" not in self.built:
                        self.built["own"] = self.typers_own()
                    return self.built["own"]._coerce_value(value, param=param, ctx=ctx)

        _CLASSES[base] = PlainRuntimeParam
    return _CLASSES[base]
