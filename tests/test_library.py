"""The Python library (`import hague`): the same answers as the CLI, days as dates or ISO
text, a custom ledger honoured, the project's own error for bad arguments."""

from __future__ import annotations

import doctest
from datetime import date, datetime

import pytest

import hague
from hague import HagueError, Ledger


def test_the_module_examples_run():
    failures, tried = doctest.testmod(hague)
    assert tried >= 3 and failures == 0


def test_days_as_dates_or_iso_text_give_the_same_answer():
    assert hague.status("BDI", on=date(2017, 10, 27)) == hague.status("BDI", on="2017-10-27")
    assert hague.status("BDI", datetime(2017, 10, 26, 12))["status"] == "party_withdrawal_pending"
    assert hague.parties("2002-07-01")["count"] == hague.parties(date(2002, 7, 1))["count"]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: hague.status("BDI", on=20171027), "on"),
        (lambda: hague.status(42), "state"),
        (lambda: hague.status("BDI", on="27 October 2017"), "on"),
        (lambda: hague.events(since=3.5), "since"),
        (lambda: hague.parties(ledger="data/"), "ledger"),
        (lambda: hague.decide("war crimes in Ukraine"), "conduct"),
        (lambda: hague.decide(crime="war_crimes", start="2022-03-01"), "territories"),
        (lambda: hague.check(b"Burundi left the ICC."), "text"),
    ],
)
def test_bad_arguments_raise_the_projects_error_naming_the_field(call, field):
    with pytest.raises(HagueError) as exc:
        call()
    assert exc.value.field == field


def test_decide_answers_from_the_ledger_it_is_given(data_dir):
    """A ledger on another data folder (here: Burundi never signed) changes the answer; the
    bundled one says Burundi's territory was covered in 2016."""
    question = {"crime": "war_crimes", "start": "2016-01-01", "territories": ["BDI"]}
    assert hague.decide(**question).verdict == "within"
    other = Ledger(data_dir({}))
    assert hague.decide(**question, ledger=other).verdict == "outside"
    assert hague.status("BDI", "2016-01-01", ledger=other)["status"] == "non_signatory"


def test_the_library_and_the_cli_give_the_same_json():
    import json

    from typer.testing import CliRunner

    from hague.cli import app

    cli = json.loads(CliRunner().invoke(app, ["status", "PHL", "--on", "2019-03-17", "--json"]).stdout)
    assert cli == hague.status("PHL", on="2019-03-17")
    assert hague.situation("ICC-01/22")["number"] == "ICC-01/22"
    assert hague.cases(situation="icc-01-22", on="2023-03-17")["count"] >= 2


@pytest.mark.parametrize("module", ["hague", "hague.ledger", "hague.registry", "hague.claims", "hague.bulk"])
def test_every_public_name_resolves(module):
    import importlib

    mod = importlib.import_module(module)
    assert all(getattr(mod, name) is not None for name in mod.__all__)
