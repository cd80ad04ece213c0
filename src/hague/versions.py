"""Versions of the data, and what changed between two of them: States (events, declarations,
amendment acceptances, caveats), amendments, situations and cases."""

from __future__ import annotations

import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from hague import meta
from hague.errors import DataError, HagueError
from hague.ledger.load import load_instruments, load_state
from hague.ledger.model import Event

REPO = Path(__file__).resolve().parents[2]


def _git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True)


def in_checkout() -> bool:
    """Whether hague runs from a git checkout of itself (revisions can be read then)."""
    try:
        done = _git("rev-parse", "--show-toplevel")
    except OSError:  # no git at all
        return False
    return done.returncode == 0 and Path(done.stdout.strip()).resolve() == REPO and (REPO / "data").is_dir()


def _version_commit(version: str) -> str | None:
    """The last commit at which data/VERSION read `version` (a released data version)."""
    done = _git("log", "--format=%H", "--", "data/VERSION")
    for commit in done.stdout.split():
        shown = _git("show", f"{commit}:data/VERSION")
        if shown.returncode == 0 and shown.stdout.strip() == version:
            # the version holds until the next commit that changes data/VERSION: take that one's parent
            later = _git("log", "--format=%H", f"{commit}..HEAD", "--", "data/VERSION").stdout.split()
            return f"{later[-1]}^" if later else "HEAD"
    return None


@contextmanager
def data_folder(spec: str) -> Iterator[tuple[Path, str]]:
    """A data folder: a path to one, a data version (2026.12.01.2: the data as that version
    last stood), or a git revision of this project (its data/ then)."""
    path = Path(spec)
    if (path / "states").is_dir():
        yield path, str(path)
        return
    if (path / "data" / "states").is_dir():
        yield path / "data", str(path / "data")
        return
    if not in_checkout():
        raise HagueError(
            f"diff: {spec!r} is not a data folder (one with states/), and versions and git revisions can be read only "
            f"when hague runs from a git checkout of itself (it runs from {str(REPO)!r}); give two data folders: "
            "hague diff OLD_FOLDER NEW_FOLDER",
            field="revision",
        )
    revision, label = spec, spec
    if _VERSION.fullmatch(spec):
        found = _version_commit(spec)
        if found is None:
            raise HagueError(
                f"diff: no commit of this checkout has data version {spec!r} (data/VERSION); known: "
                f"{', '.join(_known_versions()[:8])}…",
                field="revision",
            )
        revision, label = found, f"{spec} ({found})"
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "data.tar"
        done = _git("archive", "--format=tar", "-o", str(archive), revision, "data")
        if done.returncode != 0:
            raise HagueError(
                f"diff: {spec!r} is neither a data folder (with states/), a data version nor a git revision of this "
                f"project ({done.stderr.strip() or 'git failed'})",
                field="revision",
            )
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        yield Path(tmp) / "data", label


_VERSION = re.compile(r"\d{4}\.\d{2}(\.\d{2}\.\d+)?")


@contextmanager
def released(version: str) -> Iterator[Path]:
    """The data folder of a data version (2026.12.01.2) as it last stood in this checkout's
    history; HagueError (field data_version) for anything else, before any work."""
    if not _VERSION.fullmatch(version):
        raise HagueError(
            f"data-version: {version!r} is not a data version (YYYY.MM.DD.N, as data/VERSION and `hague changes` "
            "give them)",
            field="data_version",
        )
    if not in_checkout():
        raise HagueError(
            f"data-version: past data versions are read from the git history, and hague does not run from a git "
            f"checkout of itself (it runs from {str(REPO)!r}); build from a data folder instead: "
            "HAGUE_DATA=FOLDER hague release OUT",
            field="data_version",
        )
    commit = _version_commit(version)
    if commit is None:
        raise HagueError(
            f"data-version: no data version {version!r} in this checkout's history (data/VERSION); known: "
            f"{', '.join(_known_versions()[:8])}…",
            field="data_version",
        )
    with data_folder(commit) as (folder, _):
        yield folder


