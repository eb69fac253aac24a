"""Questions about one element that several extraction steps ask."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_hidden(element: HtmlElement) -> bool:
    """Whether ``element`` is hidden from readers (``hidden``, ``aria-hidden="true"``, ``display: none``,
    ``visibility: hidden``)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))
