"""Parsing HTML once, safely: no network, no entity expansion, comments and processing instructions dropped."""

from __future__ import annotations

import re
import threading

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from ..errors import InputError
from ..limits import MAX_DEPTH
from ..record import RecordWarning

_PARSER_OPTIONS = {
    "no_network": True,
    "remove_comments": True,
    "remove_pis": True,
    "default_doctype": False,
    "collect_ids": False,
    # libxml2 keeps 255 levels of nesting and stops parsing at the first deeper element (reported below): real
    # pages stay far under it, and it keeps the tree shallow enough for recursive walks. huge_tree would lift it
    # to 2048.
    "huge_tree": False,
}
# One parser per thread: its error log (read for the depth warning) must be this page's own.
_LOCAL = threading.local()


def _parser() -> lxml.html.HTMLParser:
    parser: lxml.html.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = _LOCAL.parser = lxml.html.HTMLParser(**_PARSER_OPTIONS)
        # One element class for every tag: lxml.html's default lookup calls back into Python for each
        # element to pick form classes, which nothing here uses (about 3% of the time per page).
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=lxml.html.HtmlElement))
    return parser
# An XML declaration (lxml refuses str input carrying one) and a DOCTYPE with an internal subset (entity
# definitions are never expanded by the HTML parser, but the subset would leak into the text).
_PROLOGUE = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>\[]*\[.*?\]\s*>)?", re.S | re.I)


def parse_html(text: str, *, name: str = "<input>") -> tuple[HtmlElement, tuple[RecordWarning, ...]]:
    """The root ``<html>`` element of ``text``, and warnings for what the parser had to cut.

    Raises :class:`InputError` naming ``name`` when nothing can be parsed.
    """
    text = _PROLOGUE.sub("", text[:65536], count=1) + text[65536:]
    parser = _parser()
    if not text.strip():
        return lxml.html.document_fromstring("<html><body></body></html>", parser=parser), ()
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        if "empty" in str(exc).lower():  # only comments, processing instructions or white space
            return lxml.html.document_fromstring("<html><body></body></html>", parser=parser), ()
        raise InputError(f"{name}: cannot parse as HTML: {exc}") from exc
    warnings: tuple[RecordWarning, ...] = ()
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        warnings = (RecordWarning("depth-limit", f"{name}: markup nested deeper than {MAX_DEPTH} levels; "
                                           "the parser stopped there and the rest of the page is lost"),)
    return root, warnings
