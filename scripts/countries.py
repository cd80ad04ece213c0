"""Write src/hague/ledger/countries.json from country_converter's table.

hague resolves the names users type with country_converter's own regular expressions and
codes; this copies the columns it reads, so that answering needs neither the library nor
pandas. Run after upgrading country_converter; tests/test_names.py fails while the copy
differs from the installed library.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

TARGET = Path(__file__).resolve().parents[1] / "src" / "hague" / "ledger" / "countries.json"
COLUMNS = ("ISO3", "ISO2", "ISOnumeric", "name_short", "name_official", "regex", "UNmember")


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
            ]
        )
    return {
        "source": f"country_converter {coco.__version__} (country_data.tsv), columns {', '.join(COLUMNS)}",
        "columns": list(COLUMNS),
        "rows": rows,
    }


def render(data: dict[str, Any]) -> str:
    lines = [json.dumps(row, ensure_ascii=False) for row in data["rows"]]
    head = {k: v for k, v in data.items() if k != "rows"}
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "rows": [\n' + ",\n".join(lines) + "\n]}\n"


if __name__ == "__main__":
    TARGET.write_text(render(table()), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
