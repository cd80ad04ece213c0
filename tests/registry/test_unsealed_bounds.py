"""A warrant made public on a day known only within bounds (issue 15, point 3): the data records
`unsealed_not_before` and `unsealed_not_after`, each with its source; the registry lists the person
from the last day, not before the first, and on a day between says it does not know, in the same
answer (JSON `cases_uncertain`, `public_on_day`, `public_why`), the CLI, the API, the exports and
the claim checker's warrant verdicts."""

from __future__ import annotations

import json
from datetime import date

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hague.api import create_app
from hague.cli import app
from hague.errors import LedgerInvalid
from hague.export import db
from hague.ledger.schema import ValidationError, explain, validate
from hague.registry import of as registry_of
from hague.registry.model import Case, CaseEvent
from hague.registry.registry import public_day, public_on, read_files
from hague.registry.stats import stats

SOURCE = {"url": "https://example.org/warrant"}
BEFORE = {"date": "2025-07-17", "source": {"url": "https://example.org/still-sealed"}}
AFTER = {"date": "2025-07-18", "source": {"url": "https://example.org/statement"}}


def warrant(**fields) -> dict:
    return {"date": "2025-07-10", "kind": "warrant", "source": SOURCE, **fields}


def problem(raw: dict) -> str:
    with pytest.raises(ValidationError) as exc:
        validate(CaseEvent, raw)
    return explain(exc.value)


# -- the model: bad bounds get a clear message naming the field --------------------------------


def test_bounds_are_read_with_their_sources():
    e = validate(CaseEvent, warrant(unsealed_not_before=BEFORE, unsealed_not_after=AFTER))
    assert e.unsealed is None
    assert (e.unsealed_not_before.date, e.unsealed_not_after.date) == (date(2025, 7, 17), date(2025, 7, 18))
    assert e.unsealed_not_after.source.url == "https://example.org/statement"


def test_first_bound_after_the_last_names_both_fields():
    msg = problem(warrant(unsealed_not_before=AFTER, unsealed_not_after=BEFORE))
    assert "unsealed_not_before: 2025-07-18 must be before unsealed_not_after 2025-07-17" in msg


def test_equal_bounds_are_a_day_known_exactly():
    msg = problem(warrant(unsealed_not_before=AFTER, unsealed_not_after=AFTER))
    assert "unsealed_not_before" in msg and "write 'unsealed: DAY'" in msg


def test_a_bound_on_or_before_the_issue_day_is_refused():
    msg = problem(warrant(unsealed_not_after={**AFTER, "date": "2025-07-10"}))
    assert "unsealed_not_after: 2025-07-10 must be after the warrant's date 2025-07-10" in msg
    msg = problem(warrant(unsealed_not_before={**BEFORE, "date": "2025-07-09"}, unsealed_not_after=AFTER))
    assert "unsealed_not_before: 2025-07-09 must be after the warrant's date" in msg


def test_a_first_bound_needs_a_last_one():
    assert "unsealed_not_before: needs 'unsealed_not_after'" in problem(warrant(unsealed_not_before=BEFORE))


def test_bounds_do_not_go_with_a_known_day():
    msg = problem(warrant(unsealed="2025-07-18", unsealed_not_after=AFTER))
    assert "give either 'unsealed'" in msg and "not both" in msg


def test_bounds_belong_only_on_a_warrant():
    msg = problem({"date": "2025-07-16", "kind": "arrest", "source": SOURCE, "unsealed_not_after": AFTER})
    assert "'unsealed_not_after' belongs only on a warrant, not on arrest" in msg


def test_each_bound_needs_its_source():
    msg = problem(warrant(unsealed_not_after={"date": "2025-07-18"}))
    assert "unsealed_not_after.source: Field required" in msg


def test_a_bad_bound_in_a_situation_file_is_reported_with_the_file(tmp_path):
    (tmp_path / "situations").mkdir()
    (tmp_path / "situations" / "icc-99-99.yaml").write_text(
        "id: ICC-99/99\nname: Situation in Testland\nstates: [LBY]\ntrigger: proprio_motu\n"
        "events:\n  - {date: 2020-01-01, kind: pe_opened, source: {url: 'https://example.org'}}\n"
        "cases:\n  - person: A. Person\n    events:\n"
        "      - date: 2025-07-10\n        kind: warrant\n        source: {url: 'https://example.org/w'}\n"
        "        unsealed_not_before: {date: 2025-07-19, source: {url: 'https://example.org/a'}}\n"
        "        unsealed_not_after: {date: 2025-07-18, source: {url: 'https://example.org/b'}}\n",
        encoding="utf-8",
    )
    with pytest.raises(LedgerInvalid) as exc:
        read_files(tmp_path)
    text = str(exc.value)
    assert "icc-99-99.yaml" in text and "must be before unsealed_not_after 2025-07-18" in text


