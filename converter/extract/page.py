"""The parsed page every extraction step shares: one lxml tree, its URL and base URL."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .urls import absolute_url

_ITEMPROPS = etree.XPath("//*[@itemprop and not(self::meta)]")


@dataclass(frozen=True, slots=True)
class Page:
    """A page parsed once.

    ``url`` is the URL the caller gave (or a WARC record's target); ``base_url`` is what relative
    links resolve against: ``<base href>`` (itself resolved against ``url``), else ``url``.
    """

    root: HtmlElement
    url: str | None = None
    base_url: str | None = None
    # Views of the page that several steps read (the parsed JSON-LD, links, microdata), made once on first use.
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def links(self) -> list[HtmlElement]:
        """The page's ``<a>`` and ``<link>`` elements in document order (found once: bylines, author pages
        and licences are all looked for among them)."""
        found: list[HtmlElement] | None = self.derived.get("links")
        if found is None:
            found = self.derived["links"] = list(self.root.iter("a", "link"))
        return found

    def itemprops(self) -> list[HtmlElement]:
        """The page's microdata elements (``itemprop``) outside ``<meta>``, in document order, found once."""
        found: list[HtmlElement] | None = self.derived.get("itemprops")
        if found is None:
            found = self.derived["itemprops"] = _ITEMPROPS(self.root)
        return found

    def absolute(self, href: str | None) -> str | None:
        """``href`` resolved against the base URL (as written when there is none), escaped into a valid URI
        reference; None when it is empty or is data rather than a URL (see :mod:`.urls`)."""
        return absolute_url(href, self.base_url)

    @property
    def host(self) -> str | None:
        """The page's host name (lower case, without ``www.``), when a URL is known."""
        url = self.base_url or self.url
        if not url:
            return None
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:  # an unbalanced IPv6 bracket
            return None
        return host.removeprefix("www.") or None
