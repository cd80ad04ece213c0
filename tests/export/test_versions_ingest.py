"""Versions, diffs between them, and ingesting depositary notifications.

The notification texts are written here in the depositary's standard form for real past
events recorded in data/states (the numbers as recorded there: C.N.121.2017 South Africa's
revocation, C.N.185.2019 Malaysia's withdrawn accession, C.N.862.2016 the Gambia's
withdrawal)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hague.errors import HagueError
from hague.ingest import ingest, parse
from hague.ledger import Ledger
from hague.ledger.load import default_data_dir
from hague.versions import diff

VERSION = (Path(__file__).parents[2] / "data" / "VERSION").read_text().strip()

HEAD = "C.N.{ref} (Depositary Notification)\nROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT\nROME, 17 JULY 1998\n"
BODY = (
    "The Secretary-General of the United Nations, acting in his capacity as depositary, communicates the following:\n"
)
ZAF = (
    HEAD.format(ref="121.2017.TREATIES-XVIII.10")
    + "SOUTH AFRICA: WITHDRAWAL OF NOTIFICATION OF WITHDRAWAL\n"
    + BODY
    + ("The above action was effected on 7 March 2017.\n")
)
MYS = (
    HEAD.format(ref="185.2019.TREATIES-XVIII.10")
    + "MALAYSIA: WITHDRAWAL OF INSTRUMENT OF ACCESSION\n"
    + BODY
    + ("The above action was effected on 29 April 2019.\n")
)
GMB = (
    HEAD.format(ref="862.2016.TREATIES-XVIII.10")
    + "GAMBIA: WITHDRAWAL\n"
    + BODY
    + (
        "The above action was effected on 10 November 2016.\n"
        "The withdrawal will take effect for the Gambia on 10 November 2017 in accordance with article 127 (1).\n"
    )
)


def copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(default_data_dir(), target)
    return target


def drop_event(path: Path, date: str, kind: str) -> None:
    """Remove one event (and its comments) from a state file, as if not yet recorded."""
    lines = path.read_text().splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- date: {date}" and kind in lines[i + 1])
    end = next(
        (j for j in range(start + 1, len(lines)) if lines[j].startswith("  - ") or lines[j].startswith("  #")),
        len(lines),
    )
    while start > 0 and lines[start - 1].lstrip().startswith("#") and lines[start - 1].startswith("  "):
        start -= 1
    path.write_text("".join(lines[:start] + lines[end:]))


def test_parse_reads_state_action_dates_and_reference():
    p = parse(GMB)
    assert (p.state, p.kind.value, p.effected.isoformat()) == ("GMB", "withdrawal_notification", "2016-11-10")
    assert p.stated_effect.isoformat() == "2017-11-10"
    assert p.ref == "C.N.862.2016.TREATIES-XVIII.10"
    assert p.url().endswith("/CN/2016/CN.862.2016-Eng.pdf")
    assert parse(MYS).kind.value == "instrument_withdrawn"
    assert parse(ZAF).kind.value == "withdrawal_revocation"


@pytest.mark.parametrize(
    ("text", "state", "date", "kind"),
    [(ZAF, "zaf", "2017-03-07", "withdrawal_revocation"), (MYS, "mys", "2019-04-29", "instrument_withdrawn")],
)
def test_ingest_writes_the_event_and_the_record_is_whole_again(tmp_path, text, state, date, kind):
    data = copy_data(tmp_path)
    drop_event(data / "states" / f"{state}.yaml", date, kind)
    before = Ledger(data)
    result = ingest(before, text)
    assert result["written"] and result["event"]["date"] == date and result["event"]["kind"] == kind
    after = Ledger(data)
    assert [e.kind.value for e in after.states[state.upper()].events][-1] == kind
    assert after.validate() == [] or all(p.severity == "warning" for p in after.validate())


def test_ingest_refuses_what_is_already_recorded(tmp_path):
    data = copy_data(tmp_path)
    original = (data / "states" / "zaf.yaml").read_text()
    with pytest.raises(HagueError, match="already recorded"):
        ingest(Ledger(data), ZAF)
    assert (data / "states" / "zaf.yaml").read_text() == original


def test_ingest_refuses_a_withdrawal_by_a_non_party(tmp_path):
    data = copy_data(tmp_path)
    text = GMB.replace("GAMBIA: WITHDRAWAL", "UNITED STATES OF AMERICA: WITHDRAWAL")
    original = (data / "states" / "usa.yaml").read_text()
    with pytest.raises(HagueError, match="not a State Party"):
        ingest(Ledger(data), text)
    assert (data / "states" / "usa.yaml").read_text() == original


def test_ingest_refuses_a_wrong_date_of_effect(tmp_path):
    data = copy_data(tmp_path)
    drop_event(data / "states" / "gmb.yaml", "2016-11-10", "withdrawal_notification")
    with pytest.raises(HagueError):
        ingest(Ledger(data), GMB.replace("10 November 2017", "10 May 2017"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("ROME STATUTE\nBURUNDI: WITHDRAWAL\nThe above action was effected on 27 October 2016.", "reference"),
        (ZAF.replace("SOUTH AFRICA", "NARNIA"), "unknown state"),
        (ZAF.replace("The above action was effected on 7 March 2017.", ""), "effected"),
    ],
)
def test_unparseable_notifications_are_explained(text, message):
    with pytest.raises(HagueError, match=message):
        parse(text)


def test_dry_run_writes_nothing(tmp_path):
    data = copy_data(tmp_path)
    drop_event(data / "states" / "mys.yaml", "2019-04-29", "instrument_withdrawn")
    before = (data / "states" / "mys.yaml").read_text()
    result = ingest(Ledger(data), MYS, write=False)
    assert result["written"] is False
    assert (data / "states" / "mys.yaml").read_text() == before


def test_diff_between_two_data_folders(tmp_path):
    old = copy_data(tmp_path / "old")
    new = copy_data(tmp_path / "new")
    drop_event(old / "states" / "mys.yaml", "2019-04-29", "instrument_withdrawn")
    text = (new / "states" / "bdi.yaml").read_text().replace("effective: 2017-10-27", "effective: 2017-10-28")
    (new / "states" / "bdi.yaml").write_text(text)
    d = diff(str(old), str(new))
    assert {k: d["summary"][k] for k in ("added", "removed", "changed")} == {"added": 1, "removed": 0, "changed": 1}
    assert d["states"]["MYS"]["added"][0]["kind"] == "instrument_withdrawn"
    (change,) = d["states"]["BDI"]["changed"]
    assert change["fields"] == {"effective": ["2017-10-27", "2017-10-28"]}


def test_diff_between_git_revisions():
    repo = Path(__file__).resolve().parents[2]
    if not (repo / ".git").exists():
        pytest.skip("not a git checkout")
    d = diff("HEAD", "HEAD")
    assert set(d["summary"].values()) == {0}
    with pytest.raises(HagueError, match="git revision"):
        diff("no-such-revision", "HEAD")


def test_version_in_cli_and_answers():
    from typer.testing import CliRunner

    from hague.cli import app

    r = CliRunner().invoke(app, ["--version"])
    assert f"data {VERSION}" in r.stdout
    import json

    s = json.loads(CliRunner().invoke(app, ["status", "BDI", "--json"]).stdout)
    assert s["meta"]["data_version"] == VERSION


def test_an_interrupted_export_leaves_no_file_under_the_output_name(tmp_path):
    out = tmp_path / "panel.csv"
    hague = Path(sys.executable).with_name("hague")
    proc = subprocess.Popen([str(hague), "export", "panel", "--unit", "day", "--format", "csv", "--out", str(out)])
    time.sleep(1.0)  # loading and computing take longer than this
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert not out.exists()
    done = subprocess.run([str(hague), "export", "panel", "--format", "csv", "--out", str(out)], capture_output=True)
    assert done.returncode == 0 and out.stat().st_size > 100_000


KILLED_AT = """
import builtins, os, signal, sys
from pathlib import Path
from hague.ingest import ingest
from hague.ledger import Ledger

