"""A State's status on any day, derived from its events; never stored.

Statuses, for the Rome Statute itself:

- non_signatory: no signature, no instrument deposited
- signatory: signed (art. 125(1)), no instrument deposited, signature not withdrawn
- signature_withdrawn: notice that the State does not intend to become a party
- ratified_not_in_force: instrument deposited, Statute not yet in force for it (art. 126(2))
- party: the Statute is in force for it
- party_withdrawal_pending: a party whose withdrawal has been notified, not yet effective
- withdrawn: withdrawal has taken effect (art. 127(1))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from hague.ledger.model import DEPOSITS, Event, Instruments, Kind, StateRecord
from hague.statute.art_121 import art_121_5
from hague.statute.art_124 import art_124_ends
from hague.statute.art_126 import entry_into_force
from hague.statute.art_127 import art_127_1


class Status(StrEnum):
    non_signatory = "non_signatory"
    signatory = "signatory"
    signature_withdrawn = "signature_withdrawn"
    ratified_not_in_force = "ratified_not_in_force"
    party = "party"
    party_withdrawal_pending = "party_withdrawal_pending"
    withdrawn = "withdrawn"


PARTY_STATUSES = frozenset({Status.party, Status.party_withdrawal_pending})

#: Each status in words: LABELS in sentences (the command line), SHORT for a legend (the web
#: map); both served by /api/v1/statuses, which the web pages read.
SHORT = {
    "party": "State Party",
    "party_withdrawal_pending": "State Party, withdrawal pending",
    "ratified_not_in_force": "Deposited, not yet in force",
    "signatory": "Signatory",
    "signature_withdrawn": "Signature withdrawn",
    "withdrawn": "Withdrawn",
    "non_signatory": "Not a signatory",
}
LABELS = {
    "non_signatory": "not a signatory",
    "signatory": "signatory",
    "signature_withdrawn": "signature withdrawn (does not intend to become a party)",
    "ratified_not_in_force": "instrument deposited, Statute not yet in force for it",
    "party": "State Party",
    "party_withdrawal_pending": "State Party, withdrawal pending",
    "withdrawn": "withdrawn (no longer a State Party)",
}


@dataclass
class Record:
    """What the events up to a day establish, with the dates the Statute derives."""

    signed: date | None = None
    signature_withdrawn: date | None = None
    deposit: Event | None = None
    entry_into_force: date | None = None
    instrument_withdrawn: date | None = None
    withdrawal: Event | None = None
    withdrawal_effective: date | None = None
    withdrawal_revoked: date | None = None
    events: list[Event] = field(default_factory=list)

    @property
    def in_force_instrument(self) -> Event | None:
        return self.deposit if self.instrument_withdrawn is None else None


def statute_entry_into_force(deposit: Event, instruments: Instruments) -> date:
    """The depositary's stated date if recorded, else art. 126 computed."""
    if deposit.entry_into_force is not None:
        return deposit.entry_into_force
    return entry_into_force(deposit.date, instruments.rome_statute.sixtieth_deposit)


def withdrawal_effective(notice: Event) -> date:
    """The depositary's stated date if recorded, else art. 127(1) computed."""
    return notice.effective if notice.effective is not None else art_127_1(notice.date)


def applies_by(event: Event, on: date) -> bool:
    """Whether an event is part of the record on `on`. A succession takes effect from the
    date the successor State gives (usually independence), which may precede its
    notification: the depositary records it as binding from then."""
    if event.date <= on:
        return True
    return event.kind is Kind.succession and event.entry_into_force is not None and event.entry_into_force <= on


def record_on(state: StateRecord, on: date, instruments: Instruments) -> Record:
    rec = Record()
    for event in state.events:
        if not applies_by(event, on):
            continue
        rec.events.append(event)
        kind = event.kind
        if kind is Kind.signature:
            rec.signed = event.date
        elif kind is Kind.signature_withdrawal:
            rec.signature_withdrawn = event.date
        elif kind in DEPOSITS:
            rec.deposit = event
            rec.entry_into_force = statute_entry_into_force(event, instruments)
            rec.instrument_withdrawn = None
            rec.withdrawal = rec.withdrawal_effective = rec.withdrawal_revoked = None
        elif kind is Kind.instrument_withdrawn:
            rec.instrument_withdrawn = event.date
        elif kind is Kind.withdrawal_notification:
            rec.withdrawal = event
            rec.withdrawal_effective = withdrawal_effective(event)
            rec.withdrawal_revoked = None
        elif kind is Kind.withdrawal_revocation:
            rec.withdrawal_revoked = event.date
    return rec


