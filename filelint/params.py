"""Parameter declarations: what a pack's parameter may hold, checked before any rule sees it.

Every pack declares each of its parameters in a ``[param-types]`` table of ``pack.toml``: the
short form names the type (``notice-days = "int"``), the long form adds limits::

    min-type-size = { type = "number", min = 6, max = 72 }
    era = { type = "choice", choices = ["2007", "current"] }
    initials = { type = "string", pattern = "^[A-Z]{2,4}$" }
    page-limits = { type = "table", keys = ["motion", "reply"], values = { type = "int", min = 1 } }

Types: ``int``, ``number`` (an int or a finite float), ``string`` (not empty), ``bool``, ``choice``
(one of ``choices``) and ``table`` (string keys, optionally only ``keys``, each value of type ``values``).
A declaration that is itself malformed, a parameter without one, or a default that breaks its own
declaration stops the pack from loading.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import regex

TYPES = ("int", "number", "string", "bool", "choice", "table")
SPEC_KEYS = {"type", "min", "max", "choices", "pattern", "keys", "values"}


@dataclass(frozen=True)
class ParamType:
    """The type and limits of one parameter."""

    type: str
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] = ()
    pattern: str | None = None
    keys: tuple[str, ...] = ()
    values: ParamType | None = None  # a table's values

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not allowed, in words for the user; None when it is."""
        return _CHECKS[self.type](self, value)

    def describe(self) -> str:
        """The type in words: "a whole number from 1 to 100"."""
        if self.type == "choice":
            return "one of " + ", ".join(map(repr, self.choices))
        words = {"int": "a whole number", "number": "a number", "string": "a text value", "bool": "true or false",
                 "table": "a table"}[self.type]
        if self.type == "table" and self.values is not None:
            words += f" of {self.values.describe()}s" if self.values.type != "choice" else f" whose values are {self.values.describe()}"
        if self.min is not None and self.max is not None:
            words += f" from {self.min:g} to {self.max:g}"
        elif self.min is not None:
            words += f" of at least {self.min:g}"
        elif self.max is not None:
            words += f" of at most {self.max:g}"
        return words


def parse_spec(name: str, spec: Any) -> ParamType:
    """A declaration from pack.toml; raises ValueError naming the parameter when it is malformed."""
    if isinstance(spec, str):
        spec = {"type": spec}
    if not isinstance(spec, dict) or spec.get("type") not in TYPES:
        raise ValueError(f"param-types.{name}: the type must be one of {', '.join(TYPES)} (got {spec!r})")
    unknown = set(spec) - SPEC_KEYS
    if unknown:
        raise ValueError(f"param-types.{name}: unknown key(s) {', '.join(sorted(unknown))}")
    kind = spec["type"]
    if kind == "choice" and not spec.get("choices"):
        raise ValueError(f"param-types.{name}: a choice needs its choices")
    if kind == "table" and "values" not in spec:
        raise ValueError(f"param-types.{name}: a table needs the type of its values")
    for bound in ("min", "max"):
        if bound in spec and (kind not in ("int", "number") or not _is_number(spec[bound])):
            raise ValueError(f"param-types.{name}: {bound} must be a number, for an int or number parameter")
    if "pattern" in spec:
        regex.compile(spec["pattern"])
    return ParamType(
        type=kind,
        min=spec.get("min"),
        max=spec.get("max"),
        choices=tuple(spec.get("choices", ())),
        pattern=spec.get("pattern"),
        keys=tuple(spec.get("keys", ())),
        values=parse_spec(f"{name}.values", spec["values"]) if kind == "table" else None,
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _range(spec: ParamType, value: float) -> str | None:
    if (spec.min is not None and value < spec.min) or (spec.max is not None and value > spec.max):
        return f"{value!r} is out of range: must be {spec.describe()}"
    return None


def _int(spec: ParamType, value: Any) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return f"{value!r} is not {spec.describe()}"
    return _range(spec, value)


def _number(spec: ParamType, value: Any) -> str | None:
    if not _is_number(value):
        return f"{value!r} is not {spec.describe()}"
    return _range(spec, value)


def _string(spec: ParamType, value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"{value!r} is not {spec.describe()}"
    if spec.pattern and not regex.search(spec.pattern, value):
        return f"{value!r} is not in the expected form ({spec.pattern})"
    return None


def _bool(spec: ParamType, value: Any) -> str | None:
    return None if isinstance(value, bool) else f"{value!r} is not {spec.describe()}"


def _choice(spec: ParamType, value: Any) -> str | None:
    return None if value in spec.choices and type(value) in {type(c) for c in spec.choices} else f"{value!r} is not {spec.describe()}"


def _table(spec: ParamType, value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"{value!r} is not {spec.describe()}"
    for key, item in value.items():
        if spec.keys and key not in spec.keys:
            return f"{key!r} is not one of its keys ({', '.join(spec.keys)})"
        problem = spec.values.problem(item) if spec.values else None
        if problem:
            return f"{key}: {problem}"
    return None


_CHECKS = {"int": _int, "number": _number, "string": _string, "bool": _bool, "choice": _choice, "table": _table}
