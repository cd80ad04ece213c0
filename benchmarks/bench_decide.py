"""One jurisdiction decision, timed against a trivial ledger look-up in the same run.

Goal (issue 3): median of one decision <= 100 microseconds. Run:
    .venv/bin/python benchmarks/bench_decide.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date

import hague
from hague.jurisdiction import Conduct, engine_of


def median_us(fn: Callable[[], object], n: int = 2000) -> float:
    for _ in range(200):
        fn()
    samples = []
    for _ in range(n):
        t = time.perf_counter_ns()
        fn()
        samples.append(time.perf_counter_ns() - t)
    return statistics.median(samples) / 1000


def main() -> None:
    ledger = hague.ledger.default()
    engine = engine_of(ledger)
    facts = ledger.facts("UKR")
    day = date(2022, 3, 1)
    queries = {
        "war crimes, UKR/RUS, 2022 (one period)": Conduct.build(
            crime="war_crimes", start="2022-02-24", end="2022-12-31", territories=["UKR"], nationalities=["RUS"]
        ),
        "crimes against humanity, BDI, 2015-2018 (withdrawal)": Conduct.build(
            crime="crimes_against_humanity", start="2015-04-26", end="2018-01-01", territories=["BDI"]
        ),
        "aggression, RUS against UKR": Conduct.build(
            crime="aggression", start="2022-02-24", end="2022-12-31", territories=["UKR"], aggressor="RUS", victim="UKR"
        ),
    }
    baseline = median_us(lambda: facts.status(day))
    print(f"baseline: one status look-up (StateFacts.status): {baseline:.2f} us")
    for name, q in queries.items():
        t = median_us(lambda q=q: engine.decide(q))
        print(
            f"decide: {name}: median {t:.1f} us = {t / baseline:.0f}x baseline; goal <= 100 us: "
            f"{'met' if t <= 100 else 'NOT met'}"
        )


if __name__ == "__main__":
    main()
