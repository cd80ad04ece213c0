"""The Prosecutor's application for a warrant, as news says it ("sought", "applied for", "requested arrest warrants"),
checked against the application the registry records, not against the day the warrant was issued (issue 14 item 8).
Sentences constructed for these tests; the facts from data/situations/icc-01-18.yaml (the Prosecutor's statement of
20 May 2024, as reported by Ynetnews and Daily Sabah; the warrants of 21 November 2024)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from hague.cli import app


def _only(found, action):
    hits = [c for c in found if c["action"] == action]
    assert len(hits) == 1, [(c["action"], c["pattern"], c["text"]) for c in found]
    return hits[0]


@pytest.mark.parametrize(
    "text",
    [
        "In May 2024 the ICC prosecutor sought arrest warrants for Netanyahu and Gallant.",
        "On 20 May 2024, Karim Khan applied for arrest warrants for Benjamin Netanyahu.",
        "The prosecutor is seeking an arrest warrant for Netanyahu.",
        "Last May, the ICC prosecutor requested arrest warrants for Netanyahu.",
        "The prosecutor filed applications for arrest warrants for Yoav Gallant in May 2024.",
    ],
)
def test_an_application_said_as_done_is_checked_against_its_own_day(claims_of, text):
    c = _only(claims_of(text, "2025-01-10"), "warrant_application")
    assert (c["states"], c["verdict"]) == (["ISR"], "supported")
    assert "applied for a warrant on 2024-05-20" in c["because"]


def test_an_application_given_the_warrants_day_is_contradicted(claims_of):
    found = claims_of("The prosecutor requested arrest warrants for Netanyahu in November 2024.", "2025-01-10")
    c = _only(found, "warrant_application")
    assert c["verdict"] == "contradicted"
    assert "2024-05-20, not November 2024" in c["because"] and "issued on 2024-11-21" in c["because"]


def test_a_warrant_said_issued_on_the_day_of_the_application_is_partly(claims_of):
    text = "The issuance of the warrant of arrest against Netanyahu on May 20, 2024, was based on Article 58."
    c = _only(claims_of(text, "2025-01-10"), "warrant")
    assert c["verdict"] == "partly"
    assert "applied for the warrant on 2024-05-20; it was issued on 2024-11-21" in c["because"]
    # a day that is neither: contradicted, as before
    c = _only(claims_of("The ICC issued a warrant for Netanyahu in March 2024.", "2025-01-10"), "warrant")
    assert c["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "Khan said he would seek arrest warrants for Netanyahu.",
        "The prosecutor has not sought a warrant for Netanyahu.",
        "The prosecutor decided to apply for arrest warrants for Netanyahu.",
    ],
)
def test_an_application_to_come_or_denied_is_no_application_claimed(claims_of, text):
    found = claims_of(text, "2025-01-10")
    assert [c for c in found if c["action"] in ("warrant_application", "warrant")] == []


def test_an_application_the_record_lacks_is_supported_by_the_warrant_only_without_a_day(claims_of):
    # Shoigu: warrant of 24 June 2024 (icc-01-22); the day of the application is not public, so not recorded
    c = _only(
        claims_of("The ICC prosecutor sought an arrest warrant for Sergei Shoigu.", "2025-01-10"),
        "warrant_application",
    )
    assert c["verdict"] == "supported" and "application's own day is not recorded" in c["because"]
    c = _only(
        claims_of("In May 2024 the ICC prosecutor sought an arrest warrant for Sergei Shoigu.", "2025-01-10"),
        "warrant_application",
    )
    assert c["verdict"] == "not_checkable"


def test_a_recorded_application_is_checked_on_its_own_day(claims_of):
    # Putin: the Prosecution's application of 22 February 2023 (the Court's release of 17 March 2023)
    text = "In February 2023 the ICC prosecutor sought an arrest warrant for Vladimir Putin."
    assert _only(claims_of(text, "2025-01-10"), "warrant_application")["verdict"] == "supported"
    text = "In January 2023 the ICC prosecutor sought an arrest warrant for Vladimir Putin."
    assert _only(claims_of(text, "2025-01-10"), "warrant_application")["verdict"] == "contradicted"


def test_the_cli_shows_a_warrants_evidence(tmp_path):
    # a warrant's evidence names the person, not a situation number (it raised KeyError: 'number')
    path = tmp_path / "t.txt"
    path.write_text("The ICC issued arrest warrants for Netanyahu and Gallant in November 2024.\n")
    result = CliRunner().invoke(app, ["check", str(path), "--as-of", "2025-01-10"])
    assert result.exit_code == 0, result.output
    assert "2024-11-21  Benjamin Netanyahu warrant" in result.output


# -- a preliminary examination completed with a finding to investigate (pe_completed) ------------------------------


def test_an_examination_said_concluded_is_checked_against_its_completion(claims_of):
    # data/situations/pe-nigeria.yaml: completed 11 December 2020 (the Court's Nigeria page); no request filed
    text = "In December 2020 the ICC prosecutor concluded the preliminary examination of Nigeria."
    c = _only(claims_of(text, "2021-06-01"), "pe_closed")
    assert c["verdict"] == "supported" and "completed on 2020-12-11" in c["because"]  # was not checkable
    text = "The ICC prosecutor completed her preliminary examination into Nigeria in 2019."
    c = _only(claims_of(text, "2021-06-01"), "pe_closed")
    assert c["verdict"] == "contradicted"
    # closed without an investigation is another act: Nigeria's examination was not closed
    c = _only(claims_of("The ICC closed its preliminary examination of Nigeria in 2020.", "2021-06-01"), "pe_closed")
    assert c["verdict"] == "contradicted"
