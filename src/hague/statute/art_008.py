"""Article 8: War crimes, the provisions of the Statute as adopted in 1998.

Provisions added later by amendment are listed with their amendment in
data/instruments.yaml; art. 121(5) governs them.
"""

from __future__ import annotations

import re

_ROMAN = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
    "xxi",
    "xxii",
    "xxiii",
    "xxiv",
    "xxv",
    "xxvi",
]

# Art. 8(2) as adopted: (a) grave breaches i-viii; (b) other serious violations in
# international armed conflict i-xxvi; (c) common article 3 i-iv; (e) other serious
# violations in non-international armed conflict i-xii.
ORIGINAL = frozenset(
    [f"8(2)(a)({r})" for r in _ROMAN[:8]]
    + [f"8(2)(b)({r})" for r in _ROMAN[:26]]
    + [f"8(2)(c)({r})" for r in _ROMAN[:4]]
    + [f"8(2)(e)({r})" for r in _ROMAN[:12]]
)

_FORM = r"^8\(2\)\([abce]\)\([ivx]+\)$"  # compiled by `re` on first use


def normalise(provision: str) -> str:
    """'8(2)(e)(xiii)', '8.2.e.xiii' and '8 2 e xiii' all become '8(2)(e)(xiii)'."""
    parts = [p for p in re.split(r"[()\s.,]+", provision.strip().lower()) if p]
    if len(parts) == 4:
        return f"{parts[0]}({parts[1]})({parts[2]})({parts[3]})"
    return provision.strip()


def well_formed(provision: str) -> bool:
    return bool(re.match(_FORM, provision))
