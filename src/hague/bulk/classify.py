"""Classify many rows at once: the jurisdiction rules compiled to one machine-code loop.

Each row is one conduct: a territory, a nationality (optional), a day or a range of days,
a crime, a trigger. The answer per row: `within`, `outside`, `partial` (the range
straddles a day on which the answer changes: an entry into force, a withdrawal taking
effect, a declaration's period; never guessed) or `invalid` (with the reason), the basis
and the situation whose scope covers it. The rules read the ledger compiled to epochs and
States (hague.bulk.compile.Compiled.lookup); numba compiles the loop once (cached on disk).
Its arguments are grouped in tuples (lookup, rows, rules, outs) that the loop unpacks.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numba import njit

from hague.bulk.compile import A124_NAT, A124_TERR, AGG, BOUND, PARTY, Compiled

CRIMES = ("genocide", "crimes_against_humanity", "war_crimes", "aggression")
TRIGGERS = ("proprio_motu", "state_referral", "security_council")
VERDICTS = ("outside", "within", "partial", "invalid")
OUTSIDE, WITHIN, PARTIAL, INVALID = range(4)
WAR, AGGRESSION = CRIMES.index("war_crimes"), CRIMES.index("aggression")
STATE_REFERRAL, SECURITY_COUNCIL = 1, 2

# basis codes
B_NONE, B_TERR_PARTY, B_TERR_DECL, B_NAT_PARTY, B_NAT_DECL, B_COUNCIL = range(6)


@njit(cache=True, nogil=True, inline="always")
def _day(epoch, t):
    """The day offset clamped to the compiled days: later days are answered as of the last."""
    return min(max(t, 0), epoch.shape[0] - 1)


@njit(cache=True, nogil=True, inline="always")
def _rule(full, lookup, t, row, rules):
    """(within, basis code, basis state) on day offset t, article by article as in
    hague.jurisdiction: 11(1), 26, 13(b), 12(2)/12(3) with 124, 15bis/15ter. `full` is a
    constant: False compiles the common case (no Security Council referral, no aggression)
    without their branches, which keeps that loop several times faster. Art. 13(a) (a
    State Party refers) is applied to whole rows afterwards."""
    epoch, _, cells = lookup
    terr, nat, crime, trigger, resolution, aggressor, victim, age = row
    statute, active, ref_res, ref_since, ref_until, ref_mask = rules
    t = _day(epoch, t)
    e = epoch[t]
    if t < statute:  # art. 11(1)
        return False, B_NONE, 0
    if 0 <= age < 18:  # art. 26
        return False, B_NONE, 0
    if full:
        if crime == AGGRESSION:
            if t < active:  # art. 15bis(3): activation
                return False, B_NONE, 0
            if trigger == SECURITY_COUNCIL:  # art. 15ter
                for r in range(ref_res.shape[0]):
                    if (
                        ref_res[r] == resolution
                        and (ref_mask[r, terr] or ref_mask[r, victim])
                        and ref_since[r] <= t < ref_until[r]
                    ):
                        return True, B_COUNCIL, 0
                return False, B_NONE, 0
            ma = cells[e, aggressor]
            mv = cells[e, victim]
            # art. 15bis(5) and ICC-ASP/16/Res.5 para. 2 (narrow reading)
            if (ma & PARTY) and (mv & PARTY) and (ma & AGG) and (mv & AGG):
                return True, B_TERR_PARTY, victim
            return False, B_NONE, 0
        if trigger == SECURITY_COUNCIL:  # art. 13(b): the referral's scope displaces 12(2)
            for r in range(ref_res.shape[0]):
                if ref_res[r] == resolution and ref_mask[r, terr] and ref_since[r] <= t < ref_until[r]:
                    return True, B_COUNCIL, 0
            return False, B_NONE, 0
    war = crime == WAR
    mt = cells[e, terr]
    if (mt & BOUND) and not (war and (mt & A124_TERR)):  # art. 12(2)(a), 12(3); art. 124
        return True, (B_TERR_PARTY if (mt & PARTY) else B_TERR_DECL), terr
    mn = cells[e, nat]
    if (mn & BOUND) and not (war and (mn & A124_NAT)):  # art. 12(2)(b), 12(3); art. 124
        return True, (B_NAT_PARTY if (mn & PARTY) else B_NAT_DECL), nat
    return False, B_NONE, 0


@njit(cache=True, nogil=True, inline="always")
def _straddles(full, lookup, t0, t1, w, row, rules):
    """Whether the answer differs from `w` (the answer on t0) on some day in (t0, t1]: the
    rules can change only where an epoch starts (hague.bulk.compile.Compiled.lookup)."""
    epoch, first, _ = lookup
    for e in range(epoch[_day(epoch, t0)] + 1, epoch[_day(epoch, t1)] + 1):
        if _rule(full, lookup, first[e], row, rules)[0] != w:
            return True
    return False


@njit(cache=True, nogil=True, inline="always")
def _rows(full, lookup, rows, rules, outs):
    epoch, _, cells = lookup
    terr, nat, start, end, crime, trigger, resolution, aggressor, victim, age, invalid = rows
    verdict, basis, basis_state, situation = outs
    for i in range(terr.shape[0]):
        if invalid[i]:
            verdict[i] = INVALID
            continue
        row = (terr[i], nat[i], crime[i], trigger[i], resolution[i], aggressor[i], victim[i], age[i])
        t0, t1 = start[i], end[i]
        w, b, bs = _rule(full, lookup, t0, row, rules)
        if t1 > t0 and _straddles(full, lookup, t0, t1, w, row, rules):
            verdict[i] = PARTIAL
            basis[i] = B_NONE  # a partial answer has a basis per period, not one
            basis_state[i] = 0
        else:
            verdict[i] = WITHIN if w else OUTSIDE
            basis[i] = b
            basis_state[i] = bs
        e = epoch[_day(epoch, t0)]
        here = cells[e, terr[i] if terr[i] != 0 else nat[i]] >> 8
        if full and crime[i] == AGGRESSION:
            # the victim's territory is also the conduct's: the first situation covering either
            other = cells[e, victim[i]] >> 8
            if here == 0 or (other != 0 and other < here):
                here = other
        situation[i] = here


@njit(cache=True, nogil=True)
def _kernel_simple(lookup, rows, rules, outs):
    _rows(False, lookup, rows, rules, outs)


@njit(cache=True, nogil=True)
def _kernel_full(lookup, rows, rules, outs):
    _rows(True, lookup, rows, rules, outs)


def classify_arrays(
    c: Compiled,
    terr: np.ndarray[Any, Any],
    nat: np.ndarray[Any, Any],
    start: np.ndarray[Any, Any],
    end: np.ndarray[Any, Any],
    crime: np.ndarray[Any, Any],
    trigger: np.ndarray[Any, Any],
    resolution: np.ndarray[Any, Any],
    referring: np.ndarray[Any, Any],
    aggressor: np.ndarray[Any, Any],
    victim: np.ndarray[Any, Any],
    age: np.ndarray[Any, Any],
    invalid: np.ndarray[Any, Any],
    referred_by_party: np.ndarray[Any, Any] | None = None,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """verdict code, basis code, basis state index, situation index (1-based, 0 none).
    `referred_by_party`: per row, whether the referring State was a State Party on the day
    of the referral (default: its status today, as `decide` assumes without a referral date)."""
    n = len(terr)
    verdict = np.empty(n, dtype=np.int8)
    basis = np.zeros(n, dtype=np.int8)
    basis_state = np.zeros(n, dtype=np.int16)
    situation = np.zeros(n, dtype=np.int16)
    rows = (
        terr.astype(np.int16, copy=False),
        nat.astype(np.int16, copy=False),
        start.astype(np.int32, copy=False),
        end.astype(np.int32, copy=False),
        crime.astype(np.int8, copy=False),
        trigger.astype(np.int8, copy=False),
        resolution.astype(np.int32, copy=False),
        aggressor.astype(np.int16, copy=False),
        victim.astype(np.int16, copy=False),
        age.astype(np.int32, copy=False),
        invalid.astype(np.bool_, copy=False),
    )
    outs: tuple[np.ndarray[Any, Any], ...] = (verdict, basis, basis_state, situation)
    _kernel_simple(c.lookup, rows, c.rules, outs)
    triggered = bool(rows[5].any())  # any row not proprio motu?
    complex_rows = np.flatnonzero(((rows[5] == SECURITY_COUNCIL) if triggered else False) | (rows[4] == AGGRESSION))
    if len(complex_rows):
        sub = tuple(r[complex_rows] for r in rows)
        sub_outs = tuple(o[complex_rows] for o in outs)
        _kernel_full(c.lookup, sub, c.rules, sub_outs)
        for o, so in zip(outs, sub_outs, strict=True):
            o[complex_rows] = so
    if triggered:
        # art. 13(a), 14(1): only a State Party may refer (its status today)
        party = c.party_today[referring] if referred_by_party is None else referred_by_party
        refused = (rows[5] == STATE_REFERRAL) & ~party & ~rows[10]
        verdict[refused] = OUTSIDE
        basis[refused] = B_NONE
        basis_state[refused] = 0
    return verdict, basis, basis_state, situation
