"""May the Court exercise jurisdiction over this conduct? Decided article by article.

`decide(conduct)` splits the conduct period at every day on which a relevant fact changes
(an entry into force, a withdrawal taking effect, a declaration's period, an amendment in
force, a referral's scope), decides each part by the Statute's rules, and keeps the trace
those rules wrote. Jurisdiction is not admissibility: arts 17 and 53 are not assessed.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Annotated, Any

from hague.dates import parse_day, within_range
from hague.errors import HagueError
from hague.ledger import Ledger
from hague.ledger import default as default_ledger
from hague.ledger.facts import StateFacts
from hague.ledger.model import Event, Kind, Period, Source, Text
from hague.ledger.names import resolve
from hague.registry.names import AmendmentName
from hague.registry.scopes import covering, local_inputs
from hague.statute import art_008, art_015bis
from hague.statute.art_005 import Crime, art_5
from hague.statute.art_011 import art_11_1
from hague.statute.art_012 import art_12_2
from hague.statute.art_013 import Trigger, art_13_a, art_13_b
from hague.statute.art_016 import art_16
from hague.statute.art_026 import art_26
from hague.statute.art_124 import excludes
from hague.trace import (
    HYPOTHETICAL,
    Caveat,
    State,
    Trace,
    Word,
    caveat_part,
    cite,
    english_words,
    msg,
    render,
)

# Caveats: words for people (hague.trace.msg), in the reader's language when rendered.
ADMISSIBILITY = msg("Jurisdiction is not admissibility: complementarity and gravity (arts 17 and 53) are not assessed.")
ELEMENT_READING = msg(
    "Art. 12(2)(a): conduct counts as on a State's territory if at least an element or part of "
    "the crime occurred there (Pre-Trial Chamber I, ICC-RoC46(3)-01/18, 6 September 2018)."
)
WITHDRAWAL_READING = msg(
    "Art. 127(2) read as keeping jurisdiction over crimes committed while the State was a party, "
    "whenever proceedings start (Pre-Trial Chamber I, Philippines, 15 September 2021); another "
    "reading requires proceedings to have begun before the withdrawal took effect."
)
ART_124_READINGS = {
    "link": msg(
        "Art. 124 read as removing only the declaring State's own link (its territory or nationals); "
        "the reading that excludes such war crimes altogether is selectable (--art124-reading crime)."
    ),
    "crime": msg(
        "Art. 124 read as excluding war crimes by the declaring State's nationals or on its territory "
        "altogether, whatever other State is linked; the narrower reading is selectable (--art124-reading link)."
    ),
}
ART_121_5_READING = msg(
    "Art. 121(5) read as requiring every State whose link is relied on to have accepted the "
    "amendment adding the provision (in force for it)."
)


@dataclass(frozen=True)
class Field:
    """One field of the jurisdiction question, declared once: `hague jurisdiction` takes it
    as the option `flag`, the API (GET /api/v1/jurisdiction) as the query parameter `name`,
    and the web wizard reads the list from GET /api/v1/jurisdiction/fields."""

    name: str  # the API's query parameter
    help: str
    type: str = "text"  # text, date, integer, state, choice
    many: bool = False  # repeatable
    required: bool = False
    default: str | None = None
    choices: tuple[str, ...] = ()
    keyword: str | None = None  # Conduct.build's keyword (None: `name`); "" for `assume`, which is decide's

    def parameter(self, marker: Any) -> inspect.Parameter:
        """The field as a keyword parameter (named `name_`: `from` is a keyword), its type what an
        interface parses the value into, annotated with the interface's own `marker` (a Typer
        option, a FastAPI query): how the CLI and the API build their signatures from FIELDS."""
        one: Any = int if self.type == "integer" else str
        kind = list[one] | None if self.many else one if self.required else one | None
        default = inspect.Parameter.empty if self.required else self.default
        return inspect.Parameter(
            self.name + "_", inspect.Parameter.KEYWORD_ONLY, default=default, annotation=Annotated[kind, marker]
        )

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "flag": self.flag,
            "help": self.help,
            "type": self.type,
            "many": self.many,
            "required": self.required,
            "default": self.default,
            "choices": list(self.choices),
        }


FIELDS: tuple[Field, ...] = (
    Field(
        "crime",
        "The crime: " + ", ".join(c.value for c in Crime) + ".",
        "choice",
        required=True,
        choices=tuple(c.value for c in Crime),
    ),
    Field("from", "First day of the conduct (YYYY-MM-DD).", "date", required=True, keyword="start"),
    Field("to", "Last day of the conduct (YYYY-MM-DD; default: the first).", "date", keyword="end"),
    Field(
        "territory",
        "State where the conduct or an element of it took place, or flag State of a vessel or "
        "aircraft; repeat for several.",
        "state",
        many=True,
        keyword="territories",
    ),
    Field(
        "nationality", "State of nationality of the accused; repeatable.", "state", many=True, keyword="nationalities"
    ),
    Field("provision", "War crimes: the art. 8 provision, e.g. 8(2)(e)(xiii)."),
    Field(
        "trigger",
        "How the Court is seized: " + ", ".join(t.value for t in Trigger) + " (default proprio_motu).",
        "choice",
        default="proprio_motu",
        choices=tuple(t.value for t in Trigger),
    ),
    Field("resolution", "Security Council referral: resolution number, e.g. 1593.", "integer"),
    Field("referring_state", "State referral: the referring State.", "state"),
    Field("referral_date", "State referral: its date (YYYY-MM-DD; default: today).", "date"),
    Field("aggressor", "Aggression: the aggressor State.", "state"),
    Field("victim", "Aggression: the victim State.", "state"),
    Field("age", "Age of the person at the time (art. 26).", "integer"),
    Field(
        "aggression_reading",
        "Aggression: narrow (default, ICC-ASP/16/Res.5) or broad.",
        "choice",
        default="narrow",
        choices=art_015bis.READINGS,
    ),
    Field(
        "art124_reading",
        "Art. 124: link (default: removes only the declaring State's link) or crime.",
        "choice",
        default="link",
        choices=("link", "crime"),
    ),
    Field("assume", 'Hypothetical event, e.g. "USA ratification 2027-03-01"; repeatable.', many=True, keyword=""),
)


def question(values: dict[str, Any]) -> tuple[Conduct, list[str]]:
    """The conduct and the assumptions from the fields' values (keyed by `Field.name`; a
    missing or None value takes the field's default), validated by Conduct.build."""
    known = {f.name for f in FIELDS}
    unknown = sorted(set(values) - known)
    if unknown:
        raise HagueError(
            f"{unknown[0]}: not a field of the question; valid: {', '.join(sorted(known))}",
            field=unknown[0],
            valid=sorted(known),
        )
    kwargs: dict[str, Any] = {}
    for f in FIELDS:
        value = values.get(f.name)
        if value is None:
            value = [] if f.many else f.default
        if f.keyword != "":
            kwargs[f.keyword or f.name] = value
    assume = values.get("assume") or []
    return Conduct.build(**kwargs), list(assume)