# -- the registry's answer before, inside and after the bounds ----------------------------------


def case_with(**fields) -> Case:
    return Case(person="A. Person", events=[validate(CaseEvent, warrant(**fields))])


def test_not_public_before_the_first_bound_public_from_the_last_unknown_between():
    c = case_with(unsealed_not_before=BEFORE, unsealed_not_after=AFTER)
    assert public_on(c, date(2025, 7, 16)) is False
    assert public_on(c, date(2025, 7, 17)) is None
    assert public_on(c, date(2025, 7, 18)) is True
    found = public_day(c)
    assert (found.earliest, found.latest, found.basis) == (date(2025, 7, 17), date(2025, 7, 18), "unsealed_bounds")
    assert "between 2025-07-17 and 2025-07-18" in found.why(date(2025, 7, 17))
    assert "it is not known whether it was public" in found.why(date(2025, 7, 17))
    assert "it was not yet public" in found.why(date(2025, 7, 16))


def test_without_a_first_bound_the_window_opens_the_day_after_the_issue():
    c = case_with(unsealed_not_after=AFTER)
    assert public_on(c, date(2025, 7, 10)) is False  # issued under seal
    assert public_on(c, date(2025, 7, 11)) is None
    assert public_on(c, date(2025, 7, 18)) is True
    assert "after its issue and on or before 2025-07-18" in public_day(c).why(date(2025, 7, 12))


def test_a_day_known_exactly_still_answers_yes_or_no():
    c = case_with(unsealed="2025-07-18")
    assert (public_on(c, date(2025, 7, 17)), public_on(c, date(2025, 7, 18))) == (False, True)
    assert public_day(c).basis == "unsealed"


# -- the three real warrants, from the sources the data names -----------------------------------


def rows(ledger, ident: str, day: str) -> tuple[dict, dict]:
    answer = registry_of(ledger).cases(ident, on=date.fromisoformat(day))
    return {c["person"]: c for c in answer["cases"]}, {c["person"]: c for c in answer["cases_uncertain"]}


def bounds_of(ledger, ident: str, person: str) -> tuple[dict, dict]:
    entry = registry_of(ledger).find(ident)
    c = next(c for c in entry.situation.cases if person in c.person)
    w = next(e for e in c.events if e.kind.value == "warrant")
    return w.unsealed_not_before.source.to_json(), w.unsealed_not_after.source.to_json()


def test_el_hishri_public_on_17_or_18_july_2025(ledger):
    """Sealed when executed on Wednesday 16 July 2025
    (https://coalitionfortheicc.org/libya-situation-arrest-el-hishri-july-2025); public by the OTP's statement
    of Friday 18 July 2025 (https://libyaherald.com/?p=150013; Reuters in GMA News, 18 July 2025)."""
    person = "Khaled Mohamed Ali El Hishri"
    public, uncertain = rows(ledger, "icc-01-11", "2025-07-16")
    assert person not in public and person not in uncertain
    public, uncertain = rows(ledger, "icc-01-11", "2025-07-17")
    assert person not in public and uncertain[person]["public_on_day"] == "uncertain"
    public, uncertain = rows(ledger, "icc-01-11", "2025-07-18")
    row = public[person]
    assert (row["public_since"], row["public_not_before"], row["public_not_after"]) == (
        None,
        "2025-07-17",
        "2025-07-18",
    )
    assert row["status"] == "in_custody" and row["status_since"] == "2025-07-16"  # the status keeps its own days
    assert bounds_of(ledger, "icc-01-11", "El Hishri") == (
        {"url": "https://coalitionfortheicc.org/libya-situation-arrest-el-hishri-july-2025"},
        {"url": "https://libyaherald.com/?p=150013"},
    )


