"""Counts of States in the Statute system, read word by word: "34 African states are ICC members",
"bringing the number of states parties to 124", "ratified by 123 countries", "33 from Africa",
"One hundred twenty-four countries", "31 countries have only signed it".

A count is a number (figures or words, with its qualifier: "more than", "nearly") and what it
counts: a noun for States ("countries", "States Parties", "signatories"), perhaps after a regional
group's adjective, or a region after "from", or "the number of <noun> ... to N". The words around
decide whether it counts parties or signatories, and which regional group. Tokens are found by one
linear pass; each rule looks a few tokens either side, so the time grows with the text.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from hague.claims.mentions import GROUP_ADJECTIVES, UNITS, Mention
from hague.claims.text import MONTHS

_TOKEN = re.compile(r"[0-9]+(?:st|nd|rd|th)?|\w+(?:[-'’]\w+)*|&|[^\w\s]")

TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# Qualifiers before the number, longest first (their meanings: verdicts._fits).
APPROX = [
    ("just", "over"),
    ("just", "under"),
    ("more", "than"),
    ("fewer", "than"),
    ("less", "than"),
    ("at", "least"),
    ("close", "to"),
    ("over",),
    ("nearly",),
    ("almost",),
    ("about",),
    ("around",),
    ("some",),
    ("roughly",),
    ("approximately",),
    ("under",),
    ("exactly",),
    ("only",),
]
# Nouns that count States, and the ones that count signatures.
STATE_NOUNS = {"countries", "states", "nations", "members", "parties", "signatories", "governments"}
SIGNED = {"signatories", "signatory", "signed", "signing", "sign", "signatures"}
# Words that may stand between the number and the noun ("34 African states", "123 ICC member states").
FILLERS = {
    "other",
    "member",
    "icc",
    "court's",
    "court’s",
    "icc's",
    "icc’s",
    "sovereign",
    "state",
    "independent",
    "more",
    "european",
    "african",
    "asian",
    "asia-pacific",
    "latin",
    "american",
    "and",
    "caribbean",
    "eastern",
    "western",
    "of",
    "the",
}
# A region after "from" (or before "States"): the Assembly's regional groups.
REGIONS = [
    (("western", "european", "and", "others"), "Western European and other States"),
    (("western", "european", "and", "other"), "Western European and other States"),
    (("weog",), "Western European and other States"),
    (("latin", "america", "&", "caribbean"), "Latin American and Caribbean States"),
    (("latin", "america", "and", "the", "caribbean"), "Latin American and Caribbean States"),
    (("latin", "america", "and", "caribbean"), "Latin American and Caribbean States"),
    (("latin", "american", "and", "caribbean"), "Latin American and Caribbean States"),
    (("grulac",), "Latin American and Caribbean States"),
    (("eastern", "europe"), "Eastern European States"),
    (("eastern", "european"), "Eastern European States"),
    (("asia-pacific",), "Asia-Pacific States"),
    (("asia", "pacific"), "Asia-Pacific States"),
    (("asia",), "Asia-Pacific States"),
    (("asian",), "Asia-Pacific States"),
    (("africa",), "African States"),
    (("african",), "African States"),
]
# After the noun: a count of withdrawals or of something else, not of parties.
# Words naming a body other than the Court or its Assembly: "members of" one of them are not its parties.
OTHER_BODIES = {"council", "un", "u.n", "u.n.", "united", "union", "league", "nato", "eu", "commonwealth", "g20", "g7"}
NOT_PARTIES = {
    "withdrawn",
    "withdrew",
    "withdrawing",
    "left",
    "quit",
    "pulled",
    "voted",
    "abstained",
    "abstaining",
    "abstain",
    "opposed",
    "adopted",
    "against",
}
# Words that make a count the result of the act the sentence reports.
RESULT = {
    "bringing",
    "brings",
    "bring",
    "brought",
    "rose",
    "rises",
    "risen",
    "raising",
    "raises",
    "raised",
    "increased",
    "increasing",
    "making",
    "grew",
    "grown",
    "swelled",
    "pushing",
    "takes",
    "taking",
}
_COME = {"come", "comes", "came", "are", "were", "hail"}
CURRENT = {"currently", "now", "today", "presently", ("so", "far"), ("to", "date"), ("as", "yet")}


@dataclass(frozen=True)
class Token:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True)
class Count:
    """A count found in a sentence: the number, its qualifier, what it counts and of which group."""

    start: int
    end: int
    number: int
    approx: str | None
    what: str  # parties | signatories
    group: Mention
    current: bool  # "currently", "now": as of the text's day, whatever other dates it names
    result: bool = False  # "bringing the number to 124": the count once the act the sentence reports took effect


def tokens(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.group().lower(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def find(text: str, offset: int = 0) -> list[Count]:
    """The counts of States in one sentence (`text` starts at `offset` in the whole text)."""
    if not _NUMERAL.search(text):
        return []  # most sentences hold no figure and no number word: nothing to count
    toks = tokens(text, offset)
    out: list[Count] = []
    i = 0
    while i < len(toks):
        rank = _rank(toks, i)
        if rank is not None:
            out.append(rank)
            i += 1
            continue
        number = _number(toks, i)
        if number is None:
            i += 1
            continue
        value, j = number
        count = _count(toks, i, j, value)
        if count is not None:
            out.append(count)
        i = j
    return out


_ORDINAL = re.compile(r"([0-9]{1,3})(?:st|nd|rd|th)")
# A figure or a number word (a unit, a ten, "hundred"): what every count and rank starts with.
_NUMERAL = re.compile(
    r"[0-9]|\b(?:" + "|".join(sorted({*UNITS, *TENS, "hundred"} - {"no", "a"}, key=len, reverse=True)) + r")",
    re.IGNORECASE,
)
_STATE_WORDS = {"state", "country", "nation", "member", "party"}


def _rank(toks: list[Token], i: int) -> Count | None:
    """A rank within a regional group, as a count once the State named joined: "the 34th African
    State to join", "the 20th State from the Eastern European States" (the group's count on the day
    the State named joined)."""
    m = _ORDINAL.fullmatch(toks[i].low)
    if m is None:
        return None
    j = i + 1
    found = _region(toks, j)
    group, k = (found[0], found[1]) if found else (None, j)
    if k >= len(toks) or toks[k].low not in _STATE_WORDS:
        return None
    k += 1
    if k < len(toks) and toks[k].low in ("party", "parties"):
        k += 1
    if group is None:  # "the 20th State from the Eastern European States"
        words = [t.low for t in toks[k : k + 6]]
        if words[:1] and words[0] in ("from", "in", "of"):
            at = k + 1 + (1 if words[1:2] == ["the"] else 0)
            found = _region(toks, at)  # not "the Americas": the regional group leaves out Canada and the US
            if found is not None:
                group = found[0]
    if group is None:
        return None
    mention = Mention(
        toks[i].start, toks[k - 1].end, " ".join(t.text for t in toks[i:k]), None, "group", group, None, None
    )
    return Count(toks[i].start, toks[k - 1].end, int(m.group(1)), None, "parties", mention, False, True)


def _number(toks: list[Token], i: int) -> tuple[int, int] | None:
    """(value, index after it) for a number at i: 2-3 figures, or words up to "one hundred and
    twenty-four"; not a year, a day of a month, an ordinal or a share."""
    t = toks[i]
    if t.low.isascii() and t.low.isdigit():
        if not 1 <= len(t.low) <= 3:
            return None
        j = i + 1
        if j < len(toks) and toks[j].low in ("%", "percent", "per", ",", ":") and toks[j].low != ",":
            return None
        if _next(toks, i, MONTHS) or (i and toks[i - 1].low in MONTHS) or (i and toks[i - 1].low in ("$", "€", "£")):
            return None
        if j < len(toks) and toks[j].low in (".", ",") and j + 1 < len(toks) and toks[j + 1].low.isdigit():
            return None  # 1.5, 1,000
        return int(t.low), j
    value, j = 0, i
    hundreds = False
    if toks[j].low in ("one", "a") and j + 1 < len(toks) and toks[j + 1].low == "hundred":
        value, j, hundreds = 100, j + 2, True
        if j < len(toks) and toks[j].low == "and":
            j += 1
    rest = _words_below_hundred(toks, j)
    if rest is not None:
        value += rest[0]
        j = rest[1]
    elif not hundreds:
        return None
    return value, j


