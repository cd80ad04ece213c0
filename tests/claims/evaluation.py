"""The labelled evaluation set (evaluation.yaml) and how `hague check` is scored on it.

A found claim matches an expected one when both name the same action (announcements count as the
action `announcement`) and the same States (or group); an expected claim naming several States is
also matched by one found claim of that action for each of them (hague answers each State on its
own), and is right when each of them is. Each found claim is used at most once.
Recall: expected claims found; precision: found claims that make up an expected one; verdict accuracy: matched
claims whose verdict is the expected one.

An item's `sentence` may be a passage of two or three sentences (the corpus's kind-4 items: a State named in one
sentence and referred to in the next); it is checked whole, as a user's text, and scored the same way. Such an item
lists its reference words in `refers`, and a claim reached through one carries `subject_from: context`;
`passages` picks those items, and a Score counts those claims apart (`context_*`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from hague.claims import check
from hague.ledger import Ledger

DATA = Path(__file__).with_name("evaluation.yaml")
GOALS = {"recall": 0.90, "precision": 0.90, "verdict_accuracy": 0.95}


def site(url: str) -> str:
    """The registrable domain: bbc.co.uk, folha.com.br, icc-cpi.int (the corpus is split by it)."""
    labels = urlparse(url).netloc.lower().removeprefix("www.").split(".")
    second_level = (
        len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in {"co", "com", "org", "net", "gov", "ac", "edu"}
    )
    return ".".join(labels[-3:] if second_level else labels[-2:])


def load(path: Path = DATA) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    for item in items:
        if isinstance(item["as_of"], str):
            item["as_of"] = date.fromisoformat(item["as_of"])
    return items


def expected_key(claim: dict[str, Any]) -> tuple[str, tuple[str, ...] | str]:
    if claim.get("group"):
        who: tuple[str, ...] | str = claim["group"]
    else:
        who = tuple(sorted(claim.get("states") or ([claim["state"]] if claim.get("state") else [])))
    if claim["action"] == "count" and not who:
        who = "all"  # a count of all States (hague answers it with the group "all")
    return claim["action"], who


def found_key(claim: dict[str, Any]) -> tuple[str, tuple[str, ...] | str]:
    action = "announcement" if claim["mode"] == "announcement" else claim["action"]
    who: tuple[str, ...] | str = claim["group"] if claim["group"] else tuple(sorted(claim["states"]))
    return action, who


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    used: int = 0  # found claims that make up the matched ones
    right: int = 0
    sentences: int = 0
    seconds: float = 0.0
    context_expected: int = 0  # expected claims labelled `subject_from: context`
    context_matched: int = 0  # ... found
    context_marked: int = 0  # ... found with hague's own `subject_from: context`
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.used / self.found if self.found else 1.0

    @property
    def verdict_accuracy(self) -> float:
        return self.right / self.matched if self.matched else 1.0


def passages(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items that hold a passage with reference words (`refers`): issue 14's kind 4."""
    return [item for item in items if "refers" in item]


def _hits(key: tuple[str, tuple[str, ...] | str], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The found claims that make up an expected one: the claim with the same action and States, or,
    for a label naming several States, a claim of that action for each of them (hague answers each
    State named on its own)."""
    hit = next((c for c in found if found_key(c) == key), None)
    if hit is not None:
        return [hit]
    action, who = key
    if isinstance(who, str) or len(who) < 2:
        return []
    each = [next((c for c in found if found_key(c) == (action, (iso3,))), None) for iso3 in who]
    return [c for c in each if c is not None] if all(each) else []


def score(items: list[dict[str, Any]], ledger: Ledger) -> Score:
    result = Score()
    for item in items:
        started = time.perf_counter()
        answer = check(item["sentence"], item["as_of"], ledger)
        result.seconds += time.perf_counter() - started
        result.sentences += 1
        found = list(answer["claims"])
        result.found += len(found)
        result.expected += len(item["claims"])
        for want in item["claims"]:
            key = expected_key(want)
            result.context_expected += want.get("subject_from") == "context"
            hits = _hits(key, found)
            if not hits:
                result.misses.append(f"{item['sentence']!r}: {key}")
                continue
            for hit in hits:
                found.remove(hit)
            if want.get("subject_from") == "context":
                result.context_matched += 1
                result.context_marked += all(h.get("subject_from") == "context" for h in hits)
            result.matched += 1
            result.used += len(hits)
            wrong = [h for h in hits if h["verdict"] != want["verdict"]]
            if not wrong:
                result.right += 1
            else:
                result.wrong.append(
                    f"{item['sentence']!r}: {key} expected {want['verdict']}, got {wrong[0]['verdict']} "
                    f"({wrong[0]['because']})"
                )
        result.extras.extend(f"{item['sentence']!r}: {found_key(c)} {c['text']!r} [{c['pattern']}]" for c in found)
    return result
