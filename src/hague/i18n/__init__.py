"""Words for people in three languages: English, French and Spanish.

One message catalogue per language (`en.json`, `fr.json`, `es.json` beside this file), read
on first use: the web pages' text (`page.*`, `js.*`), the status words (`status.label.*`,
`status.short.*`: the English is hague.ledger.status's LABELS and SHORT) and the help of
the jurisdiction question's fields (`field.help.*`: the English is hague.jurisdiction's
FIELDS). English is the reference: tests/test_i18n.py fails on any key that a language
lacks. State names come from CLDR through Babel (`hague.ledger.names.local_name`), except
where `names.json` beside this file, with the sources of the UN's and the Court's usage,
names the State Party where CLDR names a territory (Palestine: "État de Palestine",
"Estado de Palestina", not CLDR's "Territoires palestiniens", "Territorios Palestinos").

Nothing here is imported by the commands people script (`hague status`, `parties`,
`jurisdiction`): the HTTP API and the web pages use it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hague.errors import HagueError

#: The languages of the pages and the API's `lang`, English first (the fallback).
LANGUAGES = ("en", "fr", "es")
#: Each language in its own words, for the switcher.
ENDONYMS = {"en": "English", "fr": "Français", "es": "Español"}
DEFAULT = "en"
#: The help of `lang`, declared once: the API's query parameter (hague.api.app.LangQ) and the commands'
#: `--lang` (hague.cli.common.LangOpt) both say it.
LANG_HELP = "Language of the words for people: en (default), fr or es; State names from CLDR."

_HERE = Path(__file__).resolve().parent
_TAG = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")


@cache
def messages(lang: str) -> dict[str, str]:
    """The catalogue of one language: key -> text (placeholders in braces: `{date}`)."""
    if lang not in LANGUAGES:
        raise _bad_lang(lang)
    data: dict[str, str] = json.loads((_HERE / f"{lang}.json").read_text(encoding="utf-8"))
    return data


def error_text(error: HagueError, lang: str) -> str:
    """An error's message in `lang` (en, fr, es); its English where the catalogue has none."""
    if error.key is None or lang == "en":
        return error.message
    found = messages(lang).get(f"error.{error.key}")
    return found.format(**error.params) if found is not None else error.message


def error_dict(error: HagueError, lang: str = "en") -> dict[str, object]:
    """An error as the API answers it, its message in `lang`."""
    return {**error.to_dict(), "error": error_text(error, lang)}


@cache
def state_names(lang: str) -> dict[str, str]:
    """The States whose name in `lang` is hague's own (names.json, sourced), not CLDR's: ISO3 -> name."""
    raw = json.loads((_HERE / "names.json").read_text(encoding="utf-8"))
    return {iso3: by_lang[lang]["name"] for iso3, by_lang in raw["names"].items() if lang in by_lang}


#: The forms a template may ask of a name, a day or any value ("{state:de}", hague.trace), per language;
#: a value with no article of its own takes the bare preposition ("de 122", "d'Israël", "à Cuba").
FORMS = {"fr": ("le", "de", "à", "en"), "es": ("el", "de", "a")}
_FR_VOWELS = "aeiouyhâàéèêëîïôöûüœAEIOUYHÂÀÉÈÊËÎÏÔÖÛÜŒ"
_FR = {
    "le": {"le": "le {}", "la": "la {}", "l'": "l'{}", "les": "les {}", "": "{}"},
    "de": {"le": "du {}", "la": "de la {}", "l'": "de l'{}", "les": "des {}", "": "de {}"},
    "à": {"le": "au {}", "la": "à la {}", "l'": "à l'{}", "les": "aux {}", "": "à {}"},
    "en": {"le": "au {}", "la": "en {}", "l'": "en {}", "les": "aux {}", "": "à {}"},
}
_ES = {
    "el": {"el": "el {}", "la": "la {}", "los": "los {}", "las": "las {}", "": "{}"},
    "de": {"el": "del {}", "la": "de la {}", "los": "de los {}", "las": "de las {}", "": "de {}"},
    "a": {"el": "al {}", "la": "a la {}", "los": "a los {}", "las": "a las {}", "": "a {}"},
}


