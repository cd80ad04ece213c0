"""Write data/systems/cow.csv and gw.csv from copies of the published state-system lists.

Usage: python scripts/systems.py STATES2016_CSV GW_SYSTEM_RDA

- STATES2016_CSV: the Correlates of War Project's states2016.csv ("State System Membership
  List, v2016"); its ten published columns are copied as they are (a copy with stray
  spreadsheet columns after the tenth is read correctly).
- GW_SYSTEM_RDA: isard's data/gw_system.rda, Gleditsch and Ward's ksgmdw.txt with their
  microstates.txt (read with pyreadr); the rows in the copy's order (the independent states,
  then the microstates) and the columns in ksgmdw's, with the dates as ISO days.

Nothing is typed here: every value comes from the files given. The header of each output
names its source; data/systems/README.md says which copies were read and how they were checked.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "data" / "systems"
COW_COLUMNS = [
    *("stateabb", "ccode", "statenme"),
    *("styear", "stmonth", "stday", "endyear", "endmonth", "endday", "version"),
]
GW_COLUMNS = ["gwcode", "stateabb", "statename", "startdate", "enddate", "microstate"]

COW_HEADER = """\
# Correlates of War Project. 2016. "State System Membership List, v2016." Online, http://correlatesofwar.org
# Source: https://correlatesofwar.org/data-sets/state-system-membership/ (states2016.csv), version 2016
# Copied column for column by scripts/systems.py; not edited by hand. See README.md in this folder.
"""
GW_HEADER = """\
# Gleditsch, Kristian S. and Michael D. Ward. 1999. "Interstate System Membership: A Revised List of the
# Independent States since 1816." International Interactions 25: 393-413.
# Source: http://ksgleditsch.com/data/ksgmdw.txt (independent states) and http://ksgleditsch.com/data/microstates.txt
# (microstates, microstate = 1), the revision whose current states end on 2020-12-31.
# Copied by scripts/systems.py from isard's copy (dates as ISO days); not edited by hand. See README.md.
"""


def cow(path: Path) -> str:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if [c.strip() for c in rows[0][:10]] != COW_COLUMNS:
        raise SystemExit(f"{path}: not states2016.csv (columns {rows[0][:10]})")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COW_COLUMNS)
    for row in rows[1:]:
        if any(cell.strip() for cell in row[:10]):
            w.writerow(cell.strip() for cell in row[:10])
    return COW_HEADER + out.getvalue()


def gw(path: Path) -> str:
    import pyreadr

    frame = pyreadr.read_r(str(path))["gw_system"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(GW_COLUMNS)
    for r in frame.itertuples():
        w.writerow([int(r.gwcode), r.gw_abb, r.gw_name, str(r.start), str(r.end), int(r.microstate)])
    return GW_HEADER + out.getvalue()


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "cow.csv").write_text(cow(Path(argv[0])), encoding="utf-8")
    (TARGET / "gw.csv").write_text(gw(Path(argv[1])), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
