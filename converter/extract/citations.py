"""Citations: the links inside the article body, and the named sources it attributes to.

A link counts when it sits in one of the content's blocks, outside page furniture (navigation, share
buttons, tags, comments, bylines, captions; see ``vocabulary.citations``), has text, and leads to another
page (not a fragment of this one, a script, a mail address or a share dialog) whose address is known (a
relative link on a page given without its URL is left out: nobody can follow it from the record). A link
made of a picture alone counts when it leads to another site's page (a video), not to a larger copy of the
picture.

The content keeps text, so it drops the article's own lists and tables of links (references, "See also",
the apps an author uses) and paragraphs that are only a web address; their links are taken back from the
article node (the original tree) when the list stands beside the article's paragraphs, nothing names it
or its container as furniture (in the content's own words, ``vocabulary.boilerplate``), no heading
announces other stories above it and its items are not the site's headlines or tag pages.

Unlinked attributions ("according to Reuters", "(AP)") come from :mod:`.attributions`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..record import Citation, Image
from .attributions import Found, Sentences, attributions_in, settle_sources
from .content import Content
from .elements import class_and_id, is_hidden
from .page import Page
from .textnorm import collapse_ws, node_text
from .urls import absolute_url
from .vocabulary import boilerplate
from .vocabulary.citations import (
    ENLARGE_TEXTS,
    EXCLUDED_RELS,
    EXCLUDED_SCHEMES,
    EXCLUDED_TAGS,
    FURNITURE_WORDS,
    HEADING_TAGS,
    HEADLINE_WORDS,
    HOST_TAGS,
    LIST_TAGS,
    OTHER_STORIES_HEADINGS,
    SECOND_LEVEL_LABELS,
    SHARE_URL_PARTS,
    SHARED_HOSTS,
    SLUG_WORDS,
    TAXONOMY_SEGMENTS,
    TEXT_TAGS,
    WRAPPER_DEPTH,
)

_FURNITURE = re.compile(r"(?:^|[\s_-])(?:%s)(?:$|[\s_-])" % "|".join(map(re.escape, FURNITURE_WORDS)))
_FURNITURE_NAME = re.compile(r"(?:^|\s)(?:%s)(?:$|[\s_-])" % "|".join(map(re.escape, FURNITURE_WORDS)))
# Link texts that name a contact, not a source: an e-mail address, a social-media handle. (A hashtag link
# in a sentence stays: it leads to the posts the text talks about.)
_CONTACT_TEXT = re.compile(r"^(?:\S+@\S+\.\w+|@\w+)$")
_ENLARGE_TEXTS = frozenset(ENLARGE_TEXTS)
_ANNOUNCES_OTHERS = re.compile(r"\W*(?:%s)(?!\w)" % "|".join(map(re.escape, OTHER_STORIES_HEADINGS)), re.I)
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_FURNITURE_TOKENS = boilerplate.FURNITURE_TOKENS | boilerplate.AWAY_TOKENS
_FURNITURE_PREFIXES = boilerplate.FURNITURE_PREFIXES + boilerplate.AWAY_PREFIXES
# A link to a tag, category or author page (a list of them is the post's taxonomy, not its sources).
_TAXONOMY_PATH = re.compile(r"^[^?#]*/(?:%s)/" % "|".join(map(re.escape, TAXONOMY_SEGMENTS)), re.I)
# A URL of a picture file (a link to it shows the picture larger).
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg)(?:$|[?#])", re.I)
# Link text that is a web address ("http://www.openpetition.de/...", "www.dwds.de/themenglossar/Corona").
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.I)
_SLUG_SEPARATOR = re.compile(r"[-_]")
_SHARE_URL = re.compile("|".join(map(re.escape, SHARE_URL_PARTS)), re.I)
# A URL that names where it leads: it has a scheme or a host. A relative reference on a page whose address
# is unknown ("/user-guide.html", "./rfc2119") leads nowhere a reader of the record can follow.
_ADDRESSED = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)


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


def _component_id(element: HtmlElement) -> str:
    """The id of ``element`` when it names a component ("share-tools", "comments"); "" when it is the slug
    of a section's heading, which documentation and Markdown renderers give the section around it
    ("sharing-with-multiple-developers-code-review" names the topic, not a share box)."""
    element_id = element.get("id", "")
    return "" if len(_SLUG_SEPARATOR.split(element_id)) >= SLUG_WORDS else element_id


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
        marks = f"{node.get('class', '')} {_component_id(node)}".lower()
        if marks.strip() and pattern.search(marks):
            return True
        if node is block:
            pattern = _FURNITURE_NAME
        node = node.getparent()
    return False


def _target(anchor: HtmlElement, page: Page) -> str | None:
    """The absolute URL ``anchor`` cites (escaped to a valid URI reference), or None when it leads to no
    other page or cannot be resolved (a relative link on a page whose address is unknown)."""
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith("#") or href.lower().startswith(EXCLUDED_SCHEMES):
        return None
    url = absolute_url(href, page.base_url)
    if not url or not _ADDRESSED.match(url) or _SHARE_URL.search(url):
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
    """Whether ``anchor`` (text ``label``) may be a citation: its text names no contact and opens no
    larger picture ("Enlarge"), no rel marks a profile or permalink, and it sits outside furniture."""
    if _CONTACT_TEXT.match(label) or EXCLUDED_RELS.intersection(rel):
        return False
    if label.casefold().strip(" .:»›+()[]") in _ENLARGE_TEXTS:
        return False
    return not _in_furniture(anchor, block, stop)


def _link(
    anchor: HtmlElement, page: Page, block: HtmlElement, stop: HtmlElement | None
) -> tuple[str, str, tuple[str, ...]] | None:
    """(text, URL, rel) of ``anchor`` when it may be a citation, else None.

    A link made of a picture alone counts when it leads to a page of another site (a video, a product, a
    source), not to a picture or a page of this one (a larger copy, a photo page); its text is the
    picture's alt text.
    """
    label = node_text(anchor)
    picture = None if label else anchor.find(".//img")
    rel = tuple((anchor.get("rel") or "").lower().split())
    if (not label and picture is None) or not _is_citation_anchor(anchor, label, rel, block, stop):
        return None
    url = _target(anchor, page)
    if url is None:
        return None
    if picture is not None:
        if _is_internal(url, page) is not False or _IMAGE_FILE.search(url):
            return None
        label = collapse_ws(picture.get("alt") or "")
    return label, url, rel


def _links(
    block: HtmlElement, sentences: Sentences, page: Page, stop: HtmlElement | None, seen: set[HtmlElement]
) -> Iterator[Found]:
    """The links of one block, each with the offset of its text in the block's text."""
    position = 0
    for anchor in block.iterfind(".//a[@href]"):
        if anchor in seen:
            continue
        seen.add(anchor)
        link = _link(anchor, page, block, stop)
        if link is None:
            continue
        label, url, rel = link
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


