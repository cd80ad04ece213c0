"""Article 13: Exercise of jurisdiction (the three triggers)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from hague.ledger.facts import StateFacts
from hague.ledger.model import Referral, Text
from hague.trace import State, States, Trace, Word, msg


class Trigger(StrEnum):
    state_referral = "state_referral"  # art. 13(a), art. 14
    security_council = "security_council"  # art. 13(b)
    proprio_motu = "proprio_motu"  # art. 13(c), art. 15


def art_13_a(referring: StateFacts, on: date, trace: Trace) -> bool:
    """Art. 13(a) with art. 14(1): a situation may be referred by a State Party."""
    holds = referring.party(on)
    status = referring.status(on).value
    because = (
        msg("{state} was a State Party on {day}, the day of the referral", state=State(referring.iso3), day=on)
        if holds
        else msg(
            "{state} was not a State Party on {day} ({status}); only a State Party may refer (art. 14(1))",
            state=State(referring.iso3),
            day=on,
            status=Word(f"status.label.{status}", status),
        )
    )
    trace.add(
        "13(a)", msg("Is the referring State, {state}, a State Party?", state=State(referring.iso3)), holds, because
    )
    return holds


def art_13_b(referral: Referral, territories: tuple[str, ...], day: date, trace: Trace) -> bool:
    """Art. 13(b): a situation referred by the Security Council acting under Chapter VII;
    the referral's own scope (territory and period) bounds it, and art. 12(2) does not apply."""
    in_place = bool(set(territories) & set(referral.territories))
    in_time = referral.covers(day)
    holds = in_place and in_time
    res = referral.resolution
    if holds:
        because = msg(
            "Res {resolution} referred {scope}; the art. 12(2) preconditions do not apply to a "
            "Security Council referral",
            resolution=res,
            scope=Text.of(referral.scope),  # the data's words, in each language its file gives (a page marks English)
        )
    elif not in_place:
        because = msg(
            "Res {resolution} concerns {states}, not the conduct's territory",
            resolution=res,
            states=States(referral.territories),
        )
    else:
        because = msg(
            "Res {resolution} covers conduct from {since}, not {day}", resolution=res, since=referral.since, day=day
        )
    trace.add("13(b)", msg("Does Security Council Res {resolution} cover the conduct?", resolution=res), holds, because)
    return holds
