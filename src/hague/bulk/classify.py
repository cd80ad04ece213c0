"""Classify many rows at once: the jurisdiction rules as NumPy array operations.

Each row is one conduct: a territory, a nationality (optional), a day or a range of days,
a crime, a trigger. The answer per row: `within`, `outside`, `partial` (the range
straddles a day on which the answer changes: an entry into force, a withdrawal taking
effect, a declaration's period; never guessed) or `invalid` (with the reason), the basis
and the situation whose scope covers it. The rules read the ledger compiled to epochs and
States (hague.bulk.compile.Compiled.lookup), turned once into flat tables indexed by
epoch * States + State: a row's answer is a few gathers and comparisons, with no Python
per row and nothing to compile (no JIT to import or load at the start of a job).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np

from hague.bulk.compile import A124_NAT, A124_TERR, AGG, BOUND, PARTY, Compiled

CRIMES = ("genocide", "crimes_against_humanity", "war_crimes", "aggression")
TRIGGERS = ("proprio_motu", "state_referral", "security_council")
VERDICTS = ("outside", "within", "partial", "invalid")
OUTSIDE, WITHIN, PARTIAL, INVALID = range(4)
WAR, AGGRESSION = CRIMES.index("war_crimes"), CRIMES.index("aggression")
STATE_REFERRAL, SECURITY_COUNCIL = 1, 2

# basis codes
B_NONE, B_TERR_PARTY, B_TERR_DECL, B_NAT_PARTY, B_NAT_DECL, B_COUNCIL = range(6)

Array = np.ndarray[Any, Any]


@dataclass
class Tables:
    """The compiled rules as flat tables. `base[day]` is the day's epoch times the number of
    States, so `base[day] + state` indexes the others. An answer is coded as basis * States +
    basis State (0: none), the code hague.bulk.table turns into its label."""

    states: int
    base: Array  # int32 [days]
    first: Array  # int32 [epochs]: each epoch's first day
    # answer code of art. 12(2)(a)/12(3) (territory) and 12(2)(b)/12(3) (nationality), with
    # art. 124 applied, less one (none: 0xFFFF): the first half for other crimes, the second
    # for war crimes; none before the Statute's entry into force (art. 11(1)). Territory codes
    # are below nationality codes, so the answer is the smaller of the two.
    territory: Array  # uint16 [2 * epochs * states]
    nationality: Array  # uint16 [2 * epochs * states]
    situation: Array  # int16 [epochs * states]: the covering situation, 1-based, 0 none
    aggression: Array  # bool [epochs * states]: a State Party that accepted the amendments
    statute: int
    active: int
    ref_res: Array
    ref_since: Array
    ref_until: Array
    ref_mask: Array


def tables(c: Compiled) -> Tables:
    """Worked out once per compiled ledger (a few hundred KB)."""
    if "tables" not in c.cache:
        c.cache["tables"] = _tables(c)
    t: Tables = c.cache["tables"]
    return t


def _tables(c: Compiled) -> Tables:
    epoch, first, cells = c.lookup
    n_epochs, s = cells.shape
    bits = (cells & 0xFF).astype(np.int16)
    statute, active, ref_res, ref_since, ref_until, ref_mask = c.rules
    in_force = (first >= statute)[:, None]
    state = np.arange(s, dtype=np.int16)[None, :]

    def code(party: int, declared: int, excluded: int) -> Array:
        out = []
        for war in (False, True):
            bound = ((bits & BOUND) != 0) & in_force
            if war:
                bound &= (bits & excluded) == 0
            basis = np.where((bits & PARTY) != 0, party, declared)
            # stored less one (none: 0xFFFF), so that the first basis found is the smaller code
            out.append((np.where(bound, basis * s + state, 0).astype(np.uint16) - np.uint16(1)).ravel())
        return np.concatenate(out)

    return Tables(
        states=s,
        base=(epoch.astype(np.int32) * s).astype(np.int32),
        first=first.astype(np.int32),
        territory=code(B_TERR_PARTY, B_TERR_DECL, A124_TERR),
        nationality=code(B_NAT_PARTY, B_NAT_DECL, A124_NAT),
        situation=(cells >> 8).astype(np.int16).ravel(),
        aggression=(((bits & PARTY) != 0) & ((bits & AGG) != 0)).ravel(),
        statute=int(statute),
        active=int(active),
        ref_res=ref_res,
        ref_since=ref_since,
        ref_until=ref_until,
        ref_mask=ref_mask,
    )


@dataclass
class _Rows:
    """The rows' columns the rules read (all rows, or a subset)."""

    terr: Array
    nat: Array
    war: Array | None  # int32: 0, or the offset of the war-crimes half of the tables (None: no war crimes)
    young: Array | None  # bool: under 18 (art. 26) (None: nobody)
    crime: Array
    trigger: Array
    resolution: Array
    aggressor: Array
    victim: Array
    full: bool  # some row is a Security Council referral or aggression

    def take(self, i: Array) -> _Rows:
        changes: dict[str, Any] = {k: None if getattr(self, k) is None else getattr(self, k)[i] for k in _FIELDS}
        return replace(self, **changes)


