"""The CLI: answers, JSON keys, exit codes for bad input."""

import json

import pytest
from typer.testing import CliRunner

from hague.cli import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_status_json_has_the_documented_keys():
    r = run("status", "RUS", "--on", "2016-11-16", "--json")
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert set(s) >= {
        "iso3",
        "name",
        "on",
        "status",
        "party",
        "signatory",
        "record",
        "pending",
        "projected",
    }
    assert set(s["record"]) >= {
        "signed",
        "instrument_deposited",
        "instrument_kind",
        "entry_into_force",
        "withdrawal_notified",
        "withdrawal_effective",
        "withdrawal_revoked",
        "signature_withdrawn",
        "declarations",
        "amendments",
        "events",
    }
    assert s["status"] == "signatory" and s["record"]["signed"] == "2000-09-13"


def test_several_states_give_a_list():
    r = run("status", "BDI", "Philippines", "--on", "2019-01-01", "--json")
    assert r.exit_code == 0
    assert [s["iso3"] for s in json.loads(r.stdout)] == ["BDI", "PHL"]


def test_all_states():
    r = run("status", "--all", "--on", "2010-01-01", "--json")
    assert r.exit_code == 0
    assert len(json.loads(r.stdout)) == 197


def test_unknown_state_exits_2_with_suggestions():
    r = run("status", "Rusia")
    assert r.exit_code == 2
    assert "unknown state 'Rusia'" in r.stderr and "RUS" in r.stderr


def test_malformed_date_exits_2_naming_the_form():
    r = run("status", "BDI", "--on", "26/10/2017")
    assert r.exit_code == 2
    assert "YYYY-MM-DD" in r.stderr


def test_date_before_the_statute_is_an_answer():
    r = run("status", "FRA", "--on", "1990-01-01", "--json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["status"] == "non_signatory"


def test_future_dates_are_marked_projected():
    r = run("status", "BDI", "--on", "2999-01-01", "--json")
    assert json.loads(r.stdout)["projected"] is True


def test_parties_json():
    r = run("parties", "--on", "2025-01-01", "--json")
    p = json.loads(r.stdout)
    assert p["count"] == len(p["parties"]) == sum(g["count"] for g in p["by_group"].values())


def test_timeline_and_events():
    assert run("timeline", "PHL").exit_code == 0
    r = run("events", "--kind", "withdrawal_notification", "--json")
    kinds = {e["kind"] for e in json.loads(r.stdout)}
    assert kinds == {"withdrawal_notification"}
    assert run("events", "--kind", "leaving").exit_code == 2


def test_an_unknown_event_kind_lists_the_kinds_in_the_message():
    # the message itself says what would be valid, not only the API's `valid`
    for args in (
        ("events", "--kind", "withdrawl"),
        (
            "jurisdiction",
            "--crime",
            "genocide",
            "--from",
            "2027-01-01",
            "--territory",
            "USA",
            "--assume",
            "USA ratifcation 2026-01-01",
        ),
    ):
        r = run(*args)
        assert r.exit_code == 2
        assert "withdrawal_notification" in r.output and "amendment_acceptance" in r.output


def test_validate_passes_on_the_bundled_data():
    r = run("validate")
    assert r.exit_code == 0, r.output


def test_broken_data_exits_1_naming_file_and_line(data_dir, monkeypatch):
    import hague

    root = data_dir(
        {"BDI": "state: BDI\nchecked_on: 2026-11-26\nevents:\n  - date: x\n    kind: signature\n    source: {ref: y}\n"}
    )
    monkeypatch.setenv("HAGUE_DATA", str(root))
    hague.ledger._cached.cache_clear()
    try:
        r = run("validate")
    finally:
        hague.ledger._cached.cache_clear()
    assert r.exit_code == 1
    assert "bdi.yaml:4" in r.stderr


def test_tour_runs():
    assert run("tour").exit_code == 0


def test_known_gaps_travel_with_the_answer():
    s = json.loads(run("status", "RUS", "--json").stdout)
    assert s["caveats"] and "not yet in this record" in s["caveats"][0]
    assert json.loads(run("status", "BDI", "--json").stdout)["caveats"] == []


def test_status_sources_name_the_copy_read():
    """data/states/bfa.yaml: Burkina Faso's withdrawal notification rests on the UNTC XVIII-10 notes as
    survivalscores.org scraped them (the source's `via`); the line says it was read there, as the State
    page does ("read via"); Guatemala's accession, read in the ICC's own press release (no `via`),
    says nothing more."""
    lines = run("status", "BFA").stdout.splitlines()
    [line] = [x for x in lines if "withdrawal_notification" in x]
    assert line == (
        "    2026-06-24 withdrawal_notification: UNTC XVIII-10 "
        "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&lang=en "
        "(read via https://github.com/arthuredelstein/survivalscores.org/blob/b7cc254a44bd6c459d4b5c200ee3e11e1cc9da32/"
        "index.html)"
    )
    [guatemala] = [x for x in run("status", "GTM").stdout.splitlines() if "accession:" in x]
    assert guatemala.endswith(
        " 2012-04-02 accession: ICC-CPI-20120403-PR783 https://asp.icc-cpi.int/press-releases/es_pr783"
    )


AGGRESSION_UKR = [
    "jurisdiction",
    "--crime",
    "aggression",
    "--from",
    "2022-02-24",
    "--to",
    "2022-12-31",
    "--territory",
    "UKR",
    "--nationality",
    "RUS",
    "--aggressor",
    "RUS",
    "--victim",
    "UKR",
]


def test_jurisdiction_aggression_against_ukraine_is_outside_by_15bis_5():
    r = run(*AGGRESSION_UKR, "--json")
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    assert d["verdict"] == "outside"
    assert set(d) >= {"query", "verdict", "periods", "trace", "caveats", "hypothetical"}
    steps = [s for p in d["periods"] for s in p["trace"]]
    assert any(s["article"] == "15bis(5)" and s["holds"] is False for s in steps)
    assert all(set(s) >= {"article", "holds", "because"} for s in steps)


def test_jurisdiction_war_crimes_in_ukraine_within_by_its_12_3_declaration():
    args = [
        "jurisdiction",
        "--crime",
        "war_crimes",
        "--from",
        "2022-02-24",
        "--to",
        "2022-12-31",
        "--territory",
        "UKR",
        "--nationality",
        "RUS",
    ]
    d = json.loads(run(*args, "--json").stdout)
    assert d["verdict"] == "within"
    (basis,) = d["periods"][0]["bases"]
    assert basis["state"] == "UKR" and "12(3)" in basis["via"] and basis["facts"][0]["date"] == "2015-09-08"
    text = run(*args).stdout
    assert "may exercise jurisdiction: WITHIN" in text and "12(3)" in text


def test_jurisdiction_bad_input_exits_2():
    r = run("jurisdiction", "--crime", "war_crimes", "--from", "2022-02-24", "--to", "2022-01-01", "--territory", "UKR")
    assert r.exit_code == 2 and "end" in r.stderr
    r = run("jurisdiction", "--crime", "theft", "--from", "2022-02-24", "--territory", "UKR")
    assert r.exit_code == 2 and "genocide" in r.stderr
    r = run(
        "jurisdiction",
        "--crime",
        "war_crimes",
        "--from",
        "2022-02-24",
        "--territory",
        "SYR",
        "--trigger",
        "security_council",
        "--resolution",
        "2118",
    )
    assert r.exit_code == 2 and "1593" in r.stderr
    r = run(
        "jurisdiction", "--crime", "war_crimes", "--from", "2022-02-24", "--territory", "SYR", "--assume", "nonsense"
    )
    assert r.exit_code == 2 and "STATE KIND DATE" in r.stderr


BLOCKED = """
import sys
for name in sys.argv[1].split(","):
    sys.modules[name] = None  # as if the extra bringing it were not installed
from hague.cli import app
app(sys.argv[2:])
"""


@pytest.mark.parametrize(
    ("blocked", "argv", "extra"),
    [
        ("pyarrow,numba", ["bulk", "in.csv", "out.csv"], "[bulk]"),
        ("polars,pandas", ["export", "panel", "--out", "panel.csv"], "[export]"),
        ("matplotlib", ["stats", "--chart", "stats.png"], "[charts]"),
        ("uvicorn,fastapi", ["serve"], "[web]"),
    ],
)
def test_a_command_whose_extra_is_missing_names_it_and_exits_2(blocked, argv, extra, tmp_path):
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", BLOCKED, blocked, *argv], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    assert extra in run.stderr and "pip install" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [
            "jurisdiction",
            "--crime",
            "war_crimes",
            "--from",
            "2030-01-01",
            "--territory",
            "USA",
            "--assume",
            "USA ratification 9999-12-31",
        ],
        ["status", "BDI", "--on", "0001-01-01"],
        ["parties", "--on", "9999-12-31"],
    ],
)
def test_days_beyond_the_calendar_s_reach_exit_2_naming_the_field(argv):
    """Issue 18: `assume=USA ratification 9999-12-31` answered 500 (year 10000 is out of range)."""
    r = run(*argv)
    assert r.exit_code == 2 and "outside the days hague answers for" in r.stderr