def _known_versions() -> list[str]:
    seen: list[str] = []
    for commit in _git("log", "--format=%H", "--", "data/VERSION").stdout.split():
        v = _git("show", f"{commit}:data/VERSION").stdout.strip()
        if v and v not in seen:
            seen.append(v)
    return seen


def _events(folder: Path) -> tuple[str, dict[str, dict[tuple[str, str, str | None], Event]], dict[str, list[str]]]:
    instruments = load_instruments(folder)
    version_file = folder / "VERSION"
    version = version_file.read_text().strip() if version_file.exists() else "unversioned"
    out: dict[str, dict[tuple[str, str, str | None], Event]] = {}
    caveats: dict[str, list[str]] = {}
    for path in sorted((folder / "states").glob("*.yaml")):
        try:
            record = load_state(path, instruments.amendments)
        except DataError as exc:
            raise HagueError(f"diff: {exc.message}", field="revision") from None
        out[record.iso3] = {(e.date.isoformat(), e.kind.value, e.amendment): e for e in record.events}
        caveats[record.iso3] = list(record.caveats)
    return version, out, caveats


def _yaml(path: Path) -> Any:
    """A data file as plain data (read as written, not validated: an older revision's format
    may differ from today's, and its diff must still be shown)."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise HagueError(f"diff: cannot read {path.name} ({exc})", field="revision") from None


def _plain(value: Any) -> Any:
    """YAML values as JSON-ready ones (days as ISO text)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _fields(a: dict[str, Any], b: dict[str, Any]) -> dict[str, list[Any]]:
    x, y = _flat(a), _flat(b)
    return {f: [x.get(f), y.get(f)] for f in sorted(set(x) | set(y)) if x.get(f) != y.get(f)}


def _keyed(items: list[Any], key: Any) -> dict[Any, dict[str, Any]]:
    out: dict[Any, dict[str, Any]] = {}
    for item in items or []:
        if isinstance(item, dict):
            k = key(item)
            while k in out:  # two entries with the same key: keep both, in order
                k = (*k, "again") if isinstance(k, tuple) else (k, "again")
            out[k] = item
    return out


def _list_diff(a: list[Any], b: list[Any], key: Any, label: Any) -> dict[str, list[Any]]:
    """Entries added, removed and changed between two lists of mappings, matched by `key`."""
    x, y = _keyed(a, key), _keyed(b, key)
    return {
        "added": [_plain(y[k]) for k in y if k not in x],
        "removed": [_plain(x[k]) for k in x if k not in y],
        "changed": [
            {**label(y[k]), "fields": _fields(_plain(x[k]), _plain(y[k]))}
            for k in y
            if k in x and _plain(x[k]) != _plain(y[k])
        ],
    }


def _event_key(e: dict[str, Any]) -> tuple[str, str]:
    return (str(e.get("date")), str(e.get("kind")))


def _event_label(e: dict[str, Any]) -> dict[str, Any]:
    return {"date": _plain(e.get("date")), "kind": e.get("kind")}