@dataclass(frozen=True)
class Conduct:
    """The question: which crime, when, where, by whom, brought how."""

    crime: Crime
    start: date
    end: date  # inclusive: the last day of the conduct
    territories: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()
    provision: str | None = None
    age: int | None = None
    trigger: Trigger = Trigger.proprio_motu
    resolution: int | None = None
    referring_state: str | None = None
    referral_date: date | None = None
    aggressor: str | None = None
    victim: str | None = None
    aggression_reading: str = "narrow"
    art124_reading: str = "link"

    @classmethod
    def build(
        cls,
        *,
        crime: str,
        start: str | date,
        end: str | date | None = None,
        territories: Sequence[str] = (),
        nationalities: Sequence[str] = (),
        provision: str | None = None,
        age: int | None = None,
        trigger: str = "proprio_motu",
        resolution: int | None = None,
        referring_state: str | None = None,
        referral_date: str | date | None = None,
        aggressor: str | None = None,
        victim: str | None = None,
        aggression_reading: str = "narrow",
        art124_reading: str = "link",
    ) -> Conduct:
        """Validated from user input: every problem names the field and the valid values."""
        crime_ = _choice(crime, Crime, "crime")
        trigger_ = _choice(trigger, Trigger, "trigger")
        start_ = within_range(start, "start") if isinstance(start, date) else parse_day(start, "start")
        end_ = start_ if end is None else within_range(end, "end") if isinstance(end, date) else parse_day(end, "end")
        if end_ < start_:
            raise HagueError(
                f"end: {end_} is before start {start_}; the end must be on or after the start", field="end"
            )
        if age is not None and age < 0:
            raise HagueError(f"age: {age} is below zero; give the age in years at the time", field="age")
        terr = tuple(dict.fromkeys(resolve(t) for t in territories))
        nat = tuple(dict.fromkeys(resolve(n) for n in nationalities))
        aggressor_ = resolve(aggressor) if aggressor else None
        victim_ = resolve(victim) if victim else None
        if crime_ is Crime.aggression:
            if not (aggressor_ and victim_):
                raise HagueError(
                    "aggressor, victim: the crime of aggression needs both the aggressor and the victim State",
                    field="aggressor" if not aggressor_ else "victim",
                )
            terr = tuple(dict.fromkeys((*terr, victim_)))
            nat = tuple(dict.fromkeys((*nat, aggressor_)))
        if not terr and not nat:
            raise HagueError(
                "territories, nationalities: give at least one State where the conduct took place or of "
                "the accused's nationality",
                field="territories",
            )
        if provision is not None:
            if crime_ is not Crime.war_crimes:
                raise HagueError("provision: only war crimes take an art. 8 provision", field="provision")
            provision = art_008.normalise(provision)
            if not art_008.well_formed(provision):
                raise HagueError(
                    f"provision: {provision!r} is not an art. 8(2) provision; write it like 8(2)(e)(xiii)",
                    field="provision",
                )
        # Checked for every crime, as art124_reading is: a reading the law does not know is bad input
        # even where it does not bear on the answer.
        if aggression_reading not in art_015bis.READINGS:
            raise HagueError(
                f"aggression_reading: {aggression_reading!r} is not one of {', '.join(art_015bis.READINGS)}",
                field="aggression_reading",
                valid=list(art_015bis.READINGS),
            )
        if art124_reading not in ART_124_READINGS:
            raise HagueError(
                f"art124_reading: {art124_reading!r} is not one of {', '.join(ART_124_READINGS)}",
                field="art124_reading",
                valid=list(ART_124_READINGS),
            )
        referring = resolve(referring_state) if referring_state else None
        if trigger_ is Trigger.state_referral and referring is None:
            raise HagueError("referring_state: a state referral needs the referring State", field="referring_state")
        if trigger_ is Trigger.security_council and resolution is None:
            raise HagueError("resolution: a Security Council referral needs its resolution number", field="resolution")
        ref_date = (
            referral_date
            if isinstance(referral_date, date) or referral_date is None
            else parse_day(referral_date, "referral_date")
        )
        return cls(
            crime=crime_,
            start=start_,
            end=end_,
            territories=terr,
            nationalities=nat,
            provision=provision,
            age=age,
            trigger=trigger_,
            resolution=resolution,
            referring_state=referring,
            referral_date=ref_date,
            aggressor=aggressor_,
            victim=victim_,
            aggression_reading=aggression_reading,
            art124_reading=art124_reading,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "crime": self.crime.value,
            "provision": self.provision,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "territories": list(self.territories),
            "nationalities": list(self.nationalities),
            "age": self.age,
            "trigger": self.trigger.value,
            "resolution": self.resolution,
            "referring_state": self.referring_state,
            "aggressor": self.aggressor,
            "victim": self.victim,
            "aggression_reading": self.aggression_reading,
            "art124_reading": self.art124_reading,
        }