def test_njeem_public_on_21_or_22_january_2025(ledger):
    """The Court's statement on his release (copy at globalbihari.com) speaks of the release of 21 January 2025
    as past; Just Security (https://justsecurity.org/107175/italy-libya-icc-cooperation-elmasry-arrest): the ICC's
    press release of 22 January 2025."""
    person = "Osama Elmasry Njeem"
    assert person not in rows(ledger, "icc-01-11", "2025-01-20")[0] | rows(ledger, "icc-01-11", "2025-01-20")[1]
    assert rows(ledger, "icc-01-11", "2025-01-21")[1][person]["public_basis"] == "unsealed_bounds"
    assert rows(ledger, "icc-01-11", "2025-01-22")[0][person]["public_not_after"] == "2025-01-22"
    assert bounds_of(ledger, "icc-01-11", "Njeem")[1] == {
        "url": "https://justsecurity.org/107175/italy-libya-icc-cooperation-elmasry-arrest"
    }


def test_dela_rosa_public_between_10_and_12_may_2026_not_from_november_2025(ledger):
    """On Saturday 9 May 2026 the Court's spokesperson said no public warrant had been issued in the Philippines
    situation (https://mb.com.ph/2026/05/09/icc-says-no-public-arrest-warrant-yet-issued-in-ph-drug-war-case); the
    OTP's statement reported on 12 May 2026 says the warrant of 6 November 2025 "has only now become public"
    (Manila Bulletin, the warrant's own source)."""
    person = "Ronald dela Rosa"
    for day in ("2025-11-06", "2026-01-01", "2026-05-09"):
        public, uncertain = rows(ledger, "icc-01-21", day)
        assert person not in public and person not in uncertain, day
    for day in ("2026-05-10", "2026-05-11"):
        assert rows(ledger, "icc-01-21", day)[1][person]["status"] == "at_large"
    assert rows(ledger, "icc-01-21", "2026-05-12")[0][person]["status_since"] == "2025-11-06"
    assert bounds_of(ledger, "icc-01-21", "dela Rosa")[0] == {
        "url": "https://mb.com.ph/2026/05/09/icc-says-no-public-arrest-warrant-yet-issued-in-ph-drug-war-case"
    }


def test_counts_keep_the_uncertain_apart(ledger):
    day = date(2026, 5, 11)
    phl = registry_of(ledger).situation("icc-01-21", day)
    assert [c["person"] for c in phl["cases_uncertain"]] == ["Ronald dela Rosa"]
    assert "Ronald dela Rosa" not in [c["person"] for c in phl["cases"]]
    summary = next(s for s in registry_of(ledger).situations(day)["situations"] if s["id"] == "icc-01-21")
    assert (summary["cases"], summary["cases_uncertain"]) == (1, 1)
    data = stats(ledger, day)
    assert data["case_outcomes_uncertain"] == 1
    assert data["case_outcomes"]["at_large"] == len(registry_of(ledger).cases(status="at_large", on=day)["cases"])


# -- JSON, CLI, API, exports ---------------------------------------------------------------------


def test_cli_json_keeps_the_bounds_and_says_why():
    r = CliRunner().invoke(app, ["cases", "--situation", "icc-01-11", "--on", "2025-07-17", "--json"])
    assert r.exit_code == 0, r.output
    answer = json.loads(r.stdout)
    assert answer["uncertain_count"] == 1
    (row,) = answer["cases_uncertain"]
    assert row["person"] == "Khaled Mohamed Ali El Hishri" and row["public_on_day"] == "uncertain"
    assert "between 2025-07-17 and 2025-07-18" in row["public_why"]
    (w,) = [e for e in row["events"] if e["kind"] == "warrant"]
    assert w["unsealed_not_before"]["date"] == "2025-07-17" and w["unsealed_not_after"]["date"] == "2025-07-18"
    assert w["unsealed_not_after"]["source"] == {"url": "https://libyaherald.com/?p=150013"}


def test_cli_text_shows_the_bounds_and_lists_the_uncertain_apart():
    r = CliRunner().invoke(app, ["cases", "--situation", "icc-01-11", "--on", "2025-07-17"])
    assert r.exit_code == 0, r.output
    assert "1 more, not known whether publicly charged on 2025-07-17" in r.stdout
    njeem = next(x for x in r.stdout.splitlines() if "Njeem" in x)
    assert "public 2025-01-21..2025-01-22" in njeem
    r = CliRunner().invoke(app, ["situation", "philippines", "--on", "2026-05-11"])
    assert r.exit_code == 0, r.output
    assert "case, public or not on 2026-05-11: Ronald dela Rosa (PHL)" in r.stdout
    r = CliRunner().invoke(app, ["situations", "--on", "2025-07-17"])
    assert "cases 12+1?" in next(x for x in r.stdout.splitlines() if "icc-01-11" in x)


