"""Where a text names a State: names and their variants, demonyms, capitals and governments standing
for the State, regions inside one, and groups of States ("several African nations").

Names come from the same table as hague.ledger.names (country_converter's short and official names);
the short forms, abbreviations and older names news uses beside them, the names that hold a State's
name but are none ("Latin America"), adjectives of nationality ("Russian"), capitals and seats of
government, leaders, and places inside a State that name a situation ("Darfur") come from the
gazetteer in data/claims (hague.claims.gazetteer: `en` in names.yaml, leaders.yaml, metonyms.yaml),
each with its source or a note, never typed here. Matching is case-sensitive: "Chad", "Jordan" and
"Turkey" are proper nouns when capitalised, and "US" is not "us".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from hague.claims import gazetteer
from hague.claims import text as text_mod
from hague.ledger import GROUPS, names


# Capitals, seats of government and leaders that stand for their State in news ("Moscow signed",
# "President Duterte announced", "the Bush administration"): from the sourced gazetteer in
# data/claims (hague.claims.gazetteer), never typed here.
@cache
def _metonyms() -> dict[str, str]:
    return {form: iso3 for form, iso3 in gazetteer.metonyms("en").items() if "A" <= form[:1] <= "Z"}


@cache
def _leaders() -> dict[str, str]:
    """The forms naming a leader ("President Duterte", "Putin"): a person, who stands for the State as a
    capital does, but is not the country "the country" refers to (via "leader", as the other languages')."""
    out: dict[str, str] = {}
    for leader in gazetteer.leaders("en"):
        forms = [*leader.titled] + ([leader.name] if leader.ambiguous else [*leader.forms])
        out.update((form, leader.iso3) for form in forms if "A" <= form[:1] <= "Z")  # the index keys on A-Z
    return out


@cache
def _governments() -> list[tuple[str, str]]:
    """Leaders' surnames before "administration", "government": one pattern per State."""
    by_state: dict[str, set[str]] = {}
    for leader in gazetteer.leaders("en"):
        by_state.setdefault(leader.iso3, set()).update(leader.forms)
    return [
        ("|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True)), iso3)
        for iso3, forms in sorted(by_state.items())
    ]


@cache
def _terms() -> dict[str, tuple[tuple[dt.date, dt.date | None], ...]]:
    """Every form naming a leader, in every language the gazetteer has, with the days of all the terms of
    the persons it names (a form two persons share gets both's)."""
    out: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    for lang in gazetteer.LANGS:
        for leader in gazetteer.leaders(lang):
            for form in (*leader.titled, *leader.forms):
                out.setdefault(" ".join(form.casefold().split()), []).append((leader.start, leader.end))
    return {form: tuple(dict.fromkeys(terms)) for form, terms in out.items()}


def out_of_office(m: Mention, first: dt.date, last: dt.date) -> bool:
    """Whether `m` names a leader who held none of their offices on any day of `first`..`last`
    (data/claims/leaders.yaml): "President Bush signed the Statute in 1990" is no act of the State by
    George W. Bush, whose term began in 2001. A form the gazetteer has no terms for is never out of office."""
    if m.via != "leader":
        return False
    terms = _terms().get(" ".join(m.text.casefold().split()))
    if not terms:
        return False
    return not any(start <= last and (end is None or first <= end) for start, end in terms)


# Regional groups of the Assembly of States Parties, by the adjective news uses for them.
GROUP_ADJECTIVES = {
    "African": "African States",
    "Asian": "Asia-Pacific States",
    "Asia-Pacific": "Asia-Pacific States",
    "Latin American": "Latin American and Caribbean States",
    "Latin American and Caribbean": "Latin American and Caribbean States",
    "Caribbean": "Latin American and Caribbean States",
    "Eastern European": "Eastern European States",
}
assert set(GROUP_ADJECTIVES.values()) <= set(GROUPS)

#: Numbers written as words, below twenty ("no" reads as zero only where a count is meant).
UNITS = {**text_mod.UNITS, "no": 0}
# The numbers a group of States is named with ("three African countries").
NUMBER_WORDS = {word: n for word, n in UNITS.items() if 1 <= n <= 12} | {"a couple of": 2, "a pair of": 2}
# Least members a vague quantifier asks for (and most, for "a handful").
QUANTIFIERS = {
    "several": (3, None),
    "a number of": (2, None),
    "a few": (2, None),
    "some": (2, None),
    "many": (5, None),
    "a handful of": (2, 6),
    "a string of": (2, None),
    "a series of": (2, None),
    "other": (1, None),
    "fellow": (1, None),
}
_QUANT = "|".join(sorted([re.escape(q) for q in (*QUANTIFIERS, *NUMBER_WORDS)] + [r"\d{1,2}"], key=len, reverse=True))
_GROUP_NOUN = r"(?:nations|states|countries|governments|members|member\s+states|states\s+parties|leaders)"
_GROUP_RE = re.compile(
    rf"(?:(?P<q>{_QUANT})\s+)?(?P<adj>{'|'.join(sorted(map(re.escape, GROUP_ADJECTIVES), key=len, reverse=True))})"
    rf"\s+{_GROUP_NOUN}\b",
    re.IGNORECASE,
)
_ALL_RE = re.compile(rf"\b(?P<q>{_QUANT})\s+(?:other\s+)?(?:countries|states|nations|governments)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A State (iso3) or a group of States (group) named at [start, end)."""

    start: int
    end: int
    text: str
    iso3: str | None
    via: str  # name | demonym | metonym | leader | government | region | group | reference
    group: str | None = None  # a regional group, or "all" for "three countries"
    least: int | None = None  # members the quantifier asks for
    most: int | None = None
    # the State named before that "it", "the country" (via "reference"), or a capital or a leader, stands for
    antecedent: Mention | None = None
    # "the three countries" after three States named: the States it stands for, each a reference
    members: tuple[Mention, ...] = ()
    # a reference to a State its own sentence referred to before it ("Le gouvernement a annoncé son retrait":
    # "son" after "Le gouvernement"), though that earlier reference reached back to another sentence
    within: bool = False
    # a reference opening a clause of its own after the State it stands for ("Mongolia did not arrest him,
    # though the country is a member"): the clause's subject, read with its own words
    clause: bool = False

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "via": self.via, "span": [self.start, self.end]}
        if self.iso3:
            out["iso3"] = self.iso3
        if self.antecedent is not None:
            out["antecedent"] = {
                "text": self.antecedent.text,
                "via": self.antecedent.via,
                "span": [self.antecedent.start, self.antecedent.end],
            }
        if self.members:
            out["members"] = [m.to_json() for m in self.members]
        if self.group:
            out["group"] = self.group
            out["at_least"] = self.least
            if self.most is not None:
                out["at_most"] = self.most
        return out


@cache
def _surfaces() -> dict[str, tuple[str | None, str]]:
    """Every surface form -> (iso3 or None for a not-a-State name, how it names the State)."""
    out: dict[str, tuple[str | None, str]] = {}
    for iso3 in names.all_states():
        for text in (names.name(iso3), names.official_name(iso3)):
            if "," not in text:
                out[text] = (iso3, "name")
    kept = gazetteer.name_forms("en")
    for text, iso3 in kept.states.items():
        out[text] = (iso3, "name")
    for text in kept.not_states:
        out.setdefault(text, (None, "name"))
    for text, iso3 in kept.demonyms.items():
        out.setdefault(text, (iso3, "demonym"))
    for text, iso3 in _leaders().items():
        out.setdefault(text, (iso3, "leader"))
    for text, iso3 in _metonyms().items():
        out.setdefault(text, (iso3, "metonym"))
    for text, iso3 in kept.regions.items():
        out.setdefault(text, (iso3, "region"))
    return out


@cache
def _index() -> dict[str, list[str]]:
    """Surface forms by their first two letters, longest first, so "Guinea-Bissau" wins over "Guinea" and
    "Latin America" (not a State) over "America". A look-up per capital letter is far quicker than one
    regular expression of six hundred alternatives."""
    out: dict[str, list[str]] = {}
    for form in _surfaces():
        assert "A" <= form[0] <= "Z", form
        out.setdefault(form[:2], []).append(form)
    for forms in out.values():
        forms.sort(key=len, reverse=True)
    return out


_CAPITAL = re.compile(r"(?<![\w.])[A-Z]")
_NAME_END = re.compile(r"(?![\w])(?!\.\w)")


def _names(text: str) -> list[tuple[int, str]]:
    index = _index()
    found: list[tuple[int, str]] = []
    taken = 0
    for m in _CAPITAL.finditer(text):
        i = m.start()
        if i < taken:
            continue
        for form in index.get(text[i : i + 2], ()):
            if text.startswith(form, i) and _NAME_END.match(text, i + len(form)):
                found.append((i, form))
                taken = i + len(form)
                break
    return found


@cache
def _gov_re() -> re.Pattern[str]:
    return re.compile(
        "|".join(
            rf"(?P<g{i}>(?:the\s+)?(?:{rx})\s+(?:administration|government|regime|cabinet))"
            for i, (rx, _) in enumerate(_governments())
        )
    )


def find(text: str, offset: int = 0) -> list[Mention]:
    """Every State or group of States named in `text`, in order, without overlaps."""
    surfaces = _surfaces()
    found: list[Mention] = []
    lower = text.lower()
    groups = _GROUP_RE.finditer(text) if any(a.lower() in lower for a in GROUP_ADJECTIVES) else iter(())
    for m in groups:
        q = (m.group("q") or "").lower()
        least, most = _quantity(q)
        found.append(
            Mention(
                m.start() + offset,
                m.end() + offset,
                m.group(0),
                None,
                "group",
                GROUP_ADJECTIVES[_adjective(m.group("adj"))],
                least,
                most,
            )
        )
    counted = any(w in lower for w in ("countries", "states", "nations", "governments"))
    for m in _ALL_RE.finditer(text) if counted else iter(()):
        q = m.group("q").lower()
        least, most = _quantity(q)
        if q in NUMBER_WORDS or q.isdigit() or q in ("several", "a number of", "a handful of", "a few"):
            found.append(Mention(m.start() + offset, m.end() + offset, m.group(0), None, "group", "all", least, most))
    governed = any(w in lower for w in ("administration", "government", "regime", "cabinet"))
    for m in _gov_re().finditer(text) if governed else iter(()):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        found.append(Mention(m.start() + offset, m.end() + offset, m.group(0), _governments()[index][1], "government"))
    for i, form in _names(text):
        iso3, via = surfaces[form]
        if iso3 is not None:
            found.append(Mention(i + offset, i + len(form) + offset, form, iso3, via))
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    for mention in found:
        if not out or mention.start >= out[-1].end:
            out.append(mention)
    return placed(text, offset, out, "en")


#: Words before a capital or a seat of government that make it the place of an event ("a summit in Moscow",
#: "talks at the Kremlin", "Putin flew to Ulaanbaatar", "une réunion à Moscou", "la cumbre en Moscú"), not the
#: government acting ("Moscow withdrew its signature"). "from"/"de"/"desde" are left out: "a letter from
#: Pretoria", "une lettre de Pretoria" is the government's.
LOCATIVES = {
    "en": r"(?:in|at|near|outside|around|across|into|to|visit(?:s|ed|ing)?)",
    "fr": r"(?:à|au|en|dans|vers|près\s+de|visite\s+à)",
    "es": r"(?:en|a|hacia|cerca\s+de)",
    "pt": r"(?:em|no|na|a|para|perto\s+de)",
}


@cache
def _locative(lang: str) -> re.Pattern[str] | None:
    words = LOCATIVES.get(lang)
    if words is None:
        return None
    return re.compile(rf"(?<![\w-]){words}\s+(?:the\s+)?$", re.IGNORECASE)


def placed(text: str, offset: int, found: list[Mention], lang: str) -> list[Mention]:
    """`found` (the mentions of `text` at `offset`) where a capital or a seat of government right after a
    preposition of place is read as a place inside its State (via "region"): it names no State acting, no
    subject, and no State a later "the country" may stand for ("At a meeting in Moscow, the country announced
    ..." speaks of the country named before, not of Russia)."""
    rx = _locative(lang)
    if rx is None or not any(m.via == "metonym" for m in found):
        return found
    return [
        replace(m, via="region")
        if m.via == "metonym" and rx.search(text, max(0, m.start - offset - 16), m.start - offset)
        else m
        for m in found
    ]


def _adjective(text: str) -> str:
    for key in GROUP_ADJECTIVES:
        if key.lower() == " ".join(text.split()).lower():
            return key
    return "African"


def _quantity(q: str) -> tuple[int, int | None]:
    q = " ".join(q.split())
    if not q or q == "the":
        return 2, None  # a plural: at least two
    if q in QUANTIFIERS:
        return QUANTIFIERS[q]
    n = NUMBER_WORDS.get(q)
    if n is None and q.isdigit():
        n = int(q)
    return (n, n) if n is not None else (2, None)


# -- States referred to, not named (issue 14, kind 4) ---------------------------------------------
# "It notified ...", "the country's withdrawal", "the East African nation", "the government": words that
# stand for a State named before them. The rule, the same in every language hague reads:
#   1. the States named earlier in the same sentence: when they are all one State, that State; two
#      different States compete, and the words stay unresolved;
#   2. else the sentence before, in the same paragraph: the one State its claims were about; for a noun
#      ("the country", "le pays", "el Gobierno"), else the one State it names;
#   3. a pronoun ("it", "il", "elle") may as well stand for the Court, the Statute or another body: it
#      stands for the State only when the State comes first (the sentence's subject, not the Court's
#      object: "Russia signed the Statute but it never ratified it"), and not right after such a body
#      ("the ICC announced it would investigate"); from the sentence before, only when no such body is
#      named before it in its own sentence ("The court said it would") and the sentence before opened on
#      the State.
#   4. a capital or seat of government ("Moscow", "the Kremlin", "Manila"), a leader in office ("Duterte") or
#      a government ("the Bush administration") names its State wherever it stands; when the paragraph named
#      that State in an earlier sentence, it also carries that name as its antecedent (`standing_for`).
# A resolved reference is a Mention of via "reference" carrying its antecedent; a claim whose subject
# is one says so (`subject_from`: "context" in hague check's JSON).

#: English words that stand for a State: pronouns (group `it`), and nouns, with up to three capitalised
#: words of geography or a few plain descriptions before them ("the East African nation", "the small
#: island nation"); an ordinal is no reference ("the first country to withdraw" speaks of any country).
#: The government as it stands at a time ("the new government", "the military junta") is the State too; a
#: lower-case "state" only after such a word ("the Balkan state", "the small island state"): "the state where
#: the conduct occurred" speaks of any State. "the president", "the prime minister", "the authorities" stand
#: for their State as its government does, but not "the president of the Assembly" (`_OF_BODY`).
_DESCRIBED = (
    r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|island|small|tiny|landlocked|war-torn|oil-rich|impoverished|former|"
    r"new|current|incoming|outgoing|previous|then|military|interim|transitional|federal|national|central|ruling)"
)
#: The nouns come before the pronoun: "its government" is a noun, read as "the government" is.
REFERENCE_EN = re.compile(
    r"(?<![\w-])(?:"
    rf"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:{_DESCRIBED}\s+){{0,3}}(?:country|nation|government|"
    r"administration|regime|republic|kingdom|archipelago|authorities|junta|"
    r"(?P<office>[Pp]resident|[Pp]rime\s+[Mm]inister|[Ff]oreign\s+[Mm]inist(?:er|ry))|"
    r"State(?!\s+[Pp]art))|"
    rf"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:{_DESCRIBED}\s+){{1,3}}state(?!\s+part)|"
    r"(?P<it>[Ii]t(?:s|['’]s)?))"
    r"(?![\w-])"
)
#: After an office: the body it is an office of ("the president of the Assembly", "le président de la Cour",
#: "el presidente de la Asamblea"); "the government of Burundi" is read before (`_OF_NAME`).
_OF_BODY = re.compile(r"\s+(?:of|de|du|des|del|da|do)\s", re.IGNORECASE)
#: After an office: a name that is not a leader's ("la présidente Tomoko Akane" of the Court).
_NAME_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
#: Between an office and the State or leader named right after it.
_APPOSED_NAME = re.compile(r"\s*,?\s*")
#: English words for what else "it" may stand for: the Court, its treaty, a body, a parliament (whose
#: act is domestic), a decision. A State's own organs ("the Foreign Ministry said it") are the State.
BLOCKERS_EN = re.compile(
    r"\b(?:ICC|I\.C\.C\.|[Cc]ourt|[Tt]ribunal|[Ss]tatute|[Tt]reaty|agreement|document|[Pp]rosecutor|"
    r"[Pp]arliament|[Ss]enate|Office|UN|United\s+Nations|[Cc]ouncil|[Aa]ssembly|[Uu]nion|body|"
    r"organi[sz]ation|law|bill|decision|move|withdrawal)\b"
)
#: At most this many words between such a body and a pronoun make the body its antecedent ("the ICC
#: announced it").
_NEAR = re.compile(r"\W*(?:\w+\W+){0,3}")


# Between a reference's noun and a State it is said of: "the government of Burundi", "le gouvernement
# burundais", "el Gobierno de Colombia".
_OF_NAME = re.compile(r"\s*(?:(?:of|de|del|do|da|d['’])\s*(?:the\s+|la\s+|l['’]|el\s+|o\s+|a\s+)?)?")


def refers_within(sentence_start: int, m: Mention) -> bool:
    """A reference to a State named earlier in the same sentence ("Gambia said it would withdraw",
    "Russia announced its exit"): a subject finder reads the State itself, with the words between it and
    the verb ("said", "announced": an announcement), as it did before references were read; the
    reference still names the State as a place ("investigate the country's violence")."""
    return (
        m.via == "reference"
        and m.antecedent is not None
        and not m.clause
        and (m.within or m.antecedent.start >= sentence_start)
    )


#: Right before a reference: a conjunction opening a clause of its own ("..., though the country is a member",
#: "..., but it never ratified", "bien que le pays", "aunque el país").
_CLAUSE_BEFORE = re.compile(
    # a clause of concession or of cause: "though the country", "ya que este país", "car ce pays", "because it"
    r"(?:(?<![\w])(?:though|although|whereas|because|bien\s+que|alors\s+que|quoique|aunque|si\s+bien|embora|"
    r"parce\s+que|puisque|car|ya\s+que|porque|puesto\s+que|dado\s+que|já\s+que|visto\s+que)|"
    r"[,;]\s*(?:but|yet|while|mais|pero|mas))\s+$",
    re.IGNORECASE,
)


#: Possessive words that refer to a State ("its withdrawal", "son retrait", "su retirada").
_POSSESSIVES = frozenset({"its", "son", "sa", "ses", "leur", "leurs", "su", "sus", "seu", "sua"})


def possessive(m: Mention) -> bool:
    """Whether `m` is a possessive reference to a State named in an earlier sentence ("The minister
    announced its withdrawal", "La junte a annoncé son retrait"): the State owns the act, but someone else
    is the sentence's subject, so a claim's mood is read from the words before the possessive, not from
    the none between it and the noun."""
    return m.via == "reference" and not m.within and m.text.lower() in _POSSESSIVES


@dataclass(frozen=True)
class Previous:
    """What a sentence leaves for a reference in the next: the one State its claims were about
    (`topic`), the States it names, and whether it opens on a State rather than on the Court or another
    body (a pronoun reaches back only then)."""

    topic: Mention | None
    states: tuple[Mention, ...]
    opens_on_state: bool = True
    named: tuple[Mention, ...] = ()  # the States named in the paragraph up to here, in order
    places: frozenset[str] = frozenset()  # the States of the places it names ("in Ulaanbaatar", "in Darfur")


def previous(
    text: str,
    offset: int,
    mentions: list[Mention],
    subjects: list[Mention],
    blockers: re.Pattern[str] = BLOCKERS_EN,
    before: Previous | None = None,
) -> Previous:
    """The Previous of one sentence (`text` at `offset`): its mentions, and its claims' subjects; with
    `before` (the sentence before's, in the same paragraph), the States the paragraph named so far."""
    subjects = [m.antecedent or m for m in subjects if m.iso3 and not m.group]
    topic = subjects[0] if subjects and len({m.iso3 for m in subjects}) == 1 else None
    states = [x.antecedent or x for m in mentions for x in (m.members or (m,)) if x.iso3 and x.via != "region"]
    body = blockers.search(text)
    first = min((m.start for m in mentions if m.iso3 and m.via != "region"), default=None)
    opens = first is not None and (body is None or first - offset < body.start())
    named = (before.named if before is not None else ()) + tuple(states)
    if topic is None and not subjects:
        topic, opens = _salient(states, opens, body is not None, before)
    places = frozenset(m.iso3 for m in mentions if m.iso3 and m.via == "region")
    if topic is not None and not subjects and places - {topic.iso3}:
        topic = None  # "Putin flew to Ulaanbaatar on Monday.": the visitor is no topic "the country" stands for
    return Previous(topic, tuple(states), opens, named[-_NAMED_KEPT:], places)


def _salient(states: list[Mention], opens: bool, body: bool, before: Previous | None) -> tuple[Mention | None, bool]:
    """The topic, and whether it opens the sentence, of a sentence that makes no claim about a State
    ("Human rights groups accused its forces of abuses.", "Jammeh lost the December election."): the
    last State the paragraph spoke of as a subject stays its topic while the sentence names no other
    State ("Burundi ratified in 2004. Its government faced accusations for years. In 2017 it left the
    Court": Burundi left); a sentence opening on the one State it names makes that State the topic; a
    sentence naming another State, or two, leaves none (two States compete: the reference stays
    unresolved). A pronoun reaches across such a sentence only when it names no body ("The ICC opened an
    investigation. It said ...": the Court)."""
    named = {m.iso3 for m in states}
    carried = before.topic if before is not None else None
    if not named:
        if carried is None or before is None:
            return None, False
        return carried, before.opens_on_state and not body
    if len(named) > 1:
        return None, opens
    if carried is not None and named == {carried.iso3}:
        return carried, opens or (before is not None and before.opens_on_state and not body)
    return (states[0] if opens else None), opens


#: How a headline may end: a sentence's full stop, a question or an exclamation ends a sentence instead.
_HEADLINE_END = re.compile(r"[.!?;:…]['’\"”»)]*$")
#: The longest first line read as a headline.
_HEADLINE_MAX = 160


def headline(first: str) -> bool:
    """Whether the text's first sentence (`first`), ended by a blank line, is a title ("Hungary to quit
    ICC" over "The government announced ..."): one short line without a sentence's final stop. A
    reference in the sentence after it reads the title's State as it would a sentence's in its own
    paragraph; any later paragraph reaches back only within itself."""
    return 0 < len(first) <= _HEADLINE_MAX and "\n" not in first and not _HEADLINE_END.search(first)


#: How many States named earlier in a paragraph are kept for a capital or a leader to stand for.
_NAMED_KEPT = 24
#: How a State is named that may also stand for it when the State was named before: its capital or seat
#: of government ("Moscow", "the Kremlin", "Manila"), its leader ("Duterte", "Poutine"), its government
#: ("the Bush administration").
STANDING_FOR = frozenset({"metonym", "leader", "government"})


def expanded(subjects: list[Mention]) -> list[Mention]:
    """A claim's subjects with "the three countries" read as the States it stands for (one claim each)."""
    return [x for m in subjects for x in (m.members or (m,))]


#: Before a number of countries that stands for the States named just before ("the three countries").
_THE_NUMBER = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")


def _numbered(text: str, offset: int, mentions: list[Mention], previous: Previous | None) -> list[Mention]:
    """`mentions` where "the three countries", "these two nations" stand for as many States named before it
    in the sentence, or else in the sentence before: exactly that many, or the words stay a count."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        n = m.least
        if (
            m.group != "all"
            or n is None
            or n < 2
            or m.most != n
            or not _THE_NUMBER.search(text, max(0, m.start - offset - 16), m.start - offset)
        ):
            out.append(m)
            continue
        here = list({x.iso3: x.antecedent or x for x in mentions[:k] if x.iso3 and x.via != "region"}.values())
        there = list({x.iso3: x for x in (previous.states if previous is not None else ()) if x.iso3}.values())
        chosen = here if len(here) == n else there if not here and len(there) == n else []
        if not chosen:
            out.append(m)
            continue
        members = tuple(Mention(m.start, m.end, m.text, x.iso3, "reference", antecedent=x) for x in chosen)
        out.append(Mention(m.start, m.end, m.text, chosen[0].iso3, "reference", antecedent=chosen[0], members=members))
    return out


def unwritten_subject(
    text: str, offset: int, mentions: list[Mention], previous: Previous | None, opening: re.Pattern[str] | None
) -> list[Mention]:
    """`mentions` of a sentence (`text` at `offset`) whose subject is unwritten, as Spanish leaves it ("Rusia
    firmó el Estatuto en 2000. Nunca lo ratificó."): when the sentence names no State and opens on its verb
    (`opening`, the language's), an empty reference at its start stands for the one State the sentence
    before was about (its claims' subject), so that a claim there has a subject, read from the context."""
    if opening is None or previous is None or previous.topic is None or not opening.match(text):
        return mentions
    if any(m.iso3 and m.via not in ("region", "group") for m in mentions):
        return mentions
    topic = previous.topic
    assert topic.iso3 is not None
    return [Mention(offset, offset, "", topic.iso3, "reference", antecedent=topic), *mentions]


def opens_standing_for(text: str, previous: Previous | None) -> bool:
    """Whether an English sentence opens on a capital, a leader or a government standing for a State the
    paragraph named before ("The Kremlin withdrew its signature in 2016."), or on words referring to the
    State the paragraph is about ("The new government revoked ...", "The Balkan state became ..."): it goes
    on about that State, as one opening on "It" or "The country" does."""
    if previous is None or not previous.named:
        return False
    if previous.topic is not None:
        ref = REFERENCE_EN.match(text)
        if ref is not None and not ref.group("it") and not BLOCKERS_EN.search(ref.group(0)):
            return True
    first = next(iter(find(text[:60])), None)
    return (
        first is not None
        and first.start <= 4
        and first.via in STANDING_FOR
        and first.iso3 in {m.iso3 for m in previous.named}
    )


def standing_for(mentions: list[Mention], offset: int, previous: Previous | None) -> list[Mention]:
    """`mentions` (of one sentence, in order) where a capital, a leader or a government stands for a State
    the paragraph named in an earlier sentence ("Russia dealt the Court a blow. Moscow has never ratified
    ..."): such a mention carries the earlier name as its antecedent, so that a claim it is the subject of
    says its subject came from the context, and whom it was read as. Not when the sentence names the State
    itself before it ("Russia ... Moscow said": the State is named where the claim is)."""
    if previous is None or not previous.named:
        return mentions
    earlier = {m.iso3: m for m in previous.named if m.iso3}
    out: list[Mention] = []
    here: set[str] = set()
    for m in mentions:
        if m.iso3 and m.via in STANDING_FOR and m.antecedent is None and m.iso3 not in here and m.iso3 in earlier:
            m = replace(m, antecedent=earlier[m.iso3])
        elif m.iso3 and m.via not in ("region", "group"):
            here.add(m.iso3)
        out.append(m)
    return out


def references(
    text: str,
    offset: int,
    mentions: list[Mention],
    previous: Previous | None,
    words: re.Pattern[str] = REFERENCE_EN,
    blockers: re.Pattern[str] = BLOCKERS_EN,
) -> list[Mention]:
    """`mentions` (those of one sentence, `text` at `offset`, in order) with the references it makes
    resolved by the rule above, in order; a reference overlapping a name is the name's ("the Georgian
    government"). One pass over the sentence: the States named so far, and the bodies, are kept as it
    goes (a sentence of a thousand "it"s costs what a thousand words cost). A capital, a leader or a
    government standing for a State named in an earlier sentence carries that name (`standing_for`)."""
    mentions = _numbered(text, offset, standing_for(mentions, offset, previous), previous)
    found = list(words.finditer(text))
    if not found:
        return mentions
    starts = [x.start - offset for x in mentions]
    bodies = list(blockers.finditer(text))
    body_starts, body_ends = [x.start() for x in bodies], [x.end() for x in bodies]
    seen = _Seen()
    k = 0  # mentions before the reference, read
    refs: list[Mention] = []
    for m in found:
        a, b = m.start(), m.end()
        while k < len(mentions) and mentions[k].end - offset <= a:
            if mentions[k].iso3 and mentions[k].via != "region":
                seen.add(mentions[k])
            k += 1
        i = bisect.bisect_right(starts, b - 1) - 1  # the last mention starting before the reference ends
        if i >= 0 and mentions[i].end - offset > a:
            continue
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if after is not None and after.iso3 and _OF_NAME.fullmatch(text, b, after.start - offset):
            continue  # "the government of Burundi", "el Gobierno de Colombia", "le gouvernement burundais"
        word = m.group(0)
        pronoun = bool(m.groupdict().get("it")) or not any(c in word for c in " '’")
        if m.groupdict().get("office") and (
            _OF_BODY.match(text, b)
            or _NAME_AFTER.match(text, b)
            or (after is not None and after.iso3 and _APPOSED_NAME.fullmatch(text, b, after.start - offset))
        ):
            # "the president of the Assembly", "la présidente Akane": that body's, that person's; "el presidente
            # ruso", "the president, Rodrigo Duterte": the State or the leader named right after it
            continue
        if not pronoun and blockers.search(word):
            continue  # "the Assembly president", "the Court's registry State": the body's, not a State's
        antecedent = _antecedent(text, offset, a, seen, body_starts, body_ends, previous, pronoun)
        if antecedent is not None:
            assert antecedent.iso3 is not None
            within = seen.last is not None and seen.last.via == "reference"
            clause = (
                seen.last is not None
                and word.lower() not in _POSSESSIVES
                and bool(_CLAUSE_BEFORE.search(text, max(0, a - 16), a))
            )
            ref = Mention(
                a + offset,
                b + offset,
                word,
                antecedent.iso3,
                "reference",
                antecedent=antecedent,
                within=within,
                clause=clause,
            )
            refs.append(ref)
            seen.add(ref)
    if not refs:
        return mentions
    return sorted([*mentions, *refs], key=lambda x: x.start)


class _Seen:
    """The States named so far in a sentence: the first, the last, and how many different ones; and the same
    of those not named by a leader (a person is not "the country")."""

    def __init__(self) -> None:
        self.first: Mention | None = None
        self.last: Mention | None = None
        self.states: set[str] = set()
        self.country: Mention | None = None
        self.countries: set[str] = set()

    def add(self, m: Mention) -> None:
        assert m.iso3 is not None
        self.first = self.first or m
        self.last = m
        self.states.add(m.iso3)
        if m.via != "leader":
            self.country = m
            self.countries.add(m.iso3)


def _antecedent(
    text: str,
    offset: int,
    a: int,
    seen: _Seen,
    body_starts: list[int],
    body_ends: list[int],
    previous: Previous | None,
    pronoun: bool,
) -> Mention | None:
    """The State a reference at `a` (in the sentence `text`) stands for, by the rule above, or None."""
    before = bisect.bisect_left(body_starts, a)  # bodies starting before it
    if seen.last is not None and seen.first is not None:
        if len(seen.states) > 1:
            if not pronoun and len(seen.countries) == 1 and seen.country is not None:
                # "Mongolia did not arrest Putin, though the country is a member": the one country named
                return seen.country.antecedent or seen.country
            return None  # two States compete
        if pronoun and before:
            first_body = body_starts[0]
            near = bisect.bisect_right(body_ends, a) - 1  # the last body ending before the pronoun
            if first_body + offset < seen.first.start or (near >= 0 and _NEAR.fullmatch(text, body_ends[near], a)):
                return None  # the Court comes first, or stands right before the pronoun
        # the State as this sentence names it ("Budapest a annoncé son retrait": Budapest's, read as the subject);
        # a reference before it stands for what that one stands for
        return (seen.last.antecedent or seen.last) if seen.last.via == "reference" else seen.last
    if previous is None:
        return None
    if pronoun:
        if before or not previous.opens_on_state:
            return None
        return previous.topic
    if previous.topic is not None:
        return previous.topic
    # "Putin visited Mongolia on Tuesday. The country is a member of the ICC": a leader is a person, not the
    # country the noun speaks of; the one State named otherwise is. A place in another State competes
    # ("Putin flew to Ulaanbaatar. The country ...": Russia or Mongolia, unresolved).
    countries = [x for x in previous.states if x.via != "leader"]
    candidates = countries or list(previous.states)
    if len({x.iso3 for x in candidates}) == 1 and not previous.places - {candidates[-1].iso3}:
        return candidates[-1]
    return None
