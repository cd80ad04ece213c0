"""A person is listed from the day they were publicly charged: a sealed warrant counts from
the day it was unsealed, while the status it gives (`at_large`) still dates from its issue
(issue 15, part 3). Each date from the source named in the situation's file."""

from __future__ import annotations

from datetime import date

from typer.testing import CliRunner

from hague.cli import app
from hague.registry import of as registry_of
from hague.registry.model import CaseStatus
from hague.registry.registry import is_public, status_on
from hague.registry.stats import stats


def case(ledger, ident: str, person: str, day: str) -> dict | None:
    found = registry_of(ledger).cases(ident, on=date.fromisoformat(day))["cases"]
    return next((c for c in found if person in c["person"]), None)


def test_nouradine_adam_listed_from_the_unsealing_at_large_from_the_warrant(ledger):
    """Warrant issued under seal on 7 Jan 2019, unsealed 28 Jul 2022 (DW,
    https://amp.dw.com/en/icc-wants-former-central-african-republic-government-minister-arrested/a-62632497;
    data/situations/icc-01-14.yaml)."""
    assert case(ledger, "icc-01-14", "Nouradine Adam", "2022-07-27") is None
    adam = case(ledger, "icc-01-14", "Nouradine Adam", "2022-07-28")
    assert adam is not None
    assert (adam["status"], adam["status_since"], adam["public_since"]) == ("at_large", "2019-01-07", "2022-07-28")


def test_sealed_warrant_not_counted_at_large_before_it_was_public(ledger):
    """Edmond Beina: warrant of 7 Dec 2018 unsealed 7 Nov 2024 (icc-01-14.yaml, JusticeInfo and reports
    of the unsealing); Iyad Ag Ghaly: warrant of 18 Jul 2017 unsealed 21 Jun 2024 (ICC press release,
    https://www.icc-cpi.int/news/situation-mali-icc-unseals-arrest-warrant-against-iyad-ag-ghaly)."""
    registry = registry_of(ledger)
    at_large = {c["person"] for c in registry.cases(status="at_large", on=date(2024, 1, 1))["cases"]}
    assert "Edmond Beina" not in at_large and "Iyad Ag Ghaly" not in at_large
    at_large = {c["person"] for c in registry.cases(status="at_large", on=date(2024, 11, 7))["cases"]}
    assert {"Edmond Beina", "Iyad Ag Ghaly"} <= at_large


def test_situation_lists_and_counts_only_public_cases(ledger):
    registry = registry_of(ledger)
    mali = registry.situation("icc-01-12", date(2024, 6, 20))
    assert "Iyad Ag Ghaly" not in {c["person"] for c in mali["cases"]}
    assert mali["cases"] == [c for c in mali["cases"] if c["public_since"] <= "2024-06-20"]
    before = next(r for r in registry.situations(date(2024, 6, 20))["situations"] if r["id"] == "icc-01-12")
    after = next(r for r in registry.situations(date(2024, 6, 21))["situations"] if r["id"] == "icc-01-12")
    assert after["cases"] == before["cases"] + 1


def test_stats_count_only_persons_publicly_charged(ledger):
    """On 1 Jan 2024 neither Ag Ghaly's nor Beina's warrant was public (see above): both were at large
    under seal, and neither is counted."""
    day = date(2024, 1, 1)
    registry = registry_of(ledger)
    listed = registry.cases(status="at_large", on=day)["cases"]
    assert stats(ledger, day)["case_outcomes"]["at_large"] == len(listed)
    under_seal = {
        c.person
        for e in registry.entries.values()
        for c in e.situation.cases
        if status_on(c, day) is CaseStatus.at_large and not is_public(c, day)
    }
    assert {"Edmond Beina", "Iyad Ag Ghaly"} <= under_seal


def test_a_warrant_never_sealed_is_public_from_its_issue(ledger):
    """Putin: warrant of 17 Mar 2023, announced that day (icc-01-22.yaml)."""
    putin = case(ledger, "icc-01-22", "Putin", "2023-03-17")
    assert putin["status_since"] == putin["public_since"] == "2023-03-17"
    assert case(ledger, "icc-01-22", "Putin", "2023-03-16") is None


def test_lubanga_listed_from_the_unsealing_in_custody_from_his_surrender(ledger):
    """Warrant of 10 Feb 2006 unsealed 17 Mar 2006; surrendered 16 Mar 2006 (icc-01-04.yaml)."""
    assert case(ledger, "icc-01-04", "Lubanga", "2006-03-16") is None
    lubanga = case(ledger, "icc-01-04", "Lubanga", "2006-03-17")
    assert (lubanga["status"], lubanga["status_since"], lubanga["public_since"]) == (
        "in_custody",
        "2006-03-16",
        "2006-03-17",
    )


def test_cli_shows_both_days():
    runner = CliRunner()
    listing = runner.invoke(app, ["cases", "--situation", "icc-01-14", "--on", "2026-12-01"])
    assert listing.exit_code == 0, listing.output
    adam = next(line for line in listing.stdout.splitlines() if "Nouradine Adam" in line)
    assert "at_large" in adam and "since 2019-01-07" in adam and "public 2022-07-28" in adam
    one = runner.invoke(app, ["situation", "icc-01-14", "--on", "2026-12-01"])
    assert "at_large since 2019-01-07 (public since 2022-07-28)" in one.stdout
