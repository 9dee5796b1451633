"""Find and load rule packs.

Every pack, built-in or third-party, is a Python package registered under the
entry-point group ``filelint.rules`` and holding a ``pack.toml``. A pack that fails to
load stops the run (:class:`~filelint.errors.PackLoadError`): a missing pack would
let a bad filing pass silently.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata, resources
from types import MappingProxyType, ModuleType
from typing import Any

import regex

from filelint.diagnostic import Severity
from filelint.document import Band, Document
from filelint.errors import PackLoadError
from filelint.legal.casenumber import find_case_numbers
from filelint.legal.doctype import TYPES
from filelint.params import ParamType, parse_spec
from filelint.rule import CODE_PATTERN, NAME_PATTERN, FileSettings, Rule, logic_from_module

ENTRY_POINT_GROUP = "filelint.rules"
PACK_KEYS = {"id", "title", "court", "judge", "version", "sources", "applies", "params", "param-types", "rules", "description",
             "editions"}
RULE_KEYS = {"code", "logic", "severity", "citation", "fix", "params", "name", "types", "authors", "examples", "plain"}
EDITION_KEYS = {"name", "effective", "title", "url", "found", "params", "rules"}
IN_FORCE = "in-force"  # the `edition` parameter's default: the edition in force on the filing date
APPLIES_KEYS = {"always", "kinds", "referral-judge", "court", "text", "unless", "authors"}
AUTHORS = ("party", "court")  # who wrote a paper: a party (a filing) or the court (an order, opinion, transcript)


def court_key(name: str) -> str:
    """"N.D. Cal.", "ND Cal", "cand" and "Northern District of California" all name the same court."""
    key = regex.sub(r"[^a-z]", "", name.lower())
    return {"cand": "ndcal", "northerndistrictofcalifornia": "ndcal", "ndcalifornia": "ndcal"}.get(key, key)


@dataclass(frozen=True)
class Source:
    """A document a pack's rules come from."""

    title: str
    date: str
    url: str = ""


@dataclass(frozen=True)
class Applicability:
    """When a pack's rules run on a document."""

    always: bool = False
    kinds: tuple[str, ...] = ()
    referral_judge: str | None = None
    court: str | None = None
    text: tuple[regex.Pattern, ...] = ()
    unless: tuple[regex.Pattern, ...] = ()  # text that shows the filing is for another court

    def matches(self, document: Document, settings: FileSettings) -> bool:
        """Whether the pack applies to this document under this configuration."""
        if self.kinds and document.kind not in self.kinds:
            return False
        if self.always:
            return True
        if self.referral_judge and settings.referral_judge:
            return settings.referral_judge.upper() == self.referral_judge.upper()
        if self.court and settings.court:
            return court_key(settings.court) == court_key(self.court)
        if not document.readable or not self.text:
            return False
        first_page, head = _shown_head(document)
        if self.referral_judge and document.pages:
            decided = _judge_named_by_case_number(first_page, self.referral_judge)
            if decided is not None:
                return decided  # the caption's number names the judge: "(LB)" is Judge Beeler's, never another's
        # A judge's pack recognises its matters from the caption and first pages.
        if any(pattern.search(head) for pattern in self.unless):
            return False
        return any(pattern.search(head) for pattern in self.text)


_last_head: tuple = (None, "", "")  # the document last asked about, its first page's shown text, its first three pages'


def _shown_head(document: Document) -> tuple[str, str]:
    """The shown text of the document's first page and of its first three pages, worked out once for all the
    packs asked about one document in turn (the last document is kept, by identity, in one tuple that is read
    and replaced whole, so threads checking documents side by side never mix them)."""
    global _last_head
    known = _last_head
    if known[0] is not document:
        pages = [page.text(SHOWN_BANDS) for page in document.pages[:3]]
        known = _last_head = (document, pages[0] if pages else "", "\n".join(pages))
    return known[1], known[2]


# What the reader sees decides which judge a paper is before: a Word comment or a deleted caption
# naming a judge is a drafter's note, not the caption the court will read.
SHOWN_BANDS = tuple(band for band in Band if band is not Band.HIDDEN)


def _judge_named_by_case_number(first_page: str, initials: str) -> bool | None:
    """Whether the first page's case number puts the paper before the judge with these initials.

    A referral ("(JSC)", "-JSC") decides: this judge's or another's. A number whose assigned judge is
    this judge (a consent case, "3:19-cv-06669-JSC") is this judge's. Otherwise the number says
    nothing about magistrate judges (None) and the pack's text patterns decide.
    """
    wanted = initials.upper()
    for number in list(find_case_numbers(first_page))[:3]:
        if number.referral_judge:
            return number.referral_judge.upper() == wanted
        if number.judge.upper() == wanted:
            return True
    return None


