import pytest

from hague.errors import HagueError
from hague.ledger.names import resolve


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
