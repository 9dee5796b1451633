"""The parties a filing names, and the labels a joint letter gives each party's part.

Parties are read from the caption ("LEADCLICK MEDIA, INC., Plaintiff, v. RELATIONSERVE
MEDIA, INC., et al., Defendants.") or, for a letter, from its "Re:" line ("Re: LeadClick
Media, Inc. v. RelationServe Media, Inc., No. C-06-03891 SC (XYZ)"), with the short names
the paper defines ('LeadClick Media, Inc. ("LeadClick")').

A *label* introduces one party's part of a joint letter: "PLAINTIFF'S POSITION:",
"Plaintiff's final position:", "Plaintiffs' Position", "Position of Plaintiff",
"Defendants' Compromise Proposal", "Defendant's proposed compromise", "LeadClick's
Position", "Mr. Ross's position.", "AT&T Statement:". Roles match in any case and number;
names are capitalised words. A label starts a line, a numbered heading or a sentence, and
ends the line or is followed by ":", "." or a dash, so prose such as "contrary to NSO's
position, ..." is not one. No label runs across a line break.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from filelint.legal.lazy_regex import lazy  # most papers use few of these patterns: compiled on first use

APOSTROPHE = "['’‘`´]"
PLAINTIFF, DEFENDANT = "plaintiff", "defendant"
# Which side a role word is on; roles not listed are a side of their own.
_ROLE_SIDES = {
    "plaintiff": PLAINTIFF, "petitioner": PLAINTIFF, "claimant": PLAINTIFF, "counter-defendant": PLAINTIFF,
    "counterdefendant": PLAINTIFF, "counterclaim-defendant": PLAINTIFF,
    "defendant": DEFENDANT, "respondent": DEFENDANT, "counterclaimant": DEFENDANT, "counter-claimant": DEFENDANT,
    "cross-defendant": DEFENDANT,
    "non-party": "non-party", "nonparty": "non-party", "third party": "non-party", "third-party": "non-party",
    "movant": "movant", "intervenor": "intervenor", "proposed intervenor": "intervenor",
}
_ROLE = (r"(?i:(?:proposed[ \t]+)?intervenors?|plaintiffs?|defendants?|petitioners?|respondents?|claimants?|movants?"
         r"|counter-?(?:claim-?)?defendants?|counter-?claimants?|cross-defendants?|non-?part(?:y|ies)|third[ -]part(?:y|ies))")
_TOKEN = r"(?:[A-Z][\w&.\-]*|&)"
_NAME = (_TOKEN + r"(?:[ \t]+(?:" + _TOKEN + r"|of|and|de|la|van|von)){0,5}?"
         r"(?:,?[ \t]+(?i:inc|llc|llp|l\.p|lp|corp|co|ltd|n\.a)\.?)?")  # "RelationServe Media, Inc."
_HONORIFIC = r"(?:(?i:the)[ \t]+|(?:Mr|Ms|Mrs|Dr)\.[ \t]*)?"
_WHO = r"(?P<who>" + _HONORIFIC + r"(?:" + _ROLE + r"(?:[ \t]+" + _NAME + r")?|" + _NAME + r"))"
_POSSESSIVE = r"(?:" + APOSTROPHE + r"[sS]|(?<=[sS])" + APOSTROPHE + r")?"
_FINAL = r"(?:final[ \t]+)?(?:substantive[ \t]+)?"
_KINDS = {
    "position": r"(?:position|statement|contentions?)",
    "compromise": r"(?:(?:proposed[ \t]+)?compromise(?:[ \t]+(?:proposal|offer))?|proposal(?:[ \t]+for[ \t]+compromise)?"
                  r"|proposed[ \t]+(?:resolution|compromise))",
}
_KIND = r"(?i:" + _FINAL + r"(?:(?P<position>" + _KINDS["position"] + r")|(?P<compromise>" + _KINDS["compromise"] + r")))"
# Where a label may start: a line, a numbered heading ("A.", "1.", "(a)"), a sentence, a wide gap.
_START = r"(?:^[ \t]*(?:(?:[IVX]{1,5}|[A-Z]|\d{1,2})[.)][ \t]+|\([a-z0-9]{1,3}\)[ \t]+)?|(?<=[.:;!?][\"”’)]?[ \t]{1,3})|(?<=[ \t]{2}))"
_ABOUT = r"(?:[ \t]+(?i:on|regarding|re:?|as[ \t]+to|concerning)[ \t]+[^\n:]{1,60}(?=:))?"
_END = _ABOUT + r"(?=[ \t]*(?:[:.—–]|-[ \t]|$))"
LABEL = lazy(
    _START + r"(?:" + _WHO + _POSSESSIVE + r"[ \t]+" + _KIND
    + r"|" + _KIND + r"[ \t]+(?i:of)[ \t]+" + _WHO.replace("?P<who>", "?P<who_after>") + r")" + _END,
    regex.MULTILINE,
)
# Words that look like a party's name at a sentence start but are not one.
NOT_A_PARTY = {"the", "this", "that", "its", "their", "our", "his", "her", "each", "both", "such", "joint", "same",
               "court", "the court", "judge", "parties", "party", "in", "a", "an", "any", "no", "my", "your", "final",
               "proposed", "opposing", "other", "new", "second", "first", "alternative", "prior", "current",
               "compromise", "position", "statement", "summary", "brief"}
HONORIFICS = lazy(r"^(?:the|mr\.?|ms\.?|mrs\.?|dr\.?)\s+", regex.IGNORECASE)
CORPORATE = {"inc", "inc.", "llc", "l.l.c.", "llp", "lp", "l.p.", "corp", "corp.", "corporation", "co", "co.", "company",
             "ltd", "ltd.", "limited", "et", "al", "al.", "n.a.", "plc", "s.a.", "gmbh", "a", "the", "of", "and"}
DEFINED = lazy(
    r"\((?:(?i:hereinafter|collectively|together|jointly|individually)[, \t]+)?(?:(?i:the|a)[ \t]+)?"
    r"[\"“”](?P<alias>[^\"“”\n]{1,40}?)[\"“”]\)"
)
COMPROMISE_PROSE = lazy(
    r"\b(?:as[ \t\n]+a|in|by[ \t\n]+way[ \t\n]+of|(?:final[ \t\n]+)?proposed|a[ \t\n]+reasonable|offered[ \t\n]+(?:a|to)|offers[ \t\n]+(?:a|to)"
    r"|propose[sd]?[ \t\n]+(?:a|the[ \t\n]+following|this)?)[ \t\n]*compromise\b|\bcompromise[ \t\n]+(?:proposal|offer)\b"
    r"|\b(?:attempt|effort|offer(?:ed|s)?|willing(?:ness)?)[ \t\n]+to[ \t\n]+compromise\b"
    # "Mr. Ross replied that he would agree to limit his requests" (corpus cand_19cv6669_89 p.4)
    r"|\b(?:would|will|is[ \t\n]+willing[ \t\n]+to|are[ \t\n]+willing[ \t\n]+to|offered[ \t\n]+to|proposed[ \t\n]+to)[ \t\n]+"
    r"(?:agree[ \t\n]+to[ \t\n]+)?(?:limit|narrow|accept)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class Party:
    """One party as the caption (or a letter's "Re:" line) names it."""

    name: str
    side: str  # "plaintiff", "defendant", or another role's side
    aliases: tuple[str, ...] = ()

    def answers_to(self, who: str) -> bool:
        """``who`` ("LeadClick", "Mr. Ross", "AT&T") names this party."""
        wanted = _tokens(who)
        if not wanted:
            return False
        if any(_tokens(alias) == wanted for alias in self.aliases):
            return True
        return wanted <= _tokens(self.name)


@dataclass(frozen=True)
class Parties:
    """The parties of a filing, by side."""

    parties: tuple[Party, ...] = ()

    def side_of(self, who: str) -> str | None:
        """The side ``who`` is on: by role word ("Plaintiff LeadClick"), else by name or defined short name."""
        role = role_side(who)
        if role is not None:
            return role
        words = _plain(who).split()
        for first in range(len(words)):  # "Nonetheless AT&T" at a sentence start: AT&T
            sides = {party.side for party in self.parties if party.answers_to(" ".join(words[first:]))}
            if len(sides) == 1:
                return sides.pop()
        return None

    def on_side(self, side: str) -> tuple[Party, ...]:
        return tuple(party for party in self.parties if party.side == side)

    def with_aliases(self, defined: dict[str, str]) -> Parties:
        """These parties with the short names a paper defines ('LeadClick Media, Inc. ("LeadClick")')."""
        parties = []
        for party in self.parties:
            extra = tuple(alias for alias, full in defined.items() if party.answers_to(full) or _tokens(full) >= _tokens(party.name))
            parties.append(Party(party.name, party.side, party.aliases + extra))
        known = {alias for party in parties for alias in party.aliases}
        for alias, full in defined.items():
            side = role_side(full)
            if alias not in known and side is not None:
                parties.append(Party(full, side, (alias,)))
        return Parties(tuple(parties))


@dataclass(frozen=True)
class PartyLabel:
    """A label introducing one party's position or proposed compromise."""

    who: str  # as written: "Plaintiff", "LeadClick", "Mr. Ross"
    kind: str  # "position" or "compromise"
    side: str  # the party's side, or the name itself (lower case) when the parties do not say
    start: int
    end: int
    text: str


def role_side(who: str) -> str | None:
    """The side of the first role word in ``who``: "Defendants" -> "defendant"."""
    match = regex.search(_ROLE, who)
    if match is None:
        return None
    word = regex.sub(r"(?i)(?:ies)$", "y", match.group(0).lower())
    word = regex.sub(r"s$", "", word).replace("  ", " ")
    word = regex.sub(r"[ \t]+", " ", word).removeprefix("proposed ")
    return _ROLE_SIDES.get(word, _ROLE_SIDES.get(word.replace("-", ""), word))


def find_labels(text: str, parties: Parties | None = None) -> Iterator[PartyLabel]:
    """Every party label in ``text``, with the side of the party it names."""
    parties = parties or Parties()
    for match in LABEL.finditer(text):
        who = " ".join((match["who"] or match["who_after"]).split())
        if _not_a_party(who):
            continue
        kind = "position" if match["position"] else "compromise"
        side = parties.side_of(who) or _plain(who).lower()
        yield PartyLabel(who, kind, side, match.start(), match.end(), match.group(0).strip())


def defined_names(text: str) -> dict[str, str]:
    """Short names the text defines: {"LeadClick": "LeadClick Media, Inc."}."""
    found = {}
    for match in DEFINED.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()].split("\n\n")[-1]
        full = _trailing_name(before)
        alias = match["alias"].strip()
        if full and alias and not _not_a_party(alias):
            found.setdefault(alias, full)
    return found


