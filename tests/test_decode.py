"""Decoding bytes: BOMs, declared charsets, lying declarations, undeclared 8-bit text, gzip."""

from __future__ import annotations

import gzip

import pytest

from converter.errors import InputError
from converter.inputs.decode import decode_bytes, gunzip

TEXT = "Café – naïve “quotes”"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_wins(encoding: str) -> None:
    decoded = decode_bytes(TEXT.encode(encoding), name="x")
    assert decoded.text == TEXT


def test_utf16_without_bom_is_detected() -> None:
    html = "<html><body><p>" + TEXT + "</p></body></html>"
    assert decode_bytes(html.encode("utf-16-le"), name="x").text == html


def test_http_charset_is_used() -> None:
    assert decode_bytes(TEXT.encode("cp1252"), name="x", declared="windows-1252").text == TEXT


def test_meta_charset_is_used() -> None:
    page = '<meta charset="iso-8859-15"><p>' + "Prix: 5 €"
    decoded = decode_bytes(page.encode("iso-8859-15"), name="x")
    assert decoded.text.endswith("5 €")
    assert decoded.encoding == "iso8859-15"


def test_lying_meta_latin1_on_utf8_bytes_reads_utf8_with_warning() -> None:
    page = '<meta charset="iso-8859-1"><p>' + TEXT
    decoded = decode_bytes(page.encode("utf-8"), name="page.html")
    assert decoded.text.endswith(TEXT)
    assert [w.code for w in decoded.warnings] == ["charset-mismatch"]
    assert "page.html" in decoded.warnings[0].message


def test_undeclared_cp1252_is_detected() -> None:
    decoded = decode_bytes(("<p>" + TEXT).encode("cp1252"), name="x")
    assert decoded.text.endswith(TEXT)
    assert decoded.encoding == "cp1252"


def test_unknown_declared_charset_is_a_warning() -> None:
    decoded = decode_bytes(b"<p>plain", name="x", declared="x-klingon")
    assert decoded.text == "<p>plain"
    assert decoded.warnings[0].code == "unknown-charset"


def test_gzip_round_trip_and_truncation() -> None:
    blob = gzip.compress(b"<p>" + b" ".join(b"word%d" % i for i in range(20000)))
    assert gunzip(blob, name="x", max_bytes=1 << 20)[0].startswith(b"<p>word")
    data, warnings = gunzip(blob[: len(blob) // 2], name="page.html.gz", max_bytes=1 << 20)
    assert data.startswith(b"<p>word")
    assert warnings[0].code == "truncated-gzip"


def test_fake_gzip_is_an_input_error_naming_the_input() -> None:
    with pytest.raises(InputError, match=r"fake\.gz"):
        gunzip(b"\x1f\x8bnot gzip at all", name="fake.gz", max_bytes=1 << 20)
