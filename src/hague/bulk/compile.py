"""The ledger compiled to flat lookups, once, for classifying millions of rows.

Every question the rules ask about a State on a day is one byte in M[state, day]; the
rows then need only array gathers and bit tests (no Python per row). The bytes are
filled from the same compiled facts the per-row engine uses (hague.ledger.facts), so the
two cannot drift apart; a property test compares them row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

import numpy as np

from hague.ledger import Ledger
from hague.ledger.names import all_states

# Bits of M[state, day].
PARTY = 1  # a State Party (art. 126 in force, art. 127(1) withdrawal not yet effective)
DECL = 2  # a declaration under art. 12(3), given effect, covers the day
A124_NAT = 4  # an art. 124 declaration excludes war crimes by its nationals
A124_TERR = 8  # ... and on its territory
AGG = 16  # the aggression amendments are in force for it (art. 121(5))
BOUND = PARTY | DECL

FIRST = date(1998, 7, 17)  # adoption of the Statute
LAST = date(2040, 12, 31)  # later days are answered as of this one (projected)
EPOCH = date(1970, 1, 1)


@dataclass
class Compiled:
    codes: list[str]  # state index -> ISO3; index 0 is "none/unknown"
    index: dict[str, int]
    first_day: int  # days since 1970-01-01 of FIRST
    m: np.ndarray[Any, Any]  # uint8 [states, days]
    situation: np.ndarray[Any, Any]  # int16 [states, days]: 1-based index into situations, 0 none
    situations: list[str]
    global_changes: np.ndarray[Any, Any]  # day offsets where every State's answer may change
    statute_in_force: int  # day offset
    aggression_active: int  # day offset
    referrals: dict[int, tuple[np.ndarray[Any, Any], int, int]]  # resolution -> (states mask, since, until)
    party_today: np.ndarray[Any, Any]  # bool [states]: for art. 13(a) referring States
    version: str
    # state index -> its record's known gaps: hague.trace.Caveat, "ISO3: ..." in English, the State's
    # name before the data's words in French and Spanish, as the jurisdiction answer says them
    state_caveats: dict[int, list[str]]
    aggression_caveats: list[str]  # gaps in the recorded acceptances of the aggression amendments (Caveat)
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)  # tables derived once

    @property
    def days(self) -> int:
        return int(self.m.shape[1])

    @cached_property
    def lookup(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """(epoch, first, cells): `cells[epoch[day], state]` is a uint16 with the rule bits in
        the low byte and the covering situation in the high byte; `first[e]` is epoch e's
        first day. An epoch is a run of days on which no State's bits change and no global
        change (entry into force, activation, a referral's period) falls, so the rules give
        one answer per epoch: a date range straddles a change exactly when the rules differ
        on the first day of a later epoch it reaches. There are about a hundred epochs, so
        the arrays (some 50 KB) stay in the CPU cache whatever order rows come in, where the
        full State-by-day grid (6 MB) made every row a cache miss. The State index is the
        inner one: a row's territory and nationality share cache lines."""
        assert len(self.situations) < 256
        grid = (self.situation.astype(np.uint16) << 8) | self.m.astype(np.uint16)
        starts = np.r_[True, np.any(grid[:, 1:] != grid[:, :-1], axis=0)]
        g = self.global_changes
        starts[g[(g > 0) & (g < self.days)]] = True
        epoch = np.cumsum(starts) - 1
        return (
            epoch.astype(np.uint8 if epoch[-1] < 256 else np.uint16),
            np.flatnonzero(starts).astype(np.int32),
            np.ascontiguousarray(grid[:, starts].T),
        )

    @cached_property
    def rules(self) -> tuple[Any, ...]:
        """The day offsets and Security Council referrals the compiled rules compare with."""
        res = sorted(self.referrals)
        mask = np.zeros((max(len(res), 1), len(self.codes)), dtype=np.bool_)
        for i, r in enumerate(res):
            mask[i] = self.referrals[r][0]
        return (
            np.int32(self.statute_in_force),
            np.int32(self.aggression_active),
            np.array(res or [-1], dtype=np.int32),
            np.array([self.referrals[r][1] for r in res] or [0], dtype=np.int32),
            np.array([self.referrals[r][2] for r in res] or [0], dtype=np.int32),
            mask,
        )

    def offset(self, d: date) -> int:
        return (d - EPOCH).days - self.first_day


def compile_ledger(ledger: Ledger) -> Compiled:
    codes = ["", *all_states()]
    index = {c: i for i, c in enumerate(codes) if c}
    first_day = (FIRST - EPOCH).days
    n_days = (LAST - FIRST).days + 1
    m = np.zeros((len(codes), n_days), dtype=np.uint8)

    def span(lo: date | None, hi: date | None) -> slice:
        a = 0 if lo is None else max(0, (lo - FIRST).days)
        b = n_days if hi is None else max(0, min(n_days, (hi - FIRST).days))
        return slice(a, b)

    for iso3, i in index.items():
        f = ledger.facts(iso3)
        starts = list(f.starts) + [None]
        for status, lo, hi in zip(f.statuses, starts[:-1], starts[1:], strict=True):
            if status.value in ("party", "party_withdrawal_pending"):
                m[i, span(lo if lo != date.min else None, hi)] |= PARTY
        for e in f.declarations_12_3:
            assert e.period is not None
            m[i, span(e.period.start, e.period.end)] |= DECL
        for d in f.art_124:
            m[i, span(d.start, d.end)] |= A124_NAT | (A124_TERR if d.scope.value == "nationals_and_territory" else 0)
        in_force, _ = f.amendments.get("aggression-2010", (None, None))
        if in_force:
            m[i, span(in_force, None)] |= AGG
    situations: list[str] = []
    sit = np.zeros((len(codes), n_days), dtype=np.int16)
    today = date.today()
    from hague.registry import of as registry_of
    from hague.registry import stage_on
    from hague.registry.names import AmendmentName
    from hague.trace import Caveat, State

    for entry in registry_of(ledger).entries.values():
        s = entry.situation
        if stage_on(s, today) is None:
            continue
        situations.append(entry.slug)
        k = len(situations)
        hi = date.fromordinal(s.scope.end.toordinal() + 1) if s.scope.end else None
        for iso3 in s.scope.territories or s.states:
            row = sit[index[iso3], span(s.scope.start, hi)]
            row[row == 0] = k
    statute = ledger.instruments.rome_statute.entry_into_force
    aggression = ledger.instruments.amendments.get("aggression-2010")
    activated = aggression.activated if aggression and aggression.activated else LAST
    referrals = {}
    global_changes = {(statute - FIRST).days, (activated - FIRST).days}
    for r in ledger.council.referrals:
        mask = np.zeros(len(codes), dtype=bool)
        for iso3 in r.territories:
            mask[index[iso3]] = True
        until = (r.until - FIRST).days if r.until else n_days + 1
        referrals[r.resolution] = (mask, (r.since - FIRST).days, until)
        global_changes.add((r.since - FIRST).days)
        if r.until:
            global_changes.add(until)
    party_today = np.array([bool(i) and ledger.facts(c).party(today) for i, c in enumerate(codes)])
    return Compiled(
        codes=codes,
        index=index,
        first_day=first_day,
        m=m,
        situation=sit,
        situations=situations,
        global_changes=np.array(sorted(global_changes), dtype=np.int64),
        statute_in_force=(statute - FIRST).days,
        aggression_active=(activated - FIRST).days,
        referrals=referrals,
        party_today=party_today,
        version=ledger.version,
        state_caveats={
            i: [Caveat(State(c), t) for t in ledger.states[c].caveats]
            for c, i in index.items()
            if ledger.states[c].caveats
        },
        aggression_caveats=[Caveat(AmendmentName("aggression-2010", aggression), t) for t in aggression.caveats]
        if aggression
        else [],
    )
