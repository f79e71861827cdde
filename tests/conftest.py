"""Shared paths: the real inventories beside the project, when this machine has them."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REALDATA = ROOT.parent / "shared" / "realdata"


@pytest.fixture
def realdata() -> Path:
    """../shared/realdata, or a skip saying why (a user's fresh clone has no ../shared/)."""
    if not REALDATA.is_dir():
        pytest.skip(f"real inventories not present at {REALDATA} (only on the team's machines)")
    return REALDATA
