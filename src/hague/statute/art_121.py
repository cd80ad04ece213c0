"""Article 121: Amendments."""

from __future__ import annotations

from datetime import date

from hague.dates import years_after


def art_121_5(deposit: date) -> date:
    """Art. 121(5): an amendment to articles 5 to 8 enters into force, for a State Party
    that accepts it, one year after that State deposits its instrument of ratification or
    acceptance. (Art. 121(4) amendments, such as the deletion of article 124, enter into
    force for all States Parties only once seven-eighths have accepted them.)"""
    return years_after(deposit, 1)
