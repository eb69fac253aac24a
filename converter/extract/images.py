"""The article's images: lead image and in-body figures, lazy sources resolved, caption and credit split.

Images are looked for inside the article node and in the lead area just before it (the ``<article>`` or
``<main>`` element around it); page furniture (logos, avatars, icons, ads, tracking pixels, related-story
thumbnails) is left out. One picture given several times (a lazy placeholder and its ``<noscript>`` copy,
``srcset`` variants) is one image. The caption comes from the figure's caption element without the credit;
the credit from credit elements, the caption's tail, ``data-*`` attributes, JSON-LD or microdata
``ImageObject``, the ``alt``/``title`` text or the line right after the image.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement

from ..record import Credit, Image
from .content import Content
from .credits import looks_like_credit, parse_credit, split_caption_credit
from .elements import class_and_id
from .jsonld import JsonLd, name_of, read_jsonld, text_value, types_of
from .licenses import normalize_license
from .metadata import Metadata
from .page import Page
from .textnorm import collapse_ws, node_text
from .vocabulary import images as vocab

_IMAGE_TAGS = ("img", "amp-img")
# The images before an element in document order (its ancestors aside).
_PRECEDING_IMAGES = etree.XPath("preceding::img | preceding::amp-img")
_SRCSET_ITEM = re.compile(r"\s*(\S+?)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")
# A URL's host (after an optional scheme), the words of its path and a picture named in a script's query.
_URL_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.\-]*:)?//([^/?#]*)")
_URL_WORD = re.compile(r"[a-z0-9]+")
# An ad or tracking server's host: one of their names anywhere in it, or one of their words as a whole word.
_TRACKER_HOST = re.compile(
    "|".join(vocab.TRACKER_HOST_NAMES) + r"|\b(?:" + "|".join(vocab.TRACKER_HOST_WORDS) + r")\b"
)
_PICTURE_QUERY = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif)\b|(?:^|&)(?:" + "|".join(vocab.PICTURE_QUERY_PARAMETERS) + ")=", re.I
)
# Photographs are JPEGs and their successors; fillers are GIF, PNG or SVG.
_PHOTO_EXTENSIONS = frozenset({"jpg", "jpeg", "webp", "avif"})
# What a URL's words say it is: a picture, page furniture (logo, icon, flag, ...) or a filler (spacer, pixel).
_PICTURE_URL, _FURNITURE_URL, _FILLER_URL = 0, 1, 2
_NOT_URLS = ("data:", "javascript:", "about:", "#")
_SOURCE_ATTRIBUTES = frozenset({*vocab.LAZY_SRC_ATTRIBUTES, "src"})


def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # A word of a class/id token ("c-related-list", "relatedNews" split as "related-News", "sharebar"), not
    # the start of a longer word ("commented" is no "comment").
    return re.compile(
        r"(?:^|[\s_\-])(?:" + "|".join(re.escape(w) for w in words) + r")"
        r"(?:s|list|box|bar|area|wrap|wrapper|container|section|block|module|widget)?(?![a-z])",
        re.I,
    )


_FURNITURE = _word_pattern(vocab.FURNITURE_WORDS)
_FOREIGN = _word_pattern(vocab.FOREIGN_CONTAINER_WORDS)
_CREDIT_CLASS = re.compile("|".join(vocab.CREDIT_CLASS_WORDS), re.I)
_CAPTION_CLASS = re.compile("|".join(vocab.CAPTION_CLASS_WORDS), re.I)
_FIGURE_CLASS = re.compile("|".join(vocab.FIGURE_CLASS_WORDS), re.I)
_CREDIT_PROPS = frozenset({"copyrightholder", "creator", "author", "credittext", "copyrightnotice", "contributor"})
_CAPTION_PROPS = frozenset({"caption", "description"})
_CREDIT_DATA = ("data-credit", "data-copyright", "data-photographer", "data-image-credit", "data-photo-credit",
                "data-credits", "data-source", "data-author")
_CAPTION_DATA = ("data-caption", "data-image-caption", "data-title")
_SHARED_IMAGE_META = frozenset({"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "image"})
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)(?:[?#]|$)", re.I)
# Elements that wrap an image without being its figure; lxml nests what follows a <source> inside it.
_WRAPPER_TAGS = frozenset({"picture", "source", "a", "noscript"})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# What an element's class and id may name, as bits (one cached look-up per class string).
_LABEL_FURNITURE, _LABEL_FOREIGN, _LABEL_CREDIT, _LABEL_CAPTION, _LABEL_FIGURE = 1, 2, 4, 8, 16
_LABEL_PATTERNS = (
    (_LABEL_FURNITURE, _FURNITURE), (_LABEL_FOREIGN, _FOREIGN), (_LABEL_CREDIT, _CREDIT_CLASS),
    (_LABEL_CAPTION, _CAPTION_CLASS), (_LABEL_FIGURE, _FIGURE_CLASS),
)
_FURNITURE_ALT = re.compile(r"\b(?:avatar|mugshot|headshot|gravatar|logo|profile (?:picture|photo))\b", re.I)

# Declared sizes (pixels): icons and pixels, avatars (small squares), banner ads (thin strips).
_MIN_SIDE = 50
_MIN_PICTURE = 100
_MAX_AVATAR = 160
# Both sides at least this: a picture, not a logo strip or an icon.
_MIN_LARGE_SIDE = 300
_SQUARE = 1.25
_BANNER = 5.0
_QUERY_SIZE = re.compile(r"[?&](?:w|h|width|height)=(\d{1,5})(?=&|$)")
# A rendition's size in its file name or path, as CMSs write it ("photo-150x150.jpg", "/styles/38x38/").
_NAMED_SIZE = re.compile(
    r"[-_](\d{2,4})x(\d{2,4})\.(?:jpe?g|png|gif|webp)(?:[?#]|$)|/(\d{2,4})x(\d{2,4})/", re.I
)
_SIZE_SUFFIX = re.compile(r"[-_](?:\d{2,4}x\d{2,4}|\d{2,4}w)(?=\.\w+$)")

# Page structure: teaser links carry a headline, thumbnail strips list linked pictures.
_TEASER_TEXT = 20
_THUMBNAIL_LIST = 3

# Figures and captions: how far up a figure may be, how big, what a caption line may be.
_MAX_CAPTION_HOPS = 4
_MAX_FIGURE_ELEMENTS = 120
# The shortest author name ("Li Na") that tells a byline block beside a picture from its caption.
_MIN_NAME = 5
# What follows an author's name in a byline block: a date or time ("9/11/13 10:00AM", "22.02.2021"), a contact
# or role word ("Email", "Follow", "Redaktion"), "Filed to".
_BYLINE_AFTER_NAME = re.compile(
    r"\d{1,2}[:./]\d{1,2}|^\W*(?:e-?mail|mail|twitter|follow|folgen|suivre|seguir|filed|redaktion|redakcja|"
    r"redacci[oó]n|r[ée]daction|redazione|redactie|autor(?:in)?|author|auteur|autore|editor|reporter)\b",
)
_CAPTION_LINE_TAGS = frozenset({"span", "em", "i", "small", "center", "figcaption", "div"})
_MAX_CAPTION_LINE = 250
_BARE_LABEL = re.compile(r"^[^:：]{0,30}[:：]$")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_DATE_LIKE = re.compile(r"^[\d\s./:\-]+(?:h\d*|am|pm|uhr)?[\d\s./:\-]*$", re.I)


@dataclass(slots=True)
class _Found:
    """One image element with the URL chosen for it; ``origin`` says where the URL came from ("lazy": a
    lazy-loading attribute, "src", "srcset"), ``in_node`` whether the image is inside the article node."""

    element: HtmlElement
    src: str
    in_noscript: bool
    origin: str = "src"
    in_node: bool = True


def _label_kinds(element: HtmlElement) -> int:
    """What the class and id of ``element`` name: _LABEL_* bits (furniture, foreign container, credit,
    caption, figure)."""
    names = class_and_id(element)
    return _kinds_of_names(names) if names else 0


@lru_cache(maxsize=8192)
def _kinds_of_names(names: str) -> int:
    """_LABEL_* bits of a class-and-id string (camelCase words split: "videoPromo" -> "video-Promo"); cached,
    as pages repeat their class strings."""
    label = _CAMEL.sub("-", names)
    if not label.strip():
        return 0
    kinds = 0
    for bit, pattern in _LABEL_PATTERNS:
        if pattern.search(label):
            kinds |= bit
    return kinds


def _srcset_candidates(value: str | None) -> Iterator[tuple[float, str]]:
    """``(size, url)`` of each usable candidate of a ``srcset`` value (size: width or density)."""
    for match in _SRCSET_ITEM.finditer(value or ""):
        url = _usable(match.group(1))
        if url:
            yield float(match.group(2) or 1), url


def _usable(url: str | None) -> str | None:
    """``url`` stripped, or None when it is no URL or its words name furniture or a filler."""
    url = (url or "").strip()
    if not url or url.startswith(_NOT_URLS) or _url_kind(url) != _PICTURE_URL:
        return None
    return url


@lru_cache(maxsize=4096)
def _url_kind(url: str) -> int:
    """What the words of ``url`` say it is: _FILLER_URL (a spacer, placeholder, tracking pixel, counter or ad
    server's image: never a picture), _FURNITURE_URL (a logo, icon, theme asset, share button, ...) or
    _PICTURE_URL. Only whole words count, each where it means furniture (see vocabulary.images):
    "/2020/flag-raising.jpg", "/share-prices-chart.png" and "/view.php?img=4711" are pictures. Cached: pages
    repeat their icons and placeholders, and an image's URLs are asked about more than once."""
    host = _URL_HOST.match(url)
    if host and _TRACKER_HOST.search(host.group(1).lower()):
        return _FILLER_URL
    path, _, query = (url[host.end():] if host else url).partition("?")
    path = path.partition("#")[0]
    if "%" in path:
        path = unquote(path)
    cut = path.rfind("/") + 1
    directory, name = _URL_WORD.findall(path[:cut].lower()), _name_words(path[cut:])
    extension = name[-1] if len(name) > 1 and "." in path[cut:] else ""
    ending = name[-2] if extension else name[-1] if name else ""
    if extension in vocab.SCRIPT_EXTENSIONS and not _PICTURE_QUERY.search(query):
        return _FILLER_URL
    photo = extension in _PHOTO_EXTENSIONS
    if (not photo and ending in vocab.PLACEHOLDER_NAME_ENDINGS) or (
        extension == "gif" and ending in vocab.PLACEHOLDER_GIF_ENDINGS
    ) or not (vocab.PLACEHOLDER_PATH_WORDS.isdisjoint(directory) and vocab.PLACEHOLDER_PATH_WORDS.isdisjoint(name)):
        return _FILLER_URL
    if vocab.FURNITURE_DIRECTORY_WORDS.isdisjoint(directory) and (
        photo or vocab.FURNITURE_NAME_WORDS.isdisjoint(name)
    ):
        return _PICTURE_URL
    return _FURNITURE_URL


def _name_words(name: str) -> list[str]:
    """The words of a file name: runs of letters and digits, camelCase split ("siteLogo" -> "site", "logo"),
    lowercased."""
    return _URL_WORD.findall(name if name.islower() else _CAMEL.sub("-", name).lower())


def _furniture_named_src(img: HtmlElement) -> tuple[str, str] | None:
    """The URL of a lazy-loading attribute (else of ``src``) whose words name furniture, not a filler, with
    where it came from ("lazy" or "src"): the image's only candidate when all its URLs are named so."""
    found = None
    for attribute, value in img.items():
        url = value.strip()
        if attribute in _SOURCE_ATTRIBUTES and url and not url.startswith(_NOT_URLS) and (
            _url_kind(url) == _FURNITURE_URL
        ):
            if attribute != "src":
                return url, "lazy"
            found = url, "src"
    return found


def _shown_as_picture(img: HtmlElement, src: str, region: HtmlElement) -> bool:
    """Whether the markup shows ``img`` as a picture whatever its URL is named: it is declared large, or
    its figure (a ``<figure>``, or an element with a ``<figcaption>``) holds a caption or a credit; a captioned
    picture is no logo or share button."""
    sides = _declared_sides(img, src)
    if len(sides) == 2 and min(sides) >= _MIN_LARGE_SIDE:
        return True
    # A figure, not any box with a credit-like class: an author box's "author-name" is no credit. Most images
    # named like furniture are in none, which the nearest ancestors tell cheaply.
    near = itertools.islice(img.iterancestors(), _MAX_CAPTION_HOPS + 2)
    if not any(a.tag == "figure" or a.find("figcaption") is not None for a in near):
        return False
    figure = _figure_of(img, region)
    return figure is not None and (figure.tag == "figure" or figure.find(".//figcaption") is not None) and (
        _has_caption_parts(figure, img)
    )


def _raw_src(img: HtmlElement) -> str | None:
    """The image's real URL as written: lazy attributes, then ``src``, then the largest ``srcset``
    candidate of the image or of its ``<picture>`` sources."""
    return _direct_src(img) or _srcset_src(img)


def _direct_src(img: HtmlElement) -> str | None:
    """The URL of a lazy-loading attribute or of ``src`` (placeholders skipped)."""
    return _lazy_src(img) or _usable(img.get("src"))


def _lazy_src(img: HtmlElement) -> str | None:
    get = img.get
    return next((url for a in vocab.LAZY_SRC_ATTRIBUTES if (value := get(a)) and (url := _usable(value))), None)


def _srcset_src(img: HtmlElement) -> str | None:
    """The largest ``srcset`` candidate of the image, else the largest of its ``<picture>`` sources."""
    own = [c for attribute in vocab.SRCSET_ATTRIBUTES for c in _srcset_candidates(img.get(attribute))]
    if own:
        return max(own, key=lambda c: c[0])[1]
    parent = next((a for a in img.iterancestors() if a.tag != "source"), None)
    if parent is None or parent.tag != "picture":
        return None
    sources = [
        c for source in parent.iter("source") for attribute in vocab.SRCSET_ATTRIBUTES
        for c in _srcset_candidates(source.get(attribute))
    ]
    return max(sources, key=lambda c: c[0])[1] if sources else None


def _declared_sides(img: HtmlElement, src: str) -> list[int]:
    """The size the page declares: ``width``/``height`` attributes, else ``w`` and ``h`` in the URL's query,
    else the size a CMS wrote into the file name."""
    sides = []
    for attribute in ("width", "height"):
        value = (img.get(attribute) or "").strip().removesuffix("px")
        if value.isdecimal() and int(value) > 0:  # "²".isdigit() is True, and int() refuses it
            sides.append(int(value))
    if not sides:
        # Only a width and a height in the query say the size: a lone "w=20" is often a preview's.
        query_sides = [int(v) for v in _QUERY_SIZE.findall(src) if int(v) > 0]
        named = _NAMED_SIZE.search(src)
        sides = query_sides if len(query_sides) == 2 else [int(v) for v in named.groups() if v] if named else []
    return sides


def _too_small(img: HtmlElement, src: str) -> bool:
    """Whether the declared size is an icon's, a pixel's, an avatar's (a small square) or, for a linked
    image, a banner ad's (a thin strip)."""
    sides = _declared_sides(img, src)
    if not sides:
        return False
    if min(sides) < _MIN_SIDE or max(sides) < _MIN_PICTURE:
        return True
    if len(sides) < 2:
        return False
    ratio = max(sides) / min(sides)
    if ratio < _SQUARE and max(sides) <= _MAX_AVATAR:
        return True
    return sides[0] > sides[1] and ratio >= _BANNER and any(
        a.tag == "a" and not _IMAGE_FILE.search(a.get("href") or "") for a in img.iterancestors()
    )


def _is_furniture(img: HtmlElement, src: str) -> bool:
    """Whether the image itself, or the link right around it, is marked as furniture (logo, avatar, icon, ad:
    ``<a class="logo"><img></a>``), or the image is too small to be a picture."""
    if _too_small(img, src):
        return True
    link = img.getparent()
    return bool(
        _label_kinds(img) & _LABEL_FURNITURE or _FURNITURE_ALT.search(img.get("alt") or "")
        or (link is not None and link.tag == "a" and _label_kinds(link) & _LABEL_FURNITURE)
    )


def _in_foreign_container(img: HtmlElement, stop: HtmlElement) -> bool:
    """Whether an ancestor of ``img`` below ``stop`` is navigation, a sidebar, a related box, an ad, ..."""
    for ancestor in img.iterancestors():
        if ancestor is stop:
            return False
        tag = ancestor.tag
        if tag in vocab.FOREIGN_TAGS or (tag == "a" and _is_teaser_link(ancestor)):
            return True
        if tag == "li" and _is_thumbnail_list(ancestor, img):
            return True
        if _label_kinds(ancestor) & _LABEL_FOREIGN:
            return True
    return False


def _is_teaser_link(anchor: HtmlElement) -> bool:
    """Whether ``anchor`` links to another page with a headline beside the picture (a story teaser),
    rather than to the picture itself or a gallery of it."""
    href = (anchor.get("href") or "").strip()
    if not href or href.startswith("#") or _IMAGE_FILE.search(href):
        return False
    return len(node_text(anchor)) >= _TEASER_TEXT


def _is_thumbnail_list(item: HtmlElement, img: HtmlElement) -> bool:
    """Whether ``img`` is a linked picture in a list of linked pictures with little text (a gallery's or
    a related box's thumbnail strip), judged from the ``<li>`` that holds it."""
    if len(node_text(item)) > _TEASER_TEXT * 4 or not any(a.tag == "a" for a in _ancestors_until(img, item)):
        return False
    listing = item.getparent()
    if listing is None:
        return False
    linked = sum(1 for li in listing if isinstance(li.tag, str) and li.find(".//a//img") is not None)
    return linked >= _THUMBNAIL_LIST


def _ancestors_until(element: HtmlElement, stop: HtmlElement) -> Iterator[HtmlElement]:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return
        yield ancestor


def _scope(page: Page, content: Content) -> tuple[HtmlElement | None, HtmlElement | None]:
    """The article node and the region to search (the node's ``<article>``/``<main>`` ancestor when it
    has one, so that a lead figure above the body counts)."""
    node = content.node
    if node is None:
        return None, page.root.find("body")
    region = node
    if node.getroottree().getroot() is page.root:
        for ancestor in node.iterancestors():
            if ancestor.tag in ("article", "main") or (ancestor.get("itemprop") or "").lower() == "articlebody":
                region = ancestor
                break
            if ancestor.tag == "body":
                break
    return node, region


def _last_descendant(node: HtmlElement) -> HtmlElement:
    while len(node):
        node = node[-1]
    return node


def _candidates(region: HtmlElement, node: HtmlElement | None) -> Iterator[_Found]:
    """Image elements of ``region`` that are neither furniture nor in a foreign container; images of the
    region outside ``node`` only when they come before it (the lead area)."""
    # Document order is lead area, node, rest: the images before the node are found by the parser's
    # code, and the walk stops at the first image past the node.
    before = set() if node is None or node is region else set(_PRECEDING_IMAGES(node))
    inside = None if node is None or node is region else set(node.iter(*_IMAGE_TAGS))
    for element in region.iter(*_IMAGE_TAGS):
        in_node = inside is None or element in inside
        if not in_node and element not in before:
            return
        lazy = _lazy_src(element)
        plain = None if lazy else _usable(element.get("src"))
        src = lazy or plain or _srcset_src(element)
        origin = "lazy" if lazy else "src" if plain else "srcset"
        named = None if src else _furniture_named_src(element)
        if named:
            src, origin = named
        if src and not _is_furniture(element, src) and (not named or _shown_as_picture(element, src, region)) and (
            not _in_foreign_container(element, region)
        ):
            yield _Found(element, src, _noscript_of(element) is not None, origin, in_node)


def _noscript_of(img: HtmlElement) -> HtmlElement | None:
    return next((a for a in img.iterancestors() if a.tag == "noscript"), None)


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One entry per picture: a ``<noscript>`` copy of a script-loaded image is dropped, but lends its
    ``src`` when the script-loaded image had no lazy-loading attribute (its ``src`` is then a low-resolution
    preview, its ``srcset`` a guess; the fallback is the publisher's default). Renditions of one picture
    side by side are one image. Separate images of the article with one URL stay separate; a lead image
    repeated in the body is one image."""
    by_element = {id(item.element): item for item in found}
    out: list[_Found] = []
    for item in found:
        if not item.in_noscript:
            out.append(item)
            continue
        twin = _lazy_twin(item.element, by_element)
        if twin is None:
            out.append(item)
        elif twin.origin != "lazy" and item.origin != "srcset":
            twin.src = item.src
    lead = {item.src for item in out if not item.in_node}
    seen: set[str] = set()
    slots: dict[tuple[HtmlElement | None, str], str] = {}
    unique = []
    for item in out:
        # One <img> per aspect ratio or screen size in one place: same file name, same slot.
        slot = (_slot_of(item.element), _picture_key(item.src))
        if (item.src in seen and (item.src in lead or not item.in_node)) or slots.get(slot, item.src) != item.src:
            continue
        seen.add(item.src)
        slots[slot] = item.src
        unique.append(item)
    return unique


def _slot_of(img: HtmlElement) -> HtmlElement | None:
    """The element that places ``img`` in the page: its nearest ancestor that is not a mere wrapper."""
    return next((a for a in img.iterancestors() if a.tag not in _WRAPPER_TAGS and a.tag != "span"), None)


def _lazy_twin(img: HtmlElement, by_element: dict[int, _Found]) -> _Found | None:
    """The script-loaded image kept beside the ``<noscript>`` that holds ``img``, if any."""
    noscript = _noscript_of(img)
    parent = noscript.getparent() if noscript is not None else None
    if parent is None:
        return None
    own = _raw_src(img)
    for holder in (parent, parent.getparent()):
        if holder is None:
            continue
        for other in holder.iter(*_IMAGE_TAGS):
            item = by_element.get(id(other))
            if item is not None and not item.in_noscript and (holder is parent or item.src == own):
                return item
    return None


def _figure_of(img: HtmlElement, stop: HtmlElement) -> HtmlElement | None:
    """The element that wraps ``img`` with its caption: the nearest ancestor within a few steps that holds
    a caption or credit element, else a ``<figure>`` or an element whose class names a figure; never one
    that holds another picture or a paragraph of text."""
    fallback = None
    hops = 0
    for ancestor in img.iterancestors():
        if ancestor is stop or hops > _MAX_CAPTION_HOPS or ancestor.tag in ("body", "article", "main"):
            break
        if ancestor.tag in _WRAPPER_TAGS or (ancestor.tag == "p" and not node_text(ancestor)):
            continue
        hops += 1
        if ancestor.tag == "p" or _too_big_for_a_figure(ancestor) or _other_pictures(ancestor, img):
            break
        if _has_caption_parts(ancestor, img):
            return ancestor
        if fallback is None and (
            ancestor.tag == "figure" or _label_kinds(ancestor) & _LABEL_FIGURE
            or "imageobject" in (ancestor.get("itemtype") or "").lower()
        ):
            fallback = ancestor
    return fallback


def _too_big_for_a_figure(element: HtmlElement) -> bool:
    """Whether ``element`` holds too many elements to be one picture with its caption."""
    return any(True for _ in itertools.islice(element.iter(), _MAX_FIGURE_ELEMENTS, None))


def _has_caption_parts(container: HtmlElement, img: HtmlElement) -> bool:
    held = {img, *img.iterancestors()}
    return any(
        isinstance(el.tag, str) and el is not container
        and (_is_caption_element(el) or _is_credit_element(el)) and el not in held and node_text(el)
        for el in container.iter()
    )


def _other_pictures(container: HtmlElement, img: HtmlElement) -> bool:
    """Whether ``container`` shows another picture than ``img`` (``<noscript>`` copies aside)."""
    own = _markup_key(img)
    return any(
        other is not img and _markup_key(other) != own and _noscript_of(other) is None
        for other in container.iter(*_IMAGE_TAGS)
    )


def _markup_key(img: HtmlElement) -> tuple[str | None, ...]:
    """The image's source attributes as written: a cheap identity for telling two pictures apart."""
    return tuple(img.get(a) for a in ("src", "data-src", "srcset", "data-srcset"))


def _holds(element: HtmlElement, img: HtmlElement) -> bool:
    return element is img or any(a is element for a in img.iterancestors())


def _prop(element: HtmlElement) -> str:
    return (element.get("itemprop") or "").lower()


def _is_credit_element(element: HtmlElement) -> bool:
    if element.tag == "cite" or _prop(element) in _CREDIT_PROPS:
        return True
    return bool(_label_kinds(element) & _LABEL_CREDIT)


def _is_caption_element(element: HtmlElement) -> bool:
    if element.tag == "figcaption" or _prop(element) in _CAPTION_PROPS:
        return True
    return bool(_label_kinds(element) & _LABEL_CAPTION)


@dataclass(slots=True)
class _Texts:
    """What the markup around one image says: caption, credit text, and links inside the credit."""

    caption: str | None = None
    credit: str | None = None
    credit_links: tuple[str, ...] = ()


def _credit_links(element: HtmlElement) -> tuple[str, ...]:
    return tuple(a.get("href") or "" for a in element.iter("a") if a.get("href"))


def _from_figure(figure: HtmlElement, img: HtmlElement) -> _Texts:
    """Caption and credit from the elements of ``figure``: credit elements (by class, itemprop or
    ``<cite>``), else a child of the caption that reads as a credit, else the caption's tail."""
    parts = [el for el in figure.iter() if isinstance(el.tag, str) and el is not figure
             and (_is_credit_element(el) or _is_caption_element(el)) and not _holds(el, img) and node_text(el)]
    credits = [el for el in parts if _is_credit_element(el)]
    # The innermost credit elements: a wrapper whose class happens to name a credit holds the caption too.
    # A bare label ("Credit:") inside the credit element is no credit on its own.
    credits = [el for el in credits if not _BARE_LABEL.match(node_text(el))]
    credits = [el for el in credits if not any(_holds(el, other) and other is not el for other in credits)]
    captions = [el for el in parts if el not in credits and _is_caption_element(el)]
    if not credits and captions:
        credits = _credit_children(captions[0])
    texts = _Texts()
    if credits:
        # A credit element may carry the caption before the credit: "Radfahren in Salzburg © Tourismus GmbH".
        lead, texts.credit = split_caption_credit(node_text(credits[0]))
        texts.credit = texts.credit or lead
        texts.credit_links = _credit_links(credits[0])
    if captions:
        caption = next((c for c in captions if not any(_holds(c, cr) for cr in credits[:1])), captions[0])
        texts.caption = node_text(caption, credits) or None
        if not credits:
            texts.credit_links = _credit_links(caption)
    elif not credits:
        texts.caption = node_text(figure, [img]) or None
    if texts.credit is None and texts.caption:
        texts.caption, texts.credit = split_caption_credit(texts.caption)
    elif texts.caption:
        texts.caption = split_caption_credit(texts.caption)[0]
    return texts


def _credit_children(caption: HtmlElement) -> list[HtmlElement]:
    """The last child of ``caption`` when it reads as a credit on its own (a caption span, then a credit
    span without a telling class)."""
    children = [child for child in caption if isinstance(child.tag, str) and node_text(child)]
    if len(children) > 1 and looks_like_credit(node_text(children[-1])):
        return [children[-1]]
    return []


def _after_image(img: HtmlElement, figure: HtmlElement | None) -> _Texts:
    """Caption and credit written right after the image or its figure: the text that follows it (up to
    the next element with text), when it holds a credit, sits in a credit or caption element, or is a
    short line that closes the image's block."""
    anchor = figure if figure is not None else img
    climbed = 0
    while climbed < 3:
        parent = anchor.getparent()
        if parent is None or collapse_ws(anchor.tail) or any(
            isinstance(sib.tag, str) and sib.tag != "br" for sib in anchor.itersiblings()
        ) or parent.tag in ("p", "body", "article", "main"):
            break
        climbed += parent.tag not in _WRAPPER_TAGS
        anchor = parent
    texts = _Texts()
    text, element = collapse_ws(anchor.tail), None
    sibling = anchor.getnext()
    while not text and sibling is not None:
        if not isinstance(sibling.tag, str) or sibling.tag == "br":
            text = collapse_ws(sibling.tail)
        elif sibling.tag in ("figure", "picture") or next(sibling.iter(*_IMAGE_TAGS), None) is not None:
            break
        else:
            text, element = node_text(sibling), sibling
        sibling = sibling.getnext()
    if not text or len(text) > 400:
        return texts
    if element is not None and _is_credit_element(element):
        texts.credit, texts.credit_links = text, _credit_links(element)
    else:
        texts.caption, texts.credit = split_caption_credit(text)
        if texts.credit is None and not (element is not None and _is_caption_line(element, text)):
            texts.caption = None
        elif element is not None:
            texts.credit_links = _credit_links(element)
    return texts


def _is_caption_line(element: HtmlElement, text: str) -> bool:
    """Whether ``element`` (the text right after an image) is its caption: a caption element, or a short
    inline line that is the last thing in the image's block."""
    if _is_caption_element(element):
        return True
    if element.tag not in _CAPTION_LINE_TAGS or len(text) > _MAX_CAPTION_LINE or _label_kinds(element) & _LABEL_FOREIGN:
        return False
    return not any(
        (isinstance(sibling.tag, str) and sibling.tag != "br" and node_text(sibling)) or collapse_ws(sibling.tail)
        for sibling in element.itersiblings()
    ) and not collapse_ws(element.tail)


def _from_attributes(img: HtmlElement, figure: HtmlElement | None) -> _Texts:
    """Caption and credit from ``data-*`` attributes of the image or its figure, microdata ``<meta>`` of
    the figure, and ``alt``/``title`` text."""
    texts = _Texts(credit=_microdata_credit(figure) if figure is not None else None)
    for element in (img, figure):
        if element is None:
            continue
        texts.credit = texts.credit or next((collapse_ws(element.get(a)) for a in _CREDIT_DATA if element.get(a)), None)
        texts.caption = texts.caption or next(
            (collapse_ws(element.get(a)) for a in _CAPTION_DATA if element.get(a)), None
        )
    if texts.credit is None and texts.caption:
        texts.caption, texts.credit = split_caption_credit(texts.caption)
    if texts.credit is None:
        for attribute in ("title", "alt", "aria-label"):
            credit = split_caption_credit(collapse_ws(img.get(attribute)))[1]
            if credit and _short_names(credit):
                texts.credit = credit
                break
    return texts


def _microdata_credit(figure: HtmlElement) -> str | None:
    """The credit a figure's microdata states in ``<meta itemprop=...>`` (creditText, creator,
    copyrightHolder), written as "creator / holder"."""
    values: dict[str, str] = {}
    for meta in figure.iter("meta"):
        prop, content = _prop(meta), collapse_ws(meta.get("content"))
        if prop in _CREDIT_PROPS and content:
            values.setdefault(prop, content)
    if "credittext" in values:
        return values["credittext"]
    names = [values[p] for p in ("creator", "author", "copyrightholder") if p in values]
    return " / ".join(dict.fromkeys(names)) or None


def _short_names(credit_text: str) -> bool:
    """Whether the credit's author and source are short enough to be names (not a described scene)."""
    credit = parse_credit(credit_text)
    parts = [p for p in (credit.author, credit.source) if p]
    return bool(parts or credit.license) and all(len(p.split()) <= 6 for p in parts)


class _LinkedData:
    """JSON-LD ``ImageObject`` nodes of the page by URL and file name, read only when an image needs them."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self._index: dict[str, dict[str, Any]] | None = None

    def _build(self) -> dict[str, dict[str, Any]]:
        index: dict[str, dict[str, Any]] = {}
        jsonld: JsonLd = read_jsonld(self._page)
        for node in jsonld.nodes:
            if "imageobject" not in types_of(node):
                continue
            for key in ("contentUrl", "url", "@id"):
                url = text_value(node.get(key))
                if url:
                    index.setdefault(_url_key(self._page.absolute(url) or url), node)
                    index.setdefault(_file_key(url), node)
        return index

    def lookup(self, src: str) -> dict[str, Any] | None:
        """The ``ImageObject`` whose URL (or file name) is ``src``'s, or None."""
        if self._index is None:
            self._index = self._build()
        if not self._index:
            return None
        return self._index.get(_url_key(src)) or self._index.get(_file_key(src))


def _url_key(url: str) -> str:
    return url.split("://", 1)[-1].split("#", 1)[0]


def _file_key(url: str) -> str:
    path = url.split("?", 1)[0].rstrip("/")
    name = path.rsplit("/", 1)[-1].lower()
    return "file:" + name if "." in name and len(name) > 6 else "file:?" + url


def _credit_from_jsonld(node: dict[str, Any]) -> Credit | None:
    """The credit an ``ImageObject`` states (creditText, creator, copyrightHolder, license)."""
    credit_text = text_value(node.get("creditText")) or text_value(node.get("copyrightNotice"))
    creator = name_of(node.get("creator")) or name_of(node.get("author"))
    holder = name_of(node.get("copyrightHolder"))
    license_value = text_value(node.get("license")) or text_value(node.get("acquireLicensePage"))
    if not (credit_text or creator or holder):
        return None
    shown = credit_text or " / ".join(filter(None, (creator, holder if holder != creator else None)))
    credit = parse_credit(shown)
    licence = normalize_license(license_value) if license_value else None
    return Credit(
        text=credit.text,
        title=credit.title,
        author=creator or credit.author,
        source=credit.source or (holder if holder != creator else None),
        source_url=credit.source_url,
        license=credit.license or (licence[0] if licence else None),
        license_url=credit.license_url or (licence[1] if licence else None),
    )


def _credit(texts: _Texts, page: Page) -> Credit | None:
    """The parsed credit of ``texts``; a licence linked from the credit (or the caption) fills a gap."""
    if not texts.credit:
        return None
    links = [url for url in map(page.absolute, texts.credit_links) if url]
    source_url = next((u for u in links if normalize_license(u) is None and u.startswith("http")), None)
    credit = parse_credit(texts.credit, source_url=source_url)
    if not _names_someone(credit):
        return None
    if credit.license is None:
        licence = next((normalize_license(u) for u in links if normalize_license(u)), None)
        if licence:
            return Credit(credit.text, credit.title, credit.author, credit.source, credit.source_url, *licence)
    return credit


def _names_someone(credit: Credit) -> bool:
    """Whether a parsed credit names a work, a person, a source or a licence (not "Article by", a date)."""
    return any(
        value and _LETTERS.search(value) and not _DATE_LIKE.match(value)
        for value in (credit.title, credit.author, credit.source, credit.license, credit.source_url)
    )


def _image(found: _Found, region: HtmlElement, page: Page, linked: _LinkedData) -> Image:
    img = found.element
    src = page.absolute(found.src)
    figure = _figure_of(img, region)
    texts = _from_figure(figure, img) if figure is not None else _Texts()
    for source in (_from_attributes, _after_image):
        if texts.credit and texts.caption:
            break
        extra = source(img, figure)
        texts.caption = texts.caption or extra.caption
        if not texts.credit and extra.credit:
            texts.credit, texts.credit_links = extra.credit, extra.credit_links
    credit = _credit(texts, page)
    if credit is None and src:
        node = linked.lookup(src)
        credit = _credit_from_jsonld(node) if node else None
    alt = collapse_ws(img.get("alt") or img.get("aria-label")) or None
    return Image(src=src, alt=alt, caption=texts.caption, credit=credit)


def extract_images(page: Page, content: Content, metadata: Metadata) -> tuple[Image, ...]:
    """The images of the article in ``content``, in document order, each with caption and parsed credit."""
    node, region = _scope(page, content)
    if region is None:
        return ()
    linked = _LinkedData(page)
    found = list(_candidates(region, node))
    if not any(not item.in_node for item in found):
        found[:0] = _lead_outside(page, region)
    # A source that is data rather than a URL (a JSON configuration in a lazy-loading attribute) is no image.
    usable = (item for item in _dedupe(found) if page.absolute(item.src))
    authors = tuple(author.name.casefold() for author in metadata.authors
                    if author.type == "person" and len(author.name) >= _MIN_NAME)
    images = (_image(item, region, page, linked) for item in usable)
    return _without_repeats(image for image in images if not _is_author_portrait(image, authors))


def _is_author_portrait(image: Image, authors: tuple[str, ...]) -> bool:
    """Whether ``image`` is an author's portrait or avatar: what reads as its caption is the byline block
    beside it, the name of one of the article's ``authors`` alone or followed by a date or time, a contact or
    role word, or a bio that names them again. "Jane Doe at the summit ..." and "Jane Doe's photo" are
    captions."""
    caption = (image.caption or "").casefold()
    for name in authors:
        rest = caption[len(name):] if caption.startswith(name) else None
        if rest is not None and (not rest.strip() or (rest[:1] == " " and (
                _BYLINE_AFTER_NAME.search(rest) is not None or name in rest))):
            return True
    return False


def _shared_image_keys(page: Page) -> set[str]:
    """File keys of the image the page shares as its own (OpenGraph, Twitter card, ``itemprop=image``)."""
    keys = set()
    for meta in page.root.iterfind(".//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _SHARED_IMAGE_META:
            keys.add(_picture_key(meta.get("content") or ""))
    return keys


def _lead_outside(page: Page, region: HtmlElement) -> list[_Found]:
    """The lead image when the page puts it above the article element: an image before ``region`` that
    is the page's shared image (og:image and the like), not furniture, not in a foreign container."""
    body = page.root.find("body")
    keys = _shared_image_keys(page)
    if body is None or not keys:
        return []
    # A region of another tree (a copy) is never reached: every image of the body comes before it.
    before = set(_PRECEDING_IMAGES(region)) if region.getroottree().getroot() is page.root else None
    for element in body.iter(*_IMAGE_TAGS):
        if before is not None and element not in before:
            break
        src = _raw_src(element)
        if src and _picture_key(src) in keys and not _is_furniture(element, src) and not (
            _in_foreign_container(element, body)
        ):
            return [_Found(element, src, _noscript_of(element) is not None, "src", in_node=False)]
    return []


def _picture_key(url: str) -> str:
    """A URL's file name without size suffixes ("photo-640x480.jpg" -> "photo.jpg"), for matching the
    renditions of one picture."""
    return _SIZE_SUFFIX.sub("", _file_key(url.strip()))


def _without_repeats(images: Iterator[Image]) -> tuple[Image, ...]:
    """``images`` without a captioned picture shown again (a lead gallery slide repeated as a body
    figure); uncaptioned repeats (icons, a table's pictures) are the article's own and stay."""
    out: list[Image] = []
    shown: set[str | None] = set()
    for image in images:
        if image.src in shown and (image.caption or image.credit):
            continue
        if image.caption or image.credit:
            shown.add(image.src)
        out.append(image)
    return tuple(out)
