"""Standard State identifiers for research data: ISO 3166 and UN M49 (country_converter),
Correlates of War and Gleditsch-Ward (data/systems/, the lists as their publishers give
them; a State in neither list, such as Niue, has no code: never guessed)."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from hague.export.systems import load
from hague.ledger import names


@cache
def codes(systems: Path) -> pd.DataFrame:
    """One row per State; `cow_code` and `gw_code` are the codes of its latest spell in each
    list (a panel's rows carry the code of their own day: Serbia is 345 in the GW list to
    2006-06-04, 340 from the next day)."""
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    import country_converter as coco

    table = coco.CountryConverter().data.set_index("ISO3")
    lists = load(systems)
    rows: list[dict[str, Any]] = []
    for iso3 in names.all_states():
        row = table.loc[iso3]
        rows.append(
            {
                "iso3": iso3,
                "iso2": str(row["ISO2"]),
                "iso_numeric": names.numeric(iso3),
                "name": names.name(iso3),
                "cow_code": lists.code("cow", iso3),
                "gw_code": lists.code("gw", iso3),
                "m49_region": str(row["UNregion"]),
                "un_member_since": names.un_member_since(iso3),
            }
        )
    frame = pd.DataFrame(rows)
    for col in ("cow_code", "gw_code", "un_member_since"):
        frame[col] = frame[col].astype("Int64")
    return frame
