"""Add an event to a state's data file, in date order, leaving every comment in place.

The file is never left half-written: the new text is written to a temporary file of the same
name in a hidden folder beside it, flushed to disk, validated as the loader would read it,
and only then renamed over the old file (a rename within one folder tree is atomic), all
under a lock on the data folder so that two writers take turns. A writer killed at any
moment leaves the old file or the new one, and at worst a hidden `.ingest-*` folder that the
next write removes.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from hague.errors import DataError
from hague.ledger.load import read_yaml
from hague.ledger.model import Event
from hague.ledger.schema import validate

_ORDER = (
    "date",
    "kind",
    "amendment",
    "entry_into_force",
    "effective",
    "period",
    "scope",
    "source",
    "note",
)


def render(event: dict[str, Any], comment: str | None = None) -> str:
    """The YAML text of one event, as it sits under `events:`."""
    validate(Event, event)  # refuse to write what the loader would refuse to read
    ordered = {k: event[k] for k in _ORDER if event.get(k) is not None}
    ordered.update({k: v for k, v in event.items() if k not in ordered and v is not None})
    body = yaml.safe_dump([ordered], sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    lines = ["  " + line if line.strip() else line for line in body.splitlines()]
    head = [f"  # {line}" for line in comment.splitlines()] if comment else []
    return "\n".join(head + lines) + "\n"


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """An exclusive lock on a data folder's states, held while one writer reads and rewrites a file."""
    with open(folder / ".hague-write.lock", "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def replace_checked(path: Path, text: str, check: Callable[[Path], object] | None = None) -> None:
    """Write `text` over `path` atomically, after `check` (which raises on a bad file) passes
    on the new text under the file's own name."""
    for stale in path.parent.glob(".ingest-*"):  # left by a writer that was killed
        shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=".ingest-", dir=path.parent))
    try:
        draft = work / path.name
        with open(draft, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if check is not None:
            check(draft)
        os.replace(draft, path)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # the rename itself reaches the disk
        finally:
            os.close(dir_fd)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def insert_event(
    path: Path, event: dict[str, Any], comment: str | None = None, check: Callable[[Path], object] | None = None
) -> None:
    """Insert before the first event dated later (and before that event's comments), atomically,
    under the folder's lock, once `check` passes on the new file."""
    with locked(path.parent):
        text = _inserted(path, event, comment)
        replace_checked(path, text, check)


def _inserted(path: Path, event: dict[str, Any], comment: str | None) -> str:
    text = path.read_text(encoding="utf-8")
    _, node = read_yaml(path)
    if not isinstance(node, yaml.MappingNode):
        raise DataError(str(path), 1, "expected a mapping")
    events_node = next((v for k, v in node.value if k.value == "events"), None)
    if events_node is None:
        raise DataError(str(path), 1, "no 'events' key")
    lines = text.splitlines(keepends=True)
    block = render(event, comment)
    when: date = event["date"]
    if isinstance(events_node, yaml.SequenceNode) and events_node.flow_style:
        if events_node.value:
            raise DataError(str(path), events_node.start_mark.line + 1, "write events as a block list")
        line_no = events_node.start_mark.line
        lines[line_no] = lines[line_no].replace("[]", "", 1).rstrip() + "\n"
        lines.insert(line_no + 1, block)
    else:
        assert isinstance(events_node, yaml.SequenceNode)
        at = len(lines)
        for item in events_node.value:
            item_date = next((v.value for k, v in item.value if k.value == "date"), None)
            if item_date is not None and date.fromisoformat(item_date) > when:
                at = item.start_mark.line
                while at > 0 and lines[at - 1].lstrip().startswith("#"):
                    at -= 1
                break
        if at == len(lines) and lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines.insert(at, block)
    return "".join(lines)
