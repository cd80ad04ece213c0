"""Versions of the data, and what changed between two of them, event by event."""

from __future__ import annotations

import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hague.errors import DataError, HagueError
from hague.ledger.load import load_instruments, load_state
from hague.ledger.model import Event

REPO = Path(__file__).resolve().parents[2]


@contextmanager
def data_folder(spec: str) -> Iterator[tuple[Path, str]]:
    """A data folder: a path to one, or a git revision of this project (its data/ then)."""
    path = Path(spec)
    if (path / "states").is_dir():
        yield path, str(path)
        return
    if (path / "data" / "states").is_dir():
        yield path / "data", str(path / "data")
        return
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "data.tar"
        done = subprocess.run(
            ["git", "-C", str(REPO), "archive", "--format=tar", "-o", str(archive), spec, "data"],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise HagueError(
                f"diff: {spec!r} is neither a data folder (with states/) nor a git revision of this project "
                f"({done.stderr.strip() or 'git failed'})",
                field="revision",
            )
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp) / "data", spec


def _events(folder: Path) -> tuple[str, dict[str, dict[tuple[str, str, str | None], Event]]]:
    instruments = load_instruments(folder)
    version_file = folder / "VERSION"
    version = version_file.read_text().strip() if version_file.exists() else "unversioned"
    out: dict[str, dict[tuple[str, str, str | None], Event]] = {}
    for path in sorted((folder / "states").glob("*.yaml")):
        try:
            record = load_state(path, instruments.amendments)
        except DataError as exc:
            raise HagueError(f"diff: {exc.message}", field="revision") from None
        out[record.iso3] = {(e.date.isoformat(), e.kind.value, e.amendment): e for e in record.events}
    return version, out


def _brief(e: Event) -> dict[str, Any]:
    return e.to_json()


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{'source': {'ref': x}} -> {'source.ref': x}: a change names the field that moved."""
    out: dict[str, Any] = {}
    for k, v in data.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[prefix + k] = v
    return out


def diff(old: str, new: str) -> dict[str, Any]:
    """Events added, removed and changed per State between two data versions."""
    with data_folder(old) as (old_dir, old_label), data_folder(new) as (new_dir, new_label):
        old_version, before = _events(old_dir)
        new_version, after = _events(new_dir)
    states: dict[str, Any] = {}
    totals = {"added": 0, "removed": 0, "changed": 0}
    for iso3 in sorted(set(before) | set(after)):
        a, b = before.get(iso3, {}), after.get(iso3, {})
        added = [_brief(b[k]) for k in sorted(set(b) - set(a), key=str)]
        removed = [_brief(a[k]) for k in sorted(set(a) - set(b), key=str)]
        changed = []
        for k in sorted(set(a) & set(b), key=str):
            x, y = _flat(a[k].to_json()), _flat(b[k].to_json())
            if x != y:
                fields = {f: [x.get(f), y.get(f)] for f in sorted(set(x) | set(y)) if x.get(f) != y.get(f)}
                changed.append({"date": k[0], "kind": k[1], "amendment": k[2], "fields": fields})
        if added or removed or changed:
            states[iso3] = {"added": added, "removed": removed, "changed": changed}
            totals["added"] += len(added)
            totals["removed"] += len(removed)
            totals["changed"] += len(changed)
    return {
        "old": {"revision": old_label, "data_version": old_version},
        "new": {"revision": new_label, "data_version": new_version},
        "summary": totals,
        "states": states,
    }
