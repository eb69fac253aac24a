"""The article's main content: the node that holds it and its paragraphs, boilerplate removed."""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from .metadata import Metadata
from .page import Page
from .textnorm import node_text


@dataclass(frozen=True, slots=True)
class Content:
    """The main content of a page.

    ``node`` is the element holding the article (None when none was found); ``blocks`` are the elements
    whose text became ``paragraphs``, in order (citations look for links inside them).
    """

    node: HtmlElement | None
    blocks: tuple[HtmlElement, ...] = ()
    paragraphs: tuple[str, ...] = ()


def extract_content(page: Page, metadata: Metadata) -> Content:
    """The main content of ``page``."""
    body = page.root.find("body")
    if body is None:
        return Content(None)
    blocks = tuple(p for p in body.iter("p") if node_text(p))
    return Content(body, blocks, tuple(node_text(p) for p in blocks))
