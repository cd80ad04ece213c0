"""Facts that moved from one secondary source to two independent ones in the sources check of
2026-12-01 (third pass; issue 15, "Trust, measured"), each checked for its class, for the site
of the second source, and on the day before and the day of. Sources are in each State's data
file; what was searched without result is in research/sources_check_2026-12-01.yaml."""

from __future__ import annotations

from hague.ledger.sources import read_at, strength
from tests.states.helpers import on, status


def _event(ledger, state, kind, day):
    (e,) = [e for e in ledger.states[state].events if e.kind.value == kind and e.date.isoformat() == day]
    return e


def _sites(event):
    return {read_at(event.source), *(read_at(a) for a in event.also)}


# -- South Africa: notification of withdrawal received 19 October 2016 -----------------------
def test_south_africa_withdrawal_notice_of_19_october_2016_on_two_sources(ledger):
    """ASP President's release of 11 March 2017 (icc-cpi.int) and A. Mudukuti's opinion on
    AllAfrica of 24 October 2016: the instrument of withdrawal was submitted to the UN
    Secretary-General on 19 October 2016."""
    e = _event(ledger, "ZAF", "withdrawal_notification", "2016-10-19")
    assert strength(e) == "independent"
    assert _sites(e) == {"icc-cpi.int", "allafrica.com"}
    assert e.effective is not None and e.effective.isoformat() == "2017-10-19"


def test_south_africa_withdrawal_pending_from_19_october_2016(ledger):
    """Same sources: a party the day before, a party with a withdrawal pending the day of."""
    assert status(ledger, "ZAF", "2016-10-18") == "party"
    assert status(ledger, "ZAF", "2016-10-19") == "party_withdrawal_pending"


# -- Colombia: art. 124 declaration made on deposit, 5 August 2002 ---------------------------
def test_colombia_article_124_declaration_of_5_august_2002_on_two_sources(ledger):
    """Colombian Presidency's communiqué of 2 September 2002 and Human Rights Watch's release
    of 5 September 2002: the declaration was filed with the United Nations on 5 August 2002,
    with the instrument of ratification."""
    e = _event(ledger, "COL", "declaration_124", "2002-08-05")
    assert strength(e) == "independent"
    assert _sites(e) == {"historico.presidencia.gov.co", "hrw.org"}


def test_colombia_declaration_lodged_on_the_day_of_deposit(ledger):
    """Same sources: no art. 124 declaration on the record the day before, one the day of."""

    def declarations(day):
        return [d for d in on(ledger, "COL", day)["record"]["declarations"] if d["article"] == "124"]

    assert declarations("2002-08-04") == []
    (d,) = declarations("2002-08-05")
    assert d["lodged"] == "2002-08-05"
