"""Parsing HTML once, safely: no network, no entity expansion, comments and processing instructions dropped."""

from __future__ import annotations

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ..errors import InputError

_PARSER = lxml.html.HTMLParser(
    no_network=True,
    remove_comments=True,
    remove_pis=True,
    remove_blank_text=False,
    default_doctype=False,
    collect_ids=False,
)


def parse_html(text: str, *, name: str = "<input>") -> HtmlElement:
    """The root ``<html>`` element of ``text``.

    Raises :class:`InputError` naming ``name`` when nothing can be parsed.
    """
    # lxml refuses str input that carries an XML encoding declaration.
    if text.startswith("<?xml"):
        end = text.find("?>")
        if end != -1:
            text = text[end + 2 :]
    if not text.strip():
        return lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER)
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: cannot parse as HTML: {exc}") from exc
    return root
