"""The ledger's records, as the data files state them, validated field by field."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator


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


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    ref: str | None = None
    url: str | None = None
    via: str | None = Field(default=None, description="the copy actually read, when not the primary source")

    @model_validator(mode="after")
    def _has_ref_or_url(self) -> Source:
        if not (self.ref or self.url):
            raise ValueError(
                "a source needs a 'ref' (a depositary notification C.N.nnn.YYYY.TREATIES-XVIII.10, "
                "an ICC document number) or a 'url'"
            )
        return self


class Period(BaseModel):
    """Conduct covered, half-open [from, to); `to` None means open-ended."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    start: dt.date = Field(alias="from")
    end: dt.date | None = Field(default=None, alias="to")

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end is not None and self.end <= self.start:
            raise ValueError(f"period: 'to' ({self.end}) must be after 'from' ({self.start})")
        return self

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


class Scope(StrEnum):
    """What an art. 124 declaration excludes: the article allows both; a State may
    declare less (Ukraine excluded its nationals only)."""

    nationals_and_territory = "nationals_and_territory"
    nationals = "nationals"


class Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

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

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> Event:
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
        return self

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True, exclude_defaults=True, by_alias=True)


class StateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    state: str = Field(pattern=r"^[A-Z]{3}$")
    checked_on: dt.date
    caveats: list[str] = Field(
        default_factory=list,
        description="known gaps or doubts in this record, shown with every answer about the state",
    )
    events: list[Event]
