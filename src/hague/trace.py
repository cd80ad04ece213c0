"""Traces: the reasoning of a decision, recorded by the code that decides, step by step.

One tree, several renderings: text for the CLI, JSON for the API (and the web page), each
in English, French or Spanish. The rules write their words as `msg("English template with
{names}", names=...)`: English is the template itself (what the CLI prints); French and
Spanish come from the message catalogues (hague.i18n, key "trace." + the English template),
read only when asked for. `tests/test_i18n.py` finds every template in the rules' code and
fails on any a language lacks.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hague.ledger.model import Event, Text

_LETTERS = re.compile(r"[A-Za-z]")
_FIELDS = re.compile(r"\{\w+\}")
_FORMED = re.compile(r"\{\w+:[^{}]+\}")
#: Days said in the language's long form ("4 mars 2016") rather than ISO 8601: the claim checker's
#: answer sets it (hague.claims.wording.rendered); the jurisdiction trace keeps ISO days.
LONG_DAYS: ContextVar[bool] = ContextVar("long_days", default=False)
#: Where `english_words` collects the data's own words that a rendering in French or Spanish left in English.
_ENGLISH: ContextVar[list[str] | None] = ContextVar("english_words", default=None)


@contextmanager
def english_words() -> Iterator[list[str]]:
    """Collects, while words are rendered, the data's own words (hague.ledger.model.Text: a referral's
    scope, a note on a gap in the record) said in English because their file gives no translation, each
    once: an answer lists them (`english`) so that a page can mark them lang="en" where they stand."""
    found: list[str] = []
    token = _ENGLISH.set(found)
    try:
        yield found
    finally:
        _ENGLISH.reset(token)


@dataclass(frozen=True)
class Word:
    """A code shown in words: `english` as the CLI prints it; in another language, the
    catalogue's `key` (a status, a crime, a reading)."""

    key: str
    english: str


class State(str):
    """A State in a trace sentence: its ISO 3166-1 code as a string (what the English trace and
    the JSON have always said, "UKR"), its name in French and Spanish ("l'Ukraine"), in the form a
    template asks ("{state:de}": "de l'Ukraine", "du Burundi"; "{state:Le}" opens a sentence) and with
    the words that agree with it ("{state:a|ont}"), from the same renderer as the claim checker's
    names (hague.claims.wording.StateName: hague.i18n.with_article, article, agreement)."""

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return str.__str__(self)
        from hague.ledger.names import local_name

        try:
            return local_name(self, lang)
        except (KeyError, ImportError):  # a code CLDR does not know, or Babel (hague[web]) absent: the code
            return str.__str__(self)

    def form(self, lang: str, form: str) -> str:
        from hague import i18n

        name = self.render(lang)
        named = name != str.__str__(self)
        return i18n.with_article(name, (i18n.article(self, lang) or "") if named else "", lang, form)

    def choose(self, lang: str, options: list[str]) -> str:
        from hague import i18n

        return i18n.agreeing(self, lang, options)


class States(str):
    """States in a trace sentence, as a list: their ISO 3166-1 codes joined by ", " (what the English
    trace and the JSON have always said, "LBY, SDN"); in French and Spanish each named as `State`
    names it, in the form the template asks ("{states:le}": "la Libye et le Soudan"), joined by the
    language's conjunction (CLDR's list patterns through Babel: babel.lists.format_list)."""

    codes: tuple[State, ...]

    def __new__(cls, codes: Any) -> States:
        listed = tuple(State(c) for c in codes)
        self = super().__new__(cls, ", ".join(listed))
        self.codes = listed
        return self

    def render(self, lang: str = "en") -> str:
        return self._listed(lang, [c.render(lang) for c in self.codes])

    def form(self, lang: str, form: str) -> str:
        return self._listed(lang, [c.form(lang, form) for c in self.codes])

    def choose(self, lang: str, options: list[str]) -> str:
        if len(self.codes) == 1:
            return self.codes[0].choose(lang, options)
        if len(options) == 2:
            return options[1]
        if len(options) == 4:  # a plural is feminine only if every name is (French and Spanish agreement)
            return options[2 + all(c.choose(lang, ["m", "f", "m", "f"]) == "f" for c in self.codes)]
        raise ValueError(f"choices are singular|plural or m|f|m pl|f pl, not {'|'.join(options)!r}")

    def _listed(self, lang: str, names: list[str]) -> str:
        if lang == "en":
            return str.__str__(self)
        if len(names) < 2:
            return "".join(names)
        try:
            from babel.lists import format_list
        except ImportError:  # Babel (hague[web]) absent: the names with commas
            return ", ".join(names)
        said = str(format_list(names, locale=lang))
        last = names[-1]
        if lang == "es" and _SPANISH_E.match(last) and said.endswith(" y " + last):
            # Spanish "y" is "e" before the sound /i/ (i-, hi-) but not before a diphthong (hie-, io-):
            # FundéuRAE, https://www.fundeu.es/recomendacion/e-delante-de-i-o-hi-pero-y-ante-hie-hia-o-hio/
            said = said[: -len(last) - 3] + " e " + last
        return said


