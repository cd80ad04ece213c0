"""Dates written in French, Spanish, Portuguese or Russian, as hague.claims.text.DateMention:
"le 17 juillet 1998", "el 17 de julio de 1998", "17 de julho de 1998", "17 июля 1998 г.", a month
and year, a year, and the dates a text gives relative to its own day ("le 16 novembre" without a
year, "jeudi", "hier", "l'an dernier"), which are resolved against the as-of day when it is known.

Month names come from CLDR through Babel (`Locale.months`, the format and stand-alone forms);
Russian months are matched by their stem, so every case ("июль", "июля", "июле") is read.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from hague.claims import prefilter
from hague.claims.text import DateMention

_YEAR = r"(?:19[4-9][0-9]|20[0-4][0-9])"

# Words of each language for a day relative to the text's day, and the weekdays (CLDR's names are
# read from Babel; these are the relative words, which CLDR holds only as phrases).
RELATIVE: dict[str, dict[str, str]] = {
    "fr": {
        "hier": "yesterday",
        "aujourd'hui": "today",
        "aujourd’hui": "today",
        "l'an dernier": "last year",
        "l’an dernier": "last year",
        "l'année dernière": "last year",
        "l’année dernière": "last year",
        "l'an passé": "last year",
        "cette année": "this year",
        "le mois dernier": "last month",
        "ce mois-ci": "this month",
    },
    "es": {
        "ayer": "yesterday",
        "hoy": "today",
        "el año pasado": "last year",
        "del año pasado": "last year",
        "este año": "this year",
        "el mes pasado": "last month",
        "este mes": "this month",
    },
    "pt": {
        "ontem": "yesterday",
        "hoje": "today",
        "no ano passado": "last year",
        "o ano passado": "last year",
        "este ano": "this year",
        "neste ano": "this year",
        "no mês passado": "last month",
    },
    "ru": {
        "вчера": "yesterday",
        "сегодня": "today",
        "в прошлом году": "last year",
        "в этом году": "this year",
        "в прошлом месяце": "last month",
    },
}
# "il y a 21 ans", "hace dos años", "há dois anos", "шесть лет назад": years before the text's day.
_AGO = {
    "fr": r"il\s+y\s+a\s+(?P<n>\d{1,2}|\w+)\s+ans",
    "es": r"hace\s+(?P<n>\d{1,2}|\w+)\s+años",
    "pt": r"há\s+(?P<n>\d{1,2}|\w+)\s+anos",
    "ru": r"(?P<n>\d{1,2}|\w+)\s+(?:лет|года|год)\s+назад",
}
# After a day or a month without its year: "le 27 octobre dernier", "el 5 de marzo pasado": the last
# such day before the text's (never the text's own day); "prochain", "próximo": the next one after it.
_WHEN = {
    "fr": {"dernier": "last", "dernière": "last", "prochain": "next", "prochaine": "next"},
    "es": {"pasado": "last", "próximo": "next", "proximo": "next"},
    "pt": {"passado": "last", "próximo": "next", "proximo": "next"},
    "ru": {},
}
# The words before a month written without its year ("en février"); a month name alone is too
# often something else ("Mars", "mayo" in a name) to be read without them.
_MONTH_ALONE = {
    "fr": r"en|depuis|(?:dès|jusqu['’]en|fin|début|mi-?|courant)|(?:au|le|du)\s+mois\s+de|(?:au|le|du)\s+mois\s+d['’]",
    "es": r"en|desde|(?:el|del|al)\s+(?:pasado\s+)?mes\s+de|(?:a\s+)?(?:finales|principios|mediados|fines)\s+de",
    "pt": r"em|desde|(?:no|o|do)\s+(?:passado\s+)?mês\s+de|(?:em\s+)?(?:fins|finais|início|meados)\s+de",
    "ru": r"в|с",
}
NUMBERS = {
    "fr": {
        "un": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
    },
    "es": {
        "un": 1,
        "dos": 2,
        "tres": 3,
        "cuatro": 4,
        "cinco": 5,
        "seis": 6,
        "siete": 7,
        "ocho": 8,
        "nueve": 9,
        "diez": 10,
    },
    "pt": {
        "um": 1,
        "dois": 2,
        "três": 3,
        "quatro": 4,
        "cinco": 5,
        "seis": 6,
        "sete": 7,
        "oito": 8,
        "nove": 9,
        "dez": 10,
    },
    "ru": {
        "один": 1,
        "два": 2,
        "три": 3,
        "четыре": 4,
        "пять": 5,
        "шесть": 6,
        "семь": 7,
        "восемь": 8,
        "девять": 9,
        "десять": 10,
    },
}


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Lang:
    months: dict[str, int]  # a month's written form (folded) or stem -> its number
    weekdays: dict[str, int]  # folded -> Monday 0
    regexes: tuple[tuple[str, re.Pattern[str]], ...]
    gate: prefilter.Gate  # the forms a text may hold, from one scan of the words each spells out


@cache
def _lang(lang: str) -> _Lang:
    from babel import Locale

    loc = Locale.parse(lang)
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for n, name in loc.months[context][width].items():
                months[_plain(name).rstrip(".")] = n
    if lang == "ru":
        # The stem both CLDR forms share ("июл" of июль, июля), so that the prepositional "июле" reads too.
        stems = {}
        for n in range(1, 13):
            a, b = loc.months["format"]["wide"][n], loc.months["stand-alone"]["wide"][n]
            k = 0
            while k < min(len(a), len(b)) and a[k] == b[k]:
                k += 1
            stems[a[:k]] = n
        months = stems
        month_rx = "(?:" + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)) + r")[а-яё]{0,3}"
        # A month alone is read in its prepositional case only ("в феврале", "в мае"): a stem and any
        # ending would take other words ("в малой").
        alone_rx = "(?:" + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)) + r")е"
    else:
        forms = set()
        for context in ("format", "stand-alone"):
            for name in loc.months[context]["wide"].values():
                forms.add(name)
                forms.add(_plain(name))
        month_rx = "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"
        alone_rx = month_rx
    weekdays = {}
    for context in ("format", "stand-alone"):
        for n, name in loc.days[context]["wide"].items():
            weekdays[_plain(name)] = n
    day_rx = r"(?:[12][0-9]|3[01]|0?[1-9])(?:er|º|°|o)?"
    mon = rf"(?P<mon>{month_rx})"
    year = rf"(?P<y>{_YEAR})"
    # A month without its year, after the words that introduce one ("en février", "el pasado mes de
    # marzo", "в феврале"); the month's own span is the date ("depuis" before it still reads).
    when_rx = "|".join(sorted(map(re.escape, _WHEN[lang]), key=len, reverse=True))
    when = rf"(?:\s+(?P<when>{when_rx}))?" if when_rx else ""
    alone = rf"(?:{_MONTH_ALONE[lang]})\s+(?P<mon>{alone_rx})(?!\s+(?:de\s+|del\s+)?{_YEAR}){when}"
    # A year in two digits after a day and its month ("le 02 février 99", "el 2 de febrero de 99"), only where the
    # clause ends or runs on with "et"/"y" right after it: "le 17 juillet 60 pays ..." is a count, not a year.
    short = r"'?(?P<yy>[0-9]{2})(?=\s*(?:[.,;:)]|$)|\s+(?:et|e|y|и)\s)"
    if lang == "fr":
        forms_rx = [
            ("dmy", rf"(?P<d>{day_rx})\s+{mon}\s+{year}"),
            ("dmyy", rf"(?P<d>{day_rx})\s+{mon}\s+{short}"),
            ("dm", rf"(?P<d>{day_rx})\s+{mon}(?!\s+{_YEAR}){when}"),
            ("my", rf"{mon}\s+{year}"),
        ]
    elif lang in ("es", "pt"):
        forms_rx = [
            ("dmy", rf"(?P<d>{day_rx})\s+de\s+{mon}(?:\s+(?:de|del)\s+|\s+|,\s*){year}"),
            ("dmyy", rf"(?P<d>{day_rx})\s+de\s+{mon}\s+(?:de\s+)?{short}"),
            ("dm", rf"(?P<d>{day_rx})\s+de\s+{mon}(?!\s+(?:de|del)\s+{_YEAR}){when}"),
            ("my", rf"{mon}\s+(?:de|del)\s+{year}"),
        ]
    else:
        forms_rx = [
            ("dmy", rf"(?P<d>{day_rx})\s+{mon}\s+{year}(?:\s*(?:г\.|года|год|гг\.))?"),
            ("dm", rf"(?P<d>{day_rx})\s+{mon}(?!\s+{_YEAR})"),
            ("my", rf"{mon}\s+{year}(?:\s*(?:г\.|года|год))?"),
        ]
    weekday_rx = "|".join(sorted({re.escape(w) for w in loc.days["format"]["wide"].values()}, key=len, reverse=True))
    rel_rx = "|".join(sorted(map(re.escape, RELATIVE[lang]), key=len, reverse=True))
    forms_rx += [
        ("m", alone),
        ("iso", rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])"),
        ("yy", rf"{year}\s*[-–—]\s*(?P<y2>{_YEAR})"),
        ("y", rf"{year}(?:\s*(?:г\.|года|году|год))?"),
        ("ago", _AGO[lang]),
        ("rel", rf"(?P<rel>{rel_rx})"),
        ("wd", rf"(?P<wd>{weekday_rx})"),
    ]
    regexes = tuple((name, re.compile(rf"(?<![\w-])(?:{rx})(?![\w-])", re.IGNORECASE)) for name, rx in forms_rx)
    return _Lang(months, weekdays, regexes, prefilter.Gate([rx for _, rx in regexes], name=f"{lang}-dates"))


def _month_of(lang: str, text: str) -> int:
    months = _lang(lang).months
    key = _plain(text).rstrip(".")
    if lang == "ru":
        for stem in sorted(months, key=len, reverse=True):
            if key.startswith(_plain(stem)):
                return months[stem]
        raise ValueError(text)
    return months[key]


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def find(text: str, lang: str, offset: int = 0, as_of: date | None = None) -> list[DateMention]:
    """Every date written in `text`; where forms overlap, the longest wins. Dates relative to the
    text's day are resolved against `as_of`, and dropped without it."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    forms = _lang(lang)
    for i in forms.gate.open(text):
        form, rx = forms.regexes[i]
        found.extend((*m.span("mon" if form == "m" else 0), form, m) for m in rx.finditer(text))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMention] = []
    taken = -1
    for k, (start, end, form, m) in enumerate(found):
        if start < taken:
            continue
        if form == "wd" and any(f[2] in ("dmy", "dm") and 0 <= f[0] - end <= 2 for f in found[k + 1 : k + 4]):
            continue  # "Mercredi 31 décembre 2014": the weekday of the date that follows
        mention = _mention(lang, form, m, start + offset, end + offset, as_of)
        if mention is not None:
            out.append(mention)
            taken = end
    return out


