"""Configuration: found once, validated once, passed in.

``.filelint.toml`` (top-level keys) or ``[tool.filelint]`` in ``pyproject.toml``,
the nearest found walking up from the current folder (a ``pyproject.toml`` without
``[tool.filelint]`` does not count). Command-line flags override the file.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath
from typing import Any

import regex

from filelint.errors import ConfigError
from filelint.legal.casenumber import parse_case_number
from filelint.legal.doctype import TYPES
from filelint.legal.lazy_regex import lazy
from filelint.rule import FileSettings

CONFIG_FILE = ".filelint.toml"
# A rule code, a prefix of one, or a rule's name; any case. Checked against the installed packs once loaded.
SELECTOR = lazy(r"^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$")
INITIALS = lazy(r"^[A-Z]{2,4}$")
DEFAULT_CHAMBERS_COPY = ("*chambers*cop*", "*cop*chambers*")


@dataclass(frozen=True)
class Config:
    """Validated settings for one run."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    case_number: str | None = None
    referral_judge: str | None = None
    chambers_copy: tuple[str, ...] = DEFAULT_CHAMBERS_COPY
    document_types: tuple[tuple[str, str], ...] = ()  # glob -> document type
    court: str | None = None
    pack_params: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()  # [packs.<id>] overrides
    filed_on: dt.date | None = None  # --filed-on
    baseline: Path | None = None  # accepted findings (.filelint-baseline.json by default, when it exists)
    timeout: float = 60.0  # seconds one file may take
    max_pages: int = 1000  # pages read of one PDF
    pdf_reader: str = "pdfium"  # --reader or the reader key: "pdfium" (readers/pdfium.py, the default) or "pypdf" (the reference)
    all_chambers_copies: bool = False  # --chambers-copy: every file given is one
    source: Path | None = None  # the file the settings came from
    root: Path = field(default_factory=Path.cwd)  # globs are relative to this folder
    origins: tuple[tuple[str, str, str], ...] = ()  # (field, where, key): where each setting was given

    def enabled(self, code: str, path: str, name: str | None = None) -> bool:
        """Whether a rule (by code, or name) runs on a file: selected, not ignored, not ignored for it."""
        if self.select and not _selected(self.select, code, name):
            return False
        if self.ignore and _selected(self.ignore, code, name):
            return False
        if not self.per_file_ignores:
            return True  # without them the path is not needed: resolving it for each rule cost ~1.4 ms of a brief
        relative = relative_path(path, self.root)
        for pattern, selectors in self.per_file_ignores:
            if _glob_match(relative, pattern) and _selected(selectors, code, name):
                return False
        return True

    def settings_for(self, path: str) -> FileSettings:
        """The settings rules see for one file."""
        name = PurePath(path).name.lower()
        is_copy = self.all_chambers_copies or any(
            fnmatch.fnmatch(name, pattern.lower()) for pattern in self.chambers_copy
        )
        relative = relative_path(path, self.root)
        document_type = next((kind for glob, kind in self.document_types if _glob_match(relative, glob)), None)
        return FileSettings(self.case_number, self.referral_judge, is_copy, document_type, self.court, self.filed_on)

    def params_for(self, pack_id: str, defaults: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """A pack's parameters: ``defaults`` with the configured overrides.

        A table given in part (``page-limits = { reply = 20 }``) changes only the keys it names.
        """
        merged = dict(defaults or {})
        for key, value in next((values for pack, values in self.pack_params if pack == pack_id), ()):
            merged[key] = {**merged[key], **value} if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
        return merged

    def check_pack_params(self, packs) -> None:
        """Check every setting that names something a pack defines, against the installed packs.

        Selectors must select at least one installed rule, the referral judge must be one a pack knows, and
        every [packs.<id>] table must name an installed pack and its parameters, with values of the right type.
        """
        self._check_selectors(packs)
        self._check_judge(packs)
        self._check_court(packs)
        known = {pack.id: pack for pack in packs}
        where = self._where("pack_params")[0]
        for pack_id, values in self.pack_params:
            if pack_id not in known:
                raise ConfigError(where, f"packs.{pack_id}", f"no installed pack is called {pack_id!r} (installed: {', '.join(sorted(known))})")
            pack = known[pack_id]
            for key, value in values:
                _check_pack_param(where, pack, key, value)

    check_against_packs = check_pack_params

    def _where(self, field_name: str) -> tuple[str, str]:
        """(file or "command line", key) a setting came from, for messages."""
        found = next(((where, key) for name, where, key in self.origins if name == field_name), None)
        return found or (str(self.source or "command line"), field_name.replace("_", "-"))

    def _check_selectors(self, packs) -> None:
        rules = [rule for pack in packs for rule in pack.rules]
        groups = [("select", self.select), ("ignore", self.ignore)]
        where, key = self._where("per_file_ignores")
        for glob, selectors in self.per_file_ignores:
            groups.append((f"per_file_ignores:{glob}", selectors))
        for group, selectors in groups:
            for selector in selectors:
                if any(_selected((selector,), rule.code, rule.name) for rule in rules):
                    continue
                if group.startswith("per_file_ignores:"):
                    place = (where, f"{key}.{group.split(':', 1)[1]}")
                else:
                    place = self._where(group)
                starts = sorted({regex.match(r"[A-Z]+", rule.code)[0] for rule in rules})
                raise ConfigError(*place, f"{selector!r} is neither the start of an installed rule's code nor a rule's "
                                          f"name (codes start with {', '.join(starts)}; `filelint rules` lists them)")

    def _check_judge(self, packs) -> None:
        if self.referral_judge is None:
            return
        judges = known_judges(packs)
        if self.referral_judge.upper() not in judges:
            listed = ", ".join(sorted(judges)) or "none"
            raise ConfigError(*self._where("referral_judge"),
                              f"{self.referral_judge!r} is not a judge any installed pack knows (known: {listed})")


    def _check_court(self, packs) -> None:
        from filelint.registry import court_key

        if self.court is None:
            return
        courts = {pack.court for pack in packs if pack.court} | {pack.applies.court for pack in packs if pack.applies.court}
        if court_key(self.court) not in {court_key(court) for court in courts}:
            raise ConfigError(*self._where("court"), f"{self.court!r} is not a court any installed pack is for "
                                                     f"(known: {', '.join(sorted(courts))})")


def known_judges(packs) -> set[str]:
    """Initials of the judges the installed packs know: their [applies] referral-judge and initials."""
    judges = {str(pack.applies.referral_judge).upper() for pack in packs if pack.applies.referral_judge}
    return judges | {str(pack.params["initials"]).upper() for pack in packs if pack.params.get("initials")}


def _selected(selectors: tuple[str, ...], code: str, name: str | None) -> bool:
    """Whether any selector (a code, a prefix of one, or a rule name; any case) picks this rule."""
    code, name = code.upper(), (name or "").upper()
    return any(code.startswith(selector.upper()) or name == selector.upper() for selector in selectors)


def _check_pack_param(where: str, pack, key: str, value: Any) -> None:
    name = f"packs.{pack.id}.{key}"
    if key not in pack.params:
        raise ConfigError(where, name, f"pack {pack.id!r} has no parameter {key!r} (it has: {', '.join(sorted(pack.params))})")
    problem = pack.param_types[key].problem(value)
    if problem:
        raise ConfigError(where, name, f"{problem} (the default is {pack.params[key]!r})")


def relative_path(path: str, root: Path) -> str:
    """``path`` (as given, relative to the current folder) relative to ``root``, with / separators."""
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop
        return PurePath(path).as_posix()


def _glob_match(relative: str, pattern: str) -> bool:
    return fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(PurePath(relative).name, pattern)


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration walking up from ``start``: (file, its filelint table)."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate, _read_toml(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _tool_table(pyproject, _read_toml(pyproject))
            if table is not None:
                return pyproject, table
    return None


def _tool_table(pyproject: Path, data: dict[str, Any]) -> dict[str, Any] | None:
    """``[tool.filelint]`` of a pyproject.toml, None when absent; anything but a table is an error."""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(str(pyproject), "tool", f"[tool] must be a table, not {tool!r}")
    table = tool.get("filelint")
    if table is not None and not isinstance(table, dict):
        raise ConfigError(str(pyproject), "tool.filelint", f"[tool.filelint] must be a table of filelint settings, not {table!r}")
    return table


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), None, f"not valid TOML ({error})") from error
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), None, f"cannot be read ({error})") from error


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    """Read the configuration: ``explicit`` (--config) or the nearest one found."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(str(explicit), None, "no such configuration file")
        table = _read_toml(explicit)
        if explicit.name == "pyproject.toml":
            table = _tool_table(explicit, table) or {}
        return from_table(table, explicit)
    found = find_config((start or Path.cwd()).resolve())
    if found is None:
        return Config()
    return from_table(found[1], found[0])


def from_table(table: dict[str, Any], source: Path) -> Config:
    """Validate a filelint table into a Config; any problem names the file and key."""
    where = str(source)
    unknown = set(table) - set(_VALIDATORS)
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(where, key, f"unknown key (known keys: {', '.join(sorted(_VALIDATORS))})")
    values = {_VALIDATORS[key][0]: _VALIDATORS[key][1](where, key, value) for key, value in table.items()}
    values["origins"] = tuple((_VALIDATORS[key][0], where, key) for key in table)
    root = source.parent.resolve()
    if values.get("baseline") is not None:
        values["baseline"] = root / values["baseline"]  # relative to the configuration file, never the current folder
    return Config(source=source, root=root, **values)


def with_overrides(config: Config, **overrides: Any) -> Config:
    """Apply command-line values (None means 'not given'), validated like the file's."""
    where = "command line"
    changes: dict[str, Any] = {}
    origins = list(config.origins)
    for key, value in overrides.items():
        if value is None:
            continue
        option = key.replace("_", "-")
        if option in _VALIDATORS:
            field_name = _VALIDATORS[option][0]
            changes[field_name] = _VALIDATORS[option][1](where, "--" + option, value)
            origins = [origin for origin in origins if origin[0] != field_name] + [(field_name, where, "--" + option)]
        else:
            changes[key] = value
    return replace(config, **changes, origins=tuple(origins))


