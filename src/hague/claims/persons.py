"""Persons the Court has charged, as a text names them ("Putin", "al-Bashir", "Netanyahu and
Gallant"), from the registry's cases: the names are the record's, never typed here.

A person is found by the full name or by the surname (the name's last word, without "Al"), and
by a name the record gives in brackets or quotes ("Deif", "Ali Kushayb"). A surname two persons
share ("Gaddafi") names both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hague.ledger import Ledger
from hague.registry import of as registry_of
from hague.registry.model import Case


@dataclass(frozen=True)
class Person:
    name: str
    nationality: str | None
    situation: str  # the registry's slug
    case: Case


@dataclass(frozen=True)
class Named:
    """A person named at [start, end)."""

    start: int
    end: int
    text: str
    persons: tuple[Person, ...]


_PARTICLES = {"al", "el", "ag", "abu", "dela", "de", "bin", "ibn"}


def surfaces(name: str) -> set[str]:
    """The ways a text names a person: the full name, the surname, a name in brackets or quotes."""
    out = {name}
    aliases = re.findall(r"\(([^)]+)\)|\"([^\"]+)\"|“([^”]+)”", name)
    for groups in aliases:
        out.update(g.strip('"“” ') for g in groups if g)
    plain = re.sub(r"\s*\([^)]*\)|\s*\"[^\"]*\"|\s*“[^”]*”", "", name).strip()
    out.add(plain)
    words = plain.split()
    last = words[-1] if words else ""
    if len(last) >= 4 and last[0].isupper():
        out.add(last)
        if len(words) >= 2 and words[-2].lower() in _PARTICLES:
            out.update({f"{words[-2]} {last}", f"{words[-2].lower()}-{last}", f"{words[-2].capitalize()}-{last}"})
    return {s for s in out if len(s) >= 4}


def _index_of(ledger: Ledger) -> tuple[dict[str, tuple[Person, ...]], re.Pattern[str] | None]:
    return ledger.derive("claims.persons", lambda: _build(ledger))


def _build(ledger: Ledger) -> tuple[dict[str, tuple[Person, ...]], re.Pattern[str] | None]:
    people: dict[str, list[Person]] = {}
    for slug, entry in registry_of(ledger).entries.items():
        for case in entry.situation.cases:
            person = Person(case.person, case.nationality, slug, case)
            for surface in surfaces(case.person):
                people.setdefault(surface, []).append(person)
    index = {k: tuple(v) for k, v in people.items()}
    if not index:
        return index, None
    alternation = "|".join(re.escape(k) for k in sorted(index, key=len, reverse=True))
    return index, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def find(text: str, ledger: Ledger, offset: int = 0) -> list[Named]:
    """Every person of the registry named in `text`, in order, without overlaps."""
    index, pattern = _index_of(ledger)
    if pattern is None:
        return []
    return [
        Named(
            m.start() + offset,
            m.end() + offset,
            m.group(),
            _given(text[max(0, m.start() - 40) : m.start()], index[m.group()]),
        )
        for m in pattern.finditer(text)
    ]


def _given(before: str, persons: tuple[Person, ...]) -> tuple[Person, ...]:
    """Of the persons a shared surname names, those whose given name stands right before it ("Laurent Gbagbo",
    "Saif al-Islam Gaddafi"); all of them when none or all fit."""
    if len(persons) < 2:
        return persons
    words = {w.lower() for w in re.findall(r"[\w'’-]+", before)[-3:]}
    fit = tuple(p for p in persons if p.name.split()[0].lower() in words)
    return fit if fit and len(fit) < len(persons) else persons
