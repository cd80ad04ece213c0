"""Case events carry the precision of their date, as situation events do (issue 15, part 3):
a date known to the month is its first day, one known to the year 1 January; `unsealed`
belongs on a warrant and cannot precede it."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from hague.cli import app
from hague.ledger.schema import ValidationError, explain, validate
from hague.registry.model import CaseEvent, Precision

SOURCE = {"url": "https://example.org/warrant"}


def test_a_warrant_known_to_the_year_is_dated_1_january():
    e = validate(CaseEvent, {"date": "2023-01-01", "precision": "year", "kind": "warrant", "source": SOURCE})
    assert e.precision is Precision.year
    with pytest.raises(ValidationError) as exc:
        validate(CaseEvent, {"date": "2023-04-06", "precision": "year", "kind": "warrant", "source": SOURCE})
    assert "precision: year needs 1 January as the date" in explain(exc.value)


def test_a_month_is_its_first_day():
    validate(CaseEvent, {"date": "2023-07-01", "precision": "month", "kind": "warrant", "source": SOURCE})
    with pytest.raises(ValidationError) as exc:
        validate(CaseEvent, {"date": "2023-07-18", "precision": "month", "kind": "warrant", "source": SOURCE})
    assert "first day of the month" in explain(exc.value)


def test_unsealed_belongs_on_a_warrant_and_follows_it():
    with pytest.raises(ValidationError) as exc:
        validate(CaseEvent, {"date": "2023-07-18", "kind": "arrest", "unsealed": "2024-10-04", "source": SOURCE})
    assert "'unsealed' belongs only on a warrant" in explain(exc.value)
    with pytest.raises(ValidationError) as exc:
        validate(CaseEvent, {"date": "2023-07-18", "kind": "warrant", "unsealed": "2023-07-17", "source": SOURCE})
    assert "before the warrant's date" in explain(exc.value)


def test_the_cli_shows_a_date_as_precise_as_known():
    r = CliRunner().invoke(app, ["cases", "--situation", "icc-01-11", "--on", "2026-12-01"])
    assert r.exit_code == 0, r.output
    line = next(x for x in r.stdout.splitlines() if "Nasser Muhammad Muftah Daou" in x)
    assert "at_large               since 2023        public 2024-10-04" in line
