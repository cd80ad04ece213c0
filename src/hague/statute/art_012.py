"""Article 12: Preconditions to the exercise of jurisdiction."""

from __future__ import annotations

from datetime import date
from typing import Any

from hague.ledger.facts import StateFacts
from hague.ledger.status import Status
from hague.trace import Trace, cite

LINK_ARTICLE = {"territory": "12(2)(a)", "nationality": "12(2)(b)"}
LINK_WORDS = {"territory": "conduct (or an element of it) on the territory of", "nationality": "accused a national of"}


def bound(f: StateFacts, day: date) -> tuple[str, list[dict[str, Any]]] | None:
    """Whether a State is bound on `day`, and by what: the Statute in force for it
    (art. 126; a withdrawal not yet effective, art. 127(1)), or a declaration under
    art. 12(3) whose period covers the day. None if neither."""
    if f.party(day):
        found = f.deposit_in_force(day)
        assert found is not None
        eif, deposit = found
        return f"State Party since {eif}", [cite(f.iso3, deposit)]
    declaration = f.declaration_covering(day)
    if declaration is not None:
        assert declaration.period is not None
        until = f" to {declaration.period.end}" if declaration.period.end else ""
        return (
            f"declaration under art. 12(3) of {declaration.date} (covers {declaration.period.start}{until})",
            [cite(f.iso3, declaration)],
        )
    return None


def art_12_2(f: StateFacts, link: str, day: date, trace: Trace) -> dict[str, Any] | None:
    """Art. 12(2)(a) territory (including a vessel's or aircraft's State of registration)
    and 12(2)(b) nationality: the State must be a party or, under 12(3), have accepted the
    Court's jurisdiction. Art. 11(2): for a State that became a party later, only conduct
    after the Statute's entry into force for it, unless a 12(3) declaration covers it."""
    found = bound(f, day)
    article = LINK_ARTICLE[link]
    question = f"{LINK_WORDS[link].capitalize()} {f.iso3}: is {f.iso3} bound on {day}?"
    if found is not None:
        via, facts = found
        if "12(3)" in via:
            article = "12(3)"
        trace.add(article, question, True, via + _after_withdrawal(f, day), facts)
        return {"state": f.iso3, "link": link, "via": via, "facts": facts}
    trace.add(article, question, False, _why_not(f, day))
    return None


def _after_withdrawal(f: StateFacts, day: date) -> str:
    for later_start, status in zip(f.starts, f.statuses, strict=True):
        if later_start > day and status is Status.withdrawn:
            return (
                f"; its withdrawal took effect on {later_start}, but crimes committed while it "
                "was a party remain within the Court's jurisdiction (art. 127(2))"
            )
    return ""


def _why_not(f: StateFacts, day: date) -> str:
    return _not_bound(f, day) + "".join(
        f"; its declaration of {e.date} was not given effect ({e.note or 'see the record'})"
        for e in f.declarations_not_given_effect
        if e.period is not None and e.period.covers(day)
    )


def _not_bound(f: StateFacts, day: date) -> str:
    status = f.status(day)
    later = f.became_party_after(day)
    if status is Status.withdrawn:
        return f"{f.iso3}'s withdrawal had taken effect (art. 127(1)); no 12(3) declaration covers {day}"
    if status is Status.ratified_not_in_force or later is not None:
        when = f"on {later}" if later else "later"
        return (
            f"the Statute entered into force for {f.iso3} {when}, after the conduct (art. 11(2)), "
            f"and no 12(3) declaration covers {day}"
        )
    return f"{f.iso3} was not a State Party ({status.value}) and no 12(3) declaration covers {day}"
