"""The ledger: load, validate, and status of any State on any day.

`default()` is the one ledger a process answers from unless told otherwise (the bundled
data, or HAGUE_DATA), built once.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hague.errors import LedgerInvalid
from hague.ledger.ledger import GROUPS, Ledger, Problem
from hague.ledger.status import Segment, Status


@cache
def _cached(data_dir: Path | None) -> Ledger:
    return Ledger(data_dir)


def default(data_dir: str | Path | None = None) -> Ledger:
    """The ledger on the bundled data (or `data_dir`), loaded once per process."""
    return _cached(Path(data_dir) if data_dir is not None else None)


__all__ = ["GROUPS", "Ledger", "LedgerInvalid", "Problem", "Segment", "Status", "default"]
