"""Golden fixtures: every ``fixtures/<case>/`` holds ``page.html`` (or ``page.txt``), an optional
``input.json`` (``{"url": ...}``) and ``expected.json``, a subset of the record that must match exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES

import converter


def _cases() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if (p / "expected.json").is_file())


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_fixture_record(case: Path) -> None:
    page = next(p for p in sorted(case.glob("page.*")))
    options = json.loads((case / "input.json").read_text(encoding="utf-8")) if (case / "input.json").exists() else {}
    record = converter.convert(page.read_bytes(), url=options.get("url"), name=str(page))
    data = record.to_dict()
    assert converter.validate(record) == []
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    for key, value in expected.items():
        assert data[key] == value, f"{case.name}: field {key!r}"