def _words_below_hundred(toks: list[Token], j: int) -> tuple[int, int] | None:
    if j >= len(toks):
        return None
    low = toks[j].low
    if low in UNITS and low != "no":
        return UNITS[low], j + 1
    tens, _, unit = low.partition("-")
    if tens in TENS and (not unit or unit in UNITS):
        return TENS[tens] + UNITS.get(unit, 0), j + 1
    if tens in TENS:
        return None
    return None


def _next(toks: list[Token], i: int, words: Collection[str]) -> bool:
    return i + 1 < len(toks) and toks[i + 1].low in words


def _approx(toks: list[Token], i: int) -> str | None:
    for words in APPROX:
        k = i - len(words)
        if k >= 0 and tuple(t.low for t in toks[k:i]) == words:
            return " ".join(words)
    return None


def _region(toks: list[Token], k: int) -> tuple[str, int] | None:
    for words, group in REGIONS:
        if tuple(t.low for t in toks[k : k + len(words)]) == words:
            return group, k + len(words)
    return None


def _count(toks: list[Token], i: int, j: int, value: int) -> Count | None:
    if i >= 2 and toks[i - 2].low == "out" and toks[i - 1].low == "of":
        return None  # "124 countries out of 198": the whole, not a count of parties
    approx = _approx(toks, i)
    group = "all"
    k = j
    # "34 African states", "123 ICC member states", "19 Asia-Pacific States"
    while k < len(toks) and k - j < 5 and toks[k].low in FILLERS and toks[k].low not in STATE_NOUNS:
        k += 1
    noun_end = None
    if k < len(toks) and toks[k].low in STATE_NOUNS:
        found = _region(toks, j)
        if found is not None and found[1] <= k:
            group = found[0]
        if toks[k].low == "states" and k + 1 < len(toks) and toks[k + 1].low in ("parties", "party"):
            k += 1
        noun_end = k + 1
    elif j < len(toks) and (toks[j].low == "from" or (toks[j].low in _COME and _next(toks, j, {"from"}))):
        found = _region(toks, j + 1 if toks[j].low == "from" else j + 2)  # "33 from Africa", "20 come from"
        if found is None:
            return None
        group, noun_end = found[0], found[1]
    elif j + 2 < len(toks) and toks[j].low in ("are", "were") and _region(toks, j + 1):  # "33 are African States"
        group, end = _region(toks, j + 1)  # type: ignore[misc]
        if end < len(toks) and toks[end].low == "states":
            noun_end = end + 1
    elif _number_of(toks, i) or _joined_after(toks, j):  # "the number of States Parties to 124", "125 have joined"
        noun_end = j
    if noun_end is None:
        return None
    after = [t.low for t in toks[noun_end : noun_end + 6]]
    before = [t.low for t in toks[max(0, i - 4) : i]]
    if any(w in NOT_PARTIES for w in after):
        return None
    if after[:1] == ["in"] and any(w in ("region", "group") for w in after[1:5]):
        return None  # "55 States in the Asia-Pacific region": the region's States, not its parties
    if after[:1] == ["of"] and any(t.low in OTHER_BODIES for t in toks[noun_end + 1 : noun_end + 9]):
        return None  # "the 15 members of the U.N. Security Council", "55 members of the African Union": another body's
    if any(t.low in ("un", "u.n", "united") for t in toks[j:noun_end]) or (j < len(toks) and toks[j].low == "un"):
        return None  # "193 UN member states": the UN's members
    noun = toks[noun_end - 1].low
    signed = [k for k, w in enumerate(after[:3]) if w in SIGNED and not (k + 1 < len(after) and after[k + 1] == "up")]
    what = "signatories" if noun in SIGNED or signed or any(w in SIGNED for w in before[-2:]) else "parties"
    if "ratified" in after[:3] or "ratified" in before[-2:]:
        what = "parties"
    start = toks[i - len(approx.split())].start if approx else toks[i].start
    end = toks[noun_end - 1].end
    near = [t.low for t in toks[max(0, i - 6) : noun_end + 5]]
    current = any(w in CURRENT for w in near) or any(pair in CURRENT for pair in zip(near, near[1:], strict=False))
    mention = Mention(toks[i].start, end, " ".join(t.text for t in toks[i:noun_end]), None, "group", group, None, None)
    window = {t.low for t in toks[max(0, i - 10) : i]}
    return Count(start, end, value, approx, what, mention, current, bool(window & RESULT))


_JOINED = {"joined", "ratified", "acceded", "signed"}


def _joined_after(toks: list[Token], j: int) -> bool:
    """The number is the subject of joining: "125 have joined", "31 had only signed"."""
    words = [t.low for t in toks[j : j + 4]]
    return bool(words) and words[0] in ("have", "has", "had") and any(w in _JOINED for w in words[1:3])


def _number_of(toks: list[Token], i: int) -> bool:
    """'the (total) number of <noun> (rises|to|at|is) N', 'a total of N', 'counts with N'."""
    window = [t.low for t in toks[max(0, i - 9) : i]]
    if "membership" in window[-3:] or ("membership" in window and window[-1] in ("to", "at")):
        return True  # "membership rose to 124", "its membership stands at 125"
    if "number" in window or "total" in window:
        word = "number" if "number" in window else "total"
        last = max(i - 9, 0) + len(window) - 1 - window[::-1].index(word)  # its last place before N
        return bool({t.low for t in toks[last:i]} & (STATE_NOUNS | {"membership"}))
    return False


__all__ = ["GROUP_ADJECTIVES", "Count", "find", "tokens"]
