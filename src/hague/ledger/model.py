"""The ledger's records, as the data files state them.

Plain frozen dataclasses, so that a compiled snapshot loads without the validation library;
hague.ledger.schema validates data files into these same classes (pydantic reads their
fields and `__pydantic_config__`, and runs each `__post_init__` check). A check that fails
raises ValueError with the message a data maintainer sees.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

#: Regional groups of the Assembly of States Parties, as its documents name them.
GROUPS = (
    "African States",
    "Asia-Pacific States",
    "Eastern European States",
    "Latin American and Caribbean States",
    "Western European and other States",
)

#: Validation settings pydantic reads from each class: unknown keys are errors.
STRICT: dict[str, Any] = {"extra": "forbid"}
#: Periods are written {from, to} in the data files (Python cannot name fields so).
_PERIOD_KEYS = {"start": "from", "end": "to"}
PERIOD: dict[str, Any] = {**STRICT, "alias_generator": lambda name: _PERIOD_KEYS.get(name, name)}


def as_json(obj: Any, defaults: bool = False) -> Any:
    """A record as JSON-ready data, keyed as in the data files (periods `from`, `to`): dates
    ISO, enums their value, None left out, and fields at their default value too unless
    `defaults`."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out: dict[str, Any] = {}
        keys = _PERIOD_KEYS if getattr(type(obj), "__pydantic_config__", None) is PERIOD else {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if value is None:
                continue
            if not defaults and f.default is not dataclasses.MISSING and value == f.default:
                continue
            if not defaults and f.default_factory is not dataclasses.MISSING and value == f.default_factory():
                continue
            out[keys.get(f.name, f.name)] = as_json(value, defaults)
        return out
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, (list, tuple)):
        return [as_json(v, defaults) for v in obj]
    if isinstance(obj, dict):
        return {k: as_json(v, defaults) for k, v in obj.items()}
    return obj


#: The languages a data file may write its words for people in (hague.i18n.LANGUAGES).
TEXT_LANGUAGES = ("en", "fr", "es")


class Text(str):
    """Words the data files write for people (a caveat): the string is the English, so that a
    Text is used like any string and `hague status --json` prints it as it always has; `fr` and
    `es` are the French and Spanish the file gives, and `in_lang` picks one. A data file writes
    it as a string (English only) or as a mapping {en, fr, es} (all three). It compares as its
    English, as a string does: `hague diff` lists a caveat that changed in English, not a
    translation added to it."""

    fr: str | None
    es: str | None

    def __new__(cls, en: str, fr: str | None = None, es: str | None = None) -> Text:
        self = super().__new__(cls, en)
        self.fr = fr
        self.es = es
        return self

    def in_lang(self, lang: str) -> str:
        """The words in `lang` (en, fr, es); the English where the file gives no translation."""
        found = getattr(self, lang, None) if lang in ("fr", "es") else None
        return found if isinstance(found, str) else str.__str__(self)

    def language(self, lang: str) -> str:
        """The language `in_lang(lang)` gives its words in: `lang` where the file translates them, else
        "en" (a page marks such words lang="en")."""
        return lang if lang in ("fr", "es") and isinstance(getattr(self, lang, None), str) else "en"

    def languages(self) -> dict[str, str]:
        """The languages the file writes it in, each with its words."""
        return {"en": str.__str__(self), **{k: v for k in ("fr", "es") if (v := getattr(self, k)) is not None}}

    def __repr__(self) -> str:
        return f"Text({self.languages()!r})"

    @classmethod
    def of(cls, raw: Any) -> Text:
        """A data file's words: a string, or {en, fr, es}; ValueError saying what is wrong."""
        if isinstance(raw, Text):
            return raw
        if isinstance(raw, str):
            if not raw.strip():
                raise ValueError("empty text")
            return cls(raw)
        if isinstance(raw, dict):
            unknown = sorted(str(k) for k in raw if k not in TEXT_LANGUAGES)
            if unknown:
                raise ValueError(
                    f"unknown language {', '.join(map(repr, unknown))}; a text in several languages is "
                    f"written {{en: ..., fr: ..., es: ...}}"
                )
            missing = [k for k in TEXT_LANGUAGES if not (isinstance(raw.get(k), str) and raw[k].strip())]
            if missing:
                raise ValueError(
                    f"missing or empty {', '.join(missing)}: a text in several languages gives each of "
                    f"{', '.join(TEXT_LANGUAGES)} (or write the English alone, as a string)"
                )
            return cls(raw["en"], raw["fr"], raw["es"])
        raise ValueError(f"expected a string (English) or a mapping {{en, fr, es}}, not {type(raw).__name__}")

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        # Only hague.ledger.schema (validating data files) asks for this; answers read a
        # snapshot without pydantic.
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(cls.of)


