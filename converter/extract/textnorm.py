"""Whitespace and text helpers shared by the extraction modules."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from lxml.html import HtmlElement

# Characters that are never part of a field: C0/C1 controls except tab/newline, and NUL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def collapse_ws(text: str | None) -> str:
    """``text`` with every run of white space (no-break spaces included) made one space, trimmed."""
    if not text:
        return ""
    # str.split() splits at exactly the characters ``\s`` matches (str.isspace), and is several times faster.
    return " ".join(text.split())


def clean_text(text: str) -> str:
    """``text`` NFC-normalised, without control characters."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


_SKIPPED = frozenset({"script", "style", "noscript", "template"})
# Elements that separate words even when the markup has no white space around them.
_BREAKING = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "td", "th", "tr", "ul",
})


def _pieces(node: HtmlElement, out: list[str], skipped: Collection[HtmlElement]) -> None:
    # Each read of .text or .tail makes a new string: read them once.
    text = node.text
    if text:
        out.append(text)
    for child in node:
        tag = child.tag
        if isinstance(tag, str) and tag not in _SKIPPED and not (skipped and child in skipped):
            if tag in _BREAKING:
                out.append(" ")
                _pieces(child, out, skipped)
                out.append(" ")
            else:
                _pieces(child, out, skipped)
        tail = child.tail
        if tail:
            out.append(tail)


def node_text(node: HtmlElement, skipped: Collection[HtmlElement] = ()) -> str:
    """All text inside ``node`` (scripts, styles, comments and the ``skipped`` elements excluded), white
    space collapsed; inline elements join their neighbours without a space, block elements break words."""
    if not len(node):
        # A leaf (most links, labels and bylines): its own text, without the walk.
        return collapse_ws(node.text)
    out: list[str] = []
    _pieces(node, out, skipped)
    return collapse_ws("".join(out))
