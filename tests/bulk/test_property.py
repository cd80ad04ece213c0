"""Bulk classification gives the engine's answer, row by row, on 12,000 random rows that
exercise every rule: entry into force and withdrawal (ranges straddling them), declarations
under 12(3) and art. 124, Security Council referrals, state referrals, aggression, age."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pyarrow as pa
import pytest

from hague.bulk.table import classify_table, compiled
from hague.jurisdiction import Conduct, decide

SPECIAL = [
    "BDI",
    "PHL",
    "ZAF",
    "GMB",
    "HUN",
    "MYS",
    "UKR",
    "PSE",
    "CIV",
    "COL",
    "FRA",
    "MNE",
    "ARM",
    "BGD",
    "SDN",
    "LBY",
    "USA",
    "RUS",
    "ISR",
    "AFG",
    "VEN",
    "GEO",
    "DEU",
    "NLD",
    "LIE",
    "CHE",
    "SYR",
    "IRQ",
]


def random_rows(n: int, seed: int = 20261126, days: int = 11500) -> list[dict]:
    from hague.ledger.names import all_states

    rnd = random.Random(seed)
    states = all_states()
    rows = []
    for _ in range(n):
        pick = lambda: rnd.choice(SPECIAL) if rnd.random() < 0.7 else rnd.choice(states)  # noqa: E731
        start = date(1999, 1, 1) + timedelta(days=rnd.randrange(0, days))
        end = start if rnd.random() < 0.5 else start + timedelta(days=rnd.choice([1, 30, 365, 2000]))
        crime = rnd.choice(["genocide", "crimes_against_humanity", "war_crimes", "war_crimes", "aggression"])
        trigger = rnd.choices(["proprio_motu", "state_referral", "security_council"], [6, 2, 2])[0]
        row = {
            "start": start.isoformat(),
            "end": end.isoformat(),
            "territory": pick(),
            "nationality": pick() if rnd.random() < 0.6 else None,
            "crime": crime,
            "trigger": trigger,
            "resolution": rnd.choice([1593, 1970]) if trigger == "security_council" else None,
            "referring_state": pick() if trigger == "state_referral" else None,
            "aggressor": pick() if crime == "aggression" else None,
            "victim": pick() if crime == "aggression" else None,
            "age": rnd.choice([None, None, None, 15, 17, 18, 40]),
        }
        if trigger == "security_council" and rnd.random() < 0.7:
            row["territory"] = "SDN" if row["resolution"] == 1593 else "LBY"
        rows.append(row)
    return rows


def engine_answer(row: dict, ledger) -> tuple[str, str | None, str | None]:
    q = Conduct.build(
        crime=row["crime"],
        start=row["start"],
        end=row["end"],
        territories=[row["territory"]],
        nationalities=[row["nationality"]] if row["nationality"] else [],
        trigger=row["trigger"],
        resolution=row["resolution"],
        referring_state=row["referring_state"],
        aggressor=row["aggressor"],
        victim=row["victim"],
        age=row["age"],
    )
    d = decide(q, ledger)
    basis = None
    if d.verdict == "within":
        b = d.parts[0].bases[0]
        if b["link"] == "security_council":
            basis = "security_council"
        else:
            via = "declaration_12_3" if "12(3)" in b["via"] else "party"
            basis = f"{b['link']}:{b['state']}:{via}"
    situation = d.situations[0]["id"] if d.situations and row["start"] == row["end"] else None
    return d.verdict, basis, situation


# The third run reaches past 2040-12-31, the last day compiled (later days answer as of it).
@pytest.mark.parametrize(("seed", "days"), [(20261126, 11500), (1998, 11500), (2040, 17000)])
def test_bulk_agrees_with_decide_row_by_row(ledger, seed, days):
    rows = random_rows(6000, seed, days)
    table = pa.Table.from_pylist(
        rows,
        schema=pa.schema(
            [
                ("start", pa.string()),
                ("end", pa.string()),
                ("territory", pa.string()),
                ("nationality", pa.string()),
                ("crime", pa.string()),
                ("trigger", pa.string()),
                ("resolution", pa.int32()),
                ("referring_state", pa.string()),
                ("aggressor", pa.string()),
                ("victim", pa.string()),
                ("age", pa.int32()),
            ]
        ),
    )
    out = classify_table(table, compiled(ledger)).to_pylist()
    disagreements = []
    verdicts = set()
    for row, got in zip(rows, out, strict=True):
        want = engine_answer(row, ledger)
        have = (got["icc_verdict"], got["icc_basis"], got["icc_situation"] if row["start"] == row["end"] else None)
        verdicts.add(have[0])
        if want != have:
            disagreements.append((row, want, have))
    assert disagreements[:5] == []
    assert verdicts == {"within", "outside", "partial"}
