"""Text as the checker reads it: input checks, sentences, dates, and the day the text speaks from."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from hague.errors import HagueError

#: Largest text accepted, in bytes of UTF-8: a long article is 50 kB; a megabyte is a book chapter.
MAX_BYTES = 1_000_000
LIMIT_TEXT = "1 MB (1,000,000 bytes of UTF-8)"


def decode(data: bytes) -> str:
    """Bytes from a file or standard input as text: UTF-8 only, not binary, within MAX_BYTES."""
    if len(data) > MAX_BYTES:
        raise HagueError(
            f"text: the input is over the size limit of {LIMIT_TEXT}; check a shorter text or split it",
            field="text",
        )
    if b"\x00" in data:
        raise HagueError(
            "text: the input looks like binary data (it contains NUL bytes); give plain UTF-8 text", field="text"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise HagueError(
            f"text: the input is not UTF-8 (byte 0x{bad:02x} at offset {exc.start} cannot be decoded); "
            "save or convert the text as UTF-8",
            field="text",
        ) from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def validate(text: str) -> None:
    """Refuse text over the size limit or that looks binary (as a str: NULs or many control characters)."""
    if len(text) * 4 > MAX_BYTES and len(text.encode("utf-8")) > MAX_BYTES:
        raise HagueError(
            f"text: the input is over the size limit of {LIMIT_TEXT}; check a shorter text or split it",
            field="text",
        )
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(3, len(text) // 100):
        raise HagueError(
            "text: the input looks like binary data (NUL or control characters); give plain UTF-8 text",
            field="text",
        )


# -- sentences -------------------------------------------------------------------------------

# A full stop after these is not the end of a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "art",
    "arts",
    "para",
    "paras",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "gen",
    "lt",
    "col",
    "sen",
    "rep",
    "gov",
    "pres",
    "u.s",
    "u.n",
    "u.k",
    "u.s.a",
    "inc",
    "ltd",
    "jr",
    "sr",
}
# A sentence begins with a capital, Latin (accented too: "États-Unis", "À") or Cyrillic, for the
# languages hague.claims.foreign reads; "«" opens a quotation in French and Russian.
_BOUNDARY = re.compile(
    r"""[.!?]["'”’»)\]]*\s+(?=(?:["'“‘(\[]|«\s?)?[A-Z0-9À-ÖØ-ÞА-ЯЁ])|\n\s*\n|\n(?=\s*[A-ZÀ-ÖØ-ÞА-ЯЁ"“«])"""
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_WORD = 40


def sentences(text: str) -> list[Sentence]:
    """Sentences with their character offsets in `text`; abbreviations and initials do not end one."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            # The word before the full stop, read from a short window: no abbreviation is longer, and
            # reading back to the sentence's start made a text of abbreviations quadratic.
            before = re.search(r"([\w.]+)\.?$", text[max(start, m.start() - _WORD) : m.start()])
            word = (before.group(1) if before else "").lower().rstrip(".")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        end = m.start() + 1 if m.group(0)[0] in ".!?" else m.start()
        _add(out, text, start, end)
        start = m.end()
    _add(out, text, start, len(text))
    return out


#: Longest stretch read as one sentence. News sentences run to a few hundred characters; cutting longer
#: runs (lists, tables, text without full stops) keeps the work per sentence bounded.
MAX_SENTENCE = 1_000


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = max(text.rfind(sep, start, start + MAX_SENTENCE) for sep in (";", ",", " "))
        cut = cut + 1 if cut > start + MAX_SENTENCE // 2 else start + MAX_SENTENCE
        out.append(Sentence(start, cut, text[start:cut]))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


# -- dates -----------------------------------------------------------------------------------

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:199[0-9]|20[0-4][0-9])"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_DATE_FORMS = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])\b"),
    ("dmy", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    ("mdy", rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
    ("mm-y", rf"\b(?P<mon>{_MONTH})\s*(?:and|to|-|–|—|through)\s*(?P<mon2>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("my", rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("yy", rf"\b(?P<y>{_YEAR})\s*(?:-|–|—|to|and)\s*(?P<y2>{_YEAR})\b"),
    ("y", rf"(?<![\w-])(?P<y>{_YEAR})(?![\w-])"),
    ("rel", r"\b(?P<rel>last\s+year|this\s+year|earlier\s+this\s+year|a\s+year\s+ago|last\s+month|this\s+month)\b"),
    # a day without its year (issue 14, kind 3): "on 14 November", "October 1 this year", read in the as-of year
    ("dm", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<when>this|last|next)\s+year)?(?![\w-])"),
    ("md", rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<when>this|last|next)\s+year)?(?![\w,-]*\s*(?:,\s*)?\d)"),
    # a day of the week, the latest on or before the as-of day: "withdrew on Sunday"
    ("wd", r"\b(?:on|last)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
]
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_RES = [(name, re.compile(rx, re.IGNORECASE if name == "rel" else 0)) for name, rx in _DATE_FORMS]


@dataclass(frozen=True)
class DateMention:
    """A date as written: `first`..`last` (inclusive) once resolved; relative ones need the as-of day."""

    start: int
    end: int
    text: str
    precision: str  # day | month | year | range | relative
    first: date | None
    last: date | None
    relative: str | None = None

    def resolve(self, as_of: date) -> DateMention:
        if self.relative is None:
            return self
        rel = " ".join(self.relative.lower().split())
        if rel.startswith("md:"):
            _, month, day, when = rel.split(":")
            y = as_of.year + {"last": -1, "next": 1}.get(when, 0)
            try:
                d = date(y, int(month), int(day))
            except ValueError:
                return self
            return _replace(self, d, d, "day")
        if rel.startswith("wd:"):
            back = (as_of.weekday() - int(rel[3:])) % 7
            d = date.fromordinal(as_of.toordinal() - back)
            return _replace(self, d, d, "day")
        if rel in ("last year", "a year ago"):
            y = as_of.year - 1
            return _replace(self, date(y, 1, 1), date(y, 12, 31), "year")
        if rel in ("this year", "earlier this year"):
            return _replace(self, date(as_of.year, 1, 1), as_of, "year")
        if rel == "last month":
            y, m = (as_of.year, as_of.month - 1) if as_of.month > 1 else (as_of.year - 1, 12)
            return _replace(self, date(y, m, 1), _month_end(y, m), "month")
        return _replace(self, date(as_of.year, as_of.month, 1), as_of, "month")

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "precision": self.precision,
            "from": self.first.isoformat() if self.first else None,
            "to": self.last.isoformat() if self.last else None,
        }

    def label(self) -> str:
        if self.first is None or self.last is None:
            return self.text
        if self.precision == "day":
            return self.first.isoformat()
        if self.precision == "month":
            return self.first.strftime("%B %Y")
        if self.precision == "year":
            return str(self.first.year)
        return f"{self.first.isoformat()} to {self.last.isoformat()}"

    def covers(self, day: date) -> bool:
        return self.first is not None and self.last is not None and self.first <= day <= self.last


def _replace(d: DateMention, first: date, last: date, precision: str) -> DateMention:
    return DateMention(d.start, d.end, d.text, precision, first, last, None)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every date written in `text` (offsets shifted by `offset`); where forms overlap, the longest wins."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for form, rx in _DATE_RES:
        found.extend((m.start(), m.end(), form, m) for m in rx.finditer(text))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMention] = []
    taken_until = -1
    for start, end, form, m in found:
        if start < taken_until:
            continue
        mention = _mention(form, m, start + offset, end + offset)
        if mention is not None:
            out.append(mention)
            taken_until = end
    return out


def _mention(form: str, m: re.Match[str], s: int, e: int) -> DateMention | None:
    g = m.groupdict()
    try:
        if form in ("iso", "dmy", "mdy"):
            y = int(g["y"])
            mo = int(g["m"]) if form == "iso" else _month(g["mon"])
            d = date(y, mo, _day_number(g["d"]))
            return DateMention(s, e, m.group(0), "day", d, d)
        if form == "mm-y":
            y = int(g["y"])
            a, b = _month(g["mon"]), _month(g["mon2"])
            return DateMention(s, e, m.group(0), "range", date(y, a, 1), _month_end(y, b)) if b >= a else None
        if form == "my":
            y, mo = int(g["y"]), _month(g["mon"])
            return DateMention(s, e, m.group(0), "month", date(y, mo, 1), _month_end(y, mo))
        if form == "yy":
            a, b = int(g["y"]), int(g["y2"])
            return DateMention(s, e, m.group(0), "range", date(a, 1, 1), date(b, 12, 31)) if b > a else None
        if form == "y":
            y = int(g["y"])
            return DateMention(s, e, m.group(0), "year", date(y, 1, 1), date(y, 12, 31))
        if form in ("dm", "md"):
            mo, dd = _month(g["mon"]), _day_number(g["d"])
            date(2000, mo, dd)  # a day some year has (29 February included)
            return DateMention(s, e, m.group(0), "relative", None, None, f"md:{mo}:{dd}:{g.get('when') or 'this'}")
        if form == "wd":
            return DateMention(s, e, m.group(0), "relative", None, None, f"wd:{_WEEKDAYS.index(g['wd'].lower())}")
        return DateMention(s, e, m.group(0), "relative", None, None, g["rel"])
    except ValueError:
        return None  # "31 February 2016" is no date


# -- the day the text speaks from ----------------------------------------------------------------

# A date after these words is one the text looks forward to, not the day it was written.
# A date after these words is the period a declaration or a situation covers ("crimes committed
# from 21 November 2013"), not a day the text speaks from.
_COVERED = re.compile(
    r"\b(?:crimes?|committed|conduct|retroactive\w*)\b[^.]{0,60}\b(?:from|since|as\s+of|between|after|to|until|and)\s+(?:\w+\s+)?$"
    r"|\bjurisdiction\s+(?:since|from|as\s+of)\s*$",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"(?:will|would|shall|until|till|effective|take\s+effect|takes\s+effect|due|scheduled|expected|from|by|before)"
    r"\s+(?:\w+\s+){0,3}(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
DATELINE_CHARS = 300
# Before a dateline: a place in capitals or a publication label; after it: a dash, a colon, a line end.
# Possessive quantifiers (*+) inside a word: each word is read one way only, so a long run of capitals that
# turns out not to be a dateline fails at once (with `*` there, "AAAA" split 2^n ways: exponential time).
_DATELINE_HEAD = re.compile(
    r"[\s\W]*(?:(?:[A-Z][\w'’.-]*+|of|the|de|la|and)[\s,/]*+)*(?:\((?:[A-Z]+)\)\s*)?"
    r"(?:(?:Published|Updated|Posted|Dated?|First\s+published|Last\s+updated)(?:\s+on)?\s*:?\s*)?(?:\w+day,?\s+)?",
)
_DATELINE_TAIL = re.compile(r"\s*(?:[-–—:|(\n]|$|,?\s*\d{1,2}[:.]\d{2})")


def _is_dateline(text: str, d: DateMention) -> bool:
    if d.start >= DATELINE_CHARS:
        return False
    line_start = text.rfind("\n", 0, d.start) + 1
    if text.count("\n", 0, line_start) > 4:
        return False
    return bool(_DATELINE_HEAD.fullmatch(text[line_start : d.start])) and bool(_DATELINE_TAIL.match(text, d.end))


@dataclass(frozen=True)
class AsOf:
    day: date
    source: str  # argument | dateline | text | today
    basis: str
    span: tuple[int, int] | None = None

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "basis": self.basis, "span": list(self.span) if self.span else None}


def as_of_for(text: str, given: date | None, today: date) -> AsOf:
    """The day claims are checked as of: the argument, else a dateline (a full date near the start, alone
    or after a place or "Published:", before a dash, colon or line end), else the latest date written
    (not one the text looks forward to), else today."""
    if given is not None:
        return AsOf(given, "argument", f"as of {given.isoformat()}, as given")
    days = [d for d in find_dates(text) if d.precision == "day" and d.first is not None]
    for d in days:
        if _is_dateline(text, d):
            assert d.first is not None
            return AsOf(d.first, "dateline", f"dateline {d.text!r} at the start of the text", (d.start, d.end))
    backward = [
        d
        for d in days
        if not _FORWARD.search(text[max(0, d.start - 60) : d.start])
        and not _COVERED.search(text[max(0, d.start - 60) : d.start])
    ]
    return latest_written(backward) or AsOf(
        today, "today", "today: no --as-of given and no dateline or full date found in the text"
    )


def latest_written(days: list[DateMention]) -> AsOf | None:
    """The latest of the full dates a text writes, as its as-of day (None when there is none)."""
    if not days:
        return None
    latest = max(days, key=lambda d: d.first or date.min)
    assert latest.first is not None
    return AsOf(
        latest.first,
        "text",
        f"latest date written in the text, {latest.text!r} (no dateline found)",
        (latest.start, latest.end),
    )
