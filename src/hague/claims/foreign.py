"""Claims in French, Spanish, Portuguese and Russian: the same `Claim` objects hague.claims.patterns
builds from English, found with rules kept as data (hague/claims/triggers/<lang>.yaml), so the
Checker (hague.claims.verdicts) answers them unchanged.

A sentence is read in a few steps, each linear in its length:

1. whether it speaks of the Court (the file's `court` words, or `weak` ones in a text that does);
2. the States it names (hague.claims.foreign_names: CLDR's names through Babel and the forms news
   uses) and its dates (hague.claims.foreign_dates: CLDR's month names, dates relative to the day);
3. the triggers: each entry of the file is a small regular expression (no nested quantifiers) with
   the action it introduces; where two overlap, the one listed first wins;
4. for each trigger, its subject (the State named before it, or after it for a noun: "le retrait des
   Philippines"; a list "A, B et C" whole), its date, negation and mood (the file's `cues`: "a annoncé
   son intention de", "anunció que", a verb in the future or conditional), and what a count counts.

The Checker reads a few English words a claim carries (`verb`: "ratified" or "acceded" for a note,
"will" for a withdrawal that takes effect later; `approx`: "more than"; `ordinal`: "first", "125th"):
each trigger entry gives them in English, whatever the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, partial
from importlib import resources
from typing import Any

import yaml

from hague.claims import foreign_dates, foreign_names, gazetteer, guards, learned, prefilter
from hague.claims import mentions as mentions_mod
from hague.claims import persons as persons_mod
from hague.claims.claim import Claim
from hague.claims.mentions import Mention
from hague.claims.text import AsOf, DateMention, Sentence, latest_written, sentences
from hague.ledger import Ledger
from hague.trace import msg

LANGS = foreign_names.LANGS
KINDS = ("treaty_action", "membership", "count", "situation", "instrument", "warrant")
SUBJECTS = ("before", "after", "either", "after_first", "listed", "none")
#: A text of at most this many sentences that never names the Court is taken to be about it (as in
#: hague.claims.patterns: it was brought to be checked).
ASSUMED_CONTEXT = 2


@dataclass(frozen=True)
class Trigger:
    id: str
    action: str
    kind: str
    regexes: tuple[re.Pattern[str], ...]  # one per form listed; all share the entry's priority
    subject: str = "before"
    mode: str | None = None  # announcement: what the words report is a plan
    negated: bool = False
    verb: str | None = None  # the English verb the Checker reads
    context: bool = True  # the sentence must speak of the Court
    stage: str | None = None  # situations: investigation | preliminary_examination
    ordinal: str | None = None
    future_ok: bool = False  # a verb in the future is no announcement ("entrera en vigueur")
    present: bool = False
    no_longer: bool = False
    needs_date: bool = False
    groups: bool = True
    absorbs: int = 0  # later withdrawal triggers (or its own action's) within this many characters are part of it
    fixed: bool = False  # negation written into the words ("n'a pas l'intention de"): not read from them
    apposed: bool = False  # set beside the State before it (", État membre de la CPI"): its subject even after "en"
    # a claim only when negated ("ne reconnaît pas la CPI", "no reconocen su jurisdicción": not a party); the
    # words said without a negation are left to the triggers listed after it ("reconoce la competencia": art. 12(3))
    only_negated: bool = False
    # "pero Palestina sí lo es", "Francia y Alemania sí lo son": a status said by ellipsis takes the action of the
    # status claim before it (in the sentence, else in the one before); with none, it says nothing checkable
    elliptic: bool = False
    # "anunció el jueves su retirada en una carta a la ONU": a date before the words' end is another act's (the
    # announcement), only one after them is this claim's
    date_after_only: bool = False
    examples: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Rules:
    lang: str
    court: re.Pattern[str]
    weak: re.Pattern[str]
    triggers: tuple[Trigger, ...]
    negation: re.Pattern[str]
    no_longer: re.Pattern[str]
    announcement: re.Pattern[str]
    announce_noun: re.Pattern[str]  # "la décision de" before the subject
    modal: re.Pattern[str]  # "pourrait", "podría" before the subject: what follows is a plan
    ahead: re.Pattern[str]  # after a day without its year: the next one ("prochain", "próximo")
    domestic: re.Pattern[str]  # a parliament's vote or a law: the domestic act behind a ratification
    future: re.Pattern[str]  # a verb form in the future or conditional
    due: re.Pattern[str]  # "doit", "va", "debe": a verb of schedule before an infinitive ("doivent se retirer")
    to_come: re.Pattern[str]  # "avant que", "antes de que", "до того как": the clause speaks of what is to come
    when: re.Pattern[str]  # "cuando", "quando": the clause is to come when its verb is a subjunctive
    subjunctive: re.Pattern[str]  # "surta", "entre", "tiver": a subjunctive that, after `when`, looks ahead
    clause_break: re.Pattern[str]  # ";", a dash: the subject is looked for within
    soft_break: re.Pattern[str]  # "mais", "pero", "поскольку": the date, negation and mood are read within
    report: re.Pattern[str]
    governed: re.Pattern[str]  # a preposition before a State that makes it no subject
    of: re.Pattern[str]  # what links a noun to the State after it ("de", "du", "del")
    neither: re.Pattern[str]  # before the first State of a list: "ni", "nem", "ни"
    agent: re.Pattern[str]  # what links a passive verb to the State after it ("ratifié par la France")
    list_sep: re.Pattern[str]
    and_sep: re.Pattern[str]
    list_intro: re.Pattern[str]
    titles: re.Pattern[str]  # "le président", "el líder": a leader, before an adjective of nationality
    asked: re.Pattern[str]  # words before a warrant that make it a request
    applied: re.Pattern[str] | None  # ... and those that say it was made: the Prosecutor's application (art. 58(1))
    hedge: re.Pattern[str]  # "la posible orden de arresto", "une éventuelle enquête": not said to exist
    pronoun: re.Pattern[str]  # a sentence opening on "Le pays", "Elle": it goes on about the last one
    # words for a State named before ("il", "le pays", "el Gobierno"); group `it`: a pronoun
    reference: re.Pattern[str] | None
    blockers: re.Pattern[str]  # what else a pronoun may stand for: the Court, the Statute, a body
    about: re.Pattern[str]  # a date after these words is the period a situation concerns
    relative: re.Pattern[str]  # "Mongolia, que son firmantes": a relative clause makes a governed State the subject
    excluded: re.Pattern[str]  # "sauf", "salvo", "aparte de": a State set apart from the subject
    other_bodies: re.Pattern[str]  # another organisation named: a short text is not assumed to be about the Court
    approx: dict[str, str] = field(default_factory=dict)
    ordinals: dict[str, str] = field(default_factory=dict)
    unwritten: re.Pattern[str] | None = None  # a sentence opening on its verb ("Nunca lo ratificó")
    numbers: dict[str, int] = field(default_factory=dict)
    council: re.Pattern[str] | None = None  # the Security Council: a referral under art. 13(b), no State referring
    # the States that adopted the Statute or voted on it, not its parties ("adopté par 120 pays", "120 países que
    # lo aprobaron"): the words before and after a count that make it no count of parties
    voters_before: re.Pattern[str] | None = None
    voters_after: re.Pattern[str] | None = None
    # after a list run by commas alone: "A, B y otros países", "A, B et d'autres pays" (the tail makes the run a list)
    others: re.Pattern[str] | None = None
    # every trigger's regular expressions, in order, and the gate that picks those a sentence may match
    # (hague.claims.prefilter: the words each cannot match without, read from the expression itself)
    forms: tuple[tuple[int, Trigger, re.Pattern[str]], ...] = ()
    gate: prefilter.Gate | None = None


def _rx(value: str | list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    parts = [value] if isinstance(value, str) else list(value)
    return re.compile("|".join(f"(?:{p})" for p in parts) if parts else r"(?!x)x", flags)


@cache
def rules(lang: str) -> Rules:
    """The rules for `lang`, read from hague/claims/triggers/<lang>.yaml."""
    if lang not in LANGS:
        raise ValueError(f"lang: no claim rules for {lang!r}; rules exist for {', '.join(LANGS)}")
    raw = yaml.safe_load(resources.files("hague.claims").joinpath("triggers", f"{lang}.yaml").read_text("utf-8"))
    cues = raw["cues"]
    triggers = []
    for t in raw["triggers"]:
        words = t["words"]
        triggers.append(
            Trigger(
                id=t["id"],
                action=t["action"],
                kind=t.get("kind", "treaty_action"),
                regexes=tuple(re.compile(rf"(?<![\w])(?:{w})(?![\w])", re.IGNORECASE) for w in words),
                subject=t.get("subject", "before"),
                mode=t.get("mode"),
                negated=bool(t.get("negated", False)),
                verb=t.get("verb"),
                context=bool(t.get("context", True)),
                stage=t.get("stage"),
                ordinal=t.get("ordinal"),
                future_ok=bool(t.get("future_ok", False)),
                present=bool(t.get("present", False)),
                no_longer=bool(t.get("no_longer", False)),
                needs_date=bool(t.get("needs_date", False)),
                groups=bool(t.get("groups", True)),
                absorbs=int(t.get("absorbs", 0)),
                fixed=bool(t.get("fixed", False)),
                apposed=bool(t.get("apposed", False)),
                only_negated=bool(t.get("only_negated", False)),
                elliptic=bool(t.get("elliptic", False)),
                date_after_only=bool(t.get("date_after_only", False)),
                examples=tuple(t.get("examples", ())),
            )
        )
    forms = tuple((order, t, regex) for order, t in enumerate(triggers) for regex in t.regexes)
    return Rules(
        lang=lang,
        court=_rx(raw["court"], 0),
        weak=_rx(raw["weak"]),
        triggers=tuple(triggers),
        forms=forms,
        gate=prefilter.Gate([regex for _, _, regex in forms], name=f"{lang}-triggers"),
        negation=_rx(cues["negation"]),
        no_longer=_rx(cues["no_longer"]),
        announcement=_rx(cues["announcement"]),
        announce_noun=_rx([f"(?:{p})$" for p in cues["announce_noun"]]),
        modal=_rx(cues["modal"]),
        ahead=_rx([f"\\s*(?:{p})(?![\\w])" for p in cues["ahead"]]),
        domestic=_rx(cues["domestic"]),
        future=_rx(cues["future"]),
        due=_rx([f"^(?:{p})$" for p in cues.get("due", [])]),
        to_come=_rx([f"(?<![\\w])(?:{p})" for p in cues.get("to_come", [])]),
        when=_rx([f"(?<![\\w])(?:{p})" for p in cues.get("when", [])]),
        subjunctive=_rx([f"^(?:{p})$" for p in cues.get("subjunctive", [])]),
        clause_break=_rx(cues["clause_break"]),
        soft_break=_rx(cues["soft_break"]),
        report=_rx(cues["report"]),
        governed=_rx([f"(?<![\\w])(?:{p})$" for p in cues["governed"]]),
        of=_rx([f"^(?:{p})$" for p in cues["of"]]),
        agent=_rx([f"^(?:{p})$" for p in cues["agent"]]),
        neither=_rx([f"(?<![\\w])(?:{p})\\s+(?:{cues['articles']})?$" for p in cues["neither"]]),
        list_sep=_rx(f"^(?:{cues['list_sep']})$"),
        and_sep=_rx(f"^(?:{cues['and_sep']})$"),
        list_intro=_rx(cues["list_intro"]),
        titles=_rx([f"(?<![\\w])(?:{p})\\s+$" for p in cues["titles"]]),
        asked=_rx([f"(?<![\\w])(?:{p})\\s+(?:\\w+\\s+){{0,4}}$" for p in cues["asked"]]),
        applied=_rx([f"(?<![\\w])(?:{p})\\s+(?:\\w+\\s+){{0,4}}$" for p in cues["applied"]])
        if cues.get("applied")
        else None,
        hedge=_rx([f"(?<![\\w])(?:{p})\\s+$" for p in cues.get("hedge", [])]),
        pronoun=_rx([f"^(?:{p})(?![\\w])" for p in cues["pronoun"]]),
        reference=_rx([f"(?<![\\w])(?:{p})(?![\\w])" for p in cues["reference"]]) if cues.get("reference") else None,
        blockers=_rx([f"(?<![\\w])(?:{p})(?![\\w])" for p in cues.get("blockers", [])], 0),
        about=_rx([f"(?:{p})$" for p in cues["about"]]),
        relative=_rx([f"^\\s*,?\\s*(?:{p})(?![\\w])" for p in cues["relative"]]),
        excluded=_rx([f"(?<![\\w])(?:{p})\\s+(?:{cues['articles']})?$" for p in cues.get("excluded", [])]),
        other_bodies=_rx(cues["other_bodies"], 0),
        approx={str(k).lower(): str(v) for k, v in (cues.get("approx") or {}).items()},
        ordinals={str(k).lower(): str(v) for k, v in (cues.get("ordinals") or {}).items()},
        unwritten=_rx([f"^(?:{p})" for p in cues["unwritten"]], 0) if cues.get("unwritten") else None,
        numbers={str(k).lower(): int(v) for k, v in (cues.get("numbers") or {}).items()},
        council=_rx(cues["council"]) if cues.get("council") else None,
        voters_before=_rx([f"(?:{p})$" for p in cues["voters"]["before"]]) if cues.get("voters") else None,
        voters_after=_rx([f"^(?:{p})" for p in cues["voters"]["after"]]) if cues.get("voters") else None,
        others=_rx([f"^(?:{p})" for p in cues["others"]]) if cues.get("others") else None,
    )


def find_claims(text: str, lang: str, as_of: date | None = None, ledger: Ledger | None = None) -> list[Claim]:
    """Every claim in `text` (written in `lang`), in order of position. Dates the text gives relative
    to its day ("jeudi", "el año pasado") are read against `as_of`; with a ledger, warrants for the
    persons its registry names are found too."""
    r = rules(lang)
    strong_doc = bool(r.court.search(text))
    parts = sentences(text)
    assumed = not strong_doc and len(parts) <= ASSUMED_CONTEXT and not r.other_bodies.search(text)
    out: list[Claim] = []
    previous: mentions_mod.Previous | None = None
    follows = False
    status: str | None = None  # the last status claim of the sentence before, for one said by ellipsis
    end = 0
    for k, s in enumerate(parts):
        if _PARAGRAPH.search(text, end, s.start) and not (k == 1 and mentions_mod.headline(parts[0].text)):
            previous = None  # a reference reaches back within its paragraph only, or to the text's title
        carried = follows and bool(r.pronoun.match(s.text))
        context = assumed or bool(r.court.search(s.text)) or (strong_doc and (carried or bool(r.weak.search(s.text))))
        mentions = foreign_names.find(s.text, lang, s.start)
        if r.reference is not None:
            # "Le pays", "il", "el Gobierno": the State named before (hague.claims.mentions.references)
            mentions = mentions_mod.references(s.text, s.start, mentions, previous, r.reference, r.blockers)
        else:  # "Moscou", "Poutine": a capital or a leader standing for the State named before
            mentions = mentions_mod.standing_for(mentions, s.start, previous)
        # "Rusia firmó en 2000. Nunca lo ratificó.": an unwritten subject is the State the sentence before was about
        mentions = mentions_mod.unwritten_subject(s.text, s.start, mentions, previous, r.unwritten)
        if follows and strong_doc and mentions and mentions[0].antecedent and mentions[0].start - s.start <= 4:
            context = True  # "Nunca lo ratificó", "Moscou a ...": it goes on about the sentence before
        found = _in_sentence(text, s, r, context, mentions, as_of, ledger, status)
        for c in found:  # "les trois pays": the three States named before, one claim each
            c.subjects = mentions_mod.expanded(c.subjects)
        if r.court.search(s.text) or (strong_doc and r.weak.search(s.text)):  # the sentence itself, not a short text
            dates = partial(foreign_dates.find, s.text, lang, s.start, as_of)  # asked only for a claim made
            read = learned.claims(text, s, mentions, found, dates, r.negation, lang)
            found = sorted(found + read, key=lambda c: c.start) if read else found
        out.extend(found)
        follows = bool(found) or bool(r.court.search(s.text))
        status = next((c.action for c in reversed(found) if c.action in _STATUSES), None)
        subjects = [m for c in found for m in c.subjects]
        previous = mentions_mod.previous(s.text, s.start, mentions, subjects, r.blockers, before=previous)
        end = s.end
    return guards.apply(text, out, lang)


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")


def _taken(h: tuple[int, int, int, Trigger, re.Match[str]], s: Sentence) -> tuple[int, int]:
    m = h[4]
    if "v" in m.re.groupindex and m.group("v"):
        return h[1], h[2]
    return m.start() + s.start, m.end() + s.start


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> bool:
    return x[0] < y[1] and y[0] < x[1]


_WITHDRAWALS = ("withdrawal", "withdrawal_notification", "withdrawal_effect")
#: The statuses a sentence may say again by ellipsis ("sí lo es"), after one it said in full.
_STATUSES = ("party", "signatory")


def _negated_before(r: Rules, text: str, at: int) -> bool:
    """Whether a negation stands right before `at` ("ne reconnaît", "no la reconoce", "tampoco reconocen"), or
    "ni" a few words back ("Ni Israël ni les États-Unis ne ...", "Ni Estados Unidos ni Israel reconocen"); a
    negation further back is another verb's ("Ucrania, que no era parte, reconoce ...")."""
    if r.negation.search(text, max(0, at - 14), at):
        return True
    return _NI.search(text, max(0, at - 40), at) is not None


