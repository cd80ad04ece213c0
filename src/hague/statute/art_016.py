"""Article 16: Deferral of investigation or prosecution."""

from __future__ import annotations

from datetime import date

from hague.ledger.model import Deferral, Text
from hague.trace import Trace, msg


def art_16(deferrals: list[Deferral], start: date, end: date, trace: Trace) -> None:
    """Art. 16: a Security Council request under Chapter VII suspends investigation or
    prosecution for twelve months. It does not remove jurisdiction; whether it reaches a
    case depends on the persons concerned, so it is reported, not decided."""
    for d in deferrals:
        if d.start <= end and start < d.end:
            trace.add(
                "16",
                msg("Did a Security Council deferral (Res {resolution}) apply in the period?", resolution=d.resolution),
                None,
                msg(
                    "from {start} to {end}: {scope} Proceedings within its scope were suspended; "
                    "not decided here (depends on the persons).",
                    start=d.start,
                    end=d.end,
                    scope=Text(d.scope),  # the data's words, in English only (a page marks them)
                ),
            )
