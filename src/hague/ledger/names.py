"""State names and codes as users type them, resolved to ISO 3166-1 alpha-3.

The matching is country_converter's: its codes and its regular expressions for English
names and their common variants, copied into countries.json by scripts/countries.py (so
that an answer needs neither the library nor pandas); the alias table adds the short forms
it leaves out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from hague.errors import Ambiguous, HagueError

# Short forms country_converter does not resolve, or resolves to something else.
ALIASES = {
    "drc": "COD",
    "dr congo": "COD",
    "congo-kinshasa": "COD",
    "congo-brazzaville": "COG",
    "america": "USA",
    "us": "USA",
    "u.s.": "USA",
    "u.s.a.": "USA",
    "britain": "GBR",
    "great britain": "GBR",
    "u.k.": "GBR",
    "vatican city": "VAT",
    "state of palestine": "PSE",
    "uae": "ARE",
    "car": "CAF",
}

#: Short names that name more than one State: answered with the choices, never guessed.
#: Found by splitting every State's short and official English names into words and
#: keeping the words (other than "Republic", "South", "Islands" and the like) that two or
#: more States share: "congo" (COD, COG), "korea" (KOR, PRK), "guinea" (GIN, GNB, GNQ, PNG)
#: and "sudan" (SDN, SSD). "Guinea" and "Sudan" are each a State's own name, so they stay
#: that State's; tests/test_names.py repeats the search.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "congo": ("COD", "COG"),
    "the congo": ("COD", "COG"),
    "korea": ("KOR", "PRK"),
}

# States with full treaty-making capacity that are not UN members (the UN
# Secretary-General's practice as depositary).
NON_MEMBER_STATES = ("PSE", "VAT", "COK", "NIU")

#: Longest name looked up: longer text is refused before any matching (no State's name
#: comes near it).
MAX_NAME = 200


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    numeric: int
    name: str
    official: str
    regex: str
    un_member: int | None  # year of admission
    needles: tuple[str, ...]  # one of them is in every text the regex matches (scripts/countries.py)


@cache
def _rows() -> tuple[Country, ...]:
    raw = json.loads(Path(__file__).with_name("countries.json").read_text(encoding="utf-8"))
    return tuple(
        Country(iso3, iso2, numeric, short, official, regex, un, tuple(needles))
        for iso3, iso2, numeric, short, official, regex, un, needles in raw["rows"]
    )


@cache
def _table() -> dict[str, Country]:
    """The States hague covers: UN members and the four others, by alpha-3 code."""
    return {c.iso3: c for c in _rows() if c.un_member is not None or c.iso3 in NON_MEMBER_STATES}


@cache
def _regexes() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(c.regex, re.IGNORECASE), c.iso3) for c in _rows())


# What re.IGNORECASE lets match an ASCII letter: the letter in either case and four others
# (the re module's documentation): the text is folded so that it can be searched for lower-case needles.
_FOLD = str.maketrans(
    {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
    | {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}  # İ ı ſ and the Kelvin sign
)


@cache
def _needle_index() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The rows to try for a text, by the first three letters of their needles; the rows with
    a needle shorter than that are always tried."""
    index: dict[str, list[int]] = {}
    always = []
    for i, c in enumerate(_rows()):
        if min(map(len, c.needles), default=0) < 3:
            always.append(i)
            continue
        for needle in c.needles:
            index.setdefault(needle[:3], []).append(i)
    return {k: tuple(v) for k, v in index.items()}, tuple(always)


def _candidates(key: str) -> list[int]:
    """Rows whose regex may match `key`: those with a needle in it, in table order."""
    index, always = _needle_index()
    folded = key.translate(_FOLD)
    grams = {folded[i : i + 3] for i in range(len(folded) - 2)}
    rows = set(always).union(*(index[g] for g in grams.intersection(index)))
    return [i for i in sorted(rows) if any(n in folded for n in _rows()[i].needles)]


def all_states() -> list[str]:
    """ISO3 codes of every state hague covers: the 193 UN members and four others."""
    return sorted(_table())


def name(iso3: str) -> str:
    return _table()[iso3].name


def alpha2(iso3: str) -> str:
    """ISO 3166-1 alpha-2 code ("GB" for GBR: the table keeps a pattern where a State has two)."""
    return str(re.findall(r"[A-Z]{2}", _table()[iso3].iso2)[0])


def local_name(iso3: str, lang: str) -> str:
    """The State's name in `lang`: English as `name` gives it (the CLI's); French and Spanish
    from CLDR's territory names, through Babel (hague's [web] extra), never typed here, but
    where CLDR names a territory and the UN and the Court the State Party (PSE: CLDR's
    "Territoires palestiniens", the UN's "État de Palestine"), the sourced name of
    hague.i18n.state_names."""
    return name(iso3) if lang == "en" else _local_names(lang)[iso3]


