"""Claim checking on adversarial text: each family against ordinary text of the same size.

Ordinary text is the labelled evaluation sentences (tests/claims/evaluation.yaml) run
together; each adversarial family is built to the same size. The figure is the time of one
`hague.claims.check` call and its ratio to the ordinary text's; goal (issue 18): every family
within 10x (time linear in the size, no catastrophic backtracking). Sizes: --kb (default 100).

    .venv/bin/python benchmarks/bench_adversarial.py [--kb 100]
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

import yaml

from hague.claims import check
from hague.ledger import default

ROOT = Path(__file__).resolve().parents[1]


def ordinary(size: int) -> str:
    items = yaml.safe_load((ROOT / "tests" / "claims" / "evaluation.yaml").read_text(encoding="utf-8"))["items"]
    text = " ".join(i["sentence"] for i in items)
    return (text + " ") * (size // len(text) + 1)


FAMILIES = {
    "capitals, colon, date (dateline)": lambda n: ("A" * 60 + ": 17 March 2023 - Russia signed.\n") * (n // 93 + 1),
    "abbreviations (Mr. Mr. ...)": lambda n: "Mr. " * (n // 4),
    "one long digit run": lambda n: "1" * n,
    "digits and dates": lambda n: "On 12 12 12 2012 12-12-2012 1212 " * (n // 33 + 1),
    "repeated trigger words": lambda n: "ratified withdrew signed acceded left joined " * (n // 46 + 1),
    "repeated State names": lambda n: "Burundi Philippines Russia South Africa the Gambia " * (n // 52 + 1),
    "nested brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "no spaces": lambda n: "Burundi" * (n // 7),
    "one unbroken sentence": lambda n: "Burundi, which ratified the Rome Statute, " * (n // 42 + 1),
    "blank lines": lambda n: "\n\n" * (n // 2),
    "quotes and dashes": lambda n: '"\u201c\u2014-\u2019\u2018 ' * (n // 7 + 1),
}


def timed(text: str, ledger: object) -> float:
    started = time.perf_counter()
    check(text, date(2020, 1, 1), ledger)  # type: ignore[arg-type]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=100)
    args = parser.parse_args()
    size = args.kb * 1000
    ledger = default()
    check("Burundi left the ICC in 2017.", date(2020, 1, 1), ledger)  # warm up
    base_text = ordinary(size)[:size]
    base = min(timed(base_text, ledger) for _ in range(3))
    rate = len(base_text) / base / 1000
    print(f"ordinary text, {len(base_text):,} characters: {base * 1000:.0f} ms ({rate:.0f} KB/s)")
    print(f"{'family':<36} {'time':>9} {'ratio':>7}  goal <= 10x")
    for name, make in FAMILIES.items():
        text = make(size)[:size]
        took = min(timed(text, ledger) for _ in range(2))
        verdict = "met" if took / base <= 10 else "MISSED"
        print(f"{name:<36} {took * 1000:>7.0f}ms {took / base:>6.1f}x  {verdict}")


if __name__ == "__main__":
    main()
