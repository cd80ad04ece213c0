"""Situation facts whose sources the record check of 2026-12-02 (issue 15, "Trust, measured") changed or
settled, each test naming the source it rests on (the same as the comments in data/situations/)."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of


def events(ledger, ident: str, kind: str) -> list:
    return [e for e in registry_of(ledger).find(ident).situation.events if e.kind == kind]


def on(ledger, ident: str, day: str) -> dict:
    return registry_of(ledger).situation(ident, date.fromisoformat(day))


def test_libya_referral_of_26_february_2011_read_in_the_un_press_release(ledger):
    """UN press release SC/10187/Rev.1 of 26 February 2011 (https://press.un.org/en/2011/sc10187.doc.htm):
    the Council unanimously adopted resolution 1970 (2011) "this evening", referring the situation in Libya
    since 15 February 2011 to the Prosecutor."""
    (referral,) = events(ledger, "icc-01-11", "referral")
    assert referral.date == date(2011, 2, 26) and referral.resolution == 1970
    assert referral.source.url == "https://press.un.org/en/2011/sc10187.doc.htm"
    assert "SC/10187" in (referral.source.ref or "")
    assert on(ledger, "icc-01-11", "2011-02-26")["stage"] == "preliminary_examination"


def test_libya_investigation_decided_and_made_public_2_march_2011(ledger):
    """The Office of the Prosecutor's statement of Wednesday 2 March 2011: the Prosecutor "decided an
    investigation was warranted" (VOA, https://www.voanews.com/a/international-criminal-court-to-investigate-libya-violence-117244838/135872.html;
    the Court's text quoted by anthonyclarkarend.com; AMICC, 2 March 2011). The press conference of 3 March
    presented the opening (Hague Justice Portal, 3 March 2011): no later making public, so no `announced`."""
    (opened,) = events(ledger, "icc-01-11", "investigation_opened")
    assert opened.date == date(2011, 3, 2) and opened.announced is None
    assert "voanews.com" in (opened.source.url or "")
    assert on(ledger, "icc-01-11", "2011-03-01")["stage"] == "preliminary_examination"
    s = on(ledger, "icc-01-11", "2011-03-02")
    assert (s["stage"], s["since"]) == ("investigation", "2011-03-02")


def test_palestine_ruling_of_16_july_2025_no_longer_said_dated_9_july(ledger):
    """Premium Times, 18 October 2025 (PTC I's refusal of leave to appeal "the chamber's 16 July decision",
    https://www.premiumtimesng.com/news/top-news/828856-icc-rejects-israels-appeal-seeking-to-void-netanyahus-arrest-warrant.html)
    and hrvoices.org's record of the litigation ("July 16, 2025, PTC decision"); the "9 July" of one report
    (Middle East Eye via daily8.com) is not borne out and is out of the note."""
    (ruling,) = [
        e for e in events(ledger, "icc-01-18", "jurisdiction_ruling") if e.date.year == 2025 and e.date.month == 7
    ]
    assert ruling.date == date(2025, 7, 16) and ruling.announced is None
    assert "9 July" not in (ruling.note or "") and "16 July 2025" in (ruling.note or "")
