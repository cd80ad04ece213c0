"""How each fact is sourced (`hague validate --sources`, issue 15): the classes, their
counts by kind and by State, the weak facts listed, and the figures data/README.md prints."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hague.cli import app
from hague.ledger.model import Event
from hague.ledger.schema import validate
from hague.ledger.sources import CLASSES, report, site, strength

UNTC = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&lang=en"
XML = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-10-a.en.xml"
README = Path(__file__).resolve().parents[2] / "data" / "README.md"


def event(source: dict, also: list[dict] | None = None) -> Event:
    raw = {"date": "2004-09-21", "kind": "ratification", "source": source, **({"also": also} if also else {})}
    return validate(Event, raw)


@pytest.mark.parametrize(
    ("source", "also", "expected"),
    [
        ({"ref": "C.N.805.2016.TREATIES-XVIII.10", "url": UNTC}, None, "depositary"),
        ({"ref": "UNTC XVIII-10", "url": UNTC}, None, "depositary"),
        ({"ref": "UNTC XVIII-10-a", "url": UNTC, "via": XML}, None, "depositary"),  # the depositary's own list
        ({"ref": "UNTC XVIII-10", "url": UNTC, "via": "https://www.liquisearch.com/x"}, None, "secondary"),
        (
            {"ref": "UNTC XVIII-10", "url": UNTC, "via": "https://www.liquisearch.com/x"},
            [{"url": "https://www.pgaction.org/y"}],
            "independent",
        ),
        (  # the same site twice is one source, www. or not
            {"ref": "UNTC XVIII-10", "url": UNTC, "via": "https://www.pgaction.org/x"},
            [{"url": "https://pgaction.org/y"}],
            "secondary",
        ),
        (  # on GitHub the publisher is the owner: two owners' tables are two sources
            {"ref": "UNTC XVIII-10", "url": UNTC, "via": "https://github.com/theNewDynamic/aba-icc/blob/c/x.csv"},
            [{"url": "https://github.com/zmjones/untreaties/blob/c/treaties/18-10.csv"}],
            "independent",
        ),
        (  # one owner's two repositories, or a file of it read raw, are one
            {"ref": "UNTC XVIII-10", "url": UNTC, "via": "https://github.com/zmjones/untreaties/blob/c/x.csv"},
            [{"url": "https://raw.githubusercontent.com/ZMJones/other/c/y.csv"}],
            "secondary",
        ),
        ({"ref": "ICC-CPI-20150105-PR1080", "url": "https://www.icc-cpi.int/news/x"}, None, "primary"),
    ],
)
def test_each_fact_falls_in_one_class(source, also, expected):
    assert strength(event(source, also)) == expected


def test_site_is_the_host_or_on_github_the_owner():
    assert site("https://www.pgaction.org/x") == site("https://pgaction.org/y") == "pgaction.org"
    assert site("https://github.com/zmjones/untreaties/blob/c/treaties/18-10.csv") == "github.com/zmjones"
    assert site("https://raw.githubusercontent.com/zmjones/untreaties/c/treaties/18-10.csv") == "github.com/zmjones"
    assert site("https://github.com/") == "github.com"
    assert site(None) is None and site("") is None


def test_counts_add_up_and_the_weak_are_listed(ledger):
    r = report(ledger, date(2026, 12, 1))
    total = sum(len(st.events) for st in ledger.states.values())
    assert r["facts"]["total"] == total == sum(r["facts"][c] for c in CLASSES)
    assert sum(c["total"] for c in r["by_kind"].values()) == total
    assert sum(c["total"] for c in r["by_state"].values()) == total
    assert len(r["weak"]) == r["facts"]["secondary"]
    assert all(re.fullmatch(r"states/[a-z]{3}\.yaml:\d+", w["file"]) for w in r["weak"])
    assert r["goal"]["states_parties"] == 125  # on 2026-12-01, as tests/data/test_census.py


def test_data_readme_prints_the_current_figures(ledger):
    r = report(ledger, date(2026, 12, 1))
    f = r["facts"]
    row = f"| {f['total']} | {f['depositary']} | {f['independent']} | {f['primary']} | {f['secondary']} |"
    text = README.read_text(encoding="utf-8")
    assert row in text, f"data/README.md should print {row}"
    goal = r["goal"]
    assert f"met by {goal['met']} of the {goal['facts']} facts of the {goal['states_parties']} States Parties" in (
        " ".join(text.split())
    )


def test_cli_prints_the_figures_and_the_json_carries_them():
    runner = CliRunner()
    text = runner.invoke(app, ["validate", "--sources"])
    assert text.exit_code == 0, text.output
    assert re.search(r"^\d+ facts \(events of the States' records\): \d+ on the depositary's own record", text.stdout)
    assert "weak: " in text.stdout and "read at " in text.stdout
    answer = json.loads(runner.invoke(app, ["validate", "--sources", "--json"]).stdout)
    assert set(answer["sources"]) >= {"classes", "facts", "goal", "by_kind", "by_state", "weak"}
    assert "sources" not in json.loads(runner.invoke(app, ["validate", "--json"]).stdout)