def _choice(value: str, enum: Any, field: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        valid = [e.value for e in enum]
        raise HagueError.of(
            "choice.unknown",
            "{field}: {value!r} is not one of {valid_list}",
            field=field,
            valid=valid,
            value=value,
            valid_list=", ".join(valid),
        ) from None


@dataclass
class _Part:
    start: date
    end: date  # inclusive
    within: bool
    bases: list[dict[str, Any]]
    trace: Trace


@dataclass
class Decision:
    conduct: Conduct
    parts: list[_Part]
    general: Trace
    caveats: list[str]  # messages (hague.trace.Msg): English as text, other languages on rendering
    assumptions: list[str] = field(default_factory=list)
    situations: list[dict[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    #: per situation id, what names it in French and Spanish (hague.registry.scopes.local_inputs)
    situation_names: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        results = {p.within for p in self.parts}
        if results == {True}:
            return "within"
        if results == {False}:
            return "outside"
        return "partial"

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """The answer as JSON, its words for people (questions, reasons, bases, caveats) in
        `lang` (en, fr, es); the data's own caveats in the language their file gives for it."""
        return {
            "query": self.conduct.to_json(),
            "verdict": self.verdict,
            "periods": [
                {
                    "start": p.start.isoformat(),
                    "end": p.end.isoformat(),
                    "verdict": "within" if p.within else "outside",
                    "bases": [_basis(b, lang) for b in p.bases],
                    "trace": [s.to_json(lang) for s in p.trace.steps],
                }
                for p in self.parts
            ],
            "trace": [s.to_json(lang) for s in self.general.steps],
            "situations": self._situations(lang),
            "caveats": [render(c, lang) for c in self.caveats],
            # the same in pieces: what each is about (a State, an amendment) and the language of its words
            "caveat_parts": [caveat_part(c, lang) for c in self.caveats],
            "hypothetical": self.assumptions,
            "meta": self.meta,
        }

    def _situations(self, lang: str) -> list[dict[str, Any]]:
        """The situations covering the conduct, named in `lang` (hague.registry.names)."""
        if lang == "en":
            return list(self.situations)
        from hague.registry.names import localized

        out = []
        for s in self.situations:
            english, states, names = self.situation_names[s["id"]]
            out.append(localized(s, english, states, names, lang))
        return out


class Engine:
    """The rules over one ledger (plus any hypothetical events)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.statute_in_force = ledger.instruments.rome_statute.entry_into_force
        aggression = ledger.instruments.amendments.get(art_015bis.AMENDMENT)
        self.aggression_activated = aggression.activated if aggression and aggression.activated else None
        self.provision_amendment = {p: a_id for a_id, a in ledger.instruments.amendments.items() for p in a.provisions}
        self._facts: dict[str, StateFacts] = {}

    def facts(self, iso3: str) -> StateFacts:
        found = self._facts.get(iso3)
        if found is None:
            found = self._facts[iso3] = self.ledger.facts(iso3)
        return found

    def decide(self, q: Conduct) -> Decision:
        general = Trace()
        caveats: list[str] = [ADMISSIBILITY]
        ok = art_5(q.crime, general)
        amendment = self._provision(q, general)
        ok &= art_26(q.age, general)
        referral = None
        if q.trigger is Trigger.security_council:
            assert q.resolution is not None
            referral = self.ledger.council.referral(q.resolution)
            if referral is None:
                known = [str(r.resolution) for r in self.ledger.council.referrals]
                raise HagueError(
                    f"resolution: hague knows no Security Council referral in Res {q.resolution}; "
                    f"known: {', '.join(known)}",
                    field="resolution",
                    valid=known,
                )
            resolution = msg("Res {resolution}", resolution=referral.resolution)
            # the data's note stays in English (Text: a page marks it lang="en")
            caveats.append(Caveat(resolution, Text(referral.note)) if referral.note else resolution)
        elif q.trigger is Trigger.state_referral:
            assert q.referring_state is not None
            ok &= art_13_a(self.facts(q.referring_state), q.referral_date or date.today(), general)
        else:
            general.add("13(c)", msg("Trigger: the Prosecutor acting proprio motu (art. 15)"), True, msg("as asked"))
        art_16(self.ledger.council.deferrals, q.start, q.end, general)
        if q.crime is Crime.aggression:
            other = "broad" if q.aggression_reading == "narrow" else "narrow"
            caveats.append(
                msg(
                    "Aggression: the {reading} reading of ICC-ASP/16/Res.5 is applied; "
                    "the {other} reading is selectable (--aggression-reading {option}).",
                    reading=Word(f"reading.{q.aggression_reading}", q.aggression_reading),
                    other=Word(f"reading.{other}", other),
                    option=other,
                )
            )
            if referral is None:  # art. 15bis(5) relies on the recorded acceptances; art. 15ter does not
                caveats.extend(self._amendment_caveats(art_015bis.AMENDMENT))
        elif referral is None:
            caveats.append(ELEMENT_READING)
        if amendment is not None:
            caveats.append(ART_121_5_READING)
            caveats.extend(self._amendment_caveats(amendment))
        if q.crime is Crime.war_crimes and any(
            d.start <= q.end and q.start < d.end
            for s in (*q.territories, *q.nationalities)
            for d in self.facts(s).art_124
        ):
            caveats.append(ART_124_READINGS[q.art124_reading])
        if any(self.facts(s).withdrawals for s in (*q.territories, *q.nationalities)):
            caveats.append(WITHDRAWAL_READING)

        parts: list[_Part] = []
        for start, end in self._spans(q, referral):
            trace = Trace()
            within, bases = (False, []) if not ok else self._on(q, start, referral, amendment, trace)
            if parts and parts[-1].within == within and _same(parts[-1].bases, bases):
                parts[-1].end = end
            else:
                parts.append(_Part(start, end, within, bases, trace))
        caveats.extend(self._state_caveats(q))
        territories = q.territories or q.nationalities
        situations = covering(self.ledger, territories, q.start, q.end)
        local = local_inputs(self.ledger, [s["id"] for s in situations]) if situations else {}
        return Decision(q, parts, general, caveats, situations=situations, meta=self.ledger.meta, situation_names=local)

    def _provision(self, q: Conduct, trace: Trace) -> str | None:
        if q.provision is None:
            return None
        amendment = self.provision_amendment.get(q.provision)
        if amendment is None and q.provision not in art_008.ORIGINAL:
            raise HagueError(
                f"provision: {q.provision} is neither in art. 8 as adopted nor added by a recorded amendment",
                field="provision",
            )
        trace.add(
            "8",
            msg("Is {provision} a war crime under the Statute?", provision=q.provision),
            True,
            msg("added by the amendment {amendment} (art. 121(5) applies)", amendment=amendment)
            if amendment
            else msg("in art. 8 as adopted in 1998"),
        )
        return amendment

    def _spans(self, q: Conduct, referral: Any) -> list[tuple[date, date]]:
        days = {self.statute_in_force}
        if self.aggression_activated:
            days.add(self.aggression_activated)
        if referral is not None:
            days.add(referral.since)
            if referral.until:
                days.add(referral.until)
        for iso3 in {*q.territories, *q.nationalities}:
            days |= self.facts(iso3).change_days()
        cuts = sorted(d for d in days if q.start < d <= q.end)
        starts = [q.start, *cuts]
        ends = [d - timedelta(days=1) for d in cuts] + [q.end]
        return list(zip(starts, ends, strict=True))

    def _on(
        self, q: Conduct, day: date, referral: Any, amendment: str | None, trace: Trace
    ) -> tuple[bool, list[dict[str, Any]]]:
        if not art_11_1(day, self.statute_in_force, trace):
            return False, []
        if q.crime is Crime.aggression:
            return self._aggression(q, day, referral, trace)
        if referral is not None:
            if art_13_b(referral, q.territories, day, trace):
                return True, [_council(referral)]
            return False, []
        if q.crime is Crime.war_crimes and q.art124_reading == "crime" and not self._art_124_crime(q, day, trace):
            return False, []
        bases = []
        for link, states in (("territory", q.territories), ("nationality", q.nationalities)):
            for iso3 in states:
                basis = art_12_2(self.facts(iso3), link, day, trace)
                if basis is None:
                    continue
                if q.crime is Crime.war_crimes and not self._art_124(iso3, link, day, trace):
                    continue
                if amendment is not None and not self._art_121_5(iso3, amendment, day, trace):
                    continue
                bases.append(basis)
        if not bases:
            trace.add(
                "12(2)",
                msg("Is any precondition met?"),
                False,
                msg("neither the territorial nor the nationality State was bound"),
            )
        return bool(bases), bases

    def _art_124(self, iso3: str, link: str, day: date, trace: Trace) -> bool:
        """Art. 124: a declaration made on becoming a party excludes, for seven years, war
        crimes by the State's nationals or on its territory."""
        d = self.facts(iso3).art_124_on(day)
        if d is None or not excludes(d.scope.value, link):
            return True
        trace.add(
            "124",
            msg("Does {state}'s art. 124 declaration exclude this war crime?", state=State(iso3)),
            True,
            msg(
                "declaration of {lodged}, in effect {start} to {end}, excludes war crimes by its nationals"
                if link == "nationality"
                else "declaration of {lodged}, in effect {start} to {end}, excludes war crimes on its territory",
                lodged=d.event.date,
                start=d.start,
                end=d.end,
            ),
            [cite(iso3, d.event)],
        )
        return False

    def _art_124_crime(self, q: Conduct, day: date, trace: Trace) -> bool:
        """Art. 124, read as excluding the war crime altogether when it is alleged against
        the declaring State's nationals or on its territory."""
        for link, states in (("territory", q.territories), ("nationality", q.nationalities)):
            for iso3 in states:
                d = self.facts(iso3).art_124_on(day)
                if d is not None and excludes(d.scope.value, link):
                    trace.add(
                        "124",
                        msg("Does {state}'s art. 124 declaration exclude this war crime?", state=State(iso3)),
                        True,
                        msg(
                            "declaration of {lodged}, in effect {start} to {end}: war crimes by its nationals "
                            "are excluded altogether (the 'crime' reading)"
                            if link == "nationality"
                            else "declaration of {lodged}, in effect {start} to {end}: war crimes on its "
                            "territory are excluded altogether (the 'crime' reading)",
                            lodged=d.event.date,
                            start=d.start,
                            end=d.end,
                        ),
                        [cite(iso3, d.event)],
                    )
                    return False
        return True

    def _art_121_5(self, iso3: str, amendment: str, day: date, trace: Trace) -> bool:
        """Art. 121(5): no jurisdiction over a crime added by amendment when committed by
        nationals or on the territory of a State for which the amendment is not in force."""
        in_force, event = self.facts(iso3).amendment_in_force(amendment, day)
        if in_force:
            return True
        trace.add(
            "121(5)",
            msg("Is the amendment {amendment} in force for {state}?", amendment=amendment, state=State(iso3)),
            False,
            msg("{state} accepted it on {day}, in force one year later", state=State(iso3), day=event.date)
            if event
            else msg("{state} has not accepted it", state=State(iso3)),
            [cite(iso3, event)] if event else [],
        )
        return False

    def _aggression(self, q: Conduct, day: date, referral: Any, trace: Trace) -> tuple[bool, list[dict[str, Any]]]:
        assert q.aggressor is not None and q.victim is not None
        if self.aggression_activated is None or not art_015bis.activated(day, self.aggression_activated, trace):
            return False, []
        if referral is not None:
            # Art. 15ter: under a Security Council referral, no State's consent is needed.
            if art_13_b(referral, q.territories, day, trace):
                trace.add(
                    "15ter",
                    msg("Security Council referral of aggression"),
                    True,
                    msg("no State consent required (art. 15ter)"),
                )
                return True, [_council(referral)]
            return False, []
        roles = {q.aggressor: "aggressor", q.victim: "victim"}
        states = {iso3: self.facts(iso3) for iso3 in roles}
        if not art_015bis.art_15bis_5(states, roles, day, trace):
            return False, []
        if not art_015bis.art_15bis_acceptance(states, roles, day, q.aggression_reading, trace):
            return False, []
        bases = [b for b in (art_12_2(states[q.victim], "territory", day, trace),) if b is not None]
        return bool(bases), bases

    def _amendment_caveats(self, amendment: str) -> list[str]:
        """The data's own caveats (hague.ledger.model.Text: rendered in each language the file gives)."""
        found = self.ledger.instruments.amendments.get(amendment)
        return [Caveat(AmendmentName(amendment, found), c) for c in found.caveats] if found else []

    def _state_caveats(self, q: Conduct) -> list[str]:
        out: list[str] = []
        for iso3 in dict.fromkeys((*q.territories, *q.nationalities)):
            for c in self.ledger.states[iso3].caveats:
                out.append(Caveat(State(iso3), c))  # "RUS: ..."; "Russie : ..." in French
        return out


def _basis(basis: dict[str, Any], lang: str) -> dict[str, Any]:
    """A period's basis in `lang`; `english` lists the data's words in it left in English, if any."""
    with english_words() as english:
        via = render(basis["via"], lang)
    return {**basis, "via": via, "english": english} if english else {**basis, "via": via}


def _council(referral: Any) -> dict[str, Any]:
    return {
        "state": None,
        "link": "security_council",
        "via": msg(
            "Security Council Res {resolution} ({adopted}): {scope}",
            resolution=referral.resolution,
            adopted=referral.adopted,
            scope=Text.of(referral.scope),  # the data's words, in each language its file gives
        ),
        "facts": [{"resolution": referral.resolution, "source": referral.source.to_json()}],
    }


def _same(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    return [(x["state"], x["link"], x["via"]) for x in a] == [(x["state"], x["link"], x["via"]) for x in b]


# -- what-if -------------------------------------------------------------------------
# A pattern, not compiled here: `re` compiles it on first use (most answers assume nothing).
_ASSUME = (
    r"^\s*(?P<state>.+?)\s+(?P<kind>[a-z_0-9]+)(?::(?P<amendment>[a-z0-9-]+))?\s+(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:\s+(?P<from>\d{4}-\d{2}-\d{2})\.\.(?P<to>\d{4}-\d{2}-\d{2})?)?\s*$"
)


def parse_assumption(text: str) -> tuple[str, Event]:
    """'USA ratification 2027-03-01', 'RUS amendment_acceptance:aggression-2010 2027-01-01',
    'SYR declaration_12_3 2027-01-01 2011-03-15..' -> (ISO3, hypothetical event)."""
    m = re.match(_ASSUME, text)
    if m is None:
        raise HagueError(
            f"assume: {text!r} is not 'STATE KIND DATE' (e.g. 'USA ratification 2027-03-01'; a 12(3) "
            "declaration adds its period 'FROM..TO' or 'FROM..')",
            field="assume",
        )
    iso3 = resolve(m["state"])
    kinds = [k.value for k in Kind]
    if m["kind"] not in kinds:
        raise HagueError(
            f"assume: {m['kind']!r} is not an event kind; one of {', '.join(kinds)}", field="assume", valid=kinds
        )
    period = None
    try:
        if m["from"]:
            period = Period(parse_day(m["from"], "assume"), parse_day(m["to"], "assume") if m["to"] else None)
        event = Event(
            date=parse_day(m["date"], "assume"),
            kind=Kind(m["kind"]),
            amendment=m["amendment"],
            period=period,
            source=Source(ref=HYPOTHETICAL),
        )
    except ValueError as exc:
        raise HagueError(f"assume: {text!r}: {exc}", field="assume") from None
    return iso3, event


def engine_of(ledger: Ledger) -> Engine:
    """The rules over this ledger, built once per ledger."""
    return ledger.derive("engine", lambda: Engine(ledger))


def decide(conduct: Conduct, ledger: Ledger | None = None, assume: Iterable[str] = ()) -> Decision:
    """The Court's jurisdiction over `conduct`, on the bundled ledger (or `ledger`), with
    any hypothetical events (`assume`) added and labelled as such."""
    base = ledger or default_ledger()
    assumptions = list(assume)
    if assumptions:
        base = base.with_events([parse_assumption(a) for a in assumptions])
    engine = engine_of(base)
    decision: Decision = engine.decide(conduct)
    if assumptions:
        decision.assumptions = assumptions
        decision.caveats.append(
            msg("HYPOTHETICAL: the answer assumes events not in the record: {assumed}", assumed="; ".join(assumptions))
        )
    return decision
