"""Read the data files into validated records, or say exactly what is wrong where."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hague.errors import DataError
from hague.ledger import names
from hague.ledger.model import Event, Kind, Source, StateFile


def default_data_dir() -> Path:
    """HAGUE_DATA if set; else the `data/` folder of this checkout; else the copy a wheel
    installs under <prefix>/share/hague/data (see pyproject.toml)."""
    env = os.environ.get("HAGUE_DATA")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[3] / "data"
    if (checkout / "instruments.yaml").is_file():
        return checkout
    return Path(sys.prefix) / "share" / "hague" / "data"


class Amendment(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    untc: str
    procedure: str  # "121(5)" or "121(4)"
    adopted: date
    activated: date | None = None  # aggression: ICC-ASP/16/Res.5
    provisions: list[str] = []  # art. 8 provisions the amendment adds
    resolution: str | None = None
    sources: list[Source]
    note: str | None = None
    caveats: list[str] = []  # known gaps in the recorded acceptances, shown with answers relying on them


class Statute(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    untc: str
    adopted: date
    sixtieth_deposit: date
    entry_into_force: date
    sources: list[Source]


class Referral(BaseModel):
    """A Security Council referral under art. 13(b), with its situation's scope."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    resolution: int
    adopted: date
    situation: str
    territories: list[str]
    scope: str
    since: date
    until: date | None = None
    source: Source
    note: str | None = None

    def covers(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day < self.until)


class Deferral(BaseModel):
    """A Security Council request under art. 16 (half-open [from, to))."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    resolution: int
    adopted: date
    start: date = Field(alias="from")
    end: date = Field(alias="to")
    scope: str
    source: Source
    note: str | None = None


class SecurityCouncil(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    referrals: list[Referral] = []
    deferrals: list[Deferral] = []

    def referral(self, resolution: int) -> Referral | None:
        return next((r for r in self.referrals if r.resolution == resolution), None)


def load_security_council(data_dir: Path) -> SecurityCouncil:
    path = data_dir / "security_council.yaml"
    if not path.exists():
        return SecurityCouncil()
    raw, _ = read_yaml(path)
    try:
        return SecurityCouncil.model_validate(raw or {})
    except ValidationError as exc:
        raise DataError(str(path), None, _explain(exc)) from None


class Instruments(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rome_statute: Statute
    amendments: dict[str, Amendment] = {}


@dataclass(frozen=True)
class StateRecord:
    iso3: str
    checked_on: date
    events: tuple[Event, ...]
    path: Path
    lines: tuple[int, ...]  # 1-based line of each event in its file
    caveats: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return names.name(self.iso3)


class LedgerInvalid(Exception):
    """Every problem found, each naming its file and line; no partial ledger."""

    def __init__(self, problems: list[DataError]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message for p in problems))


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


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """The document and its node tree (for line numbers); DataError names file and line."""
    try:
        text = path.read_text(encoding="utf-8")
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


def _explain(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "enum":
            msg = f"{err['input']!r} is not a kind; valid: {', '.join(k.value for k in Kind)}"
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)


def load_instruments(data_dir: Path) -> Instruments:
    path = data_dir / "instruments.yaml"
    raw, _ = read_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(str(path), 1, "expected a mapping with 'rome-statute' and 'amendments'")
    try:
        return Instruments.model_validate(
            {
                "rome_statute": raw.get("rome-statute"),
                "amendments": raw.get("amendments") or {},
            }
        )
    except ValidationError as exc:
        raise DataError(str(path), None, _explain(exc)) from None


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
                events.append(Event.model_validate(item))
            except ValidationError as exc:
                raise DataError(str(path), lines[i], f"event {i + 1}: {_explain(exc)}") from None
    try:
        head = StateFile.model_validate({**raw, "events": []})
    except ValidationError as exc:
        raise DataError(str(path), 1, _explain(exc)) from None
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
    return StateRecord(head.state, head.checked_on, tuple(events), path, tuple(lines), tuple(head.caveats))


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
