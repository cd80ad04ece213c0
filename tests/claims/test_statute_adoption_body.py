"""The Statute said adopted by the UN General Assembly (issue 14, kind 10): the Rome Conference adopted it on
17 July 1998, a diplomatic conference the United Nations convened (data/instruments.yaml `adopted_by`: the Court's
page "Establishment of the Court"; the ICRC's IHL database). The adoption holds, the body does not: partly."""

from __future__ import annotations

import pytest

from hague.claims import check


def _adoption(claims_of, text: str, lang: str | None = None) -> dict:
    found = [c for c in claims_of(text, "2023-05-01") if c["action"] == "statute_adopted"]
    assert len(found) == 1, [(c["action"], c["text"]) for c in claims_of(text, "2023-05-01")]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "In 1998 the treaty known as the Rome Statute was adopted by the United Nations General Assembly.",
        "The Rome Statute, adopted by the UN General Assembly on 17 July 1998, created the court.",
        "Its founding treaty, the Rome Statute, was adopted by the General Assembly in 1998.",
    ],
)
def test_adopted_by_the_general_assembly_is_partly(claims_of, text):
    claim = _adoption(claims_of, text)
    assert claim["verdict"] == "partly"
    assert "not by the General Assembly" in claim["because"]
    assert any(e.get("what") == "the Rome Conference" and e["source"]["url"] for e in claim["evidence"])


def test_the_body_wrong_and_no_date_is_still_partly(claims_of):
    text = "The court rests on the adoption of the Rome Statute by the General Assembly of the United Nations."
    assert _adoption(claims_of, text)["verdict"] == "partly"


def test_a_wrong_year_stays_contradicted(claims_of):
    text = "The Rome Statute was adopted by the UN General Assembly in 2001."
    assert _adoption(claims_of, text)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "The Rome Statute was adopted in Rome in July 1998.",
        "The Rome Statute was adopted on 17 July 1998, and the General Assembly later took note of it.",
    ],
)
def test_no_assembly_named_as_the_body_stays_supported(claims_of, text):
    assert _adoption(claims_of, text)["verdict"] == "supported"


def test_in_french_and_spanish(ledger):
    from datetime import date

    fr = check(
        "Le Statut de Rome a été adopté par l'Assemblée générale des Nations unies en 1998.", date(2023, 5, 1), ledger
    )
    es = check("El Estatuto de Roma fue adoptado por la Asamblea General de la ONU en 1998.", date(2023, 5, 1), ledger)
    for answer in (fr, es):
        adopted = [c for c in answer["claims"] if c["action"] == "statute_adopted"]
        assert [c["verdict"] for c in adopted] == ["partly"], answer["claims"]
