"""Dependency audit for `make test`: pip-audit over the project's virtual environment.

Fails (exit 1) on any known vulnerability. pip-audit alone prints "No known
vulnerabilities found" even when it could check nothing (on a machine that reaches the
package index but not the vulnerability data, every package is "not found on PyPI");
this says how many packages were actually checked, so an inconclusive audit is never
read as a clean one.

    .venv/bin/python scripts/audit.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

UNREACHABLE = ("ConnectionError", "NameResolutionError", "Max retries exceeded", "timed out")


def verdict(report: dict[str, Any]) -> tuple[int, list[str]]:
    """Exit code and lines to print, from pip-audit's JSON report."""
    deps = report.get("dependencies", [])
    vulnerable = [d for d in deps if d.get("vulns")]
    skipped = [d for d in deps if "skip_reason" in d]
    checked = len(deps) - len(skipped)
    lines = [f"audit: {checked} of {len(deps)} installed packages checked against known vulnerabilities"]
    for d in vulnerable:
        for v in d["vulns"]:
            fix = ", ".join(v.get("fix_versions", [])) or "none yet"
            lines.append(f"  VULNERABLE {d['name']} {d['version']}: {v['id']} (fixed in: {fix})")
    if skipped:
        lines.append(
            f"  not checked: {len(skipped)} packages, e.g. {skipped[0]['skip_reason']}"
            + ("; the vulnerability data was not reachable from this machine" if not checked else "")
        )
    return (1 if vulnerable else 0), lines


def main() -> int:
    pip_audit = Path(sys.executable).with_name("pip-audit")
    run = subprocess.run(
        [str(pip_audit), "--skip-editable", "--progress-spinner", "off", "--timeout", "30", "-f", "json"],
        capture_output=True,
        text=True,
    )
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        if any(word in run.stderr for word in UNREACHABLE):
            print(f"audit: not performed, the vulnerability service was not reachable ({last})")
            return 0
        print(f"audit: pip-audit failed (exit {run.returncode}): {last}", file=sys.stderr)
        return 1
    code, lines = verdict(report)
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
