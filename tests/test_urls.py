"""URLs in records are always valid RFC 3986 references, however the page wrote them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from converter.extract.urls import absolute_url, escape_url

CHECK = Draft202012Validator.FORMAT_CHECKER


@pytest.mark.parametrize(
    ("href", "base", "expected"),
    [
        ("Rafał.jpg", "https://liberte.pl/app/", "https://liberte.pl/app/Rafa%C5%82.jpg"),
        ("a b%zz.jpg", "http://x.org/", "http://x.org/a%20b%25zz.jpg"),
        ("http://bücher.de/ä?q=ü#f g", None, "http://xn--bcher-kva.de/%C3%A4?q=%C3%BC#f%20g"),
        ("//cdn.x.org/i.jpg", "https://a.org/p", "https://cdn.x.org/i.jpg"),
        ("../i.jpg", "https://a.org/x/y/z.html", "https://a.org/x/i.jpg"),
        ("i.jpg", None, "i.jpg"),
        ("http://[::1]:8080/a", None, "http://[::1]:8080/a"),
        ("h://x:²/a", None, "h://x%3A%C2%B2/a"),
        ("http://＃/a", None, "http://%EF%BC%83/a"),
        ("http://[x/a", None, "http://%5Bx/a"),
        ("::a", None, "%3A%3Aa"),
        ("http://％/", None, "http://%25/"),
        ('{"default": {"src": "x.jpg"}}', "https://a.org/", None),
        ("[https:/cdn.x.org/i.jpg]", "https://a.org/", None),
        ("   ", "https://a.org/", None),
    ],
)
def test_absolute_url(href: str, base: str | None, expected: str | None) -> None:
    assert absolute_url(href, base) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60), st.sampled_from(["", "http://", "https://a.org/", "//", "mailto:", "http://[", "h://x:"]))
def test_escaped_urls_are_valid_uri_references(tail: str, head: str) -> None:
    assert CHECK.conforms(escape_url(head + tail), "uri-reference")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_absolute_urls_with_a_base_are_valid_uris(href: str) -> None:
    url = absolute_url(href, "https://example.org/a/b.html")
    assert url is None or CHECK.conforms(url, "uri-reference")