_NI = re.compile(r"(?<![\w])(?:ni|nem)\s", re.IGNORECASE)


def _in_sentence(
    text: str,
    s: Sentence,
    r: Rules,
    context: bool,
    mentions: list[Mention],
    as_of: date | None,
    ledger: Ledger | None = None,
    status_before: str | None = None,
) -> list[Claim]:
    hits: list[tuple[int, int, int, Trigger, re.Match[str]]] = []
    assert r.gate is not None
    for i in r.gate.open(s.text):  # the triggers' forms the sentence may match, in order
        order, t, regex = r.forms[i]
        if (t.context and not context) or (t.kind == "warrant" and ledger is None):
            continue
        for m in regex.finditer(s.text):
            if t.only_negated and not _negated_before(r, s.text, m.start()):
                continue  # said without a negation: for the triggers after it
            a, b = m.span("v") if "v" in regex.groupindex and m.group("v") else m.span()
            hits.append((order, a + s.start, b + s.start, t, m))
    chosen: list[tuple[int, int, int, Trigger, re.Match[str]]] = []
    for h in sorted(hits, key=lambda h: (h[0], h[1])):
        # The words a trigger takes: its `v` group where it names one (the rest is context), else all it matched.
        if any(_overlap(_taken(c, s), _taken(h, s)) for c in chosen):
            continue
        chosen.append(h)
    chosen.sort(key=lambda h: h[1])
    # A notice, or a plan, takes in the withdrawal words that follow it ("notifié ... sa décision de se retirer").
    kept: list[tuple[int, int, int, Trigger, re.Match[str]]] = []
    for h in chosen:
        if any(
            c[3].absorbs
            and c[2] <= h[1] <= c[2] + c[3].absorbs
            and (h[3].action in _WITHDRAWALS or h[3].action == c[3].action)
            for c in kept
        ):
            continue
        kept.append(h)
    dates = foreign_dates.find(s.text, r.lang, s.start, as_of)
    out: list[Claim] = []
    for i, (_, a, b, t, m) in enumerate(kept):
        prev_end = kept[i - 1][2] if i else s.start
        next_start = kept[i + 1][1] if i + 1 < len(kept) else s.end
        # A date an earlier claim took is that claim's ("Le Kenya, État partie depuis 2005, a menacé ...",
        # "Duterte, que rompió con la CPI en 2018, fue detenido en virtud de una orden de arresto").
        free = [d for d in dates if not any(c.date is not None and c.date.start == d.start for c in out)]
        if t.kind == "warrant":
            assert ledger is not None
            out.extend(_warrants(text, s, r, a, b, t, mentions, free, ledger))
            continue
        if t.elliptic:
            # the status said again: the last one before it in the sentence, else the sentence before's
            status = next((c.action for c in reversed(out) if c.action in _STATUSES), status_before)
            if status is None:
                continue
        claim = _build(text, s, r, a, b, t, m, mentions, free, prev_end, next_start, as_of)
        if claim is not None:
            if t.elliptic and status is not None:  # set just above for an elliptic trigger
                claim.action = status
            out.append(claim)
    return out


