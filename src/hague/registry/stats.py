"""Coverage analytics: where the Prosecutor has looked, how, how fast, with what outcome,
and against which membership, so that claims like "the Court only targets Africa" can be
checked against the record on any date."""

from __future__ import annotations

import statistics
import textwrap
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from hague import i18n
from hague.errors import HagueError
from hague.ledger import GROUPS, Ledger
from hague.registry.model import SituationKind, Stage
from hague.registry.registry import of as registry_of
from hague.registry.registry import public_on, stage_on, status_on

_STARTS = {SituationKind.pe_opened, SituationKind.referral, SituationKind.declaration_12_3}
_INVESTIGATION = {SituationKind.authorised, SituationKind.investigation_opened}
SOURCES = (
    "Sources: hague data/situations (ICC decisions and press releases) and data/states "
    "(UN depositary records); regional groups as used by the Assembly of States Parties."
)


def stats(ledger: Ledger, on: date | None = None, lang: str = "en") -> dict[str, Any]:
    """The analytics as of `on` (today by default); `sources`, the one line of words, in `lang`."""
    day = on or date.today()
    registry = registry_of(ledger)
    by_group: dict[str, Counter[str]] = {g: Counter() for g in GROUPS}
    by_trigger: Counter[str] = Counter()
    pe_by_year: Counter[int] = Counter()
    inv_by_year: dict[int, Counter[str]] = {}
    waits: list[dict[str, Any]] = []
    for entry in registry.entries.values():
        s = entry.situation
        stage = stage_on(s, day)
        if stage is None:
            continue
        groups = sorted({ledger.groups[st] for st in s.states if st in ledger.groups})
        for g in groups:
            by_group[g][stage.value] += 1
        by_trigger[s.trigger.value] += 1
        events = [e for e in s.events if e.date <= day]
        first = next((e.date for e in events if e.kind in _STARTS), None)
        opened = next((e.date for e in events if e.kind in _INVESTIGATION), None)
        if first is not None:
            pe_by_year[first.year] += 1
        if opened is not None:
            for g in groups:
                inv_by_year.setdefault(opened.year, Counter())[g] += 1
            if first is not None:
                waits.append({"situation": entry.slug, "days": (opened - first).days})
    outcomes: Counter[str] = Counter()
    uncertain = 0  # warrants made public on a day known only within bounds that hold `day`
    for entry in registry.entries.values():
        for c in entry.situation.cases:
            st = status_on(c, day)
            public = public_on(c, day)
            if st is not None and public:
                outcomes[st.value] += 1
            elif st is not None and public is None:
                uncertain += 1
    years = range(2003, day.year + 1)
    parties_over_time = {
        str(y): {g: v["count"] for g, v in ledger.parties(date(y, 1, 1))["by_group"].items()}
        for y in years
        if date(y, 1, 1) <= day
    }
    days: list[int] = [w["days"] for w in waits]
    return {
        "on": day.isoformat(),
        "situations_by_group": {
            g: {"total": sum(c.values()), **{st.value: c.get(st.value, 0) for st in Stage}} for g, c in by_group.items()
        },
        "situations_by_trigger": dict(sorted(by_trigger.items())),
        "preliminary_examinations_by_year": {str(y): n for y, n in sorted(pe_by_year.items())},
        "investigations_by_year": {str(y): dict(c) for y, c in sorted(inv_by_year.items())},
        "examination_to_investigation_days": {
            "median": statistics.median(days) if days else None,
            "situations": sorted(waits, key=lambda w: w["days"]),
        },
        "case_outcomes": dict(sorted(outcomes.items())),
        "case_outcomes_uncertain": uncertain,
        "parties_by_group_on_1_january": parties_over_time,
        "sources": sources(lang),
        "meta": ledger.meta,
    }


def sources(lang: str = "en") -> str:
    """The sources line of the analytics and their charts, in `lang` (en, fr, es)."""
    return SOURCES if lang == "en" else i18n.text(lang, "chart.sources")


def chart(data: dict[str, Any], path: Path, lang: str = "en") -> Path:
    """Four panels, colour-blind-safe, with the sources in the caption; PNG or SVG by suffix.
    Titles, axis labels, legends and the source line in `lang` (en, fr, es: the message
    catalogue's `chart.*`, the case statuses' `case.*`)."""
    if path.suffix.lower() not in (".png", ".svg"):
        raise HagueError(f"chart: {path.name!r} must end in .png or .svg", field="chart", valid=[".png", ".svg"])
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.fonttype"] = "none"  # real text in SVG: searchable, accessible
    import matplotlib.pyplot as plt

    def t(key: str, **params: Any) -> str:
        return i18n.text(lang, key, **params)

    short = {g: t(f"chart.group.{g}") for g in GROUPS}
    colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"]  # Okabe-Ito
    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    fig.suptitle(t("chart.title", date=data["on"]), fontsize=14)

    ax = axes[0][0]
    stages = [
        (stage, t(f"chart.stage.{stage}"), hatch)
        for stage, hatch in (
            ("preliminary_examination", "//"),
            ("investigation", ""),
            ("completed", ".."),
            ("closed", "xx"),
        )
    ]
    left = [0] * len(GROUPS)
    for (key, label, hatch), colour in zip(stages, colours, strict=False):
        values = [data["situations_by_group"][g][key] for g in GROUPS]
        ax.barh(
            [short[g] for g in GROUPS], values, left=left, label=label, color=colour, hatch=hatch, edgecolor="white"
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_title(t("chart.by_group"))
    ax.set_xlabel(t("chart.by_group.axis"))
    ax.legend(fontsize=8, loc="lower right")
    ax.invert_yaxis()

    ax = axes[0][1]
    years = sorted(data["investigations_by_year"])
    bottom = [0] * len(years)
    for g, colour in zip(GROUPS, colours, strict=True):
        values = [data["investigations_by_year"][y].get(g, 0) for y in years]
        ax.bar(years, values, bottom=bottom, label=short[g], color=colour)
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    ax.set_title(t("chart.investigations"))
    ax.set_ylabel(t("chart.investigations.axis"))
    ax.tick_params(axis="x", rotation=90, labelsize=8)
    ax.legend(fontsize=8)

    ax = axes[1][0]
    outcomes = data["case_outcomes"]
    ax.barh([t(f"case.{k}") for k in outcomes], list(outcomes.values()), color=colours[0])
    for i, v in enumerate(outcomes.values()):
        ax.text(v, i, f" {v}", va="center", fontsize=9)
    ax.set_title(t("chart.persons"))
    ax.set_xlabel(t("chart.persons.axis"))
    ax.invert_yaxis()

    ax = axes[1][1]
    series = data["parties_by_group_on_1_january"]
    ys = sorted(series)
    for g, colour, style in zip(GROUPS, colours, ["-", "--", "-.", ":", "-"], strict=True):
        ax.plot([int(y) for y in ys], [series[y][g] for y in ys], style, color=colour, label=short[g], linewidth=2)
    ax.set_title(t("chart.parties"))
    ax.set_ylabel(t("chart.parties.axis"))
    ax.legend(fontsize=8)

    # the source line carries the data version and the day, as every download of the web app does
    version = data.get("meta", {}).get("data_version")
    # wrapped to the figure's width (a French or Spanish line is longer), the version on a line of its own
    lines = textwrap.wrap(sources(lang), width=230, break_on_hyphens=False)
    if version:
        lines.append(t("chart.data", version=version, date=data["on"]))
    fig.text(0.01, 0.005, "\n".join(lines), fontsize=8, ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.005 + 0.016 * len(lines), 1, 0.96))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