def test_check_as_of_the_first_answerable_day_with_a_relative_date():
    r = run("check", "-", "--as-of", "1800-01-01", "--json", input="Burundi left the ICC last year.")
    assert r.exit_code == 0, r.output


def test_user_text_is_printed_as_written_and_long_names_are_refused_at_once():
    """Issue 18: `hague status '[/foo]'` was a traceback (Rich markup); 100,000 letters never answered."""
    r = run("status", "[/foo]")
    assert r.exit_code == 2 and "[/foo]" in r.stderr
    r = run("status", "a" * 100_000)
    assert r.exit_code == 2 and "longer than any State's name" in r.stderr


def test_output_piped_into_head_ends_quietly():
    """`hague events | head -1` printed "internal error (BrokenPipeError)"."""
    import subprocess
    import sys
    from pathlib import Path

    hague = Path(sys.executable).with_name("hague")
    run = subprocess.run(f"{hague} events | head -1", shell=True, capture_output=True, text=True)
    assert run.stdout and "error" not in run.stderr


def test_the_top_level_help_names_the_commands_without_json():
    # `hague --help` says which commands do not take --json; every other one must
    import typer.core
    import typer.main

    group = typer.main.get_command(app)
    ctx = group.make_context("hague", [], resilient_parsing=True)
    without = []
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if isinstance(cmd, typer.core.TyperGroup) or not any("--json" in p.opts for p in cmd.params):
            without.append(name)
    top = run("--help").output
    assert "Every command but export, serve and tour takes --json." in " ".join(top.split())
    assert sorted(without) == ["export", "serve", "tour"]
    # the tour's last line offers --json for the commands it ran, each of which takes it
    tour = run("tour")
    assert tour.exit_code == 0
    assert "Add --json to these commands" in tour.output


def test_every_help_is_plain_text_with_no_completion_options():
    # one look for every command's --help, the export group's and its commands' included: plain text (no Rich
    # boxes) and no shell-completion options, which only the group had offered
    for args in (["--help"], ["export", "--help"], ["export", "panel", "--help"], ["status", "--help"]):
        out = run(*args).output
        assert "--install-completion" not in out, args
        assert not any(ch in out for ch in "╭│╰─"), args
