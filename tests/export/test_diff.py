"""`hague diff A B` covers everything the data hold: States' events (declarations and
amendment acceptances among them) and caveats, the amendments, the situations with their
events and cases, and any other file; on two data folders, two data versions or two git
revisions; outside a checkout a revision is refused with exit 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hague.errors import HagueError
from hague.ledger.load import default_data_dir
from hague.versions import diff, in_checkout

HAGUE = str(Path(sys.executable).with_name("hague"))


def copy(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(default_data_dir(), target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1))


@pytest.fixture
def changed(tmp_path):
    old, new = copy(tmp_path, "old"), copy(tmp_path, "new")
    # a caveat added (Hungary already has one: a second), a declaration's period changed
    edit(new / "states" / "hun.yaml", "caveats:\n", "caveats:\n  - A test caveat.\n")
    edit(new / "states" / "ukr.yaml", "2014-02-20", "2014-02-21")
    # an amendment's record changed
    edit(new / "instruments.yaml", "    untc: XVIII-10-b\n", "    untc: XVIII-10-b-test\n")
    # a situation's event changed, a case removed, a situation added
    edit(
        new / "situations" / "icc-01-11.yaml",
        "kind: investigation_opened",
        "kind: investigation_opened\n    note: test",
    )
    libya = (new / "situations" / "icc-01-11.yaml").read_text()
    cut = libya.index("  - person: Muammar Mohammed Abu Minyar Gaddafi")
    end = libya.index("  - person:", cut + 1)
    (new / "situations" / "icc-01-11.yaml").write_text(libya[:cut] + libya[end:])
    shutil.copy(new / "situations" / "pe-gabon.yaml", new / "situations" / "pe-test.yaml")
    (new / "systems" / "links.yaml").write_text((new / "systems" / "links.yaml").read_text() + "# test\n")
    return old, new


def test_every_part_of_the_data_is_compared(changed):
    old, new = changed
    d = diff(str(old), str(new))
    s = d["summary"]
    assert d["states"]["HUN"]["caveats"] == {"added": ["A test caveat."], "removed": []}
    (decl,) = d["states"]["UKR"]["changed"]
    assert decl["kind"] == "declaration_12_3" and s["declarations"] == 1
    assert d["amendments"] == {
        "aggression-2010": {"status": "changed", "fields": {"untc": ["XVIII-10-b", "XVIII-10-b-test"]}}
    }
    libya = d["situations"]["icc-01-11"]
    assert libya["status"] == "changed"
    assert libya["events"]["changed"][0]["fields"] == {"note": [None, "test"]}
    assert list(libya["cases"]) == ["Muammar Mohammed Abu Minyar Gaddafi"]
    assert libya["cases"]["Muammar Mohammed Abu Minyar Gaddafi"]["status"] == "removed"
    assert d["situations"]["pe-test"]["status"] == "added"
    assert d["files"]["systems/links.yaml"] == "changed"  # no section reads it: still shown
    assert (s["caveats"], s["amendments"], s["situations"], s["cases"]) == (1, 1, 2, 1)


def test_the_cli_prints_each_part(changed):
    old, new = changed
    run = subprocess.run([HAGUE, "diff", str(old), str(new)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "+ caveat: A test caveat." in out
    assert "amendment aggression-2010: changed: untc: 'XVIII-10-b' -> 'XVIII-10-b-test'" in out
    assert "situation icc-01-11 (Situation in Libya): changed" in out
    assert "- case: Muammar Mohammed Abu Minyar Gaddafi" in out
    assert "situation pe-test" in out and "systems/links.yaml (changed)" in out
    as_json = json.loads(subprocess.run([HAGUE, "diff", str(old), str(new), "--json"], capture_output=True).stdout)
    assert as_json["summary"]["situations"] == 2


def test_identical_folders_differ_in_nothing(tmp_path):
    d = diff(str(copy(tmp_path, "a")), str(copy(tmp_path, "b")))
    assert set(d["summary"].values()) == {0}


def test_two_released_versions():
    if not in_checkout():
        pytest.skip("not a git checkout")
    try:
        d = diff("2026.12.01.1", "2026.12.01.2")
    except HagueError as exc:  # a shallow clone has not the history
        pytest.skip(exc.message)
    # 2026.12.01.2 entered the six Tarhunah suspects (data/CHANGELOG.md)
    added = [p for p, c in d["situations"]["icc-01-11"]["cases"].items() if c["status"] == "added"]
    assert len(added) == 6 and "Nasser Muhammad Muftah Daou" in added
    assert d["old"]["data_version"] == "2026.12.01.1" and d["new"]["data_version"] == "2026.12.01.2"


def test_an_unknown_version_or_revision_exits_2():
    if not in_checkout():
        pytest.skip("not a git checkout")
    run = subprocess.run([HAGUE, "diff", "1999.01.01.1"], capture_output=True, text=True)
    assert run.returncode == 2 and "no commit of this checkout has data version" in run.stderr
    run = subprocess.run([HAGUE, "diff", "no-such-revision"], capture_output=True, text=True)
    assert run.returncode == 2 and "git revision" in run.stderr


def test_outside_a_checkout_a_revision_is_refused_and_folders_still_work(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path / "no-git-here")}  # git cannot be found: as outside a checkout
    run = subprocess.run([HAGUE, "diff", "HEAD~1"], capture_output=True, text=True, env=env)
    assert run.returncode == 2, run.stderr
    assert "git checkout" in run.stderr and "hague diff OLD_FOLDER NEW_FOLDER" in run.stderr
    assert "Traceback" not in run.stderr
    a = copy(tmp_path, "a")
    run = subprocess.run([HAGUE, "diff", str(a)], capture_output=True, text=True, env=env)  # against the data in use
    assert run.returncode == 0, run.stderr