_CAPTION_ROLE = lazy(
    r"(?P<before>.*?)[,;]?[ \t\n]*(?P<role>" + _ROLE + r")(?:\(s\))?[ \t]*(?:and[ \t]+" + _ROLE + r"(?:\(s\))?)?[,.;]?"
    r"[ \t\n]*(?:v(?:s)?\.?|versus)[ \t\n]+(?P<after>.*?)[,;]?[ \t\n]*(?P<role2>" + _ROLE + r")(?:\(s\))?",
    regex.DOTALL,
)
_COLUMN = lazy(r"\t|[ \t]{2,}|[ \t]*(?<!\(s)\)[ \t]*|[ \t]*§[ \t]*|[ \t]*:[ \t]{2,}")
_COURT_LINE = lazy(r"COURT|DISTRICT|DIVISION|CALIFORNIA\s*$|Attorneys?\s+for|@|\(\d{3}\)", regex.IGNORECASE)
_VERSUS = lazy(
    r"(?:^[ \t]*(?i:re:)?|;|—|:)[ \t]*(?P<p>[A-Z][^;\n]{0,80}?)[ \t]+v(?:s)?\.[ \t]+(?P<d>[A-Z][^;\n]{0,80}?"
    r"(?:,[ \t]+(?i:inc|llc|llp|l\.p|lp|corp|co|ltd|n\.a)\.?)?)"
    r"(?=[ \t]*(?:,?[ \t]*(?i:et[ \t]+al)\.?)?[ \t]*(?:[,;(]|$|(?i:Case|No\.)))",
    regex.MULTILINE,
)


