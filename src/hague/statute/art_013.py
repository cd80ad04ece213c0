"""Article 13: Exercise of jurisdiction (the three triggers)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from hague.ledger.facts import StateFacts
from hague.ledger.model import Referral
from hague.trace import Trace


class Trigger(StrEnum):
    state_referral = "state_referral"  # art. 13(a), art. 14
    security_council = "security_council"  # art. 13(b)
    proprio_motu = "proprio_motu"  # art. 13(c), art. 15


def art_13_a(referring: StateFacts, on: date, trace: Trace) -> bool:
    """Art. 13(a) with art. 14(1): a situation may be referred by a State Party."""
    holds = referring.party(on)
    because = (
        f"{referring.iso3} was a State Party on {on}, the day of the referral"
        if holds
        else f"{referring.iso3} was not a State Party on {on} ({referring.status(on).value}); "
        "only a State Party may refer (art. 14(1))"
    )
    trace.add("13(a)", f"Is the referring State, {referring.iso3}, a State Party?", holds, because)
    return holds


def art_13_b(referral: Referral, territories: tuple[str, ...], day: date, trace: Trace) -> bool:
    """Art. 13(b): a situation referred by the Security Council acting under Chapter VII;
    the referral's own scope (territory and period) bounds it, and art. 12(2) does not apply."""
    in_place = bool(set(territories) & set(referral.territories))
    in_time = referral.covers(day)
    holds = in_place and in_time
    if holds:
        because = (
            f"Res {referral.resolution} referred {referral.scope}; the art. 12(2) preconditions "
            "do not apply to a Security Council referral"
        )
    elif not in_place:
        because = f"Res {referral.resolution} concerns {', '.join(referral.territories)}, not the conduct's territory"
    else:
        because = f"Res {referral.resolution} covers conduct from {referral.since}, not {day}"
    trace.add("13(b)", f"Does Security Council Res {referral.resolution} cover the conduct?", holds, because)
    return holds
