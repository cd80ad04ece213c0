"""The change feed: every data version with its day and entry, from data/CHANGELOG.md; the same
in the CLI, the API (JSON Feed) and Atom (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hague.api.app import create_app
from hague.changes import changes, versions
from hague.cli import app
from hague.errors import HagueError

VERSION = (Path(__file__).parents[1] / "data" / "VERSION").read_text().strip()


def test_every_version_newest_first_with_its_day():
    every = versions()
    assert every[0].version == VERSION
    assert [v.day for v in every] == sorted((v.day for v in every), reverse=True)
    assert every[-1].version == "2026.11" and every[-1].text.startswith("- Ledger: 197 states")


def test_since_a_version_or_a_day():
    every = [v.version for v in versions()]
    assert [v["version"] for v in changes(since=every[2])["versions"]] == every[:2]
    assert changes(since="2026-11-27")["count"] == len(every) - 1  # all but the first release
    with pytest.raises(HagueError, match="not a data version"):
        changes(since="1999.01")


def test_cli_api_and_atom_agree():
    cli = json.loads(CliRunner().invoke(app, ["changes", "--json"]).stdout)
    client = TestClient(create_app())
    feed = client.get("/api/v1/changes").json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["hague"]["versions"] == cli["versions"]
    assert len(feed["items"]) == cli["count"]
    atom = client.get("/changes.atom")
    assert atom.headers["content-type"].startswith("application/atom+xml")
    entries = ET.fromstring(atom.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == cli["count"]
    assert client.get("/api/v1/changes", params={"since": "nope"}).status_code == 400
