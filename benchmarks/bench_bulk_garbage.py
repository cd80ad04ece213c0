"""Rows of garbage against rows of State names (issue 18, item 11: invalid rows must cost no more
than valid ones), the whole `hague bulk` process on CSV files of the same shape.

Three files of N rows (date, territory, crime): every territory a different random string of
ten letters (no State's name); every territory a different spelling of a State's name or
official name (random upper and lower case: each is looked up like a new name); the same
twenty names over and over (the usual file). Names are resolved once per distinct value, so
the first two pay a look-up per row and the third almost none.

    .venv/bin/python benchmarks/bench_bulk_garbage.py [--rows 200000]
"""

from __future__ import annotations

import argparse
import random
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hague.ledger import names

HAGUE = str(Path(sys.executable).with_name("hague"))


def write(path: Path, territories: list[str]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("date,territory,crime\n")
        for t in territories:
            f.write(f'2019-06-01,"{t}",war_crimes\n')


def run(src: Path, dst: Path) -> float:
    start = time.perf_counter()
    subprocess.run([HAGUE, "bulk", str(src), str(dst)], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeats", type=int, default=3)
    n = parser.parse_args().rows
    repeats = parser.parse_args().repeats
    rng = random.Random(18)
    spelled = [s for iso3 in names.all_states() for s in (names.name(iso3), names.official_name(iso3))]
    files = {
        "garbage, each row its own": ["".join(rng.choices(string.ascii_lowercase, k=10)) for _ in range(n)],
        "State names, each row its own spelling": [
            "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in rng.choice(spelled)) for _ in range(n)
        ],
        "twenty State names, repeated": [spelled[i % 40] for i in range(n)],
    }
    with tempfile.TemporaryDirectory() as tmp:
        times: dict[str, list[float]] = {k: [] for k in files}
        for label, territories in files.items():
            write(Path(tmp, f"{len(times[label])}-{hash(label)}.csv"), territories)
        for _ in range(repeats):  # interleaved, so that a busy machine weighs on each alike
            for label in files:
                src = Path(tmp, f"0-{hash(label)}.csv")
                times[label].append(run(src, Path(tmp, "out.csv")))
        best = {k: min(v) for k, v in times.items()}
        base = best["State names, each row its own spelling"]
        print(f"{n:,} rows, best of {repeats} whole `hague bulk` runs:")
        for label, t in best.items():
            print(f"  {label:42} {t:7.2f} s  {t / base:5.2f}x the distinct State names")


if __name__ == "__main__":
    main()
