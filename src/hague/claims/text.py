"""Text as the checker reads it: input checks, sentences, dates, and the day the text speaks from."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from hague.claims import prefilter
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
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"  # the full stop after an abbreviation only
)
_YEAR = r"(?:199[0-9]|20[0-4][0-9])"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_MONTH_WIDE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_INTRO = (
    r"(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Dd]uring|(?:[Ii]n\s+)?(?:early|late|mid-?)|"
    r"(?:[Aa]t\s+)?the\s+(?:beginning|start|end|middle)\s+of)"
)
# Relative words, each read by DateMention.resolve.
_RELATIVE_WORDS = (
    r"last\s+year",
    r"this\s+year",
    r"earlier\s+this\s+year",
    r"a\s+year\s+ago",
    r"last\s+month",
    r"this\s+month",
    r"earlier\s+this\s+month",
    r"last\s+week",
    r"this\s+week",
    r"earlier\s+this\s+week",
    r"yesterday",
    r"today",
)
#: Numbers written as words, below twenty (hague.claims.mentions adds "no" where a count is meant).
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_NUMBER_WORDS = {"a": 1, "an": 1} | {word: n for word, n in UNITS.items() if n} | {"twenty": 20}

#: Ranks written as words ("the 124th", "the first State to ...").
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "sixtieth": 60,
    "hundredth": 100,
}


def rank(word: str) -> int:
    """The number an ordinal stands for ("third": 3, "124th": 124), 0 for none ("latest")."""
    return ORDINALS.get(word) or int("".join(ch for ch in word if ch.isdigit()) or 0)


_DATE_FORMS = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])\b"),
    ("dmy", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    ("mdy", rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
    ("mm-y", rf"\b(?P<mon>{_MONTH})\s*(?:and|to|-|–|—|through)\s*(?P<mon2>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("my", rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("yy", rf"\b(?P<y>{_YEAR})\s*(?:-|–|—|to|and)\s*(?P<y2>{_YEAR})\b"),
    ("y", rf"(?<![\w-])(?P<y>{_YEAR})(?![\w-])"),
    ("rel", rf"\b(?P<rel>{'|'.join(_RELATIVE_WORDS)})\b"),
    # Dates relative to the text's day (issue 14, kind 3), resolved against the as-of day by
    # DateMention.resolve: the latest such day (or month) up to it, or the next from it when the claim
    # looks ahead ("will take effect on Friday"); precision as the words give it, never finer.
    # A day without its year: "on 14 November", "October 1 this year".
    ("dm", rf"\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})(?:,?\s+(?P<when>this|last|next)\s+year)?(?![\w-])"),
    ("md", rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<when>this|last|next)\s+year)?(?![\w,-]*\s*(?:,\s*)?\d)"),
    # A month without its year, after the words that introduce one ("in March", "last November"; a
    # month's name alone may be a word, "May", or a name, "August").
    (
        "mon",
        rf"\b(?:(?P<when>[Ll]ast|[Tt]his|[Nn]ext)|{_MONTH_INTRO})\s+(?P<mon>{_MONTH_WIDE})\b(?!\s*(?:,\s*)?(?:of\s+)?\d)",
    ),
    # A day of the week: "withdrew on Sunday", "last Monday".
    ("wd", r"\b(?:[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"),
    # "five years ago", "two months ago", "a week ago" (not "two decades ago": no year is said).
    ("ago", rf"\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b"),
]
# Words every match of a form holds (lowercased), or () for the forms that name a month: a form is
# looked for only in a text that has one of them (most sentences have no date at all).
_MONTH_NEEDLES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NEEDLES: dict[str, tuple[str, ...]] = {
    "dmy": (),
    "mdy": (),
    "mm-y": (),
    "my": (),
    "dm": (),
    "md": (),
    "mon": (),
    "rel": ("year", "month", "week", "yesterday", "today"),
    "ago": ("ago",),
    "wd": ("day",),
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_RES = [(name, re.compile(rx, re.IGNORECASE if name in ("rel", "ago") else 0)) for name, rx in _DATE_FORMS]
# The forms a text may hold, from one scan of the words each form's expression spells out (hague.claims.prefilter).
_DATE_GATE = prefilter.Gate([rx for _, rx in _DATE_RES], name="en-dates")


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

    def resolve(self, as_of: date, forward: bool = False) -> DateMention:
        """The date against the text's day: a day, month or weekday without its year is the latest one
        up to `as_of`, or with `forward` (a claim that looks ahead: "will take effect on Friday") the
        first one from it; "last", "this", "next" say which. The precision is what the words give."""
        if self.relative is None:
            return self
        rel = " ".join(self.relative.lower().split())
        kind, _, rest = rel.partition(":")
        try:
            if kind == "md":
                month, day, when = rest.split(":")
                if when:
                    d = date(as_of.year + {"last": -1, "next": 1}.get(when, 0), int(month), int(day))
                else:
                    d = _nearest_day(as_of, int(month), int(day), forward)
                return _replace(self, d, d, "day")
            if kind == "mon":
                month, when = rest.split(":")
                y, m = _nearest_month(as_of, int(month), when, forward)
                return _replace(self, date(y, m, 1), _month_end(y, m), "month")
            if kind == "wd":
                weekday, when = rest.split(":")
                if when == "next" or (forward and when != "last"):
                    d = date.fromordinal(as_of.toordinal() + (int(weekday) - as_of.weekday()) % 7)
                else:
                    d = date.fromordinal(as_of.toordinal() - (as_of.weekday() - int(weekday)) % 7)
                return _replace(self, d, d, "day")
            if kind == "ago":
                unit, n = rest.split(":")
                return _ago(self, as_of, unit, int(n))
        except ValueError:
            return self  # "29 February" in a year without one
        if rel in ("last year", "a year ago"):
            y = as_of.year - 1
            return _replace(self, date(y, 1, 1), date(y, 12, 31), "year")
        if rel in ("this year", "earlier this year"):
            return _replace(self, date(as_of.year, 1, 1), as_of, "year")
        if rel == "last month":
            y, m = (as_of.year, as_of.month - 1) if as_of.month > 1 else (as_of.year - 1, 12)
            return _replace(self, date(y, m, 1), _month_end(y, m), "month")
        if rel in ("yesterday", "today"):
            d = date.fromordinal(as_of.toordinal() - (rel == "yesterday"))
            return _replace(self, d, d, "day")
        if rel in ("this week", "earlier this week"):
            monday = date.fromordinal(as_of.toordinal() - as_of.weekday())
            return _replace(self, monday, as_of, "range")
        if rel == "last week":
            monday = date.fromordinal(as_of.toordinal() - as_of.weekday() - 7)
            return _replace(self, monday, date.fromordinal(monday.toordinal() + 6), "range")
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


def _nearest_day(as_of: date, month: int, day: int, forward: bool) -> date:
    """The latest such day up to `as_of` (with `forward`, the first from it); 29 February, the
    nearest leap year's."""
    step = 1 if forward else -1
    y = as_of.year
    for _ in range(9):
        try:
            d = date(y, month, day)
        except ValueError:
            y += step
            continue
        if (d >= as_of) if forward else (d <= as_of):
            return d
        y += step
    raise ValueError(f"no {day}/{month} near {as_of}")


