"""Bylines read into authors: ``parse_byline``."""

from __future__ import annotations

import pytest

from converter.extract.bylines import parse_byline
from converter.record import Author


def _names(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.type, a.role) for a in parse_byline(text)[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By John Smith", [("John Smith", "person", None)]),
        ("By | Jane Doe", [("Jane Doe", "person", None)]),
        ("By John Smith and Jane Doe", [("John Smith", "person", None), ("Jane Doe", "person", None)]),
        ("John Smith | Staff Writer", [("John Smith", "person", "Staff Writer")]),
        ("Written by Jane Doe", [("Jane Doe", "person", None)]),
        ("Jane Doe, Reuters", [("Jane Doe", "person", None), ("Reuters", "organization", None)]),
        ("Von Max Mustermann", [("Max Mustermann", "person", None)]),
        ("Par Jean Dupont et Marie Curie", [("Jean Dupont", "person", None), ("Marie Curie", "person", None)]),
        ("John Smith, Jane Doe and Bob Roe",
         [("John Smith", "person", None), ("Jane Doe", "person", None), ("Bob Roe", "person", None)]),
        ("Reporting by John Smith; Editing by Mary Jones", [("John Smith", "person", None)]),
        ("By JOHN SMITH, Senior Correspondent", [("John Smith", "person", "Senior Correspondent")]),
        ("By John Smith on November 6, 2020", [("John Smith", "person", None)]),
        ("By John Smith Follow @jsmith", [("John Smith", "person", None)]),
        ("By Ludwig van Beethoven, dpa", [("Ludwig van Beethoven", "person", None), ("dpa", "organization", None)]),
        ("Interview by Jane Doe", [("Jane Doe", "person", "interviewer")]),
        ("By BBC News", [("BBC News", "organization", None)]),
        ("Redaktion Example Zeitung", [("Redaktion Example Zeitung", "organization", None)]),
        ("Por Redacción Diario Ejemplo", [("Redacción Diario Ejemplo", "organization", None)]),
        ("Rechtsanwalt Sebastian Einbock", [("Sebastian Einbock", "person", None)]),
        ("Richard David Precht im Gespräch mit Karin Fischer",
         [("Richard David Precht", "person", None), ("Karin Fischer", "person", None)]),
        ("Jane Doe in conversation with John Roe", [("Jane Doe", "person", None), ("John Roe", "person", None)]),
        ("Photos: Jane Doe", []),
        ("Posted by admin", []),
        ("By Staff Writer", []),
        ("Home > News", []),
    ],
)
def test_authors(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _names(text) == expected


def test_byline_is_trimmed_after_the_names() -> None:
    byline, authors = parse_byline("  By John Smith  john@example.org | Updated 3 hours ago ")
    assert byline == "By John Smith john@example.org"
    assert authors == (Author("John Smith"),)


def test_empty() -> None:
    assert parse_byline("") == (None, ())
    assert parse_byline(None) == (None, ())


@pytest.mark.parametrize(
    "text",
    ["Von Einheimischen, Gästen und ganz viel Kühen", "Posted in News and Sports today"],
)
def test_a_line_with_parts_that_are_no_names_names_nobody(text: str) -> None:
    assert parse_byline(text)[1] == ()


def test_other_credits_are_split_off() -> None:
    assert _names("Written by Rob Example Edited by Betsy Sample") == [("Rob Example", "person", None)]


def test_trusted_sources_keep_user_names_but_not_initials() -> None:
    assert [a.name for a in parse_byline("jancak", trusted=True)[1]] == ["jancak"]
    assert parse_byline("kj", trusted=True)[1] == ()
    assert parse_byline("example-news.de", trusted=True)[1] == ()
