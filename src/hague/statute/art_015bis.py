"""Articles 15bis and 15ter: the crime of aggression.

Readings (where the law is contested, hague applies one and names it):
- "narrow" (default): ICC-ASP/16/Res.5, para. 2, read with art. 121(5): under a State
  referral or proprio motu, no jurisdiction over aggression committed by nationals or on
  the territory of a State Party that has not accepted the amendments; the amendments must
  be in force for the aggressor and the victim State.
- "broad": acceptance by the victim State suffices; a non-accepting aggressor State Party
  is covered unless it has lodged a 15bis(4) declaration (not recorded here).
"""

from __future__ import annotations

from datetime import date

from hague.ledger.facts import StateFacts
from hague.trace import State, Trace, Word, cite, msg

AMENDMENT = "aggression-2010"
READINGS = ("narrow", "broad")


def activated(day: date, on: date, trace: Trace) -> bool:
    """Art. 15bis(3) and 15ter(3): jurisdiction only once activated, by ICC-ASP/16/Res.5,
    as of 17 July 2018 (date from data/instruments.yaml)."""
    holds = day >= on
    trace.add(
        "15bis(3)",
        msg("Was the Court's jurisdiction over aggression activated by then?"),
        holds,
        msg("activated as of {day} (ICC-ASP/16/Res.5)", day=on)
        if holds
        else msg("conduct before {day}, when it was activated", day=on),
    )
    return holds


def art_15bis_5(states: dict[str, StateFacts], roles: dict[str, str], day: date, trace: Trace) -> bool:
    """Art. 15bis(5): in respect of a State not party to the Statute, no jurisdiction over
    aggression committed by its nationals or on its territory. A declaration under 12(3)
    does not change this."""
    ok = True
    for iso3, role in roles.items():
        party = states[iso3].party(day)
        ok &= party
        trace.add(
            "15bis(5)",
            msg("Is the aggressor State, {state}, a State Party?", state=State(iso3))
            if role == "aggressor"
            else msg("Is the victim State, {state}, a State Party?", state=State(iso3)),
            party,
            msg("{state} was a State Party on {day}", state=State(iso3), day=day)
            if party
            else msg(
                "{state} was not a State Party on {day}: no jurisdiction over aggression by its "
                "nationals or on its territory under a State referral or proprio motu",
                state=State(iso3),
                day=day,
            ),
        )
    return ok


def art_15bis_acceptance(
    states: dict[str, StateFacts], roles: dict[str, str], day: date, reading: str, trace: Trace
) -> bool:
    """ICC-ASP/16/Res.5 para. 2 (narrow reading) or the victim State's acceptance alone
    (broad reading): which States must have accepted the aggression amendments."""
    needed = roles if reading == "narrow" else {k: v for k, v in roles.items() if v == "victim"}
    ok = True
    for iso3, role in needed.items():
        in_force, event = states[iso3].amendment_in_force(AMENDMENT, day)
        ok &= in_force
        because = (
            msg("the aggression amendments were in force for {state} on {day}", state=State(iso3), day=day)
            if in_force
            else (
                msg(
                    "{state} accepted them on {day}, in force one year later (art. 121(5))",
                    state=State(iso3),
                    day=event.date,
                )
                if event is not None
                else msg("{state} has not accepted the aggression amendments", state=State(iso3))
            )
        )
        words = Word(f"reading.{reading}", reading)
        question = (
            msg(
                "Has the aggressor State, {state}, accepted the aggression amendments ({reading} reading)?",
                state=State(iso3),
                reading=words,
            )
            if role == "aggressor"
            else msg(
                "Has the victim State, {state}, accepted the aggression amendments ({reading} reading)?",
                state=State(iso3),
                reading=words,
            )
        )
        trace.add("15bis(4)", question, in_force, because, [cite(iso3, event)] if event is not None else [])
    return ok
