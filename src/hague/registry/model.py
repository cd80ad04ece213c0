"""Situations and cases, as the data files state them.

Plain frozen dataclasses like the ledger's (see hague.ledger.model): hague.ledger.schema
validates the files into them; answers read them from a compiled snapshot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from hague.ledger.model import PERIOD, STRICT, LocalName, Source, check_names


class SituationKind(StrEnum):
    pe_opened = "pe_opened"
    referral = "referral"
    declaration_12_3 = "declaration_12_3"
    authorisation_requested = "authorisation_requested"
    authorisation_refused = "authorisation_refused"
    authorised = "authorised"
    investigation_opened = "investigation_opened"
    jurisdiction_ruling = "jurisdiction_ruling"
    investigation_suspended = "investigation_suspended"
    investigation_resumed = "investigation_resumed"
    pe_closed = "pe_closed"
    # the examination completed with a finding that an investigation is warranted (art. 53(1)), before any request
    # or opening (Nigeria, 11 Dec 2020): the stage stays preliminary_examination
    pe_completed = "pe_completed"
    investigation_completed = "investigation_completed"


class Outcome(StrEnum):
    no_reasonable_basis = "no_reasonable_basis"
    not_within_jurisdiction = "not_within_jurisdiction"
    inadmissible = "inadmissible"
    not_grave_enough = "not_grave_enough"
    interests_of_justice = "interests_of_justice"
    other = "other"


class Trigger(StrEnum):
    self_referral = "self_referral"
    state_referral = "state_referral"
    security_council = "security_council"
    proprio_motu = "proprio_motu"


class Stage(StrEnum):
    preliminary_examination = "preliminary_examination"
    investigation = "investigation"
    closed = "closed"  # preliminary examination ended without an investigation
    completed = "completed"  # investigation phase concluded


class CaseKind(StrEnum):
    # the Prosecutor's application to a Pre-Trial Chamber for a warrant or summons (art. 58(1)): no change of status
    warrant_application = "warrant_application"
    warrant = "warrant"
    summons = "summons"
    arrest = "arrest"
    surrender = "surrender"
    initial_appearance = "initial_appearance"
    charges_confirmed = "charges_confirmed"
    charges_not_confirmed = "charges_not_confirmed"
    charges_withdrawn = "charges_withdrawn"
    trial_opened = "trial_opened"
    convicted = "convicted"
    acquitted = "acquitted"
    sentenced = "sentenced"
    appeal_judgment = "appeal_judgment"
    released = "released"
    deceased = "deceased"
    proceedings_terminated = "proceedings_terminated"
    warrant_withdrawn = "warrant_withdrawn"


class CaseStatus(StrEnum):
    at_large = "at_large"
    summoned = "summoned"
    in_custody = "in_custody"
    released = "released"  # out of the Court's custody, proceedings pending
    trial = "trial"
    convicted = "convicted"
    acquitted = "acquitted"
    charges_not_confirmed = "charges_not_confirmed"
    charges_withdrawn = "charges_withdrawn"
    proceedings_terminated = "proceedings_terminated"
    deceased = "deceased"


@dataclass(frozen=True)
class Scope:
    __pydantic_config__ = PERIOD

    territories: list[str] = field(default_factory=list)
    start: dt.date | None = None  # `from` in the files
    end: dt.date | None = None  # `to` in the files: the inclusive last day
    note: str | None = None


class Precision(StrEnum):
    day = "day"
    month = "month"  # the date is the first of the month the source gives
    year = "year"  # the date is 1 January of the year the source gives


def check_precision(day: dt.date, precision: Precision) -> None:
    """A date known to the month is written as its first day, one known to the year as 1 January."""
    if precision is Precision.month and day.day != 1:
        raise ValueError("precision: month needs the first day of the month as the date")
    if precision is Precision.year and (day.month, day.day) != (1, 1):
        raise ValueError("precision: year needs 1 January as the date")


@dataclass(frozen=True)
class Bound:
    """A day with the source that fixes it: one bound of a day known only within bounds (a
    warrant made public on one of two days, or on or before a day), or the day a situation's
    decision was made public (`SituationEvent.announced`)."""

    __pydantic_config__ = STRICT

    date: dt.date
    source: Source
    note: str | None = None


@dataclass(frozen=True)
class SituationEvent:
    __pydantic_config__ = STRICT

    date: dt.date  # the day of the act itself: the decision, the filing, the letter
    kind: SituationKind
    source: Source
    precision: Precision = Precision.day
    by: list[str] = field(default_factory=list)
    resolution: int | None = None
    outcome: Outcome | None = None
    # the day the act was made public, where later than `date` (a decision under seal, a decision
    # announced days after it was taken), with the source that shows it; absent: public the same day
    announced: Bound | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        check_precision(self.date, self.precision)
        if self.kind is SituationKind.pe_closed and self.outcome is None:
            raise ValueError(f"a pe_closed event needs 'outcome' (one of {', '.join(o.value for o in Outcome)})")
        if self.announced is not None:
            if self.precision is not Precision.day:
                raise ValueError(
                    f"announced: needs the act's own day (the event's precision is {self.precision.value}); "
                    "give the day of the act, or leave 'announced' out"
                )
            if self.announced.date < self.date:
                raise ValueError(
                    f"announced: {self.announced.date} is before the event's date {self.date} (the day of the act); "
                    "'announced' is the later day it was made public"
                )
            if self.announced.date == self.date:
                raise ValueError(
                    f"announced: {self.announced.date} is the event's own date; leave 'announced' out for an act "
                    "made public the day it was done"
                )

    @property
    def public_day(self) -> dt.date:
        """The day the act was made public: `announced`, or the act's own day."""
        return self.announced.date if self.announced is not None else self.date


