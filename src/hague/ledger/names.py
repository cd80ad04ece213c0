"""State names and codes as users type them, resolved to ISO 3166-1 alpha-3.

country_converter does the matching (ISO codes, English names and their common
variants); the alias table adds the short forms it leaves out.
"""

from __future__ import annotations

import difflib
import logging
from functools import cache, lru_cache
from typing import Any

import country_converter as coco
import pandas as pd

from hague.errors import HagueError

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

# States with full treaty-making capacity that are not UN members (the UN
# Secretary-General's practice as depositary).
NON_MEMBER_STATES = ("PSE", "VAT", "COK", "NIU")


@cache
def _table() -> pd.DataFrame:
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    data = coco.CountryConverter().data
    keep = data.UNmember.notna() | data.ISO3.isin(NON_MEMBER_STATES)
    table: pd.DataFrame = data[keep].set_index("ISO3")
    return table


@cache
def _converter() -> coco.CountryConverter:
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    return coco.CountryConverter()


def all_states() -> list[str]:
    """ISO3 codes of every state hague covers: the 193 UN members and four others."""
    return sorted(_table().index)


@cache
def name(iso3: str) -> str:
    return str(_table().loc[iso3, "name_short"])


def official_name(iso3: str) -> str:
    return str(_table().loc[iso3, "name_official"])


@cache
def numeric(iso3: str) -> str:
    """ISO 3166-1 numeric code, three digits (as world maps key their shapes)."""
    value: Any = _table().loc[iso3, "ISOnumeric"]
    return f"{int(value):03d}"


def un_member_since(iso3: str) -> int | None:
    year: Any = _table().loc[iso3, "UNmember"]
    return None if pd.isna(year) else int(year)


def resolve(text: str) -> str:
    """ISO3 code for a code (alpha-3, alpha-2, numeric) or English name."""
    found, problem = _resolve(text)
    if found is None:
        assert problem is not None
        raise HagueError(problem, field="state", valid=_suggest(text.strip()))
    return found


@lru_cache(maxsize=8192)
def _resolve(text: str) -> tuple[str | None, str | None]:
    """(code, None) or (None, message): remembered, since country_converter's regular
    expressions take milliseconds and the same names come back again and again."""
    try:
        return _lookup(text), None
    except HagueError as exc:
        return None, exc.message


def _lookup(text: str) -> str:
    key = text.strip()
    if not key:
        raise HagueError("state: empty; give a name or an ISO code, e.g. BDI or Burundi", field="state")
    states = _table()
    if key.upper() in states.index:
        return key.upper()
    if key.lower() in ALIASES:
        return ALIASES[key.lower()]
    found = _converter().convert(key, to="ISO3", not_found=None)
    if isinstance(found, str) and found in states.index:
        return found
    raise HagueError(_unknown(key), field="state", valid=_suggest(key))


@lru_cache(maxsize=4096)
def _suggest(key: str) -> list[str]:
    states = _table()
    choices: dict[str, str] = {}
    for iso3, row in states.iterrows():
        for label in (row["name_short"], row["name_official"], iso3):
            choices[str(label).lower()] = str(iso3)
    for alias, iso3 in ALIASES.items():
        choices[alias] = iso3
    close = difflib.get_close_matches(key.lower(), list(choices), n=8, cutoff=0.6)
    seen: list[str] = []
    for label in close:
        code = choices[label]
        if code not in seen:
            seen.append(code)
    return seen[:4]


def _unknown(key: str) -> str:
    hints = [f"{code} ({name(code)})" for code in _suggest(key)]
    tail = f"; did you mean {', '.join(hints)}?" if hints else "; use an ISO 3166 code or an English name"
    return f"state: unknown state {key!r}{tail}"
