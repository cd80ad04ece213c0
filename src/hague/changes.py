"""The change feed: each data version, its day and what changed, from data/CHANGELOG.md (which
ships with the data), and in a checkout the events each version added, removed or changed
(hague.versions.diff between consecutive versions). As JSON (JSON Feed 1.1) and Atom."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from hague import meta
from hague.errors import HagueError

_HEADING = re.compile(r"^## (?P<version>\d{4}\.\d{2}(?:\.\d{2}\.\d+)?)[ ,(]+[^0-9]*(?P<day>\d{4}-\d{2}-\d{2})", re.M)
FEED_ID = "tag:hague,2026:data-changes"


@dataclass(frozen=True)
class Version:
    version: str
    day: date
    text: str  # the changelog's entry, Markdown

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "date": self.day.isoformat(), "text": self.text}


def versions(data_dir: Path | None = None) -> list[Version]:
    """Every data version in data/CHANGELOG.md, newest first."""
    path = (data_dir or meta.default_data_dir()) / "CHANGELOG.md"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise HagueError(f"changes: cannot read {path} ({exc.strerror})", field="data") from None
    found = list(_HEADING.finditer(text))
    out = []
    for i, m in enumerate(found):
        body = text[m.end() : found[i + 1].start() if i + 1 < len(found) else len(text)]
        body = body.split("\n", 1)[1].strip() if "\n" in body else ""
        out.append(Version(m["version"], date.fromisoformat(m["day"]), body))
    return out


def changes(since: str | None = None, events: bool = False, data_dir: Path | None = None) -> dict[str, Any]:
    """The versions after `since` (a day YYYY-MM-DD, from that day on; or a data version,
    after it), newest first; with `events`, each version's changes against the one before
    (needs a git checkout: hague diff)."""
    every = versions(data_dir)
    chosen = every
    if since:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
            from hague.dates import parse_day

            day = parse_day(since, "since")
            chosen = [v for v in every if v.day >= day]
        else:
            known = [v.version for v in every]
            if since not in known:
                listed = ", ".join(dict.fromkeys(known))  # 2026.11 names two updates (before versions had a day)
                raise HagueError(f"since: {since!r} is not a data version; valid: {listed}", field="since")
            chosen = every[: known.index(since)]
    rows = [v.to_json() for v in chosen]
    if events:
        from hague.versions import diff, in_checkout

        if not in_checkout():
            raise HagueError("events: the changes of each version need a git checkout of hague", field="events")
        for row, older in zip(rows, [*every[1:], None][: len(rows)], strict=False):
            if older is not None:
                d = diff(older.version, row["version"])
                row["changes"] = {"summary": d["summary"], "states": d["states"], "situations": d["situations"]}
    return {"since": since, "count": len(rows), "versions": rows, "meta": meta.meta(data_dir)}


def json_feed(answer: dict[str, Any], base: str) -> dict[str, Any]:
    """JSON Feed 1.1 of `changes()`."""
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "hague: changes to the data",
        "home_page_url": base + "/",
        "feed_url": base + "/api/v1/changes",
        "items": [
            {
                "id": f"{FEED_ID}:{v['version']}:{v['date']}",
                "title": f"Data version {v['version']}",
                "content_text": v["text"],
                "date_published": f"{v['date']}T00:00:00Z",
            }
            for v in answer["versions"]
        ],
    }


def atom(answer: dict[str, Any], base: str) -> str:
    """An Atom feed of `changes()`."""
    ns = "http://www.w3.org/2005/Atom"
    feed = ET.Element("feed", xmlns=ns)
    ET.SubElement(feed, "id").text = FEED_ID
    ET.SubElement(feed, "title").text = "hague: changes to the data"
    newest = answer["versions"][0]["date"] if answer["versions"] else date.today().isoformat()
    ET.SubElement(feed, "updated").text = f"{newest}T00:00:00Z"
    ET.SubElement(feed, "link", href=base + "/changes.atom", rel="self")
    author = ET.SubElement(feed, "author")
    ET.SubElement(author, "name").text = "hague"
    for v in answer["versions"]:
        entry = ET.SubElement(feed, "entry")
        ET.SubElement(entry, "id").text = f"{FEED_ID}:{v['version']}:{v['date']}"
        ET.SubElement(entry, "title").text = f"Data version {v['version']}"
        ET.SubElement(entry, "updated").text = f"{v['date']}T00:00:00Z"
        ET.SubElement(entry, "content", type="text").text = v["text"]
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode")