def _amendments(folder: Path) -> dict[str, Any]:
    data = _yaml(folder / "instruments.yaml") or {}
    found = data.get("amendments") or {}
    return {str(k): _plain(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _situations(folder: Path) -> dict[str, dict[str, Any]]:
    here = folder / "situations"
    return {p.stem: _yaml(p) or {} for p in sorted(here.glob("*.yaml"))} if here.is_dir() else {}


def _files(old: Path, new: Path) -> dict[str, str]:
    """Every data file added, removed or changed, byte for byte (path -> added, removed,
    changed): a change no section above reads (a README, the state-system lists, the Security
    Council's file) still shows."""

    def listing(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    a, b = listing(old), listing(new)
    out = {}
    for name in sorted(set(a) | set(b)):
        if name not in a:
            out[name] = "added"
        elif name not in b:
            out[name] = "removed"
        elif a[name] != b[name]:
            out[name] = "changed"
    return out


def _situation_diff(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    top = {k: v for k, v in _plain(a).items() if k not in ("events", "cases")}
    top_new = {k: v for k, v in _plain(b).items() if k not in ("events", "cases")}
    events = _list_diff(a.get("events") or [], b.get("events") or [], _event_key, _event_label)
    old_cases = _keyed(a.get("cases") or [], lambda c: str(c.get("person")))
    new_cases = _keyed(b.get("cases") or [], lambda c: str(c.get("person")))
    cases: dict[str, Any] = {}
    for person in [*new_cases, *(p for p in old_cases if p not in new_cases)]:
        x, y = old_cases.get(person), new_cases.get(person)
        if x is None or y is None:
            cases[str(person)] = {"status": "added" if x is None else "removed", "case": _plain(y if x is None else x)}
            continue
        if _plain(x) == _plain(y):
            continue
        head = _fields(
            {k: v for k, v in _plain(x).items() if k != "events"}, {k: v for k, v in _plain(y).items() if k != "events"}
        )
        cases[str(person)] = {
            "status": "changed",
            "fields": head,
            "events": _list_diff(x.get("events") or [], y.get("events") or [], _event_key, _event_label),
        }
    return {"fields": _fields(top, top_new), "events": events, "cases": cases}


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


def diff(old: str, new: str | None = None) -> dict[str, Any]:
    """What changed between two data versions: each State's events (declarations and
    amendment acceptances among them) and caveats, the amendments' own records, and the
    situations with their events and cases. `new` None: the data in use (meta.default_data_dir)."""
    new_spec = new if new is not None else str(meta.default_data_dir())
    with data_folder(old) as (old_dir, old_label), data_folder(new_spec) as (new_dir, new_label):
        old_version, before, old_caveats = _events(old_dir)
        new_version, after, new_caveats = _events(new_dir)
        old_amendments, new_amendments = _amendments(old_dir), _amendments(new_dir)
        old_situations, new_situations = _situations(old_dir), _situations(new_dir)
        files = _files(old_dir, new_dir)
    states: dict[str, Any] = {}
    totals = {"added": 0, "removed": 0, "changed": 0}
    counts = {"declarations": 0, "amendment_acceptances": 0, "caveats": 0}
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
        was, now = old_caveats.get(iso3, []), new_caveats.get(iso3, [])
        caveats = {"added": [c for c in now if c not in was], "removed": [c for c in was if c not in now]}
        if added or removed or changed or caveats["added"] or caveats["removed"]:
            states[iso3] = {"added": added, "removed": removed, "changed": changed, "caveats": caveats}
            totals["added"] += len(added)
            totals["removed"] += len(removed)
            totals["changed"] += len(changed)
            kinds = [e["kind"] for e in added + removed + changed]
            counts["declarations"] += sum(k.startswith("declaration") for k in kinds)
            counts["amendment_acceptances"] += sum(k == "amendment_acceptance" for k in kinds)
            counts["caveats"] += len(caveats["added"]) + len(caveats["removed"])
    amendments: dict[str, Any] = {}
    for aid in sorted(set(old_amendments) | set(new_amendments)):
        was_a, now_a = old_amendments.get(aid), new_amendments.get(aid)
        if was_a is None or now_a is None:
            amendments[aid] = {"status": "added" if was_a is None else "removed"}
        elif was_a != now_a:
            amendments[aid] = {"status": "changed", "fields": _fields(was_a, now_a)}
    situations: dict[str, Any] = {}
    for slug in sorted(set(old_situations) | set(new_situations)):
        was_s, now_s = old_situations.get(slug), new_situations.get(slug)
        if was_s is None or now_s is None:
            present = now_s if was_s is None else was_s
            assert present is not None
            situations[slug] = {
                "status": "added" if was_s is None else "removed",
                "name": present.get("name"),
                "cases": len(present.get("cases") or []),
            }
        elif _plain(was_s) != _plain(now_s):
            situations[slug] = {"status": "changed", "name": now_s.get("name"), **_situation_diff(was_s, now_s)}
    changed_cases = sum(len(s["cases"]) if s["status"] == "changed" else s["cases"] for s in situations.values())
    return {
        "old": {"revision": old_label, "data_version": old_version},
        "new": {"revision": new_label, "data_version": new_version},
        "summary": {
            **totals,
            **counts,
            "states": len(states),
            "amendments": len(amendments),
            "situations": len(situations),
            "cases": changed_cases,
            "files": len(files),
        },
        "states": states,
        "amendments": amendments,
        "situations": situations,
        "files": files,
    }