def _build(
    text: str,
    s: Sentence,
    r: Rules,
    a: int,
    b: int,
    t: Trigger,
    m: re.Match[str],
    mentions: list[Mention],
    dates: list[DateMention],
    prev_end: int,
    next_start: int,
    as_of: date | None = None,
) -> Claim | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    whole = (m.start() + s.start, m.end() + s.start)
    claim = Claim(
        pattern=f"{r.lang}.{t.id}",
        kind=t.kind,
        action=t.action,
        start=a,
        end=b,
        sentence=s,
        trigger=(a, b),
        trigger_text=text[a:b],
        verb=t.verb or " ".join(text[a:b].lower().split()),
        phrase=m.group(0),
        stage=t.stage,
        present=t.present,
        no_longer=t.no_longer,
    )
    clause_start, clause_end = _clause(text, s, r, a, b)
    soft_start, soft_end = _clause(text, s, r, a, b, soft=True)
    # A date after the next trigger is that one's ("se retira del pacto, que dio lugar a la Corte en 1998").
    date_end = soft_end if t.kind == "instrument" else max(b, min(soft_end, next_start))
    subject_end = a
    # "La Gambie a annoncé qu'elle se retire": the subject is the State named, read with the words up to
    # the verb (an announcement); a reference reaching back to an earlier sentence stays a subject.
    pool = [x for x in mentions if not mentions_mod.refers_within(s.start, x)]
    if t.kind == "count":
        if not _count(claim, r, g, mentions, whole):
            return None
        if t.action == "amendment_ratification":
            claim.what = "aggression amendments"  # the acceptances of the Kampala amendments (hague.claims.verdicts)
    elif t.kind == "situation":
        if r.asked.search(text[max(s.start, a - 50) : a]) or r.hedge.search(text[max(s.start, a - 20) : a]):
            return None  # "piden que se inicie una investigación": a request; "une éventuelle enquête"
        places = _places(text, r, a, b, mentions, clause_start, clause_end)
        council = _council(text, r, t, a, b, mentions, clause_start, clause_end)
        if council:
            # "Le Conseil de sécurité a déféré la situation en Libye", "fue remitida a la CPI por el Consejo de
            # Seguridad": a referral under art. 13(b), no State referring; the situation's State is the place
            claim.what = "security_council"
            if not places:
                return None
        elif t.action == "referral" and _AGENT_END.search(text[a:b]):
            # "La situation au Mali a été renvoyée à la CPI par le gouvernement malien": the referring State named
            # after "par" / "por", the situation's State before the verb (or the same State)
            by = [x for x in pool if b <= x.start <= b + 40 and x.iso3 and not x.group][:1]
            if not by:
                return None
            before = [x for x in mentions if clause_start <= x.start and x.end <= a and x.iso3 and not x.group]
            claim.subjects = by
            claim.end = max(claim.end, by[0].end)
            places = before[-1:] or by
        elif t.subject != "none":  # a referral: the State that refers, and the situation's State
            by = _subjects(text, s, r, t, a, b, pool, clause_start, clause_end)
            if not by or any(x.group for x in by):
                return None
            claim.subjects = by
            after = [p for p in places if p.start >= b]
            places = after or by  # "l'Ouganda a renvoyé la situation du nord du pays": its own
        if not places:
            return None
        claim.places = places
    elif t.kind == "instrument":
        claim.start = whole[0]
    elif t.subject != "none":
        found = _subjects(text, s, r, t, a, b, pool, clause_start, clause_end)
        if not found:
            return None
        if not t.groups and any(x.group for x in found):
            return None
        claim.subjects = found
        if found[-1].end <= a:
            subject_end = found[-1].end
            if a - subject_end <= 80:
                claim.start = min(claim.start, found[0].start)
        else:
            claim.end = max(claim.end, found[-1].end)
    if t.ordinal or g.get("ord"):
        claim.ordinal = t.ordinal or _ordinal(r, g["ord"])
    # Negation and mood: the words between the subject (or the clause's start) and the trigger, and the trigger's own.
    # With a noun whose State follows ("l'adhésion de la Malaisie"), the few words before the noun.
    gap_start = max(prev_end, subject_end, soft_start) if subject_end < a else max(prev_end, soft_start, a - 24)
    if claim.subjects and mentions_mod.possessive(claim.subjects[0]):
        gap_start = max(prev_end, soft_start)  # "Le ministre a annoncé son retrait": the words before "son"
    gap = text[gap_start:a]
    # Negation stands next to the verb ("n'ont toujours pas formalisé", "nunca ratificó"); a "ne" further
    # back belongs to a clause of its own ("Le Burundi, qui ne reconnaît pas ..., a quitté").
    # An apposition's negation is within it ("en Mongolie, État membre de la CPI, sans l'arrêter": not its).
    upto = b if t.apposed else min(b + 12, soft_end)
    while upto > b and upto < len(text) and text[upto].isalnum() and text[upto - 1].isalnum():
        upto -= 1  # a word the window cuts is not read by its first letters ("ningún" as "ni")
    said_from = max(gap_start, a - 30)
    said = gap if t.fixed else text[said_from:upto]
    # an aside set off by commas before the verb negates its own words ("Ucrania, sin ser parte, había aceptado",
    # "Rusia, sin embargo, ratificó"), not the verb's
    read = said if t.fixed else _ASIDE.sub(",", text[said_from:a]) + text[a:upto]
    claim.negated = t.negated or bool(r.negation.search(read))
    if claim.subjects and r.neither.search(text, max(s.start, claim.subjects[0].start - 12), claim.subjects[0].start):
        claim.negated = True  # "Ni la Chine ni l'Inde n'ont signé"
    if r.no_longer.search(said):
        claim.no_longer = True
        claim.negated = True
    if t.only_negated and not claim.negated:
        return None
    lead_end = claim.subjects[0].start if claim.subjects and claim.subjects[0].start < a else a
    lead = text[max(s.start, lead_end - 40) : lead_end]
    # A noun whose verb, right after it, is in the future: "Esta retirada convertirá a Hungría en ..."
    # (its mood; the withdrawal is read as the sentence's premise, not as a plan).
    next_words = text[b : min(soft_end, b + 24)].split()
    noun_future = t.subject == "after_first" and bool(next_words and r.future.search(next_words[0].strip(",.;:")))
    if t.mode is not None:
        claim.mode = t.mode
    elif t.kind in ("treaty_action", "membership"):
        future = not t.future_ok and not t.fixed and any(r.future.search(w) for w in text[a:b].split())
        announced = bool(r.announcement.search(gap)) or bool(r.announce_noun.search(lead))
        if lead_end < a:  # "Le texte pourrait faire de l'Ukraine ...": a plan named before the subject
            announced = announced or bool(r.modal.search(text[max(clause_start, lead_end - 40) : lead_end]))
        if claim.negated and announced and not r.announce_noun.search(lead):
            announced = False  # "n'a pas décidé de ratifier" says it has not ratified
        if announced or future:
            claim.mode = "announcement"
    if t.kind != "situation":
        # A count's date stands next to it ("En 2019, 123 États", "123 países en 1998"); one further on
        # is another act's ("ya ratificado por 67 países, entra en vigor el 1 de julio").
        within = 15 if t.kind == "count" else 90
        claim.date = _date_for(text, s, r, claim, dates, soft_start, date_end, subject_end, whole[1], within)
        if (
            claim.action == "declaration_12_3"
            and claim.date is not None
            and r.about.search(text[max(s.start, claim.date.start - 12) : claim.date.start])
        ):
            # "accepte la compétence de la Cour depuis le 13 juin 2014": the period accepted, not the day of the act
            claim.about, claim.date = claim.date, None
    else:
        d = _date_for(text, s, r, claim, dates, soft_start, date_end, subject_end, whole[1])
        if d is not None and r.about.search(text[max(s.start, d.start - 12) : d.start]):
            claim.about = d
        else:
            claim.date = d
    if t.date_after_only and claim.date is not None and claim.date.start < b:
        claim.date = None  # the announcement's day, not the notice's
    if t.needs_date and claim.date is None:
        return None
    claim.mood = "future" if noun_future else _mood(text, r, m, max(prev_end, soft_start), a)
    looks_ahead = (
        bool(r.modal.search(said)) or any(r.future.search(w) for w in text[a:b].split()) or claim.mood == "future"
    )
    if claim.date is not None and r.ahead.match(text, claim.date.end, min(s.end, claim.date.end + 20)):
        looks_ahead = True  # "le 1er juillet prochain"
    if claim.date is not None and as_of is not None and looks_ahead:
        claim.date = foreign_dates.ahead(claim.date, as_of)
    # a parliament's vote or a law reported as the act: "le Parlement ukrainien a ... invoqué l'article 124"
    acts = ("ratification", "declaration_124")
    domestic = r.domestic.search(text, s.start, clause_end) if claim.action in acts else None
    if domestic is not None:
        claim.domestic = " ".join(domestic.group().split())
        claim.notes.append(msg("a domestic act (a parliament's vote or a law), not the deposit"))
    if claim.date is not None:
        claim.start, claim.end = min(claim.start, claim.date.start), max(claim.end, claim.date.end)
        claim.since = bool(r.about.search(text[max(s.start, claim.date.start - 12) : claim.date.start]))
    return claim