def test_cli_csv_has_the_bound_columns():
    r = CliRunner().invoke(app, ["cases", "--situation", "icc-01-21", "--on", "2026-05-11", "--format", "csv"])
    assert r.exit_code == 0, r.output
    header, *lines = r.stdout.splitlines()
    assert "public_on_day,public_since,public_not_before,public_not_after" in header
    assert any("Ronald dela Rosa" in x and ",uncertain,,2026-05-10,2026-05-12," in x for x in lines)


def test_api_gives_the_same_json():
    client = TestClient(create_app())
    r = client.get("/api/v1/cases", params={"situation": "icc-01-21", "on": "2026-05-11"})
    assert r.status_code == 200
    assert [c["person"] for c in r.json()["cases_uncertain"]] == ["Ronald dela Rosa"]
    r = client.get("/api/v1/situations/icc-01-21", params={"on": "2026-05-12"})
    assert "Ronald dela Rosa" in [c["person"] for c in r.json()["cases"]]


def test_the_case_events_table_has_the_bounds_not_a_guessed_day(ledger):
    names = [c for c, *_ in db.TABLES["case_events"][0]]
    table = [dict(zip(names, row, strict=True)) for row in db.rows(ledger)["case_events"]]
    el_hishri = next(r for r in table if r["situation"] == "icc-01-11" and r["date"] == date(2025, 7, 10))
    assert el_hishri["unsealed"] is None
    assert (el_hishri["unsealed_not_before"], el_hishri["unsealed_not_after"]) == (date(2025, 7, 17), date(2025, 7, 18))
    assert el_hishri["unsealed_bounds_sources"] == (
        "https://coalitionfortheicc.org/libya-situation-arrest-el-hishri-july-2025 | https://libyaherald.com/?p=150013"
    )
    duterte = next(r for r in table if r["situation"] == "icc-01-21" and r["date"] == date(2025, 3, 7))
    assert (duterte["unsealed"], duterte["unsealed_not_before"]) == (date(2025, 3, 11), None)


def test_the_claim_checker_asks_the_same_question(ledger):
    """A claim of a warrant for dela Rosa, checked as of a day before, inside and after the bounds
    (the claim checker's warrant verdict reads hague.registry.registry.charge_day)."""
    from hague.claims.core import check

    text = "The ICC issued an arrest warrant for Senator Ronald dela Rosa."
    found = {}
    for day in ("2026-05-09", "2026-05-11", "2026-05-12"):
        (claim,) = check(text, as_of=date.fromisoformat(day), ledger=ledger)["claims"]
        found[day] = (claim["verdict"], claim.get("partly"))
    assert found == {
        "2026-05-09": ("partly", "not public on the day"),
        "2026-05-11": ("partly", "not known whether public on the day"),
        "2026-05-12": ("supported", None),
    }
    (evidence,) = [e for e in claim["evidence"] if e.get("kind") == "warrant"]
    assert (evidence["unsealed"], evidence["unsealed_not_before"], evidence["unsealed_not_after"]) == (
        None,
        "2026-05-10",
        "2026-05-12",
    )


def test_the_day_panel_counts_a_national_from_the_day_publicly_charged(ledger):
    """`charged_nationals` counts from the last bound, `charged_uncertain` between the bounds (El Hishri, LBY,
    17 July 2025); a sealed warrant from its unsealing (Mahamat Nouradine Adam, CAF: issued 7 January 2019,
    public 28 July 2022, DW of that day), no longer from its issue."""
    import polars as pl

    from hague.export.panel import panel

    lby = panel(ledger, unit="day", first=2025, last=2025).filter(pl.col("iso3") == "LBY")
    day = {str(r["date"]): r for r in lby.iter_rows(named=True)}
    assert day["2025-07-18"]["charged_nationals"] == day["2025-07-16"]["charged_nationals"] + 1
    assert (day["2025-07-17"]["charged_nationals"], day["2025-07-17"]["charged_uncertain"]) == (
        day["2025-07-16"]["charged_nationals"],
        1,
    )
    assert day["2025-07-16"]["charged_uncertain"] == 0 and day["2025-07-18"]["charged_uncertain"] == 0
    caf = panel(ledger, unit="day", first=2019, last=2022).filter(pl.col("iso3") == "CAF")
    count = {str(r["date"]): r["charged_nationals"] for r in caf.iter_rows(named=True)}
    assert count["2022-07-28"] == count["2022-07-27"] + 1
    assert count["2019-01-07"] == count["2019-01-06"]
