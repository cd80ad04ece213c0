"""The ledger: load, validate, and status of any State on any day."""

from hague.ledger.ledger import GROUPS, Ledger, Problem
from hague.ledger.load import LedgerInvalid
from hague.ledger.status import Segment, Status

__all__ = ["GROUPS", "Ledger", "LedgerInvalid", "Problem", "Segment", "Status"]