# What stands between an auxiliary and the verb it governs: "deberá ser notificado", "doit être notifié", "va a".
_ASIDE = re.compile(r",[^,]{1,40},")
_LINKS = frozenset({"ser", "être", "etre", "a", "estar", "быть", "se"})


def _mood(text: str, r: Rules, m: re.Match[str], lead_start: int, a: int) -> str:
    """`future` when the words speak of what is yet to happen, from the language's own grammar: a
    verb in the future or conditional, or one of schedule ("doivent se retirer", "va prendre
    effet"), among the words found; a clause opened by "avant que", "antes de que", "до того как";
    or "cuando", "quando" with a subjunctive ("cuando su retiro surta efecto"). Else `reported`."""
    words = [w.strip(",.;:!?»«\"'()") for w in m.group(0).split()]
    if any(r.future.search(w) or r.due.search(w) for w in words):
        return "future"
    lead = text[max(lead_start, a - 40) : a]
    # An auxiliary of the future or of schedule right before the words found ("deberá ser notificado",
    # "será notificada", "doit être notifié"): what they say is yet to happen, not a done act.
    aux = [w.strip(",.;:!?»«\"'()").lower() for w in lead.split()[-2:]]

    def ahead(w: str) -> bool:
        return bool(r.future.search(w) or r.due.search(w))

    if aux and (ahead(aux[-1]) or (len(aux) == 2 and aux[-1] in _LINKS and ahead(aux[0]))):
        return "future"
    if r.to_come.search(lead):
        return "future"
    if r.when.search(lead) and any(r.subjunctive.search(w) for w in words):
        return "future"
    return "reported"


