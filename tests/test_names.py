import importlib.util
import random
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hague.errors import HagueError
from hague.ledger import names
from hague.ledger.names import resolve

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Russia", "RUS"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Palestine", "PSE"),
        ("State of Palestine", "PSE"),
        ("The Gambia", "GMB"),
        ("DRC", "COD"),
        ("UK", "GBR"),
        ("USA", "USA"),
        ("bdi", "BDI"),
        ("BI", "BDI"),
        ("108", "BDI"),
        ("Holy See", "VAT"),
        ("Cook Islands", "COK"),
        ("Niue", "NIU"),
        ("Türkiye", "TUR"),
    ],
)
def test_usual_names_and_codes(text, iso3):
    assert resolve(text) == iso3


def test_unknown_name_suggests_the_closest():
    with pytest.raises(HagueError) as exc:
        resolve("Burundy")
    assert exc.value.field == "state"
    assert exc.value.valid and exc.value.valid[0] == "BDI"
    assert "did you mean BDI (Burundi)" in exc.value.message


def test_territories_are_not_states():
    with pytest.raises(HagueError):
        resolve("Greenland")


def _every_regex(key: str) -> list[str]:
    return [iso3 for pattern, iso3 in names._regexes() if pattern.search(key)]


def _read_by_regex(key: str) -> bool:
    return len(key) > 3 and not (key.isascii() and key.isdigit())  # codes are read as codes


def _spellings() -> list[str]:
    rng = random.Random(14)
    plain = [s for c in names._rows() for s in (c.name, c.official)] + list(names.ALIASES)
    mixed = ["".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in s) for s in plain]
    special = ["TÜRKİYE", "ſwitzerland", "\u212aenya", "Burundi\u0130", "the Kingdom of Great Britain", "Ha\xefti"]
    return plain + mixed + special


def test_needles_pick_the_same_rows_as_every_regex():
    """names.py runs only the regexes whose needles are in the text (item 11 of issue 18: a
    name that is no State's must cost no more than one that is): the answer is that of
    running every regex, for every name, official name and alias, in any case."""
    for key in filter(_read_by_regex, _spellings()):
        hits = _every_regex(key)
        assert names._convert(key) == (hits[0] if len(hits) == 1 else None), key


@settings(max_examples=3000, deadline=None)
@given(st.text(min_size=4, max_size=40))
def test_needles_on_any_text(key):
    assume(_read_by_regex(key))
    hits = _every_regex(key)
    assert names._convert(key) == (hits[0] if len(hits) == 1 else None)


def test_the_copy_of_country_converters_table_is_current():
    """countries.json is what scripts/countries.py writes from the installed country_converter."""
    pytest.importorskip("country_converter", reason="the [export] extra is not installed")
    script = importlib.util.spec_from_file_location("countries", REPO / "scripts" / "countries.py")
    assert script is not None and script.loader is not None
    module = importlib.util.module_from_spec(script)
    script.loader.exec_module(module)
    assert module.render(module.table()) == (REPO / "src/hague/ledger/countries.json").read_text(encoding="utf-8")
