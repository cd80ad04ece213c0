"""The registry: the Prosecutor's situations and the Court's cases, as of any date."""

from hague.registry.registry import Registry, of, stage_on, status_on

__all__ = ["Registry", "of", "stage_on", "status_on"]