#: A visit, a trip, a stay: a date right after it (within its clause) is its own, not a warrant's.
_VISIT = re.compile(
    r"(?<![\w])(?:visite|voyage|séjour|venue|déplacement|visita|viaje|estancia|gira|viagem|визит\w*|поездк\w*)"
    r"(?![\w])[^.;,]{0,40}$",
    re.IGNORECASE,
)


def _warrants(
    text: str,
    s: Sentence,
    r: Rules,
    a: int,
    b: int,
    t: Trigger,
    mentions: list[Mention],
    dates: list[DateMention],
    ledger: Ledger,
) -> list[Claim]:
    """A warrant for the persons the registry holds, named near it: by the registry's own spelling,
    the press's ("Poutine", "Путин"), or as a leader ("le président russe"): one claim per nationality.
    A warrant asked for is no warrant; asked in words of a request made, not denied ("le procureur a
    demandé des mandats d'arrêt", "solicitó órdenes de arresto"), it is the application."""
    if r.hedge.search(text[max(s.start, a - 20) : a]):
        return []
    lead = max(s.start, a - 50)
    applied = False
    if r.asked.search(text[lead:a]):
        done = r.applied.search(text[lead:a]) if r.applied is not None else None
        if done is None or r.negation.search(text[max(s.start, lead + done.start() - 30) : a]):
            return []
        applied = True
    named: list[tuple[int, int, str, tuple[persons_mod.Person, ...]]] = []
    for p in persons_mod.find(s.text, ledger, s.start):
        named.append((p.start, p.end, p.text, p.persons))
    for mention in mentions:
        surname = None
        if mention.via == "leader":
            surname = foreign_names.english_form(mention.text, mention.iso3, r.lang)
        elif mention.via == "demonym" and r.titles.search(text[max(s.start, mention.start - 30) : mention.start]):
            surname = _head(mention.iso3, ledger)
        elif mention.via == "metonym" and _HEAD_OF.search(text[max(s.start, mention.start - 30) : mention.start]):
            surname = _head(mention.iso3, ledger)  # "le chef du Kremlin", "el líder del Kremlin": who holds that seat
        if surname is None or any(x[0] < mention.end and mention.start < x[1] for x in named):
            continue  # the person already named in these words ("Laurent Gbagbo": the record's own spelling)
        found = tuple(p for x in persons_mod.find(surname, ledger) for p in x.persons)
        if found:
            named.append((mention.start, mention.end, mention.text, found))
    near = sorted(x for x in named if (x[0] - b if x[0] >= b else a - x[1]) <= 120)
    by_state: dict[str, list[tuple[int, int, str, tuple[persons_mod.Person, ...]]]] = {}
    for x in near:
        nationality = x[3][0].nationality
        if nationality:
            by_state.setdefault(nationality, []).append(x)
    out = []
    for nationality, people in by_state.items():
        first, last = min(a, people[0][0]), max(b, people[-1][1])
        claim = Claim(
            pattern=f"{r.lang}.{t.id}" + (".application" if applied else ""),
            kind="warrant",
            action="warrant_application" if applied else "warrant",
            start=first,
            end=last,
            sentence=s,
            trigger=(a, b),
            trigger_text=text[a:b],
            subjects=[Mention(x[0], x[1], x[2], nationality, "person") for x in people],
            verb="applied" if applied else t.verb or "warrant",
            phrase=text[first:last],
            persons=[p for x in people for p in x[3]],
        )
        clause_start, clause_end = _clause(text, s, r, a, b)
        # a date well before the warrant's words is another verb's ("arrêté mardi ... en application d'un mandat"),
        # and one after a visit's noun is the visit's ("le mandat lors de la visite de Netanyahou en avril")
        own = [d for d in dates if not (d.start >= b and _VISIT.search(text, max(b, d.start - 50), d.start))]
        claim.date = _date_for(text, s, r, claim, own, clause_start, clause_end, max(s.start, a - 30), last)
        if claim.date is not None:
            claim.start, claim.end = min(claim.start, claim.date.start), max(claim.end, claim.date.end)
        out.append(claim)
    return out


