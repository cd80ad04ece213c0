"""Writing an event into a state file keeps date order and every comment."""

from datetime import date

import pytest

from hague.ledger.load import load_state, read_yaml
from hague.ledger.write import insert_event

TEXT = """\
# Burundi
state: BDI
checked_on: 2026-11-26
events:
  - date: 1999-01-13
    kind: signature
    source: {ref: UNTC XVIII-10}
  # A comment that belongs to the withdrawal below.
  - date: 2016-10-27
    kind: withdrawal_notification
    source: {ref: UNTC XVIII-10}
"""


def test_inserted_between_events_before_the_next_events_comment(tmp_path):
    path = tmp_path / "bdi.yaml"
    path.write_text(TEXT)
    insert_event(path, {"date": date(2004, 9, 21), "kind": "ratification", "source": {"ref": "UNTC XVIII-10"}})
    text = path.read_text()
    assert text.index("2004-09-21") < text.index("# A comment that belongs") < text.index("2016-10-27")
    record = load_state(path, {})
    assert [e.kind.value for e in record.events] == ["signature", "ratification", "withdrawal_notification"]


def test_inserted_into_an_empty_list(tmp_path):
    path = tmp_path / "rwa.yaml"
    path.write_text("# Rwanda\nstate: RWA\nchecked_on: 2026-11-26\nevents: []\n")
    insert_event(path, {"date": date(2030, 1, 1), "kind": "accession", "source": {"url": "https://example.org"}})
    data, _ = read_yaml(path)
    assert data["events"][0]["kind"] == "accession"


def test_an_invalid_event_is_not_written(tmp_path):
    path = tmp_path / "bdi.yaml"
    path.write_text(TEXT)
    with pytest.raises(ValueError):
        insert_event(path, {"date": date(2004, 9, 21), "kind": "ratified", "source": {"ref": "x"}})
    assert path.read_text() == TEXT
