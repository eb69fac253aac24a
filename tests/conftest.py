"""Shared test helpers: paths to the fixtures and the seed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


# CI runs the property tests on a fixed set of examples, so a red build always means a change of ours;
# local runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