# Before a seat of power named for its State ("Kremlin"): the one who holds it ("le chef du", "el líder del").
_HEAD_OF = re.compile(
    r"(?<![\w])(?:chef|patron|maître|maitre|líder|lider|jefe|chefe|mandatário|inquilino|locataire|hôte|hote)\s+(?:du|de\s+l['’]|del|do|da)\s*$",
    re.IGNORECASE,
)
_HEADS = (gazetteer.Role.head_of_state, gazetteer.Role.head_of_government)


def _head(iso3: str | None, ledger: Ledger) -> str | None:
    """The person a warrant "against the Russian president" names: the one head of State or government
    of `iso3` in the gazetteer (data/claims/leaders.yaml) whom the registry charges; None when the
    registry charges none of them, or more than one (Kenyatta and Ruto)."""
    charged = {
        p.english
        for p in gazetteer.leaders("en")
        if p.iso3 == iso3 and p.role in _HEADS and persons_mod.find(p.english, ledger)
    }
    return charged.pop() if len(charged) == 1 else None


def _clause(text: str, s: Sentence, r: Rules, a: int, b: int, soft: bool = False) -> tuple[int, int]:
    """The clause around a trigger: from the last break before it to the first after it; with `soft`,
    conjunctions break it too ("signé, mais jamais ratifié": the subject is shared, the negation not)."""
    start = s.start
    breaks = (r.clause_break, r.soft_break) if soft else (r.clause_break,)
    end = s.end
    for rx in breaks:
        for brk in rx.finditer(text, s.start, a):
            start = max(start, brk.end())
        nxt = rx.search(text, b, s.end)
        if nxt:
            end = min(end, nxt.start())
    return start, end


