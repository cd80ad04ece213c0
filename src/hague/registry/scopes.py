"""Which situations' scopes cover a conduct: the one registry question every jurisdiction
answer asks, read from a snapshot of plain tuples so that it needs neither the registry's
records nor their loading."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hague.ledger import Ledger, snapshot
from hague.ledger.model import LocalName
from hague.registry.files import registry_files

#: (territories, first day, last day, first day with a stage, {id, number, name},
#: (the States it concerns, its official names in French and Spanish) for answers in those)
Scope = tuple[frozenset[str], date, date, date, dict[str, str], tuple[tuple[str, ...], dict[str, LocalName]]]


def _build(data_dir: Path) -> list[Scope]:
    from hague.registry.registry import read_files, stage_on

    rows: list[Scope] = []
    for slug, entry in read_files(data_dir).items():
        s = entry.situation
        begun = next((e.date for e in s.events if stage_on(s, e.date) is not None), None)
        if begun is None:
            continue
        rows.append(
            (
                frozenset(s.scope.territories or s.states),
                s.scope.start or date.min,
                s.scope.end or date.max,
                begun,
                {"id": slug, "number": s.id, "name": s.name},
                (tuple(s.states), dict(s.names)),
            )
        )
    return rows


def scopes(ledger: Ledger) -> list[Scope]:
    root = ledger.data_dir
    return ledger.derive("scopes", lambda: snapshot.cached("scopes", registry_files(root), root, lambda: _build(root)))


def covering(ledger: Ledger, territories: tuple[str, ...], start: date, end: date) -> list[dict[str, str]]:
    """Situations opened by today whose scope covers part of the conduct: its territory and period."""
    wanted = set(territories)
    today = date.today()
    return [
        dict(row)
        for terr, lo, hi, begun, row, _ in scopes(ledger)
        if begun <= today and terr & wanted and lo <= end and start <= hi
    ]


def local_inputs(ledger: Ledger, ids: list[str]) -> dict[str, tuple[str, tuple[str, ...], dict[str, LocalName]]]:
    """For each situation id: its English name, its States and its official French and Spanish
    names, which hague.registry.names needs to name it in those languages."""
    wanted = set(ids)
    return {row["id"]: (row["name"], *local) for *_, row, local in scopes(ledger) if row["id"] in wanted}
