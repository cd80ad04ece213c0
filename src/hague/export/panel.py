"""Country-year and country-day panels of the Rome Statute record, for research.

One row per State and period, with standard identifiers and coded variables; every
variable is described in CODEBOOK (rendered to docs/codebook.md and into Stata labels).
Computed per State on arrays of days from the same compiled facts the rules use.
"""

from __future__ import annotations

import gzip
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from hague.errors import HagueError
from hague.export.atomic import atomic_path
from hague.export.codes import codes
from hague.export.formats import PANEL_EXTENSIONS, PANEL_FORMATS, choose
from hague.export.systems import Spell, folder_for, iso_since, load
from hague.export.systems import check as check_system
from hague.ledger import Ledger
from hague.ledger.status import Status
from hague.registry import of as registry_of
from hague.registry.registry import public_day

IDENTIFIERS = {
    "iso3": "ISO 3166-1 alpha-3 code",
    "iso2": "ISO 3166-1 alpha-2 code",
    "iso_numeric": "ISO 3166-1 numeric code (three digits, as text)",
    "name": "English short name",
    "cow_code": "Correlates of War state number on the day (a year: on the State's last day in the system that "
    "year), from data/systems/cow.csv (COW v2016); empty where the State is in no spell of that list",
    "gw_code": "Gleditsch-Ward state number on the day (a year: as cow_code), from data/systems/gw.csv "
    "(ksgmdw.txt and microstates.txt); empty where the State is in no spell of that list",
    "m49_region": "UN M49 sub-region (country_converter)",
    "asp_group": "regional group of the Assembly of States Parties",
}
YEAR_VARIABLES = {
    "year": "calendar year",
    "status_jan1": "status on 1 January, or on the State's first day in the system that year (non_signatory, "
    "signatory, signature_withdrawn, ratified_not_in_force, "
    "party, party_withdrawal_pending, withdrawn)",
    "status_dec31": "status on 31 December, or on the State's last day in the system that year (same values); "
    "every *_jan1 and *_dec31 variable reads those days",
    "party_jan1": "1 if a State Party on 1 January (Statute in force, withdrawal not yet effective)",
    "party_dec31": "1 if a State Party on 31 December",
    "days_party": "days in the year as a State Party (in the system)",
    "signatory_dec31": "1 if signed, not a party and signature not withdrawn on 31 December",
    "signature_withdrawn_dec31": "1 if a notice of intent not to become a party was in effect on 31 December",
    "withdrawal_pending_dec31": "1 if a withdrawal was notified and not yet effective on 31 December",
    "declaration_12_3": "1 if a declaration under art. 12(3) (given effect) covered any day of the year",
    "art124_in_effect": "1 if an art. 124 declaration was in effect on any day of the year",
    "aggression_accepted_dec31": "1 if the State had deposited its acceptance of the aggression amendments "
    "by 31 December",
    "aggression_in_force_dec31": "1 if the aggression amendments were in force for the State on 31 December "
    "(art. 121(5))",
    "situations_dec31": "situations concerning the State examined or investigated by 31 December (cumulative)",
    "charged_nationals_dec31": "nationals of the State publicly charged by the Court by 31 December (cumulative; "
    "a warrant issued under seal counts from the day it was made public, one made public on a day known only "
    "within bounds from the last of them)",
    "charged_uncertain_dec31": "nationals of the State whose warrant, issued under seal, was made public on "
    "a day known only within bounds that hold 31 December: not known whether publicly charged then, not counted "
    "in charged_nationals_dec31",
    "projected": "1 if 31 December is after the export day (answered from pending events, e.g. a withdrawal "
    "notified but not yet effective)",
}
DAY_VARIABLES = {
    "date": "day",
    "status": "status on the day (values as status_jan1)",
    "party": "1 if a State Party on the day",
    "signatory": "1 if signed, not a party, signature not withdrawn",
    "signature_withdrawn": "1 if a notice of intent not to become a party was in effect",
    "withdrawal_pending": "1 if a withdrawal was notified and not yet effective",
    "declaration_12_3": "1 if a declaration under art. 12(3) (given effect) covered the day",
    "art124_in_effect": "1 if an art. 124 declaration was in effect",
    "aggression_in_force": "1 if the aggression amendments were in force for the State (art. 121(5))",
    "situations": "situations concerning the State examined or investigated by then (cumulative)",
    "charged_nationals": "nationals of the State publicly charged by then (cumulative; a warrant issued under "
    "seal counts from the day it was made public, one made public on a day known only within bounds from the last "
    "of them)",
    "charged_uncertain": "nationals of the State whose warrant, issued under seal, was made public on a "
    "day known only within bounds that hold the day: not known whether publicly charged then, not counted in "
    "charged_nationals",
    "projected": "1 if the day is after the export day",
}
CODEBOOK = {"identifiers": IDENTIFIERS, "year": YEAR_VARIABLES, "day": DAY_VARIABLES}
STATUSES = [s.value for s in Status]
FORMATS = PANEL_FORMATS
UNITS = ("year", "day")
FIRST_YEAR = 1998