def _nearest_month(as_of: date, month: int, when: str, forward: bool) -> tuple[int, int]:
    """The month `month` as "in March" (the latest up to the as-of month, or with `forward` the first
    from it), "last March" (the latest before the as-of month), "next March" (the first after it) or
    "this March" (the as-of year's)."""
    now = (as_of.year, as_of.month)
    if when == "this":
        return as_of.year, month
    if when == "last":
        return (as_of.year if (as_of.year, month) < now else as_of.year - 1), month
    if when == "next":
        return (as_of.year if (as_of.year, month) > now else as_of.year + 1), month
    if forward:
        return (as_of.year if (as_of.year, month) >= now else as_of.year + 1), month
    return (as_of.year if (as_of.year, month) <= now else as_of.year - 1), month


def _ago(d: DateMention, as_of: date, unit: str, n: int) -> DateMention:
    """ "five years ago": that year; "two months ago": that month; "three days ago": that day; "a week
    ago": that week (Monday to Sunday)."""
    if unit == "year":
        return _replace(d, date(as_of.year - n, 1, 1), date(as_of.year - n, 12, 31), "year")
    if unit == "month":
        y, m = divmod(as_of.year * 12 + as_of.month - 1 - n, 12)
        return _replace(d, date(y, m + 1, 1), _month_end(y, m + 1), "month")
    if unit == "day":
        day = date.fromordinal(as_of.toordinal() - n)
        return _replace(d, day, day, "day")
    back = date.fromordinal(as_of.toordinal() - 7 * n)
    monday = date.fromordinal(back.toordinal() - back.weekday())
    return _replace(d, monday, date.fromordinal(monday.toordinal() + 6), "range")


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def find_dates(text: str, offset: int = 0) -> list[DateMention]:
    """Every date written in `text` (offsets shifted by `offset`); where forms overlap, the longest wins."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    lower = text.lower()
    months = any(m in text for m in _MONTH_NEEDLES)
    for i in _DATE_GATE.open(text):
        form, rx = _DATE_RES[i]
        needles = _NEEDLES.get(form)
        if (needles == () and not months) or (needles and not any(n in lower for n in needles)):
            continue  # none of the words every match of the form holds: the form is not looked for
        # a month alone is its own words ("in" before it is no part of it: "in October and November 2016")
        found.extend(
            (m.start("mon" if form == "mon" and not m.group("when") else 0), m.end(), form, m)
            for m in rx.finditer(text)
        )
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
            return DateMention(
                s, e, m.group(0), "relative", None, None, f"md:{mo}:{dd}:{(g.get('when') or '').lower()}"
            )
        if form == "mon":
            when = (g.get("when") or "").lower()
            return DateMention(
                s,
                e,
                m.group("mon") if not when else m.group(0),
                "relative",
                None,
                None,
                f"mon:{_month(g['mon'])}:{when}",
            )
        if form == "wd":
            wd = m.group(0).split()[0].lower()
            when = wd if wd in ("last", "this", "next") else ""
            return DateMention(
                s, e, m.group(0), "relative", None, None, f"wd:{_WEEKDAYS.index(g['wd'].lower())}:{when}"
            )
        if form == "ago":
            n = g["n"].lower()
            count = int(n) if n.isdigit() else _NUMBER_WORDS[n]
            return DateMention(s, e, m.group(0), "relative", None, None, f"ago:{g['unit'].lower().rstrip('s')}:{count}")
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
        today, "today", "today: no as-of day given, and no dateline or full date found in the text"
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