def caption_parties(caption: str) -> Parties:
    """The parties named in a caption's left column, by the role written under each."""
    column = "\n".join(_left_column(caption))
    match = _CAPTION_ROLE.search(column)
    if match is None:
        return Parties()
    plaintiffs = _names(match["before"].split("\n\n")[-1])
    defendants = _names(match["after"])
    first, second = role_side(match["role"]) or PLAINTIFF, role_side(match["role2"]) or DEFENDANT
    return Parties(tuple(Party(name, first) for name in plaintiffs) + tuple(Party(name, second) for name in defendants))


def versus_parties(text: str) -> Parties:
    """The parties of the first "X v. Y" line (a letter's "Re:" line)."""
    match = _VERSUS.search(text)
    if match is None:
        return Parties()
    return Parties((Party(_clean(match["p"]), PLAINTIFF), Party(_clean(match["d"]), DEFENDANT)))


def read_parties(caption: str, first_page: str) -> Parties:
    """The filing's parties: the caption's, else the "Re:" line's; with the short names the paper defines."""
    parties = caption_parties(caption) if caption else Parties()
    if not parties.parties:
        parties = versus_parties(first_page)
    return parties.with_aliases(defined_names(first_page))


_GIVEN = r"(?:(?:[A-Z]\.|[A-Z][a-z]+)[ \t]+){0,3}"  # "Joseph C." / "Donna M."
_SURNAME = r"[A-Z][\w'’\-]+"
# Whom a paper is addressed to: the salutation, the address block, a line naming the judge alone.
_MAGISTRATE = lazy(
    r"\bDear[ \t]+(?:Magistrate[ \t]+)?Judge[ \t]+" + _GIVEN + r"(?P<surname>" + _SURNAME + r")"
    r"|\b(?:Hon\.|Honorable)[ \t\n]+" + _GIVEN + r"(?P<surname2>" + _SURNAME + r"),?[ \t\n]+"
    r"(?:United[ \t\n]+States[ \t\n]+|U\.[ \t]?S\.[ \t\n]+)?Magistrate[ \t\n]+Judge"
    r"|^[ \t]*(?:(?:United[ \t]+States|U\.[ \t]?S\.)[ \t]+)?Magistrate[ \t]+Judge[ \t]+" + _GIVEN + r"(?P<surname3>" + _SURNAME + r")[ \t]*$",
    regex.MULTILINE,
)


