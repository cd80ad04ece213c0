"""Start-up of whole `hague` processes, as a user scripting look-ups runs them.

Each command is run as a fresh process, interleaved with the baseline (`python -c "import
typer"`, a bare Typer program's import) so that both see the same machine; the figure is
the median wall time of --runs runs (default 9) and its ratio to the baseline's median.
Goal (issue 13): at most 2.0x for --version, status, parties and a jurisdiction question.

    .venv/bin/python benchmarks/bench_start.py [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HAGUE = str(Path(sys.executable).with_name("hague"))
BASELINE = ("import typer (baseline)", [sys.executable, "-c", "import typer"])
COMMANDS = [
    ("hague --version", [HAGUE, "--version"]),
    ("hague status BDI --json", [HAGUE, "status", "BDI", "--json"]),
    ("hague parties", [HAGUE, "parties"]),
    (
        "hague jurisdiction (war crimes, UKR/RUS, 2022)",
        [
            HAGUE,
            "jurisdiction",
            "--crime",
            "war_crimes",
            "--from",
            "2022-03-01",
            "--territory",
            "UKR",
            "--nationality",
            "RUS",
            "--json",
        ],
    ),
    ("hague situations", [HAGUE, "situations", "--json"]),
    ("hague timeline PHL", [HAGUE, "timeline", "PHL"]),
]
GOAL = 2.0
GOAL_COMMANDS = 4  # the first four carry the goal


def once(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    # Bytecode compiled ahead, as pip does for an installed wheel (and `make setup` for the
    # checkout): without it, every run recompiles hague where PYTHONDONTWRITEBYTECODE is set.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(__file__).parents[1] / "src" / "hague")], check=True
    )
    for _, argv in [BASELINE, *COMMANDS]:  # warm the snapshot and the OS file cache
        once(argv)
    times: dict[str, list[float]] = {name: [] for name, _ in [BASELINE, *COMMANDS]}
    for _ in range(args.runs):
        for name, argv in COMMANDS:
            times[BASELINE[0]].append(once(BASELINE[1]))
            times[name].append(once(argv))
    base = statistics.median(times[BASELINE[0]])
    print(f"medians of {args.runs} interleaved runs; baseline {BASELINE[0]}: {base * 1000:.1f} ms")
    print(f"{'command':<50} {'median':>9} {'ratio':>7}  goal")
    for i, (name, _) in enumerate(COMMANDS):
        med = statistics.median(times[name])
        goal = f"<= {GOAL:.1f}x {'met' if med / base <= GOAL else 'MISSED'}" if i < GOAL_COMMANDS else ""
        print(f"{name:<50} {med * 1000:>7.1f}ms {med / base:>6.2f}x  {goal}")


if __name__ == "__main__":
    main()
