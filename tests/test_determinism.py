"""Determinism: the same input gives byte-identical JSON, in one process or in two with other hash seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, SEEDS

import converter

_SCRIPT = """
import json, sys, converter
for path in json.load(sys.stdin):
    print(converter.convert_file(path, url="https://example.org/a/b").to_json())
"""


def _inputs() -> list[str]:
    pages = sorted(str(p) for p in FIXTURES.glob("*/page.*"))
    return [*pages, str(SEEDS / "000_00d8440afd29ed83.txt")]


def _in_subprocess(seed: str) -> list[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _SCRIPT], input=json.dumps(_inputs()), capture_output=True,
                          text=True, env=env, check=True)
    return done.stdout.splitlines()


def test_same_bytes_in_one_process_and_in_two_with_other_hash_seeds() -> None:
    here = [converter.convert_file(p, url="https://example.org/a/b").to_json() for p in _inputs()]
    assert here == [converter.convert_file(p, url="https://example.org/a/b").to_json() for p in _inputs()]
    assert _in_subprocess("1") == here
    assert _in_subprocess("4242") == here


def test_records_do_not_depend_on_the_clock() -> None:
    page = Path(_inputs()[-1]).read_bytes()
    first = converter.convert(page).to_json()
    assert "fetched_at\":null" in first
    assert converter.convert(page).to_json() == first
