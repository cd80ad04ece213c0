"""Article 26: Exclusion of jurisdiction over persons under eighteen."""

from __future__ import annotations

from hague.trace import Trace, msg


def art_26(age: int | None, trace: Trace) -> bool:
    """Art. 26: no jurisdiction over a person under eighteen at the time of the alleged
    commission of a crime."""
    if age is None:
        trace.add("26", msg("Was the person at least 18 at the time?"), None, msg("age not given: assumed an adult"))
        return True
    holds = age >= 18
    trace.add(
        "26",
        msg("Was the person at least 18 at the time?"),
        holds,
        msg("aged {age}", age=age)
        if holds
        else msg("aged {age}: the Court has no jurisdiction over persons under eighteen", age=age),
    )
    return holds
