"""Citations: the links inside the article body, and named sources it attributes to."""

from __future__ import annotations

from ..record import Citation
from .content import Content
from .page import Page


def extract_citations(page: Page, content: Content) -> tuple[Citation, ...]:
    """The citations of the article in ``content``, in document order."""
    return ()
