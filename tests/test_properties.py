"""Property-based tests: generated and mutated HTML and text never raise anything but ConverterError,
and every record they give validates."""

from __future__ import annotations

import gzip

from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import converter

TAGS = ["p", "div", "article", "span", "a", "img", "figure", "figcaption", "h1", "h2", "ul", "li", "table", "td",
        "script", "style", "time", "meta", "title", "nav", "footer", "br", "noscript", "picture", "source", "cite"]
ATTRS = ["href", "src", "class", "id", "datetime", "content", "property", "name", "rel", "itemprop", "data-src",
         "srcset", "alt", "lang", "type"]
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
VALUES = st.one_of(TEXT, st.sampled_from(["https://example.org/a", "/rel", "javascript:x", "data:image/png;base64,xx",
                                          "2020-02-30", "9999-12-31T00:00:00Z", "author", "license", "og:title",
                                          "application/ld+json", "a.jpg 2x, b.jpg 800w", "cc-by 4.0"]))


@st.composite
def html(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth > 4 or draw(st.booleans()):
            parts.append(draw(TEXT).replace("<", "&lt;"))
            continue
        tag = draw(st.sampled_from(TAGS))
        attrs = "".join(f' {name}="{draw(VALUES).replace(chr(34), "&quot;")}"'
                        for name in draw(st.lists(st.sampled_from(ATTRS), max_size=3)))
        close = draw(st.sampled_from([f"</{tag}>", ""]))
        parts.append(f"<{tag}{attrs}>{draw(html(depth + 1))}{close}")
    return "".join(parts)


def _check(data: bytes | str) -> None:
    try:
        record = converter.convert(data, url="https://example.org/page")
    except converter.ConverterError:
        return
    assert converter.validate(record) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html())
def test_generated_html(page: str) -> None:
    _check("<html><head><title>t</title></head><body>" + page + "</body></html>")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    _check(data)


SEED = (SEEDS / "000_00d8440afd29ed83.txt").read_bytes()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SEED) - 1), st.integers(0, 255)), max_size=30),
       st.integers(0, len(SEED)), st.sampled_from(["utf-8", "cp1252", "gzip", "crlf"]))
def test_mutated_seed_text(flips: list[tuple[int, int]], cut: int, form: str) -> None:
    data = bytearray(SEED[:cut])
    for where, value in flips:
        if where < len(data):
            data[where] = value
    blob = bytes(data)
    if form == "cp1252":
        blob = blob.decode("utf-8", "replace").encode("cp1252", "replace")
    elif form == "gzip":
        blob = gzip.compress(blob)[: max(10, len(blob) // 2)]
    elif form == "crlf":
        blob = blob.replace(b"\n", b"\r\n")
    _check(blob)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["title", "author", "byline", "credit", "date", "license"]))
def test_text_document_lines(line: str, kind: str) -> None:
    prefix = {"title": "", "author": "By ", "byline": "By | ", "credit": "Photo: ", "date": "Published ",
              "license": "is licensed under "}[kind]
    _check(f"Headline\n\n{prefix}{line}\n\nBody paragraph one.\n\n{line}\n")
