"""The seed document: every point of ``seeds/000_00d8440afd29ed83.expected.json``, with its matching rules
(NFKC, curly and straight quotes unified, white space collapsed, case folded)."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

import pytest
from conftest import SEEDS

import converter

SEED = SEEDS / "000_00d8440afd29ed83.txt"
EXPECTED = json.loads((SEEDS / "000_00d8440afd29ed83.expected.json").read_text(encoding="utf-8"))
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"})


def norm(value: Any) -> str:
    """A string as the seed's matching rules compare it."""
    text = unicodedata.normalize("NFKC", str(value)).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    return converter.convert_file(SEED, validate=True).to_dict()


def test_record_validates(record: dict[str, Any]) -> None:
    assert converter.validate(record) == []
    assert record["source"]["media_type"] == "text/plain"


def test_title_authors_byline_date_license(record: dict[str, Any]) -> None:
    assert norm(record["title"]) == norm(EXPECTED["title"])
    assert [norm(a["name"]) for a in record["authors"]] == [norm(a) for a in EXPECTED["authors"]]
    assert norm(record["byline"]) == norm("By | Rachel Brooks")
    assert record["published"] == EXPECTED["published"]
    assert record["license"] is EXPECTED["license"]


def test_text(record: dict[str, Any]) -> None:
    expected = EXPECTED["text"]
    paragraphs = record["text"].split("\n\n")
    assert len(paragraphs) == expected["paragraphs"]
    assert norm(paragraphs[0]).startswith(norm(expected["starts_with"]))
    assert norm(paragraphs[-1]).endswith(norm(expected["ends_with"]))
    for snippet in expected["must_not_contain"]:
        assert norm(snippet) not in norm(record["text"])


def test_one_image_with_the_parsed_credit(record: dict[str, Any]) -> None:
    expected = EXPECTED["images"]
    assert len(record["images"]) == expected["count"]
    image = record["images"][0]
    assert image["src"] is expected["src"]
    assert image["caption"] is expected["caption"]
    for key, value in expected["credit"].items():
        assert norm(image["credit"][key]) == norm(value), key
    for snippet in expected["credit_text_contains"]:
        assert norm(snippet) in norm(image["credit"]["text"])


def test_citations_are_the_named_sources(record: dict[str, Any]) -> None:
    expected = EXPECTED["citations"]
    required = {norm(s) for s in expected["required"]}
    allowed = required | {norm(s) for s in expected["allowed"]}
    named = {norm(c["source"] if c["source"] is not None else c["text"]) for c in record["citations"]}
    assert required <= named
    assert named <= allowed, named - allowed
    assert not named & {norm(s) for s in expected["forbidden_examples"]}
    for citation in record["citations"]:
        assert citation["kind"] == "attribution"
        assert citation["url"] is None
        assert citation["context"] and norm(citation["text"]) in norm(citation["context"])
