"""Write src/hague/ledger/countries.json from country_converter's table.

hague resolves the names users type with country_converter's own regular expressions and
codes; this copies the columns it reads, so that answering needs neither the library nor
pandas. Run after upgrading country_converter; tests/test_names.py fails while the copy
differs from the installed library.
"""

from __future__ import annotations

import json
import logging
import re
import re._constants as sre
import re._parser as sre_parse
import sys
from pathlib import Path
from typing import Any

TARGET = Path(__file__).resolve().parents[1] / "src" / "hague" / "ledger" / "countries.json"
COLUMNS = ("ISO3", "ISO2", "ISOnumeric", "name_short", "name_official", "regex", "UNmember")


def needles(regex: str) -> list[str]:
    """Lower-case ASCII strings one of which every text the regex matches contains (the longest
    such set found): names.py runs a regex only on text holding one of its needles, so a name
    that is no State's costs a few dictionary look-ups instead of ~250 regex searches."""
    found = _need(sre_parse.parse(regex, re.IGNORECASE))
    return sorted(found) if found else []


def _need(items: Any) -> set[str] | None:
    best: set[str] | None = None
    run: list[str] = []

    def take(candidates: set[str] | None) -> None:
        nonlocal best
        if candidates and (best is None or min(map(len, candidates)) > min(map(len, best))):
            best = candidates

    def flush() -> None:
        if run:
            take({"".join(run)})
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        if op is sre.SUBPATTERN:
            take(_need(av[3]))
        elif op is sre.BRANCH:
            each = [_need(branch) for branch in av[1]]
            if all(each):
                take(set().union(*each))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            take(_need(av[2]))
        elif op is sre.ASSERT and av[0] == 1:  # a lookahead: what it looks for is in the text
            take(_need(av[1]))
    flush()
    return best


def table() -> dict[str, Any]:
    import country_converter as coco

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    data = coco.CountryConverter().data
    rows = []
    for rec in data[list(COLUMNS)].to_dict("records"):
        un = rec["UNmember"]
        rows.append(
            [
                str(rec["ISO3"]),
                str(rec["ISO2"]),
                int(rec["ISOnumeric"]),
                str(rec["name_short"]),
                str(rec["name_official"]),
                str(rec["regex"]),
                None if un is None or un != un else int(un),  # missing or NaN: not a UN member
                needles(str(rec["regex"])),
            ]
        )
    return {
        "source": f"country_converter {coco.__version__} (country_data.tsv), columns {', '.join(COLUMNS)}",
        "columns": [*COLUMNS, "needles"],
        "rows": rows,
    }


def render(data: dict[str, Any]) -> str:
    lines = [json.dumps(row, ensure_ascii=False) for row in data["rows"]]
    head = {k: v for k, v in data.items() if k != "rows"}
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": [\n' + ",\n".join(lines) + "\n]}\n"


if __name__ == "__main__":
    TARGET.write_text(render(table()), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
