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


# The applications of 2024-2025 made public (issue 15, sweep of 2026-12-02): each date from the source named in the
# situation's file.
TRT = (
    "https://www.trtworld.com:443/asia/icc-seeks-arrest-warrants-for-two-senior-taliban-leaders-in-afghanistan-18257172"
)
NUREMBERG = (
    "https://www.nurembergacademy.org/about-us/news-dates/detail/"
    "1213-the-nuremberg-academy-contextualises-the-surrender-of-former-president-of-the-philippines-to-the-icc"
)
LIBYA_HERALD = "https://libyaherald.com/?p=150013"  # the OTP's statement of 18 July 2025, as reported
PANTAING = "https://pantaing.com/en_US/icc-continues-process-to-issue-arrest-warrant-for-min-aung-hlaing"


def _applied(ledger, ident: str, person: str) -> list[tuple[date, str | None]]:
    entry = registry_of(ledger).find(ident)
    c = next(c for c in entry.situation.cases if c.person == person)
    return [(e.date, e.source.url) for e in c.events if e.kind is CaseKind.warrant_application]


def test_the_taliban_applications_of_23_january_2025(ledger):
    # TRT World, 23 Jan 2025: "Khan said on Thursday that his office filed two applications for warrants of arrest
    # before Pre-Trial Chamber II"; the warrants followed on 8 July 2025
    for person in ("Haibatullah Akhundzada", "Abdul Hakim Haqqani"):
        assert _applied(ledger, "icc-02-17", person) == [(date(2025, 1, 23), TRT)], person
    rows = registry_of(ledger).cases("icc-02-17", on=date(2025, 3, 1))["cases"]
    assert rows == []  # an application lists no one: not publicly charged before the warrants


def test_duterte_application_of_10_february_2025(ledger):
    # Nuremberg Academy, 18 Mar 2025: "On 10 February 2025, the Prosecution, under seal and ex parte, requested a
    # warrant for Mr Duterte's arrest"; the warrant is of 7 March 2025
    assert _applied(ledger, "icc-01-21", "Rodrigo Roa Duterte") == [(date(2025, 2, 10), NUREMBERG)]
    c = _case_in(ledger, "icc-01-21", "Rodrigo Roa Duterte")
    assert status_on(c, date(2025, 3, 1)) is None
    assert public_on(c, date(2025, 3, 1)) is False


def test_el_hishri_application_of_3_april_2025(ledger):
    # Libya Herald on the OTP's statement of 18 July 2025: "The Office filed an application for a warrant for his
    # arrest on 3 April 2025"; the warrant is of 10 July 2025
    assert _applied(ledger, "icc-01-11", "Khaled Mohamed Ali El Hishri") == [(date(2025, 4, 3), LIBYA_HERALD)]


def test_min_aung_hlaing_recorded_with_only_the_application_of_27_november_2024(ledger):
    # pantaing.com: "On November 27, 2024, ICC Chief Prosecutor Karim A.A. Khan KC filed an application for an arrest
    # warrant against Min Aung Hlaing"; no decision on it found: he is recorded, not publicly charged, not listed
    assert _applied(ledger, "icc-01-19", "Min Aung Hlaing") == [(date(2024, 11, 27), PANTAING)]
    c = _case_in(ledger, "icc-01-19", "Min Aung Hlaing")
    assert [e.kind for e in c.events] == [CaseKind.warrant_application]
    assert public_on(c, date(2026, 12, 1)) is False
    assert registry_of(ledger).cases("icc-01-19", on=date(2026, 12, 1))["cases"] == []


def _case_in(ledger, ident: str, person: str) -> Case:
    entry = registry_of(ledger).find(ident)
    return next(c for c in entry.situation.cases if c.person == person)


def test_the_lra_application_of_6_may_2005_precedes_the_five_warrants_of_8_july_2005(ledger):
    # ICC-02/04-01/05-57 (warrant for Ongwen, public redacted version, docslib copy), para. 2 and 4: the Prosecutor's
    # application of 6 May 2005, amended 13 and 18 May 2005, sought warrants for Ongwen and four others
    url = (
        "https://docslib.org/doc/7630064/no-icc-02-04-date-8-july-2005-original-english-pre-trial-chamber-ii-"
        "before-judge-tuiloma-neroni-slade-judge-mauro-politi-j"
    )
    for person in ("Joseph Kony", "Vincent Otti", "Raska Lukwiya", "Okot Odhiambo", "Dominic Ongwen"):
        assert _applied(ledger, "icc-02-04", person) == [(date(2005, 5, 6), url)], person
        c = _case_in(ledger, "icc-02-04", person)
        assert public_on(c, date(2005, 6, 1)) is False  # sealed until 13 October 2005


def test_dela_rosa_application_of_3_november_2025(ledger):
    # Manila Bulletin, 12 May 2026, on the OTP's statement: the warrant was issued as secret on 6 November 2025,
    # "following an application by the Office on Nov. 3, 2025"; neither public before May 2026
    mb = (
        "https://mb.com.ph/article/10917661/philippines/national/"
        "icc-prosecutor-arrest-warrant-vs-dela-rosa-important-step-in-pursuit-of-drug-war-accountability"
    )
    assert _applied(ledger, "icc-01-21", "Ronald dela Rosa") == [(date(2025, 11, 3), mb)]
    c = _case_in(ledger, "icc-01-21", "Ronald dela Rosa")
    assert public_on(c, date(2025, 12, 1)) is False
