"""check(): find the claims in a text and answer each from the ledger and the registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from hague.claims import foreign, language, mentions
from hague.claims.claim import Claim
from hague.claims.patterns import find_claims
from hague.claims.text import LIMIT_TEXT, MAX_BYTES, AsOf, as_of_for, sentences, validate
from hague.claims.verdicts import (
    CONTRADICTED,
    NOT_CHECKABLE,
    PARTLY,
    SUPPORTED,
    Checker,
    Result,
    date_json,
    describe,
)
from hague.claims.wording import EXPLAIN_LANGUAGES, joined, rendered
from hague.errors import HagueError
from hague.ledger import Ledger
from hague.ledger import default as default_ledger
from hague.trace import Msg, caveat_part, english_words, msg, render

VERDICTS = (SUPPORTED, CONTRADICTED, PARTLY, NOT_CHECKABLE)
WHAT_IS_CHECKED = msg(
    "signature, ratification, accession or joining, withdrawal (notified, in effect, revoked), withdrawal of a "
    "signature, acceptance of the Court's jurisdiction, membership on a day, counts of States Parties, and "
    "preliminary examinations or investigations opened"
)
#: How many claims got each verdict, in words (French and Spanish make the verdict agree with "claims").
COUNTED: dict[str, Callable[[int], Msg]] = {
    SUPPORTED: lambda n: msg("{count} supported", count=n),
    CONTRADICTED: lambda n: msg("{count} contradicted", count=n),
    PARTLY: lambda n: msg("{count} partly", count=n),
    NOT_CHECKABLE: lambda n: msg("{count} not checkable", count=n),
}
#: The language of the answer's words, declared once: `hague check --explain-lang`, the API's
#: `explain_lang` (POST /api/v1/check's body, GET's query) and the claim page (its own ?lang=).
#: Not `lang`, which is the language the text is written in.
EXPLAIN_LANG = "explain_lang"
EXPLAIN_LANG_HELP = (
    "Language of the answer's words (why, which part, parts, evidence notes, caveats, message): en (the default), "
    "fr or es; the text's language is lang."
)


def check(
    text: str,
    as_of: date | None = None,
    ledger: Ledger | None = None,
    lang: str | None = "auto",
    explain_lang: str | None = "en",
) -> dict[str, Any]:
    """The claims in `text` about the Rome Statute system, each with a verdict as of a day.
    `lang`: the text's language, or auto (detected); claims are read in the languages of
    language.READ (English by hague.claims.patterns, the others by hague.claims.foreign), and a
    text in another language is answered so, with nothing checked. `explain_lang`: the language
    of the answer's words (en, fr, es; EXPLAIN_LANG), whatever the text's.

    The keys are documented in hague.claims. Raises HagueError (field "text") for input over the
    size limit or that looks binary; empty text is not an error: the answer says there is nothing
    to check.
    """
    if not isinstance(text, str):
        raise HagueError("text: expected text (a string of UTF-8 characters)", field="text")
    validate(text)
    chosen = language.choose(lang)
    words = explain_language(explain_lang)
    if ledger is None:
        ledger = default_ledger()
    today = date.today()
    day = as_of_for(text, as_of, today)
    base: dict[str, Any] = {
        "as_of": day.day.isoformat(),
        "as_of_source": day.source,
        "as_of_basis": _basis(day, text, words),
        "as_of_span": list(day.span) if day.span else None,
        "projected": day.day > today,
        "characters": len(text),
        "sentences": 0,
        "count": 0,
        "summary": {v: 0 for v in VERDICTS},
        "claims": [],
        "message": "",
        "limits": {"max_bytes": MAX_BYTES, "max": LIMIT_TEXT},
        "language": None,
        "language_source": None,
        "explain_lang": words,
        "meta": ledger.meta,
    }
    if not text.strip():
        base["message"] = render(msg("nothing to check: the text is empty"), words)
        return base
    base["language"] = language.detect(text) if chosen == "auto" else chosen
    base["language_source"] = "detected" if chosen == "auto" else "given"
    if base["language"] not in language.READ:
        name = language.NAMES[base["language"]]
        base["message"] = (
            f"the text is in {name} ({base['language_source']}): hague does not read claims in it yet, "
            "so nothing was checked"
        )
        return base
    if base["language"] != "en" and day.source == "today":
        day = foreign.as_of_for(text, base["language"], day)
        base.update(as_of=day.day.isoformat(), as_of_source=day.source, as_of_basis=_basis(day, text, words))
        base.update(as_of_span=list(day.span) if day.span else None, projected=day.day > today)
    base["sentences"] = len(sentences(text))
    checker = Checker(ledger, day.day)
    if base["language"] == "en":
        found = find_claims(text, ledger)
    else:
        found = foreign.find_claims(text, base["language"], day.day, ledger)
    rows = [_row(i, c, text, checker, words) for i, c in enumerate(_each_state(found), 1)]
    base["claims"] = rows
    base["count"] = len(rows)
    for r in rows:
        base["summary"][r["verdict"]] += 1
    if rows:
        counts = joined(
            ", ",
            [COUNTED[v](n) for v, n in base["summary"].items() if n],
        )
        said = msg(
            "{count} claims checked as of {day}: {counts}"
            if len(rows) != 1
            else "{count} claim checked as of {day}: {counts}",
            count=len(rows),
            day=day.day,
            counts=counts,
        )
        base["message"] = rendered(said, words)
    else:
        base["message"] = render(
            msg("no checkable claim found; hague checks claims about {what}", what=WHAT_IS_CHECKED), words
        )
    return base


def _basis(day: AsOf, text: str, lang: str) -> str:
    """Where the as-of day came from, in words: English as hague.claims.text says it; French and
    Spanish from the catalogues, by its source and the words of the text it rests on."""
    if lang == "en":
        return day.basis
    words = repr(text[day.span[0] : day.span[1]]) if day.span else ""
    if day.source == "argument":
        said = msg("as of {day}, as given", day=day.day)
    elif day.source == "dateline":
        said = msg("dateline {words} at the start of the text", words=words)
    elif day.source == "text":
        said = msg("latest date written in the text, {words} (no dateline found)", words=words)
    else:
        said = msg("today: no as-of day given, and no dateline or full date found in the text")
    return str(rendered(said, lang))


def explain_language(value: str | None) -> str:
    """EXPLAIN_LANG's value: one of en, fr, es (default English); anything else is bad input naming the field."""
    if value is None or value == "":
        return "en"
    code = value.strip().lower()
    if code not in EXPLAIN_LANGUAGES:
        valid = list(EXPLAIN_LANGUAGES)
        raise HagueError.of(
            "explain_lang.unknown",
            "explain_lang: {value!r} is not one of {valid_list} (the language of the answer's words; "
            "the text's language is lang)",
            field=EXPLAIN_LANG,
            valid=valid,
            value=value,
            valid_list=", ".join(valid),
        )
    return code


