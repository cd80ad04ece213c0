"""Situation names and amendment titles in French and Spanish.

The Court names its situations in English and French (its working languages) and the UN
depositary titles the amendments in all its languages; where a data file gives such a name
(`names: {fr: {name, source}}`, copied exactly from the publication it cites), that name is
used. Where it gives none, the name is made, never invented: a pattern from the message
catalogue (`situation.generated`: "Situation : {place}{suffix}") filled with CLDR's names
of the situation's States (hague.ledger.names.local_name, through Babel) and, to tell apart
situations on the same States, the Roman numeral or the years that end the English name
("... Venezuela II", "(communications analysed 2003-2006)"); for an amendment
(`amendment.generated`), its UNTC number and its day of adoption in that language's long
form. Every answer says which it is: `name_source` is the publication, or None for a made
name.

English is the data's own `name` or `title`, unchanged. Only the API and the web pages ask
for another language (Babel is hague's [web] extra).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from hague.ledger.model import Amendment, LocalName

_NUMERAL = re.compile(r"\s((?:I|II|III|IV|V|VI))$")
_YEARS = re.compile(r"\((?:[^()]*?\D)?(\d{4}(?:\s*[-\u2013]\s*\d{4})?)(?:\D[^()]*)?\)\s*$")


def _suffix(english: str) -> str:
    """What tells this situation from another on the same States: a final Roman numeral
    (" II"), else the years in a final parenthesis (" (2003-2006)"), else nothing."""
    numeral = _NUMERAL.search(english)
    if numeral:
        return " " + numeral.group(1)
    years = _YEARS.search(english)
    if years:
        span = re.sub(r"\s*[-\u2013]\s*", "-", years.group(1))
        return f" ({span})"
    return ""


def situation_name(
    english: str, states: Sequence[str], names: Mapping[str, LocalName], lang: str
) -> tuple[str, dict[str, str] | None]:
    """The situation's name in `lang` and the source of that name: the data's own name in
    English, the official one the file gives for French or Spanish, else a made one (source
    None)."""
    if lang == "en":
        return english, None
    given = names.get(lang)
    if given is not None:
        return given.name, given.source.to_json()
    from hague import i18n
    from hague.ledger.names import local_name

    place = " / ".join(local_name(code, lang) for code in states)
    return i18n.text(lang, "situation.generated", place=place, suffix=_suffix(english)), None


def amendment_title(amendment: Amendment, lang: str) -> tuple[str, dict[str, str] | None]:
    """The amendment's title in `lang` and its source, as situation_name does."""
    if lang == "en":
        return amendment.title, None
    given = amendment.names.get(lang)
    if given is not None:
        return given.name, given.source.to_json()
    from hague import i18n

    adopted = i18n.long_date(amendment.adopted, lang)
    return i18n.text(lang, "amendment.generated", untc=amendment.untc, adopted=adopted), None


class AmendmentName(str):
    """An amendment in a sentence: its id as a string ("aggression-2010", what the English answer and
    the JSON have always said); in French and Spanish its title (hague.registry.names.amendment_title:
    the official one where the data gives it, else one made from its UNTC number and day)."""

    amendment: Amendment

    def __new__(cls, ident: str, amendment: Amendment) -> AmendmentName:
        self = super().__new__(cls, ident)
        self.amendment = amendment
        return self

    def render(self, lang: str = "en") -> str:
        if lang == "en":
            return str.__str__(self)
        return amendment_title(self.amendment, lang)[0]


def localized(
    row: dict[str, Any], english: str, states: Sequence[str], names: Mapping[str, LocalName], lang: str
) -> dict[str, Any]:
    """A situation's answer with `name` in `lang` and `name_source` (for lang other than en)."""
    if lang == "en":
        return row
    name, source = situation_name(english, states, names, lang)
    return {**row, "name": name, "name_source": source}


def state_answer(answer: dict[str, Any], lang: str, ledger: Any) -> dict[str, Any]:
    """An answer about one State (`hague status`, `hague timeline`, GET /api/v1/status) in `lang` (en, fr,
    es): its `name` CLDR's, through Babel; its `caveats` in the language their data file gives for it
    (English as the CLI prints them), with `caveat_parts` saying which language each is in
    (hague.trace.caveat_part); its regional group's name in `lang` as `group_name` (`group` stays the data's
    name); each amendment's `title` (under `record`) in `lang` with `title_source`. English: the answer as it is."""
    if lang == "en":
        return answer
    from hague.ledger import names as state_names
    from hague.ledger.model import Text
    from hague.trace import caveat_part

    out = {**answer, "name": state_names.local_name(answer["iso3"], lang)}
    if answer.get("group"):  # `group` stays the data's name (a code to programs); `group_name` says it in `lang`
        from hague import i18n

        out["group_name"] = i18n.text(lang, f"group.{answer['group']}", answer["group"])
    if "caveats" in answer:
        out["caveats"] = [c.in_lang(lang) if isinstance(c, Text) else c for c in answer["caveats"]]
        # the same in pieces, as the jurisdiction answer gives them: the words' language, "en" where the
        # data file has no translation (the State page marks those lang="en")
        out["caveat_parts"] = [caveat_part(c, lang) for c in answer["caveats"]]
    record = answer.get("record")
    if isinstance(record, dict) and record.get("amendments"):
        titled = []
        for a in record["amendments"]:
            title, source = amendment_title(ledger.instruments.amendments[a["amendment"]], lang)
            titled.append({**a, "title": title, "title_source": source})
        out["record"] = {**record, "amendments": titled}
    return out
