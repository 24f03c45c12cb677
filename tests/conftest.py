import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The build scripts (overlay application, lint) are tested as modules.
sys.path.insert(0, str(ROOT / "scripts"))
