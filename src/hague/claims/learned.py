"""The word model: what a sentence says of a State the rules found no claim about.

The rules (hague.claims.patterns, hague.claims.foreign) read the phrasings they were written for;
on sentences nobody here had read they find about half the claims (issue 14). This reader is a
logistic regression per action over the words around each State a sentence names, trained on the
tuning part of the real-text corpus (tests/claims/corpus/<lang>.yaml, `split: tune`; for English
also the project's own sentences) by scripts/claims_model.py, which writes its weights to
data/claims/model.json with the threshold it chose by cross-validation on that part, by site.
Reading them needs no library. Only English has a model so far (data/claims/README.md says why).

It only says which act a claim is about, and of which State; the verdict comes from the same
Checker as every claim (hague.claims.verdicts), and the claim's note says it was read by the model,
with how sure it was and the words that weighed most. It speaks only in a sentence about the Court,
only of a State (not a leader or a person) the rules said nothing about in that sentence, and
never of an act of a family (FAMILY) the rules read there.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from hague.claims.claim import Claim
from hague.claims.mentions import Mention
from hague.claims.text import DateMention, Sentence
from hague.meta import default_data_dir
from hague.trace import msg

_TOKEN = re.compile(r"\w+")
#: Words before and after each mention of the State that are its window.
LEFT, RIGHT = 7, 9
#: The kind of claim each modelled action makes (as the rules make it).
KIND = {
    "withdrawal": "treaty_action",
    "withdrawal_notification": "treaty_action",
    "withdrawal_revocation": "treaty_action",
    "ratification": "treaty_action",
    "join": "treaty_action",
    "signature": "treaty_action",
    "signature_withdrawal": "treaty_action",
    "declaration_12_3": "treaty_action",
    "entry_into_force": "treaty_action",
    "party": "membership",
    "signatory": "membership",
    "investigation": "situation",
    "referral": "situation",
    "announcement": "treaty_action",
}
#: Acts of one family: where the rules read one of them in a sentence, they read who did it ("Unlike Kenya, Burundi
#: left": not Kenya), so the model adds none of that family there.
FAMILY = {
    "withdrawal_notification": "withdrawal",
    "withdrawal_effect": "withdrawal",
    "withdrawal_ordinal": "withdrawal",
    "instrument_withdrawn": "withdrawal",
    "ratification": "join",
    "ordinal": "join",
    "entry_into_force": "join",
    "signatory": "party",
    "founding_member": "party",
}
_SINCE = re.compile(r"\b(?:since|depuis|desde)\s+(?:the\s+|le\s+|el\s+)?$", re.IGNORECASE)
_PRELIMINARY = re.compile(r"\b(?:prelim|examen\s+pr[ée]liminaire|examen\s+preliminar)", re.IGNORECASE)
#: What an announcement is of: the act among these the model is surest of ("announced it would leave": a withdrawal).
_ANNOUNCED = ("withdrawal", "withdrawal_notification", "join", "ratification", "signature_withdrawal")


@dataclass(frozen=True)
class Model:
    actions: tuple[str, ...]
    bias: tuple[float, ...]
    threshold: float  # the least probability the model speaks at
    weights: dict[str, list[float]]  # feature -> its weight for each of `actions`


@cache
def model(lang: str) -> Model | None:
    """The weights for `lang` (data/claims/model.json), or None when none were trained for it (or a data
    folder of the user's has no model: the rules read alone)."""
    path = default_data_dir() / "claims" / "model.json"
    if not path.exists():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    m = data["languages"].get(lang)
    if m is None:
        return None
    return Model(tuple(m["actions"]), tuple(m["bias"]), m["threshold"], m["weights"])


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(t.group().lower(), t.start(), t.end()) for t in _TOKEN.finditer(text)]


def features(words: list[tuple[str, int, int]], spans: list[tuple[int, int]], states: int) -> list[str]:
    """The features of one State in one sentence: the words up to LEFT before and RIGHT after each
    of its mentions (`spans`, offsets in the sentence) and their pairs, the sentence's words and word
    pairs, and how many States it names (up to 4)."""
    out: list[str] = []
    for a, b in spans:
        left = [w for w, s, _ in words if s < a][-LEFT:]
        right = [w for w, s, _ in words if s >= b][:RIGHT]
        out += ["L:" + w for w in left] + ["R:" + w for w in right]
        out += ["R2:" + x + "_" + y for x, y in zip(right, right[1:], strict=False)]
        out += ["L2:" + x + "_" + y for x, y in zip(left, left[1:], strict=False)]
    plain = [w for w, _, _ in words]
    out += ["S:" + w for w in plain] + ["B:" + x + "_" + y for x, y in zip(plain, plain[1:], strict=False)]
    out.append(f"NSTATES:{min(states, 4)}")
    return out


def scores(m: Model, feats: list[str]) -> list[float]:
    """The probability of each of `m.actions`, given a State's features (each counted once per
    occurrence, as at training)."""
    z = list(m.bias)
    for f in feats:
        w = m.weights.get(f)
        if w is not None:
            for i, x in enumerate(w):
                z[i] += x
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for v in z]