@dataclass(frozen=True)
class Edition:
    """One edition of a judge's standing order: its effective date, where it was found, what it changes."""

    name: str
    effective: dt.date
    title: str
    url: str
    found: str  # where the text was found (a docket entry, a court page)
    params: MappingProxyType  # pack parameters this edition sets (its days, times, limits)
    rules: MappingProxyType | None  # code -> that rule's parameters in this edition; None: every rule, as written

    def has(self, code: str) -> bool:
        return self.rules is None or code in self.rules

    def params_for(self, code: str) -> dict[str, Any]:
        return {**self.params, **((self.rules or {}).get(code) or {})}


@dataclass(frozen=True)
class Pack:
    """A loaded rule pack."""

    id: str
    title: str
    court: str
    judge: str
    version: str
    sources: tuple[Source, ...]
    applies: Applicability
    params: MappingProxyType
    param_types: MappingProxyType  # name -> ParamType: every parameter's declared type and limits
    rules: tuple[Rule, ...]
    origin: str  # the entry point that loaded it
    editions: tuple[Edition, ...] = ()  # oldest first; empty: the pack has one text

    def edition_in_force(self, filed_on: dt.date | None, pinned: str | None = None) -> Edition | None:
        """The edition a paper filed on ``filed_on`` (today when unknown) is judged by, or the pinned one.

        A paper filed before the oldest known edition is judged by the oldest: it is the nearest text known.
        """
        if not self.editions:
            return None
        if pinned and pinned != IN_FORCE:
            return next(edition for edition in self.editions if edition.name == pinned)
        day = filed_on or dt.date.today()
        in_force = [edition for edition in self.editions if edition.effective <= day]
        return in_force[-1] if in_force else self.editions[0]

    def params_in_force(self, rule: Rule, params: dict[str, Any], filed_on: dt.date | None) -> dict[str, Any] | None:
        """``params`` as the edition in force sets them, or None when that edition has no such rule."""
        edition = self.edition_in_force(filed_on, params.get("edition"))
        if edition is None:
            return params
        if not edition.has(rule.code):
            return None
        return {**params, **edition.params_for(rule.code), "edition": edition.name}


def discover_packs(selected: Iterable[str] | None = None) -> list[Pack]:
    """Load every pack registered under ``filelint.rules``, sorted by id.

    Loaded once per process for the same entry points (packs are immutable): a check run asked twice, once
    for the packs and once for the installed judges, and built every pack again the second time. A pack
    installed or removed meanwhile changes the entry points, so it is seen; a pack.toml edited in place is
    read again by the next process, as its code would be."""
    entry_points = sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name)
    wanted = None if selected is None else frozenset(selected)
    key = (tuple((ep.name, ep.value) for ep in entry_points), wanted)
    if key not in _LOADED:
        packs = [load_entry_point(ep) for ep in entry_points if wanted is None or ep.name in wanted]
        _check_unique_codes(packs)
        _LOADED[key] = tuple(sorted(packs, key=lambda pack: pack.id))
    return list(_LOADED[key])


_LOADED: dict[tuple, tuple[Pack, ...]] = {}


def load_entry_point(entry_point: metadata.EntryPoint) -> Pack:
    """Import one entry point's package and read its pack.toml."""
    try:
        module = entry_point.load()
    except Exception as error:  # any import failure must stop the run, named
        raise PackLoadError(entry_point.name, f"{entry_point.value}: {type(error).__name__}: {error}") from error
    if not isinstance(module, ModuleType):
        raise PackLoadError(entry_point.name, f"{entry_point.value} is not a package holding pack.toml")
    return load_pack_module(module, origin=f"{entry_point.name} = {entry_point.value}")


def load_pack_module(module: ModuleType, origin: str) -> Pack:
    """Read ``pack.toml`` beside a package's ``__init__``."""
    try:
        text = resources.files(module).joinpath("pack.toml").read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError as error:
        raise PackLoadError(origin, f"{module.__name__} has no pack.toml") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise PackLoadError(origin, f"pack.toml is not valid TOML: {error}") from error
    try:
        return _build_pack(data, origin)
    except (KeyError, ValueError, TypeError, ImportError, regex.error) as error:
        raise PackLoadError(data.get("id", origin), str(error)) from error


