"""Facts added or corrected in the data check of 2026-12-01 (issue 15, parts 4 and 5), each on
the day before and the day of. Sources are in each State's data file and in
research/declarations_check_2026-12-01.yaml."""

from __future__ import annotations

import pytest

from hague.jurisdiction import Conduct, decide
from tests.states.helpers import on, status


def verdict(**q):
    return decide(Conduct.build(**q)).verdict


def declarations_12_3(ledger, state, day):
    return [
        (d["lodged"], d["covers_from"], d["covers_until"])
        for d in on(ledger, state, day)["record"]["declarations"]
        if d["article"] == "12(3)"
    ]


# -- Armenia: art. 12(3) declaration lodged with the ratification ----------------------------
def test_armenia_declaration_recorded_from_the_day_it_was_lodged(ledger):
    """ICC press release of 17 November 2023 (KUNA via MENAFN; B92): the Registrar received the
    communication on 15 November 2023."""
    assert declarations_12_3(ledger, "ARM", "2023-11-14") == []
    assert declarations_12_3(ledger, "ARM", "2023-11-15") == [("2023-11-15", "2021-05-10", None)]


def test_armenia_declared_period_starts_10_may_2021():
    """ICC press release of 17 November 2023 (TASS, 17 November 2023): Armenia "retroactively
    accepts the ICC's jurisdiction since 10 May 2021"."""
    assert verdict(crime="war_crimes", start="2021-05-09", territories=["ARM"]) == "outside"
    assert verdict(crime="war_crimes", start="2021-05-10", territories=["ARM"]) == "within"


def test_armenia_conduct_before_entry_into_force_is_within_through_the_declaration():
    """Conduct in September 2022 on Armenian territory, before the Statute entered into force for
    Armenia (1 February 2024, UNTC via the Wikipedia table), is within through the declaration
    (ICC press release of 17 November 2023, via KUNA/MENAFN and TASS)."""
    d = decide(Conduct.build(crime="war_crimes", start="2022-09-13", territories=["ARM"])).to_json()
    assert d["verdict"] == "within"
    assert "12(3)" in [s["article"] for p in d["periods"] for s in p["trace"]] + [s["article"] for s in d["trace"]]


def test_armenia_still_ratified_not_in_force_until_1_february_2024(ledger):
    """The declaration does not change Armenia's status: deposit 14 November 2023, in force
    1 February 2024 (UNTC XVIII-10 via the Wikipedia table; Coalition for the ICC)."""
    assert status(ledger, "ARM", "2024-01-31") == "ratified_not_in_force"
    assert status(ledger, "ARM", "2024-02-01") == "party"


# -- Open leads left with a caveat ------------------------------------------------------------
@pytest.mark.parametrize("state", ["BFA", "MLI", "NER"])
def test_sahel_states_announcement_of_22_september_2025_is_no_notification(ledger, state):
    """Burkina Faso, Mali and Niger announced withdrawal on 22 September 2025 (joint communique;
    Sahelien, news-pravda): an announcement, not a notification under art. 127(1), so each is a
    party with no withdrawal pending the day before and the day of the announcement. The
    notifications received in June 2026 are in tests/states/test_withdrawals_2026.py."""
    for day in ("2025-09-21", "2025-09-22"):
        s = on(ledger, state, day)
        assert s["status"] == "party"
        assert s["pending"] == []


def test_russia_signatory_with_a_caveat_on_the_2016_notice(ledger):
    """Russia: presidential order of 16 November 2016 (TASS, 16 November 2016); the day the UN
    received the notice and its C.N. number not found, so Russia is still shown as a
    signatory the day before and the day of the order, with a caveat."""
    for day in ("2016-11-15", "2016-11-16"):
        s = on(ledger, "RUS", day)
        assert s["status"] == "signatory"
    (c,) = on(ledger, "RUS", "2016-11-16")["caveats"]
    assert "C.N." in c and "16 November 2016" in c


def test_uganda_start_of_jurisdiction_left_with_a_caveat(ledger):
    """Uganda: deposit 14 June 2002 (Coalition for the ICC country page), in force 1 September
    2002 (art. 126(2)); the Court treats its jurisdiction as running from 1 July 2002 (ICC
    situation page) but no art. 12(3) declaration was found, so July-August 2002 stays outside,
    with a caveat saying what is missing."""
    assert verdict(crime="war_crimes", start="2002-08-31", territories=["UGA"]) == "outside"
    assert verdict(crime="war_crimes", start="2002-09-01", territories=["UGA"]) == "within"
    assert status(ledger, "UGA", "2002-08-31") == "ratified_not_in_force"
    assert status(ledger, "UGA", "2002-09-01") == "party"
    (c,) = on(ledger, "UGA", "2002-08-31")["caveats"]
    assert "1 July 2002" in c and "12(3)" in c


def test_hungary_revocation_caveat_kept(ledger):
    """Hungary: revocation of 29 May 2026 (C.N.180.2026.TREATIES-XVIII.10, read in one copy, the
    text the Gaza Accountability Index extracted from the UN's PDF, and a course review note citing the
    UNTC page): the day before the revocation the withdrawal is pending, the day of it Hungary is a
    party; a caveat says it rests on two copies, neither the UN's own."""
    assert status(ledger, "HUN", "2026-05-28") == "party_withdrawal_pending"
    assert status(ledger, "HUN", "2026-05-29") == "party"
    (c,) = on(ledger, "HUN", "2026-05-29")["caveats"]
    assert "C.N.180.2026" in c and "two copies, neither of them the UN's own" in c