_FIELDS = ("terr", "nat", "war", "young", "crime", "trigger", "resolution", "aggressor", "victim")


def _rule(tb: Tables, t: Array, base: Array, r: _Rows) -> Array:
    """The answer code on day offsets t (clamped, with base = tb.base[t]), article by article
    as in hague.jurisdiction: 11(1), 26, 12(2)/12(3) with 124, then for the rows that need
    them 13(b) and 15bis/15ter. Art. 13(a) (a State Party refers) is applied to whole rows
    afterwards."""
    at = base + r.war if r.war is not None else base
    ct = np.take(tb.territory, at + r.terr)  # art. 12(2)(a), 12(3); art. 124
    cn = np.take(tb.nationality, at + r.nat)  # art. 12(2)(b), 12(3); art. 124
    code: Array = np.minimum(ct, cn)
    code += np.uint16(1)  # back to the code, 0 none
    if r.young is not None:
        code[r.young] = 0  # art. 26
    if r.full:
        council = r.trigger == SECURITY_COUNCIL
        aggression = r.crime == AGGRESSION
        special = np.flatnonzero(council | aggression)
        if len(special):
            code[special] = _special(tb, t[special], base[special], r.take(special))
    return code


def _special(tb: Tables, t: Array, base: Array, r: _Rows) -> Array:
    """Security Council referrals (art. 13(b), 15ter) and aggression (art. 15bis)."""
    s = tb.states
    council = r.trigger == SECURITY_COUNCIL
    aggression = r.crime == AGGRESSION
    k = np.clip(np.searchsorted(tb.ref_res, r.resolution), 0, len(tb.ref_res) - 1)
    referred = (tb.ref_res[k] == r.resolution) & (tb.ref_since[k] <= t) & (t < tb.ref_until[k])
    # art. 13(b): the referral's scope displaces 12(2); 15ter: the territory or the victim's
    scope = tb.ref_mask[k, r.terr] | (aggression & tb.ref_mask[k, r.victim])
    by_council = council & referred & scope
    # art. 15bis(5) and ICC-ASP/16/Res.5 para. 2 (narrow reading): both accepted
    consent = aggression & ~council & tb.aggression[base + r.aggressor] & tb.aggression[base + r.victim]
    code: Array = np.where(by_council, B_COUNCIL * s, np.where(consent, B_TERR_PARTY * s + r.victim, 0))
    code = code.astype(np.uint16)
    off = (t < tb.statute) | (aggression & (t < tb.active))  # art. 11(1), 15bis(3)
    if r.young is not None:
        off |= r.young  # art. 26
    code[off] = 0
    return code


#: Rows classified at a time: the temporaries of a chunk stay in the CPU cache.
CHUNK = 1 << 18


def classify_codes(
    c: Compiled,
    terr: Array,
    nat: Array,
    start: Array,
    end: Array,
    crime: Array,
    trigger: Array,
    resolution: Array,
    referring: Array,
    aggressor: Array,
    victim: Array,
    age: Array,
    invalid: Array,
    referred_by_party: Array | None = None,
) -> tuple[Array, Array, Array]:
    """verdict code, answer code (basis * States + basis State, 0 none), situation index
    (1-based, 0 none). `referred_by_party`: per row, whether the referring State was a State
    Party on the day of the referral (default: its status today, as `decide` assumes without a
    referral date)."""
    n = len(terr)
    columns = (terr, nat, start, end, crime, trigger, resolution, referring, aggressor, victim, age, invalid)
    if n <= CHUNK:
        return _classify_codes(c, *columns, referred_by_party)
    verdict = np.empty(n, dtype=np.int8)
    code = np.empty(n, dtype=np.uint16)
    situation = np.empty(n, dtype=np.int16)
    for lo in range(0, n, CHUNK):
        part = slice(lo, lo + CHUNK)
        sliced = [x[part] for x in columns]
        if end is start:
            sliced[3] = sliced[2]  # no ranges: nothing to straddle
        by_party = None if referred_by_party is None else referred_by_party[part]
        verdict[part], code[part], situation[part] = cast(Any, _classify_codes)(c, *sliced, by_party)
    return verdict, code, situation


