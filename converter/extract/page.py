"""The parsed page every extraction step shares: one lxml tree, its URL and base URL."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement


@dataclass(frozen=True, slots=True)
class Page:
    """A page parsed once.

    ``url`` is the URL the caller gave (or a WARC record's target); ``base_url`` is what relative
    links resolve against: ``<base href>`` (itself resolved against ``url``), else ``url``.
    """

    root: HtmlElement
    url: str | None = None
    base_url: str | None = None

    def absolute(self, href: str | None) -> str | None:
        """``href`` trimmed and resolved against the base URL; as written when there is no base."""
        if href is None:
            return None
        href = href.strip()
        if not href:
            return None
        if self.base_url:
            try:
                return urljoin(self.base_url, href)
            except ValueError:
                return href
        return href

    @property
    def host(self) -> str | None:
        """The page's host name (lower case, without ``www.``), when a URL is known."""
        url = self.base_url or self.url
        if not url:
            return None
        host = (urlsplit(url).hostname or "").lower()
        return host.removeprefix("www.") or None
