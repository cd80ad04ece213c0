"""A name that names more than one State is asked about, never guessed (issue 15): "Congo"
is the Democratic Republic of the Congo (COD) or the Republic of the Congo (COG); "Korea"
is the Republic of Korea (KOR) or the Democratic People's Republic of Korea (PRK). A name
that is one State's own ("Guinea", "Sudan", "Niger") stays that State's."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hague.api import create_app
from hague.cli import app
from hague.errors import Ambiguous
from hague.ledger import names


@pytest.mark.parametrize(
    ("text", "choices"),
    [("Congo", ["COD", "COG"]), ("the Congo", ["COD", "COG"]), (" congo ", ["COD", "COG"]), ("Korea", ["KOR", "PRK"])],
)
def test_an_ambiguous_name_lists_its_states(text, choices):
    with pytest.raises(Ambiguous) as exc:
        names.resolve(text)
    assert exc.value.field == "state" and exc.value.valid == choices
    for code in choices:
        assert f"{code} ({names.name(code)})" in exc.value.message
    assert names.find(text) is None  # hague bulk: such a row is invalid, not silently one of them


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("DR Congo", "COD"),
        ("Democratic Republic of the Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Congo-Brazzaville", "COG"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("North Korea", "PRK"),
        ("Guinea", "GIN"),
        ("Sudan", "SDN"),
        ("South Sudan", "SSD"),
        ("Niger", "NER"),
        ("COG", "COG"),
    ],
)
def test_a_full_name_or_a_states_own_name_is_not_ambiguous(text, iso3):
    assert names.resolve(text) == iso3


GENERIC = set(
    [
        "of",
        "the",
        "and",
        "republic",
        "democratic",
        "people's",
        "kingdom",
        "islands",
        "island",
        "state",
        "states",
        "federal",
        "united",
        "plurinational",
        "islamic",
        "arab",
        "union",
        "commonwealth",
        "principality",
        "grand",
        "duchy",
        "sultanate",
        "independent",
        "socialist",
        "federation",
        "north",
        "south",
        "east",
        "west",
        "central",
        "equatorial",
        "new",
        "saint",
        "st",
        "da",
        "darussalam",
        "bolivarian",
        "oriental",
        "great",
        "britain",
        "northern",
        "ireland",
        "holy",
        "see",
    ]
)


def test_every_word_two_states_share_is_ambiguous_or_a_states_own_name():
    """The search names.AMBIGUOUS came from: the words of every State's English names, without the
    generic ones; a word two or more States share must either be listed there or be one of those
    States' own short name (Guinea, Sudan)."""
    shared: dict[str, set[str]] = defaultdict(set)
    for code in names.all_states():
        for label in (names.name(code), names.official_name(code)):
            for word in re.findall(r"[A-Za-z']+", label):
                if word.lower() not in GENERIC and len(word) > 2:
                    shared[word.lower()].add(code)
    for word, codes in shared.items():
        if len(codes) < 2:
            continue
        own = [c for c in codes if names.name(c).lower() == word]
        if own:
            assert names.resolve(word) == own[0], word
        else:
            assert set(names.ambiguous(word)) == codes, word


def test_cli_exits_2_listing_both():
    r = CliRunner().invoke(app, ["status", "Congo"])
    assert r.exit_code == 2
    assert "COD (DR Congo), COG (Congo Republic)" in r.stderr
    assert r.stdout == ""


def test_api_answers_400_with_the_valid_states():
    client = TestClient(create_app())
    for url in ("/api/v1/status/Congo", "/api/v1/status?state=Congo", "/api/v1/timeline/Korea"):
        r = client.get(url)
        assert r.status_code == 400, url
        assert r.json()["field"] == "state"
    assert client.get("/api/v1/status/Congo").json()["valid"] == ["COD", "COG"]
    assert client.get("/api/v1/status/Narnia").status_code == 404  # unknown, not ambiguous
