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


def class_and_id(element: HtmlElement) -> str:
    """The ``class`` and the ``id`` of ``element`` as one string, "class id" ("" when it has neither): what
    the page's authors named the element, for tests of what it is (a caption, a share bar, a sidebar)."""
    cls = element.get("class")
    ident = element.get("id")
    if cls is None and ident is None:
        return ""
    return f"{cls or ''} {ident or ''}"
