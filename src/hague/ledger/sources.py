"""How well each fact of the ledger is sourced: `hague validate --sources`.

Each event of a State's record (a fact) falls in one class, the first that applies:

- `depositary`: the depositary's own record, a depositary notification (`C.N.…`) or the UN
  Treaty Collection's status (`UNTC …`) as `ref`, read at its own address (no `via`) or in
  a copy on the depositary's site (treaties.un.org: the status lists as XML);
- `independent`: two or more independent sources, the one read (`via`, else `url`) and the
  `also` sources, on as many different sites (on GitHub, of as many owners: `site`);
- `primary`: one source read at its own address (no `via`), not the depositary's (an ICC or
  Assembly of States Parties page, a national gazette);
- `secondary`: one source, read in a copy elsewhere (`via` on another site: a Wikipedia
  mirror, a news report): the weak ones, listed.

The issue's goal (issue 15): every date of a State Party's record `depositary` or
`independent`.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hague.ledger.ledger import Ledger
from hague.ledger.model import Event, Source

CLASSES = ("depositary", "independent", "primary", "secondary")
WEAK = "secondary"
GOAL = frozenset({"depositary", "independent"})
DEPOSITARY_SITE = "treaties.un.org"
_DEPOSITARY_REF = re.compile(r"C\.N\.\d+\.\d{4}|^UNTC\b")


_CODE_HOSTS = frozenset({"github.com", "raw.githubusercontent.com"})


def site(url: str | None) -> str | None:
    """The site a URL is on, without `www.` (pgaction.org and www.pgaction.org are one). On
    GitHub the publisher is the repository's owner, not the host: `github.com/<owner>` (a
    file read raw is the same owner's), so two owners' tables are two sources, one owner's
    two repositories one."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    if host in _CODE_HOSTS:
        owner = parts.path.strip("/").split("/")[0].lower()
        return f"github.com/{owner}" if owner else "github.com"
    return host or None


def read_at(source: Source) -> str | None:
    """The site of the copy actually read: `via`, else `url`."""
    return site(source.via or source.url)


def strength(event: Event) -> str:
    """The class of one fact (see the module's docstring)."""
    source = event.source
    if source.ref and _DEPOSITARY_REF.search(source.ref) and (not source.via or read_at(source) == DEPOSITARY_SITE):
        return "depositary"
    sites = {s for s in (read_at(source), *(read_at(a) for a in event.also)) if s}
    if len(sites) >= 2:
        return "independent"
    return "primary" if not source.via else "secondary"


def report(ledger: Ledger, on: date | None = None) -> dict[str, Any]:
    """Counts of facts by class, overall, by kind and by State, and the weak facts listed;
    the goal measured on the records of the States Parties on `on` (today by default)."""
    total: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    by_state: dict[str, Counter[str]] = {}
    weak: list[dict[str, Any]] = []
    for iso3 in sorted(ledger.states):
        st = ledger.states[iso3]
        for e, line in zip(st.events, st.lines, strict=True):
            cls = strength(e)
            total[cls] += 1
            by_kind.setdefault(e.kind.value, Counter())[cls] += 1
            by_state.setdefault(iso3, Counter())[cls] += 1
            if cls == WEAK:
                weak.append(
                    {
                        "iso3": iso3,
                        "date": e.date.isoformat(),
                        "kind": e.kind.value,
                        "amendment": e.amendment,
                        "read_at": read_at(e.source),
                        "source": e.source.to_json(),
                        "file": f"{_relative(st.path, ledger)}:{line}",
                    }
                )

    def counts(c: Counter[str]) -> dict[str, int]:
        return {"total": sum(c.values()), **{k: c.get(k, 0) for k in CLASSES}}

    parties = ledger.parties(on)["parties"]
    goal = Counter(strength(e) in GOAL for iso3 in parties for e in ledger.states[iso3].events)
    return {
        "classes": list(CLASSES),
        "facts": counts(total),
        "goal": {
            "what": "every fact of a State Party's record on the depositary's own record or on two independent sources",
            "on": ledger.parties(on)["on"],
            "states_parties": len(parties),
            "facts": sum(goal.values()),
            "met": goal[True],
        },
        "by_kind": {k: counts(c) for k, c in sorted(by_kind.items())},
        "by_state": {k: counts(c) for k, c in by_state.items()},
        "weak": weak,
        "meta": ledger.meta,
    }


def _relative(path: Path, ledger: Ledger) -> str:
    return str(path.relative_to(ledger.data_dir)) if path.is_relative_to(ledger.data_dir) else str(path)
