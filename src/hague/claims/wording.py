"""The values a verdict's words are made of, each said in the reader's language.

A verdict writes its explanation as `hague.trace.msg("English template", name=value)` where it
decides (hague.claims.verdicts), exactly as the jurisdiction rules write their trace: English is
the template itself; French and Spanish come from the message catalogues (hague.i18n, key
"trace." + the English template), read only when an answer is asked for in them. The values
here fill the templates: each is its English where a string is expected (so the English answer
is what it always was) and says itself in another language through `render(lang)`:

- `StateName`: a State, named by CLDR through Babel (hague.ledger.names.local_name), never typed;
- `SituationName`: a situation, by the Court's own name or one made from CLDR's names
  (hague.registry.names.situation_name);
- `Ordinal`: a rank ("124th", "124e", "124.º");
- `DateWords`: the day, month, year or range a claim gives ("November 2016", "novembre 2016",
  "noviembre de 2016").

Days are ISO 8601 in English, and in French and Spanish the long form people write
(hague.i18n.long_date: "4 mars 2016", "1er juillet 2002", "4 de marzo de 2016"): `rendered`
sets hague.trace.LONG_DAYS for the answer. A template asks a State's name (or a day, or a list
of names) in the form its words need with a spec, declared once in hague.i18n.FORMS: "{state:le}" (la Russie,
le Burundi, l'Ouganda, les Philippines, Cuba), "{state:de}" (de la Russie, du Burundi, de l'Ouganda,
des Philippines, de Cuba, d'Israël), "{state:à}" (à la Russie, au Burundi, aux Philippines),
"{state:en}" (en Russie, au Burundi, aux Philippines, en Israël, à Cuba); Spanish "{state:el}"
(el Reino Unido, Filipinas), "{state:de}" (del Reino Unido, de Filipinas), "{state:a}" (al Reino
Unido). A capital spec ("{state:Le}", "{state:El}") opens a sentence. Words that agree with the
State are given as choices: "{state:a|ont}" (singular|plural), "{state:il est devenu|elle est
devenue|ils sont devenus|elles sont devenues}" (masculine, feminine, then their plurals). The articles come from
hague.i18n.article (articles.json, with its sources).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

from hague.i18n import with_article
from hague.trace import LONG_DAYS, Msg, State, States, render

#: The languages an answer's words can be asked in (hague.i18n.LANGUAGES, without importing it here).
EXPLAIN_LANGUAGES = ("en", "fr", "es")


class _Said:
    """A value that is its English as a string and another language when rendered."""

    english: str

    def __str__(self) -> str:
        return self.english

    def __format__(self, spec: str) -> str:
        return format(self.english, spec)

    def render(self, lang: str = "en") -> str:
        raise NotImplementedError


class StateName(_Said):
    def __init__(self, iso3: str) -> None:
        self.iso3 = iso3
        self.english = english_name(iso3)

    def form(self, lang: str, form: str) -> str:
        """The name in the form a template asks ("{state:de}": "de la Russie")."""
        name = self.render(lang)
        if lang == "en":
            return name
        from hague import i18n

        found = i18n.article(self.iso3, lang)
        return with_article(name, found or "", lang, form)

    def choose(self, lang: str, options: Sequence[str]) -> str:
        """The words that agree with the State's name: of "singular|plural" or
        "masculine|feminine|masculine plural|feminine plural" ("{state:a|ont}")."""
        from hague import i18n

        return i18n.agreeing(self.iso3, lang, options)

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return self.english
        from hague.ledger.names import local_name

        try:
            return local_name(self.iso3, lang)
        except KeyError:  # not an ISO 3166 code CLDR knows: its English name
            return self.english


class StateNames(States):
    """States named in a list, from the trace's States helper (the same names, forms and CLDR list
    pattern: "l'Argentine, le Canada et le Pérou", "Argentina, Canadá y Perú"), except that English
    says their names joined by commas ("Argentina, Canada, Peru"), as the claim checker's answer
    always has, where the jurisdiction trace says codes."""

    def __new__(cls, codes: Any) -> StateNames:
        listed = tuple(State(c) for c in codes)
        self = str.__new__(cls, ", ".join(english_name(c) for c in listed))
        self.codes = listed
        return self


class SituationName(_Said):
    def __init__(self, english: str, states: Sequence[str], names: Mapping[str, Any]) -> None:
        self.english = english
        self.states = tuple(states)
        self.names = names

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return self.english
        from hague.registry.names import situation_name

        return situation_name(self.english, self.states, self.names, lang)[0]


class Day(_Said):
    """A day: ISO 8601 in English, the long form in French and Spanish ("4 mars 2016", "4 de marzo de
    2016"); "{day:le}" / "{day:el}" gives it with its article ("le 4 mars 2016")."""

    def __init__(self, day: date) -> None:
        self.day = day
        self.english = day.isoformat()

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return self.english
        from hague.i18n import long_date

        return long_date(self.day, lang)

    def form(self, lang: str, form: str) -> str:
        """'le 4 mars 2016', 'du 4 mars 2016', 'au 4 mars 2016'; 'el 4 de marzo de 2016', 'del ...', 'al ...'."""
        return with_article(self.render(lang), "le" if lang == "fr" else "el", lang, "le" if form == "en" else form)


class Ordinal(_Said):
    """A rank; `english` is how the English answer says it (the claim's own word, or "124th")."""

    def __init__(self, number: int, english: str | None = None) -> None:
        self.number = number
        self.english = english if english is not None else _th(number)

    def render(self, lang: str = "en") -> str:
        if lang == "fr":
            return "1er" if self.number == 1 else f"{self.number}e"
        if lang == "es":
            return f"{self.number}.º"
        return self.english


class Month(_Said):
    """A month of a year: CLDR's "MMMM y" through Babel ("novembre 2016", "noviembre de 2016")."""

    def __init__(self, day: date) -> None:
        self.day = day
        self.english = day.strftime("%B %Y")

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return self.english
        from babel.dates import format_skeleton

        return str(format_skeleton("yMMMM", self.day, locale=lang))


class DatePhrase(_Said):
    """A claim's date as a phrase that follows "not" or stands alone: its preposition is part of it
    in French and Spanish ("le 2016-11-16", "en novembre 2016", "en 2016", "du ... au ..."), as
    English has "in 2016" but none before a day or a month."""

    def __init__(self, english: str, precision: str, first: date | None, last: date | None, text: str) -> None:
        self.english = english
        self.precision, self.first, self.last, self.text = precision, first, last, text

    def render(self, lang: str = "en") -> str:
        if lang == "en" or self.first is None or self.last is None or lang not in _PREPOSITIONS:
            return self.english if lang == "en" or self.first is not None else self.text
        on, in_, between = _PREPOSITIONS[lang]
        if self.precision == "day":
            return f"{on} {Day(self.first).render(lang)}"
        if self.precision == "month":
            return f"{in_} {Month(self.first).render(lang)}"
        if self.precision == "year":
            return f"{in_} {self.first.year}"
        return between.format(first=Day(self.first).render(lang), last=Day(self.last).render(lang))


_PREPOSITIONS = {"fr": ("le", "en", "du {first} au {last}"), "es": ("el", "en", "del {first} al {last}")}


class Joined(Msg):
    """Parts joined by a separator with no words in it; French sets a space before a semicolon."""

    separator: str

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return str.__str__(self)
        separator = " ; " if lang == "fr" and self.separator == "; " else self.separator
        return separator.join(render(v, lang) for v in self.params.values())

    def form(self, lang: str, form: str) -> str:
        """Each part in the form asked ("par {states:le}": "par la Russie, le Burundi")."""
        separator = " ; " if lang == "fr" and self.separator == "; " else self.separator
        return separator.join(
            v.form(lang, form) if hasattr(v, "form") else render(v, lang) for v in self.params.values()
        )


class Labelled(Msg):
    """A label and what is said of it ("Burundi: ..."); French sets a space before the colon."""

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return str.__str__(self)
        colon = " : " if lang == "fr" else ": "
        return colon.join(render(v, lang) for v in self.params.values())


def labelled(label: Any, said: Any) -> Msg:
    """`label: said`, as a list of States with each one's reason is written."""
    return Labelled("{label}: {said}", {"label": label, "said": said})


def joined(separator: str, parts: Sequence[Any]) -> Msg:
    """Parts (messages, names, days) joined by a separator with no words in it ("; ", ", ", " / ")."""
    if any(ch.isalpha() for ch in separator):
        raise ValueError(f"a separator with words cannot be said in other languages: {separator!r}")
    template = separator.join(f"{{p{i}}}" for i in range(len(parts)))
    out = Joined(template, {f"p{i}": p for i, p in enumerate(parts)})
    out.separator = separator
    return out


def rendered(value: Any, lang: str) -> Any:
    """A value of an answer (a message, a name, a list or a mapping of them) in `lang`; other values as they are."""
    if isinstance(value, Msg | _Said):
        if lang == "en":
            return render(value, lang)
        token = LONG_DAYS.set(True)
        try:
            return render(value, lang)
        finally:
            LONG_DAYS.reset(token)
    if isinstance(value, dict):
        return {k: rendered(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [rendered(v, lang) for v in value]
    return value


@cache
def english_name(iso3: str) -> str:
    # The name table is a pandas frame; one look-up costs more than checking a claim.
    from hague.ledger import names

    return names.name(iso3)


def _th(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
