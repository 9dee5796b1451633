"""How filings give an address, an e-mail address and a telephone number.

Counsel blocks and signature blocks write these in many ways: street addresses in
capitals ("ONE MARKET PLAZA, SPEAR TOWER"), with abbreviations ("Ste. 500", "Fl. 12",
"Calif. 94105", "CA 94105-1234"), by building name ("Embarcadero Center West"), or a
post-office box. ``ADDRESS``, ``EMAIL`` and ``PHONE`` find one; each matches within a
line or across a single line break, never across a blank line.
"""

from __future__ import annotations

import regex

from filelint.legal.lazy_regex import lazy

# Compiled here, not lazily: _upper_letters rewrites ~160 words while this module is imported.
_LOWER_LETTER = regex.compile(r"(?<!\\)[a-z]")


def _any_case(alternatives: str) -> str:
    """``Street|St`` -> ``Street|STREET|St|ST``: a word as typed or in capitals, not in lower case.

    Lower case is left out on purpose: "3 motions before the court" is not an address.
    """
    words = alternatives.split("|")
    return "|".join(dict.fromkeys(form for word in words for form in (word, _upper_letters(word))))


def _upper_letters(pattern: str) -> str:
    """Capitals for a pattern's letters, leaving escapes such as ``\\t`` alone."""
    return _LOWER_LETTER.sub(lambda match: match.group().upper(), pattern)


# A space or tab, or one line break (not a blank line): a block wraps an address over lines.
_GAP = r"[ \t]*(?:\r?\n[ \t]*)?"
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Av|Boulevard|Blvd|Road|Rd|Drive|Dr|Way|Lane|Ln|Place|Pl|Court|Ct|Plaza|Plz|Center|Centre|Ctr"
    r"|Parkway|Pkwy|Park|Square|Sq|Circle|Cir|Highway|Hwy|Terrace|Ter|Alley|Embarcadero|Row|Mall|Walk|Tower|Trail|Loop"
)
_NUMBER_WORDS = r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Fifty|Hundred"
# "100 Market Street", "1 Embarcadero Center", "One Market Plaza", "555 California St., Ste. 500".
_STREET = (
    rf"\b(?:\d{{1,6}}[A-Z]?|{_any_case(_NUMBER_WORDS)})[ \t]+(?:[NSEW]\.?[ \t]+)?[\p{{Lu}}\d][\w.'’&-]*"
    rf"(?:[ \t]+[\p{{Lu}}\d][\w.'’&-]*){{0,4}}?[ \t]+(?:{_any_case(_STREET_TYPES)})\b\.?"
)
_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR"
    r"|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
    r"|Cal|Calif|Cali|California|Ariz|Arizona|Colo|Colorado|Conn|Connecticut|Del|Delaware|Fla|Florida|Ga|Georgia"
    r"|Ill|Illinois|Mass|Massachusetts|Md|Maryland|Mich|Michigan|Minn|Minnesota|Nev|Nevada|N\.?[ \t]*J|New[ \t]+Jersey"
    r"|N\.?[ \t]*Y|New[ \t]+York|Ore|Oreg|Oregon|Pa|Penn|Pennsylvania|Tex|Texas|Va|Virginia|Wash|Washington"
    r"|D\.?[ \t]*C|District[ \t]+of[ \t]+Columbia|Utah|Idaho|Hawaii|Ohio"
)
# "San Francisco, California 94105", "SAN FRANCISCO, CA 94111-4067", "Palo Alto, Calif. 94301".
_CITY_STATE_ZIP = (
    rf"\b\p{{Lu}}[\p{{L}}.'’ \t-]*,{_GAP}(?:{_any_case(_STATES)})\.?,?[ \t]+\d{{5}}(?:[ \t]*-[ \t]*\d{{4}})?\b"
)
_PO_BOX = r"(?i:\bP\.?[ \t]*O\.?[ \t]*Box[ \t]+\d+|\bPost[ \t]+Office[ \t]+Box[ \t]+\d+)"
# "Suite 500", "Ste. 500", "Fl. 12", "12th Floor", "Floor 12": a unit line counts with a street or city line.
_UNIT = r"\b(?:Suite|Ste\.?|Fl\.?|Floor|Rm\.?|Room|Unit|Bldg\.?|Building)[ \t]*#?[ \t]*\d+\w?\b|\b\d+(?:st|nd|rd|th)[ \t]+Fl(?:oor|\.)?"

ADDRESS = lazy(rf"{_STREET}|{_CITY_STATE_ZIP}|{_PO_BOX}")
UNIT = lazy(_UNIT, regex.IGNORECASE)
EMAIL = lazy(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", regex.IGNORECASE)
# "(415) 555-0100", "415.555.0100", "415-555-0100", "+1 415 555 0100", "415/555-0100".
PHONE = lazy(r"(?:\+?1[ \t.\-]*)?\(?\b\d{3}\)?[ \t.\-/]*\d{3}[ \t.\-]\d{4}\b")
FAX = lazy(r"\b(?:Fax|Facsimile|Telecopier|Telecopy|FX)\b", regex.IGNORECASE)


# Counsel's State Bar number: "SBN 123456", "State Bar No. 123456", "CA Bar No. 250351", "CSB #123456", "(#134180)".
BAR_NUMBER = lazy(
    r"(?:\bSBN|\bS\.B\.N\.?|\bCSB|\b(?:State[ \t]+)?Bar[ \t]+(?:No|Number|Num)\.?|\bS\.B\.[ \t]*#|\bBar[ \t]*#)[ \t]*[:#]?[ \t]*\d{4,7}"
    r"|\([ \t]*#?[ \t]*\d{5,6}[ \t]*\)",
    regex.IGNORECASE,
)
# Counsel admitted for the one case ("(pro hac vice)", "admitted pro hac vice"): not members of the State Bar.
PRO_HAC_VICE = lazy(r"\bpro[ \t]+hac[ \t]+vice\b", regex.IGNORECASE)
# Whom counsel represent: "Attorneys for Plaintiff ...", "Counsel for Defendants", or a party's own "Pro Se".
PRO_SE = lazy(r"\bPro[ \t]+Se\b|\bin[ \t]+pro(?:pria)?\.?[ \t]+per(?:sona)?\b|\bself-represented\b", regex.IGNORECASE)
REPRESENTS = lazy(rf"\b(?:Attorneys?|Counsel)[ \t]+(?:of[ \t]+Record[ \t]+)?for\b|{PRO_SE.pattern}", regex.IGNORECASE)


def has_address(text: str) -> bool:
    """``text`` gives a postal address: a street, a city with state and ZIP code, or a post-office box."""
    return bool(ADDRESS.search(text))


def has_email(text: str) -> bool:
    return bool(EMAIL.search(text))


def has_phone(text: str) -> bool:
    return bool(PHONE.search(text))
