"""Verdicts: each claim checked against the ledger (States' treaty actions) and the registry (situations),
as of a day, with the events that decide it and their sources.

- supported: the record shows what the claim says, at the date it gives (if any);
- contradicted: the record shows otherwise (the claim's date is part of what it says: "signed in 2002"
  is contradicted by a signature of 31 December 2000);
- partly: some of what it says holds and some does not (`partly` names which): a withdrawal notified
  but not yet effective is not "left"; two of three States named; a status held for part of a year;
- not_checkable: the record cannot answer (an announcement is not a notification: the depositary
  records instruments and notices, not what governments say they will do; or a known gap in the record).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from hague.claims.mentions import Mention
from hague.claims.patterns import Claim
from hague.claims.persons import Person
from hague.claims.text import DateMention
from hague.ledger import Ledger, Status
from hague.ledger import names as state_names
from hague.ledger.ledger import CONVENTIONS
from hague.ledger.model import DEPOSITS, Event, Gap, Kind
from hague.ledger.status import PARTY_STATUSES, withdrawal_effective
from hague.registry import of as registry_of
from hague.registry import stage_on
from hague.registry.model import CaseKind, Situation, SituationKind, Stage

SUPPORTED, CONTRADICTED, PARTLY, NOT_CHECKABLE = "supported", "contradicted", "partly", "not_checkable"

STATUS_WORDS = {
    "non_signatory": "not a signatory",
    "signatory": "a signatory",
    "signature_withdrawn": "a former signatory (signature withdrawn: does not intend to become a party)",
    "ratified_not_in_force": "instrument deposited, Statute not yet in force for it",
    "party": "a State Party",
    "party_withdrawal_pending": "a State Party with its withdrawal pending",
    "withdrawn": "withdrawn (no longer a State Party)",
}
KIND_WORDS = {
    Kind.ratification: "ratification",
    Kind.accession: "accession",
    Kind.succession: "succession",
    Kind.acceptance: "acceptance",
    Kind.approval: "approval",
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "sixtieth": 60,
    "hundredth": 100,
}
_INVESTIGATION_KINDS = (SituationKind.authorised, SituationKind.investigation_opened)


@dataclass
class Result:
    verdict: str
    because: str
    evidence: list[dict[str, Any]] = field(default_factory=list)
    partly: str | None = None
    parts: list[dict[str, Any]] = field(default_factory=list)
    convention: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "because": self.because,
            "partly": self.partly,
            "parts": self.parts,
            "evidence": self.evidence,
            "convention": self.convention,
        }


#: Days a claimed day may be off the record's and still name the same act (partly).
NEAR_DAYS = 2
#: The longest a deposit is found to follow the domestic act behind it, for a claimed day read as that act.
DOMESTIC_LEAD = timedelta(days=366)


def _domestic_words(found: str) -> str:
    return f"what is reported ({found}) is a domestic act; the ratification is the deposit"


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
        if claim.kind == "count":
            return self.count(claim)
        if claim.kind == "instrument":
            return self.instrument(claim)
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
            f"{result.because}; the record's day, {day}, is {off} day{'s' if off > 1 else ''} from the day said",
            result.evidence,
            partly=f"the act (holds); its day (off by {off} day{'s' if off > 1 else ''})",
            convention=result.convention,
        )

    def state(self, claim: Claim, iso3: str) -> Result:
        if iso3 not in self.led.states:
            return Result(NOT_CHECKABLE, f"{iso3} is not in the ledger")
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
            return self.declaration(claim, iso3)
        if action == "amendment_ratification":
            return self.amendment(claim, iso3)
        if action == "signatory":
            last = claim.date.last if claim.date is not None and claim.date.last is not None else self.as_of
            return self._with_gap(self.membership(claim, iso3), iso3, Kind.signature_withdrawal, min(last, self.as_of))
        if action in ("party", "founding_member"):
            return self.membership(claim, iso3)
        return Result(NOT_CHECKABLE, f"no rule checks {action!r}")

    # -- the record ----------------------------------------------------------------------------------------
    def name(self, iso3: str) -> str:
        return _name(iso3)

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

    def status_text(self, iso3: str, day: date | None = None) -> str:
        d = day or self.as_of
        return f"{self.name(iso3)} is {STATUS_WORDS[self.status(iso3, d).value]} on {d.isoformat()}"

    def caveats(self, iso3: str) -> list[str]:
        return list(self.led.states[iso3].caveats)

    def gap(self, iso3: str, kind: Kind, until: date | None = None) -> Gap | None:
        """The record's own word that it may lack events of `kind` by `until` (the as-of day)."""
        return self.led.states[iso3].gap(kind, until or self.as_of)

    def in_date(self, claim: Claim, day: date) -> bool:
        return claim.date is None or claim.date.covers(day)

    def date_words(self, claim: Claim) -> str:
        assert claim.date is not None
        return claim.date.label() if claim.date.precision != "year" else f"in {claim.date.label()}"

    def around(self, iso3: str, claim: Claim) -> tuple[str, list[dict[str, Any]]]:
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
        words = "; ".join(f"{e.kind.value.replace('_', ' ')} on {e.date.isoformat()}" for e in inside)
        return f" (the record for {claim.date.label()}: {words})", [self.ev(iso3, e) for e in inside]

    # -- treaty actions ------------------------------------------------------------------------------------
    def signature(self, claim: Claim, iso3: str) -> Result:
        sigs = self.events(iso3, [Kind.signature])
        deps = self.events(iso3, DEPOSITS)
        n = self.name(iso3)
        if claim.negated:
            if sigs:
                return Result(CONTRADICTED, f"{n} signed the Rome Statute on {sigs[0].date}", [self.ev(iso3, sigs[0])])
            how = f"; it became bound by {KIND_WORDS[deps[0].kind]} on {deps[0].date}" if deps else ""
            return Result(
                SUPPORTED, f"no signature by {n} is recorded up to {self.as_of}{how}", [self.ev(iso3, e) for e in deps]
            )
        if not sigs:
            if deps:
                return Result(
                    CONTRADICTED,
                    f"{n} never signed: it became bound by {KIND_WORDS[deps[0].kind]} on {deps[0].date}",
                    [self.ev(iso3, deps[0])],
                )
            return Result(CONTRADICTED, f"no signature by {n} is recorded up to {self.as_of}; {self.status_text(iso3)}")
        sig = sigs[0]
        if not self.in_date(claim, sig.date):
            extra, evs = self.around(iso3, claim)
            return Result(
                CONTRADICTED,
                f"{n} signed on {sig.date}, not {self.date_words(claim)}{extra}",
                [self.ev(iso3, sig), *evs],
            )
        return Result(SUPPORTED, f"{n} signed the Rome Statute on {sig.date}", [self.ev(iso3, sig)])

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
                    f"{n} deposited its instrument of {KIND_WORDS[dep.kind]} on {dep.date}",
                    [self.ev(iso3, dep)],
                )
            return Result(SUPPORTED, f"no instrument deposited by {n} up to {self.as_of}; {self.status_text(iso3)}")
        domestic = claim.domestic is not None
        if dep is None:
            if claim.domestic is not None:
                return Result(
                    PARTLY,
                    f"no instrument of ratification or accession by {n} up to {self.as_of}: "
                    f"{_domestic_words(claim.domestic)}; {self.status_text(iso3)}",
                    partly="a domestic act, not the deposit",
                )
            return Result(
                CONTRADICTED,
                f"no instrument of ratification or accession by {n} up to {self.as_of}; {self.status_text(iso3)}",
            )
        evidence = [self.ev(iso3, dep)]
        notes = []
        verb = claim.verb or ""
        if "ratif" in verb and dep.kind is not Kind.ratification:
            notes.append(f"by {KIND_WORDS[dep.kind]}, not ratification (the same effect, art. 125)")
        if "acce" in verb and dep.kind is not Kind.accession:
            notes.append(f"by {KIND_WORDS[dep.kind]}, not accession")
        if withdrawn is not None:
            notes.append(
                f"it withdrew the instrument on {withdrawn.date}, before the Statute entered into force for it"
            )
            evidence.append(self.ev(iso3, withdrawn))
        tail = f" ({'; '.join(notes)})" if notes else ""
        if not self.in_date(claim, dep.date):
            extra = (
                f"; the Statute entered into force for it on {self.eif(dep)}"
                if claim.date and claim.date.covers(self.eif(dep))
                else ""
            )
            said = claim.date
            if (
                domestic
                and said is not None
                and said.last is not None
                and timedelta(0) < dep.date - said.last <= DOMESTIC_LEAD
            ):
                # Kind 10 of issue 14: the law or vote that approves a ratification comes before the deposit.
                return Result(
                    PARTLY,
                    f"{n} deposited its instrument on {dep.date}, after {self.date_words(claim)}: the ratification "
                    f"is the deposit (arts. 125-126); {self.date_words(claim)} can only be a domestic step, "
                    f"such as a parliament's approval or a law{tail}",
                    evidence,
                    partly="the domestic act, not the deposit",
                )
            return Result(
                CONTRADICTED,
                f"{n} deposited its instrument on {dep.date}, not {self.date_words(claim)}{extra}{tail}",
                evidence,
            )
        return Result(
            SUPPORTED, f"{n} deposited its instrument of {KIND_WORDS[dep.kind]} on {dep.date}{tail}", evidence
        )

    def join(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        dep, withdrawn = self._deposit(iso3)
        if claim.negated:
            if dep is not None and withdrawn is None:
                return Result(
                    CONTRADICTED,
                    f"{n} deposited its instrument on {dep.date}; the Statute entered into force for it on "
                    f"{self.eif(dep)}",
                    [self.ev(iso3, dep)],
                )
            if dep is not None and withdrawn is not None:
                return Result(
                    SUPPORTED,
                    f"{n} deposited an instrument on {dep.date} but withdrew it on {withdrawn.date}, before it took "
                    "effect",
                    [self.ev(iso3, dep), self.ev(iso3, withdrawn)],
                )
            return Result(SUPPORTED, f"{self.status_text(iso3)}: no instrument deposited")
        if dep is None:
            return Result(
                CONTRADICTED, f"{self.status_text(iso3)}: no instrument of ratification or accession recorded"
            )
        eif = self.eif(dep)
        evidence = [self.ev(iso3, dep)]
        if withdrawn is not None and withdrawn.date < eif:
            evidence.append(self.ev(iso3, withdrawn))
            return Result(
                CONTRADICTED,
                f"{n} deposited an instrument on {dep.date} but withdrew it on {withdrawn.date}, before the Statute "
                f"entered into force for it: it never became a State Party",
                evidence,
            )
        if claim.date is not None:
            if claim.date.covers(dep.date):
                return Result(
                    SUPPORTED,
                    f"{n} deposited its instrument on {dep.date} (counting from deposit; in force for it from {eif})",
                    evidence,
                    convention="deposited",
                )
            if claim.date.covers(eif):
                return Result(
                    SUPPORTED,
                    f"the Statute entered into force for {n} on {eif} (counting from entry into force; deposited "
                    f"{dep.date})",
                    evidence,
                    convention="in_force",
                )
            return Result(
                CONTRADICTED,
                f"{n} deposited its instrument on {dep.date} and the Statute entered into force for it on {eif}, "
                f"not {self.date_words(claim)}",
                evidence,
            )
        if eif > self.as_of:
            return Result(
                PARTLY,
                f"{n} deposited its instrument on {dep.date}; the Statute enters into force for it only on {eif}",
                evidence,
                partly=f"instrument deposited (holds); a State Party with the Statute in force (not until {eif})",
                parts=[
                    {"claim": "instrument deposited", "holds": True, "because": f"deposited {dep.date}"},
                    {"claim": "Statute in force for it", "holds": False, "because": f"from {eif}"},
                ],
                convention="deposited",
            )
        return Result(SUPPORTED, f"{n} deposited its instrument on {dep.date}; in force for it since {eif}", evidence)

    def entry_into_force(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        dep, withdrawn = self._deposit(iso3)
        if dep is None:
            return Result(
                CONTRADICTED,
                f"{self.status_text(iso3)}: no instrument deposited, so the Statute is not in force for it",
            )
        eif = self.eif(dep)
        evidence = [self.ev(iso3, dep)]
        if withdrawn is not None and withdrawn.date < eif:
            evidence.append(self.ev(iso3, withdrawn))
            return Result(
                CONTRADICTED,
                f"{n} withdrew its instrument on {withdrawn.date}, before the Statute would have entered into force "
                f"for it ({eif})",
                evidence,
            )
        if claim.date is not None and not claim.date.covers(eif):
            return Result(
                CONTRADICTED,
                f"the Statute entered into force for {n} on {eif} (art. 126(2); deposited {dep.date}), not "
                f"{self.date_words(claim)}",
                evidence,
            )
        return Result(
            SUPPORTED, f"the Statute entered into force for {n} on {eif} (art. 126(2); deposited {dep.date})", evidence
        )

    def instrument_withdrawn(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        pulled = self.events(iso3, [Kind.instrument_withdrawn])
        if not pulled:
            if claim.pattern == "instrument_withdrawn.reversal" and not self.events(iso3, DEPOSITS):
                return Result(
                    NOT_CHECKABLE,
                    f"{n} deposited no instrument up to {self.as_of}: a government dropping a plan is not a "
                    "depositary act",
                )
            return Result(
                CONTRADICTED, f"no instrument withdrawn by {n} is recorded up to {self.as_of}; {self.status_text(iso3)}"
            )
        w = pulled[-1]
        evidence = [*(self.ev(iso3, e) for e in self.events(iso3, DEPOSITS)), self.ev(iso3, w)]
        if not self.in_date(claim, w.date):
            return Result(
                CONTRADICTED, f"{n} withdrew its instrument on {w.date}, not {self.date_words(claim)}", evidence
            )
        return Result(
            SUPPORTED,
            f"{n} withdrew its instrument on {w.date}, before the Statute entered into force for it",
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
            return Result(CONTRADICTED, f"{self.status_text(iso3)}: no instrument deposited")
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
                    f"{n} deposited on {dep.date}; {self.name(i)} deposited later, on {e.date}",
                    [*evidence, self.ev(i, e)],
                )
            return Result(SUPPORTED, f"{n}'s deposit on {dep.date} is the latest recorded up to {self.as_of}", evidence)
        rank = _ORDINALS.get(word) or int("".join(ch for ch in word if ch.isdigit()) or 0)
        lo_dep, hi_dep = (
            self.count_on(dep.date - timedelta(days=1), "deposited") + 1,
            self.count_on(dep.date, "deposited"),
        )
        lo_eif, hi_eif = self.count_on(eif - timedelta(days=1), "in_force") + 1, self.count_on(eif, "in_force")
        if lo_dep <= rank <= hi_dep:
            same = f" (with others the same day: {lo_dep}-{hi_dep})" if hi_dep > lo_dep else ""
            return Result(
                SUPPORTED,
                f"{n} deposited on {dep.date}, the {_th(rank)} State Party counting instruments deposited{same}",
                evidence,
                convention="deposited",
            )
        if lo_eif <= rank <= hi_eif:
            same = f" (with others the same day: {lo_eif}-{hi_eif})" if hi_eif > lo_eif else ""
            return Result(
                SUPPORTED,
                f"the Statute entered into force for {n} on {eif}: the {_th(rank)} State Party counting the Statute "
                f"in force{same}",
                evidence,
                convention="in_force",
            )
        return Result(
            CONTRADICTED,
            f"{n} was number {_span(lo_dep, hi_dep)} counting instruments deposited (on {dep.date}) and "
            f"number {_span(lo_eif, hi_eif)} counting the Statute in force (on {eif}), not the {word}",
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

    def _never_party(self, iso3: str) -> Result | None:
        if self.events(iso3, DEPOSITS):
            return None
        n = self.name(iso3)
        sw = self.events(iso3, [Kind.signature_withdrawal])
        extra = (
            f"; it notified on {sw[0].date} that it does not intend to become a party (signature withdrawn), which "
            "is not a withdrawal"
            if sw
            else ""
        )
        return Result(
            CONTRADICTED,
            f"{n} was never a State Party, so it could not withdraw (art. 127 applies to States Parties); "
            f"{self.status_text(iso3)}{extra}",
            [self.ev(iso3, e) for e in (*self.events(iso3, [Kind.signature]), *sw)],
        )

    def withdrawal(self, claim: Claim, iso3: str) -> Result:
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
                return Result(CONTRADICTED, f"{n}'s withdrawal took effect on {effective}", [self.ev(iso3, notice)])
            if notice is not None and revoked is None:
                return Result(
                    SUPPORTED,
                    f"{n} has notified its withdrawal ({notice.date}), effective only on {effective}",
                    [self.ev(iso3, notice)],
                )
            return Result(SUPPORTED, f"{self.status_text(iso3)}; no withdrawal has taken effect", [])
        if pulled and not self.events(iso3, [Kind.withdrawal_notification]):
            # Withdrawing an instrument before it took effect is withdrawing from the Statute, but not
            # leaving the Court: the State never was a State Party.
            w = pulled[-1]
            evidence = [*(self.ev(iso3, e) for e in self.events(iso3, DEPOSITS)), self.ev(iso3, w)]
            if not re.match(r"withdr", claim.verb or ""):
                return Result(
                    CONTRADICTED,
                    f"{n} never became a State Party: it withdrew its instrument on {w.date}, before the Statute "
                    "entered into force for it",
                    evidence,
                )
            ok = self.in_date(claim, w.date)
            return Result(
                SUPPORTED if ok else CONTRADICTED,
                f"{n} withdrew its instrument on {w.date}, before the Statute entered into force for it"
                + ("" if ok else f", not {self.date_words(claim)}"),
                evidence,
            )
        never = self._never_party(iso3)
        if never is not None:
            return never
        if notice is None or effective is None:
            return Result(
                CONTRADICTED, f"no withdrawal by {n} is recorded up to {self.as_of}; {self.status_text(iso3)}"
            )
        evidence = [self.ev(iso3, notice)]
        if revoked is not None and revoked.date < effective:
            evidence.append(self.ev(iso3, revoked))
            acted = claim.date is None or claim.date.covers(notice.date)
            before = claim.sentence.text[: claim.trigger[0] - claim.sentence.start]
            perfect = re.search(r"\b(?:has|have)\s+(?:\w+\s+){0,2}$", before)  # "has withdrawn": out now
            if acted and not perfect and re.match(r"withdr|pull", claim.verb or ""):
                # "X withdrew (under its leader)": the notice was given, then revoked; it never left.
                return Result(
                    PARTLY,
                    f"{n} notified its withdrawal on {notice.date} but revoked it on {revoked.date}, before it "
                    f"would have taken effect ({effective}): it remained a State Party",
                    evidence,
                    partly="withdrawal notified (holds); left (does not hold: the notice was revoked)",
                )
            return Result(
                CONTRADICTED,
                f"{n} notified its withdrawal on {notice.date} but revoked it on {revoked.date}, before it would have "
                f"taken effect ({effective}): it remained a State Party",
                evidence,
            )
        date_ok = claim.date is None or claim.date.covers(notice.date) or claim.date.covers(effective)
        if effective > self.as_of:
            parts = [
                {"claim": "withdrawal notified", "holds": True, "because": f"notified {notice.date}"},
                {"claim": "withdrawal in effect (left)", "holds": False, "because": f"takes effect {effective}"},
            ]
            if not date_ok:
                return Result(
                    CONTRADICTED,
                    f"{n} notified its withdrawal on {notice.date}, not {self.date_words(claim)}; it takes effect on "
                    f"{effective}",
                    evidence,
                )
            return Result(
                PARTLY,
                f"{n} notified its withdrawal on {notice.date}; it takes effect only on {effective}, so on "
                f"{self.as_of} it is still a State Party",
                evidence,
                partly=f"withdrawal notified (holds); left (does not hold: still a State Party until {effective})",
                parts=parts,
            )
        if not date_ok:
            return Result(
                CONTRADICTED,
                f"{n} notified its withdrawal on {notice.date}, effective {effective}; not {self.date_words(claim)}",
                evidence,
            )
        if claim.date is not None and not claim.date.covers(effective):
            return Result(
                PARTLY,
                f"{n} notified its withdrawal on {notice.date} ({self.date_words(claim)}), but it took effect only "
                f"on {effective}",
                evidence,
                partly=f"withdrawal notified {self.date_words(claim)} (holds); left then (does not hold: effective "
                f"{effective})",
                parts=[
                    {"claim": "withdrawal notified then", "holds": True, "because": f"notified {notice.date}"},
                    {"claim": "left then", "holds": False, "because": f"took effect {effective}"},
                ],
            )
        return Result(
            SUPPORTED, f"{n} notified its withdrawal on {notice.date}; it took effect on {effective}", evidence
        )

    def notification(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        notices = self.events(iso3, [Kind.withdrawal_notification])
        if claim.negated:
            if notices:
                return Result(
                    CONTRADICTED, f"{n} notified its withdrawal on {notices[-1].date}", [self.ev(iso3, notices[-1])]
                )
            return Result(SUPPORTED, f"no withdrawal by {n} notified up to {self.as_of}")
        if not notices:
            never = self._never_party(iso3)
            if never is not None:
                return never
            return Result(CONTRADICTED, f"no withdrawal by {n} notified up to {self.as_of}; {self.status_text(iso3)}")
        matching = [e for e in notices if self.in_date(claim, e.date)]
        if not matching:
            return Result(
                CONTRADICTED,
                f"{n} notified its withdrawal on {notices[-1].date}, not {self.date_words(claim)}",
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
                    f"{n} notified its withdrawal on {notice.date} but revoked it on {revoked[0].date}",
                    evidence,
                )
            if effective <= self.as_of:
                return Result(
                    PARTLY,
                    f"{n}'s withdrawal, notified on {notice.date}, already took effect on {effective}",
                    evidence,
                    partly=f"notified (holds); still in process (does not hold: effective {effective})",
                )
            return Result(
                SUPPORTED, f"{n} notified its withdrawal on {notice.date}; it takes effect on {effective}", evidence
            )
        later = f"; revoked on {revoked[0].date}" if revoked else f"; effective {effective}"
        return Result(SUPPORTED, f"{n} notified its withdrawal on {notice.date}{later}", evidence)

    def effect(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        notice, effective, revoked = self._withdrawal(iso3)
        if notice is None or effective is None:
            never = self._never_party(iso3)
            return never or Result(CONTRADICTED, f"no withdrawal by {n} notified up to {self.as_of}")
        evidence = [self.ev(iso3, notice)]
        if revoked is not None and revoked.date < effective:
            evidence.append(self.ev(iso3, revoked))
            return Result(
                CONTRADICTED,
                f"{n}'s withdrawal (notified {notice.date}) was revoked on {revoked.date}: it never took effect",
                evidence,
            )
        if claim.date is not None:
            if claim.date.covers(effective):
                return Result(
                    SUPPORTED, f"{n}'s withdrawal, notified on {notice.date}, takes effect on {effective}", evidence
                )
            return Result(
                CONTRADICTED,
                f"{n}'s withdrawal, notified on {notice.date}, takes effect on {effective}, not "
                f"{self.date_words(claim)}",
                evidence,
            )
        if effective <= self.as_of or claim.mood == "future":  # "will take effect", "avant que ... ne prenne effet"
            return Result(
                SUPPORTED, f"{n}'s withdrawal, notified on {notice.date}, takes effect on {effective}", evidence
            )
        return Result(
            CONTRADICTED,
            f"{n}'s withdrawal, notified on {notice.date}, had not taken effect by {self.as_of} (it does on "
            f"{effective})",
            evidence,
        )

    def withdrawal_ordinal(self, claim: Claim, iso3: str) -> Result:
        done = []
        for i in self.led.states:
            notice, effective, revoked = self._withdrawal(i)
            if notice and effective and effective <= self.as_of and (revoked is None or revoked.date >= effective):
                done.append((effective, i, notice))
        done.sort()
        rank = _ORDINALS.get(claim.ordinal or "", 0)
        order = [i for _, i, _ in done]
        evidence = [self.ev(i, notice) for _, i, notice in done[: max(rank, 1) + 1]]
        if iso3 in order and order.index(iso3) + 1 == rank:
            return Result(
                SUPPORTED,
                f"{self.name(iso3)}'s withdrawal took effect on {done[rank - 1][0]}, the {claim.ordinal} to do so",
                evidence,
            )
        pending = self._pending_rank(iso3, rank, claim.mood == "future")
        if pending is not None and iso3 not in order:
            return pending
        if not done:
            return Result(CONTRADICTED, f"no withdrawal had taken effect by {self.as_of}", evidence)
        first = ", ".join(f"{self.name(i)} ({d})" for d, i, _ in done[:3])
        return Result(CONTRADICTED, f"withdrawals in effect by {self.as_of}, in order: {first}", evidence)

    def _pending_rank(self, iso3: str, rank: int, future: bool) -> Result | None:
        """ "Its withdrawal takes effect in October 2017, making it the first to leave", said while the
        State's own notice runs: the rank among the withdrawals notified and not revoked by the day
        (said as done, "became the first to leave", it is partly: the State has not left yet)."""
        notice, effective, revoked = self._withdrawal(iso3)
        if notice is None or effective is None or effective <= self.as_of or revoked is not None:
            return None
        notified = sorted(
            (n.date, i, n) for i in self.led.states for n, _, r in [self._withdrawal(i)] if n is not None and r is None
        )
        order = [i for _, i, _ in notified]
        evidence = [self.ev(i, n) for _, i, n in notified[: max(rank, 1) + 1]]
        place = order.index(iso3) + 1
        because = (
            f"{self.name(iso3)} notified its withdrawal on {notice.date} (it takes effect on {effective}): "
            f"number {place} among the withdrawals notified and not revoked by {self.as_of}"
        )
        if place != rank:
            return Result(CONTRADICTED, f"{because}, not the {_th(rank)}", evidence)
        if future:
            return Result(SUPPORTED, because, evidence)
        return Result(
            PARTLY,
            f"{because}; it has not left yet",
            evidence,
            partly=f"the {_th(rank)} to notify (holds); left (not before {effective})",
        )

    def revocation(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        notices = self.events(iso3, [Kind.withdrawal_notification])
        revs = self.events(iso3, [Kind.withdrawal_revocation])
        if not notices:
            if claim.pattern == "revocation.decision":
                return Result(
                    NOT_CHECKABLE,
                    f"no withdrawal by {n} was notified up to {self.as_of}: a government dropping a plan is not a "
                    "depositary act, so the record cannot confirm it",
                )
            return Result(
                CONTRADICTED, f"no withdrawal by {n} was notified up to {self.as_of}, so none could be revoked"
            )
        evidence = [self.ev(iso3, notices[-1]), *(self.ev(iso3, e) for e in revs)]
        if claim.negated:
            return Result(
                CONTRADICTED if revs else SUPPORTED,
                f"revocation recorded on {revs[-1].date}" if revs else "no revocation recorded",
                evidence,
            )
        if not revs:
            return Result(
                CONTRADICTED,
                f"{n} notified its withdrawal on {notices[-1].date}; no revocation is recorded up to {self.as_of}",
                evidence,
            )
        rev = revs[-1]
        if not self.in_date(claim, rev.date):
            return Result(
                CONTRADICTED, f"{n} revoked its withdrawal on {rev.date}, not {self.date_words(claim)}", evidence
            )
        return Result(SUPPORTED, f"{n} revoked its withdrawal (notified {notices[-1].date}) on {rev.date}", evidence)

    def amendment(self, claim: Claim, iso3: str) -> Result:
        """The Kampala amendments on the crime of aggression accepted (art. 121(5)): the State's
        instrument of acceptance, deposited with the Secretary-General."""
        n = self.name(iso3)
        accepted = [e for e in self.events(iso3, [Kind.amendment_acceptance]) if e.amendment == "aggression-2010"]
        if claim.negated:
            if accepted:
                return Result(
                    CONTRADICTED,
                    f"{n} accepted the aggression amendments on {accepted[0].date}",
                    [self.ev(iso3, accepted[0])],
                )
            return Result(SUPPORTED, f"no acceptance of the aggression amendments by {n} recorded up to {self.as_of}")
        if not accepted:
            caveats = self.led.instruments.amendments["aggression-2010"].caveats
            result = Result(
                CONTRADICTED, f"no acceptance of the aggression amendments by {n} is recorded up to {self.as_of}"
            )
            if caveats:
                result.because += " (the recorded acceptances have known gaps: see caveats)"
            return result
        e = accepted[0]
        if not self.in_date(claim, e.date):
            return Result(
                CONTRADICTED,
                f"{n} deposited its acceptance of the aggression amendments on {e.date}, not {self.date_words(claim)}",
                [self.ev(iso3, e)],
            )
        return Result(
            SUPPORTED, f"{n} deposited its acceptance of the aggression amendments on {e.date}", [self.ev(iso3, e)]
        )

    def signature_withdrawal(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        sws = self.events(iso3, [Kind.signature_withdrawal])
        if claim.negated:
            if sws:
                return Result(CONTRADICTED, f"{n} withdrew its signature on {sws[0].date}", [self.ev(iso3, sws[0])])
            return self._with_gap(
                Result(SUPPORTED, f"no signature withdrawal by {n} recorded up to {self.as_of}"),
                iso3,
                Kind.signature_withdrawal,
            )
        if claim.domestic is not None:
            # the order or decree reported as the withdrawal: a domestic act; a signature is withdrawn by the
            # notice the Secretary-General receives (the depositary's record)
            gap = self.gap(iso3, Kind.signature_withdrawal)
            recorded = (
                f"{n} notified on {sws[0].date} that it does not intend to become a party"
                if sws
                else (
                    f"the record lacks the notice ({gap.note})"
                    if gap
                    else f"no notice by {n} recorded up to {self.as_of}"
                )
            )
            return Result(
                PARTLY,
                f"what is reported ({claim.domestic}) is a domestic act; the signature is withdrawn by the notice to "
                f"the depositary: {recorded}",
                [self.ev(iso3, e) for e in sws[:1]],
                partly="a domestic act (holds as reported); the notice to the depositary (a separate act)",
            )
        if not sws:
            result = Result(
                CONTRADICTED,
                f"no notice by {n} that it does not intend to become a party is recorded up to {self.as_of}; "
                f"{self.status_text(iso3)}",
            )
            return self._with_gap(result, iso3, Kind.signature_withdrawal)
        sw = sws[0]
        if not self.in_date(claim, sw.date):
            return Result(
                CONTRADICTED,
                f"{n} withdrew its signature on {sw.date}, not {self.date_words(claim)}",
                [self.ev(iso3, sw)],
            )
        return Result(
            SUPPORTED,
            f"{n} notified on {sw.date} that it does not intend to become a party (signature withdrawn)",
            [self.ev(iso3, sw)],
        )

    def _with_gap(self, result: Result, iso3: str, kind: Kind, until: date | None = None) -> Result:
        """A verdict resting on an event the record says it may lack cannot stand."""
        gap = self.gap(iso3, kind, until)
        if gap is None or result.verdict == NOT_CHECKABLE:
            return result
        return Result(
            NOT_CHECKABLE,
            f"the record may lack {gap.kind.value.replace('_', ' ')} events from {gap.after} ({gap.note}), so it "
            f"cannot decide; as recorded: {result.because}",
            result.evidence,
        )

    def declaration(self, claim: Claim, iso3: str) -> Result:
        n = self.name(iso3)
        decls = self.events(iso3, [Kind.declaration_12_3])
        deps = self.events(iso3, DEPOSITS) if claim.pattern == "declaration_12_3.accepted" else []
        found = [e for e in (*decls, *deps) if self.in_date(claim, e.date)]
        if claim.negated:
            return Result(
                CONTRADICTED if found else SUPPORTED,
                f"{len(found)} acceptance(s) recorded",
                [self.ev(iso3, e) for e in found],
            )
        if found:
            e = found[0]
            how = (
                "a declaration under article 12(3)"
                if e.kind is Kind.declaration_12_3
                else f"its instrument of {KIND_WORDS[e.kind]} (art. 12(1))"
            )
            return Result(
                SUPPORTED,
                f"{n} accepted the Court's jurisdiction by {how}, lodged on {e.date}",
                [self.ev(iso3, x) for x in found],
            )
        if decls or deps:
            got = sorted((*decls, *deps), key=lambda e: e.date)
            return Result(
                CONTRADICTED,
                f"{n}'s acceptances are dated "
                + ", ".join(str(e.date) for e in got)
                + f", not {self.date_words(claim)}",
                [self.ev(iso3, e) for e in got],
            )
        return Result(
            CONTRADICTED,
            f"no declaration under article 12(3) by {n} recorded up to {self.as_of}; {self.status_text(iso3)}",
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
            because = (
                f"the Statute entered into force for {n} on {self.eif(deps[0])}"
                if deps
                else f"{n} never deposited an instrument"
            ) + f"; it entered into force on {statute} for the founding States Parties"
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
                f"{n} signed the Rome Statute and is a State Party {_range_words(first, last)}: more than a signatory",
                evidence,
                partly="signed (holds); only a signatory (does not hold: a State Party)",
            )
        if claim.action == "signatory":
            sigs = self.events(iso3, [Kind.signature], last)

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
        if claim.since and claim.date is not None:
            return self._since(claim, iso3, evidence)
        if (
            claim.action == "party"
            and not claim.negated
            and not claim.no_longer
            and all(st is Status.ratified_not_in_force for _, _, st, _ in values)
        ):
            dep = deps[-1]
            return Result(
                PARTLY,
                f"{n} deposited its instrument on {dep.date}, but the Statute enters into force for it only on "
                f"{self.eif(dep)}",
                evidence,
                partly="instrument deposited (a State Party counting deposits); not yet in force (until "
                f"{self.eif(dep)})",
                convention="deposited",
            )
        when = f"on {first}" if first == last else f"from {first} to {last}"
        words = "; ".join(f"{STATUS_WORDS[st.value]} {_when(a, b)}" for a, b, st, _ in values)
        if all(ok for *_, ok in values):
            return Result(
                SUPPORTED, f"{n} was {words}" if first != last else f"{self.status_text(iso3, first)}", evidence
            )
        if not any(ok for *_, ok in values):
            if claim.no_longer and not deps:
                return Result(CONTRADICTED, f"{n} was never a State Party; {self.status_text(iso3, last)}", evidence)
            return Result(
                CONTRADICTED, f"{n} was {words}" if first != last else self.status_text(iso3, first), evidence
            )
        good = [f"{_when(a, b)}" for a, b, _, ok in values if ok]
        return Result(
            PARTLY,
            f"{n} {when}: {words}",
            evidence,
            partly=f"holds {', '.join(good)} only",
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
                f"{n}: deposited {dep.date}, in force for it since {eif}; {self.status_text(iso3)}",
                evidence,
                convention=convention,
            )
        if began:
            return Result(
                PARTLY,
                f"{n} became a State Party then ({eif}) but {self.status_text(iso3)}",
                evidence,
                partly="since then (holds); still (does not hold)",
            )
        return Result(
            CONTRADICTED,
            f"{n}: deposited {dep.date}, in force for it from {eif}, not since {claim.date.label()}",
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
        label = "States" if g.group == "all" else g.group
        quantity = f"at least {least}" if most is None else (f"{least}" if least == most else f"{least} to {most}")

        def listing(rows: list[tuple[str, Result]]) -> str:
            return "; ".join(f"{self.name(i)}: {r.because}" for i, r in rows) or "none"

        evidence = sorted((e for _, r in (*full, *part) for e in r.evidence), key=lambda e: str(e.get("date")))
        if claim.mode == "announcement":
            return Result(
                NOT_CHECKABLE,
                "an announcement is not a notification: the record holds what was deposited with the UN "
                f"Secretary-General. Among {label} up to {self.as_of}: {listing(full + part)}",
                evidence,
            )
        fits_full = len(full) >= least and (most is None or len(full) <= most)
        fits_any = len(full) + len(part) >= least and (most is None or len(full) + len(part) <= most)
        if fits_full and not (claim.negated and full):
            return Result(SUPPORTED, f"{len(full)} of the {label} ({quantity} claimed): {listing(full)}", evidence)
        if fits_any and part:
            what = part[0][1].partly or "in part"
            return Result(
                PARTLY,
                f"{len(full) + len(part)} of the {label} ({quantity} claimed), in part only: {listing(full + part)}",
                evidence,
                partly=f"{what}" if not full else f"{len(full)} fully, {len(part)} in part: {what}",
                parts=[
                    {"claim": self.name(i), "holds": r.verdict == SUPPORTED, "because": r.because}
                    for i, r in full + part
                ],
            )
        if (full or part) and most is None and not claim.negated:
            # "African countries leave the ICC" when one has notified: the act holds for some, not for as many
            return Result(
                PARTLY,
                f"{len(full) + len(part)} of the {label} ({quantity} claimed) up to {self.as_of}: "
                f"{listing(full + part)}",
                evidence,
                partly=f"{len(full) + len(part)} of them, fewer than claimed" + (", in part only" if part else ""),
            )
        return Result(
            CONTRADICTED,
            f"{len(full) + len(part)} of the {label} ({quantity} claimed) up to {self.as_of}: {listing(full + part)}",
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
        words = {
            "signature_withdrawal": "notice that it does not intend to become a party",
            "signature": "signature",
            "ratification": "instrument deposited",
            "join": "instrument deposited",
        }.get(claim.action, "withdrawal notified")
        record = (
            "; ".join(f"{e.kind.value.replace('_', ' ')} on {e.date}" for e in found)
            if found
            else f"no {words} recorded up to {self.as_of}"
        )
        because = (
            "an announcement is not a notification: the ledger records what States deposit with the UN "
            f"Secretary-General, not what governments say they will do. {n}'s record: {record}"
        )
        if self.gap(iso3, Kind.signature_withdrawal) or self.gap(iso3, Kind.withdrawal_notification):
            because += " (the record may lack an event here: see caveats)"
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
            joined, _ = self._deposit(claim.places[0].iso3)
            if joined is not None:
                days = sorted({joined.date, self.eif(joined)})
                first, last = days[0], days[-1]
        number, approx = claim.number, claim.approx
        group = next((m.group for m in claim.subjects if m.group), "all")
        among = "" if group == "all" else f" among the {group}"

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
            signed = "signed the Statute and deposited no instrument" if only else "signed the Statute"
            ev = [
                {"type": "count", "on": d.isoformat(), "what": f"States that had {signed}", "count": counts[d]}
                for d in (ok or days)[:3]
            ]
            if ok:
                said = f"{counts[ok[0]]} States{among} had {signed} by {ok[0]}"
                return Result(SUPPORTED, said, ev, convention="signed")
            return Result(
                CONTRADICTED,
                f"States{among} that had {signed} {_range_words(first, last)}: {_numbers(seen)}",
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
                "how": f"hague parties --on {d.isoformat()}"
                + (" --convention deposited" if c == "deposited" else "")
                + ("" if group == "all" else f" (the {group})"),
            }
            for c in per
            for d in (hits[c] or [last])[:2]
        ]
        both = bool(hits["in_force"]) and bool(hits["deposited"])
        said = f"{approx + ' ' if approx else ''}{number}"
        if both:
            d = hits["in_force"][0]
            return Result(
                SUPPORTED,
                f"{per['in_force'][d]} States Parties{among} on {d} under either convention (Statute in force, or "
                "instruments deposited)",
                evidence,
                convention="both",
            )
        for c, words in (
            ("in_force", "the Statute in force for them"),
            ("deposited", "instruments deposited, including those not yet in force"),
        ):
            if hits[c]:
                d = hits[c][0]
                other = "deposited" if c == "in_force" else "in_force"
                return Result(
                    SUPPORTED,
                    f"{per[c][d]} States Parties{among} on {d}, counting {words} ({per[other][d]} under the other "
                    "convention)",
                    evidence,
                    convention=c,
                )
        inf, dep = sorted(set(per["in_force"].values())), sorted(set(per["deposited"].values()))
        return Result(
            CONTRADICTED,
            f"not {said}: States Parties{among} {_range_words(first, last)}: {_numbers(inf)} with the Statute in "
            f"force, {_numbers(dep)} counting instruments deposited",
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

    def sev(
        self, slug: str, s: Situation, kind: str, day: date, source: Any, note: str | None = None
    ) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "registry",
            "situation": slug,
            "number": s.id,
            "name": s.name,
            "date": day.isoformat(),
            "kind": kind,
            "source": source.to_json() if source is not None else None,
        }
        notes = [n for n in (note, "after the as-of day" if day > self.as_of else None) if n]
        if notes:
            out["note"] = "; ".join(notes)
        return out

    def warrant(self, claim: Claim) -> Result:
        """A warrant of arrest or a summons (art. 58) for a person the registry holds, issued by the
        as-of day; under seal until a later day, it was not public then."""
        results = []
        people = claim.persons or self._nationals(claim)
        if not people:
            iso3 = next((x.iso3 for x in claim.subjects if x.iso3), None)
            return Result(CONTRADICTED, f"no public warrant for a national of {self.name(iso3 or '')} is recorded")
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
                "source": e.source.to_json(),
                "how": f"hague cases --situation {p.situation}",
            }
            for p, issued in results
            for e in issued
        ]
        verdicts = []
        for person, issued in results:
            before = [e for e in issued if e.date <= self.as_of]
            if not before:
                later = f"; one was issued on {issued[0].date}" if issued else ""
                verdicts.append(Result(CONTRADICTED, f"no warrant for {person.name} up to {self.as_of}{later}"))
                continue
            fits = [e for e in before if claim.date is None or claim.date.covers(e.date)]
            public = [e for e in fits if e.unsealed is None or e.unsealed <= self.as_of]
            words = ", ".join(f"{e.kind.value} on {e.date}" for e in before)
            if not fits:
                sealed = [e for e in before if e.unsealed and claim.date is not None and claim.date.covers(e.unsealed)]
                if sealed:
                    verdicts.append(
                        Result(
                            PARTLY,
                            f"the warrant for {person.name} was issued on {sealed[0].date} under seal and made public "
                            f"on {sealed[0].unsealed}",
                            partly="the day it was made public, not issued",
                        )
                    )
                    continue
                verdicts.append(Result(CONTRADICTED, f"{person.name}: {words}, not {self.date_words(claim)}"))
                continue
            if not public:
                verdicts.append(
                    Result(
                        PARTLY,
                        f"the warrant for {person.name} was issued on {fits[0].date} under seal; it was made public on "
                        f"{fits[0].unsealed}",
                        partly="not public on the day",
                    )
                )
                continue
            if claim.verb == "charged":
                verdicts.append(
                    Result(
                        PARTLY,
                        f"{person.name}: {words}; a warrant is not a charge: charges are confirmed at a hearing "
                        "(art. 61)",
                        partly="a warrant, not confirmed charges",
                    )
                )
                continue
            verdicts.append(Result(SUPPORTED, f"{person.name}: {words}"))
        if len(verdicts) == 1:
            verdicts[0].evidence = evidence
            return verdicts[0]
        kinds = {r.verdict for r in verdicts}
        because = "; ".join(r.because for r in verdicts)
        if len(kinds) == 1:
            return Result(kinds.pop(), because, evidence)
        holds = [p.name for (p, _), r in zip(results, verdicts, strict=True) if r.verdict == SUPPORTED]
        fails = [p.name for (p, _), r in zip(results, verdicts, strict=True) if r.verdict != SUPPORTED]
        return Result(
            PARTLY,
            because,
            evidence,
            partly=f"holds for {', '.join(holds) or 'none fully'}; not for {', '.join(fails)}",
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
        found = list({slug: (slug, s) for slug, s in found}.values())
        place = " / ".join(self.name(c) for c in codes)
        stage_word = "investigation" if claim.stage == "investigation" else "preliminary examination"
        if not found:
            if claim.negated:
                return Result(SUPPORTED, f"no situation concerning {place} is recorded in the registry")
            return Result(
                CONTRADICTED,
                f"no situation concerning {place} is recorded in the registry (examinations or investigations)",
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
        stage_text = "; ".join(f"{s.name}: {_stage_words(stages[slug])} on {self.as_of}" for slug, s in found)
        if claim.negated:
            if by_then:
                slug, s, e = by_then[0]
                return Result(CONTRADICTED, f"{s.name}: {stage_word} opened on {e.date} ({stage_text})", evidence)
            return Result(SUPPORTED, f"no {stage_word} concerning {place} by {self.as_of} ({stage_text})", evidence)
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
                        f"{s.name}: a preliminary examination from {pe[0].date}; no investigation by {self.as_of} "
                        f"({stage_text})",
                        evidence + [self.sev(slug, s, e.kind.value, e.date, e.source, _precision(e)) for e in pe[:1]],
                        partly="the Court's examination (holds); an investigation opened (not by the day)",
                    )
        if not by_then:
            later = [(slug, s, e) for slug, s, e in rows if e is not None]
            when = "; ".join(f"{s.name}: {stage_word} from {e.date}" for _, s, e in later)
            return Result(
                CONTRADICTED,
                f"no {stage_word} concerning {place} by {self.as_of}: {stage_text}"
                + (f" (later: {when})" if when else ""),
                evidence + self._stage_evidence(found),
            )
        if claim.date is not None:
            # Any act of the stage on the day said: the examination opened days after the declaration
            # that led to it ("a ouvert vendredi un examen préliminaire").
            dated = []
            for slug, s, _e in by_then:
                on = [x for x in s.events if x.kind in kinds and x.date <= self.as_of and claim.date.covers(x.date)]
                if on:
                    dated.append((slug, s, on[0]))
            if not dated:
                slug, s, e = by_then[0]
                # every act of the stage, so that one a day or two from the day said makes it partly (_near_day);
                # the opening itself named when the stage began with a declaration or a referral
                acts = [x for x in s.events if x.kind in kinds and x.date <= self.as_of]
                opening = next((x for x in acts if x.kind in (SituationKind.pe_opened, *_INVESTIGATION_KINDS)), e)
                more = [self.sev(slug, s, x.kind.value, x.date, x.source, _precision(x)) for x in acts if x is not e]
                return Result(
                    CONTRADICTED,
                    f"{s.name}: {stage_word} opened on {opening.date}, not {self.date_words(claim)}",
                    evidence + more,
                )
            by_then = dated
        slug, s, e = by_then[0]
        parts: list[dict[str, Any]] = [
            {"claim": f"{stage_word} opened", "holds": True, "because": f"{e.kind.value} {e.date}"}
        ]
        if claim.present:
            now = stages[slug]
            wanted = Stage.investigation if claim.stage == "investigation" else Stage.preliminary_examination
            if now is not wanted:
                return Result(
                    PARTLY,
                    f"{s.name}: {stage_word} opened on {e.date}, but {_stage_words(now)} on {self.as_of}",
                    evidence,
                    partly=f"opened (holds); ongoing on {self.as_of} (does not hold: {_stage_words(now)})",
                )
        if claim.about is not None and claim.about.first and claim.about.last:
            lo, hi = s.scope.start or date.min, s.scope.end or date.max
            covers = lo <= claim.about.last and claim.about.first <= hi
            scope = f"{s.scope.start or 'any date'} to {s.scope.end or 'open-ended'}"
            parts.append({"claim": f"concerns {claim.about.label()}", "holds": covers, "because": f"scope {scope}"})
            if not covers:
                return Result(
                    PARTLY,
                    f"{s.name}: {stage_word} opened on {e.date}; its scope ({scope}) does not cover "
                    f"{claim.about.label()}",
                    evidence,
                    partly=f"{stage_word} (holds); about {claim.about.label()} (does not hold)",
                    parts=parts,
                )
        return Result(
            SUPPORTED,
            f"{s.name} ({s.id}): {stage_word} opened on {e.date}{_precision_words(e)}; {stage_text}",
            evidence,
            parts=parts,
        )

    def _referral(self, claim: Claim, found: list[tuple[str, Situation]], place: str) -> Result:
        if claim.what == "security_council":
            return self._council_referral(claim, found, place)
        by = _unique([m.iso3 for m in claim.subjects if m.iso3])
        hits = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if e.kind is SituationKind.referral and set(by) & set(e.by) and e.date <= self.as_of
        ]
        evidence = [self.sev(slug, s, e.kind.value, e.date, e.source, "by " + ", ".join(e.by)) for slug, s, e in hits]
        who = ", ".join(self.name(i) for i in by)
        if claim.negated:
            return Result(CONTRADICTED if hits else SUPPORTED, f"referrals by {who}: {len(hits)}", evidence)
        if not hits:
            return Result(
                CONTRADICTED, f"no referral by {who} concerning {place} recorded up to {self.as_of}", evidence
            )
        dated = [h for h in hits if self.in_date(claim, h[2].date)]
        if not dated:
            return Result(
                CONTRADICTED,
                f"{hits[0][1].name}: referred by {who} on {hits[0][2].date}, not {self.date_words(claim)}",
                evidence,
            )
        return Result(SUPPORTED, f"{dated[0][1].name}: referred by {who} on {dated[0][2].date}", evidence)

    def _council_referral(self, claim: Claim, found: list[tuple[str, Situation]], place: str) -> Result:
        """A referral by the Security Council acting under Chapter VII (art. 13(b)): its resolution."""
        hits = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if e.kind is SituationKind.referral and e.resolution is not None and e.date <= self.as_of
        ]
        evidence = [
            self.sev(slug, s, e.kind.value, e.date, e.source, f"resolution {e.resolution}") for slug, s, e in hits
        ]
        if claim.negated:
            return Result(
                CONTRADICTED if hits else SUPPORTED, f"Security Council referrals of {place}: {len(hits)}", evidence
            )
        if not hits:
            return Result(
                CONTRADICTED, f"no referral of {place} by the Security Council recorded up to {self.as_of}", evidence
            )
        slug, s, e = hits[0]
        if not self.in_date(claim, e.date):
            return Result(
                CONTRADICTED,
                f"{s.name}: referred by the Security Council (resolution {e.resolution}) on {e.date}, not "
                f"{self.date_words(claim)}",
                evidence,
            )
        return Result(
            SUPPORTED, f"{s.name}: referred by the Security Council (resolution {e.resolution}) on {e.date}", evidence
        )

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
        self, claim: Claim, found: list[tuple[str, Situation]], place: str, kinds: tuple[SituationKind, ...], words: str
    ) -> Result:
        hits = [(slug, s, e) for slug, s in found for e in s.events if e.kind in kinds and e.date <= self.as_of]
        dated = [h for h in hits if self.in_date(claim, h[2].date)]
        evidence = [self.sev(slug, s, e.kind.value, e.date, e.source) for slug, s, e in hits]
        ok = bool(dated) != claim.negated
        if dated:
            return Result(
                SUPPORTED if ok else CONTRADICTED, f"{dated[0][1].name}: {words} on {dated[0][2].date}", evidence
            )
        return Result(
            SUPPORTED if ok else CONTRADICTED,
            f"no {words} concerning {place} recorded up to {self.as_of}"
            + ("" if not hits else f" at that date ({hits[0][2].date})"),
            evidence,
        )

    def _closed(self, claim: Claim, found: list[tuple[str, Situation]], place: str) -> Result:
        closures = [
            (slug, s, e)
            for slug, s in found
            for e in s.events
            if e.kind is SituationKind.pe_closed and e.date <= self.as_of
        ]
        evidence = [
            self.sev(slug, s, e.kind.value, e.date, e.source, e.outcome.value if e.outcome else None)
            for slug, s, e in closures
        ]
        if not closures:
            stages = "; ".join(f"{s.name}: {_stage_words(stage_on(s, self.as_of))}" for _, s in found)
            return Result(
                CONTRADICTED,
                f"no preliminary examination concerning {place} closed up to {self.as_of} ({stages})",
                evidence + self._stage_evidence(found),
            )
        if claim.date is not None:
            dated = [c for c in closures if claim.date.covers(c[2].date)]
            if not dated:
                slug, s, e = closures[-1]
                return Result(
                    CONTRADICTED,
                    f"{s.name}: preliminary examination closed on {e.date}, not {self.date_words(claim)}",
                    evidence,
                )
            closures = dated
        slug, s, e = closures[-1]
        now = stage_on(s, self.as_of)
        outcome = f" ({e.outcome.value.replace('_', ' ')})" if e.outcome else ""
        if now is Stage.closed:
            return Result(SUPPORTED, f"{s.name}: preliminary examination closed on {e.date}{outcome}", evidence)
        return Result(
            PARTLY,
            f"{s.name}: closed on {e.date}{outcome}, but {_stage_words(now)} on {self.as_of}",
            evidence + self._stage_evidence([(slug, s)]),
            partly=f"closed on {e.date} (holds); still closed on {self.as_of} (does not hold: {_stage_words(now)})",
        )

    # -- the Statute itself ---------------------------------------------------------------------------------------
    def instrument(self, claim: Claim) -> Result:
        statute = self.led.instruments.rome_statute
        source = statute.sources[0].to_json() if statute.sources else None
        ev_in_force = {
            "type": "instrument",
            "what": "Rome Statute entry into force",
            "date": statute.entry_into_force.isoformat(),
            "source": source,
        }
        ev_adopted = {
            "type": "instrument",
            "what": "Rome Statute adopted",
            "date": statute.adopted.isoformat(),
            "source": source,
        }
        if claim.date is None:
            return Result(NOT_CHECKABLE, "no date given to check", [ev_adopted, ev_in_force])
        if claim.action == "statute_in_force":
            ok = claim.date.covers(statute.entry_into_force)
            return Result(
                SUPPORTED if ok else CONTRADICTED,
                f"the Rome Statute entered into force on {statute.entry_into_force} (art. 126(1))",
                [ev_in_force],
            )
        if claim.action == "statute_adopted":
            ok = claim.date.covers(statute.adopted)
            return Result(
                SUPPORTED if ok else CONTRADICTED, f"the Rome Statute was adopted on {statute.adopted}", [ev_adopted]
            )
        if claim.date.covers(statute.entry_into_force):
            return Result(
                SUPPORTED,
                f"the Court came into being when the Statute entered into force, {statute.entry_into_force}",
                [ev_in_force],
            )
        if claim.date.covers(statute.adopted):
            return Result(
                PARTLY,
                f"the Statute was adopted on {statute.adopted}; the Court came into being when it entered into "
                f"force, {statute.entry_into_force}",
                [ev_adopted, ev_in_force],
                partly=f"the founding treaty dates from {statute.adopted.year} (holds); the Court itself from "
                f"{statute.entry_into_force} (does not hold)",
            )
        return Result(
            CONTRADICTED, f"adopted {statute.adopted}, in force {statute.entry_into_force}", [ev_adopted, ev_in_force]
        )


@cache
def _name(iso3: str) -> str:
    # The name table is a pandas frame; one look-up costs more than checking a claim.
    return state_names.name(iso3)


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
    parts = [{"claim": _name(i), "holds": r.verdict == SUPPORTED, "because": r.because} for i, r in results]
    because = "; ".join(f"{_name(i)}: {r.because}" for i, r in results)
    if verdicts == {SUPPORTED}:
        return Result(SUPPORTED, because, evidence, parts=parts)
    if verdicts == {CONTRADICTED}:
        return Result(CONTRADICTED, because, evidence, parts=parts)
    if verdicts == {NOT_CHECKABLE}:
        return Result(NOT_CHECKABLE, because, evidence, parts=parts)
    good = [_name(i) for i, r in results if r.verdict == SUPPORTED]
    bad = [_name(i) for i, r in results if r.verdict != SUPPORTED]
    return Result(
        PARTLY,
        because,
        evidence,
        partly=f"holds for {', '.join(good) or 'none fully'}; not for {', '.join(bad)}",
        parts=parts,
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


def _numbers(values: list[int]) -> str:
    return str(values[0]) if len(values) == 1 else f"{values[0]} to {values[-1]}"


def _range_words(first: date, last: date) -> str:
    return f"on {first}" if first == last else f"from {first} to {last}"


def _when(a: date, b: date) -> str:
    return f"on {a}" if a == b else f"from {a} to {b}"


def _th(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _span(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}-{hi}"


def _stage_words(stage: Stage | None) -> str:
    return {
        None: "not yet under examination",
        Stage.preliminary_examination: "a preliminary examination",
        Stage.investigation: "an investigation",
        Stage.closed: "closed (no investigation)",
        Stage.completed: "investigation completed",
    }[stage]


def _precision(e: Any) -> str | None:
    p = getattr(e, "precision", None)
    return None if p is None or p.value == "day" else f"date known to the {p.value} only"


def _precision_words(e: Any) -> str:
    note = _precision(e)
    return f" ({note})" if note else ""


def _unique(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def describe(claim: Claim, as_of: date) -> str:
    """The claim as understood, in one line."""
    named = _unique(
        (f"{m.group} ({m.text})" if m.group or m.iso3 is None else f"{_name(m.iso3)} ({m.iso3})")
        for m in (claim.subjects or claim.places)
        if m.iso3 or m.group
    )
    who = ", ".join(named)
    bits = [who] if who else []
    verb = claim.action.replace("_", " ")
    if claim.kind == "situation":
        verb = f"{claim.stage.replace('_', ' ') if claim.stage else 'situation'}" + (
            f" ({claim.verb})" if claim.verb else ""
        )
        if claim.action != "investigation":
            verb += f": {claim.action.replace('_', ' ')}"
    if claim.kind == "count":
        verb = f"count of {claim.what}: {claim.approx + ' ' if claim.approx else ''}{claim.number}"
    if claim.ordinal:
        verb += f" ({claim.ordinal})"
    if claim.negated:
        verb = f"not {verb}" if not claim.no_longer else f"no longer {verb}"
    if claim.mode == "announcement":
        verb = f"announced: {verb}"
    bits.append(verb)
    if claim.date is not None:
        bits.append(("since " if claim.since else "") + claim.date.label())
    if claim.about is not None:
        bits.append(f"about {claim.about.label()}")
    bits.append(f"as of {as_of}")
    return " — ".join(bits)


def date_json(d: DateMention | None) -> dict[str, object] | None:
    return d.to_json() if d is not None else None