def magistrate_judges_named(text: str) -> list[str]:
    """Surnames of the judges a paper is addressed to ("Dear Magistrate Judge Ryu:", "The Honorable Ann B.
    Quarles, United States Magistrate Judge"); a judge merely mentioned ("as Magistrate Judge Laporte held") is not one."""
    return [match["surname"] or match["surname2"] or match["surname3"] for match in _MAGISTRATE.finditer(text)]


_PRESIDING = lazy(
    r"^[ \t]*(?:(?:Judge|Before|Hearing[ \t]+Judge)[ \t]*:[ \t]*)?(?:Hon\.|Honorable|The[ \t]+Honorable)[ \t]+" + _GIVEN
    + r"(?P<surname>" + _SURNAME + r")[ \t]*$",
    regex.MULTILINE,
)


def judges_presiding(caption: str) -> list[str]:
    """Surnames of the judges a caption's hearing block names on a line of its own ("Judge: Hon. William Alsup",
    "Hon. Samuel Conti"): who hears the motion."""
    return [match["surname"] for match in _PRESIDING.finditer(caption)]


def possessive(who: str) -> str:
    """"Defendants" -> "Defendants'", "Plaintiff" -> "Plaintiff's", "AT&T" -> "AT&T's"."""
    who = regex.sub(APOSTROPHE + r"[sS]?$", "", who)
    is_role = regex.fullmatch(_ROLE, who) is not None
    if who.isupper() and is_role:
        who = who.title()  # "DEFENDANTS" in a label in capitals: "Defendants'" in a message
    return who + ("'" if is_role and who.lower().endswith("s") else "'s")  # "Defendants'", but "Mr. Ross's"


def names_a_compromise(text: str) -> bool:
    """Prose that proposes a compromise ("As a compromise, Defendants offered ...")."""
    return bool(COMPROMISE_PROSE.search(text))


# ---------------------------------------------------------------- helpers
def _tokens(name: str) -> frozenset[str]:
    words = regex.findall(r"[\w&]+(?:[.'’][\w&]+)*", HONORIFICS.sub("", name.strip()).lower())
    return frozenset(word for word in words if word not in CORPORATE and word not in ("s",))


def _plain(who: str) -> str:
    return HONORIFICS.sub("", who).strip()


def _not_a_party(who: str) -> bool:
    plain = _plain(who).lower()
    return plain in NOT_A_PARTY or who.lower() in NOT_A_PARTY or not regex.search(r"\w", plain)


def _left_column(caption: str) -> Iterable[str]:
    for line in caption.split("\n"):
        segment = _COLUMN.split(line.strip())[0] if line.strip() else ""
        if _COURT_LINE.search(segment):
            yield ""  # a paragraph break: the parties start after the court's name
        else:
            yield segment


def _names(block: str) -> list[str]:
    block = " ".join(block.split())
    block = regex.sub(r",?\s*(?i:et\s+al)\.?,?", "", block)
    block = regex.sub(r",\s*(?:an?|the)\s+[^,]*?(?:corporation|company|partnership|individual|entity|association)\b,?", ",", block,
                      flags=regex.IGNORECASE)
    names = regex.split(r",?\s+and\s+(?=[A-Z])|;\s*", block)
    return [_clean(name) for name in names if _clean(name)]


def _clean(name: str) -> str:
    return " ".join(name.split()).strip(" ,.;:")


def _trailing_name(before: str) -> str:
    """The capitalised name that ends ``before``: 'between LeadClick Media, Inc.' -> 'LeadClick Media, Inc.'."""
    match = regex.search(r"((?:" + _TOKEN + r",?[ \t]+){0,6}" + _TOKEN + r")[ \t]*,?[ \t]*$", before)
    if match is None:
        return ""
    words = match.group(1).split()
    while words and words[0].lower() in NOT_A_PARTY:
        words.pop(0)
    return " ".join(words)
