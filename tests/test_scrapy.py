"""The Scrapy pipeline: settings, attach/drop behaviour, no deprecation warnings, and a real crawl on loopback."""

from __future__ import annotations

import functools
import http.server
import json
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

scrapy = pytest.importorskip("scrapy")
from scrapy.exceptions import DropItem, ScrapyDeprecationWarning  # noqa: E402
from scrapy.pipelines import ItemPipelineManager  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from converter.cli import main  # noqa: E402
from converter.integrations.scrapy import ConverterPipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
           "<p>{title} is a page served on loopback for the crawl test, with enough words to be an article.</p>"
           "<p>A second paragraph keeps the extractor honest about what an article looks like.</p>"
           "</article></body></html>")


def _crawler(**settings: object):  # type: ignore[no-untyped-def]
    return get_crawler(settings_dict={"ITEM_PIPELINES": {"converter.integrations.scrapy.ConverterPipeline": 1},
                                      **settings})


def test_settings_are_read_in_from_crawler() -> None:
    pipeline = ConverterPipeline.from_crawler(_crawler(CONVERTER_HTML_FIELD="body", CONVERTER_URL_FIELD="link",
                                                       CONVERTER_RECORD_FIELD="out", CONVERTER_KEEP_HTML=False))
    item = pipeline.process_item({"body": ARTICLE.format(title="A").encode(), "link": "https://example.org/a"})
    assert item["out"]["source"]["url"] == "https://example.org/a"
    assert "body" not in item


def test_record_can_be_the_item_itself() -> None:
    pipeline = ConverterPipeline(record_field="")
    record = pipeline.process_item({"html": ARTICLE.format(title="B"), "url": "https://example.org/b"})
    assert record["schema_version"] and record["url"] == "https://example.org/b"


def test_item_without_html_or_with_bad_html_is_dropped(caplog: pytest.LogCaptureFixture) -> None:
    pipeline = ConverterPipeline()
    with pytest.raises(DropItem, match=r"example\.org/x"):
        pipeline.process_item({"url": "https://example.org/x"})
    with pytest.raises(DropItem, match="gzip"):
        pipeline.process_item({"url": "https://example.org/y", "html": b"\x1f\x8b\x08\x00broken"})
    assert "example.org/y" in caplog.text


def test_no_deprecation_warning_with_current_scrapy() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ScrapyDeprecationWarning)
        manager = ItemPipelineManager.from_crawler(_crawler())
    assert manager.middlewares


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "index.html").write_text(
        ARTICLE.format(title="Index").replace(
            "</article>", '<a href="one.html">one</a> <a href="two.html">two</a></article>'))
    (tmp_path / "one.html").write_text(ARTICLE.format(title="One"))
    (tmp_path / "two.html").write_text(ARTICLE.format(title="Two"))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


def test_real_crawl_exports_valid_records(site: str, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    done = subprocess.run([sys.executable, str(ROOT / "examples" / "scrapy_crawl.py"), site, str(out)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert main(["validate", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["source"]["url"].rsplit("/", 1)[1] for r in records) == ["index.html", "one.html", "two.html"]
