"""Data lint: every state has a file, every event a source, and the data validates."""

from datetime import date

from hague.ledger import GROUPS
from hague.ledger.names import all_states


def test_every_state_has_a_file(ledger):
    # 193 UN members, the State of Palestine, the Holy See, the Cook Islands and Niue.
    assert len(all_states()) == 197
    assert sorted(ledger.states) == all_states()
    for iso3, record in ledger.states.items():
        assert record.path.name == f"{iso3.lower()}.yaml"


def test_every_event_has_a_source(ledger):
    for record in ledger.states.values():
        for event in record.events:
            assert event.source.ref or event.source.url, (record.iso3, event)


def test_no_event_in_the_future_unless_marked_projected(ledger):
    for record in ledger.states.values():
        for event in record.events:
            assert event.date <= date.today() or event.projected, (record.iso3, event)


def test_checked_on_is_not_in_the_future(ledger):
    for record in ledger.states.values():
        assert record.checked_on <= date.today(), record.iso3


def test_validate_finds_no_errors(ledger):
    errors = [str(p) for p in ledger.validate() if p.severity == "error"]
    assert errors == []


def test_every_state_has_one_regional_group(ledger):
    assert set(ledger.groups) == set(ledger.states)
    assert set(ledger.groups.values()) <= set(GROUPS)