target, step = int(sys.argv[2]), [0]
def tick():
    step[0] += 1
    if step[0] == target:
        os.kill(os.getpid(), signal.SIGKILL)

real_open, real_replace, real_fsync = builtins.open, os.replace, os.fsync
class Half:
    def __init__(self, fh): self.fh = fh
    def write(self, text):  # half the text reaches the file, then (maybe) death
        self.fh.write(text[: len(text) // 2]); self.fh.flush(); tick(); return self.fh.write(text[len(text) // 2 :])
    def __getattr__(self, name): return getattr(self.fh, name)
    def __enter__(self): self.fh.__enter__(); return self
    def __exit__(self, *a): return self.fh.__exit__(*a)
def opened(file, mode="r", *a, **k):
    fh = real_open(file, mode, *a, **k)
    return Half(fh) if "w" in mode and str(file).endswith("mys.yaml") else fh
def replaced(a, b): tick(); real_replace(a, b); tick()
def synced(fd): tick(); real_fsync(fd)
builtins.open, os.replace, os.fsync = opened, replaced, synced
Path.write_text = lambda self, data, encoding=None, errors=None, newline=None: opened(self, "w", encoding=encoding).write(data)
ingest(Ledger(Path(sys.argv[1])), sys.argv[3])
"""


def test_ingest_killed_at_any_write_leaves_the_old_file_or_the_new(tmp_path):
    """Issue 18: a kill during `hague ingest` left a 0-byte State file (every command then failed).
    The process is killed at each write, flush-to-disk and rename in turn: the file is always the
    old one or the complete new one, which the loader reads."""
    import subprocess
    import sys

    from hague.ledger.load import load_state

    data = copy_data(tmp_path)
    state = data / "states" / "mys.yaml"
    drop_event(state, "2019-04-29", "instrument_withdrawn")
    old = state.read_text()
    Ledger(data)  # the snapshot, so that each run reaches its writes quickly
    outcomes = set()
    for step in range(1, 8):
        state.write_text(old)
        run = subprocess.run(
            [sys.executable, "-c", KILLED_AT, str(data), str(step), MYS], capture_output=True, text=True
        )
        now = state.read_text()
        assert now == old or "instrument_withdrawn" in now, f"killed at step {step}: a third file"
        load_state(state, Ledger(data).instruments.amendments)  # whichever it is, it loads
        outcomes.add(("killed" if run.returncode == -9 else "done", now == old))
    assert ("killed", True) in outcomes and ("done", False) in outcomes


def test_two_ingests_at_once_write_the_event_once(tmp_path):
    """Issue 18: two ingests at once produced broken YAML; with the lock one writes and the other
    finds the event already there (or is refused), and the file loads."""
    import subprocess
    import sys

    data = copy_data(tmp_path)
    state = data / "states" / "mys.yaml"
    drop_event(state, "2019-04-29", "instrument_withdrawn")
    Ledger(data)
    hague_cli = Path(sys.executable).with_name("hague")
    env = {**__import__("os").environ, "HAGUE_DATA": str(data)}
    procs = [
        subprocess.Popen(
            [str(hague_cli), "ingest", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(4)
    ]
    for p in procs:
        p.communicate(MYS)
    codes = [p.returncode for p in procs]
    assert codes.count(0) >= 1 and all(c in (0, 2) for c in codes), codes
    assert state.read_text().count("kind: instrument_withdrawn") == 1
    assert Ledger(data).states["MYS"].events[-1].kind.value == "instrument_withdrawn"


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("1 March 0000", "not a day as the depositary"),
        ("12 Monday 2019", "not a day as the depositary"),
        ("30 February 2019", "not a real day"),
    ],
)
def test_ingest_reads_the_depositarys_dates_strictly(day, message):
    """Issue 18: "1 March 0000" became 2000-03-01, "12 Monday 2019" took its month from today, and
    "30 February 2019" was a traceback."""
    text = MYS.replace("29 April 2019", day)
    with pytest.raises(HagueError, match=message):
        ingest(Ledger(), text, write=False)


def test_a_long_malformed_notice_is_read_in_linear_time_or_refused():
    """Issue 18: a 64 KB malformed notice took ingest 14 s ("take effect for" repeated: the gap
    before "on DATE" was unbounded, so each occurrence scanned the rest of the text)."""
    import subprocess
    import sys

    code = (
        "from hague.ingest import parse\n"
        "from hague.errors import HagueError\n"
        f"text = {MYS!r} + 'take effect for ' * 3900\n"
        "try:\n    parse(text)\nexcept HagueError:\n    pass\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=20)
    with pytest.raises(HagueError, match="at most"):
        parse(MYS + "x" * (70 << 10))


def test_ingest_prints_the_file_written_whole_on_one_line(tmp_path):
    # piped output is never wrapped: a long data folder's path stays on the line that names it
    deep = tmp_path / ("a-rather-long-folder-name-for-the-data-" * 3)
    deep.mkdir()
    data = copy_data(deep)
    drop_event(data / "states" / "mys.yaml", "2019-04-29", "instrument_withdrawn")
    notice = tmp_path / "notice.txt"
    notice.write_text(MYS, encoding="utf-8")
    r = subprocess.run(
        [str(Path(sys.executable).parent / "hague"), "ingest", str(notice)],
        capture_output=True,
        text=True,
        env={**os.environ, "HAGUE_DATA": str(data), "COLUMNS": "60"},
        check=False,
    )
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    assert lines[1] == f"  wrote 2019-04-29 instrument_withdrawn into {data / 'states' / 'mys.yaml'}"