class Kind(StrEnum):
    signature = "signature"
    ratification = "ratification"
    accession = "accession"
    succession = "succession"
    acceptance = "acceptance"
    approval = "approval"
    instrument_withdrawn = "instrument_withdrawn"
    withdrawal_notification = "withdrawal_notification"
    withdrawal_revocation = "withdrawal_revocation"
    signature_withdrawal = "signature_withdrawal"
    declaration_12_3 = "declaration_12_3"
    declaration_124 = "declaration_124"
    declaration_124_withdrawal = "declaration_124_withdrawal"
    amendment_acceptance = "amendment_acceptance"


#: Deposit of an instrument by which a State becomes bound (art. 125(2) and (3)).
DEPOSITS = frozenset({Kind.ratification, Kind.accession, Kind.succession, Kind.acceptance, Kind.approval})


@dataclass(frozen=True)
class Source:
    __pydantic_config__ = STRICT

    ref: str | None = None
    url: str | None = None
    via: str | None = None  # the copy actually read, when not the primary source

    def __post_init__(self) -> None:
        if not (self.ref or self.url):
            raise ValueError(
                "a source needs a 'ref' (a depositary notification C.N.nnn.YYYY.TREATIES-XVIII.10, "
                "an ICC document number) or a 'url'"
            )

    def to_json(self) -> dict[str, str]:
        return {k: v for k, v in (("ref", self.ref), ("url", self.url), ("via", self.via)) if v is not None}


@dataclass(frozen=True)
class Period:
    """Conduct covered, half-open [from, to); `to` None means open-ended."""

    __pydantic_config__ = PERIOD

    start: dt.date
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end <= self.start:
            raise ValueError(f"period: 'to' ({self.end}) must be after 'from' ({self.start})")

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


class Scope(StrEnum):
    """What an art. 124 declaration excludes: the article allows both; a State may
    declare less (Ukraine excluded its nationals only)."""

    nationals_and_territory = "nationals_and_territory"
    nationals = "nationals"


@dataclass(frozen=True)
class Event:
    __pydantic_config__ = STRICT

    date: dt.date
    kind: Kind
    source: Source
    note: str | None = None
    entry_into_force: dt.date | None = None
    effective: dt.date | None = None
    amendment: str | None = None
    period: Period | None = None
    scope: Scope | None = None
    given_effect: bool = True
    projected: bool = False
    also: tuple[Source, ...] = ()  # further sources stating the same fact, read independently

    def __post_init__(self) -> None:
        k = self.kind
        if k is Kind.amendment_acceptance and not self.amendment:
            raise ValueError("an amendment_acceptance needs 'amendment' (e.g. aggression-2010)")
        if k is not Kind.amendment_acceptance and self.amendment:
            raise ValueError(f"'amendment' belongs only on amendment_acceptance, not on {k}")
        if k is Kind.declaration_12_3 and self.period is None:
            raise ValueError("a declaration_12_3 needs 'period: {from: DATE, to: DATE or null}'")
        if k is not Kind.declaration_12_3 and self.period is not None:
            raise ValueError(f"'period' belongs only on declaration_12_3, not on {k}")
        if self.effective is not None and k not in (
            Kind.withdrawal_notification,
            Kind.declaration_124_withdrawal,
        ):
            raise ValueError(
                f"'effective' belongs on withdrawal_notification or declaration_124_withdrawal, not on {k}"
            )
        if not self.given_effect and k is not Kind.declaration_12_3:
            raise ValueError(f"'given_effect' belongs only on declaration_12_3, not on {k}")
        if self.scope is not None and k is not Kind.declaration_124:
            raise ValueError(f"'scope' belongs only on declaration_124, not on {k}")
        if self.entry_into_force is not None and not (k in DEPOSITS or k is Kind.amendment_acceptance):
            raise ValueError(f"'entry_into_force' belongs on a deposit or amendment_acceptance, not on {k}")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = as_json(self)
        return out


_ISO3 = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Gap:
    """An event of `kind` the record knows it may lack from `after` on (a notice reported but not
    found in the depositary's record): answers that rest on its absence cannot stand."""

    __pydantic_config__ = STRICT

    kind: Kind
    after: dt.date
    note: str
    source: Source  # of `after`: the day the missing act was reported


@dataclass(frozen=True)
class StateFile:
    """A State file's head (its events are validated one by one, for their line numbers)."""

    __pydantic_config__ = STRICT

    state: str
    checked_on: dt.date
    events: list[Event]
    caveats: list[Text] = field(default_factory=list)  # known gaps, shown with every answer
    gaps: list[Gap] = field(default_factory=list)  # the same gaps, for the rules to read

    def __post_init__(self) -> None:
        if not _ISO3.fullmatch(self.state):
            raise ValueError(f"state: {self.state!r} is not an ISO 3166-1 alpha-3 code in upper case, e.g. BDI")


