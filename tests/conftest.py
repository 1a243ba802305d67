"""Shared test setup: the rule harness (tests/harness.py) is importable as `harness`."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import harness  # noqa: E402  (needs the path above)


@pytest.fixture(scope="session")
def default_profile():
    """The shipped default profile, loaded once."""
    return harness.cached_profile()
