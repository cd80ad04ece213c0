"""Classify many rows at once: the jurisdiction rules as vectorised array operations.

Each row is one conduct: a territory, a nationality (optional), a day or a range of days,
a crime, a trigger. The answer per row: `within`, `outside`, `partial` (the range
straddles a day on which the answer changes: an entry into force, a withdrawal taking
effect, a declaration's period; never guessed) or `invalid` (with the reason), the basis
and the situation whose scope covers it.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from hague.bulk.compile import A124_NAT, A124_TERR, AGG, BOUND, DECL, PARTY, Compiled

CRIMES = ("genocide", "crimes_against_humanity", "war_crimes", "aggression")
TRIGGERS = ("proprio_motu", "state_referral", "security_council")
VERDICTS = ("outside", "within", "partial", "invalid")
OUTSIDE, WITHIN, PARTIAL, INVALID = range(4)
WAR, AGGRESSION = CRIMES.index("war_crimes"), CRIMES.index("aggression")
STATE_REFERRAL, SECURITY_COUNCIL = 1, 2

# basis codes
B_NONE, B_TERR_PARTY, B_TERR_DECL, B_NAT_PARTY, B_NAT_DECL, B_COUNCIL = range(6)


def verdict_at(
    c: Compiled,
    t: np.ndarray[Any, Any],
    terr: np.ndarray[Any, Any],
    nat: np.ndarray[Any, Any],
    crime: np.ndarray[Any, Any],
    trigger: np.ndarray[Any, Any],
    resolution: np.ndarray[Any, Any],
    referring: np.ndarray[Any, Any],
    aggressor: np.ndarray[Any, Any],
    victim: np.ndarray[Any, Any],
    age: np.ndarray[Any, Any],
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """(within as bool, basis code) for each row on day offset t."""
    tt = np.clip(t, 0, c.days - 1)
    m = c.m
    m_t = m[terr, tt]
    m_n = m[nat, tt]
    war = crime == WAR
    # art. 12(2)(a)/(b), 12(3); art. 124 removes the declaring State's own link for war crimes
    terr_ok = ((m_t & BOUND) != 0) & ~(war & ((m_t & A124_TERR) != 0))
    nat_ok = ((m_n & BOUND) != 0) & ~(war & ((m_n & A124_NAT) != 0))
    within = terr_ok | nat_ok
    basis = np.where(
        terr_ok,
        np.where((m_t & PARTY) != 0, B_TERR_PARTY, B_TERR_DECL),
        np.where(nat_ok, np.where((m_n & PARTY) != 0, B_NAT_PARTY, B_NAT_DECL), B_NONE),
    ).astype(np.int8)
    # art. 13(b): the referral's own scope displaces 12(2)
    council = trigger == SECURITY_COUNCIL
    if council.any():
        covered = np.zeros(len(t), dtype=bool)
        aggression_rows = crime == AGGRESSION
        for res, (mask, since, until) in c.referrals.items():
            # the victim's territory is the conduct's territory for aggression (as in Conduct)
            in_scope = mask[terr] | (aggression_rows & mask[victim])
            covered |= (resolution == res) & in_scope & (t >= since) & (t < until)
        within = np.where(council, covered, within)
        basis = np.where(council, np.where(covered, B_COUNCIL, B_NONE), basis).astype(np.int8)
    # arts 8bis, 15bis, 15ter: aggression
    aggression = crime == AGGRESSION
    if aggression.any():
        m_a = m[aggressor, tt]
        m_v = m[victim, tt]
        active = t >= c.aggression_active
        consent = ((m_a & PARTY) != 0) & ((m_v & PARTY) != 0) & ((m_a & AGG) != 0) & ((m_v & AGG) != 0)
        agg_within = active & np.where(council, within, consent)
        within = np.where(aggression, agg_within, within)
        agg_basis = np.where(council, basis, np.where(consent, B_TERR_PARTY, B_NONE))
        basis = np.where(aggression, np.where(agg_within, agg_basis, B_NONE), basis).astype(np.int8)
    # art. 13(a)/14: only a State Party refers
    within &= ~((trigger == STATE_REFERRAL) & ~c.party_today[referring])
    # art. 11(1) and art. 26
    within &= t >= c.statute_in_force
    within &= ~((age >= 0) & (age < 18))
    basis = np.where(within, basis, B_NONE).astype(np.int8)
    return within, basis


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
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """verdict code, basis code, basis state index, situation index (1-based, 0 none)."""
    args = (terr, nat, crime, trigger, resolution, referring, aggressor, victim, age)
    within, basis = verdict_at(c, start, *args)
    verdict = within.astype(np.int8)
    ranged = np.flatnonzero((end > start) & ~invalid)
    if len(ranged):
        r_args = [a[ranged] for a in args]
        r_start, r_end, r_within = start[ranged], end[ranged], within[ranged]
        changed = np.zeros(len(ranged), dtype=bool)
        # every day on which any involved State's answer may change, and the global ones
        involved = [r_args[0], r_args[1]] + ([r_args[6], r_args[7]] if (r_args[2] == AGGRESSION).any() else [])
        for who in involved:
            keys = who.astype(np.int64) * 2**20
            pos = np.searchsorted(c.change_keys, keys + r_start, side="right")
            for _ in range(64):
                ok = pos < len(c.change_keys)
                day = np.where(ok, c.change_keys[np.minimum(pos, len(c.change_keys) - 1)] - keys, 2**30)
                live = ok & (day >= 0) & (day < 2**20) & (day <= r_end) & (who != 0)
                if not live.any():
                    break
                w, _ = verdict_at(c, np.where(live, day, r_start), *r_args)
                changed |= live & (w != r_within)
                pos = pos + 1
        for g in c.global_changes:
            live = (r_start < g) & (g <= r_end)
            if live.any():
                w, _ = verdict_at(c, np.full(len(ranged), g), *r_args)
                changed |= live & (w != r_within)
        verdict[ranged[changed]] = PARTIAL
    basis_state = np.select(
        [basis == B_TERR_PARTY, basis == B_TERR_DECL, basis == B_NAT_PARTY, basis == B_NAT_DECL],
        [np.where(crime == AGGRESSION, victim, terr), terr, nat, nat],
        0,
    )
    tt = np.clip(start, 0, c.days - 1)
    situation = c.situation[np.where(terr != 0, terr, nat), tt]
    if (crime == AGGRESSION).any():
        # the victim's territory is also the conduct's: the first situation covering either
        other = c.situation[victim, tt]
        both = np.where(situation == 0, other, np.where(other == 0, situation, np.minimum(situation, other)))
        situation = np.where(crime == AGGRESSION, both, situation)
    verdict[invalid] = INVALID
    basis[invalid | (verdict == PARTIAL)] = B_NONE  # a partial answer has a basis per period, not one
    situation = np.where(invalid, 0, situation)
    return verdict, basis, basis_state, situation
