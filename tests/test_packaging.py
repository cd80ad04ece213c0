"""A wheel built from the project carries the ledger and the web app: installed outside the
checkout, `hague` answers from the data it brought (share/hague/data) and finds its pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_an_installed_wheel_answers_without_the_checkout(tmp_path):
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(tmp_path / "wheel"), str(ROOT)], check=True)
    wheel = next((tmp_path / "wheel").glob("hague-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], text=True
        ).strip()
    )
    # the dependencies come from this environment, after the new venv's own site-packages
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    # the new venv's own pip: this environment's pip would replace the project's editable install
    subprocess.run([str(python), "-m", "pip", "-q", "install", "--no-deps", str(wheel)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("HAGUE_DATA", "PYTHONPATH")}
    status = subprocess.run(
        [str(venv / "bin" / "hague"), "status", "BDI", "--on", "2017-10-27", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert json.loads(status.stdout)["status"] == "withdrawn"
    where = subprocess.check_output(
        [
            str(python),
            "-c",
            "import hague, hague.api.app as a; from hague.ledger.load import default_data_dir as d; "
            "print(hague.__file__); print(d()); print((a.STATIC / 'index.html').is_file())",
        ],
        text=True,
        cwd=tmp_path,
        env=env,
    ).split()
    assert where[0].startswith(str(site)) and where[1] == str(venv / "share" / "hague" / "data") and where[2] == "True"
    # the Statute's text travels too; the decisions come from the checkout's tests, which a
    # wheel has not: none, with the note saying why, never a traceback
    statute = subprocess.run(
        [str(venv / "bin" / "hague"), "statute", "127", "--json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    article = json.loads(statute.stdout)
    assert article["paragraphs"][0]["text"].startswith("A State Party may, by written notification")
    assert article["decisions"] == [] and "no tests/decisions folder" in article["decisions_note"]
    assert "hague.statute.art_127.art_127_1" in [r["function"] for r in article["rules"]]