def _classify_codes(
    c: Compiled,
    terr: Array,
    nat: Array,
    start: Array,
    end: Array,
    crime: Array,
    trigger: Array,
    resolution: Array,
    referring: Array,
    aggressor: Array,
    victim: Array,
    age: Array,
    invalid: Array,
    referred_by_party: Array | None = None,
) -> tuple[Array, Array, Array]:
    """classify_codes on rows few enough for one chunk."""
    tb = tables(c)
    last = len(tb.base) - 1
    t0 = np.clip(start, 0, last)  # later days are answered as of the last
    b0 = np.take(tb.base, t0)
    trig = trigger.any()
    council = (trigger == SECURITY_COUNCIL) if trig else None
    aggression = crime == AGGRESSION
    rows = _Rows(
        terr=terr,
        nat=nat,
        war=(war.astype(np.int32) * len(tb.situation)) if (war := crime == WAR).any() else None,
        young=young if (young := (age >= 0) & (age < 18)).any() else None,
        crime=crime,
        trigger=trigger,
        resolution=resolution,
        aggressor=aggressor.astype(np.int32),
        victim=victim.astype(np.int32),
        full=bool(aggression.any() or (council is not None and council.any())),
    )
    code = _rule(tb, t0, b0, rows)
    verdict = (code != 0).astype(np.int8)  # WITHIN or OUTSIDE
    # A range straddles a change when the rules answer differently on the first day of a
    # later epoch it reaches (the rules change only where an epoch starts).
    if end is not start:
        t1 = np.clip(end, 0, last)
        reach = (np.take(tb.base, t1) - b0) // tb.states  # epochs after the first
        ranged = np.flatnonzero(reach > 0)
        if len(ranged):
            straddles = _straddles(tb, ranged, b0[ranged] // tb.states, reach[ranged], verdict[ranged], rows)
            verdict[straddles] = PARTIAL
            code[straddles] = 0  # a partial answer has a basis per period, not one
    here = terr + nat * (terr == 0)
    situation = np.take(tb.situation, b0 + here)
    if rows.full:
        # the victim's territory is also the conduct's: the first situation covering either
        other = np.take(tb.situation, b0 + rows.victim)
        situation = np.where(aggression & ((situation == 0) | ((other != 0) & (other < situation))), other, situation)
    if trig:
        # art. 13(a), 14(1): only a State Party may refer (its status today)
        party = c.party_today[referring] if referred_by_party is None else referred_by_party
        refused = np.flatnonzero((trigger == STATE_REFERRAL) & ~party)
        verdict[refused] = OUTSIDE
        code[refused] = 0
    bad = np.flatnonzero(invalid)
    if len(bad):
        verdict[bad] = INVALID
        code[bad] = 0
        situation[bad] = 0
    return verdict, code, situation


def _straddles(tb: Tables, rows: Array, e0: Array, reach: Array, verdict: Array, r: _Rows) -> Array:
    """Of the rows (indices) whose range reaches `reach` epochs past e0, those on which the
    answer (`verdict` on their first day) differs on some later epoch's first day."""
    out = []
    sub = r.take(rows)
    k = 1
    alive = np.arange(len(rows))
    while len(alive):
        e = e0[alive] + k
        code = _rule(tb, tb.first[e], e.astype(np.int32) * tb.states, sub.take(alive) if k > 1 else sub)
        differs = (code != 0) != (verdict[alive] != 0)
        out.append(rows[alive[differs]])
        alive = alive[~differs & (reach[alive] > k)]
        k += 1
    return np.concatenate(out)


def classify_arrays(
    c: Compiled, *args: Array, referred_by_party: Array | None = None
) -> tuple[Array, Array, Array, Array]:
    """verdict code, basis code, basis state index, situation index (1-based, 0 none); the
    arguments as classify_codes'."""
    verdict, code, situation = cast(Any, classify_codes)(c, *args, referred_by_party=referred_by_party)
    basis, state = np.divmod(code, len(c.codes))
    return verdict, basis.astype(np.int8), state.astype(np.int16), situation
