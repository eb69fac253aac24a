"""The examples/ scripts run as a user would run them (pages served on loopback where they fetch)."""

from __future__ import annotations

import functools
import gzip
import http.server
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import converter

ROOT = Path(__file__).resolve().parent.parent
PAGE = ("<html><head><title>Example page</title></head><body><article><h1>Example page</h1>"
        "<p>This page is served on loopback so that the example can fetch it like a real one.</p>"
        "<p>It links to <a href='https://example.org/source'>a source</a> in its body text.</p>"
        "</article></body></html>")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/page.html"
    server.shutdown()


def test_requests_example(served: str) -> None:
    done = _run(str(ROOT / "examples" / "requests_convert.py"), served)
    assert done.returncode == 0, done.stderr
    assert served in done.stdout


def test_soup_example(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    done = _run(str(ROOT / "examples" / "soup_input.py"), str(page), "https://example.org/page")
    assert done.returncode == 0, done.stderr
    assert '"schema_version"' in done.stdout


def test_validate_archive_example(tmp_path: Path) -> None:
    archive = tmp_path / "records.jsonl.gz"
    good = converter.convert(PAGE).to_json()
    with gzip.open(archive, "wt", encoding="utf-8") as stream:
        stream.write(good + "\n" + good.replace('"text":', '"txt":') + "\n")
    done = _run(str(ROOT / "examples" / "validate_archive.py"), str(archive))
    assert done.returncode == 1
    assert done.stdout.splitlines()[-1] == "2 records, 1 invalid"
