"""Article 26: Exclusion of jurisdiction over persons under eighteen."""

from __future__ import annotations

from hague.trace import Trace


def art_26(age: int | None, trace: Trace) -> bool:
    """Art. 26: no jurisdiction over a person under eighteen at the time of the alleged
    commission of a crime."""
    if age is None:
        trace.add("26", "Was the person at least 18 at the time?", None, "age not given: assumed an adult")
        return True
    holds = age >= 18
    trace.add(
        "26",
        "Was the person at least 18 at the time?",
        holds,
        f"aged {age}" + ("" if holds else ": the Court has no jurisdiction over persons under eighteen"),
    )
    return holds
