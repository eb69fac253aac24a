"""Page metadata: title, byline and authors, dates, site name, language, description, canonical URL, licence.

Every field is resolved here, in one order of trust (see ``resolve_metadata``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..record import Author, License
from .page import Page


@dataclass(frozen=True, slots=True)
class Metadata:
    """The resolved metadata of one page or text document."""

    url: str | None = None
    title: str | None = None
    byline: str | None = None
    authors: tuple[Author, ...] = ()
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    license: License | None = None


def extract_metadata(page: Page) -> Metadata:
    """The metadata of ``page``."""
    return Metadata(url=page.url)
