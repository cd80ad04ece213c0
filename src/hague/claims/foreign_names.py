"""Where a French, Spanish, Portuguese or Russian text names a State: CLDR's territory names (through
Babel, never typed here), and the gazetteer in data/claims (hague.claims.gazetteer): the forms news
uses that CLDR lacks (short forms, abbreviations, formal names), capitals and seats of government
standing for the government, leaders, places inside a State, adjectives of nationality, and names
that are no State ("Amérique latine"). Groups of States ("pays africains") are matched by the
patterns below: grammar, not facts.

Russian declines its nouns and adjectives: a name's words are matched by their stem and a short ending
("Россия", "России", "Россией"), which is how CLDR's nominative forms serve every case.

Matching is linear: every place a word starts is looked up by its first two letters (folded), and
only the few forms that begin so are tried there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from hague.claims import gazetteer
from hague.claims.gazetteer import Kind
from hague.claims.mentions import Mention, placed
from hague.ledger import names

LANGS = ("fr", "es", "pt", "ru")

# Regional groups by the words news uses ("34 pays africains", "varios países de África").
GROUP_WORDS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        (r"(?:pays|États|Etats|nations)\s+(?:d['’]Afrique|africains)", "African States"),
        (r"(?:pays|États|Etats|nations)\s+(?:d['’]Asie|asiatiques)", "Asia-Pacific States"),
        (
            r"(?:pays|États|Etats|nations)\s+(?:d['’]Amérique\s+latine|latino-américains)",
            "Latin American and Caribbean States",
        ),
    ],
    "es": [
        (r"(?:países|estados|Estados|naciones)\s+(?:de\s+África|africanos|africanas)", "African States"),
        (r"(?:países|estados|Estados|naciones)\s+(?:de\s+Asia|asiáticos)", "Asia-Pacific States"),
        (
            r"(?:países|estados|Estados|naciones)\s+(?:de\s+América\s+Latina|latinoamericanos)",
            "Latin American and Caribbean States",
        ),
    ],
    "pt": [
        (r"(?:países|estados|Estados|nações)\s+(?:da\s+África|de\s+África|africanos)", "African States"),
        (r"(?:países|estados|Estados|nações)\s+(?:da\s+Ásia|asiáticos)", "Asia-Pacific States"),
        (
            r"(?:países|estados|Estados|nações)\s+(?:da\s+América\s+Latina|latino-americanos)",
            "Latin American and Caribbean States",
        ),
    ],
    "ru": [
        (r"(?:африканск\w*\s+(?:стран|государств)\w*|(?:стран|государств)\w*\s+Африки)", "African States"),
        (r"(?:азиатск\w*\s+(?:стран|государств)\w*)", "Asia-Pacific States"),
        (r"(?:латиноамериканск\w*\s+(?:стран|государств)\w*)", "Latin American and Caribbean States"),
    ],
}
# A quantifier before a group: how many members it asks for at least.
QUANTIFIERS: dict[str, dict[str, int]] = {
    "fr": {"plusieurs": 3, "quelques": 2, "des": 2, "de nombreux": 5, "trois": 3, "deux": 2, "certains": 2},
    "es": {"varios": 3, "varias": 3, "algunos": 2, "muchos": 5, "tres": 3, "dos": 2},
    "pt": {"vários": 3, "várias": 3, "alguns": 2, "muitos": 5, "três": 3, "dois": 2},
    "ru": {"несколько": 3, "многие": 5, "три": 3, "две": 2, "два": 2},
}
_ENDING = {
    "fr": r"(?:e|s|es|ne|nes|nne|nnes)?",
    "es": r"(?:s|es|a|as|os)?",
    "pt": r"(?:s|es|a|as|os)?",
    "ru": r"[а-яё]{0,4}",
}
#: CLDR's regional variants read too, after the language's own names: Portugal's spelling in Portuguese
#: ("Tajiquistão", "Irão", "Quénia"), Latin America's in Spanish ("Rumania"), Canada's in French ("Nigéria").
VARIANTS: dict[str, tuple[str, ...]] = {"fr": ("fr_CA",), "es": ("es_419", "es_MX"), "pt": ("pt_PT",), "ru": ()}
#: Variant names that are as often something else: "Salvador" (pt_PT's El Salvador) is a Brazilian city.
NOT_VARIANTS = {"Salvador"}


#: The places that stand for a State's government here: a capital, a seat ("le Kremlin"). A parliament
#: ("la Douma") and a governing body are not read in these languages yet.
_METONYM_KINDS = {Kind.capital, Kind.seat}


def fold(text: str) -> str:
    """Lower case without accents: the look-up key of a form."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


#: The look-up key of the two characters a word starts with: few distinct pairs, read at every word.
_key = cache(fold)


@dataclass(frozen=True)
class _Form:
    regex: re.Pattern[str]
    iso3: str | None
    via: str


_RU_SUFFIX = re.compile(r"(?:ая|ий|ый|ое|ие|ые|ой|[аяоеиыйьую])$")


def _ru_pattern(form: str) -> str:
    """A Russian name as stems with short endings: "Соединенные Штаты" matches "Соединенных Штатов"."""
    parts = []
    for word in re.split(r"(\s+|-|—)", form):
        if not word or word.isspace() or word in ("-", "—"):
            parts.append(r"\s+" if word.isspace() else re.escape(word))
        elif len(word) > 3 and not word.isupper():
            parts.append(re.escape(_RU_SUFFIX.sub("", word)) + r"[а-яё]{0,3}")
        else:
            parts.append(re.escape(word))
    return "".join(parts)