def _build_pack(data: dict[str, Any], origin: str) -> Pack:
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise ValueError(f"unknown key(s) in pack.toml: {', '.join(sorted(unknown))}")
    pack_id = data["id"]
    params = dict(data.get("params", {}))
    authors = data.get("applies", {}).get("authors", AUTHORS)  # the pack's default; a rule may say otherwise
    rules = tuple(_build_rule(entry, pack_id, params, authors) for entry in data.get("rules", []))
    editions = _editions(data.get("editions", []), rules)
    param_types = _param_types(data.get("param-types", {}), params, rules, editions)
    sources = tuple(Source(s["title"], str(s["date"]), s.get("url", "")) for s in data.get("sources", []))
    sources += tuple(source for source in (Source(e.title, e.effective.isoformat(), e.url) for e in editions)
                     if (source.title, source.date) not in {(known.title, known.date) for known in sources})
    if editions:
        _check_edition_param(param_types, editions)
    if not sources:
        raise ValueError("a pack must name its sources")
    return Pack(
        id=pack_id,
        title=data["title"],
        court=data.get("court", ""),
        judge=data.get("judge", ""),
        version=str(data.get("version", "")),
        sources=sources,
        applies=_build_applicability(data.get("applies", {"always": True})),
        params=MappingProxyType(params),
        param_types=MappingProxyType(param_types),
        rules=rules,
        origin=origin,
        editions=editions,
    )


def _editions(entries: list[dict[str, Any]], rules: tuple[Rule, ...]) -> tuple[Edition, ...]:
    """A pack's editions, oldest first; every rule an edition names must be a rule of the pack."""
    codes = {rule.code for rule in rules}
    editions = []
    for entry in entries:
        unknown = set(entry) - EDITION_KEYS
        if unknown:
            raise ValueError(f"edition {entry.get('name')!r}: unknown key(s) {', '.join(sorted(unknown))}")
        effective = entry["effective"]
        if not isinstance(effective, dt.date):
            raise ValueError(f"edition {entry['name']!r}: effective must be a TOML date (2023-11-16)")
        named = entry.get("rules")
        strangers = sorted(set(named or ()) - codes)
        if strangers:
            raise ValueError(f"edition {entry['name']!r} names {strangers[0]}, which is not a rule of the pack")
        editions.append(Edition(
            name=str(entry["name"]), effective=effective, title=entry["title"], url=entry.get("url", ""),
            found=entry.get("found", ""), params=MappingProxyType(dict(entry.get("params", {}))),
            rules=None if named is None else MappingProxyType({code: dict(v) for code, v in named.items()}),
        ))
    editions.sort(key=lambda edition: edition.effective)
    return tuple(editions)


def _check_edition_param(param_types: dict[str, ParamType], editions: tuple[Edition, ...]) -> None:
    """A pack with editions declares ``edition`` (a configuration may pin one) as a choice of exactly them."""
    wanted = {IN_FORCE, *(edition.name for edition in editions)}
    declared = param_types.get("edition")
    choices = set(getattr(declared, "choices", None) or ())
    if choices != wanted:
        raise ValueError(f"a pack with editions declares edition = {{ type = \"choice\", choices = {sorted(wanted)} }} "
                         f"in [param-types] and edition = \"{IN_FORCE}\" in [params]")


def _param_types(declarations: dict[str, Any], params: dict[str, Any], rules: tuple[Rule, ...],
                 editions: tuple[Edition, ...] = ()) -> dict[str, ParamType]:
    """Every parameter (the pack's and its rules') declared, and every default obeying its declaration.

    An undeclared parameter could be given any value in a configuration and reach a rule unchecked,
    so a pack that forgets one does not load.
    """
    types = {name: parse_spec(name, spec) for name, spec in declarations.items()}
    values = [(name, value) for name, value in params.items()]
    values += [(name, value) for rule in rules for name, value in rule.params.items()]  # a rule may override one
    values += [(name, value) for edition in editions  # an edition sets the pack's or a rule's
               for name, value in [*edition.params.items(), *(i for r in (edition.rules or {}).values() for i in r.items())]]
    for name, value in values:
        if name not in types:
            raise ValueError(f"parameter {name!r} has no declaration in [param-types] (its type and allowed values)")
        problem = types[name].problem(value)
        if problem:
            raise ValueError(f"parameter {name!r}: the default {value!r} breaks its declaration: {problem}")
    undeclared = set(types) - {name for name, _ in values}
    if undeclared:
        raise ValueError(f"[param-types] declares {sorted(undeclared)[0]!r}, which is not a parameter of the pack or its rules")
    return types