def by_state(mentions: list[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for x in mentions:
        # a leader or a person is no State ("Orbán is still a party": the rules say why not; so does the model)
        if x.iso3 and not x.group and x.via not in ("group", "leader", "person"):
            out.setdefault(x.iso3, []).append(x)
    return out


def ruled(found: list[Claim]) -> tuple[set[str], set[str]]:
    """The States the rules' claims in a sentence are about (named or referred to), and their acts. An act the
    rules read, they read its subjects too: a State they left out of it ("Unlike Kenya, Burundi left", "the US is
    not a party, and so is France") stays out."""
    said = {x.iso3 for c in found for x in (*c.subjects, *c.places) if x.iso3}
    said |= {x.antecedent.iso3 for c in found for x in c.subjects if x.antecedent is not None and x.antecedent.iso3}
    return said, {c.action for c in found}


def act(m: Model, p: list[float], acts: set[str]) -> tuple[int, str] | None:
    """The action the model is surest of (its index in `m.actions`) and the act it is about (an announcement's:
    the act among _ANNOUNCED it is surest of), or None when the rules read an act of that family in the
    sentence (`acts`)."""
    best = max(range(len(p)), key=p.__getitem__)
    action = m.actions[best]
    if action == "announcement":
        of = [i for i, a in enumerate(m.actions) if a in _ANNOUNCED]
        action = m.actions[max(of, key=p.__getitem__)] if of else "withdrawal"
    if FAMILY.get(action, action) in {FAMILY.get(a, a) for a in acts}:
        return None
    return best, action


def claims(
    text: str,
    sentence: Sentence,
    mentions: list[Mention],
    found: list[Claim],
    dates: Callable[[], list[DateMention]],
    negation: re.Pattern[str],
    lang: str,
) -> list[Claim]:
    """The claims the model reads in `sentence` about the States it names that no claim of `found`
    (the rules' claims in the sentence) is about: at most one per State, the action it is surest of
    when that is over the threshold and not one the rules read in the sentence. `dates` gives the
    sentence's dates (asked only for a claim made) and `negation` is the reader's own negation cue."""
    m = model(lang)
    states = by_state(mentions)
    if m is None or not states:
        return []
    said, acts = ruled(found)
    words = tokens(sentence.text)
    out = []
    for iso3, named in states.items():
        if iso3 in said:
            continue
        spans = [(x.start - sentence.start, x.end - sentence.start) for x in named]
        feats = features(words, spans, len(states))
        p = scores(m, feats)
        read = act(m, p, acts)
        if read is None or p[read[0]] < m.threshold:
            continue
        best, action = read
        out.append(_claim(text, sentence, named, words, feats, m, best, action, p, dates(), negation))
    return out


def _claim(
    text: str,
    s: Sentence,
    named: list[Mention],
    words: list[tuple[str, int, int]],
    feats: list[str],
    m: Model,
    best: int,
    action: str,
    p_all: list[float],
    dates: list[DateMention],
    negation: re.Pattern[str],
) -> Claim:
    subject = named[0]
    # the act's words: the window word that weighed most for the action (its first occurrence)
    weight = {f: m.weights[f][best] for f in feats if f in m.weights}
    window = [
        (weight.get("L:" + w, 0.0) + weight.get("R:" + w, 0.0) + weight.get("S:" + w, 0.0), a, b, w)
        for w, a, b in words
        if not any(a < x.end - s.start and x.start - s.start < b for x in named)
    ]
    top = sorted(window, key=lambda t: (-t[0], t[1]))
    _, a, b, _ = top[0] if top else (0.0, subject.start - s.start, subject.end - s.start, "")
    trigger = (s.start + a, s.start + b)
    start, end = min(subject.start, trigger[0]), max(subject.end, trigger[1])
    gap = text[min(subject.end, trigger[0]) : max(subject.start, trigger[1])]
    announced = m.actions[best] == "announcement"
    # "under investigation since 2013 after Bamako referred": a date after "since" spans a state, so it dates
    # membership or signature, not an act
    spans_state = action in ("party", "signatory")
    near = sorted(
        (d for d in dates if spans_state or not _SINCE.search(text, max(s.start, d.start - 8), d.start)),
        key=lambda d: abs(d.start - trigger[0]),
    )
    when = near[0] if near and action != "investigation" else None
    c = Claim(
        pattern=f"model.{m.actions[best]}",
        kind=KIND[m.actions[best]],
        action=action,
        start=start,
        end=end,
        sentence=s,
        trigger=trigger,
        trigger_text=text[trigger[0] : trigger[1]],
        subjects=[] if action == "investigation" else [subject],
        places=[subject] if action == "investigation" else [],
        date=when,
        since=when is not None and bool(_SINCE.search(text, max(s.start, when.start - 8), when.start)),
        negated=bool(negation.search(gap)),
        mode="announcement" if announced else "fact",
        stage=("preliminary_examination" if _PRELIMINARY.search(s.text) else "investigation")
        if action == "investigation"
        else None,
        phrase=text[start:end],
    )
    c.notes.append(
        msg(
            "read by the word model ({percent}% sure; words that weighed most: {words}): "
            "no rule read a claim about this State here",
            percent=round(100 * p_all[best]),
            words=", ".join(repr(t[3]) for t in top[:3] if t[0] > 0) or "none",
        )
    )
    return c
