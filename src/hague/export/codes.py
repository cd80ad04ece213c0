"""Standard State identifiers for research data, from maintained libraries: ISO 3166 and
UN M49 (country_converter), Correlates of War and Gleditsch-Ward (countrycode, the Python
port of the R package of that name). A code a library lacks stays empty, never guessed."""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

import pandas as pd

from hague.ledger import names


@cache
def codes() -> pd.DataFrame:
    from countrycode import countrycode

    logging.getLogger("country_converter").setLevel(logging.ERROR)
    import country_converter as coco

    table = coco.CountryConverter().data.set_index("ISO3")
    states = names.all_states()
    cow = countrycode(states, origin="iso3c", destination="cown")
    gw = countrycode(states, origin="iso3c", destination="gwn")
    rows: list[dict[str, Any]] = []
    for iso3, c, g in zip(states, cow, gw, strict=True):
        row = table.loc[iso3]
        rows.append(
            {
                "iso3": iso3,
                "iso2": str(row["ISO2"]),
                "iso_numeric": names.numeric(iso3),
                "name": names.name(iso3),
                "cow_code": int(c) if c is not None else None,
                "gw_code": int(g) if g is not None else None,
                "m49_region": str(row["UNregion"]),
                "un_member_since": names.un_member_since(iso3),
            }
        )
    frame = pd.DataFrame(rows)
    frame["cow_code"] = frame["cow_code"].astype("Int64")
    frame["gw_code"] = frame["gw_code"].astype("Int64")
    frame["un_member_since"] = frame["un_member_since"].astype("Int64")
    return frame