def _ordinal(d: date) -> int:
    return d.toordinal()


def _state_days(ledger: Ledger, iso3: str, days: np.ndarray[Any, Any], firsts: dict[str, Any]) -> dict[str, Any]:
    """Every daily variable for one State over `days` (ordinals)."""
    f = ledger.facts(iso3)
    starts = np.array([_ordinal(s) if s != date.min else -(10**9) for s in f.starts])
    status_idx = np.searchsorted(starts, days, side="right") - 1
    status_codes = np.array([STATUSES.index(s.value) for s in f.statuses])[status_idx]

    def between(lo: date | None, hi: date | None) -> np.ndarray[Any, Any]:
        lo_o = _ordinal(lo) if lo else -(10**9)
        hi_o = _ordinal(hi) if hi else 10**9
        return (days >= lo_o) & (days < hi_o)

    decl = np.zeros(len(days), dtype=bool)
    for e in f.declarations_12_3:
        assert e.period is not None
        decl |= between(e.period.start, e.period.end)
    art124 = np.zeros(len(days), dtype=bool)
    for d in f.art_124:
        art124 |= between(d.start, d.end)
    agg_from, agg_event = f.amendments.get("aggression-2010", (None, None))
    agg_force = between(agg_from, None) if agg_from else np.zeros(len(days), dtype=bool)
    agg_accepted = between(agg_event.date, None) if agg_event else np.zeros(len(days), dtype=bool)
    situations = np.searchsorted(np.sort(firsts["situations"].get(iso3, np.array([], dtype=int))), days, side="right")
    charged = np.searchsorted(np.sort(firsts["charged"].get(iso3, np.array([], dtype=int))), days, side="right")
    maybe = np.searchsorted(np.sort(firsts["charged_from"].get(iso3, np.array([], dtype=int))), days, side="right")
    return {
        "status_code": status_codes,
        "declaration_12_3": decl,
        "art124_in_effect": art124,
        "aggression_in_force": agg_force,
        "aggression_accepted": agg_accepted,
        "situations": situations,
        "charged_nationals": charged,
        "charged_uncertain": maybe - charged,
    }


def _firsts(ledger: Ledger) -> dict[str, dict[str, np.ndarray[Any, Any]]]:
    """Day (ordinal) each situation concerning a State began, and each national was publicly
    charged for certain (`charged`) and at the earliest (`charged_from`: before it where the
    day of an unsealing is known only within bounds), as the registry's `public_day` gives it."""
    situations: dict[str, list[int]] = {}
    charged: dict[str, list[int]] = {}
    charged_from: dict[str, list[int]] = {}
    for entry in registry_of(ledger).entries.values():
        s = entry.situation
        if s.events:
            for iso3 in set(s.states):
                situations.setdefault(iso3, []).append(_ordinal(s.events[0].date))
        for c in s.cases:
            public = public_day(c)
            if c.nationality and public:
                charged.setdefault(c.nationality, []).append(_ordinal(public.latest))
                charged_from.setdefault(c.nationality, []).append(_ordinal(public.earliest))
    return {
        "situations": {k: np.array(v) for k, v in situations.items()},
        "charged": {k: np.array(v) for k, v in charged.items()},
        "charged_from": {k: np.array(v) for k, v in charged_from.items()},
    }