@cache
def _local_names(lang: str) -> dict[str, str]:
    from babel import Locale

    from hague.i18n import state_names

    territories = Locale.parse(lang).territories
    return {iso3: territories[alpha2(iso3)] for iso3 in _table()} | state_names(lang)


def official_name(iso3: str) -> str:
    return _table()[iso3].official


def numeric(iso3: str) -> str:
    """ISO 3166-1 numeric code, three digits (as world maps key their shapes)."""
    return f"{_table()[iso3].numeric:03d}"


def un_member_since(iso3: str) -> int | None:
    return _table()[iso3].un_member


def ambiguous(text: str) -> tuple[str, ...]:
    """The States a name may mean when it means more than one ("Congo"); () otherwise."""
    return AMBIGUOUS.get(" ".join(text.lower().split()), ())


def resolve(text: str) -> str:
    """ISO3 code for a code (alpha-3, alpha-2, numeric) or English name; a name of more than
    one State raises Ambiguous listing them."""
    choices = ambiguous(text)
    if choices:
        listed = ", ".join(f"{c} ({name(c)})" for c in choices)
        raise Ambiguous.of(
            "state.ambiguous",
            "state: {text!r} names more than one State: {listed}; give its code or its full name",
            field="state",
            valid=list(choices),
            text=text.strip(),
            listed=listed,
        )
    found, problem = _resolve(text)
    if found is None:
        assert problem is not None
        key = text.strip()[:MAX_NAME]
        if problem.startswith("state: unknown state"):  # the closest names, worked out only for a person
            raise _unknown(key)
        raise HagueError(problem, field="state", valid=_suggest(key))
    return found


def find(text: str) -> str | None:
    """The ISO3 code, or None for a name that is not a State's: no suggestions worked out, so
    that a column of a million unknown names costs no more than known ones (hague bulk)."""
    return _resolve(text)[0]


@lru_cache(maxsize=8192)
def _resolve(text: str) -> tuple[str | None, str | None]:
    """(code, None) or (None, message): remembered, since the same names come back again and again."""
    try:
        return _lookup(text), None
    except HagueError as exc:
        return None, exc.message


def _lookup(text: str) -> str:
    key = text.strip()
    if not key:
        raise HagueError("state: empty; give a name or an ISO code, e.g. BDI or Burundi", field="state")
    if len(key) > MAX_NAME:
        raise HagueError(f"state: {len(key)} characters is longer than any State's name (at most {MAX_NAME})")
    if ambiguous(key):
        raise HagueError(f"state: {key!r} names more than one State", field="state")
    states = _table()
    if key.upper() in states:
        return key.upper()
    if key.lower() in ALIASES:
        return ALIASES[key.lower()]
    found = _convert(key)
    if found is not None and found in states:
        return found
    raise HagueError(f"state: unknown state {key!r}", field="state")


def _convert(key: str) -> str | None:
    """country_converter's reading of one name: a numeric, two- or three-letter code, else
    the one row whose regular expression it matches (none or several: not found)."""
    if key.isascii() and key.isdigit():
        hits = [c.iso3 for c in _rows() if c.numeric == int(key)]
    elif len(key) == 2:
        hits = [c.iso3 for c in _rows() if re.search(c.iso2, key, re.IGNORECASE)]  # "GB|UK"
    elif len(key) == 3:
        hits = [c.iso3 for c in _rows() if c.iso3.lower() == key.lower()]
    else:
        regexes = _regexes()
        hits = [regexes[i][1] for i in _candidates(key) if regexes[i][0].search(key)]
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=4096)
def _suggest(key: str) -> list[str]:
    import difflib

    choices: dict[str, str] = {}
    for iso3, c in _table().items():
        for label in (c.name, c.official, iso3):
            choices[label.lower()] = iso3
    for alias, iso3 in ALIASES.items():
        choices[alias] = iso3
    close = difflib.get_close_matches(key.lower(), list(choices), n=8, cutoff=0.6)
    seen: list[str] = []
    for label in close:
        code = choices[label]
        if code not in seen:
            seen.append(code)
    return seen[:4]


def _unknown(key: str) -> HagueError:
    suggested = _suggest(key)
    hints = ", ".join(f"{code} ({name(code)})" for code in suggested)
    if hints:
        return HagueError.of(
            "state.unknown_hints",
            "state: unknown state {key!r}; did you mean {hints}?",
            field="state",
            valid=suggested,
            key=key,
            hints=hints,
        )
    return HagueError.of(
        "state.unknown",
        "state: unknown state {key!r}; use an ISO 3166 code or an English name",
        field="state",
        valid=suggested,
        key=key,
    )
