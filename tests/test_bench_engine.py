"""scripts/bench_engine.py: a --quick run completes, every event is done, and the request
counts are the engine's (2 per new customer's purchase, 1 per returning one's). Timings and
the share of the limit depend on the machine: nothing here asserts on them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "bench_engine.py"


def test_quick_run_writes_its_figures(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads((tmp_path / "engine.json").read_text())
    figures = data["figures"]
    assert data["quick"] is True and figures["events"] == 40
    assert figures["events_done"] == 40
    assert figures["requests_per_new_purchase"] == 2.0
    assert figures["requests_per_returning_purchase"] == 1.0
    assert figures["thinkific_requests"] == 60
    assert set(data["met"]) == {
        "limit_used", "no_429_after_first", "requests_per_new_purchase",
        "requests_per_returning_purchase", "memory_flat", "every_event_done",
    }  # fmt: skip
    assert "| events done | 40 of 40 |" in (tmp_path / "engine.md").read_text()
