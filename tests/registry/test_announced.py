"""The day decided and the day announced, for situation events (issue 15, point 3): an event's `date`
is the act's own day, `announced` (with its source) the later day it was made public; the stage counts
from the act, and every answer that uses the day says which (`since`, `since_announced`,
`since_public_on_day`, `since_why`), in the registry, the CLI, the API, the exports and the claim
checker. Facts from data/situations/icc-01-17.yaml (Burundi: authorised under seal on 25 October 2017,
the public redacted version ICC-01/17-9-Red of 9 November 2017)."""

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
from hague.registry.model import SituationEvent
from hague.registry.registry import read_files, since_why, stage_since

SOURCE = {"url": "https://example.org/decision"}
ANNOUNCED = {"date": "2017-11-09", "source": {"url": "https://example.org/public-version"}}


def event(**fields) -> dict:
    return {"date": "2017-10-25", "kind": "authorised", "source": SOURCE, **fields}


def problem(raw: dict) -> str:
    with pytest.raises(ValidationError) as exc:
        validate(SituationEvent, raw)
    return explain(exc.value)


# -- the model: the announced day, its source, and bad values named ------------------------------


def test_an_event_reads_its_announced_day_with_the_source():
    e = validate(SituationEvent, event(announced=ANNOUNCED))
    assert (e.date, e.announced.date, e.public_day) == (date(2017, 10, 25), date(2017, 11, 9), date(2017, 11, 9))
    assert e.announced.source.url == "https://example.org/public-version"


def test_without_announced_the_act_was_public_the_same_day():
    e = validate(SituationEvent, event())
    assert e.announced is None and e.public_day == date(2017, 10, 25)


def test_an_announced_day_before_the_act_is_refused():
    msg = problem(event(announced={**ANNOUNCED, "date": "2017-10-24"}))
    assert "announced: 2017-10-24 is before the event's date 2017-10-25" in msg


def test_an_announced_day_equal_to_the_act_is_left_out():
    msg = problem(event(announced={**ANNOUNCED, "date": "2017-10-25"}))
    assert "announced: 2017-10-25 is the event's own date; leave 'announced' out" in msg


def test_an_announced_day_needs_the_act_known_to_the_day():
    msg = problem(event(date="2017-10-01", precision="month", announced=ANNOUNCED))
    assert "announced: needs the act's own day (the event's precision is month)" in msg


def test_an_announced_day_needs_its_source():
    assert "announced.source: Field required" in problem(event(announced={"date": "2017-11-09"}))


def test_a_bad_announced_day_in_a_situation_file_names_the_file(tmp_path):
    (tmp_path / "situations").mkdir()
    (tmp_path / "situations" / "icc-99-99.yaml").write_text(
        "id: ICC-99/99\nname: Situation in Testland\nstates: [BDI]\ntrigger: proprio_motu\nevents:\n"
        "  - date: 2017-10-25\n    kind: authorised\n    source: {url: 'https://example.org'}\n"
        "    announced: {date: 2017-10-20, source: {url: 'https://example.org/b'}}\n",
        encoding="utf-8",
    )
    with pytest.raises(LedgerInvalid) as exc:
        read_files(tmp_path)
    assert "icc-99-99.yaml" in str(exc.value) and "is before the event's date" in str(exc.value)


# -- the registry: the stage from the act, both days said ---------------------------------------


def burundi(ledger, day: str, lang: str = "en") -> dict:
    return registry_of(ledger).situation("icc-01-17", date.fromisoformat(day), lang)


def test_the_stage_counts_from_the_decision_not_its_publication(ledger):
    s = burundi(ledger, "2017-11-01")
    assert (s["stage"], s["since"], s["since_announced"], s["since_public_on_day"]) == (
        "investigation",
        "2017-10-25",
        "2017-11-09",
        "no",
    )
    assert s["since_why"] == (
        "decided on 2017-10-25, made public on 2017-11-09: the stage counts from the act's own day; "
        "the act was not yet public on 2017-11-01"
    )