def _literal(form: str, lang: str) -> str:
    if lang == "ru":
        return _ru_pattern(form)
    return r"\s+".join(re.escape(w) for w in form.split())


@cache
def surfaces(lang: str) -> dict[str, tuple[str | None, str]]:
    """Every name form of `lang` -> (iso3, how it names the State); None for a name that is no State."""
    from babel import Locale

    territories = Locale.parse(lang).territories
    out: dict[str, tuple[str | None, str]] = {}
    for iso3 in names.all_states():
        local = territories.get(names.alpha2(iso3))
        if local:
            out[local] = (iso3, "name")
            bare = re.sub(r"\s*\([^)]*\)", "", local)
            out.setdefault(bare, (iso3, "name"))
            for inner in re.findall(r"\(([^)]+)\)", local):
                out.setdefault(inner, (iso3, "name"))
    for variant in VARIANTS[lang]:
        other = Locale.parse(variant).territories
        for iso3 in names.all_states():
            local = other.get(names.alpha2(iso3))
            if local and local not in NOT_VARIANTS:
                out.setdefault(local, (iso3, "name"))
                for inner in re.findall(r"\(([^)]+)\)", local):
                    out.setdefault(inner, (iso3, "name"))
                out.setdefault(re.sub(r"\s*\([^)]*\)", "", local), (iso3, "name"))
    kept = gazetteer.name_forms(lang)
    for form, iso3 in kept.states.items():
        out[form] = (iso3, "name")
    for form in kept.not_states:
        out[form] = (None, "name")
    for m in gazetteer.metonym_entries(lang):
        if m.kind in _METONYM_KINDS:
            out.setdefault(m.name, (m.iso3, "metonym"))
            out.setdefault(re.sub(r"\s*\([^)]*\)", "", m.name), (m.iso3, "metonym"))  # CLDR's "Tripoli (Libye)"
    for leader in gazetteer.leaders(lang):
        forms = [f for f in leader.forms if f not in leader.short] if leader.ambiguous else leader.forms
        for form in forms:
            out.setdefault(form, (leader.iso3, "leader"))
    for form, iso3 in kept.regions.items():
        out.setdefault(form, (iso3, "region"))
    return out


@cache
def _index(lang: str) -> dict[str, list[_Form]]:
    out: dict[str, list[_Form]] = {}
    entries: list[tuple[str, str, str | None, str]] = []
    for form, (iso3, via) in surfaces(lang).items():
        variants = {form, "".join(c for c in unicodedata.normalize("NFD", form) if not unicodedata.combining(c))}
        if lang == "fr":
            variants |= {v.replace("É", "E") for v in variants}
        for v in variants:
            entries.append((v, _literal(v, lang) + r"(?![\w])", iso3, via))
    for stem, iso3 in gazetteer.name_forms(lang).demonyms.items():
        entries.append((stem, re.escape(stem) + _ENDING[lang] + r"(?![\w])", iso3, "demonym"))
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    for text, rx, iso3, via in entries:
        flags = re.IGNORECASE if via == "demonym" else 0
        out.setdefault(fold(text)[:2], []).append(_Form(re.compile(rx, flags), iso3, via))
    return out


@cache
def _groups(lang: str) -> re.Pattern[str]:
    quant = "|".join(sorted(map(re.escape, QUANTIFIERS[lang]), key=len, reverse=True))
    alts = "|".join(f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(GROUP_WORDS[lang]))
    return re.compile(rf"(?:(?P<q>{quant}|\d{{1,3}})\s+)?(?:{alts})(?![\w])", re.IGNORECASE)


_WORD_START = re.compile(r"(?<![\w])\w")


def find(text: str, lang: str, offset: int = 0) -> list[Mention]:
    """Every State or group of States named in `text` (a text in `lang`), in order, without overlaps."""
    index = _index(lang)
    found: list[Mention] = []
    for m in _groups(lang).finditer(text):
        name = next(GROUP_WORDS[lang][int(k[1:])][1] for k, v in m.groupdict().items() if k != "q" and v)
        q = (m.group("q") or "").lower()
        least = int(q) if q.isdigit() else QUANTIFIERS[lang].get(q, 2)
        most = int(q) if q.isdigit() else None
        found.append(Mention(m.start() + offset, m.end() + offset, m.group(0), None, "group", name, least, most))
    taken = 0
    for m in _WORD_START.finditer(text):
        i = m.start()
        if i < taken:
            continue
        # "le Kremlin": a metonym written with its article is keyed by the article.
        for form in index.get(_key(text[i : i + 2]), ()):
            hit = form.regex.match(text, i)
            if hit is None:
                continue
            taken = hit.end()
            if form.iso3 is not None:
                found.append(Mention(i + offset, hit.end() + offset, hit.group(0), form.iso3, form.via))
            break
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    for mention in found:
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return placed(text, offset, out, lang)  # "à Moscou", "en Moscú": a place, not the government acting


@cache
def _english(lang: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for leader in gazetteer.leaders(lang):
        for form in leader.forms:
            out.setdefault(form, (leader.iso3, leader.english))
    return out


def english_form(text: str, iso3: str | None, lang: str) -> str:
    """The form English-language news (and the registry) uses for the leader `text` names in `lang`
    ("Poutine" -> "Putin", "Путина" -> "Putin"): the form itself, else one of the same State that
    begins alike (a declined Russian form), else `text`."""
    forms = _english(lang)
    hit = forms.get(text)
    if hit is not None:
        return hit[1]
    for form, (state, english) in forms.items():
        if state == iso3 and text.startswith(form[:5]):
            return english
    return text
