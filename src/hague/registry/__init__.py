"""The registry: the Prosecutor's situations and the Court's cases, as of any date.

Its names are loaded on first use, so that `hague.registry.scopes` (all a jurisdiction
answer needs) comes without the registry's records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hague.registry.registry import Registry, of, stage_on, status_on

__all__ = ["Registry", "of", "stage_on", "status_on"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from hague.registry import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'hague.registry' has no attribute {name!r}")