def test_from_the_announcement_on_the_act_is_public(ledger):
    s = burundi(ledger, "2017-11-09")
    assert (s["since"], s["since_public_on_day"]) == ("2017-10-25", "yes")
    assert s["since_why"] == "decided on 2017-10-25, made public on 2017-11-09: the stage counts from the act's own day"


def test_an_act_public_the_day_it_was_done_has_no_why(ledger):
    s = registry_of(ledger).situation("icc-01-15", date(2020, 1, 1))  # Georgia: authorised 2016-01-27
    assert (s["since"], s["since_announced"], s["since_public_on_day"], s["since_why"]) == (
        "2016-01-27",
        None,
        "yes",
        None,
    )


def test_a_referral_and_a_declaration_are_named_as_such():
    """The words follow the act that began the stage: a referral is referred, a declaration lodged."""
    src = {"url": "https://example.org"}
    for kind, words in (("referral", "referred on"), ("declaration_12_3", "declaration lodged on")):
        e = validate(SituationEvent, {**event(kind=kind, announced=ANNOUNCED), "source": src})
        assert str(since_why(e, date(2018, 1, 1))).startswith(f"{words} 2017-10-25, made public on 2017-11-09")


def test_since_why_in_french_and_spanish(ledger):
    assert burundi(ledger, "2017-11-01", "fr")["since_why"] == (
        "décidé le 2017-10-25, rendu public le 2017-11-09 : le stade court depuis le jour de l'acte ; "
        "l'acte n'était pas encore public le 2017-11-01"
    )
    assert burundi(ledger, "2017-11-09", "es")["since_why"] == (
        "decidido el 2017-10-25, hecho público el 2017-11-09: la fase cuenta desde el día del acto"
    )


def test_the_situations_list_says_the_same(ledger):
    rows = {r["id"]: r for r in registry_of(ledger).situations(date(2017, 11, 1))["situations"]}
    assert rows["icc-01-17"]["since_announced"] == "2017-11-09" and rows["icc-01-17"]["since_public_on_day"] == "no"


def test_the_events_carry_both_days_with_their_sources(ledger):
    events = {e["kind"]: e for e in burundi(ledger, "2018-01-01")["events"]}
    assert events["authorised"]["date"] == "2017-10-25"
    assert events["authorised"]["announced"]["date"] == "2017-11-09"
    assert events["authorised"]["announced"]["source"]["ref"] == "ICC-01/17-9-Red"


def test_stage_since_gives_the_event_that_began_the_stage(ledger):
    s = registry_of(ledger).find("icc-01-17").situation
    stage, began = stage_since(s, date(2017, 10, 26))
    assert (stage.value, began.date, began.public_day) == ("investigation", date(2017, 10, 25), date(2017, 11, 9))


# -- the interfaces: one answer, shown with both days ------------------------------------------


def test_cli_situation_shows_both_days():
    r = CliRunner().invoke(app, ["situation", "burundi", "--on", "2017-11-01"])
    assert r.exit_code == 0, r.output
    first = r.output.splitlines()[0]
    assert "investigation since 2017-10-25 (decided on 2017-10-25, made public on 2017-11-09" in first
    assert "not yet public on 2017-11-01" in first
    line = next(x for x in r.output.splitlines() if " authorised " in x)
    assert line.split()[:2] == ["2017-10-25", "authorised"] and "made public 2017-11-09" in line


def test_cli_situations_and_csv_show_both_days():
    r = CliRunner().invoke(app, ["situations", "--on", "2017-11-01"])
    line = next(x for x in r.output.splitlines() if x.strip().startswith("icc-01-17"))
    assert "since 2017-10-25" in line and "made public on 2017-11-09" in line
    r = CliRunner().invoke(app, ["situations", "--on", "2017-11-01", "--format", "csv"])
    header, *lines = r.output.splitlines()
    assert "since,since_precision,since_announced,since_public_on_day" in header
    assert any(x.startswith("icc-01-17,") and ",2017-10-25,day,2017-11-09,no," in x for x in lines)


