"""Article 121(5) amendments and article 124 declarations: one year, seven years."""

from datetime import date

from hague.statute.art_121 import art_121_5
from hague.statute.art_124 import art_124_ends


def test_amendment_in_force_one_year_after_deposit():
    # San Marino deposited the Kampala art. 8 amendment on 26 September 2011; UNTC
    # XVIII-10-a says it first entered into force, for San Marino, on 26 September 2012.
    assert art_121_5(date(2011, 9, 26)) == date(2012, 9, 26)
    # Liechtenstein, aggression amendment: deposit 8 May 2012, in force 8 May 2013
    # (PGA/Liechtenstein status update No. 16, 1 December 2014).
    assert art_121_5(date(2012, 5, 8)) == date(2013, 5, 8)


def test_article_124_lasts_seven_years_from_entry_into_force():
    # Colombia: in force for it 1 November 2002; its declaration expired on 31 October 2009
    # (Wikipedia, notes to the table of States Parties), i.e. ended before 1 November 2009.
    assert art_124_ends(date(2002, 11, 1)) == date(2009, 11, 1)