def _mention(lang: str, form: str, m: re.Match[str], s: int, e: int, as_of: date | None) -> DateMention | None:
    g = m.groupdict()
    t = m.group(0)
    try:
        if form == "dmy":
            d = date(int(g["y"]), _month_of(lang, g["mon"]), int(re.sub(r"\D", "", g["d"])))
            return DateMention(s, e, t, "day", d, d)
        if form == "dmyy":  # '99: 1999; '05: 2005 (the Statute's dates run from 1998)
            yy = int(g["yy"])
            d = date(1900 + yy if yy >= 50 else 2000 + yy, _month_of(lang, g["mon"]), int(re.sub(r"\D", "", g["d"])))
            return DateMention(s, e, t, "day", d, d)
        if form == "iso":
            d = date(int(g["y"]), int(g["m"]), int(g["d"]))
            return DateMention(s, e, t, "day", d, d)
        if form == "my":
            y, mo = int(g["y"]), _month_of(lang, g["mon"])
            return DateMention(s, e, t, "month", date(y, mo, 1), _month_end(y, mo))
        if form == "yy":
            a, b = int(g["y"]), int(g["y2"])
            return DateMention(s, e, t, "range", date(a, 1, 1), date(b, 12, 31)) if b > a else None
        if form == "y":
            y = int(g["y"])
            return DateMention(s, e, t, "year", date(y, 1, 1), date(y, 12, 31))
        if as_of is None:
            return None
        when = _WHEN[lang].get((g.get("when") or "").lower())
        if form == "dm":
            mo, day = _month_of(lang, g["mon"]), int(re.sub(r"\D", "", g["d"]))
            # The latest such day up to the text's (`ahead` moves it on, for words that look forward);
            # "dernier": before the text's day; "prochain": after it.
            d = date(as_of.year, mo, day)
            if d > as_of or (when == "last" and d == as_of):
                d = date(as_of.year - 1, mo, day)
            if when == "next" and d <= as_of:
                d = date(d.year + 1, mo, day)
            return DateMention(s, e, t, "day", d, d)
        if form == "m":
            mo = _month_of(lang, g["mon"])
            # The latest such month up to the text's (`ahead` moves it on, for words that look forward);
            # "en octobre dernier": before the text's month; "prochain": after it.
            y = as_of.year if mo < as_of.month or (mo == as_of.month and when != "last") else as_of.year - 1
            if when == "next" and (y, mo) <= (as_of.year, as_of.month):
                y += 1
            return DateMention(s, e, g["mon"], "month", date(y, mo, 1), _month_end(y, mo))
        if form == "wd":
            wd = _lang(lang).weekdays[_plain(g["wd"])]
            # The latest such day up to the text's: "jeudi" in Friday's paper is yesterday.
            d = as_of - timedelta(days=(as_of.weekday() - wd) % 7)
            return DateMention(s, e, t, "day", d, d)
        if form == "ago":
            n = g["n"].lower()
            years = int(n) if n.isdigit() else NUMBERS[lang].get(n)
            if years is None:
                return None
            y = as_of.year - years
            return DateMention(s, e, t, "year", date(y, 1, 1), date(y, 12, 31))
        rel = RELATIVE[lang][next(k for k in RELATIVE[lang] if k.lower() == t.lower())]
        if rel == "yesterday":
            d = as_of - timedelta(days=1)
            return DateMention(s, e, t, "day", d, d)
        if rel == "today":
            return DateMention(s, e, t, "day", as_of, as_of)
        if rel == "last year":
            return DateMention(s, e, t, "year", date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31))
        if rel == "this year":
            return DateMention(s, e, t, "year", date(as_of.year, 1, 1), as_of)
        if rel == "last month":
            y, mo = (as_of.year, as_of.month - 1) if as_of.month > 1 else (as_of.year - 1, 12)
            return DateMention(s, e, t, "month", date(y, mo, 1), _month_end(y, mo))
        return DateMention(s, e, t, "month", date(as_of.year, as_of.month, 1), as_of)
    except (ValueError, KeyError, StopIteration):
        return None


def ahead(d: DateMention, as_of: date) -> DateMention:
    """A day written without its year or as a weekday, read forward from the text's day instead of
    back ("doivent se retirer dimanche", "doit entrer en fonctions le 1er juillet")."""
    if d.precision == "month" and d.first is not None and d.last is not None and not re.search(r"\d", d.text):
        if d.last >= as_of:
            return d
        first, last = d.first.replace(year=d.first.year + 1), d.last.replace(year=d.last.year + 1)
        return DateMention(d.start, d.end, d.text, "month", first, _month_end(last.year, last.month))
    if d.precision != "day" or d.first is None or d.first >= as_of or re.search(r"\d{4}", d.text):
        return d
    if re.search(r"\d", d.text):  # a day and a month: the same day a year on
        try:
            day = d.first.replace(year=d.first.year + 1)
        except ValueError:
            return d
    else:  # a weekday: a week on
        day = d.first + timedelta(days=7)
    return DateMention(d.start, d.end, d.text, "day", day, day)