def test_cli_json_and_api_give_the_same_answer():
    r = CliRunner().invoke(app, ["situation", "icc-01-17", "--on", "2017-11-01", "--json"])
    cli = json.loads(r.stdout)
    api = TestClient(create_app()).get("/api/v1/situations/icc-01-17", params={"on": "2017-11-01"}).json()
    for key in ("since", "since_announced", "since_public_on_day", "since_why", "events"):
        assert cli[key] == api[key], key
    fr = TestClient(create_app()).get("/api/v1/situations", params={"on": "2017-11-01", "lang": "fr"}).json()
    row = next(x for x in fr["situations"] if x["id"] == "icc-01-17")
    assert row["since_why"].startswith("décidé le 2017-10-25, rendu public le 2017-11-09")


def test_the_situation_events_table_has_the_announced_day(ledger):
    names = [c for c, *_ in db.TABLES["situation_events"][0]]
    table = [dict(zip(names, row, strict=True)) for row in db.rows(ledger)["situation_events"]]
    authorised = next(r for r in table if r["situation"] == "icc-01-17" and r["kind"] == "authorised")
    assert (authorised["date"], authorised["announced"], authorised["announced_source"]) == (
        date(2017, 10, 25),
        date(2017, 11, 9),
        "ICC-01/17-9-Red",
    )
    opened = next(r for r in table if r["situation"] == "icc-01-17" and r["kind"] == "pe_opened")
    assert (opened["announced"], opened["announced_source"]) == (None, None)


def test_the_claim_checker_takes_either_day_and_names_both(ledger):
    """A text may date the act by its announcement: the DRC's investigation, decided on 21 June 2004 and
    announced on 23 June (ICC/OTP/2004.013), or Burundi's authorisation, made public on 9 November 2017."""
    from hague.claims.core import check

    for text, decided, public in (
        (
            "On 23 June 2004 the ICC Prosecutor opened an investigation in the Democratic Republic of the Congo.",
            "2004-06-21",
            "2004-06-23",
        ),
        ("On 9 November 2017 ICC judges authorised an investigation into Burundi.", "2017-10-25", "2017-11-09"),
        ("On 25 October 2017 ICC judges authorised an investigation into Burundi.", "2017-10-25", "2017-11-09"),
    ):
        (claim,) = check(text, as_of=date(2018, 1, 1), ledger=ledger)["claims"]
        assert claim["verdict"] == "supported", text
        assert f"on {decided} (made public on {public})" in claim["because"], claim["because"]
    (claim,) = check(
        "On 1 November 2017 ICC judges authorised an investigation into Burundi.", as_of=date(2018, 1, 1), ledger=ledger
    )["claims"]
    assert claim["verdict"] != "supported"


def test_the_claim_checkers_evidence_gives_the_day_made_public(ledger):
    """The evidence for a situation's act carries `announced` and its source, and says it in its note (the CLI
    and the check page show the note): Burundi's authorisation, public redacted version ICC-01/17-9-Red."""
    from hague.claims.core import check

    text = "On 1 November 2017 ICC judges authorised an investigation into Burundi."
    (claim,) = check(text, as_of=date(2018, 1, 1), ledger=ledger)["claims"]
    (evidence,) = [e for e in claim["evidence"] if e.get("kind") == "authorised"]
    assert (evidence["date"], evidence["announced"]) == ("2017-10-25", "2017-11-09")
    assert evidence["announced_source"]["ref"] == "ICC-01/17-9-Red"
    assert "made public on 2017-11-09" in evidence["note"]
    (claim,) = check(
        "The ICC authorised an investigation into Georgia in 2016.", as_of=date(2018, 1, 1), ledger=ledger
    )["claims"]
    assert all("announced" not in e for e in claim["evidence"])  # an act public the day it was done
