"""The ledger: every State's record, and what it says on any day."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from hague import meta
from hague.errors import HagueError
from hague.ledger import model, names, snapshot
from hague.ledger.facts import StateFacts, compile_facts
from hague.ledger.model import DEPOSITS, Event, Instruments, Kind, SecurityCouncil, StateRecord, as_json
from hague.ledger.status import (
    PARTY_STATUSES,
    Segment,
    Status,
    amendments_on,
    declarations_on,
    record_on,
    segments,
    status_of,
    statute_entry_into_force,
    withdrawal_effective,
)
from hague.statute.art_121 import art_121_5
from hague.statute.art_126 import entry_into_force
from hague.statute.art_127 import art_127_1

GROUPS = model.GROUPS
T = TypeVar("T")

STALE_AFTER = timedelta(days=400)

#: Which statuses count as a State Party, under each counting convention.
CONVENTIONS = {
    "in_force": PARTY_STATUSES,
    "deposited": PARTY_STATUSES | {Status.ratified_not_in_force},
}


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Contents:
    """What the ledger's data files hold, validated: the unit a snapshot stores."""

    instruments: Instruments
    council: SecurityCouncil
    states: dict[str, StateRecord]
    groups: dict[str, str]
    version: str
    facts: dict[str, StateFacts]  # derived from the states, compiled once with them


def ledger_files(data_dir: Path) -> list[Path]:
    """The files a ledger is built from (not the situations: hague.registry reads those)."""
    top = [data_dir / n for n in ("VERSION", "instruments.yaml", "security_council.yaml", "regional_groups.yaml")]
    here = Path(__file__).parent  # the code that shapes a snapshot is part of its key: the ledger's,
    # the Statute's calendar it derives status and facts with (arts 121, 124, 126, 127), the dates
    statute = here.parent / "statute"
    calendar = [statute / f"art_{n}.py" for n in ("121", "124", "126", "127")] + [here.parent / "dates.py"]
    code = [*sorted(here.glob("*.py")), here / "countries.json", *calendar]
    return [p for p in top if p.exists()] + sorted((data_dir / "states").glob("*.yaml")) + code


def read_files(data_dir: Path) -> Contents:
    """Every ledger file read and validated now (LedgerInvalid lists every problem)."""
    from hague.ledger.load import load_all, load_groups

    instruments, council, states = load_all(data_dir)
    facts = {iso3: compile_facts(st, instruments) for iso3, st in states.items()}
    return Contents(instruments, council, states, load_groups(data_dir, GROUPS), meta.data_version(data_dir), facts)


