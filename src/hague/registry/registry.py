"""The registry: situations and cases, and their stage or status on any day."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hague.errors import Ambiguous, DataError, HagueError, LedgerInvalid
from hague.ledger import Ledger, names, snapshot
from hague.ledger.model import as_json
from hague.registry.files import registry_files
from hague.registry.model import (
    Case,
    CaseEvent,
    CaseKind,
    CaseStatus,
    Precision,
    Situation,
    SituationEvent,
    SituationKind,
    Stage,
)
from hague.trace import Msg, cat, msg, render

_INVESTIGATION = {SituationKind.authorised, SituationKind.investigation_opened}


@dataclass(frozen=True)
class Entry:
    situation: Situation
    path: Path

    @property
    def slug(self) -> str:
        return self.path.stem


def stage_on(s: Situation, day: date) -> Stage | None:
    """The situation's stage on a day, from its events; None before anything happened."""
    return stage_since(s, day)[0]


def stage_since(s: Situation, day: date) -> tuple[Stage | None, SituationEvent | None]:
    """The stage on a day and the event that began it: the day the current stage began is
    that event's date (read with its precision), not the situation's first event (Kenya:
    completed since 2023-11-27, the investigation phase's conclusion, not 2008-02-05)."""
    stage: Stage | None = None
    began: SituationEvent | None = None
    for e in s.events:
        if e.date > day:
            break
        new = _next_stage(stage, e.kind)
        if new is not stage:
            stage, began = new, e
    return stage, began


def since_why(began: SituationEvent | None, day: date) -> Msg | None:
    """Which day the stage's `since` is, where the act that began it was made public later
    (Burundi: the investigation authorised under seal on 2017-10-25, made public on 2017-11-09;
    Gabon: referred on 2016-09-21, announced on 2016-09-29): the act's own day, and on a day
    between the two, that it was not yet public. None where the act was public the day it was
    done."""
    if began is None or began.announced is None:
        return None
    public = began.announced.date
    if began.kind is SituationKind.referral:
        act = msg("referred on {day}, made public on {announced}", day=began.date, announced=public)
    elif began.kind is SituationKind.declaration_12_3:
        act = msg("declaration lodged on {day}, made public on {announced}", day=began.date, announced=public)
    else:
        act = msg("decided on {day}, made public on {announced}", day=began.date, announced=public)
    counts = msg(": the stage counts from the act's own day")
    if day < public:
        return cat(act, counts, msg("; the act was not yet public on {day}", day=day))
    return cat(act, counts)


def _next_stage(stage: Stage | None, kind: SituationKind) -> Stage | None:
    if kind is SituationKind.pe_closed:
        return Stage.closed
    if kind is SituationKind.investigation_completed:
        return Stage.completed
    if kind in _INVESTIGATION:
        return Stage.investigation
    if stage is None and kind in (SituationKind.pe_opened, SituationKind.referral, SituationKind.declaration_12_3):
        return Stage.preliminary_examination
    if kind is SituationKind.pe_opened and stage is Stage.closed:
        return Stage.preliminary_examination  # reopened (Iraq/UK, 2014)
    return stage


def status_on(c: Case, day: date) -> CaseStatus | None:
    """A person's status on a day, from the case events (a sealed warrant counts from its
    issue); None before the first event. Whether the person is listed that day is
    `public_on`."""
    return status_since(c, day)[0]


_CHARGES = {CaseKind.warrant, CaseKind.summons}