def _each_state(claims: list[Claim]) -> list[Claim]:
    """A claim naming several States is a claim about each ("A, B and C have withdrawn"): each is
    answered on its own, since one may hold and another not."""
    out = []
    for c in claims:
        states = list(dict.fromkeys(m.iso3 for m in c.subjects if m.iso3))
        if c.kind in ("situation", "count", "instrument") or len(states) < 2 or any(m.group for m in c.subjects):
            out.append(c)
            continue
        for iso3 in states:
            out.append(replace(c, subjects=[m for m in c.subjects if m.iso3 == iso3], notes=list(c.notes)))
    return out


def _out_of_office(c: Claim, text: str, as_of: date) -> Result | None:
    """A done act whose subject is a leader not in office on its day (or, undated, ever up to the text's
    day): not read as the State's act (hague.claims.mentions.out_of_office), so not checked against the
    State's record. Only the leader acting, right before the verb: "Duterte's government ... after joining it
    in 2011" speaks of the State's joining, not of Duterte's."""
    if c.mode != "fact":
        return None
    first, last = (c.date.first, c.date.last) if c.date is not None else (None, None)
    if first is None or last is None:
        first, last = date.min, as_of
    for m in c.subjects:
        gap = text[m.end : c.trigger[0]]
        if len(gap) <= 40 and not gap.startswith(("'s", "’s")) and mentions.out_of_office(m, first, last):
            return Result(
                NOT_CHECKABLE,
                msg("{person} held no office for the State then: not read as the State's act", person=repr(m.text)),
            )
    return None