def _string_list(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(where, key, "must be a list of strings")
    return tuple(value)


def _prefixes(where: str, key: str, value: Any) -> tuple[str, ...]:
    """Rule selectors: codes, prefixes of codes or rule names, any case; "A,B" is two."""
    selectors = tuple(part.strip() for item in _string_list(where, key, value) for part in item.split(",") if part.strip())
    for selector in selectors:
        if not SELECTOR.match(selector):
            raise ConfigError(where, key, f"{selector!r} is not a rule code, prefix or name (like JCS, JCS001, PDF, referral-caption)")
    return selectors


def _per_file_ignores(where: str, key: str, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(where, key, "must be a table of glob = [code prefixes]")
    return tuple((glob, _prefixes(where, f"{key}.{glob}", codes)) for glob, codes in value.items())


def _case_number(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or parse_case_number(value) is None:
        raise ConfigError(where, key, f"{value!r} is not a case number (like \"C-06-03891 SC\" or \"3:06-cv-03891\")")
    return value


def _initials(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not INITIALS.match(value.strip().upper()):
        raise ConfigError(where, key, f"{value!r} is not a judge's initials (like \"JCS\")")
    return value.strip().upper()


def _document_types(where: str, key: str, value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ConfigError(where, key, "must be a table of glob = document type")
    for glob, kind in value.items():
        if kind not in TYPES:
            raise ConfigError(where, f"{key}.{glob}", f"{kind!r} is not a document type (one of {', '.join(TYPES)})")
    return tuple(value.items())


def _court(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(where, key, "must be a court's name, like \"N.D. Cal.\"")
    return value.strip()


def _pack_params(where: str, key: str, value: Any) -> tuple:
    if not isinstance(value, dict) or not all(isinstance(table, dict) for table in value.values()):
        raise ConfigError(where, key, "must hold one table per pack, like [packs.ndcal] era = \"2007\"")
    return tuple((pack, tuple(table.items())) for pack, table in value.items())


MAX_TIMEOUT = 24 * 60 * 60  # seconds: beyond a day a limit is no limit, and the timer cannot hold 1e300
MAX_PAGES = 1_000_000


def _timeout(where: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= MAX_TIMEOUT:
        # "not 0 < value" also catches nan; inf and 1e300 are over the maximum.
        raise ConfigError(where, key, f"must be a number of seconds greater than 0 and at most {MAX_TIMEOUT} (got {value!r})")
    return float(value)


def _page_count(where: str, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_PAGES:
        raise ConfigError(where, key, f"must be a whole number from 1 to {MAX_PAGES} (got {value!r})")
    return value


PDF_READERS = ("pdfium", "pypdf")  # the readers readers.read_bytes knows (its PDF_READERS), as --reader offers them


def _pdf_reader(where: str, key: str, value: Any) -> str:
    if value not in PDF_READERS:
        raise ConfigError(where, key, f"must be \"pdfium\" or \"pypdf\" (got {value!r})")
    return value


def _baseline_path(where: str, key: str, value: Any) -> Path:
    if not isinstance(value, (str, Path)) or not str(value).strip():
        raise ConfigError(where, key, "must be the path of a baseline file")
    return Path(value)


_VALIDATORS = {
    "select": ("select", _prefixes),
    "ignore": ("ignore", _prefixes),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "case-number": ("case_number", _case_number),
    "referral-judge": ("referral_judge", _initials),
    "chambers-copy": ("chambers_copy", _string_list),
    "document-types": ("document_types", _document_types),
    "court": ("court", _court),
    "packs": ("pack_params", _pack_params),
    "timeout": ("timeout", _timeout),
    "max-pages": ("max_pages", _page_count),
    "reader": ("pdf_reader", _pdf_reader),
    "baseline": ("baseline", _baseline_path),
}
