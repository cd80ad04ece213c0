"""Read the data files into validated records, or say exactly what is wrong where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from hague.errors import DataError, LedgerInvalid
from hague.ledger import names
from hague.ledger.model import Amendment, Event, Instruments, SecurityCouncil, StateFile, StateRecord
from hague.ledger.schema import ValidationError, explain, validate
from hague.meta import default_data_dir

__all__ = ["LedgerInvalid", "default_data_dir", "load_all", "load_instruments", "load_state", "read_yaml"]


def load_security_council(data_dir: Path) -> SecurityCouncil:
    path = data_dir / "security_council.yaml"
    if not path.exists():
        return SecurityCouncil()
    raw, _ = read_yaml(path)
    try:
        return validate(SecurityCouncil, raw or {})
    except ValidationError as exc:
        raise DataError(str(path), None, explain(exc)) from None


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """Safe loading, with dates left as text so that the model validates them and an
    impossible day (1999-02-30) is reported with its field and line, not as a crash."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}


def _no_duplicate_keys(path: Path, node: yaml.Node) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            line = key.start_mark.line + 1
            if key.value in seen:
                raise DataError(
                    str(path),
                    line,
                    f"duplicate key {key.value!r} (first on line {seen[key.value]})",
                )
            seen[key.value] = line
            _no_duplicate_keys(path, value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _no_duplicate_keys(path, item)


def _no_aliases(path: Path, text: str) -> None:
    """Data files are plain: an alias (*name) can make a 600-byte file expand without bound."""
    if "*" not in text and "&" not in text:
        return
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            raise DataError(str(path), line, "anchors and aliases (&name, *name) are not allowed in data files")


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """The document and its node tree (for line numbers); DataError names file and line."""
    try:
        text = path.read_text(encoding="utf-8")
        _no_aliases(path, text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None:
                _no_duplicate_keys(path, node)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        # Where the broken construct starts (context) is more useful than where the parser
        # gave up (problem), which may be the end of the file.
        mark = exc.context_mark or exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        detail = f"{exc.context}: {exc.problem}" if exc.context else exc.problem
        raise DataError(str(path), line, f"not valid YAML: {detail}") from None
    except yaml.YAMLError as exc:
        raise DataError(str(path), None, f"not valid YAML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(str(path), None, f"cannot be read: {exc}") from None
    return data, node


def _event_lines(node: yaml.Node | None) -> list[int]:
    """1-based first line of each item under the top-level 'events' key."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "events" and isinstance(value, yaml.SequenceNode):
                return [item.start_mark.line + 1 for item in value.value]
    return []


def load_instruments(data_dir: Path) -> Instruments:
    path = data_dir / "instruments.yaml"
    raw, _ = read_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(str(path), 1, "expected a mapping with 'rome-statute' and 'amendments'")
    try:
        return validate(
            Instruments,
            {
                "rome_statute": raw.get("rome-statute"),
                "amendments": raw.get("amendments") or {},
            },
        )
    except ValidationError as exc:
        raise DataError(str(path), None, explain(exc)) from None


def load_state(path: Path, amendments: dict[str, Amendment]) -> StateRecord:
    raw, node = read_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(str(path), 1, "expected a mapping with 'state', 'checked_on' and 'events'")
    raw_events = raw.get("events")
    events: list[Event] = []
    lines = _event_lines(node)
    if isinstance(raw_events, list):
        for i, item in enumerate(raw_events):
            try:
                events.append(validate(Event, item))
            except ValidationError as exc:
                raise DataError(str(path), lines[i], f"event {i + 1}: {explain(exc)}") from None
    try:
        head = validate(StateFile, {**raw, "events": []})
    except ValidationError as exc:
        raise DataError(str(path), 1, explain(exc)) from None
    if raw_events is None or not isinstance(raw_events, list):
        raise DataError(str(path), 1, "'events' must be a list (use 'events: []' for none)")
    expected = path.stem.upper()
    if head.state != expected:
        raise DataError(str(path), 1, f"state {head.state} does not match file name {path.name}")
    if head.state not in names.all_states():
        raise DataError(str(path), 1, f"state {head.state} is not a state hague covers")
    for i, (event, line) in enumerate(zip(events, lines, strict=True)):
        if i and event.date < events[i - 1].date:
            raise DataError(
                str(path),
                line,
                f"events out of date order: {event.date} follows {events[i - 1].date}",
            )
        if event.amendment is not None and event.amendment not in amendments:
            raise DataError(
                str(path),
                line,
                f"amendment {event.amendment!r} is unknown; valid: {', '.join(amendments)}",
            )
        for j in range(i):
            if (
                events[j].date == event.date
                and events[j].kind == event.kind
                and (events[j].amendment == event.amendment)
            ):
                raise DataError(
                    str(path),
                    line,
                    f"duplicate event: {event.kind} on {event.date} (also line {lines[j]})",
                )
    return StateRecord(
        head.state,
        head.checked_on,
        tuple(events),
        path,
        tuple(lines),
        tuple(head.caveats),
        names.name(head.state),
        tuple(head.gaps),
    )


def load_all(data_dir: Path) -> tuple[Instruments, SecurityCouncil, dict[str, StateRecord]]:
    """Every file, or LedgerInvalid listing every problem."""
    problems: list[DataError] = []
    try:
        instruments = load_instruments(data_dir)
        council = load_security_council(data_dir)
    except DataError as exc:
        raise LedgerInvalid([exc]) from None
    states: dict[str, StateRecord] = {}
    folder = data_dir / "states"
    for path in sorted(folder.glob("*.yaml")):
        try:
            record = load_state(path, instruments.amendments)
        except DataError as exc:
            problems.append(exc)
            continue
        states[record.iso3] = record
    for iso3 in names.all_states():
        if iso3 not in states and not any(p.path.endswith(f"{iso3.lower()}.yaml") for p in problems):
            problems.append(
                DataError(
                    str(folder / f"{iso3.lower()}.yaml"),
                    None,
                    f"missing: every state needs a file ({names.name(iso3)})",
                )
            )
    for referral in council.referrals:
        for iso3 in referral.territories:
            if iso3 not in states:
                problems.append(DataError(str(data_dir / "security_council.yaml"), None, f"unknown state {iso3}"))
    if problems:
        raise LedgerInvalid(problems)
    return instruments, council, states


def load_groups(data_dir: Path, groups: tuple[str, ...]) -> dict[str, str]:
    """regional_groups.yaml: State -> its regional group ({} when the file is absent)."""
    path = data_dir / "regional_groups.yaml"
    if not path.exists():
        return {}
    raw, _ = read_yaml(path)
    if not isinstance(raw, dict):
        raise LedgerInvalid([DataError(str(path), 1, "expected a mapping with 'groups'")])
    out: dict[str, str] = {}
    for group, members in (raw.get("groups") or {}).items():
        if group not in groups:
            raise LedgerInvalid([DataError(str(path), None, f"unknown group {group!r}; valid: {', '.join(groups)}")])
        for iso3 in members or []:
            out[str(iso3)] = group
    return out
