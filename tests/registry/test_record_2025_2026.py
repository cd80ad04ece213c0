"""Facts of 2025-2026 added or corrected in the registry by the audit of 2026-12-02 (issue 15), each test
naming the source it rests on (the same sources as the comments in data/situations/)."""

from __future__ import annotations

from datetime import date

from hague.registry import of as registry_of


def events(ledger, ident: str, kind: str) -> list[dict]:
    return [e for e in registry_of(ledger).situation(ident)["events"] if e["kind"] == kind]


def case(ledger, ident: str, person: str, day: str | None = None) -> dict | None:
    on = date.fromisoformat(day) if day else None
    return next((c for c in registry_of(ledger).cases(ident, on=on)["cases"] if person in c["person"]), None)


def test_palestine_ptc_i_refused_to_withdraw_the_warrants_published_16_july_2025(ledger):
    """https://www.lbcgroup.tv/news/middleeastnews/867704/icc-judges-reject-israels-request-to-withdraw-netanyahu-arrest-warrant/en
    (Reuters, 16-07-2025: "on Wednesday rejected Israel's request to withdraw arrest warrants"; the decision is
    dated 9 July 2025 per Middle East Eye, recorded on the day it was made public)."""
    rulings = {e["date"]: e for e in events(ledger, "icc-01-18", "jurisdiction_ruling")}
    assert "2025-07-16" in rulings and "2025-07-09" not in rulings
    assert "art. 19(7)" in rulings["2025-07-16"]["note"]
    # The warrants stand: Netanyahu and Gallant are still at large after the ruling.
    assert case(ledger, "icc-01-18", "Netanyahu", "2025-07-17")["status"] == "at_large"
    assert case(ledger, "icc-01-18", "Gallant", "2025-07-17")["status"] == "at_large"


def test_palestine_appeals_chamber_art_18_1_judgment_15_december_2025(ledger):
    """https://www.alhaq.org/advocacy/27184.html ("On 15 December 2025 the ... Appeals Chamber rejected Israel's
    appeal against the Pre-Trial Chamber's decision of November 2024"), also ifi.today of 15 Dec 2025."""
    rulings = {e["date"]: e for e in events(ledger, "icc-01-18", "jurisdiction_ruling")}
    assert "18(1)" in rulings["2025-12-15"]["note"]
    stage = next(r for r in registry_of(ledger).situations(date(2025, 12, 15))["situations"] if r["id"] == "icc-01-18")
    assert stage["stage"] == "investigation"