def _build_applicability(data: dict[str, Any]) -> Applicability:
    unknown = set(data) - APPLIES_KEYS
    if unknown:
        raise ValueError(f"unknown key(s) in [applies]: {', '.join(sorted(unknown))}")
    return Applicability(
        always=bool(data.get("always", False)),
        kinds=tuple(data.get("kinds", ())),
        referral_judge=data.get("referral-judge"),
        court=data.get("court"),
        text=tuple(regex.compile(pattern) for pattern in data.get("text", ())),
        unless=tuple(regex.compile(pattern) for pattern in data.get("unless", ())),
    )


def _build_rule(entry: dict[str, Any], pack_id: str, pack_params: dict[str, Any],
                pack_authors: Iterable[str] = AUTHORS) -> Rule:
    unknown = set(entry) - RULE_KEYS
    if unknown:
        raise ValueError(f"rule {entry.get('code')}: unknown key(s) {', '.join(sorted(unknown))}")
    code = entry["code"]
    if not regex.match(CODE_PATTERN, code):
        raise ValueError(f"rule code {code!r} must be 2-4 capital letters and three digits")
    logic = logic_from_module(importlib.import_module(entry["logic"]))
    name = entry.get("name", logic["name"])
    if not regex.match(NAME_PATTERN, name):
        raise ValueError(f"rule {code}: name {name!r} must be kebab-case")
    rule = Rule(
        code=code,
        name=name,
        severity=Severity(entry.get("severity", logic["severity"].value)),
        citation=entry["citation"],
        fix=entry.get("fix", logic["fix"]),
        pack=pack_id,
        check=logic["check"],
        doc=_with_examples(logic["doc"], entry.get("examples"), code),
        file_level=logic["file_level"],
        types=_types(entry.get("types", logic["types"]), code),
        params=MappingProxyType({**pack_params, **entry.get("params", {})}),
        gate=logic["gate"],
        authors=_authors(entry.get("authors", pack_authors), code),
        plain=entry.get("plain", logic["plain"]),
    )
    try:
        rule.plain_words()
    except (KeyError, IndexError, ValueError) as error:
        raise ValueError(f"rule {code}: plain {rule.plain!r} names a parameter the rule lacks ({error})") from error
    return rule


def _with_examples(doc: str, examples: dict[str, str] | None, code: str) -> str:
    """The logic's documentation with the pack's own ``## Example`` section, when the pack gives one.

    Shared standing-order logic holds no judge's words; each judge's pack writes the Fires and
    Silent examples in that judge's terms (``examples = { fires = "...", silent = "..." }``).
    """
    if examples is None:
        return doc
    if set(examples) != {"fires", "silent"}:
        raise ValueError(f"rule {code}: examples needs exactly fires and silent")
    section = f"## Example\nFires: {examples['fires'].strip()}\n\nSilent: {examples['silent'].strip()}\n\n"
    replaced, count = regex.subn(r"## Example\n.*?(?=^## )", lambda _: section, doc, count=1, flags=regex.DOTALL | regex.MULTILINE)
    if not count:
        raise ValueError(f"rule {code}: its logic's documentation has no ## Example section to replace")
    return replaced


def _authors(authors: Iterable[str], code: str) -> tuple[str, ...]:
    authors = tuple(authors)
    unknown = [author for author in authors if author not in AUTHORS]
    if unknown or not authors:
        raise ValueError(f"rule {code}: authors must be some of {', '.join(AUTHORS)}; got {', '.join(authors) or 'none'}")
    return authors


def _types(types: Iterable[str], code: str) -> tuple[str, ...]:
    unknown = [kind for kind in types if kind not in TYPES]
    if unknown:
        raise ValueError(f"rule {code}: unknown document type(s) {', '.join(unknown)} (known: {', '.join(TYPES)})")
    return tuple(types)


def _check_unique_codes(packs: list[Pack]) -> None:
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.code in seen:
                raise PackLoadError(pack.id, f"rule code {rule.code} is also defined by pack {seen[rule.code]!r}")
            seen[rule.code] = pack.id


@functools.cache
def installed_judges() -> frozenset[str]:
    """Initials of the magistrate judges the installed packs know (their ``[applies] referral-judge``)."""
    return frozenset(str(pack.applies.referral_judge).upper() for pack in discover_packs() if pack.applies.referral_judge)


def all_rules(packs: Iterable[Pack]) -> list[Rule]:
    """Every rule of every pack, by code."""
    return sorted((rule for pack in packs for rule in pack.rules), key=lambda rule: rule.code)