def _subjects(
    text: str,
    s: Sentence,
    r: Rules,
    t: Trigger,
    a: int,
    b: int,
    mentions: list[Mention],
    clause_start: int,
    clause_end: int,
) -> list[Mention]:
    if t.subject == "listed":
        # "les États parties, dont la France et l'Allemagne": the States the list after the words names
        return _listed(text, r, a, clause_end, mentions)
    order = {
        "before": (_before,),
        "after": (_after,),
        "either": (_before, _after),
        "after_first": (_after, _before),
    }[t.subject]
    for how in order:
        if how is _before:
            found = _before(text, s, r, a, b, mentions, clause_start, clause_end, t.apposed)
        else:
            found = _after(text, s, r, a, b, mentions, clause_start, clause_end)
        if found and how is _before and t.subject == "after_first" and a - found[-1].end > 50:
            continue  # a noun's State stands next to it ("Hungría anunció su salida"), not a clause away
        if found:
            if len(found) == 1 and found[0].group:
                listed = _listed(text, r, found[0].end, clause_end, mentions)
                if listed:
                    return listed
            return found
    if t.subject == "before":
        # "le Statut, ratifié par la France": the State after a passive verb, as its agent.
        found = _after(text, s, r, a, b, mentions, clause_start, clause_end, r.agent)
        if found:
            return found
        # "Aunque nunca llegó a ratificarlo, Rusia firmó ...", "Après l'avoir signé, le Mali ...": a clause opening
        # the sentence with no subject of its own has the main clause's, the State right after its comma
        lead = _LEADING.match(text, s.start, a)
        comma = text.find(",", b, min(s.end, b + 120)) if lead and "," not in text[s.start : a] else -1
        if comma >= 0:
            after = [m for m in mentions if m.start > comma and not m.group and m.iso3]
            if after and _ARTICLE_ONLY.fullmatch(text, comma + 1, after[0].start):
                return [after[0]]
    return []