@dataclass(frozen=True)
class StateRecord:
    iso3: str
    checked_on: dt.date
    events: tuple[Event, ...]
    path: Path
    lines: tuple[int, ...]  # 1-based line of each event in its file
    caveats: tuple[Text, ...] = ()
    name: str = ""  # English short name (hague.ledger.names)
    gaps: tuple[Gap, ...] = ()

    def gap(self, kind: Kind, until: dt.date) -> Gap | None:
        """The gap in the record for events of `kind` that has begun by `until`, if any."""
        return next((g for g in self.gaps if g.kind is kind and g.after <= until), None)


# -- names for people in French and Spanish (situations, amendments) --------------------------

#: The languages a data file may give an official name in, beside its English.
NAME_LANGUAGES = ("fr", "es")


@dataclass(frozen=True)
class LocalName:
    """A name in French or Spanish exactly as an official publication gives it (the Court's
    French page of a situation, the UN depositary's French title of an amendment), with that
    publication as its source. Where a file gives none, hague.registry.names makes one from a
    pattern and CLDR's State names, and says it did."""

    __pydantic_config__ = STRICT

    name: str
    source: Source

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("names: an empty name")


def check_names(names: dict[str, LocalName]) -> None:
    """A file's `names:` holds only French and Spanish (the English is its `name` or `title`)."""
    unknown = sorted(k for k in names if k not in NAME_LANGUAGES)
    if unknown:
        raise ValueError(f"names: {', '.join(unknown)} is not one of {', '.join(NAME_LANGUAGES)}")


# -- instruments and the Security Council (instruments.yaml, security_council.yaml) ------------


@dataclass(frozen=True)
class Amendment:
    __pydantic_config__ = STRICT

    title: str
    untc: str
    procedure: str  # "121(5)" or "121(4)"
    adopted: dt.date
    sources: list[Source]
    activated: dt.date | None = None  # aggression: ICC-ASP/16/Res.5
    activation_decided: dt.date | None = None  # aggression: the day the Assembly adopted ICC-ASP/16/Res.5
    provisions: list[str] = field(default_factory=list)  # art. 8 provisions the amendment adds
    resolution: str | None = None
    note: str | None = None
    caveats: list[Text] = field(default_factory=list)  # gaps in the recorded acceptances
    names: dict[str, LocalName] = field(default_factory=dict)  # the official title in fr, es

    def __post_init__(self) -> None:
        check_names(self.names)


@dataclass(frozen=True)
class Sitting:
    """A day in the Court's own life, with its source: its inaugural session, at which its first judges took
    their oath in public (art. 45) and from which it sat as a court."""

    __pydantic_config__ = STRICT

    date: dt.date
    source: Source
    note: str | None = None


@dataclass(frozen=True)
class Vote:
    """The Rome Conference's vote adopting the Statute on 17 July 1998: a non-recorded vote, so its figures are
    known but not how each State voted."""

    __pydantic_config__ = STRICT

    in_favour: int
    against: int
    abstentions: int
    source: Source
    also: list[Source] = field(default_factory=list)
    note: str | None = None


@dataclass(frozen=True)
class Conference:
    """The body that adopted the Statute: the Rome Conference the United Nations convened (not its General
    Assembly)."""

    __pydantic_config__ = STRICT

    name: str
    source: Source
    also: list[Source] = field(default_factory=list)


@dataclass(frozen=True)
class Statute:
    __pydantic_config__ = STRICT

    title: str
    untc: str
    adopted: dt.date
    sixtieth_deposit: dt.date
    entry_into_force: dt.date
    sources: list[Source]
    inaugural_session: Sitting | None = None  # the Court inaugurated, its judges sworn in (not the Statute's own day)
    adoption_vote: Vote | None = None  # the Rome Conference's vote of 17 July 1998 (120-7-21)
    adopted_by: Conference | None = None


@dataclass(frozen=True)
class Referral:
    """A Security Council referral under art. 13(b), with its situation's scope."""

    __pydantic_config__ = STRICT

    resolution: int
    adopted: dt.date
    situation: str
    territories: list[str]
    scope: Text  # the resolution's words; {en, fr, es} where its official French and Spanish were read
    since: dt.date
    source: Source
    until: dt.date | None = None
    note: str | None = None

    def covers(self, day: dt.date) -> bool:
        return self.since <= day and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Deferral:
    """A Security Council request under art. 16 (half-open [from, to))."""

    __pydantic_config__ = PERIOD

    resolution: int
    adopted: dt.date
    start: dt.date
    end: dt.date
    scope: str
    source: Source
    note: str | None = None


@dataclass(frozen=True)
class SecurityCouncil:
    __pydantic_config__ = STRICT

    referrals: list[Referral] = field(default_factory=list)
    deferrals: list[Deferral] = field(default_factory=list)

    def referral(self, resolution: int) -> Referral | None:
        return next((r for r in self.referrals if r.resolution == resolution), None)


@dataclass(frozen=True)
class Instruments:
    __pydantic_config__ = STRICT

    rome_statute: Statute
    amendments: dict[str, Amendment] = field(default_factory=dict)
