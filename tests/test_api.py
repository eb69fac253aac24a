"""The library API: every input kind, provenance, determinism and errors."""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

import lxml.html
import pytest
from bs4 import BeautifulSoup

import converter

PAGE = "<html><head><title>Título</title></head><body><article><p>Olá, café.</p></article></body></html>"


def test_bytes_record_has_provenance() -> None:
    data = PAGE.encode("utf-8")
    record = converter.convert(data, url="https://example.org/a")
    assert record.source.sha256 == hashlib.sha256(data).hexdigest()
    assert record.source.media_type == "text/html"
    assert record.source.encoding == "utf-8"
    assert record.source.url == "https://example.org/a"
    assert record.url == "https://example.org/a"
    assert record.converter.version == converter.__version__
    assert "Olá, café." in record.text


@pytest.mark.parametrize(
    "make",
    [
        lambda: PAGE,
        lambda: gzip.compress(PAGE.encode("utf-8")),
        lambda: PAGE.encode("cp1252", "replace").replace(b"?", b""),
        lambda: BeautifulSoup(PAGE, "html.parser"),
        lambda: lxml.html.document_fromstring(PAGE),
        lambda: lxml.html.document_fromstring(PAGE).getroottree(),
    ],
    ids=["str", "gzip", "cp1252", "soup", "lxml-element", "lxml-tree"],
)
def test_every_input_kind_gives_the_same_text(make: object) -> None:
    record = converter.convert(make())  # type: ignore[operator]
    assert "café" in record.text
    assert converter.validate(record) == []


def test_caller_tree_is_not_mutated() -> None:
    tree = lxml.html.document_fromstring(PAGE + "<nav><a href='/x'>menu</a></nav>")
    before = lxml.html.tostring(tree)
    converter.convert(tree)
    assert lxml.html.tostring(tree) == before


class _FakeResponse:
    """What requests and httpx responses look like to us."""

    def __init__(self) -> None:
        self.content = PAGE.encode("cp1252", "replace")
        self.url = "https://example.org/r"
        self.headers = {"content-type": "text/html; charset=windows-1252"}


def test_response_objects_are_duck_typed() -> None:
    record = converter.convert(_FakeResponse())
    assert record.source.url == "https://example.org/r"
    assert record.source.encoding == "cp1252"
    assert "café" in record.text


def test_unsupported_input_type_is_input_error() -> None:
    with pytest.raises(converter.InputError, match="int"):
        converter.convert(42)


def test_convert_file_missing_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    with pytest.raises(converter.ConverterError, match=r"missing\.html"):
        converter.convert_file(missing)


def test_output_is_deterministic(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    assert converter.convert_file(page).to_json() == converter.convert_file(page).to_json()


def test_json_never_carries_raw_control_characters() -> None:
    record = converter.convert("<title>a\x01b</title><p>x\x07y</p>")
    assert not any(ord(c) < 0x20 for c in record.to_json())


def test_validate_true_raises_record_error_on_invalid(monkeypatch: pytest.MonkeyPatch) -> None:
    from converter import pipeline
    from converter.extract.metadata import Metadata

    monkeypatch.setattr(pipeline, "extract_metadata", lambda page: Metadata(published="31 February"))
    with pytest.raises(converter.RecordError, match="/published"):
        converter.convert(PAGE, validate=True)


def test_xhtml_with_xml_declaration() -> None:
    page = ('<?xml version="1.0" encoding="iso-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<head><title>X</title></head><body><article><p>Ein schöner Absatz über Käse und Brot.</p>"
            "</article></body></html>")
    record = converter.convert(page.encode("iso-8859-1"))
    assert record.source.media_type == "application/xhtml+xml"
    assert record.source.encoding == "cp1252"  # WHATWG: the latin-1 label means windows-1252
    assert "schöner Absatz" in record.text


def test_plain_text_is_told_from_html() -> None:
    assert converter.convert(b"Title\n\nA body where a < b and c > d.\n").source.media_type == "text/plain"
    assert converter.convert(b"<script>x</script><p>y</p>").source.media_type == "text/html"


def test_real_response_objects_of_scrapy_requests_and_httpx() -> None:
    httpx = pytest.importorskip("httpx")
    requests = pytest.importorskip("requests")
    scrapy_http = pytest.importorskip("scrapy.http")
    body = ("<html><head><title>T</title></head><body><article><p>" + "Grüße aus Köln, sagt der Bürgermeister. " * 5
            + "</p></article></body></html>").encode("cp1252")
    headers = {"Content-Type": "text/html; charset=windows-1252"}
    url = "https://example.org/koeln"

    scrapy_response = scrapy_http.HtmlResponse(url, body=body, headers=headers)
    httpx_response = httpx.Response(200, content=body, headers=headers, request=httpx.Request("GET", url))
    requests_response = requests.models.Response()
    requests_response._content, requests_response.url = body, url
    requests_response.headers.update(headers)
    for response in (scrapy_response, httpx_response, requests_response):
        record = converter.convert(response)
        assert record.source.url == url
        assert record.source.encoding == "cp1252"
        assert "Grüße aus Köln" in record.text


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "empty-input"), (b" \n\t", "empty-input"), (b"<html><body><script>app()</script></body></html>", "no-text")],
)
def test_a_record_without_text_says_why(data: bytes, code: str) -> None:
    record = converter.convert(data, name="page.html")
    assert record.text == ""
    assert [w.code for w in record.warnings] == [code]
    assert record.warnings[0].message.startswith("page.html: ")


def test_a_record_with_text_has_no_emptiness_warning() -> None:
    assert converter.convert(PAGE).warnings == ()