#: A clause opening the sentence whose subject is the main clause's ("Aunque nunca lo ratificó, Rusia ...").
_LEADING = re.compile(
    r"\s*(?:aunque|si\s+bien|pese\s+a\s+que|a\s+pesar\s+de\s+que|tras|después\s+de|antes\s+de|sin|"
    r"bien\s+qu|quoique|même\s+si|après|avant\s+d|sans|embora|apesar\s+de|depois\s+de|antes\s+de|sem)(?![\w])",
    re.IGNORECASE,
)
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:el|la|los|las|le|les|o|a|os|as)\s+|l['’])?", re.IGNORECASE)


def _before(
    text: str,
    s: Sentence,
    r: Rules,
    a: int,
    b: int,
    mentions: list[Mention],
    clause_start: int,
    clause_end: int,
    apposed: bool = False,
) -> list[Mention]:
    before = [m for m in mentions if m.end <= a and m.start >= clause_start]
    for i in range(len(before) - 1, -1, -1):
        cand = before[i]
        if a - cand.end > 160:
            return []
        pre = text[max(s.start, cand.start - 25) : cand.start]
        if cand.via == "region":
            continue  # a place ("au Darfour"), not the State acting
        beside = apposed and text[cand.end : a].strip() == ","  # "en Mongolie, État membre de la CPI"
        tail = text[cand.end : a]
        if r.excluded.search(pre) and not (r.relative.match(tail) and "," not in tail.lstrip(" ,")):
            # "les 125 États, sauf la Hongrie, ont ...": the State set apart is not the subject; "sauf la
            # Hongrie, qui s'est retirée" says what it did itself
            continue
        if r.governed.search(pre) and cand.via != "demonym" and not r.relative.match(text[cand.end : a]) and not beside:
            continue
        return _list_back(text, r, before[: i + 1], text[cand.end : a])
    return []


def _list_back(text: str, r: Rules, before: list[Mention], tail: str = "") -> list[Mention]:
    """The list that ends with the last State of `before`: "A, B et C"; run by commas alone only when
    `tail` (the words after it) closes it as a list ("A, B, C y muchos otros países no son miembros")."""
    out = [before[-1]]
    if out[0].group:
        return out
    closed = r.others is not None and bool(r.others.match(tail))
    for j in range(len(before) - 2, -1, -1):
        sep = text[before[j].end : out[0].start]
        if before[j].group or not r.list_sep.match(sep) or (len(out) == 1 and not closed and not r.and_sep.match(sep)):
            break
        out.insert(0, before[j])
    return out


def _after(
    text: str,
    s: Sentence,
    r: Rules,
    a: int,
    b: int,
    mentions: list[Mention],
    clause_start: int,
    clause_end: int,
    link: re.Pattern[str] | None = None,
) -> list[Mention]:
    after = [m for m in mentions if m.start >= b and m.end <= clause_end]
    if not after:
        return []
    first = after[0]
    gap = text[b : first.start]
    if len(gap) > 60 or not (link or r.of).search(gap.strip()):
        return []
    chain = [first]
    seps: list[str] = []
    for nxt in after[1:]:
        sep = text[chain[-1].end : nxt.start]
        if first.group or nxt.group or not r.list_sep.match(sep):
            break
        chain.append(nxt)
        seps.append(sep)
    while seps and not r.and_sep.match(seps[-1]):
        seps.pop()
        chain.pop()
    return chain


def _listed(text: str, r: Rules, b: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The States a list names after "dont", "entre ellos", "como", a colon or a dash."""
    for intro in r.list_intro.finditer(text, b, end):
        after = [m for m in mentions if m.start >= intro.end() and not m.group]
        if not after or len(text[intro.end() : after[0].start].strip()) > 6:
            continue
        chain = [after[0]]
        for nxt in after[1:]:
            if not r.list_sep.match(text[chain[-1].end : nxt.start]):
                break
            chain.append(nxt)
        return chain
    return []


_BY = re.compile(
    r"(?<![\w])(?:par|por|pelo|pela|pelos|pelas)\s+(?:(?:la|le|les|el|los|las|o|a|os|as)\s+|l['’])?$", re.IGNORECASE
)
_AGENT_END = re.compile(r"(?<![\w])(?:par|por|pelo|pela)$", re.IGNORECASE)


def _council(
    text: str, r: Rules, t: Trigger, a: int, b: int, mentions: list[Mention], clause_start: int, clause_end: int
) -> bool:
    """Whether a referral is the Security Council's: the Council named as the subject before the trigger, with
    no State between ("Le Conseil de sécurité de l'ONU a déféré"), or as the agent right after it ("remitida a la
    CPI por el Consejo de Seguridad")."""
    if t.action != "referral" or r.council is None:
        return False
    before = list(r.council.finditer(text, max(clause_start, a - 80), a))
    if before and not any(m.iso3 and not m.group and before[-1].end() <= m.start and m.end <= a for m in mentions):
        return True
    after = r.council.search(text, b, min(clause_end, b + 40))
    return after is not None and re.fullmatch(r"\s*(?:\S+\s+){0,2}", text[b : after.start()]) is not None


def _places(
    text: str, r: Rules, a: int, b: int, mentions: list[Mention], clause_start: int, clause_end: int
) -> list[Mention]:
    """The States a situation concerns: named after the trigger in its clause, else before it."""
    after = [m for m in mentions if m.start >= b and m.end <= clause_end and m.start - b <= 200 and not m.group]
    if len(after) > 1 and _BY.search(text, max(b, after[0].start - 16), after[0].start):
        # "les crimes commis par la Russie en Ukraine", "cometidos por Rusia en Ucrania": the State after "par" is
        # who acted; the situation is the place named after it
        after = after[1:]
    if after:
        chain = [after[0]]
        for nxt in after[1:]:
            if not r.list_sep.match(text[chain[-1].end : nxt.start]):
                break
            chain.append(nxt)
        return chain
    before = [m for m in mentions if m.end <= a and m.start >= clause_start and a - m.end <= 120 and not m.group]
    return _list_back(text, r, before) if before else []


_NUMBER = re.compile(r"\d{1,3}")


def _count(claim: Claim, r: Rules, g: dict[str, str], mentions: list[Mention], whole: tuple[int, int]) -> bool:
    n = g.get("n", "")
    number = int(n) if n.isdigit() else r.numbers.get(n.lower())
    if number is None or number < 10:
        return False
    text, at = claim.sentence.text, claim.sentence.start
    if (r.voters_before is not None and r.voters_before.search(text[max(0, whole[0] - at - 40) : whole[0] - at])) or (
        r.voters_after is not None and r.voters_after.search(text[whole[1] - at : whole[1] - at + 40])
    ):
        return False  # the States that adopted the Statute, not its parties (hague.claims.counts.NOT_PARTIES)
    claim.number = number
    approx = " ".join(g.get("approx", "").lower().split())
    claim.approx = r.approx.get(approx) if approx else None
    what = (g.get("what") or "").lower()
    claim.what = (
        "signatories" if (g.get("sig") or "signat" in what or "firm" in what or "подпис" in what) else "states parties"
    )
    inside = [x for x in mentions if x.group and x.start >= whole[0] and x.start <= whole[1] + 3]
    group = inside[0].group if inside else "all"
    claim.subjects = [Mention(whole[0], whole[1], claim.phrase, None, "group", group, number, number)]
    claim.start, claim.end = whole
    return True


def _ordinal(r: Rules, word: str) -> str:
    w = " ".join(word.lower().split())
    if w in r.ordinals:
        return r.ordinals[w]
    digits = _NUMBER.search(w)
    if digits:
        n = int(digits.group())
        return {1: "first", 2: "second", 3: "third"}.get(n, f"{n}th")
    return w


def _date_for(
    text: str,
    s: Sentence,
    r: Rules,
    claim: Claim,
    dates: list[DateMention],
    clause_start: int,
    clause_end: int,
    subject_end: int,
    whole_end: int,
    within: int = 90,
) -> DateMention | None:
    a, b = claim.trigger
    b = max(b, min(whole_end, clause_end))
    end = clause_end
    report = r.report.search(text, b, clause_end)
    if report:
        end = report.start()
    for d in dates:
        if a <= d.start < whole_end:
            return d  # a date inside the words found ("le traité de Rome de 1998")
    for d in dates:
        if b <= d.start < end and d.start - b <= within:
            return d
    for d in dates:
        if subject_end <= d.start and d.end <= a and d.start >= clause_start:
            return d
    for d in dates:
        if d.end <= a and a - d.end <= 12 and d.start >= clause_start:
            return d  # just before the words found: "autorizó en febrero una investigación"
    first_subject = claim.subjects[0].start if claim.subjects else a
    for d in dates:
        # A date opening the sentence ("Le 17 mars, ..."), not one a report gives ("l'ONU a dit hier").
        if d.end <= min(a, first_subject) and d.start - s.start <= 40 and not r.report.search(text, s.start, d.start):
            return d
    return None


def as_of_for(text: str, lang: str, fallback: AsOf) -> AsOf:
    """The day a text in `lang` speaks from when none was given: the latest full date it writes (not
    one it looks forward to), else `fallback` (hague.claims.text.as_of_for's answer: today)."""
    days = [d for d in foreign_dates.find(text, lang) if d.precision == "day" and d.first is not None]
    return latest_written(days) or fallback
