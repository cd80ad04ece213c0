"""Turn the text of a UN depositary notification into a validated event in the state's file.

Depositary notifications follow a standard form, e.g.

    C.N.121.2017.TREATIES-XVIII.10 (Depositary Notification)
    ROME STATUTE OF THE INTERNATIONAL CRIMINAL COURT
    ROME, 17 JULY 1998
    SOUTH AFRICA: WITHDRAWAL OF NOTIFICATION OF WITHDRAWAL
    The Secretary-General of the United Nations, acting in his capacity as depositary,
    communicates the following: ...
    The above action was effected on 7 March 2017.

From it: the reference, the treaty (the Statute or which amendment), the State, the action,
the day it was effected, and any date of effect it states. The event is checked against the
State's record (art. 126/127 dates, order of events) before anything is written; an
inconsistent or unparseable notification writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from hague.errors import DataError, HagueError
from hague.ledger import Ledger
from hague.ledger.load import load_state
from hague.ledger.model import Event, Kind
from hague.ledger.names import resolve
from hague.ledger.schema import validate
from hague.ledger.write import insert_event

_REF = re.compile(r"C\.N\.(\d+)\.(\d{4})\.TREATIES-[A-Z0-9.\-]+")
_HEADER = re.compile(r"^\s*([A-Z][A-Z ,.'’()\-]+?)\s*:\s*([A-Z][A-Z0-9 ()\-]+?)\s*$", re.M)
_DAY = r"(\d{1,2} [A-Z][a-z]+ \d{4})"
_EFFECTED = re.compile(r"(?:action was effected|was received|deposited) on " + _DAY)
# "for <a State>" is a few words: bounded, so a long text of "take effect for" is not quadratic
_TAKES_EFFECT = re.compile(r"(?:take effect|enter into force)(?: for [^.]{0,120}?)? on " + _DAY, re.S)
#: Longest notification read: the depositary's run to a page or two.
MAX_NOTICE = 64 << 10

# The action words of notifications, most specific first.
ACTIONS: list[tuple[str, Kind]] = [
    ("WITHDRAWAL OF NOTIFICATION OF WITHDRAWAL", Kind.withdrawal_revocation),
    ("WITHDRAWAL OF THE NOTIFICATION OF WITHDRAWAL", Kind.withdrawal_revocation),
    ("WITHDRAWAL OF INSTRUMENT OF ACCESSION", Kind.instrument_withdrawn),
    ("WITHDRAWAL OF INSTRUMENT OF RATIFICATION", Kind.instrument_withdrawn),
    ("WITHDRAWAL OF DECLARATION", Kind.declaration_124_withdrawal),
    ("WITHDRAWAL", Kind.withdrawal_notification),
    ("RATIFICATION", Kind.ratification),
    ("ACCESSION", Kind.accession),
    ("ACCEPTANCE", Kind.acceptance),
    ("APPROVAL", Kind.approval),
    ("SUCCESSION", Kind.succession),
    ("SIGNATURE", Kind.signature),
    ("DECLARATION UNDER ARTICLE 124", Kind.declaration_124),
    ("COMMUNICATION", Kind.signature_withdrawal),
    ("NOTIFICATION", Kind.signature_withdrawal),
]

# Which amendment a notification concerns: by the letter of the C.N. reference or the title.
AMENDMENT_TITLES = [
    ("CRIME OF AGGRESSION", "aggression-2010"),
    ("AMENDMENT TO ARTICLE 124", "art124-2015"),
    ("MICROBIAL", "art8-2017-biological"),
    ("FRAGMENTS", "art8-2017-fragments"),
    ("BLINDING LASER", "art8-2017-lasers"),
    ("STARVATION", "art8-2019-starvation"),
    ("AMENDMENT TO ARTICLE 8", "art8-2010"),
]


@dataclass
class Parsed:
    ref: str
    year: int
    number: int
    state: str
    action: str
    kind: Kind
    effected: date
    stated_effect: date | None
    amendment: str | None

    def url(self) -> str:
        return f"https://treaties.un.org/doc/Publication/CN/{self.year}/CN.{self.number}.{self.year}-Eng.pdf"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _day(text: str) -> date:
    """A day as the depositary writes it, "14 November 2016", read strictly: an English month
    name, a day that exists, a year from 1998 (the Statute's adoption) to 9999; anything else
    is refused with the text named (dateutil read "1 March 0000" as 2000 and "12 Monday 2019"
    with today's month)."""
    day, month, year = text.split()
    if month not in _MONTHS or not 1998 <= int(year) <= 9999:
        raise HagueError(
            f"notification: {text!r} is not a day as the depositary writes it (e.g. 14 November 2016)",
            field="notification",
        )
    try:
        return date(int(year), _MONTHS.index(month) + 1, int(day))
    except ValueError as exc:
        raise HagueError(f"notification: {text!r} is not a real day ({exc})", field="notification") from None


def parse(text: str) -> Parsed:
    if not text.strip():
        raise HagueError("notification: the text is empty", field="notification")
    if len(text) > MAX_NOTICE:
        raise HagueError(
            f"notification: {len(text):,} characters; a depositary notification is at most {MAX_NOTICE:,}",
            field="notification",
        )
    ref = _REF.search(text)
    if ref is None:
        raise HagueError(
            "notification: no depositary reference found; expected one like C.N.121.2017.TREATIES-XVIII.10",
            field="notification",
        )
    if "ROME STATUTE" not in text.upper():
        raise HagueError("notification: it does not concern the Rome Statute or its amendments", field="notification")
    header = None
    for m in _HEADER.finditer(text):
        words = m[2].strip()
        if any(words.startswith(a) for a, _ in ACTIONS):
            header = m
            break
    if header is None:
        raise HagueError(
            "notification: no 'STATE: ACTION' line found (e.g. 'BURUNDI: WITHDRAWAL')", field="notification"
        )
    state_words, action = header[1].strip(), header[2].strip()
    try:
        state = resolve(state_words.title().replace("Of ", "of ").replace("And ", "and "))
    except HagueError:
        state = resolve(state_words)
    kind = next(k for a, k in ACTIONS if action.startswith(a))
    effected = _EFFECTED.search(text)
    if effected is None:
        raise HagueError(
            "notification: no 'The above action was effected on D Month YYYY' sentence found", field="notification"
        )
    stated = _TAKES_EFFECT.search(text, effected.end())
    upper = text.upper()
    amendment = None
    suffix = re.search(r"TREATIES-XVIII\.10\.([a-g])\b", ref[0])
    letters = {
        "a": "art8-2010",
        "b": "aggression-2010",
        "c": "art124-2015",
        "d": "art8-2017-biological",
        "e": "art8-2017-fragments",
        "f": "art8-2017-lasers",
        "g": "art8-2019-starvation",
    }
    if suffix:
        amendment = letters[suffix[1]]
    elif "AMENDMENT" in upper.split(header[0].upper())[0]:
        amendment = next((a for t, a in AMENDMENT_TITLES if t in upper), None)
        if amendment is None:
            raise HagueError("notification: concerns an amendment hague cannot identify", field="notification")
    return Parsed(
        ref=ref[0],
        year=int(ref[2]),
        number=int(ref[1]),
        state=state,
        action=action,
        kind=Kind.amendment_acceptance if amendment and kind in (Kind.ratification, Kind.acceptance) else kind,
        effected=_day(effected[1]),
        stated_effect=_day(stated[1]) if stated else None,
        amendment=amendment,
    )


def event_of(p: Parsed) -> dict[str, Any]:
    event: dict[str, Any] = {
        "date": p.effected,
        "kind": p.kind.value,
        "source": {"ref": p.ref, "url": p.url()},
    }
    if p.amendment:
        event["amendment"] = p.amendment
    if p.stated_effect and p.kind is Kind.withdrawal_notification:
        event["effective"] = p.stated_effect
    if p.stated_effect and (
        p.kind
        in (
            Kind.ratification,
            Kind.accession,
            Kind.acceptance,
            Kind.approval,
            Kind.succession,
            Kind.amendment_acceptance,
        )
    ):
        event["entry_into_force"] = p.stated_effect
    return event


def check(ledger: Ledger, p: Parsed, event: dict[str, Any]) -> list[str]:
    """Problems that stop the write: the record contradicts the notification."""
    from hague.ledger.ledger import check_event, record_on_before
    from hague.ledger.status import status_of

    problems = []
    record = ledger.states[p.state]
    e = validate(Event, event)
    for x in record.events:
        if x.date == e.date and x.kind == e.kind and x.amendment == e.amendment:
            problems.append(f"already recorded: {e.kind} of {e.date} in {record.path.name}")
    if problems:
        return problems
    if record.events and e.date < record.events[-1].date:
        problems.append(
            f"out of order: the record already has events after {e.date} (last {record.events[-1].date}); "
            "add it by hand with a note"
        )
    before = status_of(record_on_before(record, e.date, ledger), e.date)
    # the same checks as `hague validate`: order of events, art. 126/127/121(5) dates (the
    # event carries no note, so any disagreement with the Statute's arithmetic stops it)
    problems += check_event(record, e, before, ledger.instruments.rome_statute.sixtieth_deposit, ledger)
    return problems


def ingest(ledger: Ledger, text: str, write: bool = True) -> dict[str, Any]:
    p = parse(text)
    event = event_of(p)
    problems = check(ledger, p, event)
    if problems:
        raise HagueError(f"{p.ref} ({p.state} {p.action}): " + "; ".join(problems), field="notification")
    path: Path = ledger.states[p.state].path
    if write:
        amendments = ledger.instruments.amendments

        def loads(draft: Path) -> object:  # the new file as the loader reads it, or HagueError
            try:
                return load_state(draft, amendments)
            except DataError as exc:
                raise HagueError(
                    f"{p.ref}: the file would not load ({exc.problem}); nothing written", field="notification"
                ) from None

        insert_event(path, event, f"From hague ingest ({date.today()}): {p.ref}, {p.action.lower()}.", loads)
    return {
        "ref": p.ref,
        "state": p.state,
        "action": p.action,
        "event": validate(Event, event).to_json(),
        "file": str(path),
        "written": write,
    }
