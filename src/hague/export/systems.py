"""State systems: which States a panel has rows for, on which days, under which code.

- `iso` (the default): every State hague covers, from 1 January of the year it was admitted
  to the United Nations (country_converter's UNmember year, `hague.ledger.names`) or of its
  first recorded treaty action, whichever is earlier (a State that acts on the Statute exists:
  Switzerland signed in 1998 and joined the UN in 2002). A State that is not a UN member and
  has no recorded event (the Holy See, Niue) has rows throughout. Year precision: the UN year
  is all the data give.
- `cow`, `gw`: the spells of the Correlates of War and Gleditsch-Ward lists (data/systems/,
  copied from their publishers' files), each linked to a hague State by its name or by
  data/systems/links.yaml. Day precision.

Light on purpose (csv and yaml only), so the CLI can check `--system` before loading pandas.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

import yaml

from hague import meta
from hague.errors import HagueError
from hague.ledger import Ledger, names

SYSTEMS = ("iso", "cow", "gw")
LISTS = ("cow", "gw")


@dataclass(frozen=True)
class Spell:
    """A State's time in a list under one code: days `since` to `until`, half-open
    (`until` None: still in it at the end of the list's coverage, read as continuing)."""

    system: str
    code: int
    iso3: str
    name: str
    since: date
    until: date | None

    def covers(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Lists:
    spells: dict[str, tuple[Spell, ...]]  # system -> spells linked to a hague State
    unlinked: dict[str, tuple[tuple[int, str], ...]]  # system -> (code, name) of spells no hague State is
    last_day: dict[str, date]  # system -> the list's last day (its coverage)
    folder: Path

    def of(self, system: str, iso3: str) -> list[Spell]:
        return [s for s in self.spells[system] if s.iso3 == iso3]

    def code(self, system: str, iso3: str) -> int | None:
        """The code of the State's latest spell in the list (None: not in it)."""
        mine = self.of(system, iso3)
        return max(mine, key=lambda s: s.since).code if mine else None


def check(system: str) -> str:
    if system not in SYSTEMS:
        raise HagueError(
            f"system: {system!r} is not one of {', '.join(SYSTEMS)} (iso: UN membership; cow: Correlates of War; "
            "gw: Gleditsch-Ward)",
            field="system",
            valid=list(SYSTEMS),
        )
    return system


def folder_for(data_dir: Path) -> Path:
    """data_dir/systems, or the bundled data's (the lists are not part of a State's record,
    so a data folder made for a test or a what-if need not carry them)."""
    here = data_dir / "systems"
    return here if (here / "cow.csv").is_file() else meta.default_data_dir() / "systems"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def _raw(folder: Path) -> dict[str, list[tuple[int, str, date, date]]]:
    """(code, name, first day, last day) of every spell, as each list gives them."""
    cow = [
        (
            int(r["ccode"]),
            r["statenme"],
            date(int(r["styear"]), int(r["stmonth"]), int(r["stday"])),
            date(int(r["endyear"]), int(r["endmonth"]), int(r["endday"])),
        )
        for r in _rows(folder / "cow.csv")
    ]
    gw = [
        (int(r["gwcode"]), r["statename"], date.fromisoformat(r["startdate"]), date.fromisoformat(r["enddate"]))
        for r in _rows(folder / "gw.csv")
    ]
    return {"cow": cow, "gw": gw}


@cache
def load(folder: Path) -> Lists:
    try:
        raw = _raw(folder)
        links = yaml.safe_load((folder / "links.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, KeyError, ValueError) as exc:
        raise HagueError(
            f"system: cannot read the state-system lists in {str(folder)!r} ({exc})", field="system"
        ) from None
    covered = set(names.all_states())
    spells: dict[str, tuple[Spell, ...]] = {}
    unlinked: dict[str, tuple[tuple[int, str], ...]] = {}
    last_day: dict[str, date] = {}
    for system in LISTS:
        chosen = {int(k): v for k, v in (links.get(system) or {}).items()}
        last = max(end for *_, end in raw[system])
        last_day[system] = last
        mine: list[Spell] = []
        left: list[tuple[int, str]] = []
        for code, name, first, end in raw[system]:
            iso3 = chosen[code] if code in chosen else names.find(name)
            if iso3 is None or iso3 not in covered:
                left.append((code, name))
                continue
            mine.append(Spell(system, code, iso3, name, first, None if end == last else end + timedelta(days=1)))
        spells[system] = tuple(sorted(mine, key=lambda s: (s.iso3, s.since)))
        unlinked[system] = tuple(left)
    return Lists(spells, unlinked, last_day, folder)


def lists(ledger: Ledger) -> Lists:
    return load(folder_for(ledger.data_dir))


def iso_since(ledger: Ledger, iso3: str) -> date | None:
    """First day of the State's rows under `iso` (None: throughout)."""
    years = [y for y in (names.un_member_since(iso3),) if y is not None]
    events = ledger.states[iso3].events if iso3 in ledger.states else ()
    years += [e.date.year for e in events]
    return date(min(years), 1, 1) if years else None


__all__ = ["LISTS", "SYSTEMS", "Lists", "Spell", "check", "folder_for", "iso_since", "lists", "load"]