def with_article(name: str, article: str, lang: str, form: str) -> str:
    """`name` in the `form` a template asks (FORMS), with its `article` ("" for none)."""
    if lang == "fr":
        if form not in _FR:
            raise ValueError(f"no French form {form!r} (forms: {', '.join(FORMS['fr'])})")
        if not article and name[:1] in _FR_VOWELS:
            return {"de": "d'{}", "en": "en {}"}.get(form, _FR[form][""]).format(name)
        return _FR[form][article].format(name)
    if lang == "es":
        if form not in _ES:
            raise ValueError(f"no Spanish form {form!r} (forms: {', '.join(FORMS['es'])})")
        return _ES[form][article].format(name)
    return name


@cache
def _articles() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_HERE / "articles.json").read_text(encoding="utf-8"))
    return data


def article(iso3: str, lang: str) -> str | None:
    """The article a State's name takes in `lang` ("la" Russie, "les" Philippines, "" for Cuba; "el"
    Reino Unido), from articles.json (scripts/state_articles.py, with its sources); None if unknown."""
    entry = _articles().get(lang, {}).get(iso3)
    return None if entry is None else str(entry["article"])


def agreement(iso3: str, lang: str) -> tuple[str, str]:
    """A State's name's gender ("m", "f") and number ("sg", "pl") in `lang`, that verbs and
    participles agree with (articles.json); ("m", "sg") if unknown."""
    entry = _articles().get(lang, {}).get(iso3) or {}
    return str(entry.get("gender", "m")), str(entry.get("number", "sg"))


def agreeing(iso3: str, lang: str, options: Sequence[str]) -> str:
    """Of a template's choices, "singular|plural" or "masculine|feminine|masculine plural|feminine
    plural" ("{state:a|ont}"), the one that agrees with the State's name in `lang`."""
    gender, number = agreement(iso3, lang)
    if len(options) == 2:
        return options[number == "pl"]
    if len(options) == 4:
        return options[(gender == "f") + 2 * (number == "pl")]
    raise ValueError(f"choices are singular|plural or m|f|m pl|f pl, not {'|'.join(options)!r}")


def text(lang: str, key: str, default: str | None = None, /, **params: Any) -> str:
    """The message `key` in `lang`, with `params` filled in; `default` (the code's English)
    where the catalogue has no such key, else the English catalogue's. A key no catalogue
    has is a bug and raises KeyError."""
    found = messages(lang).get(key)
    if found is None:
        found = default if default is not None else messages(DEFAULT)[key]
    return found.format(**params) if params else found


def language(value: str | None) -> str:
    """The API's `lang` parameter: one of LANGUAGES (default English); anything else is bad input."""
    if value is None or value == "":
        return DEFAULT
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise _bad_lang(value)
    return code


def _bad_lang(value: str) -> HagueError:
    valid = list(LANGUAGES)
    return HagueError.of(
        "lang.unknown",
        "lang: {value!r} is not one of {valid_list}",
        field="lang",
        valid=valid,
        value=value,
        valid_list=", ".join(valid),
    )


def negotiate(accept_language: str | None) -> str:
    """The best of LANGUAGES for an Accept-Language header (RFC 9110 12.5.4: quality values,
    primary tags: "fr-CH" matches French); English when none fits."""
    if not accept_language:
        return DEFAULT
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept_language.split(",")[:32]):
        tag, _, rest = item.strip().partition(";")
        tag = tag.strip()
        if not tag or (tag != "*" and not _TAG.match(tag)):
            continue
        quality = 1.0
        for param in rest.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.split("-")[0].lower()
        if quality > 0 and primary in LANGUAGES:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else DEFAULT


def page_language(query_lang: str | None, accept_language: str | None) -> tuple[str, str | None]:
    """A page's language: `?lang=` if it is one of LANGUAGES, else the Accept-Language choice.
    The second value is the unknown `lang` asked for (the page then says English is shown)."""
    if query_lang is not None:
        code = query_lang.strip().lower()
        if code in LANGUAGES:
            return code, None
        return DEFAULT, query_lang[:40]
    return negotiate(accept_language), None


def long_date(day: date, lang: str) -> str:
    """A day as people write it in `lang` (CLDR's long form: "10 juin 2010", "10 de junio de 2010";
    French writes the first of a month "1er": "1er juillet 2002")."""
    from babel.dates import format_date

    said = str(format_date(day, format="long", locale=lang))
    return "1er" + said[1:] if lang == "fr" and day.day == 1 and said.startswith("1 ") else said
