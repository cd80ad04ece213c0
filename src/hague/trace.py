"""Traces: the reasoning of a decision, recorded by the code that decides, step by step.

One tree, several renderings: text for the CLI, JSON for the API (and the web page).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hague.ledger.model import Event


def cite(state: str, event: Event) -> dict[str, Any]:
    """The ledger event behind a step, with its source."""
    return {
        "state": state,
        "date": event.date.isoformat(),
        "kind": event.kind.value,
        "source": event.source.to_json(),
        **({"hypothetical": True} if event.source.ref == HYPOTHETICAL else {}),
    }


HYPOTHETICAL = "hypothetical (--assume)"


@dataclass
class Step:
    article: str
    question: str
    holds: bool | None  # None: not modelled, or not decisive here
    because: str
    facts: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "question": self.question,
            "holds": self.holds,
            "because": self.because,
            "facts": self.facts,
        }


@dataclass
class Trace:
    steps: list[Step] = field(default_factory=list)

    def add(
        self,
        article: str,
        question: str,
        holds: bool | None,
        because: str,
        facts: list[dict[str, Any]] | None = None,
    ) -> bool | None:
        self.steps.append(Step(article, question, holds, because, facts or []))
        return holds


def mark(holds: bool | None) -> str:
    return {True: "yes", False: "no", None: "n/a"}[holds]


def render_steps(steps: list[dict[str, Any]], indent: str = "  ") -> list[str]:
    lines = []
    for s in steps:
        lines.append(
            f"{indent}{s['article']:<10} {s['question']} {'.' * max(2, 60 - len(s['question']))} {mark(s['holds'])}"
        )
        lines.append(f"{indent}{'':<10} {s['because']}")
    return lines


def day(d: date) -> str:
    return d.isoformat()