def status_of(rec: Record, on: date) -> Status:
    if rec.in_force_instrument is not None and rec.entry_into_force is not None:
        if on < rec.entry_into_force:
            return Status.ratified_not_in_force
        if rec.withdrawal is not None and rec.withdrawal_revoked is None:
            assert rec.withdrawal_effective is not None
            if on >= rec.withdrawal_effective:
                return Status.withdrawn
            return Status.party_withdrawal_pending
        return Status.party
    if rec.signature_withdrawn is not None:
        return Status.signature_withdrawn
    if rec.signed is not None:
        return Status.signatory
    return Status.non_signatory


def status_on(state: StateRecord, on: date, instruments: Instruments) -> Status:
    return status_of(record_on(state, on, instruments), on)


@dataclass(frozen=True)
class Segment:
    """One status over a half-open span [since, until); None means unbounded."""

    status: Status
    since: date | None
    until: date | None

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status.value,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


def change_days(state: StateRecord, instruments: Instruments) -> list[date]:
    """Every day on which the status may change: events and the dates they set."""
    days = {e.date for e in state.events}
    for e in state.events:
        if e.kind in DEPOSITS:
            days.add(statute_entry_into_force(e, instruments))
        elif e.kind is Kind.withdrawal_notification:
            days.add(withdrawal_effective(e))
    return sorted(days)


def segments(state: StateRecord, instruments: Instruments) -> list[Segment]:
    """The State's whole history as consecutive spans of one status each."""
    out: list[Segment] = []
    current = Status.non_signatory
    since: date | None = None
    for day in change_days(state, instruments):
        status = status_on(state, day, instruments)
        if status != current:
            out.append(Segment(current, since, day))
            current, since = status, day
    out.append(Segment(current, since, None))
    return out


def declarations_on(state: StateRecord, rec: Record, on: date) -> list[dict[str, Any]]:
    """Art. 12(3) and art. 124 declarations lodged by `on`, with their effect that day."""
    out: list[dict[str, Any]] = []
    withdrawn_124 = next(
        (e.effective or e.date for e in rec.events if e.kind is Kind.declaration_124_withdrawal),
        None,
    )
    for e in rec.events:
        if e.kind is Kind.declaration_12_3:
            assert e.period is not None
            out.append(
                {
                    "article": "12(3)",
                    "lodged": e.date.isoformat(),
                    "covers_from": e.period.start.isoformat(),
                    "covers_until": e.period.end.isoformat() if e.period.end else None,
                    "given_effect": e.given_effect,
                    "source": e.source.to_json(),
                    **({"note": e.note} if e.note else {}),
                }
            )
        elif e.kind is Kind.declaration_124:
            ends = art_124_ends(rec.entry_into_force) if rec.entry_into_force else None
            if withdrawn_124 is not None and (ends is None or withdrawn_124 < ends):
                ends = withdrawn_124
            out.append(
                {
                    "article": "124",
                    "lodged": e.date.isoformat(),
                    "effective_from": rec.entry_into_force.isoformat() if rec.entry_into_force else None,
                    "effective_until": ends.isoformat() if ends else None,
                    "in_effect": bool(
                        rec.entry_into_force and rec.entry_into_force <= on and (ends is None or on < ends)
                    ),
                    "withdrawn": withdrawn_124.isoformat() if withdrawn_124 else None,
                    "scope": (e.scope or "nationals_and_territory"),
                    "source": e.source.to_json(),
                }
            )
    return out


def amendments_on(rec: Record, on: date, instruments: Instruments) -> list[dict[str, Any]]:
    """Amendments accepted by `on`; in force for the State per art. 121(5)."""
    out: list[dict[str, Any]] = []
    for e in rec.events:
        if e.kind is not Kind.amendment_acceptance or e.amendment is None:
            continue
        amendment = instruments.amendments[e.amendment]
        if amendment.procedure == "121(5)":
            in_force_from: date | None = e.entry_into_force or art_121_5(e.date)
        else:
            # Art. 121(4): in force for all only after seven-eighths accept; not modelled
            # per State, so the depositary's stated date is used when there is one.
            in_force_from = e.entry_into_force
        out.append(
            {
                "amendment": e.amendment,
                "title": amendment.title,
                "accepted": e.date.isoformat(),
                "in_force_from": in_force_from.isoformat() if in_force_from else None,
                "in_force": bool(in_force_from and in_force_from <= on),
                "source": e.source.to_json(),
            }
        )
    return out
