"""The data version changes with every data change (issue 15): `hague --version` and every
answer's `meta.data_version` read data/VERSION, so a change to a data file that left it
alone would be served under the old version's name. Checked against git history in a git
checkout (skipped elsewhere, e.g. from an installed wheel)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def checkout() -> None:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    try:
        git("rev-parse", "--verify", "HEAD")
    except subprocess.CalledProcessError:
        pytest.skip("not a git checkout with history")


def changed_in(commit: str) -> set[str]:
    """Files a commit changed (against its first parent; all its files for a root commit)."""
    try:
        out = git("diff", "--name-only", f"{commit}^1", commit)
    except subprocess.CalledProcessError:
        out = git("show", "--name-only", "--format=", commit)
    return set(out.split())


def test_the_last_data_change_also_changed_data_version(checkout):
    """The last commit touching a file under data/ (other than the changelog) bumped
    data/VERSION, or the working tree's data/VERSION already differs from that commit's."""
    last = git("log", "-1", "--format=%H", "--", "data", ":(exclude)data/CHANGELOG.md").strip()
    if not last:
        pytest.skip("no commit touches data/")
    if "data/VERSION" in changed_in(last):
        return
    then = git("show", f"{last}:data/VERSION").strip()
    now = (DATA / "VERSION").read_text(encoding="utf-8").strip()
    touched = sorted(f for f in changed_in(last) if f.startswith("data/") and f != "data/CHANGELOG.md")
    assert now != then, (
        f"commit {last[:8]} changed {', '.join(touched)} but left data/VERSION at {then}: "
        "bump it (YYYY.MM.DD.N) and add a data/CHANGELOG.md entry"
    )


def test_the_changelog_has_an_entry_for_the_current_version():
    version = (DATA / "VERSION").read_text(encoding="utf-8").strip()
    assert re.fullmatch(r"\d{4}\.\d{2}(\.\d{2}\.\d+)?", version), version
    changelog = (DATA / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(version)}\b", changelog, re.M), (
        f"data/CHANGELOG.md has no '## {version}' heading"
    )


def test_version_and_meta_read_the_same_file():
    from typer.testing import CliRunner

    from hague.cli import app
    from hague.ledger import Ledger

    version = (DATA / "VERSION").read_text(encoding="utf-8").strip()
    assert f"(data {version})" in CliRunner().invoke(app, ["--version"]).stdout
    assert Ledger(DATA).meta["data_version"] == version
