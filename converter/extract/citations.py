"""Citations: the links inside the article body, and the named sources it attributes to.

A link counts when it sits in one of the content's blocks, outside page furniture (navigation, share
buttons, tags, comments, bylines, captions; see ``vocabulary.citations``), has text, and leads to another
page (not a fragment of this one, a script, a mail address or a share dialog). Unlinked attributions
("according to Reuters", "(AP)") come from :mod:`.attributions`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..record import Citation, Image
from .attributions import Found, Sentences, attributions_in, settle_sources
from .content import Content
from .page import Page
from .textnorm import node_text
from .urls import absolute_url
from .vocabulary.citations import (
    ENLARGE_TEXTS,
    EXCLUDED_RELS,
    EXCLUDED_SCHEMES,
    EXCLUDED_TAGS,
    FURNITURE_WORDS,
    SECOND_LEVEL_LABELS,
    SHARE_URL_PARTS,
    SHARED_HOSTS,
)

_FURNITURE = re.compile(r"(?:^|[\s_-])(?:%s)(?:$|[\s_-])" % "|".join(map(re.escape, FURNITURE_WORDS)))
_FURNITURE_NAME = re.compile(r"(?:^|\s)(?:%s)(?:$|[\s_-])" % "|".join(map(re.escape, FURNITURE_WORDS)))
# Link texts that name a contact, not a source: an e-mail address, a social-media handle. (A hashtag link
# in a sentence stays: it leads to the posts the text talks about.)
_CONTACT_TEXT = re.compile(r"^(?:\S+@\S+\.\w+|@\w+)$")
_ENLARGE_TEXTS = frozenset(ENLARGE_TEXTS)
_SHARE_URL = re.compile("|".join(map(re.escape, SHARE_URL_PARTS)), re.I)


def registrable_domain(host: str) -> str:
    """The part of ``host`` a site registers: "news.bbc.co.uk" -> "bbc.co.uk", "www.nytimes.com" ->
    "nytimes.com", "jane.github.io" -> "jane.github.io"."""
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL_LABELS else 2
    if ".".join(labels[-keep:]) in SHARED_HOSTS:
        keep += 1
    return ".".join(labels[-keep:])


def _is_internal(url: str, page: Page) -> bool | None:
    """Whether ``url`` is on the page's site; None when either host is unknown (or the URL unreadable)."""
    if not page.host:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return registrable_domain(host) == registrable_domain(page.host)


def _in_furniture(anchor: HtmlElement, block: HtmlElement, stop: HtmlElement | None) -> bool:
    """Whether ``anchor`` sits in page furniture below the content node ``stop``: an element like ``<nav>``
    or ``<figcaption>``, or a container named for sharing, tags, a caption... Up to the ``block`` any word of
    a class name counts; higher up only a class name's first word ("share-tools", not the layout's
    "two-col-sidebar-right", which may hold the article too)."""
    node: HtmlElement | None = anchor
    pattern = _FURNITURE
    while node is not None and node is not stop:
        if node.tag in EXCLUDED_TAGS:
            return True
        marks = f"{node.get('class', '')} {node.get('id', '')}".lower()
        if marks.strip() and pattern.search(marks):
            return True
        if node is block:
            pattern = _FURNITURE_NAME
        node = node.getparent()
    return False


def _target(anchor: HtmlElement, page: Page) -> str | None:
    """The URL ``anchor`` cites (absolute when the page has a base, escaped to a valid URI reference), or
    None when it leads to no other page."""
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(EXCLUDED_SCHEMES):
        return None
    url = absolute_url(href, page.base_url)
    if not url or _SHARE_URL.search(url):
        return None
    here = page.url or page.base_url
    if here and _same_page(url, here):
        return None
    return url