@dataclass(frozen=True)
class PublicDay:
    """The day a person was publicly charged, or the bounds it is known within: not public
    before `earliest`, public from `latest` on; the same day where it is known. `basis` says
    what it rests on: `issued` (a warrant or summons public from its issue), `unsealed` (a
    sealed warrant's day of unsealing), `unsealed_bounds` (only its bounds are known),
    `first_event` (a case recorded without a warrant or summons)."""

    earliest: date
    latest: date
    precision: Precision
    basis: str
    event: CaseEvent

    @property
    def known(self) -> bool:
        return self.earliest == self.latest

    def on(self, day: date) -> bool | None:
        """Public on `day`: True, False, or None where the day falls within the bounds."""
        if day >= self.latest:
            return True
        if day < self.earliest:
            return False
        return None

    def why(self, day: date) -> Msg:
        """In plain words, which day the answer for `day` used and why (hague.trace.msg: English as
        text, French and Spanish when rendered)."""
        e = self.event
        if self.basis == "unsealed_bounds":
            after = e.unsealed_not_after
            assert after is not None
            bounds = (
                msg("between {first} and {last}", first=self.earliest, last=self.latest)
                if e.unsealed_not_before is not None
                else msg("after its issue and on or before {last}", last=self.latest)
            )
            found = {
                True: msg("it was public"),
                False: msg("it was not yet public"),
                None: msg("it is not known whether it was public"),
            }
            return msg(
                "the warrant of {issued}, issued under seal, was made public {bounds} (the exact day is not "
                "known): on {day} {found}",
                issued=e.date,
                bounds=bounds,
                day=day,
                found=found[self.on(day)],
            )
        if self.basis == "unsealed":
            return msg(
                "the warrant of {issued}, issued under seal, was made public on {public}",
                issued=e.date,
                public=self.latest,
            )
        if self.basis == "issued" and e.kind is CaseKind.summons:
            return msg("the summons of {issued} was public when issued", issued=e.date)
        if self.basis == "issued":
            return msg("the warrant of {issued} was public when issued", issued=e.date)
        return msg("the case is recorded from its first event, on {issued}", issued=e.date)


def public_day(c: Case) -> PublicDay | None:
    """When the person was publicly charged: the earliest warrant or summons, a sealed
    warrant counting from its `unsealed` day (Nouradine Adam: issued 7 January 2019, public
    from 28 July 2022), or within `unsealed_not_before`/`unsealed_not_after` where that day is
    known only so (El Hishri: 17 or 18 July 2025); for a case recorded without a warrant or
    summons, its first event. Of several charges, the first public one; each bound is the
    earliest of its kind."""
    found = [charge_day(e) for e in c.events if e.kind in _CHARGES]
    if not found:
        # an application for a warrant (art. 58(1)) charges no one: a person recorded with only that is not listed
        acts = [e for e in c.events if e.kind is not CaseKind.warrant_application]
        found = [PublicDay(e.date, e.date, e.precision, "first_event", e) for e in acts[:1]]
    if not found:
        return None
    lo, hi = min(p.earliest for p in found), min(p.latest for p in found)
    if lo == hi:
        return next(p for p in found if p.latest == hi)
    bounded = next(p for p in found if p.earliest == lo)  # a warrant whose unsealing has bounds
    return PublicDay(lo, hi, Precision.day, "unsealed_bounds", bounded.event)


def charge_day(e: CaseEvent) -> PublicDay:
    """When one warrant or summons was public: its `unsealed` day, the bounds of that day, or
    its date."""
    if e.unsealed is not None:
        return PublicDay(e.unsealed, e.unsealed, Precision.day, "unsealed", e)
    if e.unsealed_not_after is not None:
        before = e.unsealed_not_before.date if e.unsealed_not_before else e.date + timedelta(days=1)
        return PublicDay(before, e.unsealed_not_after.date, Precision.day, "unsealed_bounds", e)
    return PublicDay(e.date, e.date, e.precision, "issued", e)


def public_since(c: Case) -> date | None:
    """The day from which the person was publicly charged for certain (the `latest` of
    `public_day`)."""
    found = public_day(c)
    return found.latest if found else None


def public_on(c: Case, day: date) -> bool | None:
    """Whether the person is listed on `day`: publicly charged by then (True), not yet
    (False), or not known, the day falling within the bounds of an unsealing (None)."""
    found = public_day(c)
    return found.on(day) if found else False


def is_public(c: Case, day: date) -> bool:
    """Publicly charged by `day` for certain (a day within the bounds of an unsealing is not)."""
    return public_on(c, day) is True


def status_since(c: Case, day: date) -> tuple[CaseStatus | None, date | None]:
    """The status on a day and the day it took that value."""
    status, began = status_began(c, day)
    return status, began.date if began else None


