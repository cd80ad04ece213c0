"""The Prosecutor's application for a warrant (art. 58(1)) is its own act, before the warrant: recorded with its day
and source, it changes no status and lists no one (issue 14 item 8, issue 15 part 3). Each date from the source named
in data/situations/icc-01-18.yaml."""

from __future__ import annotations

from datetime import date

from hague.ledger.model import Source
from hague.registry import of as registry_of
from hague.registry.model import Case, CaseEvent, CaseKind
from hague.registry.registry import public_on, status_on

YNET = "https://www.ynetnews.com/article/rjz4gn00ma"  # the Prosecutor's statement of Monday 20 May 2024, as reported


def _case(ledger, person: str) -> Case:
    entry = registry_of(ledger).find("icc-01-18")
    return next(c for c in entry.situation.cases if c.person == person)


def test_the_palestine_applications_of_20_may_2024_are_recorded_with_their_source(ledger):
    # Ynetnews and Daily Sabah, 20 May 2024: applications for Netanyahu, Gallant, Sinwar, Deif and Haniyeh; only the
    # three later issued warrants (21 November 2024) are cases
    for person in ("Benjamin Netanyahu", "Yoav Gallant", "Mohammed Diab Ibrahim Al-Masri (Deif)"):
        c = _case(ledger, person)
        applied = [e for e in c.events if e.kind is CaseKind.warrant_application]
        assert [(e.date, e.source.url) for e in applied] == [(date(2024, 5, 20), YNET)], person
        warrants = [e.date for e in c.events if e.kind is CaseKind.warrant]
        assert warrants == [date(2024, 11, 21)]


def test_an_application_changes_no_status_and_lists_no_one(ledger):
    c = _case(ledger, "Benjamin Netanyahu")
    assert status_on(c, date(2024, 6, 1)) is None
    assert public_on(c, date(2024, 6, 1)) is False
    assert status_on(c, date(2024, 11, 21)).value == "at_large"
    rows = registry_of(ledger).cases("icc-01-18", on=date(2024, 6, 1))["cases"]
    assert rows == []


def test_a_person_recorded_with_only_an_application_is_not_publicly_charged():
    src = Source(url=YNET)
    c = Case(
        person="Someone",
        case=None,
        nationality=None,
        events=[CaseEvent(date=date(2024, 5, 20), kind=CaseKind.warrant_application, source=src)],
    )
    assert public_on(c, date(2025, 1, 1)) is False
    assert status_on(c, date(2025, 1, 1)) is None