def _anchor_key(anchor: HtmlElement) -> tuple[int | None, str | None]:
    """What identifies a link across the page and the content's pruned copy of it: its line and target."""
    return anchor.sourceline, anchor.get("href")


def _article_holders(node: HtmlElement, paragraphs: Iterable[str]) -> set[HtmlElement]:
    """The elements of ``node`` that directly hold the article's paragraphs (a ``<p>``, a quote or code
    whose text is among ``paragraphs``) or a list of them (items that are sentences, or that hold
    paragraphs). A heading alone may introduce a box of links: it makes no holder."""
    texts = frozenset(paragraphs)
    holders: set[HtmlElement] = set()
    for element in node.iter(*TEXT_TAGS):
        parent = element.getparent()
        if parent is None or parent in holders or node_text(element) not in texts:
            continue
        holders.add(parent)
        item = element if element.tag == "li" else parent
        if item.tag == "li" and item.getparent() is not None and item.getparent().getparent() is not None:
            holders.add(item.getparent().getparent())
    return holders


def _host(anchor: HtmlElement, node: HtmlElement) -> tuple[HtmlElement, HtmlElement] | None:
    """The block holding ``anchor`` (a list item, a table cell, or a paragraph that is nothing but a web
    address: the article citing a source by its address) and the structure it belongs to (the outermost
    list or table around it below ``node``, else the block itself); None when the link sits in no such
    block."""
    block = structure = paragraph = None
    for ancestor in anchor.iterancestors():
        if ancestor is node:
            break
        tag = ancestor.tag
        if block is None and tag in HOST_TAGS:
            block = structure = ancestor
        elif block is not None and tag in LIST_TAGS:
            structure = ancestor
        elif paragraph is None and tag == "p":
            paragraph = ancestor
    if block is None and paragraph is not None:
        text = node_text(paragraph)
        if _ADDRESS.match(text) and node_text(anchor) == text:
            return paragraph, paragraph
    return (block, structure) if block is not None else None


def _lists_other_stories(structure: HtmlElement, page: Page) -> bool:
    """Whether ``structure`` is a list of the site's other stories: every item nothing but a link to a page
    of the site, under a headline-long text (the article's own lists name things: "BBEdit", "See also:
    Hermitian form")."""
    items = [item for item in structure if item.tag == "li"]
    words = 0
    for item in items:
        anchors = item.findall(".//a[@href]")
        text = node_text(item)
        if len(anchors) != 1 or len(node_text(anchors[0])) < 0.8 * len(text):
            return False
        url = _target(anchors[0], page)
        if url is None or not _is_internal(url, page):
            return False
        words += len(text.split())
    return len(items) >= 2 and words >= HEADLINE_WORDS * len(items)


