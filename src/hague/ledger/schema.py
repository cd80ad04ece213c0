"""Validation of data read from files into the ledger's records, field by field.

The only module of the ledger that needs pydantic: answers read a compiled snapshot of
records already validated here (hague.ledger.snapshot).
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

T = TypeVar("T")

__all__ = ["ValidationError", "explain", "validate"]


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def validate(cls: type[T], raw: Any) -> T:
    """`raw` (as read from YAML) as a `cls`, or pydantic's ValidationError (see `explain`)."""
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    value: T = adapter.validate_python(raw)
    return value


def explain(exc: ValidationError) -> str:
    """Each problem as `field: what is wrong`, for a data maintainer."""
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "enum":
            what = str(err["loc"][-1]) if err["loc"] else "value"
            msg = f"{err['input']!r} is not a {what}; valid: {err.get('ctx', {}).get('expected', '')}"
        elif err["type"] == "unexpected_keyword_argument":
            msg = "unknown field (check its spelling against data/README.md)"
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts)