class Ledger:
    """Every State's record. Built from the compiled snapshot of `data_dir` (the bundled
    data by default), or, with `fresh=True`, from the files themselves."""

    def __init__(self, data_dir: Path | str | None = None, *, fresh: bool = False) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else meta.default_data_dir()
        root = self.data_dir
        if fresh:
            contents = read_files(root)
        else:
            contents = snapshot.cached("ledger", ledger_files(root), root, lambda: read_files(root))
        self.contents = contents
        self.fresh = fresh
        self.instruments = contents.instruments
        self.council = contents.council
        self.states = contents.states
        self.groups = contents.groups
        self.version = contents.version
        self._facts: dict[str, StateFacts] = dict(contents.facts)
        #: Objects the layers above derive from this ledger (the rules engine, the registry),
        #: each under its own key; the ledger itself never reads it.
        self.derived: dict[str, Any] = {}

    def derive(self, key: str, build: Callable[[], T]) -> T:
        """What a layer above derives from this ledger (its rules engine, the registry), built
        once and kept under `key`; the ledger never reads it."""
        if key not in self.derived:
            self.derived[key] = build()
        found: T = self.derived[key]
        return found

    @property
    def meta(self) -> dict[str, str]:
        """Which data and code answered: carried in every JSON answer."""
        return {"data_version": self.version, "hague_version": meta.__version__}

    def facts(self, iso3: str) -> StateFacts:
        """The State's facts compiled for look-up by day (cached)."""
        found = self._facts.get(iso3)
        if found is None:
            found = self._facts[iso3] = compile_facts(self.states[iso3], self.instruments)
        return found

    def with_events(self, extra: list[tuple[str, Event]]) -> Ledger:
        """A copy of the ledger with hypothetical events added (for what-if questions)."""
        clone = copy.copy(self)
        clone.states = dict(self.states)
        clone._facts = {}
        clone.derived = {}
        for iso3, event in extra:
            st = clone.states[iso3]
            events = sorted((*st.events, event), key=lambda e: e.date)
            clone.states[iso3] = dataclasses.replace(st, events=tuple(events), lines=(0,) * len(events))
        return clone

    # -- look-ups -----------------------------------------------------------------
    def record(self, state: str) -> StateRecord:
        return self.states[names.resolve(state)]

    def status(self, state: str, on: date | None = None) -> dict[str, Any]:
        """Status of one State on a day (today by default), with its record as of then."""
        st = self.record(state)
        day = on or date.today()
        rec = record_on(st, day, self.instruments)
        status = status_of(rec, day)
        pending: list[dict[str, Any]] = []
        if status is Status.ratified_not_in_force and rec.entry_into_force:
            pending.append(
                {
                    "what": "entry_into_force",
                    "on": rec.entry_into_force.isoformat(),
                    "article": "126(2)",
                }
            )
        if status is Status.party_withdrawal_pending and rec.withdrawal and rec.withdrawal_effective:
            pending.append(
                {
                    "what": "withdrawal_takes_effect",
                    "on": rec.withdrawal_effective.isoformat(),
                    "article": "127(1)",
                    "notified": rec.withdrawal.date.isoformat(),
                }
            )
        amendments = amendments_on(rec, day, self.instruments)
        for a in amendments:
            if not a["in_force"] and a["in_force_from"]:
                pending.append(
                    {
                        "what": "amendment_in_force",
                        "amendment": a["amendment"],
                        "on": a["in_force_from"],
                        "article": "121(5)",
                    }
                )
        deposit = rec.in_force_instrument
        return {
            "iso3": st.iso3,
            "name": st.name,
            "on": day.isoformat(),
            "projected": day > date.today(),
            "status": status.value,
            "party": status in PARTY_STATUSES,
            "signatory": status is Status.signatory,
            "group": self.groups.get(st.iso3),
            "record": {
                "signed": _iso(rec.signed),
                "instrument_deposited": _iso(deposit.date if deposit else None),
                "instrument_kind": deposit.kind.value if deposit else None,
                "entry_into_force": _iso(rec.entry_into_force if deposit else None),
                "instrument_withdrawn": _iso(rec.instrument_withdrawn),
                "withdrawal_notified": _iso(rec.withdrawal.date if rec.withdrawal else None),
                # A withdrawal revoked before it took effect never took effect (art. 127(1)):
                # its day is kept as the day it would have taken effect.
                "withdrawal_effective": _iso(None if rec.withdrawal_revoked else rec.withdrawal_effective),
                "withdrawal_would_have_taken_effect": _iso(
                    rec.withdrawal_effective if rec.withdrawal_revoked else None
                ),
                "withdrawal_revoked": _iso(rec.withdrawal_revoked),
                "signature_withdrawn": _iso(rec.signature_withdrawn),
                "declarations": declarations_on(st, rec, day),
                "amendments": amendments,
                "events": [e.to_json() for e in rec.events],
            },
            "pending": pending,
            "caveats": list(st.caveats),
            "gaps": [as_json(g) for g in st.gaps],
            "meta": self.meta,
        }

    def status_code(self, state: str, on: date) -> Status:
        """The status alone, from the compiled spans (a bisect, not a replay of events)."""
        return self.facts(self.record(state).iso3).status(on)

    def parties(self, on: date | None = None, convention: str = "in_force") -> dict[str, Any]:
        """States Parties on a day. By default those for which the Statute is in force
        (art. 126) and whose withdrawal has not taken effect (art. 127(1)); with
        convention="deposited", also those whose instrument is deposited but not yet in
        force, as announcements count ("X becomes the 123rd State Party" on deposit day)."""
        if convention not in CONVENTIONS:
            raise HagueError(
                f"convention: {convention!r} is not one of {', '.join(CONVENTIONS)}",
                field="convention",
                valid=list(CONVENTIONS),
            )
        day = on or date.today()
        counted = CONVENTIONS[convention]
        codes = [s for s in sorted(self.states) if self.status_code(s, day) in counted]
        by_group: dict[str, list[str]] = {g: [] for g in GROUPS}
        for code in codes:
            group = self.groups.get(code)
            if group is not None:
                by_group[group].append(code)
        return {
            "on": day.isoformat(),
            "projected": day > date.today(),
            "convention": convention,
            "count": len(codes),
            "parties": codes,
            "by_group": {g: {"count": len(c), "parties": c} for g, c in by_group.items()},
            "meta": self.meta,
        }

    def world(self, on: date | None = None) -> dict[str, Any]:
        """Every State's status on a day, compact (for the map), with counts by status."""
        day = on or date.today()
        rows = []
        counts = {s.value: 0 for s in Status}
        for iso3 in sorted(self.states):
            status = self.facts(iso3).status(day)
            counts[status.value] += 1
            rows.append(
                {
                    "iso3": iso3,
                    "name": names.name(iso3),
                    "numeric": names.numeric(iso3),
                    "status": status.value,
                    "party": status in PARTY_STATUSES,
                    "caveat": bool(self.states[iso3].caveats),  # a known gap in its record
                }
            )
        return {
            "on": day.isoformat(),
            "projected": day > date.today(),
            "counts": counts,
            "states": rows,
            "meta": self.meta,
        }

    def timeline(self, state: str) -> dict[str, Any]:
        st = self.record(state)
        return {
            "iso3": st.iso3,
            "name": st.name,
            "periods": [s.to_json() for s in self.segments(st.iso3)],
            "events": [e.to_json() for e in st.events],
            "meta": self.meta,
        }

    def segments(self, state: str) -> list[Segment]:
        return segments(self.states[state], self.instruments)

    def events(self, kind: str | None = None, since: date | None = None) -> list[dict[str, Any]]:
        """Every event of every State (or of one kind, or since a day), in date order, one
        row an event: iso3, name, date, kind, amendment, source_ref, source_url, source_via, note."""
        if kind is not None and kind not in {k.value for k in Kind}:
            kinds = [k.value for k in Kind]
            raise HagueError(
                f"kind: {kind!r} is not an event kind; one of {', '.join(kinds)}", field="kind", valid=kinds
            )
        rows = []
        for st in self.states.values():
            for e in st.events:
                if (kind and e.kind != kind) or (since and e.date < since):
                    continue
                rows.append(
                    {
                        "iso3": st.iso3,
                        "name": st.name,
                        "date": e.date.isoformat(),
                        "kind": e.kind.value,
                        "amendment": e.amendment,
                        "source_ref": e.source.ref,
                        "source_url": e.source.url,
                        "source_via": e.source.via,
                        "note": e.note,
                    }
                )
        return sorted(rows, key=lambda r: (r["date"], r["iso3"]))

    # -- checks --------------------------------------------------------------------
    def validate(self, today: date | None = None) -> list[Problem]:
        """Where a recorded date disagrees with the Statute's arithmetic (without a note
        saying why), where events contradict each other, and stale checks."""
        today = today or date.today()
        problems: list[Problem] = []
        if self.fresh and not snapshot.refresh("ledger", ledger_files(self.data_dir), self.data_dir, self.contents):
            problems.append(
                Problem(
                    str(snapshot.folder()),
                    None,
                    "the compiled snapshot disagreed with the data files; rebuilt",
                    "warning",
                )
            )
        sixtieth = self.instruments.rome_statute.sixtieth_deposit
        for st in self.states.values():
            path = str(st.path)
            if today - st.checked_on > STALE_AFTER:
                problems.append(
                    Problem(
                        path,
                        None,
                        f"checked_on {st.checked_on} is over {STALE_AFTER.days} days old",
                        "warning",
                    )
                )
            for e, line in zip(st.events, st.lines, strict=True):
                # A succession binds from its stated date, which may precede the notice.
                start = min(e.date, e.entry_into_force or e.date) if e.kind is Kind.succession else e.date
                before = status_of(record_on_before(st, start, self), start)
                problems.extend(Problem(path, line, msg) for msg in check_event(st, e, before, sixtieth, self))
        if not self.groups:
            problems.append(Problem(str(self.data_dir / "regional_groups.yaml"), None, "missing", "warning"))
        else:
            for iso3 in self.states:
                if iso3 not in self.groups:
                    problems.append(
                        Problem(
                            str(self.data_dir / "regional_groups.yaml"),
                            None,
                            f"{iso3} has no regional group",
                            "warning",
                        )
                    )
        return problems


