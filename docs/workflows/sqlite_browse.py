"""Workflow for SQL users: the record as a SQLite database, queried with the standard library.
Browse the same file with datasette (`pip install datasette`, or hague's `dev` extra):

    python docs/workflows/sqlite_browse.py [OUT_FOLDER]
    datasette OUT_FOLDER/hague.sqlite      # http://127.0.0.1:8001/hague/events?state=BDI

Tested by tests/test_workflows.py, which also asks datasette's JSON API
(/hague/events.json?state=BDI&kind=withdrawal_notification) for Burundi's withdrawal.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("workflow-output")
out.mkdir(parents=True, exist_ok=True)
db = out / "hague.sqlite"
subprocess.run([str(Path(sys.executable).with_name("hague")), "export", "db", "--out", str(db)], check=True)

con = sqlite3.connect(db)
tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
print("tables:", ", ".join(tables))
WITHDRAWALS = """
    SELECT s.iso3, s.name, e.kind, e.date FROM events e JOIN states s ON s.iso3 = e.state
    WHERE e.kind = 'withdrawal_notification' ORDER BY e.date
"""
for row in con.execute(WITHDRAWALS):
    print(*row)
