"""Art. 124 declarations: France (made 9 June 2000, withdrawn by notice of 13 August 2008
with effect from 15 June 2008) and Colombia (made 5 August 2002, lapsed after seven years,
on 31 October 2009). Sources: the Wikipedia notes to the table of States Parties, as
recorded in data/states/fra.yaml and col.yaml."""

from tests.states.helpers import on


def _decl(ledger, state, day):
    (d,) = [d for d in on(ledger, state, day)["record"]["declarations"] if d["article"] == "124"]
    return d


def test_colombia_declaration_in_effect_seven_years_then_lapsed(ledger):
    assert _decl(ledger, "COL", "2009-10-31")["in_effect"] is True
    assert _decl(ledger, "COL", "2009-11-01")["in_effect"] is False


def test_france_declaration_ends_on_the_stated_date_of_its_withdrawal(ledger):
    d = _decl(ledger, "FRA", "2008-09-01")
    assert d["effective_until"] == "2008-06-15"
    assert d["in_effect"] is False
    assert _decl(ledger, "FRA", "2007-01-01")["in_effect"] is True