_SPANISH_E = re.compile(r"[Hh]?[IiÍí](?![aeiouáéíóúAEIOU])")


class Msg(str):
    """Words for people: the text is the English (so a message is used like any string, and
    prints and serialises as the CLI always has); `render(lang)` gives it in another language."""

    template: str  # English, with {name} placeholders; the catalogue's key is "trace." + it
    params: dict[str, Any]

    def __new__(cls, template: str, params: dict[str, Any] | None = None) -> Msg:
        values = params or {}
        english = template
        if values:
            # A message is already its English and a day formats as ISO; only words need looking at.
            plain = values
            for v in values.values():
                if type(v) is Word:
                    plain = {k: x.english if type(x) is Word else x for k, x in values.items()}
                    break
            english = template.format_map(plain)
        self = super().__new__(cls, english)
        self.template = template
        self.params = values
        return self

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return str.__str__(self)
        template = self.template
        if _LETTERS.search(_FIELDS.sub("", template)):  # "{p0}{p1}" joins parts: nothing to translate
            from hague import i18n

            template = i18n.text(lang, "trace." + template, template)
        if not self.params:
            return template
        if _FORMED.search(template):  # "{state:de}": the form a template asks of a value (hague.claims.wording.FORMS)
            return _Forms(lang).vformat(template, (), self.params)
        values = {k: render(v, lang) for k, v in self.params.items()}
        return template.format(**values)


class _Forms(string.Formatter):
    """Fills a template whose placeholders ask a form of their value ("{state:de}": "de la Russie",
    "du Burundi"): a value that has the form gives it (`form(lang, spec)`); a capital first letter
    in the spec capitalises what it gives ("{state:Le}" opens a sentence); a spec of choices agrees with
    the value ("{state:a|ont}": singular|plural, "{state:il|elle|ils|elles}": masculine|feminine, singular
    then plural); other values as render gives them."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if not format_spec:
            return render(value, self.lang)
        if "|" in format_spec:  # "{state:a|ont}", "{state:il|elle|ils|elles}": words that agree with the value
            options = format_spec.split("|")
            chooser = getattr(value, "choose", None)
            return str(chooser(self.lang, options)) if chooser is not None else options[0]
        former = getattr(value, "form", None)
        if former is not None:
            said = str(former(self.lang, format_spec.lower()))
        else:  # no article of its own: the bare preposition ("de 122", "d'Israël")
            from hague.i18n import with_article

            said = with_article(render(value, self.lang), "", self.lang, format_spec.lower())
        return said[:1].upper() + said[1:] if format_spec[:1].isupper() else said


def msg(template: str, **params: Any) -> Msg:
    return Msg(template, params)


def cat(*parts: Any) -> Msg:
    """Parts (messages, text) joined as they are."""
    return Msg("".join(f"{{p{i}}}" for i in range(len(parts))), {f"p{i}": p for i, p in enumerate(parts)})


class Caveat(Msg):
    """A data caveat about one State (`State`) or one amendment (hague.registry.names.AmendmentName):
    what it is about, then the data's own words (hague.ledger.model.Text, in the languages its file
    gives). English as the CLI has always printed it ("RUS: Russia's notice ..."); in French and
    Spanish the State's name in that language before them ("Russie : ...", French sets a space before
    the colon). `parts(lang)` says it in pieces, with the language the data's words are in, so that a
    page can mark words left in English (lang="en")."""

    def __new__(cls, about: Any, text: Any) -> Caveat:
        return super().__new__(cls, "{about}: {text}", {"about": about, "text": text})  # type: ignore[return-value]

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return str.__str__(self)
        colon = " : " if lang == "fr" else ": "
        return render(self.params["about"], lang) + colon + render(self.params["text"], lang)

    def parts(self, lang: str = "en") -> dict[str, Any]:
        about, text = self.params["about"], self.params["text"]
        said = {"text": render(text, lang), "lang": _said_in(text, lang)}
        return {"about": str.__str__(about), "label": render(about, lang), **said}


def caveat_part(value: Any, lang: str = "en") -> dict[str, Any]:
    """A caveat in pieces: `about` and `label` (a Caveat's State or amendment, its code and its name in
    `lang`; None for a caveat about the answer as a whole), `text` its words in `lang` and `lang` the
    language they are in: `lang`, except the data's own words that their file gives only in English."""
    if isinstance(value, Caveat):
        return value.parts(lang)
    return {"about": None, "label": None, "text": render(value, lang), "lang": _said_in(value, lang)}


