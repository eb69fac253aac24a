"""What callers hand us, reduced to one shape: raw bytes, text, or an already parsed tree.

Scraper objects are duck-typed so that none of their libraries is a dependency:
BeautifulSoup (``bs4``), lxml elements and trees, Scrapy responses (``.body``), and
requests/httpx responses (``.content``, ``.encoding``/``.charset_encoding``).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from ..errors import InputError

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.I)


@dataclass(frozen=True, slots=True)
class RawInput:
    """One input, before decoding: exactly one of ``data``, ``text`` and ``tree`` is set."""

    data: bytes | None = None
    text: str | None = None
    tree: HtmlElement | None = None
    url: str | None = None
    charset: str | None = None


def _header(headers: Any, key: str) -> str | None:
    try:
        value = headers.get(key)
    except AttributeError:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) else None


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value."""
    if not content_type:
        return None
    match = _CHARSET.search(content_type)
    return match.group(1) if match else None


def coerce_input(obj: Any, *, url: str | None, charset: str | None = None) -> RawInput:
    """``obj`` as a :class:`RawInput`; raises :class:`InputError` for what cannot be read.

    ``charset`` is the caller's declared encoding for bytes (a response's own header wins over it).
    """
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return RawInput(data=bytes(obj), url=url, charset=charset)
    if isinstance(obj, str):
        return RawInput(text=obj, url=url)
    if isinstance(obj, etree._ElementTree):
        obj = obj.getroot()
    if isinstance(obj, etree._Element):
        # Our steps read a tree of HtmlElement; re-parse other element classes, and never touch the caller's.
        if isinstance(obj, HtmlElement):
            return RawInput(tree=copy.deepcopy(obj), url=url)
        return RawInput(text=etree.tostring(obj, encoding="unicode", method="html"), url=url)
    module = type(obj).__module__ or ""
    if module.startswith("bs4"):
        return RawInput(text=str(obj), url=url)
    body = getattr(obj, "body", None)
    if isinstance(body, bytes):  # Scrapy Response
        detected = getattr(obj, "encoding", None) if hasattr(obj, "text") else None
        declared = charset_of(_header(getattr(obj, "headers", None), "Content-Type"))
        return RawInput(data=body, url=url or getattr(obj, "url", None), charset=declared or detected or charset)
    content = getattr(obj, "content", None)
    if isinstance(content, bytes):  # requests / httpx Response
        declared = charset_of(_header(getattr(obj, "headers", None), "content-type"))
        response_url = getattr(obj, "url", None)
        return RawInput(
            data=content, url=url or (str(response_url) if response_url else None), charset=declared or charset
        )
    raise InputError(f"<{type(obj).__name__}>: unsupported input type; give bytes, str, a soup, a tree or a response")