def record_on_before(st: StateRecord, day: date, ledger: Ledger) -> Any:
    """The record as it stood the day before `day`."""
    return record_on(st, day - timedelta(days=1), ledger.instruments)


def check_event(st: StateRecord, e: Any, before: Status, sixtieth: date, ledger: Ledger) -> list[str]:
    out: list[str] = []
    if e.kind in DEPOSITS:
        computed = entry_into_force(e.date, sixtieth)
        if e.entry_into_force is not None and e.entry_into_force != computed and not e.note:
            out.append(f"entry_into_force {e.entry_into_force} differs from art. 126 ({computed}) and no note says why")
        if before in PARTY_STATUSES | {Status.ratified_not_in_force}:
            out.append(f"{e.kind} while already {before}")
    elif e.kind is Kind.withdrawal_notification:
        computed = art_127_1(e.date)
        if e.effective is not None and e.effective < computed:
            out.append(f"effective {e.effective} is earlier than art. 127(1) allows ({computed})")
        elif e.effective is not None and e.effective != computed and not e.note:
            out.append(f"effective {e.effective} differs from art. 127(1) ({computed}) and no note says why")
        if before not in PARTY_STATUSES:
            out.append(f"withdrawal notified while {before}, not a State Party")
    elif e.kind is Kind.withdrawal_revocation:
        if before is not Status.party_withdrawal_pending:
            out.append(f"revocation while {before}, with no withdrawal pending")
    elif e.kind is Kind.instrument_withdrawn:
        if before is not Status.ratified_not_in_force:
            out.append(f"instrument withdrawn while {before}, not before it took effect")
    elif e.kind is Kind.signature_withdrawal:
        if before is not Status.signatory:
            out.append(f"signature withdrawn while {before}")
    elif e.kind is Kind.signature:
        if before is not Status.non_signatory:
            out.append(f"signature while {before}")
    elif e.kind is Kind.amendment_acceptance and e.amendment is not None:
        amendment = ledger.instruments.amendments[e.amendment]
        if amendment.procedure == "121(5)" and e.entry_into_force is not None:
            computed = art_121_5(e.date)
            if e.entry_into_force != computed and not e.note:
                out.append(
                    f"entry_into_force {e.entry_into_force} differs from art. 121(5) ({computed}) and no note says why"
                )
    elif e.kind is Kind.declaration_124_withdrawal and not any(
        x.kind is Kind.declaration_124 and x.date <= e.date for x in st.events
    ):
        out.append("declaration_124_withdrawal without an earlier declaration_124")
    return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


__all__ = [
    "Ledger",
    "Problem",
    "Segment",
    "Status",
    "statute_entry_into_force",
    "withdrawal_effective",
]