def status_began(c: Case, day: date) -> tuple[CaseStatus | None, CaseEvent | None]:
    """The status on a day and the event that gave it (its date read with its precision)."""
    status: CaseStatus | None = None
    began: CaseEvent | None = None
    for e in c.events:
        if e.date > day:
            break
        new = _next_status(status, e.kind, e.note)
        if new != status:
            status, began = new, e
    return status, began


_FINAL = {
    CaseKind.trial_opened: CaseStatus.trial,
    CaseKind.convicted: CaseStatus.convicted,
    CaseKind.acquitted: CaseStatus.acquitted,
    CaseKind.charges_not_confirmed: CaseStatus.charges_not_confirmed,
    CaseKind.charges_withdrawn: CaseStatus.charges_withdrawn,
    CaseKind.proceedings_terminated: CaseStatus.proceedings_terminated,
    CaseKind.warrant_withdrawn: CaseStatus.proceedings_terminated,
    CaseKind.deceased: CaseStatus.deceased,
}


def _next_status(status: CaseStatus | None, kind: CaseKind, note: str | None) -> CaseStatus | None:
    """One case event's effect on the status. Custody follows arrest or surrender only:
    charges can be confirmed in absentia (Kony, 2025) and a person summoned appears freely
    (Banda, Jerbo). An appeal changes the status only through its own convicted or
    acquitted event."""
    if kind in _FINAL:
        return _FINAL[kind]
    if kind is CaseKind.warrant:
        return CaseStatus.at_large if status in (None, CaseStatus.summoned) else status
    if kind is CaseKind.summons:
        return status or CaseStatus.summoned
    if kind in (CaseKind.arrest, CaseKind.surrender):
        return CaseStatus.in_custody
    if kind is CaseKind.released and status is CaseStatus.in_custody:
        return CaseStatus.released
    return status  # initial appearance, confirmation, sentence, appeal judgment: no change


def of(ledger: Ledger) -> Registry:
    """The registry of the ledger's data folder, with its meta (built once per ledger)."""
    return ledger.derive("registry", lambda: Registry(ledger.data_dir, ledger.meta))


def read_files(data_dir: Path) -> dict[str, Entry]:
    """Every situation file read and validated now (LedgerInvalid lists every problem)."""
    problems: list[DataError] = []
    entries: dict[str, Entry] = {}
    for path in sorted((data_dir / "situations").glob("*.yaml")):
        try:
            entry = _load(path)
        except DataError as exc:
            problems.append(exc)
            continue
        entries[entry.slug] = entry
    if problems:
        raise LedgerInvalid(problems)
    return entries


def check_files(data_dir: Path) -> list[DataError]:
    """Every problem in the situation files (none: the snapshot is refreshed from them)."""
    try:
        entries = read_files(data_dir)
    except LedgerInvalid as exc:
        return exc.problems
    snapshot.refresh("registry", registry_files(data_dir), data_dir, entries)
    return []