def _row(i: int, c: Claim, text: str, checker: Checker, words: str = "en") -> dict[str, Any]:
    if c.date is not None:
        # "will take effect on Friday": a day without its year, read forward from the text's day
        c.date = c.date.resolve(checker.as_of, forward=c.mood == "future")
    if c.about is not None:
        c.about = c.about.resolve(checker.as_of)
    if c.mode == "announcement" and c.action in ("join", "ordinal") and c.mood == "future":
        # "X will become the 124th State Party", "deviendra le 125e État" once X has deposited: the
        # Statute's entry into force for it (art. 126(2)), not a plan
        pending = [m.iso3 for m in c.subjects if m.iso3 and checker.pending_entry(m.iso3)]
        if pending and len(pending) == len([m for m in c.subjects if m.iso3]):
            c.mode = "fact"
            c.notes.append(msg("deposited, the Statute not yet in force for it: 'will become' is its entry into force"))
    referred = [m for m in c.subjects if m.antecedent is not None]  # "it", "the country", "Moscow" after Russia
    for m in referred:
        assert m.antecedent is not None
        c.notes.append(
            msg(
                "subject {words} read as {antecedent}, named before it",
                words=repr(m.text),
                antecedent=m.antecedent.text,
            )
            if m.text
            # a subject the sentence leaves unsaid (Spanish "Nunca lo ratificó" after Russia)
            else msg("unsaid subject read as {antecedent}, named before it", antecedent=m.antecedent.text)
        )
    absent = _out_of_office(c, text, checker.as_of)
    result = checker.check(c) if absent is None else absent
    result.evidence = _unique_evidence(result.evidence)
    places = [m.iso3 for m in c.places if m.iso3 and checker.situations_of(m.iso3)] or [
        m.iso3 for m in c.places if m.iso3
    ]
    if c.kind == "situation" and c.action != "referral" and not any(checker.situations_of(i) for i in places):
        # a State named for its nationals' conduct: the situation's own State ("investigating Israel": Palestine)
        places = sorted({st for i in places for _, s in checker.situations_concerning(i) for st in s.states}) or places
    states = sorted({m.iso3 for m in c.subjects if m.iso3} | set(places))
    if c.action == "referral" and any(m.iso3 for m in c.subjects):
        states = sorted({m.iso3 for m in c.subjects if m.iso3})  # who referred; `places` says where
    groups = [m for m in c.subjects if m.group]
    if groups:
        states = []
    caveats: list[Any] = [cv for iso3 in states if iso3 in checker.led.states for cv in checker.caveats(iso3)]
    if c.action in ("amendment_ratification", "aggression_activated"):
        # the ledger's own word on how complete its record of the amendment's acceptances is (data/instruments.yaml)
        caveats += [e["note"] for e in checker.aggression_caveats()]
    with english_words() as english:  # the data's words the answer leaves in English (a page marks them)
        normalised, said, notes = (
            rendered(describe(c, checker.as_of), words),
            result.to_json(words),
            [rendered(n, words) for n in c.notes],
        )
    return {
        "id": i,
        "text": text[c.start : c.end],
        "span": [c.start, c.end],
        "trigger": {"text": c.trigger_text, "span": list(c.trigger)},
        "sentence": [c.sentence.start, c.sentence.end],
        "pattern": c.pattern,
        "kind": c.kind,
        "action": c.action,
        "mode": c.mode,
        "mood": "announced" if c.mode == "announcement" else c.mood,
        "negated": c.negated,
        "states": states,
        "group": groups[0].group if groups else ("all" if c.kind == "count" else None),
        "subjects": [m.to_json() for m in c.subjects],
        "subject_from": "context" if referred or c.subject_from == "context" else "text",
        "places": [m.to_json() for m in c.places],
        "date": date_json(c.date),
        "since": c.since,
        "about": date_json(c.about),
        "number": c.number,
        "approx": c.approx,
        "counts": c.what,
        "ordinal": c.ordinal,
        "stage": c.stage,
        "as_of": checker.as_of.isoformat(),
        "normalised": normalised,
        **said,
        "persons": list(dict.fromkeys(person.name for person in c.persons)),
        "caveats": [render(cv, words) for cv in caveats],
        # the same in pieces, with the language of the data's words (a page marks English ones lang="en")
        "caveat_parts": [caveat_part(cv, words) for cv in caveats],
        "notes": notes,
        **({"english": english} if english else {}),
    }


def _unique_evidence(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for e in rows:
        key = (
            e.get("type"),
            e.get("state"),
            e.get("situation"),
            e.get("date") or e.get("on"),
            e.get("kind"),
            e.get("convention"),
            # the Statute's facts of one day are several (its adoption, the vote, the body that adopted it)
            e.get("what") if e.get("type") == "instrument" else None,
        )
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
