"""Verdicts: each claim checked against the ledger (States' treaty actions) and the registry (situations),
as of a day, with the events that decide it and their sources.

- supported: the record shows what the claim says, at the date it gives (if any);
- contradicted: the record shows otherwise (the claim's date is part of what it says: "signed in 2002"
  is contradicted by a signature of 31 December 2000);
- partly: some of what it says holds and some does not (`partly` names which): a withdrawal notified
  but not yet effective is not "left"; two of three States named; a status held for part of a year;
- not_checkable: the record cannot answer (an announcement is not a notification: the depositary
  records instruments and notices, not what governments say they will do; or a known gap in the record).

The words of each verdict are written where it is decided, as the jurisdiction rules write their
trace: `msg("English template", name=value)` (hague.trace), with States, situations, ranks and
months as hague.claims.wording's values. English is the template (the answer as it always was);
`Result.to_json(lang)` says it in French or Spanish from the message catalogues (hague.i18n).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from hague.claims.claim import Claim
from hague.claims.mentions import Mention
from hague.claims.persons import Person
from hague.claims.text import ORDINALS, UNITS, DateMention
from hague.claims.text import rank as text_rank
from hague.claims.wording import (
    DatePhrase,
    Day,
    Month,
    Ordinal,
    SituationName,
    StateName,
    StateNames,
    english_name,
    joined,
    labelled,
    rendered,
)
from hague.ledger import Ledger, Status
from hague.ledger.ledger import CONVENTIONS
from hague.ledger.model import DEPOSITS, Conference, Event, Gap, Kind, Text
from hague.ledger.status import PARTY_STATUSES, withdrawal_effective
from hague.registry import of as registry_of
from hague.registry import stage_on
from hague.registry.model import CaseKind, Situation, SituationEvent, SituationKind, Stage
from hague.registry.names import AmendmentName
from hague.registry.registry import charge_day
from hague.statute.art_015bis import AMENDMENT as AGGRESSION
from hague.trace import Caveat, Msg, States, Word, cat, msg

SUPPORTED, CONTRADICTED, PARTLY, NOT_CHECKABLE = "supported", "contradicted", "partly", "not_checkable"

STATUS_WORDS = {
    "non_signatory": msg("not a signatory"),
    "signatory": msg("a signatory"),
    "signature_withdrawn": msg("a former signatory (signature withdrawn: does not intend to become a party)"),
    "ratified_not_in_force": msg("instrument deposited, Statute not yet in force for it"),
    "party": msg("a State Party"),
    "party_withdrawal_pending": msg("a State Party with its withdrawal pending"),
    "withdrawn": msg("withdrawn (no longer a State Party)"),
}
#: The kinds of instrument that make a State a party (art. 125(2)-(3)), as in "bound by accession".
KIND_WORDS = {
    Kind.ratification: msg("ratification"),
    Kind.accession: msg("accession"),
    Kind.succession: msg("succession"),
    Kind.acceptance: msg("acceptance"),
    Kind.approval: msg("approval"),
}
#: The instrument itself, as in "deposited its instrument of accession".
INSTRUMENT_WORDS = {
    Kind.ratification: msg("instrument of ratification"),
    Kind.accession: msg("instrument of accession"),
    Kind.succession: msg("instrument of succession"),
    Kind.acceptance: msg("instrument of acceptance"),
    Kind.approval: msg("instrument of approval"),
}
#: The qualifiers of a count (hague.claims.counts), as the English answer repeats them.
APPROX_WORDS = {
    "exactly": msg("exactly"),
    "only": msg("only"),
    "more than": msg("more than"),
    "over": msg("over"),
    "just over": msg("just over"),
    "at least": msg("at least"),
    "fewer than": msg("fewer than"),
    "less than": msg("less than"),
    "under": msg("under"),
    "just under": msg("just under"),
    "nearly": msg("nearly"),
    "almost": msg("almost"),
    "close to": msg("close to"),
    "about": msg("about"),
    "around": msg("around"),
    "some": msg("some"),
    "roughly": msg("roughly"),
    "approximately": msg("approximately"),
}
CASE_WORDS = {CaseKind.warrant: msg("warrant"), CaseKind.summons: msg("summons")}
OUTCOME_WORDS = {
    "no_reasonable_basis": msg("no reasonable basis"),
    "not_within_jurisdiction": msg("not within jurisdiction"),
    "inadmissible": msg("inadmissible"),
    "not_grave_enough": msg("not grave enough"),
    "interests_of_justice": msg("interests of justice"),
    "other": msg("other"),
}
_INVESTIGATION_KINDS = (SituationKind.authorised, SituationKind.investigation_opened)


@dataclass
class Result:
    verdict: str
    because: str  # a message (hague.trace.Msg): its English as the string
    evidence: list[dict[str, Any]] = field(default_factory=list)
    partly: str | None = None
    parts: list[dict[str, Any]] = field(default_factory=list)
    convention: str | None = None

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The verdict with its words in `lang` (en, fr, es); the keys and values other than words the same."""
        return {
            "verdict": self.verdict,
            "because": rendered(self.because, lang),
            "partly": rendered(self.partly, lang),
            "parts": rendered(self.parts, lang),
            "evidence": rendered(self.evidence, lang),
            "convention": self.convention,
        }


#: Days a claimed day may be off the record's and still name the same act (partly).
NEAR_DAYS = 2
#: The longest a deposit is found to follow the domestic act behind it, for a claimed day read as that act.
DOMESTIC_LEAD = timedelta(days=366)
# A ratification reported with no domestic act named and no deposit yet: the deposit within this many days after
# the text's date makes the report one of the domestic act (issue 14, kind 10)
DOMESTIC_SOON = timedelta(days=92)


def _domestic_words(found: str) -> Msg:
    return msg("what is reported ({found}) is a domestic act; the ratification is the deposit", found=found)


def _kind(kind: Kind) -> Word:
    """An event kind in words (the catalogue's kind.*, as the pages say it)."""
    return Word(f"kind.{kind.value}", kind.value.replace("_", " "))


def _label(d: DateMention) -> Any:
    """A claim's date as DateMention.label() says it in English, in words of each language."""
    if d.first is None or d.last is None:
        return d.text  # the text's own words
    if d.precision == "day":
        return Day(d.first)
    if d.precision == "month":
        return Month(d.first)
    if d.precision == "year":
        return str(d.first.year)
    return msg("{first} to {last}", first=Day(d.first), last=Day(d.last))