class Registry:
    """The situations and cases of `data_dir`, from its compiled snapshot (or, with
    `fresh=True`, from the files themselves)."""

    def __init__(self, data_dir: Path, meta: dict[str, str] | None = None, *, fresh: bool = False) -> None:
        self.meta = meta or {}
        if fresh:
            self.entries = read_files(data_dir)
        else:
            self.entries = snapshot.cached("registry", registry_files(data_dir), data_dir, lambda: read_files(data_dir))

    def find(self, ident: str) -> Entry:
        """By file name (icc-01-18, pe-colombia), situation number (ICC-01/18), words of its
        name (ukraine, darfur, "central african republic ii") or a State it concerns (UKR,
        Ukraine). Text that fits several situations (Venezuela: three) raises Ambiguous
        listing them; the name is tried before the State, so "Congo" is the one situation
        whose name says Congo."""
        text = ident.strip()
        key = re.sub(r"[\s/]+", "-", text.lower())
        if key in self.entries:
            return self.entries[key]
        for entry in self.entries.values():
            if entry.situation.id.lower().replace("/", "-") == key:
                return entry
        found = self._by_name(text) or self._by_state(text)
        if len(found) == 1:
            return found[0]
        if found:
            listed = "; ".join(f"{e.slug} ({_number(e)}{e.situation.name})" for e in found)
            raise Ambiguous.of(
                "situation.ambiguous",
                "situation: {text!r} fits {n} situations: {listed}; give its id or number",
                field="situation",
                valid=[e.slug for e in found],
                text=text,
                n=len(found),
                listed=listed,
            )
        valid = sorted(self.entries)
        state = names.find(text)
        ids = ", ".join(valid)
        if state:
            raise HagueError.of(
                "situation.none_for_state",
                "situation: no situation concerns {state} ({name}); give an id, a number (ICC-01/22), a name or a "
                "State; valid ids: {ids}",
                field="situation",
                valid=valid,
                state=state,
                name=names.name(state),
                ids=ids,
            )
        raise HagueError.of(
            "situation.unknown",
            "situation: unknown situation {ident!r}; give an id, a number (ICC-01/22), a name or a State; "
            "valid ids: {ids}",
            field="situation",
            valid=valid,
            ident=ident,
            ids=ids,
        )

    def _by_name(self, text: str) -> list[Entry]:
        """Situations whose name (in English, or an official French or Spanish one) holds the
        text as whole words (accents and case ignored)."""
        words = _plain(text)
        if not words:
            return []
        pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
        return [
            e
            for e in self.entries.values()
            if any(pattern.search(_plain(n)) for n in (e.situation.name, *(v.name for v in e.situation.names.values())))
        ]

    def _by_state(self, text: str) -> list[Entry]:
        """Situations concerning the State the text names (each of them, for a name of several)."""
        try:
            states = {names.resolve(text)}
        except Ambiguous as exc:
            states = set(exc.valid or ())
        except HagueError:
            return []
        return [e for e in self.entries.values() if states & set(e.situation.states)]

    def summary(self, entry: Entry, day: date, lang: str = "en") -> dict[str, Any]:
        """The situation in brief; `name` in `lang` (en, fr, es: hague.registry.names), with
        `name_source` for French and Spanish (None where the name is made from a pattern)."""
        s = entry.situation
        stage, began = stage_since(s, day)
        announced = began.announced.date if began and began.announced else None
        why = since_why(began, day)
        row = {
            "id": entry.slug,
            "number": s.id,
            "name": s.name,
            "states": s.states,
            "trigger": s.trigger.value,
            "stage": stage.value if stage else None,
            # the day of the act that began the stage (the decision, not the day it was made public)
            "since": began.date.isoformat() if began else None,
            "since_precision": began.precision.value if began else None,
            # the day that act was made public, where later (null: the same day), and whether it was by `day`
            "since_announced": announced.isoformat() if announced else None,
            "since_public_on_day": None if began is None else "yes" if began.public_day <= day else "no",
            "since_why": render(why, lang) if why else None,  # in words, where the two days differ
            "cases": sum(1 for c in s.cases if is_public(c, day)),
            # persons whose warrant may or may not have been public that day (`cases_uncertain`)
            "cases_uncertain": sum(1 for c in s.cases if public_on(c, day) is None),
        }
        if lang == "en":
            return row
        from hague.registry.names import localized

        return localized(row, s.name, s.states, s.names, lang)

    def situations(self, on: date | None = None, state: str | None = None, lang: str = "en") -> dict[str, Any]:
        day = on or date.today()
        rows = [
            self.summary(e, day, lang)
            for e in self.entries.values()
            if stage_on(e.situation, day) is not None and (state is None or state in e.situation.states)
        ]
        return {"on": day.isoformat(), "count": len(rows), "situations": rows, "meta": self.meta}

    def situation(self, ident: str, on: date | None = None, lang: str = "en") -> dict[str, Any]:
        entry = self.find(ident)
        day = on or date.today()
        s = entry.situation
        return {
            **self.summary(entry, day, lang),
            "on": day.isoformat(),
            "scope": as_json(s.scope, defaults=True),
            "events": [as_json(e) for e in s.events if e.date <= day],
            "cases": [self._case(entry, c, day, lang) for c in s.cases if is_public(c, day)],
            "cases_uncertain": [self._case(entry, c, day, lang) for c in s.cases if public_on(c, day) is None],
            "note": s.note,
            "meta": self.meta,
        }

    def _case(self, entry: Entry, c: Case, day: date, lang: str = "en") -> dict[str, Any]:
        status, began = status_began(c, day)
        public = public_day(c)
        events = [e for e in c.events if e.date <= day]
        crimes = sorted({cr for e in events for cr in e.crimes})
        return {
            "situation": entry.slug,
            "person": c.person,
            "case": c.case,
            "nationality": c.nationality,
            "status": status.value if status else None,
            "status_since": began.date.isoformat() if began else None,
            "status_since_precision": began.precision.value if began else None,
            # the day publicly charged; where only its bounds are known, null, with the bounds: not
            # public before `public_not_before`, public from `public_not_after` on
            "public_since": public.latest.isoformat() if public and public.known else None,
            "public_since_precision": public.precision.value if public and public.known else None,
            "public_not_before": public.earliest.isoformat() if public and not public.known else None,
            "public_not_after": public.latest.isoformat() if public and not public.known else None,
            "public_on_day": {True: "yes", False: "no", None: "uncertain"}[public.on(day)] if public else "no",
            "public_basis": public.basis if public else None,
            "public_why": render(public.why(day), lang) if public else None,  # in `lang` (API, web)
            "crimes": crimes,
            "events": [as_json(e) for e in events],
        }

    def cases(
        self, situation: str | None = None, status: str | None = None, on: date | None = None, lang: str = "en"
    ) -> dict[str, Any]:
        """The persons charged (`lang`: each row's `public_why` in that language)."""
        day = on or date.today()
        if status is not None and status not in {s.value for s in CaseStatus}:
            valid = [s.value for s in CaseStatus]
            raise HagueError.of(
                "case_status.unknown",
                "status: {status!r} is not a case status; valid: {valid_list}",
                field="status",
                valid=valid,
                status=status,
                valid_list=", ".join(valid),
            )
        entries = [self.find(situation)] if situation else list(self.entries.values())
        chosen = [(e, c) for e in entries for c in e.situation.cases if status is None or status_on(c, day) == status]
        rows = [self._case(e, c, day, lang) for e, c in chosen if is_public(c, day)]
        # persons whose warrant was made public on a day known only within bounds that hold `day`:
        # not listed as public, nor left out as if not charged
        uncertain = [self._case(e, c, day, lang) for e, c in chosen if public_on(c, day) is None]
        return {
            "on": day.isoformat(),
            "count": len(rows),
            "cases": rows,
            "uncertain_count": len(uncertain),
            "cases_uncertain": uncertain,
            "meta": self.meta,
        }