@dataclass(frozen=True)
class CaseEvent:
    __pydantic_config__ = STRICT

    date: dt.date
    kind: CaseKind
    source: Source
    crimes: list[str] = field(default_factory=list)
    unsealed: dt.date | None = None  # a warrant issued under seal: the day it was made public
    # ... or, where that day is not known, the bounds it is known within (both days inclusive):
    # not public before `unsealed_not_before` (the day after the issue, where none is given),
    # public by `unsealed_not_after`; each with its source (data/situations/README.md)
    unsealed_not_before: Bound | None = None
    unsealed_not_after: Bound | None = None
    precision: Precision = Precision.day  # of `date` (a warrant known only to the year: year)
    note: str | None = None

    def __post_init__(self) -> None:
        check_precision(self.date, self.precision)
        fields = [
            name
            for name in ("unsealed", "unsealed_not_before", "unsealed_not_after")
            if getattr(self, name) is not None
        ]
        if fields and self.kind is not CaseKind.warrant:
            raise ValueError(f"'{fields[0]}' belongs only on a warrant, not on {self.kind}")
        if self.unsealed is not None and self.unsealed < self.date:
            raise ValueError(f"unsealed {self.unsealed} is before the warrant's date {self.date}")
        if self.unsealed is not None and len(fields) > 1:
            raise ValueError(
                "unsealed: give either 'unsealed' (the day the warrant was made public) or "
                "'unsealed_not_before'/'unsealed_not_after' (the bounds of that day), not both"
            )
        before, after = self.unsealed_not_before, self.unsealed_not_after
        if before is not None and after is None:
            raise ValueError(
                "unsealed_not_before: needs 'unsealed_not_after', the day by which the warrant was public "
                "(with its source)"
            )
        for name, bound in (("unsealed_not_before", before), ("unsealed_not_after", after)):
            if bound is not None and bound.date <= self.date:
                raise ValueError(
                    f"{name}: {bound.date} must be after the warrant's date {self.date} "
                    "(leave 'unsealed_not_before' out for a window that opens the day after the issue)"
                )
        if before is not None and after is not None and before.date >= after.date:
            raise ValueError(
                f"unsealed_not_before: {before.date} must be before unsealed_not_after {after.date} "
                "(for a day known exactly, write 'unsealed: DAY')"
            )


@dataclass(frozen=True)
class Case:
    __pydantic_config__ = STRICT

    person: str
    events: list[CaseEvent]
    case: str | None = None
    nationality: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Situation:
    __pydantic_config__ = STRICT

    id: str
    name: str
    states: list[str]
    trigger: Trigger
    events: list[SituationEvent]
    scope: Scope = field(default_factory=Scope)
    cases: list[Case] = field(default_factory=list)
    note: str | None = None
    names: dict[str, LocalName] = field(default_factory=dict)  # the Court's own name in fr, es

    def __post_init__(self) -> None:
        check_names(self.names)
