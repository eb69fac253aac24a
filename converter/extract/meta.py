"""``<meta>`` and ``<link>`` evidence: OpenGraph, Twitter cards, Dublin Core, parsely, sailthru, citation_*.

``read_meta`` indexes every ``<meta>`` by its ``name``, ``property``, ``itemprop`` or ``http-equiv`` (lower
case) and every ``<link>`` by its ``rel`` words, in document order, so that the resolver can ask for the
first non-empty value of a list of keys.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from .page import Page
from .textnorm import clean_text, collapse_ws

_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")


@dataclass(frozen=True, slots=True)
class MetaTags:
    """Values of the page's ``<meta>`` tags by key, and ``<link>`` targets by rel, in document order."""

    values: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)

    def first(self, *keys: str) -> str | None:
        """The first non-empty value among ``keys`` (tried in the order given), or None."""
        for key in keys:
            for value in self.values.get(key, ()):
                if value:
                    return value
        return None

    def all(self, *keys: str) -> list[str]:
        """Every non-empty value of ``keys``, in the order of the keys, then of the document."""
        return [value for key in keys for value in self.values.get(key, ()) if value]

    def link(self, rel: str) -> str | None:
        """The first ``href`` of a ``<link>`` with ``rel`` among its words, or None."""
        hrefs = self.links.get(rel)
        return hrefs[0] if hrefs else None


def read_meta(page: Page) -> MetaTags:
    """The ``<meta>`` values and ``<link rel>`` targets of ``page`` (values white-space collapsed)."""
    values: dict[str, list[str]] = {}
    links: dict[str, list[str]] = {}
    for element in page.root.iter("meta", "link"):
        if element.tag == "meta":
            content = element.get("content")
            if content is None:
                content = element.get("value")
            if content is None:
                continue
            # Some sites escape twice ("Redacci&amp;oacute;n"): one more unescape is harmless otherwise.
            content = collapse_ws(clean_text(html.unescape(content) if "&" in content else content))
            for attribute in _KEY_ATTRIBUTES:
                key = element.get(attribute)
                if key:
                    for word in key.lower().split():
                        values.setdefault(word, []).append(content)
        else:
            href = element.get("href")
            if href and href.strip():
                for rel in (element.get("rel") or "").lower().split():
                    links.setdefault(rel, []).append(href.strip())
    return MetaTags(values, links)