def _same_page(url: str, other: str) -> bool:
    """Whether ``url`` and ``other`` name one page (fragment, scheme and a trailing slash aside)."""
    def page_of(u: str) -> str:
        return u.split("#", 1)[0].split("://", 1)[-1].rstrip("/")

    return page_of(url) == page_of(other)


def _is_citation_anchor(
    anchor: HtmlElement, label: str, rel: tuple[str, ...], block: HtmlElement, stop: HtmlElement | None
) -> bool:
    """Whether ``anchor`` (text ``label``) may be a citation: it has text that names no contact and opens
    no larger picture ("Enlarge"), no rel that marks a profile or permalink, and sits outside furniture."""
    if not label or _CONTACT_TEXT.match(label) or EXCLUDED_RELS.intersection(rel):
        return False
    if label.casefold().strip(" .:»›+()[]") in _ENLARGE_TEXTS:
        return False
    return not _in_furniture(anchor, block, stop)


def _links(
    block: HtmlElement, sentences: Sentences, page: Page, stop: HtmlElement | None, seen: set[HtmlElement]
) -> Iterator[Found]:
    """The links of one block, each with the offset of its text in the block's text."""
    position = 0
    for anchor in block.iterfind(".//a[@href]"):
        if anchor in seen:
            continue
        seen.add(anchor)
        label = node_text(anchor)
        rel = tuple((anchor.get("rel") or "").lower().split())
        url = _target(anchor, page) if _is_citation_anchor(anchor, label, rel, block, stop) else None
        if url is None:
            continue
        start = sentences.text.find(label, position)
        if start < 0:
            start = position
        position = start + len(label)
        context = sentences.around(start, position) or None
        yield Found(start, Citation("link", label, url, None, context, rel, _is_internal(url, page)))


def _named_links(links: list[Found], attributions: list[Found]) -> tuple[list[Found], list[Found]]:
    """``links`` with the source an attribution names inside a link's text ("according to <a>Reuters</a>")
    as that link's ``source``, and the attributions whose source no link carries. ``links`` are in the
    order of their offsets; a link carries a source when it starts within the attribution's phrase."""
    starts = [link.offset for link in links]
    unlinked = []
    for item in attributions:
        source = (item.citation.source or "").casefold()
        first = bisect_left(starts, item.offset)
        last = bisect_right(starts, item.offset + len(item.citation.text))
        index = next((i for i in range(first, last) if source and source in links[i].citation.text.casefold()), None)
        if index is None:
            unlinked.append(item)
        elif links[index].citation.source is None:
            links[index] = links[index]._replace(citation=replace(links[index].citation, source=item.citation.source))
    return links, unlinked


def _caption_texts(images: Iterable[Image]) -> frozenset[str]:
    """The texts a caption block of ``images`` may show: caption, credit, and the two together."""
    texts: set[str] = set()
    for image in images:
        credit = image.credit.text if image.credit else None
        texts.update(t.casefold() for t in (image.caption, credit) if t)
        if image.caption and credit:
            texts.add(f"{image.caption} {credit}".casefold())
    return frozenset(texts)


def extract_citations(page: Page, content: Content, *, images: Iterable[Image] = ()) -> tuple[Citation, ...]:
    """The citations of the article in ``content``: its links and unlinked attributions, in document order.

    ``images`` are the article's images: a block that shows one's caption or credit (a caption outside
    ``<figcaption>``) holds no citations.
    """
    found: list[Found] = []
    seen: set[HtmlElement] = set()
    blocks = set(content.blocks)
    captions = _caption_texts(images)
    for block in content.blocks:
        if any(parent in blocks for parent in block.iterancestors()):
            continue  # its text and links were read with the block that holds it
        sentences = Sentences(node_text(block))
        if sentences.text.casefold() in captions:
            continue
        links, unlinked = _named_links(
            list(_links(block, sentences, page, content.node, seen)), attributions_in(sentences.text, sentences)
        )
        found.extend(sorted(links + unlinked, key=lambda item: item.offset))
    return settle_sources(found)
