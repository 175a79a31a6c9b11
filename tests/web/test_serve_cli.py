"""`newstally serve` as a person runs it: it prints its URL and answers there until stopped."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

NEWSTALLY = Path(sys.executable).with_name("newstally")


def test_serve_prints_its_url_and_serves(web_db: Path) -> None:
    proc = subprocess.Popen(
        [str(NEWSTALLY), "serve", "--db", str(web_db), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, line
        with urllib.request.urlopen(match.group(0) + "api/figures?category=detained", timeout=10) as answer:
            assert answer.status == 200
            assert b'"category": "detained"' in answer.read()
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(NEWSTALLY), "serve", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert "newstally ingest" in result.stderr
