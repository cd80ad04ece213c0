"""The registry: the Prosecutor's situations and the Court's cases, as of any date.

Its names are loaded on first use, so that `hague.registry.scopes` (all a jurisdiction
answer needs) comes without the registry's records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hague.registry.registry import Registry, of, stage_on, status_on

__all__ = ["Registry", "of", "stage_on", "status_on"]

#: The registry's question fields, described once for the command line and the API.
SITUATION_HELP = (
    "Id (icc-01-22, pe-colombia), number (ICC-01/22), words of the name (ukraine) or a State it concerns (UKR)."
)
STATE_FILTER_HELP = "Only situations concerning this State (a code or an English name)."
SITUATION_FILTER_HELP = "Only this situation: id, number, words of its name or a State."
STATUS_FILTER_HELP = "Only this status, e.g. at_large, convicted (an unknown one: an error listing them)."


def __getattr__(name: str) -> Any:
    if name in __all__:
        from hague.registry import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'hague.registry' has no attribute {name!r}")