class Checker:
    """Answers claims from one ledger, as of one day."""

    def __init__(self, ledger: Ledger, as_of: date) -> None:
        self.led = ledger
        self.as_of = as_of
        self._counts: dict[tuple[date, str, str], int] = {}
        self._situations: dict[str, list[tuple[str, Situation]]] | None = None

    # -- entry point --------------------------------------------------------------------------------------
    def check(self, claim: Claim) -> Result:
        return self._near_day(claim, self._check(claim))

    def _check(self, claim: Claim) -> Result:
        if claim.kind == "situation":
            return self.situation(claim)
        if claim.action == "amendment_ratification" and claim.kind == "count":
            return self.amendment_count(claim)
        if claim.action == "aggression_activated":
            return self.aggression_activated(claim)
        if claim.kind == "count":
            return self.count(claim)
        if claim.kind == "instrument":
            return self.instrument(claim)
        if claim.kind == "warrant" and claim.action == "warrant_application":
            return self.warrant_application(claim)
        if claim.kind == "warrant":
            return self.warrant(claim)
        groups = [m for m in claim.subjects if m.group]
        if groups:
            return self.group(claim, groups[0])
        states = _unique([m.iso3 for m in claim.subjects if m.iso3])
        if len(states) == 1:
            return self.state(claim, states[0])
        results = [(iso3, self.state(claim, iso3)) for iso3 in states]
        return _combine(results)

    def _near_day(self, claim: Claim, result: Result) -> Result:
        """The right act a day or two off (the day a note was handed over, or a press release, against
        the depositary's day) is partly, not contradicted."""
        said = claim.date.first if claim.date is not None and claim.date.precision == "day" else None
        if result.verdict != CONTRADICTED or said is None or claim.negated:
            return result
        days = [
            date.fromisoformat(str(e[key]))
            for e in result.evidence
            for key in ("date", "effective", "entry_into_force")
            if e.get(key)
        ]
        near = sorted((abs((d - said).days), d) for d in days if 0 < abs((d - said).days) <= NEAR_DAYS)
        if not near:
            return result
        off, day = near[0]
        return Result(
            PARTLY,
            msg(
                "{because}; the record's day, {day}, is {off} days from the day said"
                if off > 1
                else "{because}; the record's day, {day}, is {off} day from the day said",
                because=result.because,
                day=day,
                off=off,
            ),
            result.evidence,
            partly=msg(
                "the act (holds); its day (off by {off} days)"
                if off > 1
                else "the act (holds); its day (off by {off} day)",
                off=off,
            ),
            convention=result.convention,
        )

    def state(self, claim: Claim, iso3: str) -> Result:
        if iso3 not in self.led.states:
            return Result(NOT_CHECKABLE, msg("{code} is not in the ledger", code=iso3))
        if claim.mode == "announcement":
            return self.announcement(claim, iso3)
        action = claim.action
        if action == "signature":
            return self.signature(claim, iso3)
        if action == "ratification":
            return self.ratification(claim, iso3)
        if action == "join":
            return self.join(claim, iso3)
        if action == "ordinal":
            return self.ordinal(claim, iso3)
        if action == "entry_into_force":
            return self.entry_into_force(claim, iso3)
        if action == "instrument_withdrawn":
            return self.instrument_withdrawn(claim, iso3)
        if action == "withdrawal":
            return self.withdrawal(claim, iso3)
        if action == "withdrawal_notification":
            return self.notification(claim, iso3)
        if action == "withdrawal_effect":
            return self.effect(claim, iso3)
        if action == "withdrawal_ordinal":
            return self.withdrawal_ordinal(claim, iso3)
        if action == "withdrawal_revocation":
            return self.revocation(claim, iso3)
        if action == "signature_withdrawal":
            return self.signature_withdrawal(claim, iso3)
        if action == "declaration_12_3":
            return self.declaration_period(claim, iso3, self.declaration(claim, iso3))
        if action == "declaration_124":
            return self.declaration_124(claim, iso3)
        if action == "amendment_ratification":
            return self.amendment(claim, iso3)
        if action == "signatory":
            last = claim.date.last if claim.date is not None and claim.date.last is not None else self.as_of
            return self._with_gap(self.membership(claim, iso3), iso3, Kind.signature_withdrawal, min(last, self.as_of))
        if action in ("party", "founding_member"):
            return self.membership(claim, iso3)
        return Result(NOT_CHECKABLE, msg("no rule checks {action}", action=repr(action)))

    # -- the record ----------------------------------------------------------------------------------------
    def name(self, iso3: str) -> StateName:
        return StateName(iso3)

    def events(self, iso3: str, kinds: Iterable[Kind], until: date | None = None) -> list[Event]:
        wanted = set(kinds)
        day = until or self.as_of
        return sorted(
            (e for e in self.led.states[iso3].events if e.kind in wanted and e.date <= day), key=lambda e: e.date
        )

    def ev(self, iso3: str, e: Event, note: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "ledger",
            "state": iso3,
            "name": self.name(iso3),
            "date": e.date.isoformat(),
            "kind": e.kind.value,
            "source": e.source.to_json(),
        }
        if e.kind in DEPOSITS:
            out["entry_into_force"] = self.eif(e).isoformat()
        if e.kind is Kind.withdrawal_notification:
            out["effective"] = withdrawal_effective(e).isoformat()
        if note:
            out["note"] = note
        return out

    def pending_entry(self, iso3: str) -> bool:
        """Deposited by the as-of day, the Statute not yet in force for the State."""
        if iso3 not in self.led.states:
            return False
        dep, withdrawn = self._deposit(iso3)
        return dep is not None and withdrawn is None and self.eif(dep) > self.as_of

    def eif(self, deposit: Event) -> date:
        from hague.ledger.status import statute_entry_into_force

        return statute_entry_into_force(deposit, self.led.instruments)

    def status(self, iso3: str, day: date | None = None) -> Status:
        return self.led.facts(iso3).status(day or self.as_of)

    def status_text(self, iso3: str, day: date | None = None) -> Msg:
        d = day or self.as_of
        return msg(
            "{state} is {status} on {day}",
            state=self.name(iso3),
            status=STATUS_WORDS[self.status(iso3, d).value],
            day=d,
        )

    def caveats(self, iso3: str) -> list[str]:
        return list(self.led.states[iso3].caveats)

    def gap(self, iso3: str, kind: Kind, until: date | None = None) -> Gap | None:
        """The record's own word that it may lack events of `kind` by `until` (the as-of day)."""
        return self.led.states[iso3].gap(kind, until or self.as_of)

    def in_date(self, claim: Claim, day: date) -> bool:
        return claim.date is None or claim.date.covers(day)

    def in_act_date(self, claim: Claim, e: SituationEvent) -> bool:
        """A situation's act on the day said: the act's own day or, where it was made public later
        (`announced`: a decision under seal, a decision announced days after), that day; a text may
        date it by either."""
        return self.in_date(claim, e.date) or (e.announced is not None and self.in_date(claim, e.announced.date))

    def date_words(self, claim: Claim) -> DatePhrase:
        """The claim's date as it follows "not": "2016-11-16", "November 2016", "in 2016" (in French
        and Spanish with the preposition each needs: "le 2016-11-16", "en novembre 2016")."""
        d = claim.date
        assert d is not None
        english = d.label() if d.precision != "year" else f"in {d.label()}"
        return DatePhrase(english, d.precision, d.first, d.last, d.text)

    def around(self, iso3: str, claim: Claim) -> tuple[Any, list[dict[str, Any]]]:
        """What the record holds in the claim's date range, to say what did happen then."""
        if claim.date is None or claim.date.first is None or claim.date.last is None:
            return "", []
        first, last = claim.date.first, claim.date.last
        inside = [
            e
            for e in self.led.states[iso3].events
            if first <= e.date <= last and e.kind is not Kind.amendment_acceptance
        ]
        if not inside:
            return "", []
        words = joined("; ", [msg("{kind} on {day}", kind=_kind(e.kind), day=e.date) for e in inside])
        return msg(" (the record for {when}: {events})", when=_label(claim.date), events=words), [
            self.ev(iso3, e) for e in inside
        ]

    # -- treaty actions ------------------------------------------------------------------------------------
    def signature(self, claim: Claim, iso3: str) -> Result:
        sigs = self.events(iso3, [Kind.signature])
        deps = self.events(iso3, DEPOSITS)
        n = self.name(iso3)
        if claim.negated:
            if sigs:
                return Result(
                    CONTRADICTED,
                    msg("{state} signed the Rome Statute on {day}", state=n, day=sigs[0].date),
                    [self.ev(iso3, sigs[0])],
                )
            how = (
                msg("; it became bound by {kind} on {day}", kind=KIND_WORDS[deps[0].kind], day=deps[0].date)
                if deps
                else ""
            )
            return Result(
                SUPPORTED,
                msg("no signature by {state} is recorded up to {as_of}{how}", state=n, as_of=self.as_of, how=how),
                [self.ev(iso3, e) for e in deps],
            )
        if not sigs:
            if deps:
                return Result(
                    CONTRADICTED,
                    msg(
                        "{state} never signed: it became bound by {kind} on {day}",
                        state=n,
                        kind=KIND_WORDS[deps[0].kind],
                        day=deps[0].date,
                    ),
                    [self.ev(iso3, deps[0])],
                )
            return Result(
                CONTRADICTED,
                msg(
                    "no signature by {state} is recorded up to {as_of}; {status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
        sig = sigs[0]
        if not self.in_date(claim, sig.date):
            extra, evs = self.around(iso3, claim)
            return Result(
                CONTRADICTED,
                msg(
                    "{state} signed on {day}, not {said}{extra}",
                    state=n,
                    day=sig.date,
                    said=self.date_words(claim),
                    extra=extra,
                ),
                [self.ev(iso3, sig), *evs],
            )
        return Result(
            SUPPORTED, msg("{state} signed the Rome Statute on {day}", state=n, day=sig.date), [self.ev(iso3, sig)]
        )

    def _deposit(self, iso3: str) -> tuple[Event | None, Event | None]:
        """The latest instrument deposited by the as-of day, and its withdrawal before entry into force."""
        deps = self.events(iso3, DEPOSITS)
        if not deps:
            return None, None
        dep = deps[-1]
        withdrawn = [e for e in self.events(iso3, [Kind.instrument_withdrawn]) if e.date >= dep.date]
        return dep, (withdrawn[0] if withdrawn else None)

    def ratification(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        dep, withdrawn = self._deposit(iso3)
        if claim.negated:
            if dep is not None:
                return Result(
                    CONTRADICTED,
                    msg(
                        "{state} deposited its {instrument} on {day}",
                        state=n,
                        instrument=INSTRUMENT_WORDS[dep.kind],
                        day=dep.date,
                    ),
                    [self.ev(iso3, dep)],
                )
            return Result(
                SUPPORTED,
                msg(
                    "no instrument deposited by {state} up to {as_of}; {status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
        domestic = claim.domestic is not None
        if dep is None:
            if claim.domestic is not None:
                return Result(
                    PARTLY,
                    msg(
                        "no instrument of ratification or accession by {state} up to {as_of}: {domestic}; {status}",
                        state=n,
                        as_of=self.as_of,
                        domestic=_domestic_words(claim.domestic),
                        status=self.status_text(iso3),
                    ),
                    partly=msg("a domestic act, not the deposit"),
                )
            later = [
                e
                for e in self.events(iso3, DEPOSITS, self.as_of + DOMESTIC_SOON)
                if e.date > self.as_of and not claim.negated and claim.mood != "future"
            ]
            if later and (claim.date is None or claim.date.last is None or claim.date.last <= self.as_of):
                # "Ukraine ratified the Rome Statute" the day after the Rada's vote, the instrument deposited two
                # months later: what was reported can only be the domestic act (issue 14, kind 10)
                return Result(
                    PARTLY,
                    msg(
                        "no instrument of ratification or accession by {state} up to {as_of}; {state} deposited "
                        "its instrument on {day}: what is reported can only be a domestic step, such as a "
                        "parliament's approval or a law",
                        state=n,
                        as_of=self.as_of,
                        day=later[0].date,
                    ),
                    [self.ev(iso3, later[0])],
                    partly=msg("a domestic act, not the deposit"),
                )
            return Result(
                CONTRADICTED,
                msg(
                    "no instrument of ratification or accession by {state} up to {as_of}; {status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
        evidence = [self.ev(iso3, dep)]
        notes: list[Msg] = []
        verb = claim.verb or ""
        if "ratif" in verb and dep.kind is not Kind.ratification:
            notes.append(msg("by {kind}, not ratification (the same effect, art. 125)", kind=KIND_WORDS[dep.kind]))
        if "acce" in verb and dep.kind is not Kind.accession:
            notes.append(msg("by {kind}, not accession", kind=KIND_WORDS[dep.kind]))
        if withdrawn is not None:
            notes.append(
                msg(
                    "it withdrew the instrument on {day}, before the Statute entered into force for it",
                    day=withdrawn.date,
                )
            )
            evidence.append(self.ev(iso3, withdrawn))
        tail = msg(" ({notes})", notes=joined("; ", notes)) if notes else ""
        if not self.in_date(claim, dep.date):
            extra = (
                msg("; the Statute entered into force for it on {day}", day=self.eif(dep))
                if claim.date and claim.date.covers(self.eif(dep))
                else ""
            )
            said = claim.date
            if (
                said is not None
                and said.last is not None
                and not claim.negated
                and timedelta(0) < dep.date - said.last <= (DOMESTIC_LEAD if domestic else DOMESTIC_SOON)
            ):
                # Kind 10 of issue 14: the law or vote that approves a ratification comes before the deposit;
                # named or not ("Ukraine ratified the Statute in August 2024": the Rada's law, deposited in
                # October), a claimed day a few months before the deposit can only be that step.
                return Result(
                    PARTLY,
                    msg(
                        "{state} deposited its instrument on {day}, after {said}: the ratification is the deposit "
                        "(arts. 125-126); {said} can only be a domestic step, such as a parliament's approval or a "
                        "law{tail}",
                        state=n,
                        day=dep.date,
                        said=self.date_words(claim),
                        tail=tail,
                    ),
                    evidence,
                    partly=msg("the domestic act, not the deposit"),
                )
            if extra and not claim.negated:
                # "a adhéré à la CPI en 2025", "aderiu ao TPI em 2025" of Ukraine (deposited 2024-10-25, in force for
                # it 2025-01-01): the date said is the day it became a party, not the day of the deposit
                return Result(
                    PARTLY,
                    msg(
                        "{state} deposited its instrument on {day}, not {said}{extra}{tail}",
                        state=n,
                        day=dep.date,
                        said=self.date_words(claim),
                        extra=extra,
                        tail=tail,
                    ),
                    evidence,
                    partly=msg(
                        "a State Party then (holds: the Statute in force for it); the deposit then (does not hold: "
                        "{day})",
                        day=dep.date,
                    ),
                    convention="in_force",
                )
            return Result(
                CONTRADICTED,
                msg(
                    "{state} deposited its instrument on {day}, not {said}{extra}{tail}",
                    state=n,
                    day=dep.date,
                    said=self.date_words(claim),
                    extra=extra,
                    tail=tail,
                ),
                evidence,
            )
        return Result(
            SUPPORTED,
            msg(
                "{state} deposited its {instrument} on {day}{tail}",
                state=n,
                instrument=INSTRUMENT_WORDS[dep.kind],
                day=dep.date,
                tail=tail,
            ),
            evidence,
        )

    def join(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        dep, withdrawn = self._deposit(iso3)
        if claim.negated:
            if dep is not None and withdrawn is None:
                return Result(
                    CONTRADICTED,
                    msg(
                        "{state} deposited its instrument on {day}; the Statute entered into force for it on "
                        "{in_force}",
                        state=n,
                        day=dep.date,
                        in_force=self.eif(dep),
                    ),
                    [self.ev(iso3, dep)],
                )
            if dep is not None and withdrawn is not None:
                return Result(
                    SUPPORTED,
                    msg(
                        "{state} deposited an instrument on {day} but withdrew it on {withdrawn}, before it took "
                        "effect",
                        state=n,
                        day=dep.date,
                        withdrawn=withdrawn.date,
                    ),
                    [self.ev(iso3, dep), self.ev(iso3, withdrawn)],
                )
            return Result(SUPPORTED, msg("{status}: no instrument deposited", status=self.status_text(iso3)))
        if dep is None:
            return Result(
                CONTRADICTED,
                msg("{status}: no instrument of ratification or accession recorded", status=self.status_text(iso3)),
            )
        eif = self.eif(dep)
        evidence = [self.ev(iso3, dep)]
        if withdrawn is not None and withdrawn.date < eif:
            evidence.append(self.ev(iso3, withdrawn))
            return Result(
                CONTRADICTED,
                msg(
                    "{state} deposited an instrument on {day} but withdrew it on {withdrawn}, before the Statute "
                    "entered into force for it: it never became a State Party",
                    state=n,
                    day=dep.date,
                    withdrawn=withdrawn.date,
                ),
                evidence,
            )
        if claim.date is not None:
            if claim.date.covers(dep.date):
                return Result(
                    SUPPORTED,
                    msg(
                        "{state} deposited its instrument on {day} (counting from deposit; in force for it from "
                        "{in_force})",
                        state=n,
                        day=dep.date,
                        in_force=eif,
                    ),
                    evidence,
                    convention="deposited",
                )
            if claim.date.covers(eif):
                return Result(
                    SUPPORTED,
                    msg(
                        "the Statute entered into force for {state} on {in_force} (counting from entry into force; "
                        "deposited {day})",
                        state=n,
                        in_force=eif,
                        day=dep.date,
                    ),
                    evidence,
                    convention="in_force",
                )
            return Result(
                CONTRADICTED,
                msg(
                    "{state} deposited its instrument on {day} and the Statute entered into force for it on "
                    "{in_force}, not {said}",
                    state=n,
                    day=dep.date,
                    in_force=eif,
                    said=self.date_words(claim),
                ),
                evidence,
            )
        if eif > self.as_of:
            return Result(
                PARTLY,
                msg(
                    "{state} deposited its instrument on {day}; the Statute enters into force for it only on "
                    "{in_force}",
                    state=n,
                    day=dep.date,
                    in_force=eif,
                ),
                evidence,
                partly=msg(
                    "instrument deposited (holds); a State Party with the Statute in force (not until {in_force})",
                    in_force=eif,
                ),
                parts=[
                    {
                        "claim": msg("instrument deposited"),
                        "holds": True,
                        "because": msg("deposited {day}", day=dep.date),
                    },
                    {"claim": msg("Statute in force for it"), "holds": False, "because": msg("from {day}", day=eif)},
                ],
                convention="deposited",
            )
        return Result(
            SUPPORTED,
            msg(
                "{state} deposited its instrument on {day}; in force for it since {in_force}",
                state=n,
                day=dep.date,
                in_force=eif,
            ),
            evidence,
        )

    def entry_into_force(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        dep, withdrawn = self._deposit(iso3)
        if dep is None:
            return Result(
                CONTRADICTED,
                msg(
                    "{status}: no instrument deposited, so the Statute is not in force for it",
                    status=self.status_text(iso3),
                ),
            )
        eif = self.eif(dep)
        evidence = [self.ev(iso3, dep)]
        if withdrawn is not None and withdrawn.date < eif:
            evidence.append(self.ev(iso3, withdrawn))
            return Result(
                CONTRADICTED,
                msg(
                    "{state} withdrew its instrument on {withdrawn}, before the Statute would have entered into force "
                    "for it ({in_force})",
                    state=n,
                    withdrawn=withdrawn.date,
                    in_force=eif,
                ),
                evidence,
            )
        if claim.date is not None and not claim.date.covers(eif):
            return Result(
                CONTRADICTED,
                msg(
                    "the Statute entered into force for {state} on {in_force} (art. 126(2); deposited {day}), not "
                    "{said}",
                    state=n,
                    in_force=eif,
                    day=dep.date,
                    said=self.date_words(claim),
                ),
                evidence,
            )
        return Result(
            SUPPORTED,
            msg(
                "the Statute entered into force for {state} on {in_force} (art. 126(2); deposited {day})",
                state=n,
                in_force=eif,
                day=dep.date,
            ),
            evidence,
        )

    def instrument_withdrawn(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        pulled = self.events(iso3, [Kind.instrument_withdrawn])
        if not pulled:
            if claim.pattern == "instrument_withdrawn.reversal" and not self.events(iso3, DEPOSITS):
                return Result(
                    NOT_CHECKABLE,
                    msg(
                        "{state} deposited no instrument up to {as_of}: a government dropping a plan is not a "
                        "depositary act",
                        state=n,
                        as_of=self.as_of,
                    ),
                )
            return Result(
                CONTRADICTED,
                msg(
                    "no instrument withdrawn by {state} is recorded up to {as_of}; {status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
        w = pulled[-1]
        evidence = [*(self.ev(iso3, e) for e in self.events(iso3, DEPOSITS)), self.ev(iso3, w)]
        if not self.in_date(claim, w.date):
            return Result(
                CONTRADICTED,
                msg(
                    "{state} withdrew its instrument on {day}, not {said}",
                    state=n,
                    day=w.date,
                    said=self.date_words(claim),
                ),
                evidence,
            )
        return Result(
            SUPPORTED,
            msg(
                "{state} withdrew its instrument on {day}, before the Statute entered into force for it",
                state=n,
                day=w.date,
            ),
            evidence,
        )

    def count_on(self, day: date, convention: str, group: str = "all") -> int:
        key = (day, convention, group)
        if key not in self._counts:  # a text's counts often ask the same day
            counted = CONVENTIONS[convention]
            self._counts[key] = sum(1 for iso3 in self.members(group) if self.led.facts(iso3).status(day) in counted)
        return self._counts[key]

    def members(self, group: str) -> list[str]:
        """The States of a regional group of the Assembly ("all": every State)."""
        if group == "all":
            return list(self.led.states)
        return [iso3 for iso3, g in self.led.groups.items() if g == group and iso3 in self.led.states]

    def ordinal(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        dep, withdrawn = self._deposit(iso3)
        if dep is None:
            return Result(CONTRADICTED, msg("{status}: no instrument deposited", status=self.status_text(iso3)))
        eif = self.eif(dep)
        word = claim.ordinal or ""
        evidence = [self.ev(iso3, dep)]
        if word in ("latest", "newest", "most recent"):
            later = [
                (i, e) for i in self.led.states for e in self.events(i, DEPOSITS) if e.date > dep.date and i != iso3
            ]
            if later:
                i, e = min(later, key=lambda x: x[1].date)
                return Result(
                    CONTRADICTED,
                    msg(
                        "{state} deposited on {day}; {other} deposited later, on {later}",
                        state=n,
                        day=dep.date,
                        other=self.name(i),
                        later=e.date,
                    ),
                    [*evidence, self.ev(i, e)],
                )
            return Result(
                SUPPORTED,
                msg(
                    "{state}'s deposit on {day} is the latest recorded up to {as_of}",
                    state=n,
                    day=dep.date,
                    as_of=self.as_of,
                ),
                evidence,
            )
        rank = text_rank(word)
        lo_dep, hi_dep = (
            self.count_on(dep.date - timedelta(days=1), "deposited") + 1,
            self.count_on(dep.date, "deposited"),
        )
        lo_eif, hi_eif = self.count_on(eif - timedelta(days=1), "in_force") + 1, self.count_on(eif, "in_force")
        if lo_dep <= rank <= hi_dep:
            same = (
                msg(" (with others the same day: {first}-{last})", first=lo_dep, last=hi_dep) if hi_dep > lo_dep else ""
            )
            return Result(
                SUPPORTED,
                msg(
                    "{state} deposited on {day}, the {rank} State Party counting instruments deposited{same}",
                    state=n,
                    day=dep.date,
                    rank=Ordinal(rank),
                    same=same,
                ),
                evidence,
                convention="deposited",
            )
        if lo_eif <= rank <= hi_eif:
            same = (
                msg(" (with others the same day: {first}-{last})", first=lo_eif, last=hi_eif) if hi_eif > lo_eif else ""
            )
            return Result(
                SUPPORTED,
                msg(
                    "the Statute entered into force for {state} on {in_force}: the {rank} State Party counting the "
                    "Statute in force{same}",
                    state=n,
                    in_force=eif,
                    rank=Ordinal(rank),
                    same=same,
                ),
                evidence,
                convention="in_force",
            )
        return Result(
            CONTRADICTED,
            msg(
                "{state} was number {by_deposit} counting instruments deposited (on {day}) and number {by_force} "
                "counting the Statute in force (on {in_force}), not the {said}",
                state=n,
                by_deposit=_span(lo_dep, hi_dep),
                day=dep.date,
                by_force=_span(lo_eif, hi_eif),
                in_force=eif,
                said=Ordinal(rank, word) if rank else word,
            ),
            evidence,
            convention="both",
        )

    def _withdrawal(self, iso3: str) -> tuple[Event | None, date | None, Event | None]:
        """The latest withdrawal notified by the as-of day, when it takes effect, and its revocation."""
        notices = self.events(iso3, [Kind.withdrawal_notification])
        if not notices:
            return None, None, None
        notice = notices[-1]
        revoked = [e for e in self.events(iso3, [Kind.withdrawal_revocation]) if e.date >= notice.date]
        return notice, withdrawal_effective(notice), (revoked[0] if revoked else None)

    def _never_party(self, iso3: str, said_withdrew: bool = False) -> Result | None:
        """`said_withdrew`: the claim's verb is a withdrawal ("withdrew from the treaty"), not a
        membership that ended ("no longer a member"), which a signatory never had."""
        if self.events(iso3, DEPOSITS):
            return None
        n = self.name(iso3)
        sw = self.events(iso3, [Kind.signature_withdrawal])
        extra = (
            msg(
                "; it notified on {day} that it does not intend to become a party (signature withdrawn), which is "
                "not a withdrawal",
                day=sw[0].date,
            )
            if sw
            else ""
        )
        # "the US withdrew from the treaty": what the press calls so is, for a signatory, the notice that
        # it does not intend to become a party; the words are wrong, the act they point at happened
        return Result(
            PARTLY if sw and said_withdrew else CONTRADICTED,
            msg(
                "{state} was never a State Party, so it could not withdraw (art. 127 applies to States Parties); "
                "{status}{extra}",
                state=n,
                status=self.status_text(iso3),
                extra=extra,
            ),
            [self.ev(iso3, e) for e in (*self.events(iso3, [Kind.signature]), *sw)],
            partly=msg(
                "a withdrawal from the Statute (does not hold: never a State Party); its signature withdrawn (holds)"
            )
            if sw and said_withdrew
            else None,
        )

    def withdrawal(self, claim: Claim, iso3: str, membership_ended: bool = False) -> Result:
        """`membership_ended`: the claim said the State is no longer a member (since a day)."""
        n = self.name(iso3)
        notice, effective, revoked = self._withdrawal(iso3)
        pulled = self.events(iso3, [Kind.instrument_withdrawn])
        left = (
            notice is not None
            and effective is not None
            and effective <= self.as_of
            and (revoked is None or revoked.date >= effective)
        )
        if claim.negated:
            if left:
                assert notice is not None
                return Result(
                    CONTRADICTED,
                    msg("{state}'s withdrawal took effect on {effective}", state=n, effective=effective),
                    [self.ev(iso3, notice)],
                )
            if notice is not None and revoked is None:
                return Result(
                    SUPPORTED,
                    msg(
                        "{state} has notified its withdrawal ({day}), effective only on {effective}",
                        state=n,
                        day=notice.date,
                        effective=effective,
                    ),
                    [self.ev(iso3, notice)],
                )
            return Result(SUPPORTED, msg("{status}; no withdrawal has taken effect", status=self.status_text(iso3)), [])
        if pulled and not self.events(iso3, [Kind.withdrawal_notification]):
            # Withdrawing an instrument before it took effect is withdrawing from the Statute, but not
            # leaving the Court: the State never was a State Party.
            w = pulled[-1]
            evidence = [*(self.ev(iso3, e) for e in self.events(iso3, DEPOSITS)), self.ev(iso3, w)]
            if not re.match(r"withdr", claim.verb or ""):
                return Result(
                    CONTRADICTED,
                    msg(
                        "{state} never became a State Party: it withdrew its instrument on {day}, before the Statute "
                        "entered into force for it",
                        state=n,
                        day=w.date,
                    ),
                    evidence,
                )
            ok = self.in_date(claim, w.date)
            pulled_words = msg(
                "{state} withdrew its instrument on {day}, before the Statute entered into force for it",
                state=n,
                day=w.date,
            )
            return Result(
                SUPPORTED if ok else CONTRADICTED,
                pulled_words if ok else msg("{because}, not {said}", because=pulled_words, said=self.date_words(claim)),
                evidence,
            )
        never = self._never_party(iso3, said_withdrew=not membership_ended)
        if never is not None:
            return never
        if notice is None or effective is None:
            return Result(
                CONTRADICTED,
                msg(
                    "no withdrawal by {state} is recorded up to {as_of}; {status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
        evidence = [self.ev(iso3, notice)]
        if revoked is not None and revoked.date < effective:
            evidence.append(self.ev(iso3, revoked))
            acted = claim.date is None or claim.date.covers(notice.date)
            before = claim.sentence.text[: claim.trigger[0] - claim.sentence.start]
            perfect = re.search(r"\b(?:has|have)\s+(?:\w+\s+){0,2}$", before)  # "has withdrawn": out now
            revoked_words = msg(
                "{state} notified its withdrawal on {day} but revoked it on {revoked}, before it would have taken "
                "effect ({effective}): it remained a State Party",
                state=n,
                day=notice.date,
                revoked=revoked.date,
                effective=effective,
            )
            if acted and not perfect and re.match(r"withdr|pull", claim.verb or ""):
                # "X withdrew (under its leader)": the notice was given, then revoked; it never left.
                return Result(
                    PARTLY,
                    revoked_words,
                    evidence,
                    partly=msg("withdrawal notified (holds); left (does not hold: the notice was revoked)"),
                )
            return Result(CONTRADICTED, revoked_words, evidence)
        date_ok = claim.date is None or claim.date.covers(notice.date) or claim.date.covers(effective)
        if effective > self.as_of:
            parts = [
                {
                    "claim": msg("withdrawal notified"),
                    "holds": True,
                    "because": msg("notified {day}", day=notice.date),
                },
                {
                    "claim": msg("withdrawal in effect (left)"),
                    "holds": False,
                    "because": msg("takes effect {day}", day=effective),
                },
            ]
            if not date_ok:
                return Result(
                    CONTRADICTED,
                    msg(
                        "{state} notified its withdrawal on {day}, not {said}; it takes effect on {effective}",
                        state=n,
                        day=notice.date,
                        said=self.date_words(claim),
                        effective=effective,
                    ),
                    evidence,
                )
            return Result(
                PARTLY,
                msg(
                    "{state} notified its withdrawal on {day}; it takes effect only on {effective}, so on {as_of} it "
                    "is still a State Party",
                    state=n,
                    day=notice.date,
                    effective=effective,
                    as_of=self.as_of,
                ),
                evidence,
                partly=msg(
                    "withdrawal notified (holds); left (does not hold: still a State Party until {effective})",
                    effective=effective,
                ),
                parts=parts,
            )
        if not date_ok:
            return Result(
                CONTRADICTED,
                msg(
                    "{state} notified its withdrawal on {day}, effective {effective}; not {said}",
                    state=n,
                    day=notice.date,
                    effective=effective,
                    said=self.date_words(claim),
                ),
                evidence,
            )
        if claim.date is not None and not claim.date.covers(effective):
            return Result(
                PARTLY,
                msg(
                    "{state} notified its withdrawal on {day} ({said}), but it took effect only on {effective}",
                    state=n,
                    day=notice.date,
                    said=self.date_words(claim),
                    effective=effective,
                ),
                evidence,
                partly=msg(
                    "withdrawal notified {said} (holds); left then (does not hold: effective {effective})",
                    said=self.date_words(claim),
                    effective=effective,
                ),
                parts=[
                    {
                        "claim": msg("withdrawal notified then"),
                        "holds": True,
                        "because": msg("notified {day}", day=notice.date),
                    },
                    {"claim": msg("left then"), "holds": False, "because": msg("took effect {day}", day=effective)},
                ],
            )
        return Result(
            SUPPORTED,
            msg(
                "{state} notified its withdrawal on {day}; it took effect on {effective}",
                state=n,
                day=notice.date,
                effective=effective,
            ),
            evidence,
        )

    def notification(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        notices = self.events(iso3, [Kind.withdrawal_notification])
        if claim.negated or (claim.mood == "future" and claim.mode != "announcement"):
            # "deberá ser notificado", "doit être notifié": said to be yet to come, as "not notified yet" is
            if notices:
                return Result(
                    CONTRADICTED,
                    msg("{state} notified its withdrawal on {day}", state=n, day=notices[-1].date),
                    [self.ev(iso3, notices[-1])],
                )
            return Result(SUPPORTED, msg("no withdrawal by {state} notified up to {as_of}", state=n, as_of=self.as_of))
        if not notices:
            never = self._never_party(iso3)
            if never is not None:
                return never
            soon = [
                e
                for e in self.events(iso3, [Kind.withdrawal_notification], self.as_of + DOMESTIC_SOON)
                if e.date > self.as_of
            ]
            begun = claim.present or claim.progressive or "process" in claim.pattern or "present" in claim.pattern
            if soon and not begun and (claim.date is None or claim.date.last is None or claim.date.last <= self.as_of):
                # "Hungary has notified its withdrawal", written the day the government announced it, the notice
                # received two months later: what was reported can only be the decision (issue 14, kind 8); a
                # process said to have begun ("has started the withdrawal process", "se retire") stays contradicted
                return Result(
                    PARTLY,
                    msg(
                        "no withdrawal by {state} notified up to {as_of}; {state} notified it on {day}: what is "
                        "reported can only be the government's decision or announcement",
                        state=n,
                        as_of=self.as_of,
                        day=soon[0].date,
                    ),
                    [self.ev(iso3, soon[0])],
                    partly=msg("the decision (holds); the notice (only on {day})", day=soon[0].date),
                )
            return Result(
                CONTRADICTED,
                msg(
                    "no withdrawal by {state} notified up to {as_of}; {status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
        matching = [e for e in notices if self.in_date(claim, e.date)]
        said_last = claim.date.last if claim.date is not None else None
        if not matching and said_last is not None and said_last < notices[-1].date <= said_last + DOMESTIC_SOON:
            # "notified its withdrawal on 3 April", the day of the announcement; the notice came on 2 June
            return Result(
                PARTLY,
                msg(
                    "{state} notified its withdrawal on {day}, after {said}: what is reported for then can only be "
                    "the government's decision or announcement",
                    state=n,
                    day=notices[-1].date,
                    said=self.date_words(claim),
                ),
                [self.ev(iso3, notices[-1])],
                partly=msg("the decision (holds); the notice (only on {day})", day=notices[-1].date),
            )
        if not matching:
            return Result(
                CONTRADICTED,
                msg(
                    "{state} notified its withdrawal on {day}, not {said}",
                    state=n,
                    day=notices[-1].date,
                    said=self.date_words(claim),
                ),
                [self.ev(iso3, notices[-1])],
            )
        notice = matching[-1]
        effective = withdrawal_effective(notice)
        revoked = [e for e in self.events(iso3, [Kind.withdrawal_revocation]) if e.date >= notice.date]
        evidence = [self.ev(iso3, notice), *(self.ev(iso3, e) for e in revoked)]
        if claim.progressive or claim.present:
            if revoked:
                return Result(
                    CONTRADICTED,
                    msg(
                        "{state} notified its withdrawal on {day} but revoked it on {revoked}",
                        state=n,
                        day=notice.date,
                        revoked=revoked[0].date,
                    ),
                    evidence,
                )
            if effective <= self.as_of:
                return Result(
                    PARTLY,
                    msg(
                        "{state}'s withdrawal, notified on {day}, already took effect on {effective}",
                        state=n,
                        day=notice.date,
                        effective=effective,
                    ),
                    evidence,
                    partly=msg(
                        "notified (holds); still in process (does not hold: effective {effective})",
                        effective=effective,
                    ),
                )
            return Result(
                SUPPORTED,
                msg(
                    "{state} notified its withdrawal on {day}; it takes effect on {effective}",
                    state=n,
                    day=notice.date,
                    effective=effective,
                ),
                evidence,
            )
        later = (
            msg("; revoked on {day}", day=revoked[0].date)
            if revoked
            else msg("; effective {effective}", effective=effective)
        )
        return Result(
            SUPPORTED,
            msg("{state} notified its withdrawal on {day}{later}", state=n, day=notice.date, later=later),
            evidence,
        )

    def effect(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        notice, effective, revoked = self._withdrawal(iso3)
        if notice is None or effective is None:
            never = self._never_party(iso3)
            return never or Result(
                CONTRADICTED, msg("no withdrawal by {state} notified up to {as_of}", state=n, as_of=self.as_of)
            )
        evidence = [self.ev(iso3, notice)]
        if revoked is not None and revoked.date < effective:
            evidence.append(self.ev(iso3, revoked))
            return Result(
                CONTRADICTED,
                msg(
                    "{state}'s withdrawal (notified {day}) was revoked on {revoked}: it never took effect",
                    state=n,
                    day=notice.date,
                    revoked=revoked.date,
                ),
                evidence,
            )
        takes_effect = msg(
            "{state}'s withdrawal, notified on {day}, takes effect on {effective}",
            state=n,
            day=notice.date,
            effective=effective,
        )
        if claim.date is not None:
            if claim.date.covers(effective):
                return Result(SUPPORTED, takes_effect, evidence)
            return Result(
                CONTRADICTED,
                msg("{because}, not {said}", because=takes_effect, said=self.date_words(claim)),
                evidence,
            )
        if effective <= self.as_of or claim.mood == "future":  # "will take effect", "avant que ... ne prenne effet"
            return Result(SUPPORTED, takes_effect, evidence)
        return Result(
            CONTRADICTED,
            msg(
                "{state}'s withdrawal, notified on {day}, had not taken effect by {as_of} (it does on {effective})",
                state=n,
                day=notice.date,
                as_of=self.as_of,
                effective=effective,
            ),
            evidence,
        )

    def withdrawal_ordinal(self, claim: Claim, iso3: str) -> Result:
        # "the first African country to leave": the rank among the States of that regional group; "the first EU
        # country to leave": among States the record does not list as a group, so the rank cannot be checked
        region = next((g for rx, g in _REGIONS if rx.search(claim.phrase)), None)
        unlisted = _UNLISTED.search(claim.phrase) if region is None else None
        members = {i for i, g in self.led.groups.items() if g == region} if region else set(self.led.states)
        notice_of = self._withdrawal(iso3)
        if unlisted is not None:
            overall = self.withdrawal_ordinal(replace(claim, phrase=""), iso3)
            if notice_of[0] is None or notice_of[2] is not None:
                return overall  # no withdrawal notified (or it was revoked): not the first of any group to leave
            return Result(
                NOT_CHECKABLE,
                msg(
                    "the rank is said among {among}, a group whose members the record does not list; "
                    "overall: {because}",
                    among=" ".join(unlisted.group().split()),
                    because=overall.because,
                ),
                overall.evidence,
            )
        done = []
        for i in sorted(members):
            notice, effective, revoked = self._withdrawal(i)
            if notice and effective and effective <= self.as_of and (revoked is None or revoked.date >= effective):
                done.append((effective, i, notice))
        done.sort()
        rank = ORDINALS.get(claim.ordinal or "", 0)
        order = [i for _, i, _ in done]
        evidence = [self.ev(i, notice) for _, i, notice in done[: max(rank, 1) + 1]]
        if iso3 in order and order.index(iso3) + 1 == rank:
            return Result(
                SUPPORTED,
                msg(
                    "{state}'s withdrawal took effect on {effective}, the {rank} to do so",
                    state=self.name(iso3),
                    effective=done[rank - 1][0],
                    rank=Ordinal(rank, claim.ordinal),
                ),
                evidence,
            )
        pending = self._pending_rank(iso3, rank, claim.mood == "future", members)
        if pending is not None and iso3 not in order:
            return pending
        if not done:
            return Result(CONTRADICTED, msg("no withdrawal had taken effect by {as_of}", as_of=self.as_of), evidence)
        first = joined(", ", [msg("{state} ({day})", state=self.name(i), day=d) for d, i, _ in done[:3]])
        return Result(
            CONTRADICTED,
            msg("withdrawals in effect by {as_of}, in order: {states}", as_of=self.as_of, states=first),
            evidence,
        )

    def _pending_rank(self, iso3: str, rank: int, future: bool, members: set[str] | None = None) -> Result | None:
        """ "Its withdrawal takes effect in October 2017, making it the first to leave", said while the
        State's own notice runs: the rank among the withdrawals notified and not revoked by the day
        (said as done, "became the first to leave", it is partly: the State has not left yet)."""
        notice, effective, revoked = self._withdrawal(iso3)
        if notice is None or effective is None or effective <= self.as_of or revoked is not None:
            return None
        notified = sorted(
            (n.date, i, n)
            for i in (self.led.states if members is None else members)
            for n, _, r in [self._withdrawal(i)]
            if n is not None and r is None
        )
        order = [i for _, i, _ in notified]
        evidence = [self.ev(i, n) for _, i, n in notified[: max(rank, 1) + 1]]
        place = order.index(iso3) + 1
        because = msg(
            "{state} notified its withdrawal on {day} (it takes effect on {effective}): number {place} among the "
            "withdrawals notified and not revoked by {as_of}",
            state=self.name(iso3),
            day=notice.date,
            effective=effective,
            place=place,
            as_of=self.as_of,
        )
        if place != rank:
            return Result(CONTRADICTED, msg("{because}, not the {rank}", because=because, rank=Ordinal(rank)), evidence)
        if future:
            return Result(SUPPORTED, because, evidence)
        return Result(
            PARTLY,
            msg("{because}; it has not left yet", because=because),
            evidence,
            partly=msg(
                "the {rank} to notify (holds); left (not before {effective})", rank=Ordinal(rank), effective=effective
            ),
        )

    def revocation(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        notices = self.events(iso3, [Kind.withdrawal_notification])
        revs = self.events(iso3, [Kind.withdrawal_revocation])
        if not notices:
            if claim.pattern == "revocation.decision":
                return Result(
                    NOT_CHECKABLE,
                    msg(
                        "no withdrawal by {state} was notified up to {as_of}: a government dropping a plan is not a "
                        "depositary act, so the record cannot confirm it",
                        state=n,
                        as_of=self.as_of,
                    ),
                )
            return Result(
                CONTRADICTED,
                msg(
                    "no withdrawal by {state} was notified up to {as_of}, so none could be revoked",
                    state=n,
                    as_of=self.as_of,
                ),
            )
        evidence = [self.ev(iso3, notices[-1]), *(self.ev(iso3, e) for e in revs)]
        if claim.negated:
            return Result(
                CONTRADICTED if revs else SUPPORTED,
                msg("revocation recorded on {day}", day=revs[-1].date) if revs else msg("no revocation recorded"),
                evidence,
            )
        if not revs:
            return Result(
                CONTRADICTED,
                msg(
                    "{state} notified its withdrawal on {day}; no revocation is recorded up to {as_of}",
                    state=n,
                    day=notices[-1].date,
                    as_of=self.as_of,
                ),
                evidence,
            )
        rev = revs[-1]
        if not self.in_date(claim, rev.date):
            return Result(
                CONTRADICTED,
                msg(
                    "{state} revoked its withdrawal on {day}, not {said}",
                    state=n,
                    day=rev.date,
                    said=self.date_words(claim),
                ),
                evidence,
            )
        return Result(
            SUPPORTED,
            msg(
                "{state} revoked its withdrawal (notified {notified}) on {day}",
                state=n,
                notified=notices[-1].date,
                day=rev.date,
            ),
            evidence,
        )

    def amendment(self, claim: Claim, iso3: str) -> Result:
        """The Kampala amendments on the crime of aggression accepted (art. 121(5)): the State's
        instrument of acceptance, deposited with the Secretary-General."""
        n = self.name(iso3)
        accepted = [e for e in self.events(iso3, [Kind.amendment_acceptance]) if e.amendment == "aggression-2010"]
        if claim.negated:
            if accepted:
                return Result(
                    CONTRADICTED,
                    msg("{state} accepted the aggression amendments on {day}", state=n, day=accepted[0].date),
                    [self.ev(iso3, accepted[0])],
                )
            return Result(
                SUPPORTED,
                msg(
                    "no acceptance of the aggression amendments by {state} recorded up to {as_of}",
                    state=n,
                    as_of=self.as_of,
                ),
            )
        if not accepted:
            caveats = self.led.instruments.amendments["aggression-2010"].caveats
            result = Result(
                CONTRADICTED,
                msg(
                    "no acceptance of the aggression amendments by {state} is recorded up to {as_of}",
                    state=n,
                    as_of=self.as_of,
                ),
            )
            if caveats:
                result.because = cat(result.because, msg(" (the recorded acceptances have known gaps: see caveats)"))
            return result
        e = accepted[0]
        if not self.in_date(claim, e.date):
            return Result(
                CONTRADICTED,
                msg(
                    "{state} deposited its acceptance of the aggression amendments on {day}, not {said}",
                    state=n,
                    day=e.date,
                    said=self.date_words(claim),
                ),
                [self.ev(iso3, e)],
            )
        return Result(
            SUPPORTED,
            msg("{state} deposited its acceptance of the aggression amendments on {day}", state=n, day=e.date),
            [self.ev(iso3, e)],
        )

    # -- Kampala amendments on aggression (aggression-2010), counted; the Court's jurisdiction activated -------
    def aggression_accepted(self, day: date) -> list[tuple[date, str]]:
        """The acceptances of the aggression amendments deposited by `day` (the ledger's compiled facts, as
        the exports count them), in date order: (day of deposit, State)."""
        out = []
        for iso3 in self.led.states:
            found = self.led.facts(iso3).amendments.get(AGGRESSION)
            if found is not None and found[1].date <= day:
                out.append((found[1].date, iso3))
        return sorted(out)

    def aggression_caveats(self) -> list[dict[str, Any]]:
        """The ledger's own word on how complete its record of acceptances is (data/instruments.yaml)."""
        amendment = self.led.instruments.amendments[AGGRESSION]
        return [
            {
                "type": "instrument",
                "what": amendment.title,
                "note": Caveat(AmendmentName(AGGRESSION, amendment), c),  # "aggression-2010: ..."; its title in fr, es
                "source": amendment.sources[0].to_json() if amendment.sources else None,
            }
            for c in amendment.caveats
        ]

    def amendment_count(self, claim: Claim) -> Result:
        """How many States had accepted the aggression amendments ("39 State parties to the Kampala
        Amendments"), or a State's rank among them ("the 28th State party to the Kampala Amendments")."""
        assert claim.number is not None
        number, caveats = claim.number, self.aggression_caveats()
        ranked = next((m.iso3 for m in claim.places if m.iso3 in self.led.states), None)
        if claim.ordinal and ranked is not None:
            n = self.name(ranked)
            found = self.led.facts(ranked).amendments.get(AGGRESSION)
            if found is None or found[1].date > self.as_of:
                return Result(
                    CONTRADICTED,
                    cat(
                        msg(
                            "no acceptance of the aggression amendments by {state} is recorded up to {as_of}",
                            state=n,
                            as_of=self.as_of,
                        ),
                        msg(" (the recorded acceptances have known gaps: see caveats)"),
                    ),
                    caveats,
                )
            e = found[1]
            lo = len(self.aggression_accepted(e.date - timedelta(days=1))) + 1
            hi = len(self.aggression_accepted(e.date))
            evidence = [self.ev(ranked, e), self.amendment_count_ev(e.date, hi), *caveats]
            if lo <= number <= hi:
                return Result(
                    SUPPORTED,
                    msg(
                        "{state} deposited its acceptance of the aggression amendments on {day}: acceptance number "
                        "{rank} recorded",
                        state=n,
                        day=e.date,
                        rank=_span(lo, hi),
                    ),
                    evidence,
                    convention="deposited",
                )
            return Result(
                CONTRADICTED,
                msg(
                    "{state} deposited its acceptance of the aggression amendments on {day}: acceptance number "
                    "{rank} recorded, not the {said}",
                    state=n,
                    day=e.date,
                    rank=_span(lo, hi),
                    said=Ordinal(number, claim.ordinal),
                ),
                evidence,
                convention="deposited",
            )
        first, last = self.as_of, self.as_of
        if claim.date is not None and claim.date.first is not None and claim.date.last is not None:
            first, last = claim.date.first, min(claim.date.last, max(claim.date.first, self.as_of))
        if claim.ordinal:
            # a rank with no State named: the acceptance of that rank, by the day said
            accepted = self.aggression_accepted(last)
            if len(accepted) >= number:
                day, iso3 = accepted[number - 1]
                return Result(
                    SUPPORTED,
                    msg(
                        "acceptance number {rank} of the aggression amendments recorded: {state}'s, on {day}",
                        rank=number,
                        state=self.name(iso3),
                        day=day,
                    ),
                    [self.amendment_count_ev(last, len(accepted)), *caveats],
                    convention="deposited",
                )
            counts = [len(accepted)]
        else:
            days = sorted({first, last} | {d for d, _ in self.aggression_accepted(last) if first <= d <= last})
            counts = [len(self.aggression_accepted(d)) for d in days]
            for d, c in zip(days, counts, strict=True):
                if _fits(c, number, claim.approx):
                    return Result(
                        SUPPORTED,
                        msg(
                            "{count} States had deposited their acceptance of the aggression amendments by {day}",
                            count=c,
                            day=d,
                        ),
                        [self.amendment_count_ev(d, c), *caveats],
                        convention="deposited",
                    )
        seen = sorted(set(counts))
        said: Any = (
            msg("{approx} {number}", approx=APPROX_WORDS.get(claim.approx, claim.approx), number=number)
            if claim.approx
            else number
        )
        return Result(
            CONTRADICTED,
            cat(
                msg(
                    "not {said}: States that had deposited their acceptance of the aggression amendments {when}: "
                    "{counts}",
                    said=said,
                    when=_range_words(first, last),
                    counts=_numbers(seen),
                ),
                msg(" (the recorded acceptances have known gaps: see caveats)") if caveats else "",
            ),
            [self.amendment_count_ev(last, counts[-1]), *caveats],
            convention="deposited",
        )

    def amendment_count_ev(self, day: date, count: int) -> dict[str, Any]:
        return {
            "type": "count",
            "on": day.isoformat(),
            "what": msg("States that had deposited their acceptance of the aggression amendments"),
            "count": count,
            # the command (code, the same in every language), then what it is asked, in words
            "command": "hague events --kind amendment_acceptance",
            "how": cat(
                "hague events --kind amendment_acceptance",
                msg(" (amendment {amendment}, up to {day})", amendment=AGGRESSION, day=day),
            ),
        }

    def aggression_activated(self, claim: Claim) -> Result:
        """The Court's jurisdiction over the crime of aggression, activated as of the day the Assembly of
        States Parties decided (ICC-ASP/16/Res.5: data/instruments.yaml `activated`); the amendments
        themselves enter into force for each accepting State one year after its deposit (art. 121(5))."""
        amendment = self.led.instruments.amendments[AGGRESSION]
        activated = amendment.activated
        if activated is None:
            return Result(NOT_CHECKABLE, msg("the record holds no day of activation"))
        source = next((s.to_json() for s in amendment.sources if s.url and "asp.icc-cpi.int" in s.url), None)
        ev = {
            "type": "instrument",
            "what": msg("jurisdiction over the crime of aggression activated"),
            "date": activated.isoformat(),
            "source": source or (amendment.sources[0].to_json() if amendment.sources else None),
        }
        in_force = sorted(
            f for f, _ in (self.led.facts(i).amendments.get(AGGRESSION, (None, None)) for i in self.led.states) if f
        )
        first_in_force = in_force[0] if in_force else None
        said_in_force = claim.pattern.endswith("in_force")
        if claim.date is None:
            if claim.mood == "future" or self.as_of >= activated:
                return Result(
                    SUPPORTED,
                    msg(
                        "the Court's jurisdiction over the crime of aggression was activated as of {day}", day=activated
                    ),
                    [ev],
                )
            return Result(
                CONTRADICTED,
                msg(
                    "the Court's jurisdiction over the crime of aggression was activated only as of {day}, after "
                    "{as_of}",
                    day=activated,
                    as_of=self.as_of,
                ),
                [ev],
            )
        if claim.date.covers(activated):
            if said_in_force and first_in_force is not None:
                return Result(
                    PARTLY,
                    msg(
                        "the Court's jurisdiction over the crime of aggression was activated as of {day}; the "
                        "amendments themselves enter into force for each accepting State one year after its deposit "
                        "(art. 121(5)), first on {first}",
                        day=activated,
                        first=first_in_force,
                    ),
                    [ev],
                    partly=msg(
                        "the day the jurisdiction was activated (holds); the amendments' entry into force (state by "
                        "state, from {first})",
                        first=first_in_force,
                    ),
                )
            return Result(
                SUPPORTED,
                msg("the Court's jurisdiction over the crime of aggression was activated as of {day}", day=activated),
                [ev],
            )
        if said_in_force and first_in_force is not None and claim.date.covers(first_in_force):
            return Result(
                SUPPORTED,
                msg(
                    "the amendments first entered into force on {first} (art. 121(5)); the Court's jurisdiction "
                    "over the crime of aggression was activated as of {day}",
                    first=first_in_force,
                    day=activated,
                ),
                [ev],
            )
        decided = amendment.activation_decided
        if decided is not None and claim.date.covers(decided):
            # "since 2017, crimes of aggression": the year the Assembly decided (ICC-ASP/16/Res.5), not the day the
            # jurisdiction began
            return Result(
                PARTLY,
                msg(
                    "the Assembly of States Parties decided on {decided} to activate the Court's jurisdiction over "
                    "the crime of aggression as of {day}",
                    decided=decided,
                    day=activated,
                ),
                [ev],
                partly=msg(
                    "the Assembly's decision (holds: {decided}); the jurisdiction itself (from {day})",
                    decided=decided,
                    day=activated,
                ),
            )
        return Result(
            CONTRADICTED,
            msg(
                "the Court's jurisdiction over the crime of aggression was activated as of {day}, not {said}",
                day=activated,
                said=self.date_words(claim),
            ),
            [ev],
        )

    # -- declarations under article 124 ----------------------------------------------------------------------
    def declaration_124(self, claim: Claim, iso3: str) -> Result:
        """A declaration under article 124: for seven years from the Statute's entry into force for the
        State, war crimes by its nationals or on its territory (or, as Ukraine declared, by its nationals
        only) outside the Court's jurisdiction; its span as the ledger compiles it (hague.ledger.facts)."""
        n = self.name(iso3)
        decls = self.events(iso3, [Kind.declaration_124])
        withdrawals = self.events(iso3, [Kind.declaration_124_withdrawal])
        evidence = [self.ev(iso3, e) for e in (*decls, *withdrawals)]
        if claim.negated:
            if decls:
                return Result(
                    CONTRADICTED,
                    msg("{state} made a declaration under article 124 on {day}", state=n, day=decls[0].date),
                    evidence,
                )
            return Result(
                SUPPORTED,
                msg("no declaration under article 124 by {state} recorded up to {as_of}", state=n, as_of=self.as_of),
            )
        if claim.domestic is not None and not decls:
            # "the parliament invoked article 124": the law behind a declaration the depositary had not yet received
            return Result(
                PARTLY,
                msg(
                    "what is reported ({found}) is a domestic act; the declaration is made to the depositary: "
                    "{because}",
                    found=claim.domestic,
                    because=msg(
                        "no declaration under article 124 by {state} recorded up to {as_of}", state=n, as_of=self.as_of
                    ),
                ),
                partly=msg("a domestic act (holds as reported); the declaration to the depositary (a separate act)"),
            )
        if not decls:
            return Result(
                CONTRADICTED,
                msg(
                    "no declaration under article 124 by {state} recorded up to {as_of}; {status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
        e = decls[0]
        span = next((d for d in self.led.facts(iso3).art_124 if d.event.date == e.date), None)
        scope = (
            msg("by its nationals")
            if span is not None and span.scope.value == "nationals"
            else (msg("by its nationals or on its territory"))
        )
        effect: Any = (
            msg(
                "; war crimes {scope} outside the Court's jurisdiction from {start} until {end}",
                scope=scope,
                start=span.start,
                end=span.end - timedelta(days=1),
            )
            if span is not None
            else ""
        )
        withdrawn: Any = msg("; withdrawn on {day}", day=withdrawals[0].date) if withdrawals else ""
        because = msg(
            "{state} made a declaration under article 124 on {day}{effect}{withdrawn}",
            state=n,
            day=e.date,
            effect=effect,
            withdrawn=withdrawn,
        )
        if claim.domestic is not None:
            return Result(
                PARTLY,
                msg(
                    "what is reported ({found}) is a domestic act; the declaration is made to the depositary: "
                    "{because}",
                    found=claim.domestic,
                    because=because,
                ),
                evidence,
                partly=msg("a domestic act (holds as reported); the declaration to the depositary (a separate act)"),
            )
        days = [
            e.date,
            *((span.start, span.end - timedelta(days=1), span.end) if span is not None else ()),
            *(w.date for w in withdrawals),
        ]
        if claim.date is not None and not any(claim.date.covers(d) for d in days):
            return Result(
                CONTRADICTED,
                msg("{because}, not {said}", because=because, said=self.date_words(claim)),
                evidence,
            )
        return Result(SUPPORTED, because, evidence)

    def declaration_period(self, claim: Claim, iso3: str, result: Result) -> Result:
        """An art. 12(3) declaration said to cover conduct from a day ("accepting jurisdiction since 13 June
        2014", "crimes committed from November 2013"): the period the ledger records for it."""
        about = claim.about
        if about is None or about.first is None or claim.negated or result.verdict != SUPPORTED:
            return result
        decls = [e for e in self.events(iso3, [Kind.declaration_12_3]) if e.period is not None]
        if not decls:
            return result  # accepted as a State Party (art. 12(1)): no period of its own
        n = self.name(iso3)

        def covering(e: Event) -> Msg:
            assert e.period is not None
            return msg(
                "the declaration {state} lodged on {day} covers conduct from {start}",
                state=n,
                day=e.date,
                start=e.period.start,
            )

        lodged = [e for e in decls if self.in_date(claim, e.date)]
        right = [e for e in lodged if e.period is not None and about.covers(e.period.start)]
        if right:
            return Result(SUPPORTED, covering(right[0]), [self.ev(iso3, e) for e in right])
        other = [e for e in decls if e.period is not None and about.covers(e.period.start)]
        said = (lodged or decls)[0].period
        assert said is not None
        return Result(
            PARTLY,
            cat(
                joined("; ", [covering(e) for e in (lodged or decls)]),
                msg(
                    "; the one covering conduct from {period} was lodged on {day}",
                    period=_label(about),
                    day=other[0].date,
                )
                if other
                else msg("; none recorded covers conduct from {period}", period=_label(about)),
            ),
            [self.ev(iso3, e) for e in (*(lodged or decls), *other)],
            partly=msg(
                "the declaration (holds); the period it covers (does not hold: from {start})",
                start=said.start,
            ),
        )

    def signature_withdrawal(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        sws = self.events(iso3, [Kind.signature_withdrawal])
        if claim.negated:
            if sws:
                return Result(
                    CONTRADICTED,
                    msg("{state} withdrew its signature on {day}", state=n, day=sws[0].date),
                    [self.ev(iso3, sws[0])],
                )
            return self._with_gap(
                Result(
                    SUPPORTED,
                    msg("no signature withdrawal by {state} recorded up to {as_of}", state=n, as_of=self.as_of),
                ),
                iso3,
                Kind.signature_withdrawal,
            )
        if claim.domestic is not None:
            # the order or decree reported as the withdrawal: a domestic act; a signature is withdrawn by the
            # notice the Secretary-General receives (the depositary's record)
            gap = self.gap(iso3, Kind.signature_withdrawal)
            recorded = (
                msg("{state} notified on {day} that it does not intend to become a party", state=n, day=sws[0].date)
                if sws
                else (
                    msg("the record lacks the notice ({note})", note=Text(gap.note))
                    if gap
                    else msg("no notice by {state} recorded up to {as_of}", state=n, as_of=self.as_of)
                )
            )
            return Result(
                PARTLY,
                msg(
                    "what is reported ({found}) is a domestic act; the signature is withdrawn by the notice to the "
                    "depositary: {recorded}",
                    found=claim.domestic,
                    recorded=recorded,
                ),
                [self.ev(iso3, e) for e in sws[:1]],
                partly=msg("a domestic act (holds as reported); the notice to the depositary (a separate act)"),
            )
        if not sws:
            result = Result(
                CONTRADICTED,
                msg(
                    "no notice by {state} that it does not intend to become a party is recorded up to {as_of}; "
                    "{status}",
                    state=n,
                    as_of=self.as_of,
                    status=self.status_text(iso3),
                ),
            )
            return self._with_gap(result, iso3, Kind.signature_withdrawal)
        sw = sws[0]
        if not self.in_date(claim, sw.date):
            return Result(
                CONTRADICTED,
                msg(
                    "{state} withdrew its signature on {day}, not {said}",
                    state=n,
                    day=sw.date,
                    said=self.date_words(claim),
                ),
                [self.ev(iso3, sw)],
            )
        return Result(
            SUPPORTED,
            msg(
                "{state} notified on {day} that it does not intend to become a party (signature withdrawn)",
                state=n,
                day=sw.date,
            ),
            [self.ev(iso3, sw)],
        )

    def _with_gap(self, result: Result, iso3: str, kind: Kind, until: date | None = None) -> Result:
        """A verdict resting on an event the record says it may lack cannot stand."""
        gap = self.gap(iso3, kind, until)
        if gap is None or result.verdict == NOT_CHECKABLE:
            return result
        return Result(
            NOT_CHECKABLE,
            msg(
                "the record may lack {kind} events from {day} ({note}), so it cannot decide; as recorded: {because}",
                kind=_kind(gap.kind),
                day=gap.after,
                note=Text(gap.note),  # the data's words, in English only (a page marks them lang="en")
                because=result.because,
            ),
            result.evidence,
        )

    def declaration(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        decls = self.events(iso3, [Kind.declaration_12_3])
        # "accepted the Court's jurisdiction" (English) or its French and Spanish forms: a State Party accepted it by
        # its instrument (art. 12(1)), as others by a declaration
        accepted = claim.pattern.endswith("declaration_12_3.accepted")
        deps = self.events(iso3, DEPOSITS) if accepted else []
        found = [e for e in (*decls, *deps) if self.in_date(claim, e.date)]
        if claim.negated:
            return Result(
                CONTRADICTED if found else SUPPORTED,
                msg("{count} acceptance(s) recorded", count=len(found)),
                [self.ev(iso3, e) for e in found],
            )
        if found:
            e = found[0]
            how = (
                msg("a declaration under article 12(3)")
                if e.kind is Kind.declaration_12_3
                else msg("its {instrument} (art. 12(1))", instrument=INSTRUMENT_WORDS[e.kind])
            )
            return Result(
                SUPPORTED,
                msg(
                    "{state} accepted the Court's jurisdiction by {how}, lodged on {day}", state=n, how=how, day=e.date
                ),
                [self.ev(iso3, x) for x in found],
            )
        if decls or deps:
            got = sorted((*decls, *deps), key=lambda e: e.date)
            return Result(
                CONTRADICTED,
                msg(
                    "{state}'s acceptances are dated {days}, not {said}",
                    state=n,
                    days=", ".join(str(e.date) for e in got),
                    said=self.date_words(claim),
                ),
                [self.ev(iso3, e) for e in got],
            )
        return Result(
            CONTRADICTED,
            msg(
                "no declaration under article 12(3) by {state} recorded up to {as_of}; {status}",
                state=n,
                as_of=self.as_of,
                status=self.status_text(iso3),
            ),
        )

    # -- status over a period ------------------------------------------------------------------------------
    def membership(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        facts = self.led.facts(iso3)
        first, last = self.as_of, self.as_of
        if claim.date is not None and claim.date.first is not None and claim.date.last is not None and not claim.since:
            first, last = claim.date.first, min(claim.date.last, max(self.as_of, claim.date.first))
        deps = self.events(iso3, DEPOSITS)
        evidence = [
            self.ev(iso3, e)
            for e in self.led.states[iso3].events
            if e.date <= last and e.kind is not Kind.amendment_acceptance
        ]
        if claim.action == "founding_member":
            statute = self.led.instruments.rome_statute.entry_into_force
            ok = bool(deps) and self.eif(deps[0]) <= statute
            because = cat(
                msg("the Statute entered into force for {state} on {in_force}", state=n, in_force=self.eif(deps[0]))
                if deps
                else msg("{state} never deposited an instrument", state=n),
                msg("; it entered into force on {day} for the founding States Parties", day=statute),
            )
            verdict = (SUPPORTED if ok else CONTRADICTED) if not claim.negated else (CONTRADICTED if ok else SUPPORTED)
            return Result(verdict, because, evidence)
        spans = _spans(facts.starts, facts.statuses, first, last)
        if (
            claim.action == "signatory"
            and not claim.negated
            and spans
            and all(st in PARTY_STATUSES for _, _, st in spans)
        ):
            # "X remains a signatory" of a State Party: it signed, and it is more than that
            return Result(
                PARTLY,
                msg(
                    "{state} signed the Rome Statute and is a State Party {when}: more than a signatory",
                    state=n,
                    when=_range_words(first, last),
                ),
                evidence,
                partly=msg("signed (holds); only a signatory (does not hold: a State Party)"),
            )
        if claim.action == "signatory":
            sigs = self.events(iso3, [Kind.signature], last)
            if claim.negated and sigs and re.search(r"\bnever\b", claim.phrase, re.IGNORECASE):
                # "has never been a signatory" of a State that signed: a signature withdrawn later
                # does not undo the signing
                return Result(
                    CONTRADICTED,
                    msg("{state} signed the Rome Statute on {day}", state=n, day=sigs[0].date),
                    evidence,
                )

            def holds(st: Status) -> bool:
                return bool(sigs) and st not in (Status.signature_withdrawn, Status.non_signatory)
        elif claim.no_longer:

            def holds(st: Status) -> bool:
                return st not in PARTY_STATUSES and bool(deps)
        else:

            def holds(st: Status) -> bool:
                return st in PARTY_STATUSES

        # "no longer a member" is already a negative in `holds`.
        flip = claim.negated and not claim.no_longer
        values = [(a, b, st, holds(st) != flip) for a, b, st in spans]
        if (
            claim.since
            and claim.date is not None
            and claim.action == "party"
            and claim.negated
            and not re.search(r"\b(?:never|jamais|nunca)\b", claim.phrase, re.IGNORECASE)
        ):
            # "n'est plus membre depuis 2017", "has not been a member since October 2017": the day the State
            # stopped being a party, that is its withdrawal taking effect (art. 127(1)), not the day it joined
            return self.withdrawal(
                replace(claim, action="withdrawal", negated=False, since=False), iso3, membership_ended=True
            )
        if claim.since and claim.date is not None:
            return self._since(claim, iso3, evidence)
        if claim.action == "party" and claim.negated and "rejoin" in (claim.verb or "").replace("-", "") and not deps:
            # "the US did not rejoin the ICC": not a party holds, but it never was one to rejoin
            return Result(
                PARTLY,
                msg("{state} was never a State Party; {status}", state=n, status=self.status_text(iso3)),
                evidence,
                partly=msg("not a State Party (holds); rejoining (does not apply: it never was one)"),
            )
        if (
            claim.action == "party"
            and claim.negated
            and "recogni" in (claim.verb or "")
            and any(st in PARTY_STATUSES for _, _, st in spans)
        ):
            # "El Gobierno de Maduro no reconoce la jurisdicción de la CPI" of a State Party: a stance its government
            # takes, not its status (a party stays one until its withdrawal takes effect, art. 127(1))
            return Result(
                NOT_CHECKABLE,
                msg(
                    "{state} is a State Party; that it does not recognise the Court is a stance the record does not "
                    "hold, not a status: {status}",
                    state=n,
                    status=self.status_text(iso3, last),
                ),
                evidence,
            )
        notice, effective, revoked = self._withdrawal(iso3)
        if (
            claim.action == "party"
            and claim.negated
            and first == last
            and notice is not None
            and effective is not None
            and revoked is None
            and notice.date <= last < effective
        ):
            # "Hungary is no longer a member" after its notice, before the withdrawal takes effect (art. 127(1))
            return Result(
                PARTLY,
                msg(
                    "{state} notified its withdrawal on {day}; it takes effect only on {effective}, so on {as_of} it "
                    "is still a State Party",
                    state=n,
                    day=notice.date,
                    effective=effective,
                    as_of=last,
                ),
                [self.ev(iso3, notice)],
                partly=msg(
                    "withdrawal notified (holds); left (does not hold: still a State Party until {effective})",
                    effective=effective,
                ),
            )
        if (
            claim.action == "party"
            and not claim.negated
            and not claim.no_longer
            and all(st is Status.ratified_not_in_force for _, _, st, _ in values)
        ):
            dep = deps[-1]
            return Result(
                PARTLY,
                msg(
                    "{state} deposited its instrument on {day}, but the Statute enters into force for it only on "
                    "{in_force}",
                    state=n,
                    day=dep.date,
                    in_force=self.eif(dep),
                ),
                evidence,
                partly=msg(
                    "instrument deposited (a State Party counting deposits); not yet in force (until {in_force})",
                    in_force=self.eif(dep),
                ),
                convention="deposited",
            )
        when = _range_words(first, last)
        words = joined(
            "; ", [msg("{status} {when}", status=STATUS_WORDS[st.value], when=_when(a, b)) for a, b, st, _ in values]
        )
        if all(ok for *_, ok in values):
            return Result(
                SUPPORTED,
                msg("{state} was {statuses}", state=n, statuses=words)
                if first != last
                else self.status_text(iso3, first),
                evidence,
            )
        if (
            not any(ok for *_, ok in values)
            and claim.action == "party"
            and not claim.negated
            and claim.date is None
            and re.match(r"(?:was|were|then|once|formerly)\b", claim.verb or "")
        ):
            # "The Philippines was an ICC member when the killings occurred", "the Philippines, then a member": a
            # past status with no day given holds if the State was a party at some time before the as-of day
            past = [
                (a, b, st)
                for a, b, st in _spans(facts.starts, facts.statuses, date.min, self.as_of)
                if st in PARTY_STATUSES
            ]
            if past:
                statuses = joined(
                    "; ", [msg("{status} {when}", status=STATUS_WORDS[st.value], when=_when(a, b)) for a, b, st in past]
                )
                return Result(SUPPORTED, msg("{state} was {statuses}", state=n, statuses=statuses), evidence)
        if not any(ok for *_, ok in values):
            unsigned = self.events(iso3, [Kind.signature_withdrawal])
            gap = None if unsigned else self.gap(iso3, Kind.signature_withdrawal)
            said_no_longer = re.search(r"\bno\s+longer\b|\bany\s?more\b", claim.phrase, re.IGNORECASE)
            if claim.no_longer and not deps and (unsigned or gap) and said_no_longer:
                # "Russia is no longer a party": it never was one; what it gave up is its signature (a "former
                # member" names a membership that never was, and stays contradicted)
                return Result(
                    PARTLY,
                    msg(
                        "{state} was never a State Party; it has said it does not intend to become one (its signature "
                        "withdrawn{when}); {status}",
                        state=n,
                        when=msg(", notified on {day}", day=unsigned[0].date)
                        if unsigned
                        else msg(": {note}", note=Text(gap.note if gap else "")),
                        status=self.status_text(iso3, last),
                    ),
                    evidence,
                    partly=msg(
                        "no longer bound by its signature (holds); no longer a party (does not hold: never one)"
                    ),
                )
            if claim.no_longer and not deps:
                return Result(
                    CONTRADICTED,
                    msg("{state} was never a State Party; {status}", state=n, status=self.status_text(iso3, last)),
                    evidence,
                )
            return Result(
                CONTRADICTED,
                msg("{state} was {statuses}", state=n, statuses=words)
                if first != last
                else self.status_text(iso3, first),
                evidence,
            )
        good = [_when(a, b) for a, b, _, ok in values if ok]
        return Result(
            PARTLY,
            msg("{state} {when}: {statuses}", state=n, when=when, statuses=words),
            evidence,
            partly=msg("holds {periods} only", periods=joined(", ", good)),
        )

    def _since(self, claim: Claim, iso3: str, evidence: list[dict[str, Any]]) -> Result:
        assert claim.date is not None
        n = self.name(iso3)
        dep, withdrawn = self._deposit(iso3)
        if dep is None or withdrawn is not None:
            return Result(CONTRADICTED, self.status_text(iso3), evidence)
        eif = self.eif(dep)
        still = self.status(iso3) in PARTY_STATUSES
        began = claim.date.covers(eif) or claim.date.covers(dep.date)
        convention = "in_force" if claim.date.covers(eif) else "deposited"
        if began and still:
            return Result(
                SUPPORTED,
                msg(
                    "{state}: deposited {day}, in force for it since {in_force}; {status}",
                    state=n,
                    day=dep.date,
                    in_force=eif,
                    status=self.status_text(iso3),
                ),
                evidence,
                convention=convention,
            )
        if began:
            return Result(
                PARTLY,
                msg(
                    "{state} became a State Party then ({in_force}) but {status}",
                    state=n,
                    in_force=eif,
                    status=self.status_text(iso3),
                ),
                evidence,
                partly=msg("since then (holds); still (does not hold)"),
            )
        return Result(
            CONTRADICTED,
            msg(
                "{state}: deposited {day}, in force for it from {in_force}, not since {said}",
                state=n,
                day=dep.date,
                in_force=eif,
                said=_label(claim.date),
            ),
            evidence,
        )

    # -- groups -----------------------------------------------------------------------------------------------
    def group(self, claim: Claim, g: Mention) -> Result:
        members = (
            sorted(self.led.states)
            if g.group == "all"
            else sorted(i for i, grp in self.led.groups.items() if grp == g.group)
        )
        least, most = g.least or 1, g.most
        full: list[tuple[str, Result]] = []
        part: list[tuple[str, Result]] = []
        relevant = _RELEVANT.get(claim.action)
        if relevant is not None and not claim.negated:
            members = [i for i in members if any(e.kind in relevant for e in self.led.states[i].events)]
        for iso3 in members:
            r = self.state(claim, iso3)
            if r.verdict == SUPPORTED:
                full.append((iso3, r))
            elif r.verdict == PARTLY or (claim.mode == "announcement" and r.evidence):
                part.append((iso3, r))
        label: Any = msg("States") if g.group == "all" else _group(g.group or "")
        quantity: Any = (
            msg("at least {least}", least=least)
            if most is None
            else (f"{least}" if least == most else msg("{least} to {most}", least=least, most=most))
        )

        def listing(rows: list[tuple[str, Result]]) -> Any:
            if not rows:
                return msg("none")
            return joined("; ", [labelled(self.name(i), r.because) for i, r in rows])

        evidence = sorted((e for _, r in (*full, *part) for e in r.evidence), key=lambda e: str(e.get("date")))
        if claim.mode == "announcement":
            return Result(
                NOT_CHECKABLE,
                msg(
                    "an announcement is not a notification: the record holds what was deposited with the UN "
                    "Secretary-General. Among {states} up to {as_of}: {listing}",
                    states=label,
                    as_of=self.as_of,
                    listing=listing(full + part),
                ),
                evidence,
            )
        fits_full = len(full) >= least and (most is None or len(full) <= most)
        fits_any = len(full) + len(part) >= least and (most is None or len(full) + len(part) <= most)
        if fits_full and not (claim.negated and full):
            return Result(
                SUPPORTED,
                msg(
                    "{count} of the {states} ({quantity} claimed): {listing}",
                    count=len(full),
                    states=label,
                    quantity=quantity,
                    listing=listing(full),
                ),
                evidence,
            )
        if fits_any and part:
            what = part[0][1].partly or msg("in part")
            return Result(
                PARTLY,
                msg(
                    "{count} of the {states} ({quantity} claimed), in part only: {listing}",
                    count=len(full) + len(part),
                    states=label,
                    quantity=quantity,
                    listing=listing(full + part),
                ),
                evidence,
                partly=what
                if not full
                else msg("{full} fully, {part} in part: {what}", full=len(full), part=len(part), what=what),
                parts=[
                    {"claim": self.name(i), "holds": r.verdict == SUPPORTED, "because": r.because}
                    for i, r in full + part
                ],
            )
        if (full or part) and most is None and not claim.negated:
            # "African countries leave the ICC" when one has notified: the act holds for some, not for as many
            return Result(
                PARTLY,
                msg(
                    "{count} of the {states} ({quantity} claimed) up to {as_of}: {listing}",
                    count=len(full) + len(part),
                    states=label,
                    quantity=quantity,
                    as_of=self.as_of,
                    listing=listing(full + part),
                ),
                evidence,
                partly=msg("{count} of them, fewer than claimed, in part only", count=len(full) + len(part))
                if part
                else msg("{count} of them, fewer than claimed", count=len(full) + len(part)),
            )
        return Result(
            CONTRADICTED,
            msg(
                "{count} of the {states} ({quantity} claimed) up to {as_of}: {listing}",
                count=len(full) + len(part),
                states=label,
                quantity=quantity,
                as_of=self.as_of,
                listing=listing(full + part),
            ),
            evidence,
        )

    # -- announcements ---------------------------------------------------------------------------------------
    def announcement(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        kinds = {
            "signature_withdrawal": [Kind.signature_withdrawal],
            "signature": [Kind.signature],
            "ratification": list(DEPOSITS),
            "join": list(DEPOSITS),
            "withdrawal_revocation": [Kind.withdrawal_revocation],
            "declaration_12_3": [Kind.declaration_12_3],
        }.get(claim.action, [Kind.withdrawal_notification, Kind.withdrawal_revocation])
        found = self.events(iso3, kinds)
        none = {
            "signature_withdrawal": msg(
                "no notice that it does not intend to become a party recorded up to {as_of}", as_of=self.as_of
            ),
            "signature": msg("no signature recorded up to {as_of}", as_of=self.as_of),
            "ratification": msg("no instrument deposited recorded up to {as_of}", as_of=self.as_of),
            "join": msg("no instrument deposited recorded up to {as_of}", as_of=self.as_of),
        }
        record = (
            joined("; ", [msg("{kind} on {day}", kind=_kind(e.kind), day=e.date) for e in found])
            if found
            else none.get(claim.action, msg("no withdrawal notified recorded up to {as_of}", as_of=self.as_of))
        )
        because: Msg = msg(
            "an announcement is not a notification: the ledger records what States deposit with the UN "
            "Secretary-General, not what governments say they will do. {state}'s record: {record}",
            state=n,
            record=record,
        )
        if self.gap(iso3, Kind.signature_withdrawal) or self.gap(iso3, Kind.withdrawal_notification):
            because = cat(because, msg(" (the record may lack an event here: see caveats)"))
        return Result(NOT_CHECKABLE, because, [self.ev(iso3, e) for e in found])

    # -- counts -------------------------------------------------------------------------------------------
    def count(self, claim: Claim) -> Result:
        assert claim.number is not None
        first, last = self.as_of, self.as_of
        if claim.date is not None and claim.date.first is not None and claim.date.last is not None:
            first, last = claim.date.first, min(claim.date.last, max(claim.date.first, self.as_of))
        days = _change_days(self.led, first, last)
        if claim.verb == "result" and claim.places and claim.places[0].iso3 in self.led.states:
            # the count once the State named joined: the day of its deposit and of the Statute's entry into force
            joined_, _ = self._deposit(claim.places[0].iso3)
            if joined_ is not None:
                days = sorted({joined_.date, self.eif(joined_)})
                first, last = days[0], days[-1]
        number, approx = claim.number, claim.approx
        group = next((m.group for m in claim.subjects if m.group), "all")
        among: Any = "" if group == "all" else msg(" among the {group}", group=_group(group))

        def fits(c: int) -> bool:
            return _fits(c, number, approx)

        if claim.what in ("signatories", "signatories only"):
            only = claim.what == "signatories only"  # "31 countries have only signed it": no instrument deposited
            counts = {
                d: sum(
                    1
                    for i in self.members(group)
                    if self.events(i, [Kind.signature], d) and not (only and self.events(i, DEPOSITS, d))
                )
                for d in days
            }
            ok = [d for d, c in counts.items() if fits(c)]
            seen = sorted(set(counts.values()))
            ev = [
                {
                    "type": "count",
                    "on": d.isoformat(),
                    "what": msg("States that had signed the Statute and deposited no instrument")
                    if only
                    else msg("States that had signed the Statute"),
                    "count": counts[d],
                }
                for d in (ok or days)[:3]
            ]
            if ok:
                said = (
                    msg(
                        "{count} States{among} had signed the Statute and deposited no instrument by {day}",
                        count=counts[ok[0]],
                        among=among,
                        day=ok[0],
                    )
                    if only
                    else msg(
                        "{count} States{among} had signed the Statute by {day}",
                        count=counts[ok[0]],
                        among=among,
                        day=ok[0],
                    )
                )
                return Result(SUPPORTED, said, ev, convention="signed")
            return Result(
                CONTRADICTED,
                msg(
                    "States{among} that had signed the Statute and deposited no instrument {when}: {counts}",
                    among=among,
                    when=_range_words(first, last),
                    counts=_numbers(seen),
                )
                if only
                else msg(
                    "States{among} that had signed the Statute {when}: {counts}",
                    among=among,
                    when=_range_words(first, last),
                    counts=_numbers(seen),
                ),
                ev,
                convention="signed",
            )
        per: dict[str, dict[date, int]] = {
            c: {d: self.count_on(d, c, group) for d in days} for c in ("in_force", "deposited")
        }
        hits = {c: [d for d, n in per[c].items() if fits(n)] for c in per}
        evidence = [
            {
                "type": "count",
                "on": d.isoformat(),
                "convention": c,
                "count": per[c][d],
                "command": _parties_command(d, c),
                "how": _parties_command(d, c)
                if group == "all"
                else cat(_parties_command(d, c), msg(" (the {group})", group=_group(group))),
            }
            for c in per
            for d in (hits[c] or [last])[:2]
        ]
        both = bool(hits["in_force"]) and bool(hits["deposited"])
        said_number: Any = (
            msg("{approx} {number}", approx=APPROX_WORDS.get(approx, approx), number=number) if approx else number
        )
        if both:
            d = hits["in_force"][0]
            return Result(
                SUPPORTED,
                msg(
                    "{count} States Parties{among} on {day} under either convention (Statute in force, or instruments "
                    "deposited)",
                    count=per["in_force"][d],
                    among=among,
                    day=d,
                ),
                evidence,
                convention="both",
            )
        for c, words in (
            ("in_force", msg("the Statute in force for them")),
            ("deposited", msg("instruments deposited, including those not yet in force")),
        ):
            if hits[c]:
                d = hits[c][0]
                other = "deposited" if c == "in_force" else "in_force"
                return Result(
                    SUPPORTED,
                    msg(
                        "{count} States Parties{among} on {day}, counting {counting} ({other} under the other "
                        "convention)",
                        count=per[c][d],
                        among=among,
                        day=d,
                        counting=words,
                        other=per[other][d],
                    ),
                    evidence,
                    convention=c,
                )
        inf, dep = sorted(set(per["in_force"].values())), sorted(set(per["deposited"].values()))
        return Result(
            CONTRADICTED,
            msg(
                "not {said}: States Parties{among} {when}: {in_force} with the Statute in force, {deposited} counting "
                "instruments deposited",
                said=said_number,
                among=among,
                when=_range_words(first, last),
                in_force=_numbers(inf),
                deposited=_numbers(dep),
            ),
            evidence,
            convention="both",
        )

    # -- situations ---------------------------------------------------------------------------------------------
    def situations_of(self, iso3: str) -> list[tuple[str, Situation]]:
        if self._situations is None:
            index: dict[str, list[tuple[str, Situation]]] = {}
            for slug, entry in registry_of(self.led).entries.items():
                s = entry.situation
                for code in {*s.states, *s.scope.territories}:
                    index.setdefault(code, []).append((slug, s))
            self._situations = index
        return self._situations.get(iso3, [])

    def sev(self, slug: str, s: Situation, kind: str, day: date, source: Any, note: Any = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "registry",
            "situation": slug,
            "number": s.id,
            "name": _situation(s),
            "date": day.isoformat(),
            "kind": kind,
            "source": source.to_json() if source is not None else None,
        }
        # an act made public later than it was done: that day too, with its source (`announced`)
        act = next((x for x in s.events if x.announced and x.kind.value == kind and x.date == day), None)
        public = msg("made public on {day}", day=act.announced.date) if act and act.announced else None
        if act and act.announced:
            out["announced"] = act.announced.date.isoformat()
            out["announced_source"] = act.announced.source.to_json()
        notes = [n for n in (note, public, msg("after the as-of day") if day > self.as_of else None) if n]
        if notes:
            out["note"] = joined("; ", notes)
        return out

    def warrant(self, claim: Claim) -> Result:
        """A warrant of arrest or a summons (art. 58) for a person the registry holds, issued by the
        as-of day; under seal until a later day, it was not public then."""
        results = []
        people = claim.persons or self._nationals(claim)
        if not people:
            iso3 = next((x.iso3 for x in claim.subjects if x.iso3), None)
            return Result(
                CONTRADICTED,
                msg("no public warrant for a national of {state} is recorded", state=self.name(iso3 or "")),
            )
        for person in people:
            issued = [e for e in person.case.events if e.kind in (CaseKind.warrant, CaseKind.summons)]
            results.append((person, issued))
        evidence = [
            {
                "type": "registry",
                "situation": p.situation,
                "person": p.name,
                "date": e.date.isoformat(),
                "kind": e.kind.value,
                "unsealed": e.unsealed.isoformat() if e.unsealed else None,
                # a day of unsealing known only within bounds (hague.registry.registry.charge_day)
                "unsealed_not_before": charge_day(e).earliest.isoformat() if e.unsealed_not_after else None,
                "unsealed_not_after": e.unsealed_not_after.date.isoformat() if e.unsealed_not_after else None,
                "source": e.source.to_json(),
                "command": f"hague cases --situation {p.situation}",
                "how": f"hague cases --situation {p.situation}",
            }
            for p, issued in results
            for e in issued
        ]
        verdicts = []
        for person, issued in results:
            before = [e for e in issued if e.date <= self.as_of]
            if not before:
                later = msg("; one was issued on {day}", day=issued[0].date) if issued else ""
                verdicts.append(
                    Result(
                        CONTRADICTED,
                        msg(
                            "no warrant for {person} up to {as_of}{later}",
                            person=person.name,
                            as_of=self.as_of,
                            later=later,
                        ),
                    )
                )
                continue
            fits = [e for e in before if claim.date is None or claim.date.covers(e.date)]
            public = [e for e in fits if charge_day(e).on(self.as_of)]
            words = joined(
                ", ", [msg("{kind} on {day}", kind=CASE_WORDS.get(e.kind, e.kind.value), day=e.date) for e in before]
            )
            if not fits:
                applied = [
                    e
                    for e in person.case.events
                    if e.kind is CaseKind.warrant_application and claim.date is not None and claim.date.covers(e.date)
                ]
                if applied:
                    # "the warrant against Netanyahu on May 20, 2024": the day of the Prosecutor's application (58(1))
                    verdicts.append(
                        Result(
                            PARTLY,
                            msg(
                                "{person}: the Prosecutor applied for the warrant on {applied}; it was issued on {day}",
                                person=person.name,
                                applied=applied[0].date,
                                day=before[0].date,
                            ),
                            partly=msg("the day of the application, not of the warrant"),
                        )
                    )
                    continue
                sealed = [e for e in before if e.unsealed and claim.date is not None and claim.date.covers(e.unsealed)]
                if sealed:
                    verdicts.append(
                        Result(
                            PARTLY,
                            msg(
                                "the warrant for {person} was issued on {day} under seal and made public on {unsealed}",
                                person=person.name,
                                day=sealed[0].date,
                                unsealed=sealed[0].unsealed,
                            ),
                            partly=msg("the day it was made public, not issued"),
                        )
                    )
                    continue
                verdicts.append(
                    Result(
                        CONTRADICTED,
                        msg(
                            "{person}: {issued}, not {said}",
                            person=person.name,
                            issued=words,
                            said=self.date_words(claim),
                        ),
                    )
                )
                continue
            if not public and fits[0].unsealed_not_after is not None:
                known = charge_day(fits[0])
                verdicts.append(
                    Result(
                        PARTLY,
                        msg(
                            "the warrant for {person} was issued on {day} under seal; it was made public between "
                            "{first} and {last}",
                            person=person.name,
                            day=fits[0].date,
                            first=known.earliest,
                            last=known.latest,
                        ),
                        partly=msg("not public on the day")
                        if known.on(self.as_of) is False
                        else msg("not known whether public on the day"),
                    )
                )
                continue
            if not public:
                verdicts.append(
                    Result(
                        PARTLY,
                        msg(
                            "the warrant for {person} was issued on {day} under seal; it was made public on {unsealed}",
                            person=person.name,
                            day=fits[0].date,
                            unsealed=fits[0].unsealed,
                        ),
                        partly=msg("not public on the day"),
                    )
                )
                continue
            if claim.verb == "charged":
                verdicts.append(
                    Result(
                        PARTLY,
                        msg(
                            "{person}: {issued}; a warrant is not a charge: charges are confirmed at a hearing "
                            "(art. 61)",
                            person=person.name,
                            issued=words,
                        ),
                        partly=msg("a warrant, not confirmed charges"),
                    )
                )
                continue
            verdicts.append(Result(SUPPORTED, labelled(person.name, words)))
        if len(verdicts) == 1:
            verdicts[0].evidence = evidence
            return verdicts[0]
        kinds = {r.verdict for r in verdicts}
        because = joined("; ", [r.because for r in verdicts])
        if len(kinds) == 1:
            return Result(kinds.pop(), because, evidence)
        holds = [p.name for (p, _), r in zip(results, verdicts, strict=True) if r.verdict == SUPPORTED]
        fails = [p.name for (p, _), r in zip(results, verdicts, strict=True) if r.verdict != SUPPORTED]
        return Result(
            PARTLY,
            because,
            evidence,
            partly=msg(
                "holds for {holds}; not for {fails}",
                holds=", ".join(holds) if holds else msg("none fully"),
                fails=", ".join(fails),
            ),
        )

    def warrant_application(self, claim: Claim) -> Result:
        """The Prosecutor's application for a warrant (art. 58(1)): "the prosecutor sought / applied for / requested
        arrest warrants for X", against the application the registry records (its own day, not the warrant's)."""
        people = claim.persons or self._nationals(claim)
        if not people:
            return Result(NOT_CHECKABLE, msg("no person the registry holds is named"))
        evidence: list[dict[str, Any]] = []
        verdicts = []
        for person in people:
            applied = [e for e in person.case.events if e.kind is CaseKind.warrant_application]
            issued = [e for e in person.case.events if e.kind in (CaseKind.warrant, CaseKind.summons)]
            evidence += [
                {
                    "type": "registry",
                    "situation": person.situation,
                    "person": person.name,
                    "date": e.date.isoformat(),
                    "kind": e.kind.value,
                    "source": e.source.to_json(),
                    "command": f"hague situation {person.situation}",
                    "how": f"hague situation {person.situation}",
                }
                for e in (*applied, *issued)
            ]
            done = [e for e in issued if e.date <= self.as_of]
            later = msg("; the warrant was issued on {day}", day=done[0].date) if done else ""
            before = [e for e in applied if e.date <= self.as_of]
            if not before:
                if done and claim.date is None:
                    verdicts.append(
                        Result(
                            SUPPORTED,
                            msg(
                                "{person}: a warrant was issued on {day}, on the Prosecutor's application "
                                "(art. 58(1)); the application's own day is not recorded",
                                person=person.name,
                                day=done[0].date,
                            ),
                        )
                    )
                else:
                    verdicts.append(
                        Result(
                            NOT_CHECKABLE,
                            msg(
                                "{person}: no application for a warrant is recorded up to {as_of} (applications are "
                                "often filed under seal)",
                                person=person.name,
                                as_of=self.as_of,
                            ),
                        )
                    )
                continue
            fits = [e for e in before if claim.date is None or claim.date.covers(e.date)]
            if fits:
                verdicts.append(
                    Result(
                        SUPPORTED,
                        msg(
                            "{person}: the Prosecutor applied for a warrant on {day}{later}",
                            person=person.name,
                            day=fits[0].date,
                            later=later,
                        ),
                    )
                )
                continue
            verdicts.append(
                Result(
                    CONTRADICTED,
                    msg(
                        "{person}: the Prosecutor applied for a warrant on {day}, not {said}{later}",
                        person=person.name,
                        day=before[0].date,
                        said=self.date_words(claim),
                        later=later,
                    ),
                )
            )
        kinds = {r.verdict for r in verdicts}
        because = joined("; ", [r.because for r in verdicts])
        if len(kinds) == 1:
            return Result(kinds.pop(), because, evidence)
        holds = [p.name for p, r in zip(people, verdicts, strict=True) if r.verdict == SUPPORTED]
        fails = [p.name for p, r in zip(people, verdicts, strict=True) if r.verdict != SUPPORTED]
        return Result(
            PARTLY,
            because,
            evidence,
            partly=msg(
                "holds for {holds}; not for {fails}",
                holds=", ".join(holds) if holds else msg("none fully"),
                fails=", ".join(fails),
            ),
        )

    def _nationals(self, claim: Claim) -> list[Person]:
        """The registry's persons of the claim's nationality with a warrant issued in the claim's days
        (all of them when it gives none): "a warrant for a Libyan officer in January 2025"."""
        iso3s = {x.iso3 for x in claim.subjects if x.iso3}
        people = [
            Person(c.person, c.nationality, slug, c)
            for slug, entry in registry_of(self.led).entries.items()
            for c in entry.situation.cases
            if c.nationality in iso3s
        ]
        dated = [
            p
            for p in people
            if any(
                e.kind in (CaseKind.warrant, CaseKind.summons) and e.date <= self.as_of and self.in_date(claim, e.date)
                for e in p.case.events
            )
        ]
        return dated[:1] if dated else people[:1]

    def situations_concerning(self, iso3: str) -> list[tuple[str, Situation]]:
        """The situations on a State's territory or, when there is none, those whose cases name its
        nationals ("the ICC is investigating Israel": the Situation in the State of Palestine)."""
        own = self.situations_of(iso3)
        if own:
            return own
        return [
            (slug, entry.situation)
            for slug, entry in registry_of(self.led).entries.items()
            if any(c.nationality == iso3 for c in entry.situation.cases)
        ]

    def situation(self, claim: Claim) -> Result:
        codes = _unique([m.iso3 for m in claim.places if m.iso3])
        # "crimes committed by Russian forces in Ukraine": the place with a situation of its own, not the
        # State named for its nationals (whose situations would be others: Georgia's)
        codes = [c for c in codes if self.situations_of(c)] or codes
        found = [(slug, s) for code in codes for slug, s in self.situations_concerning(code)]
        if not codes and claim.action == "referral":
            # "Mali referred alleged crimes to the Court": no place named; the situations the State referred (art. 14)
            # or, asked for, accepted by a declaration (art. 12(3))
            by = {m.iso3 for m in claim.subjects if m.iso3}
            asked = {SituationKind.referral} | ({SituationKind.declaration_12_3} if claim.what == "asked" else set())
            found = [
                (slug, entry.situation)
                for slug, entry in registry_of(self.led).entries.items()
                if any(e.kind in asked and by & set(e.by) for e in entry.situation.events)
            ]
            codes = _unique([c for _, s in found for c in s.states])
        found = list({slug: (slug, s) for slug, s in found}.values())
        place = joined(" / ", [self.name(c) for c in codes])
        stage = "investigation" if claim.stage == "investigation" else "preliminary_examination"
        stage_word, opened_word, no_stage = _STAGE[stage], _OPENED[stage], _NO_STAGE[stage]
        if not found:
            if claim.negated:
                return Result(
                    SUPPORTED, msg("no situation concerning {place} is recorded in the registry", place=place)
                )
            return Result(
                CONTRADICTED,
                msg(
                    "no situation concerning {place} is recorded in the registry (examinations or investigations)",
                    place=place,
                ),
            )
        action = claim.action
        if action == "referral":
            return self._referral(claim, found, place)
        if action == "investigation_suspended":
            return self._events_check(
                claim, found, place, (SituationKind.investigation_suspended,), "investigation suspended"
            )
        if action == "investigation_resumed":
            return self._events_check(
                claim, found, place, (SituationKind.investigation_resumed,), "investigation resumed"
            )
        if action == "pe_closed":
            return self._closed(claim, found, place)
        if action == "investigation_completed":
            return self._events_check(
                claim, found, place, (SituationKind.investigation_completed,), "investigation completed"
            )
        if action == "authorisation_requested":
            return self._events_check(
                claim, found, place, (SituationKind.authorisation_requested,), "authorisation requested"
            )
        kinds: tuple[SituationKind, ...] = (
            _INVESTIGATION_KINDS
            if claim.stage == "investigation"
            else (SituationKind.pe_opened, SituationKind.referral, SituationKind.declaration_12_3)
        )
        rows = []
        for slug, s in found:
            opened = [e for e in s.events if e.kind in kinds]
            rows.append((slug, s, opened[0] if opened else None))
        by_then = [(slug, s, e) for slug, s, e in rows if e is not None and e.date <= self.as_of]
        evidence = [
            self.sev(slug, s, e.kind.value, e.date, e.source, _precision(e)) for slug, s, e in rows if e is not None
        ]
        stages = {slug: stage_on(s, self.as_of) for slug, s in found}
        stage_text = joined(
            "; ",
            [
                msg(
                    "{situation}: {stage} on {as_of}",
                    situation=_situation(s),
                    stage=_stage_words(stages[slug]),
                    as_of=self.as_of,
                )
                for slug, s in found
            ],
        )
        if claim.negated:
            if by_then:
                slug, s, e = by_then[0]
                return Result(
                    CONTRADICTED,
                    msg(
                        "{situation}: {opened} on {day} ({stages})",
                        situation=_situation(s),
                        opened=opened_word,
                        day=e.date,
                        stages=stage_text,
                    ),
                    evidence,
                )
            return Result(
                SUPPORTED,
                msg(
                    "{none} concerning {place} by {as_of} ({stages})",
                    none=no_stage,
                    place=place,
                    as_of=self.as_of,
                    stages=stage_text,
                ),
                evidence,
            )
        if not by_then and claim.stage == "investigation" and claim.mood == "future":
            # "announced it would investigate" while a preliminary examination was open: the examination
            # holds, the investigation said to come was not opened by the day (issue 14, kind 9)
            pe_kinds = (SituationKind.pe_opened, SituationKind.referral, SituationKind.declaration_12_3)
            for slug, s in found:
                pe = [e for e in s.events if e.kind in pe_kinds and e.date <= self.as_of]
                if pe:
                    pe.sort(key=lambda e: e.kind is not SituationKind.pe_opened)  # the opening itself, if recorded
                    return Result(
                        PARTLY,
                        msg(
                            "{situation}: a preliminary examination from {day}; no investigation by {as_of} ({stages})",
                            situation=_situation(s),
                            day=pe[0].date,
                            as_of=self.as_of,
                            stages=stage_text,
                        ),
                        evidence + [self.sev(slug, s, e.kind.value, e.date, e.source, _precision(e)) for e in pe[:1]],
                        partly=msg("the Court's examination (holds); an investigation opened (not by the day)"),
                    )
        said_before = claim.said_would and by_then and by_then[0][2].date < self.as_of
        if (
            by_then
            and claim.stage == "investigation"
            and claim.mood == "future"
            and claim.date is None
            and not said_before
        ):
            # "la CPI enquêtera sur ...", "will investigate" with the investigation already open: it is, but the words
            # report what is to come, not the act (issue 14, kind 9: "said it would investigate" is partly); told in the
            # past of an investigation opened before the report ("announced it would investigate", reported months after
            # the opening), the words report the announcement and what came of it: the investigation, as reported
            slug, s, e = by_then[0]
            return Result(
                PARTLY,
                msg(
                    "{situation}: {opened} on {day}; the words say it is to come ({stages})",
                    situation=_situation(s),
                    opened=opened_word,
                    day=e.date,
                    stages=stage_text,
                ),
                evidence,
                partly=msg("an investigation (holds); said to come (does not hold: opened on {day})", day=e.date),
            )
        if not by_then:
            later = [(slug, s, e) for slug, s, e in rows if e is not None]
            when = joined(
                "; ",
                [
                    msg("{situation}: {stage} from {day}", situation=_situation(s), stage=stage_word, day=e.date)
                    for _, s, e in later
                ],
            )
            return Result(
                CONTRADICTED,
                cat(
                    msg(
                        "{none} concerning {place} by {as_of}: {stages}",
                        none=no_stage,
                        place=place,
                        as_of=self.as_of,
                        stages=stage_text,
                    ),
                    msg(" (later: {when})", when=when) if later else "",
                ),
                evidence + self._stage_evidence(found),
            )
        if claim.date is not None:
            # Any act of the stage on the day said: the examination opened days after the declaration
            # that led to it ("a ouvert vendredi un examen préliminaire").
            dated = []
            for slug, s, _e in by_then:
                on = [x for x in s.events if x.kind in kinds and x.date <= self.as_of and self.in_act_date(claim, x)]
                if on:
                    dated.append((slug, s, on[0]))
            if not dated:
                slug, s, e = by_then[0]
                # every act of the stage, so that one a day or two from the day said makes it partly (_near_day);
                # the opening itself named when the stage began with a declaration or a referral
                acts = [x for x in s.events if x.kind in kinds and x.date <= self.as_of]
                opening = next((x for x in acts if x.kind in (SituationKind.pe_opened, *_INVESTIGATION_KINDS)), e)
                more = [self.sev(slug, s, x.kind.value, x.date, x.source, _precision(x)) for x in acts if x is not e]
                related = self._related_act(claim, s, kinds)
                if related is not None:
                    # "investigating since 2015" (the examination opened then), "autorizó en febrero" (the
                    # jurisdiction ruling): another act of the same situation on the day said (issue 14, kind 10)
                    return Result(
                        PARTLY,
                        msg(
                            "{situation}: {opened} on {day}; {said} is the day of another act: {act} on {other}",
                            situation=_situation(s),
                            opened=opened_word,
                            day=opening.date,
                            said=self.date_words(claim),
                            act=_SITUATION_ACTS.get(related.kind, related.kind.value),
                            other=related.date,
                        ),
                        evidence
                        + more
                        + [self.sev(slug, s, related.kind.value, related.date, related.source, _precision(related))],
                        partly=msg(
                            "the situation (holds); the act on the day said (another one: {act})",
                            act=_SITUATION_ACTS.get(related.kind, related.kind.value),
                        ),
                    )
                return Result(
                    CONTRADICTED,
                    msg(
                        "{situation}: {opened} on {day}, not {said}",
                        situation=_situation(s),
                        opened=opened_word,
                        day=opening.date,
                        said=self.date_words(claim),
                    ),
                    evidence + more,
                )
            by_then = dated
        slug, s, e = by_then[0]
        parts: list[dict[str, Any]] = [
            {
                "claim": opened_word,
                "holds": True,
                "because": msg("{kind} {day}", kind=_SITUATION_ACTS.get(e.kind, e.kind.value), day=e.date),
            }
        ]
        if claim.present:
            now = stages[slug]
            wanted = Stage.investigation if claim.stage == "investigation" else Stage.preliminary_examination
            if now is not wanted:
                return Result(
                    PARTLY,
                    msg(
                        "{situation}: {opened} on {day}, but {stage} on {as_of}",
                        situation=_situation(s),
                        opened=opened_word,
                        day=e.date,
                        stage=_stage_words(now),
                        as_of=self.as_of,
                    ),
                    evidence,
                    partly=msg(
                        "opened (holds); ongoing on {as_of} (does not hold: {stage})",
                        as_of=self.as_of,
                        stage=_stage_words(now),
                    ),
                )
        if claim.about is not None and claim.about.first and claim.about.last:
            lo, hi = s.scope.start or date.min, s.scope.end or date.max
            covers = lo <= claim.about.last and claim.about.first <= hi
            scope = msg(
                "{start} to {end}",
                start=s.scope.start or msg("any date"),
                end=s.scope.end or msg("open-ended"),
            )
            about = _label(claim.about)
            parts.append(
                {
                    "claim": msg("concerns {period}", period=about),
                    "holds": covers,
                    "because": msg("scope {scope}", scope=scope),
                }
            )
            if not covers and claim.date is None and claim.about.covers(e.date):
                # "opened a probe into the Philippines' drug war in 2021": a day read as the period concerned, outside
                # the scope, that is the opening's own day is that day (issue 14, kind 9)
                covers = True
                parts[-1] = dict(
                    parts[-1], holds=True, because=msg("the day given is the act's own, not the period concerned")
                )
            if not covers:
                return Result(
                    PARTLY,
                    msg(
                        "{situation}: {opened} on {day}; its scope ({scope}) does not cover {period}",
                        situation=_situation(s),
                        opened=opened_word,
                        day=e.date,
                        scope=scope,
                        period=about,
                    ),
                    evidence,
                    partly=msg("{stage} (holds); about {period} (does not hold)", stage=stage_word, period=about),
                    parts=parts,
                )
        return Result(
            SUPPORTED,
            msg(
                "{situation} ({number}): {opened} on {day}{precision}; {stages}",
                situation=_situation(s),
                number=s.id,
                opened=opened_word,
                day=e.date,
                precision=cat(_precision_words(e), _announced_words(e)),
                stages=stage_text,
            ),
            evidence,
            parts=parts,
        )

    def _related_act(self, claim: Claim, s: Situation, kinds: tuple[SituationKind, ...]) -> Any:
        """The first act of the situation, other than those of the stage claimed, on the day said and by the
        text's date: the examination, the request for authorisation, a ruling on jurisdiction."""
        if claim.date is None:
            return None
        acts = [
            x
            for x in s.events
            if x.kind in _RELATED_ACTS and x.kind not in kinds and x.date <= self.as_of and self.in_act_date(claim, x)
        ]
        return min(acts, key=lambda x: (_RELATED_ACTS.index(x.kind), x.date), default=None)

    def _referral(self, claim: Claim, found: list[tuple[str, Situation]], place: Any) -> Result:
        if claim.what == "security_council":
            return self._council_referral(claim, found, place)
        by = _unique([m.iso3 for m in claim.subjects if m.iso3])
        hits = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if e.kind is SituationKind.referral and set(by) & set(e.by) and e.date <= self.as_of
        ]
        evidence = [
            self.sev(slug, s, e.kind.value, e.date, e.source, msg("by {states}", states=States(e.by)))
            for slug, s, e in hits
        ]
        who = StateNames(by)  # "Argentina, Canada"; "l'Argentine, le Canada et le Pérou"
        if claim.negated:
            return Result(
                CONTRADICTED if hits else SUPPORTED,
                msg("referrals by {states}: {count}", states=who, count=len(hits)),
                evidence,
            )
        soon = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if e.kind is SituationKind.referral and set(by) & set(e.by) and 0 < (e.date - self.as_of).days <= NEAR_DAYS
        ]
        if not hits and soon and not claim.negated:
            # "firmaron una carta ... piden que se inicie una investigación" on the day the letter was signed,
            # the Court recording the referral the next day: the act, a day off (issue 14, kind 10)
            slug, s, e = soon[0]
            off = (e.date - self.as_of).days
            undated = claim.date is None or claim.date.covers(e.date)
            return Result(
                SUPPORTED if undated else PARTLY,
                msg(
                    "{situation}: referred by {states} on {day}, {off} day after the text's date"
                    if off == 1
                    else "{situation}: referred by {states} on {day}, {off} days after the text's date",
                    situation=_situation(s),
                    states=who,
                    day=e.date,
                    off=off,
                ),
                [self.sev(slug, s, e.kind.value, e.date, e.source, msg("by {states}", states=States(e.by)))],
                partly=None
                if undated
                else msg(
                    "the act (holds); its day (off by {off} day)"
                    if off == 1
                    else "the act (holds); its day (off by {off} days)",
                    off=off,
                ),
            )
        asked = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if claim.what == "asked"
            and e.kind is SituationKind.declaration_12_3
            and set(by) & set(e.by)
            and e.date <= self.as_of
        ]
        if not hits and asked:
            # "Ukraine asked the ICC to investigate": a State not a party asks by a declaration under art. 12(3), not
            # by a referral (arts. 13(a), 14)
            slug, s, e = asked[0]
            return Result(
                PARTLY,
                msg(
                    "{situation}: {states} accepted the Court's jurisdiction by a declaration under article 12(3) on "
                    "{day}; no referral by {states}",
                    situation=_situation(s),
                    states=who,
                    day=e.date,
                ),
                [self.sev(slug, s, e.kind.value, e.date, e.source, msg("by {states}", states=States(e.by)))],
                partly=msg("the request (holds, as a declaration); a referral (does not hold)"),
            )
        if not hits:
            return Result(
                CONTRADICTED,
                msg(
                    "no referral by {states} concerning {place} recorded up to {as_of}",
                    states=who,
                    place=place,
                    as_of=self.as_of,
                ),
                evidence,
            )
        dated = [h for h in hits if self.in_act_date(claim, h[2])]
        if not dated:
            return Result(
                CONTRADICTED,
                msg(
                    "{situation}: referred by {states} on {day}, not {said}",
                    situation=_situation(hits[0][1]),
                    states=who,
                    day=hits[0][2].date,
                    said=self.date_words(claim),
                ),
                evidence,
            )
        return Result(
            SUPPORTED,
            msg(
                "{situation}: referred by {states} on {day}",
                situation=_situation(dated[0][1]),
                states=who,
                day=dated[0][2].date,
            ),
            evidence,
        )

    def _council_referral(self, claim: Claim, found: list[tuple[str, Situation]], place: Any) -> Result:
        """A referral by the Security Council acting under Chapter VII (art. 13(b)): its resolution."""
        hits = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if e.kind is SituationKind.referral and e.resolution is not None and e.date <= self.as_of
        ]
        evidence = [
            self.sev(slug, s, e.kind.value, e.date, e.source, msg("resolution {resolution}", resolution=e.resolution))
            for slug, s, e in hits
        ]
        if claim.negated:
            return Result(
                CONTRADICTED if hits else SUPPORTED,
                msg("Security Council referrals of {place}: {count}", place=place, count=len(hits)),
                evidence,
            )
        if not hits:
            return Result(
                CONTRADICTED,
                msg(
                    "no referral of {place} by the Security Council recorded up to {as_of}",
                    place=place,
                    as_of=self.as_of,
                ),
                evidence,
            )
        slug, s, e = hits[0]
        referred = msg(
            "{situation}: referred by the Security Council (resolution {resolution}) on {day}",
            situation=_situation(s),
            resolution=e.resolution,
            day=e.date,
        )
        if not self.in_date(claim, e.date):
            return Result(
                CONTRADICTED, msg("{because}, not {said}", because=referred, said=self.date_words(claim)), evidence
            )
        return Result(SUPPORTED, referred, evidence)

    def _stage_evidence(self, found: list[tuple[str, Situation]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for slug, s in found:
            for e in s.events:
                if e.kind in (SituationKind.pe_opened, *_INVESTIGATION_KINDS, SituationKind.pe_closed) and not any(
                    x.get("situation") == slug and x["date"] == e.date.isoformat() for x in out
                ):
                    out.append(self.sev(slug, s, e.kind.value, e.date, e.source, _precision(e)))
        return out

    def _events_check(
        self, claim: Claim, found: list[tuple[str, Situation]], place: Any, kinds: tuple[SituationKind, ...], words: str
    ) -> Result:
        hits = [(slug, s, e) for slug, s in found for e in s.events if e.kind in kinds and e.date <= self.as_of]
        dated = [h for h in hits if self.in_act_date(claim, h[2])]
        evidence = [self.sev(slug, s, e.kind.value, e.date, e.source) for slug, s, e in hits]
        ok = bool(dated) != claim.negated
        what, none = _ACTS[words]
        if dated:
            return Result(
                SUPPORTED if ok else CONTRADICTED,
                msg("{situation}: {what} on {day}", situation=_situation(dated[0][1]), what=what, day=dated[0][2].date),
                evidence,
            )
        return Result(
            SUPPORTED if ok else CONTRADICTED,
            cat(
                msg("{none} concerning {place} recorded up to {as_of}", none=none, place=place, as_of=self.as_of),
                "" if not hits else msg(" at that date ({day})", day=hits[0][2].date),
            ),
            evidence,
        )

    def _closed(self, claim: Claim, found: list[tuple[str, Situation]], place: Any) -> Result:
        closures = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if e.kind is SituationKind.pe_closed and e.date <= self.as_of
        ]
        evidence = [
            self.sev(slug, s, e.kind.value, e.date, e.source, _outcome(e.outcome) if e.outcome else None)
            for slug, s, e in closures
        ]
        if not closures:
            stages = joined(
                "; ",
                [
                    msg("{situation}: {stage}", situation=_situation(s), stage=_stage_words(stage_on(s, self.as_of)))
                    for _, s in found
                ],
            )
            completed = [
                (slug, s, e)
                for slug, s in found
                for e in s.events
                if e.kind is SituationKind.pe_completed and e.date <= self.as_of
            ]
            if re.match(r"(?:conclu|complet|finish|wrap)", claim.verb or "") and completed:
                # "concluded the preliminary examination of Nigeria in December 2020": completed with a finding that an
                # investigation is warranted (art. 53(1)), before any request to the judges: not closed, completed
                slug, s, e = completed[0]
                ev_done = [self.sev(slug, s, e.kind.value, e.date, e.source, _precision(e))]
                done = msg(
                    "{situation}: preliminary examination completed on {day}, finding that an investigation is "
                    "warranted ({stage} on {as_of})",
                    situation=_situation(s),
                    day=e.date,
                    stage=_stage_words(stage_on(s, self.as_of)),
                    as_of=self.as_of,
                )
                if claim.date is not None and not self.in_act_date(claim, e):
                    return Result(
                        CONTRADICTED, msg("{because}, not {said}", because=done, said=self.date_words(claim)), ev_done
                    )
                return Result(SUPPORTED, done, ev_done + self._stage_evidence(found))
            if re.match(r"(?:conclu|complet|finish|wrap)", claim.verb or "") and any(
                stage_on(s, self.as_of) is Stage.preliminary_examination for _, s in found
            ):
                # "concluded the preliminary examination of Nigeria in December 2020": an examination completed with a
                # finding that an investigation is warranted, no request yet; the record has no event for that step
                return Result(
                    NOT_CHECKABLE,
                    msg(
                        "no preliminary examination concerning {place} closed up to {as_of} ({stages}); an examination "
                        "completed with a finding to proceed, before any request to the judges, is not recorded",
                        place=place,
                        as_of=self.as_of,
                        stages=stages,
                    ),
                    evidence + self._stage_evidence(found),
                )
            return Result(
                CONTRADICTED,
                msg(
                    "no preliminary examination concerning {place} closed up to {as_of} ({stages})",
                    place=place,
                    as_of=self.as_of,
                    stages=stages,
                ),
                evidence + self._stage_evidence(found),
            )
        if claim.date is not None:
            dated = [c for c in closures if self.in_act_date(claim, c[2])]
            if not dated:
                slug, s, e = closures[-1]
                return Result(
                    CONTRADICTED,
                    msg(
                        "{situation}: preliminary examination closed on {day}, not {said}",
                        situation=_situation(s),
                        day=e.date,
                        said=self.date_words(claim),
                    ),
                    evidence,
                )
            closures = dated
        slug, s, e = closures[-1]
        now = stage_on(s, self.as_of)
        outcome = (
            msg(" ({outcome})", outcome=OUTCOME_WORDS.get(e.outcome.value, e.outcome.value.replace("_", " ")))
            if e.outcome
            else ""
        )
        if now is Stage.closed:
            return Result(
                SUPPORTED,
                msg(
                    "{situation}: preliminary examination closed on {day}{outcome}",
                    situation=_situation(s),
                    day=e.date,
                    outcome=outcome,
                ),
                evidence,
            )
        return Result(
            PARTLY,
            msg(
                "{situation}: closed on {day}{outcome}, but {stage} on {as_of}",
                situation=_situation(s),
                day=e.date,
                outcome=outcome,
                stage=_stage_words(now),
                as_of=self.as_of,
            ),
            evidence + self._stage_evidence([(slug, s)]),
            partly=msg(
                "closed on {day} (holds); still closed on {as_of} (does not hold: {stage})",
                day=e.date,
                as_of=self.as_of,
                stage=_stage_words(now),
            ),
        )

    # -- the Statute itself ---------------------------------------------------------------------------------------
    def _vote(self, claim: Claim, adopted: date) -> Result | None:
        """The Rome Conference's vote, where the sentence gives its figures ("adopted by a vote of 120 to 7, with 21
        abstentions", "when 120 countries adopted it", "adopted by 139 states"), against the record's
        (data/instruments.yaml, `adoption_vote`): None where the sentence gives none or the record has no vote."""
        vote = self.led.instruments.rome_statute.adoption_vote
        if vote is None:
            return None
        said = vote_said(claim.sentence.text)
        if not said:
            return None
        actual = {"in_favour": vote.in_favour, "against": vote.against, "abstentions": vote.abstentions}
        wrong = {k: n for k, n in said.items() if actual[k] != n}
        ev_vote = {
            "type": "instrument",
            "what": msg("the Rome Conference's vote"),
            "date": adopted.isoformat(),
            "source": vote.source.to_json(),
            "note": msg(
                "{yes} in favour, {no} against, {abstain} abstentions",
                yes=vote.in_favour,
                no=vote.against,
                abstain=vote.abstentions,
            ),
        }
        because = msg(
            "the Rome Statute was adopted on {day} by a vote of {yes} in favour, {no} against and {abstain} "
            "abstentions (a non-recorded vote)",
            day=adopted,
            yes=vote.in_favour,
            no=vote.against,
            abstain=vote.abstentions,
        )
        if not wrong:
            return Result(SUPPORTED, because, [ev_vote])
        parts = []
        if "in_favour" in wrong:
            parts.append(msg("{n} in favour", n=wrong["in_favour"]))
        if "against" in wrong:
            parts.append(msg("{n} against", n=wrong["against"]))
        if "abstentions" in wrong:
            parts.append(msg("{n} abstentions", n=wrong["abstentions"]))
        not_said = joined(", ", parts)
        if claim.date is None:
            return Result(CONTRADICTED, msg("{because}, not {said}", because=because, said=not_said), [ev_vote])
        return Result(
            PARTLY,
            msg("{because}, not {said}", because=because, said=not_said),
            [ev_vote],
            partly=msg("adopted on that day (holds); the vote (does not hold)"),
        )

    def _not_the_assembly(self, claim: Claim, adopted: date, body: Conference, ev_adopted: dict[str, Any]) -> Result:
        """The Statute said adopted by the UN General Assembly: a diplomatic conference the Assembly convened adopted
        it (the Final Act of the Rome Conference; data/instruments.yaml, `adopted_by`). The adoption holds, the body
        does not."""
        ev_body = {
            "type": "instrument",
            "what": msg("the Rome Conference"),
            "date": adopted.isoformat(),
            "source": body.source.to_json(),
        }
        return Result(
            PARTLY,
            msg(
                "the Rome Statute was adopted on {day} by a diplomatic conference in Rome that the United Nations "
                "convened, not by the General Assembly",
                day=adopted,
            ),
            [ev_adopted, ev_body],
            partly=msg("adopted (holds); by the UN General Assembly (does not hold)")
            if claim.date is None
            else msg("adopted on that day (holds); by the UN General Assembly (does not hold)"),
        )

    def instrument(self, claim: Claim) -> Result:
        statute = self.led.instruments.rome_statute
        source = statute.sources[0].to_json() if statute.sources else None
        ev_in_force = {
            "type": "instrument",
            "what": msg("Rome Statute entry into force"),
            "date": statute.entry_into_force.isoformat(),
            "source": source,
        }
        ev_adopted = {
            "type": "instrument",
            "what": msg("Rome Statute adopted"),
            "date": statute.adopted.isoformat(),
            "source": source,
        }
        voted = self._vote(claim, statute.adopted) if claim.action == "statute_adopted" else None
        if (
            claim.action == "statute_adopted"
            and statute.adopted_by is not None
            and _by_assembly(claim)
            and (claim.date is None or claim.date.covers(statute.adopted))
        ):
            return self._not_the_assembly(claim, statute.adopted, statute.adopted_by, ev_adopted)
        if claim.date is None:
            if voted is not None:
                return voted
            return Result(NOT_CHECKABLE, msg("no date given to check"), [ev_adopted, ev_in_force])
        if claim.action == "statute_in_force":
            ok = claim.date.covers(statute.entry_into_force)
            return Result(
                SUPPORTED if ok else CONTRADICTED,
                msg("the Rome Statute entered into force on {day} (art. 126(1))", day=statute.entry_into_force),
                [ev_in_force],
            )
        if claim.action == "statute_adopted":
            ok = claim.date.covers(statute.adopted)
            if ok and voted is not None:
                voted.evidence = [ev_adopted, *voted.evidence]
                return voted
            return Result(
                SUPPORTED if ok else CONTRADICTED,
                msg("the Rome Statute was adopted on {day}", day=statute.adopted),
                [ev_adopted],
            )
        if claim.date.covers(statute.entry_into_force):
            return Result(
                SUPPORTED,
                msg(
                    "the Court came into being when the Statute entered into force, {day}", day=statute.entry_into_force
                ),
                [ev_in_force],
            )
        session = statute.inaugural_session
        if session is not None and claim.date.covers(session.date):
            # "began its work in March 2003", "inaugurated on 11 March 2003": the inaugural session, at which the first
            # judges took their oath (art. 45); "established in 2003" names the wrong act (issue 14, kind 10)
            ev_session = {
                "type": "instrument",
                "what": msg("the Court's inaugural session"),
                "date": session.date.isoformat(),
                "source": session.source.to_json(),
            }
            began = bool(re.match(r"(?:beg[au]n|start|open|inaugurat|became\s+operational)", claim.verb or ""))
            return Result(
                SUPPORTED if began else PARTLY,
                msg(
                    "the Court held its inaugural session, its judges sworn in, on {session}; it came into being when "
                    "the Statute entered into force, {in_force}",
                    session=session.date,
                    in_force=statute.entry_into_force,
                ),
                [ev_session, ev_in_force],
                partly=None
                if began
                else msg(
                    "the Court inaugurated then (holds); established then (does not hold: in being from {in_force})",
                    in_force=statute.entry_into_force,
                ),
            )
        if claim.date.covers(statute.adopted):
            return Result(
                PARTLY,
                msg(
                    "the Statute was adopted on {adopted}; the Court came into being when it entered into force, "
                    "{in_force}",
                    adopted=statute.adopted,
                    in_force=statute.entry_into_force,
                ),
                [ev_adopted, ev_in_force],
                partly=msg(
                    "the founding treaty dates from {year} (holds); the Court itself from {in_force} (does not hold)",
                    year=statute.adopted.year,
                    in_force=statute.entry_into_force,
                ),
            )
        return Result(
            CONTRADICTED,
            msg("adopted {adopted}, in force {in_force}", adopted=statute.adopted, in_force=statute.entry_into_force),
            [ev_adopted, ev_in_force],
        )


def _name(iso3: str) -> str:
    return english_name(iso3)


def _situation(s: Situation) -> SituationName:
    """A situation by its name in each language (the Court's, else one made from CLDR's State names)."""
    return SituationName(s.name, s.states, s.names)


def _parties_command(day: date, convention: str) -> str:
    """The command that counts the States Parties on a day (code: the same in every language)."""
    return f"hague parties --on {day.isoformat()}" + (" --convention deposited" if convention == "deposited" else "")


def _outcome(outcome: Any) -> Word:
    """Why a preliminary examination closed (art. 53(1)) in words (the catalogue's outcome.*)."""
    return Word(f"outcome.{outcome.value}", outcome.value)


def _group(group: str) -> Word:
    """A regional group of the Assembly in words (the catalogue's group.*, as the pages say it)."""
    return Word(f"group.{group}", group)


#: The acts that open a stage, as a part's reason names them (the English is the registry's own code).
_SITUATION_ACTS = {
    SituationKind.pe_opened: msg("pe_opened"),
    SituationKind.referral: msg("referral"),
    SituationKind.declaration_12_3: msg("declaration_12_3"),
    SituationKind.authorised: msg("authorised"),
    SituationKind.investigation_opened: msg("investigation_opened"),
    SituationKind.authorisation_requested: msg("authorisation requested"),
    SituationKind.jurisdiction_ruling: msg("jurisdiction_ruling"),
}
# Acts of a situation that a claimed day may belong to instead of the stage claimed (issue 14, kind 10)
_RELATED_ACTS = (
    SituationKind.pe_opened,
    SituationKind.authorisation_requested,
    SituationKind.jurisdiction_ruling,
    SituationKind.authorised,
    SituationKind.investigation_opened,
    SituationKind.referral,
    SituationKind.declaration_12_3,
)
_STAGE = {"investigation": msg("investigation"), "preliminary_examination": msg("preliminary examination")}
_OPENED = {
    "investigation": msg("investigation opened"),
    "preliminary_examination": msg("preliminary examination opened"),
}
_NO_STAGE = {"investigation": msg("no investigation"), "preliminary_examination": msg("no preliminary examination")}
#: What _events_check looks for: the act in words, and its absence.
_ACTS = {
    "investigation suspended": (msg("investigation suspended"), msg("no investigation suspended")),
    "investigation resumed": (msg("investigation resumed"), msg("no investigation resumed")),
    "investigation completed": (msg("investigation completed"), msg("no investigation completed")),
    "authorisation requested": (msg("authorisation requested"), msg("no authorisation requested")),
}

# Events without which a State cannot count for a group claim ("several African nations left").
_RELEVANT = {
    "signature": {Kind.signature},
    "ratification": set(DEPOSITS),
    "join": set(DEPOSITS),
    "ordinal": set(DEPOSITS),
    "withdrawal": {Kind.withdrawal_notification, Kind.instrument_withdrawn},
    "withdrawal_notification": {Kind.withdrawal_notification},
    "withdrawal_effect": {Kind.withdrawal_notification},
    "withdrawal_revocation": {Kind.withdrawal_revocation},
    "signature_withdrawal": {Kind.signature_withdrawal},
    "declaration_12_3": {Kind.declaration_12_3},
}


def _combine(results: list[tuple[str, Result]]) -> Result:
    """Several States named together: supported only if it holds for each."""
    verdicts = {r.verdict for _, r in results}
    evidence = [e for _, r in results for e in r.evidence]
    parts = [{"claim": StateName(i), "holds": r.verdict == SUPPORTED, "because": r.because} for i, r in results]
    because = joined("; ", [labelled(StateName(i), r.because) for i, r in results])
    if verdicts == {SUPPORTED}:
        return Result(SUPPORTED, because, evidence, parts=parts)
    if verdicts == {CONTRADICTED}:
        return Result(CONTRADICTED, because, evidence, parts=parts)
    if verdicts == {NOT_CHECKABLE}:
        return Result(NOT_CHECKABLE, because, evidence, parts=parts)
    good = [StateName(i) for i, r in results if r.verdict == SUPPORTED]
    bad = [StateName(i) for i, r in results if r.verdict != SUPPORTED]
    return Result(
        PARTLY,
        because,
        evidence,
        partly=msg(
            "holds for {holds}; not for {fails}",
            holds=joined(", ", good) if good else msg("none fully"),
            fails=joined(", ", bad),
        ),
        parts=parts,
    )


# A rank said within a regional group ("the first African country to leave"), by the record's groups
# (data/regional_groups.yaml); one within a set the record does not list ("the first EU country").
_REGIONS = (
    (re.compile(r"\b(?:african?|africain\w*|africano\w*|África|Afrique)\b", re.IGNORECASE), "African States"),
    (
        re.compile(r"\b(?:asian|asia-pacific|asiatique\w*|asiático\w*|Asie|Asia)\b", re.IGNORECASE),
        "Asia-Pacific States",
    ),
    (
        re.compile(r"\b(?:latin\s+american|latino-?americ\w*|Amérique\s+latine|América\s+Latina)\b", re.IGNORECASE),
        "Latin American and Caribbean States",
    ),
)
_UNLISTED = re.compile(
    r"\b(?:EU|E\.U\.|UE|European(?:\s+Union)?|europ[ée]\w*|Union\s+européenne|Unión\s+Europea|Arab|arabe|árabe|NATO|OTAN)\b",
    re.IGNORECASE,
)


def _spans(
    starts: tuple[date, ...], statuses: tuple[Status, ...], first: date, last: date
) -> list[tuple[date, date, Status]]:
    """The statuses held between first and last (inclusive), as (from, to, status)."""
    out = []
    for i, (start, status) in enumerate(zip(starts, statuses, strict=True)):
        end = starts[i + 1] - timedelta(days=1) if i + 1 < len(starts) else date.max
        a, b = max(start, first), min(end, last)
        if a <= b:
            out.append((a, b, status))
    return out


def _change_days(led: Ledger, first: date, last: date) -> list[date]:
    days = {first, last}
    if first != last:
        for iso3 in led.states:
            days.update(d for d in led.facts(iso3).starts if first <= d <= last)
    return sorted(days)


def _fits(count: int, number: int, approx: str | None) -> bool:
    if approx in (None, "exactly", "only"):
        return count == number
    if approx in ("more than", "over", "just over"):
        return count > number
    if approx == "at least":
        return count >= number
    if approx in ("fewer than", "less than", "under", "just under"):
        return count < number
    if approx in ("nearly", "almost", "close to"):
        return number - 5 <= count <= number
    # about, around, some, roughly, approximately: within 2%, at least 2
    return abs(count - number) <= max(2, round(number * 0.02))


def _numbers(values: list[int]) -> Any:
    return str(values[0]) if len(values) == 1 else msg("{first} to {last}", first=values[0], last=values[-1])


def _range_words(first: date, last: date) -> Msg:
    return msg("on {day}", day=first) if first == last else msg("from {first} to {last}", first=first, last=last)


def _when(a: date, b: date) -> Msg:
    return _range_words(a, b)


def _span(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}-{hi}"


_STAGE_WORDS = {
    None: msg("not yet under examination"),
    Stage.preliminary_examination: msg("a preliminary examination"),
    Stage.investigation: msg("an investigation"),
    Stage.closed: msg("closed (no investigation)"),
    Stage.completed: msg("investigation completed"),
}


def _stage_words(stage: Stage | None) -> Msg:
    return _STAGE_WORDS[stage]


_PRECISION = {"month": msg("date known to the month only"), "year": msg("date known to the year only")}


def _precision(e: Any) -> Msg | None:
    p = getattr(e, "precision", None)
    if p is None or p.value == "day":
        return None
    return _PRECISION.get(p.value) or msg("date known to the {precision} only", precision=p.value)


def _precision_words(e: Any) -> Any:
    note = _precision(e)
    return msg(" ({note})", note=note) if note else ""


def _announced_words(e: SituationEvent) -> Any:
    """The day an act was made public, where later than its own (the day the answer gives)."""
    return msg(" (made public on {day})", day=e.announced.date) if e.announced is not None else ""


def _unique(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def describe(claim: Claim, as_of: date) -> Msg:
    """The claim as understood, in one line (a message: its English as the string, each part said in
    the answer's language when rendered)."""
    named: dict[str, Any] = {}
    for m in claim.subjects or claim.places:
        if not (m.iso3 or m.group):
            continue
        if m.group or m.iso3 is None:
            english = f"{m.group} ({m.text})"
            group = msg("all") if m.group == "all" else _group(m.group or "")
            named.setdefault(english, msg("{group} ({words})", group=group, words=m.text))
        else:
            english = f"{_name(m.iso3)} ({m.iso3})"
            named.setdefault(english, msg("{state} ({code})", state=StateName(m.iso3), code=m.iso3))
    bits: list[Any] = [joined(", ", list(named.values()))] if named else []
    verb: Any = _action(claim.action)
    if claim.kind == "situation":
        stage = msg("situation") if not claim.stage else _STAGE.get(claim.stage, claim.stage.replace("_", " "))
        verb = msg("{stage} ({verb})", stage=stage, verb=claim.verb) if claim.verb else stage
        if claim.action != "investigation":
            verb = labelled(verb, _action(claim.action))
    if claim.kind == "count":
        number: Any = (
            msg("{approx} {number}", approx=APPROX_WORDS.get(claim.approx, claim.approx), number=claim.number)
            if claim.approx
            else claim.number
        )
        what = claim.what or ""
        counted = _COUNTED.get(what) or Word("trace.states parties", what)  # "countries", "member states"
        verb = msg("count of {what}: {number}", what=counted, number=number)
    if claim.ordinal:
        word = claim.ordinal
        rank = text_rank(word)
        verb = msg("{verb} ({ordinal})", verb=verb, ordinal=Ordinal(rank, word) if rank else word)
    if claim.negated:
        verb = msg("not {verb}", verb=verb) if not claim.no_longer else msg("no longer {verb}", verb=verb)
    if claim.mode == "announcement":
        verb = msg("announced: {verb}", verb=verb)
    bits.append(verb)
    if claim.date is not None:
        bits.append(msg("since {date}", date=_label(claim.date)) if claim.since else _label(claim.date))
    if claim.about is not None:
        bits.append(msg("about {period}", period=_label(claim.about)))
    bits.append(msg("as of {day}", day=as_of))
    return joined(" — ", bits)


#: What a count counts, in words ("countries", "member states" and the like are States Parties).
_COUNTED = {
    "states parties": msg("states parties"),
    "signatories": msg("signatories"),
    "signatories only": msg("signatories only"),
    "aggression amendments": msg("acceptances of the aggression amendments"),
}
#: Each action a claim can name, in words (the English is the code, "_" read as a space).
_ACTIONS = {
    "signature": msg("signature"),
    "ratification": msg("ratification"),
    "join": msg("join"),
    "ordinal": msg("ordinal"),
    "entry_into_force": msg("entry into force"),
    "instrument_withdrawn": msg("instrument withdrawn"),
    "withdrawal": msg("withdrawal"),
    "withdrawal_notification": msg("withdrawal notification"),
    "withdrawal_effect": msg("withdrawal effect"),
    "withdrawal_ordinal": msg("withdrawal ordinal"),
    "withdrawal_revocation": msg("withdrawal revocation"),
    "signature_withdrawal": msg("signature withdrawal"),
    "declaration_12_3": msg("declaration 12 3"),
    "amendment_ratification": msg("amendment ratification"),
    "declaration_124": msg("declaration 124"),
    "aggression_activated": msg("aggression activated"),
    "party": msg("party"),
    "signatory": msg("signatory"),
    "founding_member": msg("founding member"),
    "count": msg("count"),
    "investigation": msg("investigation"),
    "referral": msg("referral"),
    "authorisation_requested": msg("authorisation requested"),
    "investigation_suspended": msg("investigation suspended"),
    "investigation_resumed": msg("investigation resumed"),
    "investigation_completed": msg("investigation completed"),
    "pe_closed": msg("pe closed"),
    "statute_in_force": msg("statute in force"),
    "statute_adopted": msg("statute adopted"),
    "court_established": msg("court established"),
    "warrant": msg("warrant"),
    "warrant_application": msg("warrant application"),
}


def _action(action: str) -> Any:
    return _ACTIONS.get(action) or action.replace("_", " ")


def date_json(d: DateMention | None) -> dict[str, object] | None:
    return d.to_json() if d is not None else None


# The Rome Conference's vote as news gives it: "by a vote of 120 to 7", "120 in favour, seven against and 21
# abstentions", "when 120 countries adopted the Rome Statute", "adopted by 139 states" (each bounded: no backtracking).
_VOTE_N = r"(\d{1,3}|" + "|".join(sorted((w for w, n in UNITS.items() if n), key=len, reverse=True)) + r"|twenty-one)"
_VOTE_WHO = r"(?:\s+(?:votes?|(?:world\s+)?(?:states|countries|nations|delegations|governments)))?"
_VOTE_FORMS = (
    (
        "to",
        re.compile(
            rf"\bby\s+(?:a\s+)?(?:(?:non-recorded|recorded|final)\s+)?vote\s+of\s+{_VOTE_N}\s+(?:votes\s+)?(?:to|-|–)\s*{_VOTE_N}\b",
            re.I,
        ),
    ),
    (
        "in_favour",
        re.compile(
            rf"\b{_VOTE_N}{_VOTE_WHO}\s+(?:in\s+favou?r|voted\s+(?:for|in\s+favou?r|to\s+adopt|yes)|agreed\s+to\s+adopt|adopted\b)",
            re.I,
        ),
    ),
    (
        "in_favour",
        re.compile(rf"\badopted\s+by\s+(?:a\s+vote\s+of\s+)?{_VOTE_N}\s+(?:votes|states|countries|nations)\b", re.I),
    ),
    ("against", re.compile(rf"\b{_VOTE_N}{_VOTE_WHO}\s+(?:against|voted\s+against|opposed)\b", re.I)),
    ("abstentions", re.compile(rf"\b{_VOTE_N}{_VOTE_WHO}\s+(?:abstentions?|abstaining|abstained)\b", re.I)),
)
_VOTE_NEEDLES = ("vote", "favour", "favor", "against", "abstain", "abstention", "adopt", "opposed")


def _vote_number(word: str) -> int:
    return int(word) if word.isdigit() else 21 if word.lower() == "twenty-one" else UNITS[word.lower()]


# "adopted by the UN General Assembly", "par l'Assemblée générale des Nations unies", "por la Asamblea General"
_ASSEMBLY = re.compile(
    r"\b(?:by\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?General\s+Assembly|par\s+l['’]Assembl[ée]e\s+g[ée]n[ée]rale"
    r"|por\s+la\s+Asamblea\s+General|pela\s+Assembleia\s+Geral)\b(?!\s+of\s+States\s+Parties|\s+des\s+[ÉE]tats|"
    r"\s+de\s+(?:los\s+)?Estados)",
    re.IGNORECASE,
)


def _by_assembly(claim: Claim) -> bool:
    """The words right after the adoption's name the UN General Assembly as the body that adopted the Statute."""
    start = claim.trigger[0] - claim.sentence.start
    return bool(_ASSEMBLY.search(claim.sentence.text, start, start + len(claim.trigger_text) + 100))


def vote_said(text: str) -> dict[str, int]:
    """The figures of the adoption vote a sentence gives: in favour, against, abstentions (each where given)."""
    lower = text.lower()
    if not any(n in lower for n in _VOTE_NEEDLES):
        return {}
    said: dict[str, int] = {}
    for key, form in _VOTE_FORMS:
        m = form.search(text)
        if m is None:
            continue
        if key == "to":
            said.setdefault("in_favour", _vote_number(m.group(1)))
            said.setdefault("against", _vote_number(m.group(2)))
        else:
            said.setdefault(key, _vote_number(m.group(1)))
    return said
