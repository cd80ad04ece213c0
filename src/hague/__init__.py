"""hague: the Rome Statute system of the International Criminal Court, executable."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hague.ledger import Ledger

__version__ = "0.1.0"


@cache
def _cached(data_dir: Path | None) -> Ledger:
    return Ledger(data_dir)


def ledger(data_dir: str | Path | None = None) -> Ledger:
    """The ledger on the bundled data (or `data_dir`), loaded once per process."""
    return _cached(Path(data_dir) if data_dir is not None else None)


__all__ = ["Ledger", "ledger", "__version__"]
