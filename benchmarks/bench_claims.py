"""`hague check` on the labelled evaluation set (tests/claims/evaluation.yaml): claim-finding recall
and precision, verdict accuracy on found claims, and the time per 1,000 sentences against a baseline
measured in the same run (one `Ledger.status` answer per sentence).

Goals (issue 7): recall >= 90%, precision >= 90%, verdict accuracy >= 95%. Run:
    .venv/bin/python benchmarks/bench_claims.py [--show]
`--show` lists the misses, the extra claims and the wrong verdicts.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.claims.evaluation import GOALS, Score, load, score  # noqa: E402

import hague  # noqa: E402
from hague.claims import check  # noqa: E402


def line(name: str, s: Score) -> None:
    print(
        f"{name}: {s.sentences} sentences, {s.expected} claims expected, {s.found} found, {s.matched} matched, "
        f"{s.right} right"
    )
    for label, value, goal in (
        ("recall", s.recall, GOALS["recall"]),
        ("precision", s.precision, GOALS["precision"]),
        ("verdict accuracy", s.verdict_accuracy, GOALS["verdict_accuracy"]),
    ):
        print(f"  {label:<17} {value:7.1%}  goal >= {goal:.0%}: {'met' if value >= goal else 'NOT met'}")


def per_thousand(fn, sentences: list[tuple[str, date]], repeats: int = 5) -> float:
    """Median seconds per 1,000 sentences over `repeats` passes (after one warm-up pass)."""
    for text, day in sentences:
        fn(text, day)
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        for text, day in sentences:
            fn(text, day)
        runs.append((time.perf_counter() - started) * 1000 / len(sentences))
    return statistics.median(runs)


def main() -> None:
    ledger = ledger_ = hague.ledger.default()
    items = load()
    every = score(items, ledger)
    held = score([i for i in items if i.get("split") == "heldout"], ledger)
    line("all sentences", every)
    line("held-out sentences", held)
    if "--show" in sys.argv:
        for title, rows in (("misses", every.misses), ("extra claims", every.extras), ("wrong verdicts", every.wrong)):
            print(f"{title}:")
            for row in rows:
                print(f"  {row}")
    sentences = [(i["sentence"], i["as_of"]) for i in items]
    baseline = per_thousand(lambda _text, day: ledger_.status("BDI", day), sentences)
    checked = per_thousand(lambda text, day: check(text, day, ledger), sentences)
    print(
        f"time per 1,000 sentences: check {checked:.2f} s = {checked / baseline:.0f}x baseline "
        f"(one Ledger.status answer per sentence: {baseline * 1000:.1f} ms per 1,000)"
    )


if __name__ == "__main__":
    main()
