"""Per-State facts compiled once for fast look-up by day: which status, on whose record.

The jurisdiction rules ask the same few questions many times (is this State bound on this
day, and by which event?); answering them from sorted arrays keeps a decision in the
tens of microseconds.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from hague.ledger.model import DEPOSITS, Event, Instruments, Kind, Scope, StateRecord
from hague.ledger.status import PARTY_STATUSES, Status, segments, statute_entry_into_force
from hague.statute.art_121 import art_121_5
from hague.statute.art_124 import art_124_ends


@dataclass(frozen=True)
class Art124:
    start: date
    end: date
    scope: Scope
    event: Event


@dataclass(frozen=True)
class StateFacts:
    iso3: str
    starts: tuple[date, ...]  # segment starts; the first is date.min
    statuses: tuple[Status, ...]
    deposits: tuple[tuple[date, Event], ...]  # (entry into force, deposit), by entry into force
    declarations_12_3: tuple[Event, ...]
    art_124: tuple[Art124, ...]
    amendments: dict[str, tuple[date | None, Event]]  # id -> (in force from, acceptance)
    withdrawals: tuple[Event, ...]
    declarations_not_given_effect: tuple[Event, ...] = ()

    def status(self, day: date) -> Status:
        return self.statuses[bisect_right(self.starts, day) - 1]

    def party(self, day: date) -> bool:
        return self.status(day) in PARTY_STATUSES

    def became_party_after(self, day: date) -> date | None:
        """The first day after `day` on which the State is a party, if any."""
        i = bisect_right(self.starts, day)
        for start, status in zip(self.starts[i:], self.statuses[i:], strict=True):
            if status in PARTY_STATUSES:
                return start
        return None

    def deposit_in_force(self, day: date) -> tuple[date, Event] | None:
        found = None
        for eif, event in self.deposits:
            if eif <= day:
                found = (eif, event)
        return found

    def declaration_covering(self, day: date) -> Event | None:
        """An art. 12(3) declaration whose period covers the day (lodged at any time)."""
        for event in self.declarations_12_3:
            assert event.period is not None
            if event.period.covers(day):
                return event
        return None

    def art_124_on(self, day: date) -> Art124 | None:
        return next((d for d in self.art_124 if d.start <= day < d.end), None)

    def amendment_in_force(self, amendment: str, day: date) -> tuple[bool, Event | None]:
        accepted = self.amendments.get(amendment)
        if accepted is None:
            return False, None
        in_force_from, event = accepted
        return (in_force_from is not None and in_force_from <= day), event

    def change_days(self) -> set[date]:
        days = set(self.starts[1:])
        for event in self.declarations_12_3:
            assert event.period is not None
            days.add(event.period.start)
            if event.period.end is not None:
                days.add(event.period.end)
        for d in self.art_124:
            days.update((d.start, d.end))
        days.update(f for f, _ in self.amendments.values() if f is not None)
        return days


def compile_facts(state: StateRecord, instruments: Instruments) -> StateFacts:
    segs = segments(state, instruments)
    starts = tuple(s.since or date.min for s in segs)
    statuses = tuple(s.status for s in segs)
    deposits = []
    withdrawn_instruments = {e.date for e in state.events if e.kind is Kind.instrument_withdrawn}
    for e in state.events:
        if e.kind in DEPOSITS:
            eif = statute_entry_into_force(e, instruments)
            if not any(e.date <= w < eif for w in withdrawn_instruments):
                deposits.append((eif, e))
    deposits.sort(key=lambda x: x[0])
    art_124 = []
    for e in state.events:
        if e.kind is Kind.declaration_124 and deposits:
            start = deposits[-1][0]
            end = art_124_ends(start)
            for w in state.events:
                if w.kind is Kind.declaration_124_withdrawal:
                    end = min(end, w.effective or w.date)
            art_124.append(Art124(start, end, e.scope or Scope.nationals_and_territory, e))
    amendments: dict[str, tuple[date | None, Event]] = {}
    for e in state.events:
        if e.kind is Kind.amendment_acceptance and e.amendment is not None:
            procedure = instruments.amendments[e.amendment].procedure
            in_force = e.entry_into_force or (art_121_5(e.date) if procedure == "121(5)" else None)
            amendments[e.amendment] = (in_force, e)
    return StateFacts(
        iso3=state.iso3,
        starts=starts,
        statuses=statuses,
        deposits=tuple(deposits),
        declarations_12_3=tuple(e for e in state.events if e.kind is Kind.declaration_12_3 and e.given_effect),
        art_124=tuple(art_124),
        amendments=amendments,
        withdrawals=tuple(e for e in state.events if e.kind is Kind.withdrawal_notification),
        declarations_not_given_effect=tuple(
            e for e in state.events if e.kind is Kind.declaration_12_3 and not e.given_effect
        ),
    )
