"""scripts/bench_client.py: a --quick run completes and writes well-formed results.

Timings depend on the machine, so nothing here asserts on them or on targets being met.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "bench_client.py"
SCENARIOS = {
    "per_call_overhead",
    "concurrent_pagination",
    "sustained_rate_limit",
    "streaming_memory",
}


def test_quick_run_writes_results_for_every_scenario(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--output", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    data = json.loads((tmp_path / "client.json").read_text())
    assert data["quick"] is True
    assert isinstance(data["python"], str) and isinstance(data["cpu_count"], int)
    assert isinstance(data["date"], str) and isinstance(data["all_met"], bool)
    assert set(data["scenarios"]) == SCENARIOS
    for scenario in data["scenarios"].values():
        assert isinstance(scenario["title"], str) and isinstance(scenario["met"], bool)
        assert isinstance(scenario["figures"], dict) and scenario["figures"]
        assert scenario["checks"]
        for check in scenario["checks"]:
            assert {"name", "measured", "target", "met"} <= set(check)
            assert check["met"] in (True, False, None)

    table = (tmp_path / "client.md").read_text()
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    checks = sum(len(scenario["checks"]) for scenario in data["scenarios"].values())
    assert len(rows) == 1 + checks  # header + one row per check