def _code_days(spells: list[Spell], days: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The code of the spell covering each day; -1 where none does."""
    out = np.full(len(days), -1, dtype=np.int64)
    for s in spells:
        hi = _ordinal(s.until) if s.until else 10**9
        out[(days >= _ordinal(s.since)) & (days < hi)] = s.code
    return out


def panel(
    ledger: Ledger, unit: str = "year", first: int | None = None, last: int | None = None, system: str = "iso"
) -> pl.DataFrame:
    """One row per State (and, under cow or gw, per code) and year or day, for the days the
    State is in the system (hague.export.systems)."""
    if unit not in UNITS:
        raise HagueError(f"unit: {unit!r} is not one of {', '.join(UNITS)}", field="unit", valid=list(UNITS))
    check_system(system)
    last = last or date.today().year
    first = first or FIRST_YEAR
    if first > last:
        raise HagueError(f"from: {first} is after to {last}", field="from")
    if first < 1900 or last > 2100:
        raise HagueError("from, to: years between 1900 and 2100", field="from")
    start, end = date(first, 1, 1), date(last, 12, 31)
    days = np.arange(_ordinal(start), _ordinal(end) + 1)
    firsts = _firsts(ledger)
    folder = folder_for(ledger.data_dir)
    ids = codes(folder).set_index("iso3")
    systems = load(folder)
    frames = []
    for iso3 in sorted(ledger.states):
        v = _state_days(ledger, iso3, days, firsts)
        cow = _code_days(systems.of("cow", iso3), days)
        gw = _code_days(systems.of("gw", iso3), days)
        if system == "iso":
            since = iso_since(ledger, iso3)
            member = days >= _ordinal(since) if since else np.ones(len(days), dtype=bool)
        else:
            member = (cow if system == "cow" else gw) >= 0
        if not member.any():
            continue
        frames.append(
            pl.DataFrame(
                {
                    "iso3": iso3,
                    "day": days[member],
                    "cow_code": cow[member],
                    "gw_code": gw[member],
                    **{k: v[k][member] for k in v},
                }
            )
        )
    daily = pl.concat(frames).with_columns(
        [pl.when(pl.col(c) >= 0).then(pl.col(c)).otherwise(None).alias(c) for c in ("cow_code", "gw_code")]
    )
    codes_map = {i: s for i, s in enumerate(STATUSES)}
    party_codes = [STATUSES.index("party"), STATUSES.index("party_withdrawal_pending")]
    daily = daily.with_columns(
        pl.col("status_code").replace_strict(codes_map, return_dtype=pl.String).alias("status"),
        pl.col("status_code").is_in(party_codes).alias("party"),
        (pl.col("status_code") == STATUSES.index("signatory")).alias("signatory"),
        (pl.col("status_code") == STATUSES.index("signature_withdrawn")).alias("signature_withdrawn"),
        (pl.col("status_code") == STATUSES.index("party_withdrawal_pending")).alias("withdrawal_pending"),
    )
    today = _ordinal(date.today())
    daily = daily.with_columns((pl.col("day") > today).alias("projected"))
    origin = _ordinal(date(1970, 1, 1))
    if unit == "day":
        out = daily.select(
            "iso3",
            "cow_code",
            "gw_code",
            (pl.col("day") - origin).cast(pl.Date).alias("date"),
            *[c for c in DAY_VARIABLES if c != "date"],
        )
    else:
        daily = daily.with_columns((pl.col("day") - origin).cast(pl.Date).dt.year().alias("year"))
        keys = ["iso3", "year"] if system == "iso" else ["iso3", f"{system}_code", "year"]
        other = [c for c in ("cow_code", "gw_code") if c not in keys]
        out = daily.group_by(keys, maintain_order=True).agg(
            pl.col("day").min().alias("first_day"),
            *[pl.col(c).last() for c in other],
            pl.col("status").first().alias("status_jan1"),
            pl.col("status").last().alias("status_dec31"),
            pl.col("party").first().alias("party_jan1"),
            pl.col("party").last().alias("party_dec31"),
            pl.col("party").sum().alias("days_party"),
            pl.col("signatory").last().alias("signatory_dec31"),
            pl.col("signature_withdrawn").last().alias("signature_withdrawn_dec31"),
            pl.col("withdrawal_pending").last().alias("withdrawal_pending_dec31"),
            pl.col("declaration_12_3").any().alias("declaration_12_3"),
            pl.col("art124_in_effect").any().alias("art124_in_effect"),
            pl.col("aggression_accepted").last().alias("aggression_accepted_dec31"),
            pl.col("aggression_in_force").last().alias("aggression_in_force_dec31"),
            pl.col("situations").last().alias("situations_dec31"),
            pl.col("charged_nationals").last().alias("charged_nationals_dec31"),
            pl.col("charged_uncertain").last().alias("charged_uncertain_dec31"),
            pl.col("projected").last().alias("projected"),
        )
    bools = [c for c, t in out.schema.items() if t == pl.Boolean]
    out = out.with_columns([pl.col(c).cast(pl.Int8) for c in bools])
    id_frame = pl.from_pandas(ids.reset_index()[["iso3", "iso2", "iso_numeric", "name", "m49_region"]])
    id_frame = id_frame.with_columns(
        pl.col("iso3").replace_strict(ledger.groups, default=None, return_dtype=pl.String).alias("asp_group")
    )
    joined = id_frame.join(out, on="iso3", how="inner")
    joined = joined.sort(["iso3", "year", "first_day"] if unit == "year" else ["iso3", "date"])  # spells in order
    variables = YEAR_VARIABLES if unit == "year" else DAY_VARIABLES
    return joined.select(*IDENTIFIERS, *variables)


def write(frame: pl.DataFrame, fmt: str | None, out: Path, unit: str, stamp: datetime | None = None) -> Path:
    """Write the panel in `fmt`, or in the format `out`'s extension names (formats.choose).
    `stamp`: the time to record in formats whose header carries one (Stata; R's gzip), instead
    of now, so that the same panel gives the same bytes."""
    fmt = choose(out, fmt, PANEL_EXTENSIONS, FORMATS)
    labels = {**IDENTIFIERS, **(YEAR_VARIABLES if unit == "year" else DAY_VARIABLES)}
    with atomic_path(out) as tmp:
        if fmt == "csv":
            frame.write_csv(tmp)
        elif fmt == "parquet":
            from hague.export import parquet

            parquet.write(frame.to_arrow(), tmp)  # integers with gaps stay integers in pandas
        elif fmt == "rds":
            import pyreadr

            pdf = frame.to_pandas()
            for col in ("cow_code", "gw_code"):
                pdf[col] = pdf[col].astype("float64")  # R: missing codes as NA
            if "date" in pdf:
                pdf["date"] = pdf["date"].dt.date  # R Date, not date-time
            pyreadr.write_rds(str(tmp), pdf)  # uncompressed, then gzip without a timestamp as R's own
            tmp.write_bytes(gzip.compress(tmp.read_bytes(), compresslevel=6, mtime=_mtime(stamp)))
        else:
            import pyreadstat

            pdf = frame.to_pandas()
            for col in ("cow_code", "gw_code"):
                pdf[col] = pdf[col].astype("float64")  # Stata: missing codes as missing numbers
            pyreadstat.write_dta(pdf, str(tmp), column_labels=[labels.get(c, c)[:80] for c in pdf.columns], version=15)
            if stamp is not None:
                _restamp_dta(tmp, stamp)
    return out


def _mtime(stamp: datetime | None) -> int:
    return 0 if stamp is None else int(stamp.replace(tzinfo=UTC).timestamp())


def _restamp_dta(path: Path, stamp: datetime) -> None:
    """Stata's header records when the file was written ("01 Dec 2026 17:16"): write `stamp`."""
    data = bytearray(path.read_bytes())
    tag = b"<timestamp>\x11"
    at = data.find(tag, 0, 400)
    if at < 0:
        raise HagueError("format: the Stata writer's header has no timestamp where expected", field="format")
    data[at + len(tag) : at + len(tag) + 17] = stamp.strftime("%d %b %Y %H:%M").encode("ascii")
    path.write_bytes(bytes(data))


def codebook_markdown() -> str:
    lines = [
        "# Codebook: hague research panels",
        "",
        "Written by `hague export panel`; generated from `hague.export.panel.CODEBOOK` (a test",
        "keeps this file equal to it). Statuses are derived from the sourced events in",
        "`data/states/` by the Statute's rules (art. 126 entry into force, art. 127(1) withdrawal,",
        "art. 121(5), art. 124), exactly as `hague status` derives them.",
        "",
        "## Which States, which days (`--system`)",
        "",
        "- `iso` (the default): every State hague covers, from 1 January of the year it was admitted",
        "  to the United Nations or of its first recorded treaty action, whichever is earlier; the",
        "  Holy See and Niue (not UN members, no recorded event) throughout. Year precision.",
        "- `cow`, `gw`: the days a State is in the Correlates of War list (v2016) or the",
        "  Gleditsch-Ward list with its microstates (data/systems/README.md), one row per State,",
        "  code and year (Serbia's GW rows for 2006 are one under 345 and one under 340). A spell",
        "  ending on the list's last day is read as continuing. The Cook Islands, Niue, Palestine and",
        "  the Holy See are in neither list.",
        "",
    ]
    for section, title in (("identifiers", "Identifiers (both units)"), ("year", "--unit year"), ("day", "--unit day")):
        lines += [f"## {title}", "", "| variable | meaning |", "|---|---|"]
        lines += [f"| `{k}` | {v} |" for k, v in CODEBOOK[section].items()]
        lines.append("")
    return "\n".join(lines)


__all__ = ["CODEBOOK", "FORMATS", "UNITS", "codebook_markdown", "panel", "write"]
