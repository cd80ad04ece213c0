"""Article 12: Preconditions to the exercise of jurisdiction."""

from __future__ import annotations

from datetime import date
from typing import Any

from hague.ledger.facts import StateFacts
from hague.ledger.model import Text
from hague.ledger.status import Status
from hague.trace import Msg, State, Trace, Word, cat, cite, msg

LINK_ARTICLE = {"territory": "12(2)(a)", "nationality": "12(2)(b)"}
DECLARATION = "declaration under art. 12(3)"  # how a basis by declaration begins


def bound(f: StateFacts, day: date) -> tuple[Msg, list[dict[str, Any]]] | None:
    """Whether a State is bound on `day`, and by what: the Statute in force for it
    (art. 126; a withdrawal not yet effective, art. 127(1)), or a declaration under
    art. 12(3) whose period covers the day. None if neither."""
    if f.party(day):
        found = f.deposit_in_force(day)
        assert found is not None
        eif, deposit = found
        return msg("State Party since {day}", day=eif), [cite(f.iso3, deposit)]
    declaration = f.declaration_covering(day)
    if declaration is not None:
        assert declaration.period is not None
        start, end = declaration.period.start, declaration.period.end
        via = (
            msg(
                "declaration under art. 12(3) of {lodged} (covers {start} to {end})",
                lodged=declaration.date,
                start=start,
                end=end,
            )
            if end
            else msg("declaration under art. 12(3) of {lodged} (covers {start})", lodged=declaration.date, start=start)
        )
        return via, [cite(f.iso3, declaration)]
    return None


def art_12_2(f: StateFacts, link: str, day: date, trace: Trace) -> dict[str, Any] | None:
    """Art. 12(2)(a) territory (including a vessel's or aircraft's State of registration)
    and 12(2)(b) nationality: the State must be a party or, under 12(3), have accepted the
    Court's jurisdiction. Art. 11(2): for a State that became a party later, only conduct
    after the Statute's entry into force for it, unless a 12(3) declaration covers it."""
    found = bound(f, day)
    article = LINK_ARTICLE[link]
    question = msg(
        "Conduct (or an element of it) on the territory of {state}: is {state} bound on {day}?"
        if link == "territory"
        else "Accused a national of {state}: is {state} bound on {day}?",
        state=State(f.iso3),
        day=day,
    )
    if found is not None:
        via, facts = found
        if via.template.startswith(DECLARATION):
            article = "12(3)"
        after = _after_withdrawal(f, day)
        trace.add(article, question, True, cat(via, after) if after else via, facts)
        return {"state": f.iso3, "link": link, "via": via, "facts": facts}
    trace.add(article, question, False, _why_not(f, day))
    return None


def _after_withdrawal(f: StateFacts, day: date) -> Msg | None:
    for later_start, status in zip(f.starts, f.statuses, strict=True):
        if later_start > day and status is Status.withdrawn:
            return msg(
                "; its withdrawal took effect on {day}, but crimes committed while it "
                "was a party remain within the Court's jurisdiction (art. 127(2))",
                day=later_start,
            )
    return None


def _why_not(f: StateFacts, day: date) -> Msg:
    notes = [
        msg(
            "; its declaration of {lodged} was not given effect ({note})",
            lodged=e.date,
            note=Text(e.note) if e.note else msg("see the record"),  # the data's words, in English only
        )
        for e in f.declarations_not_given_effect
        if e.period is not None and e.period.covers(day)
    ]
    reason = _not_bound(f, day)
    return cat(reason, *notes) if notes else reason


def _not_bound(f: StateFacts, day: date) -> Msg:
    status = f.status(day)
    later = f.became_party_after(day)
    if status is Status.withdrawn:
        return msg(
            "{state}'s withdrawal had taken effect (art. 127(1)); no 12(3) declaration covers {day}",
            state=State(f.iso3),
            day=day,
        )
    if status is Status.ratified_not_in_force or later is not None:
        if later:
            return msg(
                "the Statute entered into force for {state} on {on}, after the conduct (art. 11(2)), "
                "and no 12(3) declaration covers {day}",
                state=State(f.iso3),
                on=later,
                day=day,
            )
        return msg(
            "the Statute entered into force for {state} later, after the conduct (art. 11(2)), "
            "and no 12(3) declaration covers {day}",
            state=State(f.iso3),
            day=day,
        )
    return msg(
        "{state} was not a State Party ({status}) and no 12(3) declaration covers {day}",
        state=State(f.iso3),
        status=Word(f"status.label.{status.value}", status.value),
        day=day,
    )
