"""The article's images: lead image and in-body figures, lazy sources resolved, caption and credit split."""

from __future__ import annotations

from ..record import Image
from .content import Content
from .metadata import Metadata
from .page import Page


def extract_images(page: Page, content: Content, metadata: Metadata) -> tuple[Image, ...]:
    """The images of the article in ``content``, in document order."""
    return ()
