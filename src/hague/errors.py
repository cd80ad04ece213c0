"""Errors a user can act on: what was wrong, and what would be right."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Self


class HagueError(Exception):
    """Bad input: names the field and, where they are few, the valid values.

    One made with `HagueError.of(key, template, **params)` can also be said in French and
    Spanish (`hague.i18n.error_text`): the template is its English, filled with `params`
    (str.format), and hague.i18n's catalogues give `error.<key>` with the same placeholders. The field, the
    valid values and the values quoted from the input are the same in every language."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        valid: Sequence[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.valid = list(valid) if valid is not None else None
        self.key: str | None = None
        self.params: dict[str, object] = {}

    @classmethod
    def of(
        cls,
        key: str,
        template: str,
        /,
        *,
        field: str | None = None,
        valid: Sequence[str] | None = None,
        **params: object,
    ) -> Self:
        """The error `template` (English) filled with `params`, sayable in other languages."""
        values = {"field": field, **params}
        error = cls(template.format(**values), field=field, valid=valid)
        error.key, error.params = key, values
        return error

    def to_dict(self) -> dict[str, object]:
        return {"error": self.message, "field": self.field, "valid": self.valid}


class Ambiguous(HagueError):
    """Input that names more than one thing ("Congo": two States; "Venezuela": three
    situations): `valid` lists them, and nothing is guessed. Bad input (HTTP 400), not an
    unknown name (404)."""


class DataError(HagueError):
    """A data file that cannot be used: names the file, the line and the problem."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}", field=path)
        self.path = path
        self.line = line
        self.problem = problem


class LedgerInvalid(Exception):
    """Every problem found in the data files, each naming its file and line; no partial ledger."""

    def __init__(self, problems: list[DataError]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message for p in problems))