def _number(e: Entry) -> str:
    """The situation number and a comma, where it is not already the id (pe-… files)."""
    return f"{e.situation.id}, " if e.situation.id != e.slug else ""


def _plain(text: str) -> str:
    """Lower case, without accents, one space between words, one kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())


def _load(path: Path) -> Entry:
    from hague.ledger.load import read_yaml
    from hague.ledger.schema import ValidationError, explain, validate

    raw, _ = read_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(str(path), 1, "expected a mapping with 'id', 'name', 'states', 'trigger', 'events'")
    try:
        situation = validate(Situation, raw)
    except ValidationError as exc:
        raise DataError(str(path), None, explain(exc)) from None
    known = set(names.all_states())
    codes = [
        *situation.states,
        *situation.scope.territories,
        *(c.nationality for c in situation.cases if c.nationality),
    ]
    codes += [b for e in situation.events for b in e.by]
    unknown = sorted({c for c in codes if c not in known})
    if unknown:
        raise DataError(str(path), None, f"unknown state code(s) {', '.join(unknown)}; use ISO 3166-1 alpha-3")
    for i in range(1, len(situation.events)):
        if situation.events[i].date < situation.events[i - 1].date:
            raise DataError(str(path), None, f"events out of date order at {situation.events[i].date}")
    for c in situation.cases:
        for i in range(1, len(c.events)):
            if c.events[i].date < c.events[i - 1].date:
                raise DataError(str(path), None, f"{c.person}: case events out of date order at {c.events[i].date}")
    return Entry(situation, path)
