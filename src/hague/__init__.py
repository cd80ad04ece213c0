"""hague: the Rome Statute system of the International Criminal Court, executable."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from hague.ledger import Ledger

__version__ = "0.3.0"


@cache
def _cached(data_dir: Path | None) -> Ledger:
    return Ledger(data_dir)


def ledger(data_dir: str | Path | None = None) -> Ledger:
    """The ledger on the bundled data (or `data_dir`), loaded once per process."""
    return _cached(Path(data_dir) if data_dir is not None else None)


def decide(conduct: Any, assume: Any = ()) -> Any:
    """The Court's jurisdiction over `conduct` (a hague.jurisdiction.Conduct)."""
    from hague.jurisdiction import decide as _decide

    return _decide(conduct, ledger(), assume)


__all__ = ["Ledger", "decide", "ledger", "__version__"]
