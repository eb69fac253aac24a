"""Shared test helpers: paths to the fixtures and the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
