"""The README's screenshots of the engine's log page, from the browser test's seeded demo (done,
failed, superseded and unparsed events), in Chromium at 1200x800.

    .venv/bin/python scripts/engine_screenshots.py            # writes docs/engine-log.png and
                                                              # docs/engine-event.png

It runs ``tests/test_engine_page_browser.py`` with ``AIOTHINKIFIC_SCREENSHOTS`` set, so the
pictures are of the pages that test checks; Chromium is needed (``AIOTHINKIFIC_CHROMIUM`` or
``chromium`` on the PATH).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TEST = "tests/test_engine_page_browser.py"


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    environment = {**os.environ, "AIOTHINKIFIC_SCREENSHOTS": str(DOCS),
                   "AIOTHINKIFIC_REQUIRE_BROWSER": "1"}  # fmt: skip
    command = [sys.executable, "-m", "pytest", TEST, "-q", "-p", "no:cacheprovider"]
    done = subprocess.run(command, cwd=ROOT, env=environment, check=False)
    if done.returncode == 0:
        for name in ("engine-log.png", "engine-event.png"):
            print(f"wrote {DOCS / name}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