def _said_in(value: Any, lang: str) -> str:
    return value.language(lang) if isinstance(value, Text) else lang


def render(value: Any, lang: str = "en") -> str:
    """A message, a word, the data's own words, a day or plain text, in `lang`."""
    if isinstance(value, Msg):
        return value.render(lang)
    if isinstance(value, Word):
        if lang == "en":
            return value.english
        from hague import i18n

        return i18n.text(lang, value.key, value.english)
    if isinstance(value, Text):  # the data's own words (a caveat), in the languages its file gives
        said = value.in_lang(lang)
        found = _ENGLISH.get()
        if found is not None and lang != "en" and value.language(lang) == "en" and said not in found:
            found.append(said)
        return said
    if isinstance(value, date):
        if lang != "en" and LONG_DAYS.get():
            from hague.i18n import long_date

            return long_date(value, lang)
        return value.isoformat()
    says = getattr(value, "render", None)
    if says is not None:  # a value that says itself in each language (hague.claims.wording: a State's name, a rank)
        return str(says(lang))
    return str(value)


def cite(state: str, event: Event) -> dict[str, Any]:
    """The ledger event behind a step, with its source."""
    return {
        "state": state,
        "date": event.date.isoformat(),
        "kind": event.kind.value,
        "source": event.source.to_json(),
        **({"hypothetical": True} if event.source.ref == HYPOTHETICAL else {}),
    }


HYPOTHETICAL = "hypothetical (--assume)"


@dataclass
class Step:
    article: str
    question: str  # a Msg where the rules wrote it (every rule does)
    holds: bool | None  # None: not modelled, or not decisive here
    because: str
    facts: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The step in `lang`; `english` lists the data's words in it left in English, if any (english_words)."""
        from hague.statute.text import link  # the article page showing the provision's text

        with english_words() as english:
            question, because = render(self.question, lang), render(self.because, lang)
        out = {
            "article": self.article,
            "link": link(self.article)["href"],
            "question": question,
            "holds": self.holds,
            "because": because,
            "facts": self.facts,
        }
        return {**out, "english": english} if english else out


@dataclass
class Trace:
    steps: list[Step] = field(default_factory=list)

    def add(
        self,
        article: str,
        question: str,
        holds: bool | None,
        because: str,
        facts: list[dict[str, Any]] | None = None,
    ) -> bool | None:
        self.steps.append(Step(article, question, holds, because, facts or []))
        return holds


def mark(holds: bool | None, lang: str = "en") -> str:
    english = {True: "yes", False: "no", None: "n/a"}[holds]
    return render(Word(f"holds.{str(holds).lower() if holds is not None else 'null'}", english), lang)


def render_steps(steps: list[dict[str, Any]], indent: str = "  ", lang: str = "en") -> list[str]:
    """Steps as text (already rendered in `lang` by to_json), the outcome word in `lang` too."""
    lines = []
    for s in steps:
        dots = "." * max(2, 60 - len(s["question"]))
        lines.append(f"{indent}{s['article']:<10} {s['question']} {dots} {mark(s['holds'], lang)}")
        lines.append(f"{indent}{'':<10} {s['because']}")
    return lines


def day(d: date) -> str:
    return d.isoformat()