def _in_article(structure: HtmlElement, node: HtmlElement, holders: set[HtmlElement], page: Page) -> bool:
    """Whether ``structure`` is part of the article: it stands among the article's paragraphs (beside
    them, or alone in a wrapper or two beside them), nothing above it is named or hidden as furniture,
    and it is no list of other stories (after a heading that announces them, "Related", "More from...",
    or made of the site's headlines)."""
    if _lists_other_stories(structure, page) or _follows_announcement(structure):
        return False
    beside = False
    wrapper: HtmlElement | None = structure
    for depth, ancestor in enumerate(structure.iterancestors()):
        if not beside and wrapper is not None:
            if ancestor in holders:
                beside = True
            elif depth + 1 < WRAPPER_DEPTH and len(ancestor) == 1:
                wrapper = ancestor
            else:
                wrapper = None
        if ancestor is node:
            break
        if is_hidden(ancestor) or _named_furniture(class_and_id(ancestor)):
            return False
    return beside and not _named_furniture(class_and_id(structure))


def _follows_announcement(structure: HtmlElement) -> bool:
    """Whether a heading just before ``structure`` announces other stories ("Related", "Lesen Sie auch")."""
    previous = structure.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous is not None and previous.tag in HEADING_TAGS and bool(
        _ANNOUNCES_OTHERS.match(node_text(previous))
    )


def _named_inside(anchor: HtmlElement, structure: HtmlElement) -> bool:
    """Whether an element from ``anchor`` up to ``structure`` is named as furniture (a banner's button,
    a sponsor's item inside the list)."""
    for element in anchor.iterancestors():
        if element is structure:
            return False
        if _named_furniture(class_and_id(element)):
            return True
    return False


@lru_cache(maxsize=4096)
def _named_furniture(names: str) -> bool:
    """Whether a class-and-id string names a container of page furniture in the content's own words
    (``vocabulary.boilerplate``): "side_categories", "relatedPages", "cat-list", "menu-item". Names that
    state a layout or a post's taxonomy ("content-wrap", "category-news", "has-sidebar") say nothing."""
    for name in names.split():
        words = [w for w in _NON_ALNUM.split(_HUMP.sub(" ", name).lower()) if w]
        if not words or words[0] in boilerplate.STATE_WORDS or not boilerplate.STATE_MARKERS.isdisjoint(words):
            continue
        for word in words:
            if word in _FURNITURE_TOKENS or word.startswith(_FURNITURE_PREFIXES):
                return True
    return False


def _dropped_links(
    page: Page, content: Content, taken: set[tuple[int | None, str | None]], captions: frozenset[str]
) -> Iterator[tuple[int, Found]]:
    """The links of the article's own lists and tables that the content dropped, each with its position
    among the links of the article node."""
    node = content.node
    if node is None or not content.blocks:
        return
    holders = _article_holders(node, content.paragraphs)
    if not holders:
        return
    verdicts: dict[HtmlElement, bool] = {}
    for index, anchor in enumerate(node.iter("a")):
        if not anchor.get("href") or _anchor_key(anchor) in taken:
            continue
        host = _host(anchor, node)
        if host is None:
            continue
        block, structure = host
        if structure not in verdicts:
            verdicts[structure] = _in_article(structure, node, holders, page)
        link = _link(anchor, page, node, node) if verdicts[structure] else None
        if link is None or _named_inside(anchor, structure):
            continue
        label, url, rel = link
        text = node_text(block)
        if _TAXONOMY_PATH.search(url) or text.casefold() in captions:
            continue
        sentences = Sentences(text)
        start = max(text.find(label), 0)
        context = sentences.around(start, start + len(label)) or None
        yield index, Found(start, Citation("link", label, url, None, context, rel, _is_internal(url, page)))


def extract_citations(page: Page, content: Content, *, images: Iterable[Image] = ()) -> tuple[Citation, ...]:
    """The citations of the article in ``content``: its links and unlinked attributions, in document order.

    ``images`` are the article's images: a block that shows one's caption or credit (a caption outside
    ``<figcaption>``) holds no citations.
    """
    positions: dict[tuple[int | None, str | None], int] = {}
    if content.node is not None:
        for index, anchor in enumerate(content.node.iter("a")):
            positions.setdefault(_anchor_key(anchor), index)
    found: list[tuple[int, Found]] = []
    seen: set[HtmlElement] = set()
    blocks = set(content.blocks)
    captions = _caption_texts(images)
    position = -1
    for block in content.blocks:
        if any(parent in blocks for parent in block.iterancestors()):
            continue  # its text and links were read with the block that holds it
        # The block's place among the article node's links: that of its first link (a block without one
        # follows the block before it).
        first = next(block.iterfind(".//a[@href]"), None)
        if first is not None:
            position = max(position, positions.get(_anchor_key(first), position))
        sentences = Sentences(node_text(block))
        if sentences.text.casefold() in captions:
            continue
        links, unlinked = _named_links(
            list(_links(block, sentences, page, content.node, seen)), attributions_in(sentences.text, sentences)
        )
        found.extend((position, item) for item in sorted(links + unlinked, key=lambda item: item.offset))
    found.extend(_dropped_links(page, content, {_anchor_key(anchor) for anchor in seen}, captions))
    found.sort(key=lambda pair: pair[0])
    return settle_sources(item for _, item in found)
