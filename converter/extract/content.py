"""The article's main content: the node that holds it and its paragraphs, boilerplate removed.

1. *Measure* the original tree in one walk: every block (paragraph, heading, list item, table row, a
   ``div`` with loose text) weighs its own characters less 1.5 times its link characters and a small
   fixed cost, and every element sums the weights inside it. Containers of other things than the article
   (comments, sidebars, related stories, navigation, lists of teasers) add nothing to their parents.
   The main node is the element with the highest sum; the publisher's own markup (``itemprop=
   articleBody``, ``article-body``/``entry-content``-like classes) is preferred when the scores agree.
2. *Widen* it: siblings that continue the article (paragraphs beside a link-heavy box) and the
   standfirst set before the body container (lead, dek, chapô, bajada) join it.
3. *Prune* a deep copy (``page.root`` is never changed): furniture named by its tag or class (share
   bars, captions, bylines, newsletter boxes, related lists, teasers once the text has started) and
   link-dense lists go.
4. *Emit* the copy's blocks in document order (loose inline text wrapped in a new ``<p>``) and judge
   each by its text: furniture phrases in several languages, bylines, datelines, notices, link-only
   lines; headings and labels after the last sentence go, and so do lines repeating the headline or
   naming only the authors.

When the page gives little text, the JSON-LD ``articleBody`` is used instead.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from lxml.html import HtmlElement

from .credits import looks_like_credit
from .elements import is_hidden
from .jsonld import read_jsonld
from .metadata import Metadata
from .page import Page
from .textnorm import collapse_ws, node_text
from .vocabulary import boilerplate as vocab
from .vocabulary import dates


@dataclass(frozen=True, slots=True)
class Content:
    """The main content of a page.

    ``node`` is the element holding the article (None when none was found); ``blocks`` are the elements
    whose text became ``paragraphs``, in order (citations look for links inside them).
    """

    node: HtmlElement | None
    blocks: tuple[HtmlElement, ...] = ()
    paragraphs: tuple[str, ...] = ()


# Elements whose content is never text of the page.
_SKIPPED = frozenset({
    "script", "style", "template", "svg", "iframe", "object", "embed", "canvas", "select",
    "option", "textarea", "button", "input", "head", "link", "meta", "map", "dialog",
})
# Elements that start a new block of text (everything else is inline and flows into its block).
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "ul", "caption", "menu", "dir", "listing",
})
# Table cells hold text but are not blocks of their own: a row is one paragraph.
_CELLS = frozenset({"td", "th"})
# Elements that hold other things than the article: their text does not count for their parents.
_AWAY_TAGS = frozenset({"nav", "aside", "footer", "menu"})
# Elements pruned from the chosen node whatever their class.
_PRUNED_TAGS = _SKIPPED | frozenset({"nav", "aside", "footer", "figcaption", "form", "menu", "hr"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PARTS = frozenset({"tbody", "thead", "tfoot", "tr", "td", "th", "li", "dd", "dt"})
# Blocks that hold running text: what sits inside them is part of a sentence.
_TEXT_BLOCKS = _HEADINGS | frozenset({"p", "li", "td", "th", "dd", "dt", "blockquote", "pre", "caption", "summary"})

_AWAY, _FURNITURE, _BODY, _LEAD, _LATE, _HEADLINE = 1, 2, 4, 8, 16, 32
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DIGITS = re.compile(r"[0-9]+")
# Prefixes grouped by their first characters (as many as the shortest has): a word is tested against the
# few that can match it.
_PREFIX_KEY = min(map(len, vocab.FURNITURE_PREFIXES + vocab.AWAY_PREFIXES))


def _by_start(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``prefixes`` grouped by their first ``_PREFIX_KEY`` characters."""
    groups: dict[str, list[str]] = {}
    for prefix in prefixes:
        groups.setdefault(prefix[:_PREFIX_KEY], []).append(prefix)
    return {start: tuple(group) for start, group in groups.items()}


_FURNITURE_PREFIXES = _by_start(vocab.FURNITURE_PREFIXES)
_AWAY_PREFIXES = _by_start(vocab.AWAY_PREFIXES)
_BODY_NAME = re.compile("|".join(sorted(vocab.BODY_CLASSES)))
# A linked element named like a headline leads a teaser card when it stands as a block of its own ("<div
# class="title"><a>") or beside a picture or a date; inside a line of text ("<li><span class="book-title"><a>...
# </a></span> by Author. ...</li>", a list of books) it names a work.
_CARD_PICTURE_OR_DATE = etree.XPath("(..//img | ..//time)[1]", smart_strings=False)
# The elements that may be hidden: those with an attribute that ``_hidden`` reads.
_MAYBE_HIDDEN = etree.XPath("descendant::*[@hidden or @aria-hidden or @style]")

# A block's weight: its own characters, less 1.5 times its link characters, less a fixed cost that makes
# runs of tiny blocks (menus, tag lists, button labels) count against the node that holds them.
_LINK_COST = 1.5
_BLOCK_COST = 20.0
# Below this score the best node is no better evidence than the publisher's markup.
_WEAK_SCORE = 500
# The most text a teaser (headline, picture, a few lines of summary) holds.
_TEASER_CHARS = 1000


@lru_cache(maxsize=4096)
def _class_flags(names: str) -> int:
    """_AWAY / _FURNITURE / _BODY / _LEAD / _LATE / _HEADLINE flags for a class-and-id string: those of its
    names."""
    # No word of the vocabulary holds a digit, so names that differ in their numbers only ("post-4711",
    # "menu-item-12", ids of every comment) say the same: one cached answer serves them all.
    return _flags_of_shape(_DIGITS.sub("0", names))


@lru_cache(maxsize=4096)
def _flags_of_shape(names: str) -> int:
    flags = 0
    for name in names.split():
        flags |= _name_flags(name)
    return flags


@lru_cache(maxsize=16384)
def _name_flags(name: str) -> int:
    """_AWAY / _FURNITURE / _BODY / _LEAD / _LATE / _HEADLINE flags for one class or id name.

    A name counts by its first and last words ("comments-area", "site-footer", "related-posts"), the
    whole name run together ("sharebar"), or any of its words for the plainest roles
    ("mvp-author-box"). Names that state the page's state ("has-sidebar", "no-comments") say nothing;
    names that start with a layout word ("content-sidebar-wrap", "page-disclaimer-footer") only tell
    captions and the plainest roles, and long names (anchors made from headings,
    "sharing-with-a-single-developer") only captions.
    """
    if name.isascii() and name.islower():
        # No capitals, so no camelCase humps to split and nothing to lower-case.
        words = [name] if name.isalnum() else [w for w in _NON_ALNUM.split(name) if w]
    else:
        words = [w for w in _NON_ALNUM.split(_HUMP.sub(" ", name).lower()) if w]
    if not words or not vocab.STATE_MARKERS.isdisjoint(words):
        return 0
    if not vocab.CAPTION_WORDS.isdisjoint(words):
        return _FURNITURE
    if words[0] in vocab.STATE_WORDS:
        # A layout name ("page-disclaimer-footer") still says what its plainest words say.
        if len(words) <= 4 and not vocab.FURNITURE_ANYWHERE.isdisjoint(words):
            return _FURNITURE
        return 0
    # Long names are heading anchors or parts of parts ("gallery-main-content__item__comment").
    # Embedded posts quote the story's sources; a live blog's "comments" are its entries: they stay.
    if len(words) > 4 or not vocab.EMBED_WORDS.isdisjoint(words):
        return 0
    flags = 0
    compact = "".join(words)
    if not vocab.FURNITURE_ANYWHERE.isdisjoint(words):
        flags |= _FURNITURE
    for word in {compact, words[0], words[-1]}:
        start = word[:_PREFIX_KEY]
        if word in vocab.FURNITURE_TOKENS or word.startswith(_FURNITURE_PREFIXES.get(start, ())):
            flags |= _FURNITURE
        if word in vocab.AWAY_TOKENS or word.startswith(_AWAY_PREFIXES.get(start, ())):
            flags |= _AWAY
    if _BODY_NAME.search(compact):
        flags |= _BODY
    if not vocab.LEAD_WORDS.isdisjoint(words):
        flags |= _LEAD
    if not vocab.TEASER_WORDS.isdisjoint(words):
        flags |= _LATE
    if not vocab.HEADLINE_WORDS.isdisjoint(words):
        flags |= _HEADLINE
    return flags


def _flags(el: HtmlElement) -> int:
    """The flags of ``el``'s class, id and custom tag names (none for ``<body>`` and ``<html>``)."""
    tag = el.tag
    if tag in ("body", "html"):
        return 0
    names = el.get("class")
    ident = el.get("id")
    # Custom elements name their role in the tag ("<pp-inline-teaser>").
    custom = "-" in tag
    if not (names or ident or custom):
        return 0
    # Class and id are looked up apart: a class string recurs on a page, an id rarely.
    flags = _class_flags(names) if names else 0
    if ident:
        flags |= _class_flags(ident)
    if custom:
        flags |= _class_flags(tag)
    if el.get("itemprop") == "articleBody":
        flags |= _BODY
    return flags


@dataclass(slots=True)
class _Stats:
    """What the measuring walk learns about one element.

    ``score`` sums the weights of the blocks inside; ``inside_away`` says whether a container of other
    things than the article (comments, sidebar, related stories) holds the element.
    """

    chars: int = 0
    links: int = 0
    score: float = 0.0
    inside_away: bool = False
    flags: int = 0


class _Measure:
    """One walk over the original tree: characters, link characters and block weights per element."""

    def __init__(self, root: HtmlElement) -> None:
        self.stats: dict[HtmlElement, _Stats] = {}
        # Found in one pass of the parser's own code rather than by reading every element's attributes.
        self.hidden = {el for el in _MAYBE_HIDDEN(root) if is_hidden(el)}

    def walk(self, el: HtmlElement, inside_away: bool, in_link: bool) -> tuple[int, int, int, int, float, int]:
        """(chars, link chars, loose chars, loose link chars, contribution to the parent's score,
        characters of linked headings inside).

        Loose characters are those not inside a nested block: they belong to the nearest block above.
        A container of other things than the article adds nothing to its parent, whatever it scores
        inside, while a node inside it can still win when the page is built the wrong way round
        (a "sidebar" wrapper around the whole article). A list of teasers (several items that each
        lead with a linked headline) is such a container too.
        """
        tag = el.tag
        flags = _flags(el)
        away = tag in _AWAY_TAGS or bool(flags & _AWAY)
        if tag == "a" and not (el.get("href") or "#").startswith("#"):
            in_link = True
        text = el.text
        chars = len(text.strip()) if text else 0
        links = chars if in_link else 0
        loose, loose_links, score = chars, links, 0.0
        teasers = with_text = widest = headlines = 0
        child_away = inside_away or away
        for child in el:
            ctag = child.tag
            if isinstance(ctag, str) and ctag not in _SKIPPED and child not in self.hidden:
                c_chars, c_links, c_loose, c_loose_links, c_score, c_headlines = self.walk(
                    child, child_away, in_link
                )
                chars += c_chars
                links += c_links
                score += c_score
                headlines += c_headlines
                if ctag not in _BLOCKS or ctag in _CELLS:
                    loose += c_loose
                    loose_links += c_loose_links
                if c_chars:
                    with_text += 1
                    widest = max(widest, c_chars)
                    teasers += _is_teaser(c_chars, c_headlines)
            tail = child.tail
            if tail:
                n = len(tail.strip())
                chars += n
                loose += n
                if in_link:
                    links += n
                    loose_links += n
        if tag in _BLOCKS and tag not in _CELLS:
            score += _block_weight(loose, loose_links)
            loose = loose_links = 0
        # A run of similar items each holding a linked headline, none of them dominant.
        teaser_list = teasers >= 2 and teasers >= 0.6 * with_text and widest <= 0.6 * chars
        self.stats[el] = _Stats(chars, links, score, child_away or teaser_list, flags)
        if away or teaser_list:
            # Nor does its loose text (a custom element's menu, not a block) flow into the block above.
            score = -_BLOCK_COST
            headlines = loose = loose_links = 0
        elif chars > 0 and links >= 0.7 * chars and _is_headline(el, flags, in_link):
            headlines = chars
        return chars, links, loose, loose_links, score, headlines


def _is_headline(el: HtmlElement, flags: int, in_link: bool) -> bool:
    """Whether ``el``, mostly link text, is a headline: a heading, or an element whose class names a title and
    holds its link, standing as a block or beside a picture or a date (a teaser card's)."""
    return el.tag in _HEADINGS or bool(
        flags & _HEADLINE and not in_link and (el.tag in _BLOCKS or _CARD_PICTURE_OR_DATE(el))
    )


def _is_teaser(chars: int, headline_chars: int) -> bool:
    """Whether an item of ``chars`` characters is a teaser: short, and led by a linked headline that is a good
    part of its text (a forum post's linked user name is not)."""
    return bool(headline_chars) and chars <= _TEASER_CHARS and headline_chars >= 0.1 * chars


def _block_weight(chars: int, link_chars: int) -> float:
    """The weight of a block of ``chars`` characters, ``link_chars`` of them inside links."""
    if chars == 0:
        return 0.0
    return chars - _LINK_COST * link_chars - _BLOCK_COST


def _best_node(stats: dict[HtmlElement, _Stats]) -> HtmlElement | None:
    """The block element with the highest score (None when nothing scores above zero).

    A node outside every comment/sidebar/related container is preferred unless one inside scores
    four times as high (the page is built the wrong way round).
    """
    best = clean = None
    best_value = clean_value = 0.0
    for el, st in stats.items():
        if el.tag not in _BLOCKS:
            continue
        # A node made mostly of links (a whole page of menus around a short text) is worth its prose only.
        value = st.score if st.links <= 0.5 * st.chars else st.score * (1 - st.links / st.chars)
        if value > best_value:
            best, best_value = el, value
        if value > clean_value and not st.inside_away:
            clean, clean_value = el, value
    return clean if clean is not None and 4 * clean_value >= best_value else best


def _prefer_publisher_node(best: HtmlElement, stats: dict[HtmlElement, _Stats]) -> HtmlElement:
    """The node the publisher marked as the article body, when the markup and the scores agree.

    Inside ``best``, the first marked node that holds most of its score, unless the mark recurs on parts beside
    it (then ``best`` holds them all); above it (up to three levels), a marked node that scores nearly as well.
    When ``best`` is weak (a page of captions, links and short lines scores little anywhere), the largest
    marked node that is not a list of links.
    """
    top = stats[best].score
    marked = [el for el in best.iter() if el is not best and el in stats and stats[el].flags & _BODY]
    for el in marked:
        if stats[el].score >= 0.75 * top:
            # The body split into several parts of the same class (one per paragraph module of the CMS) is all
            # of them.
            if any(_apart(el, other) and other.get("class") == el.get("class") and stats[other].score > 0
                   for other in marked):
                return best
            return el
    for depth, el in enumerate(best.iterancestors()):
        st = stats.get(el)
        if depth == 3 or st is None:
            break
        if st.score >= 0.9 * top and st.flags & _BODY:
            return el
    if top < _WEAK_SCORE:
        marked = [
            (st.chars, el) for el, st in stats.items()
            if st.chars > stats[best].chars and st.links <= 0.5 * st.chars and not st.inside_away
            and st.flags & _BODY
        ]
        if marked:
            return max(marked, key=lambda pair: pair[0])[1]
    return best


def _apart(one: HtmlElement, other: HtmlElement) -> bool:
    """Whether neither element holds the other."""
    return one is not other and other not in one.iterancestors() and one not in other.iterancestors()


def _figure_node(text_node: HtmlElement, stats: dict[HtmlElement, _Stats]) -> HtmlElement:
    """``text_node`` widened to the wrapper that also holds the article's headline and lead image."""
    node = text_node
    chars = stats[text_node].chars
    for parent in text_node.iterancestors():
        st = stats.get(parent)
        if st is None or parent.tag in ("body", "html") or st.chars > chars * 1.25 + 300:
            break
        node = parent
    return node


def _lead_nodes(text_node: HtmlElement, stats: dict[HtmlElement, _Stats]) -> list[HtmlElement]:
    """The standfirst/intro elements publishers put before the article's text, in its wrapper."""
    chars = stats[text_node].chars
    region = text_node
    for depth, parent in enumerate(text_node.iterancestors()):
        st = stats.get(parent)
        if st is None or parent.tag in ("body", "html") or depth >= 8 or st.chars > 1.5 * chars + 1500:
            break
        region = parent
    if region is text_node:
        return []
    above = set(text_node.iterancestors())
    leads: list[HtmlElement] = []
    for el in region.iter():
        if el is text_node:
            break
        st = stats.get(el)
        if st is None or el in above or el.tag not in _BLOCKS or not st.flags & _LEAD:
            continue
        # A caption's "subtitle" is not the story's.
        if el.tag == "figcaption" or any(a.tag == "figure" for a in el.iterancestors()):
            continue
        if leads and leads[-1] in el.iterancestors():
            continue
        if 30 <= st.chars <= 1500 and st.links < 0.3 * st.chars and not st.inside_away:
            leads.append(el)
    return leads


# Characters the parser lets through in text but lxml refuses to assign back.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str | None) -> str | None:
    """``text`` without the characters lxml refuses."""
    return _NOT_XML.sub("", text) if text else text


def _drop(el: HtmlElement) -> None:
    """Remove ``el`` from its tree, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = _xml_safe((prev.tail or "") + tail)
        else:
            parent.text = _xml_safe((parent.text or "") + tail)
    parent.remove(el)


def _prune(original: HtmlElement, clone: HtmlElement, stats: dict[HtmlElement, _Stats]) -> None:
    """Remove furniture from ``clone`` (a deep copy of ``original``, walked in step with it)."""
    total = max(stats[original].chars, 1)
    # Inside a node that is itself among other things (the page is built the wrong way round),
    # "away" says nothing.
    away_counts = not stats[original].inside_away
    dropped: set[HtmlElement] = set()
    text_started = False
    # Pairs first: dropping from the clone while walking it would put the two walks out of step.
    for orig, twin in list(zip(original.iter(), clone.iter(), strict=True)):
        if orig is original or not isinstance(orig.tag, str):
            continue
        if twin.getparent() in dropped:
            dropped.add(twin)
            continue
        # A teaser once the text has started is another story's; before, it is this one's standfirst,
        # and so is an intro header whose class also says "header".
        st = stats.get(orig)
        flags = st.flags if st is not None else _flags(orig)
        furniture = _is_furniture(orig, stats, total, away_counts)
        if furniture and not text_started and flags & _LEAD and orig.tag not in _PRUNED_TAGS:
            furniture = False
        if furniture or (text_started and flags & _LATE):
            dropped.add(twin)
            _drop(twin)
        elif orig.tag == "p" and st is not None and st.chars >= 80:
            text_started = True


def _is_furniture(el: HtmlElement, stats: dict[HtmlElement, _Stats], total: int, away_counts: bool) -> bool:
    """Whether ``el`` (inside a candidate of ``total`` characters) is page furniture.

    Comment threads, related-story lists and teaser lists go unless they hold most of the text;
    other furniture named by its class only when it is a small part; link lists always.
    """
    tag = el.tag
    if tag in _PRUNED_TAGS or is_hidden(el):
        return tag != "form" or stats.get(el, _Stats()).chars < 0.5 * total
    # A figure's words are its caption and credit, unless it holds a quote, a table or code.
    if tag == "figure" and not _FIGURE_TEXT(el):
        return True
    st = stats.get(el)
    if st is None:
        return False
    if tag not in _BLOCKS:
        # An inline element (a custom element too) only goes when it stands alone in a container
        # (a rating widget's <span>, a <pp-inline-teaser>) or is a hover card of links inside a
        # sentence; a <span class="date"> in a sentence stays.
        if st.chars > 100 and st.links > 0.9 * st.chars and len(el.findall(".//a")) >= 3:
            return True
        parent = el.getparent()
        if parent is None or parent.tag in _TEXT_BLOCKS or (parent.tag not in _BLOCKS and "-" not in tag):
            return False
    if away_counts and st.inside_away and st.chars < 0.7 * total:
        return True
    if st.flags & _FURNITURE and st.chars < 0.4 * total:
        return True
    # Lists of links: navigation, tag clouds, "more stories" boxes.
    # A table with header cells is data whose entries happen to be linked (products, matches, films).
    return (tag in ("ul", "ol", "div", "section", "table", "dl") and st.chars > 0 and st.links > 0.6 * st.chars
            and not (tag == "table" and _HEADER_CELL(el)))


def _block_holders(root: HtmlElement) -> set[HtmlElement]:
    """The elements of ``root`` that have a block element below them."""
    holders: set[HtmlElement] = set()
    for el in root.iter():
        tag = el.tag
        if tag in _BLOCKS and tag not in _CELLS and el is not root:
            for anc in el.iterancestors():
                if anc in holders:
                    break
                holders.add(anc)
                if anc is root:
                    break
    return holders


def _emit(el: HtmlElement, holders: set[HtmlElement], out: list[HtmlElement]) -> None:
    """Append the blocks of ``el`` to ``out``: leaf blocks as they are, loose inline runs wrapped in ``<p>``."""
    if el not in holders:
        out.append(el)
        return
    run: list[HtmlElement] = []
    lead = el.text
    el.text = None
    for child in list(el):
        tag = child.tag
        if isinstance(tag, str) and ((tag in _BLOCKS and tag not in _CELLS) or child in holders):
            _wrap(el, lead, run, child, out)
            lead, run = child.tail, []
            child.tail = None
            _emit(child, holders, out)
        else:
            run.append(child)
    _wrap(el, lead, run, None, out)


def _wrap(parent: HtmlElement, lead: str | None, run: list[HtmlElement], before: HtmlElement | None,
          out: list[HtmlElement]) -> None:
    """Put ``lead`` text and the inline elements ``run`` into a new ``<p>`` inside ``parent``."""
    if not run and not (lead and lead.strip()):
        return
    para = parent.makeelement("p", {})
    para.text = _xml_safe(lead)
    index = parent.index(before) if before is not None else len(parent)
    if run:
        index = min(index, parent.index(run[0]))
    parent.insert(index, para)
    for child in run:
        para.append(child)
    out.append(para)


# The line patterns below are matched against the lower-cased text (three times faster than re.I on the
# long alternations); the vocabulary is lower case.
_FURNITURE_LINE = re.compile(
    r"(?:%s)(?!\w)" % "|".join(re.escape(p) for p in sorted(vocab.FURNITURE_PHRASES, key=len, reverse=True))
)
_BYLINE = re.compile(
    r"(?:%s)\s*:?\s+\S" % "|".join(re.escape(w) for w in sorted(vocab.BYLINE_WORDS, key=len, reverse=True))
)
# A label alone on its line, or set before the furniture it announces ("ANZEIGE - Heute mal ausgehen?").
_LABEL_LINE = re.compile(
    r"[\W\d_]*(?:%s)(?:[\W\d_]*$|\s*[-–—:|])" % "|".join(map(re.escape, vocab.FURNITURE_LABELS))
)
_NOTICE = re.compile("|".join(vocab.NOTICE_PATTERNS))
_MODERATION_NOTICE = re.compile("|".join(vocab.MODERATION_NOTICE_PATTERNS))
# The title of a contact or author box as a label: alone with a few words, before a colon or ending with one.
_BOX_TITLE = re.compile(r"\W*(?:%s)(?!\w)(\s*:)?" % "|".join(map(re.escape, vocab.BOX_TITLES)))
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)")
# A teaser of another story ends with the link to it ("... Seht selbst! Weiterlesen"); the words alone end
# sentences too ("... could spread more.", "... wieder mehr lesen.").
_READ_MORE_END = re.compile(
    r"(?<!\w)(?:%s)\W*$" % "|".join(re.escape(p) for p in sorted(vocab.READ_MORE_PHRASES, key=len, reverse=True))
)
_READ_MORE_LINK = re.compile(r"\W*" + _READ_MORE_END.pattern)
_SENTENCE_END = re.compile(r"[.!?…:;]\W*$")
# Blocks whose short text is an item of a list or table, code or a quote, never a dateline.
_STRUCTURED = frozenset({"li", "tr", "dd", "pre", "blockquote"})
_WORD = re.compile(r"\w+")
_SPELLED_URL = ("http://", "https://", "www.")
# Spelled-out addresses that are no source: a social network profile (its host and one name: "facebook.com/
# examplenews", "youtube.com/@examplenews"; a post has more parts) or an audio or video file.
_NOT_A_SOURCE = re.compile(
    r"^(?:https?://)?(?:www\.|m\.)?(?:%s)/(?:(?:c|channel|user|in|company|pages)/)?@?[\w.-]+/?$|\.(?:%s)(?:\?\S*)?$"
    % ("|".join(map(re.escape, vocab.SOCIAL_HOSTS)), "|".join(vocab.MEDIA_EXTENSIONS))
)
_CALL_TO_ACTION = re.compile("|".join(vocab.CALL_TO_ACTION_PATTERNS))


def _is_dateline(low: str) -> bool:
    """Whether ``low`` (a lower-cased line) only gives a date or time ("dec. 6, 2024, 10:00 pm utc / updated
    dec. 7", "23.10.2018", "12.12.2022, 08:30 uhr", "marca 2021"), with a number in it."""
    has_number = False
    for word in _WORD.findall(low):
        if word.isdigit() or (word[0].isdigit() and word.rstrip("hmsapt").isdigit()):
            has_number = True
        elif word not in dates.MONTHS and word not in dates.WEEKDAYS and word not in dates.ZONES \
                and word not in vocab.DATELINE_WORDS:
            return False
    return has_number


def _ends_with_read_more_link(block: HtmlElement) -> bool:
    """Whether the last link of ``block`` reads "read more" (or its translation): the link to another story."""
    last = None
    for a in block.iter("a"):
        if a.get("href") is not None:
            last = a
    return last is not None and _READ_MORE_LINK.match(node_text(last).lower()) is not None


def _keep_block(block: HtmlElement, text: str) -> bool:
    """Whether a block's text is the article's own (not a furniture line, byline or link line)."""
    n = len(text)
    if n == 0:
        return False
    # Every test below is of a short block: a long one is prose.
    if n >= 400:
        return True
    low = text.lower()
    furniture_line = _FURNITURE_LINE.match(low)
    if (furniture_line or _LABEL_LINE.match(low)) and n < 160:
        return False
    if (box_title := _BOX_TITLE.match(low)) and (box_title[1] or low.endswith(":") or len(_WORD.findall(low)) <= 4):
        return False
    if n < 80 and block.tag not in _HEADINGS and _BYLINE.match(low) and not _SENTENCE_END.search(text):
        return False
    if n < 200 and _COPYRIGHT.match(low):
        return False
    if n < 100 and block.tag not in _STRUCTURED and _is_dateline(low):
        return False
    if _NOTICE.search(low) or ("mod" in low and _MODERATION_NOTICE.search(low)):
        return False
    if _READ_MORE_END.search(low[-30:]) and _ends_with_read_more_link(block):
        return False
    # A credit line left from a picture ("Augusta National/Getty Images", "Foto: dpa"); a sentence
    # that ends with a bracket ("... moderierbar (Whitelist/Blacklist).") is not one.
    if n < 150 and block.tag not in _HEADINGS and not text.endswith((".", "!", "?")) and looks_like_credit(text):
        return False
    # An anchor without an address (<a name="...">) marks a place in the page: it links nowhere; nor does a
    # heading that links to itself (a permalink "#section-2" around its words).
    heading = block.tag in _HEADINGS
    link_chars = sum(
        len(node_text(a)) for a in block.iter("a")
        if (href := a.get("href")) is not None and not (heading and href.startswith("#"))
    )
    # A furniture phrase before a run of links is a box of other stories ("DON'T MISS <headline> <headline>").
    if furniture_line and link_chars > 0.5 * n:
        return False
    # A long block is prose whatever it links; a short one made mostly of links is a link line, unless it
    # is a whole sentence (a linked bullet point "Here's our Firefox Year in Review!", a line "The full report
    # is now online.") or an address the author spells out as the source ("http://www.openpetition.de/...").
    # A line of its own that ends with '!' is a promo ("... jetzt gratis testen!", "44 Clean Jokes for Kids,
    # by Kids!"), and so is one that calls to act ("Sign up for ...", "Follow ... on our live blog.").
    if n > 200 or link_chars < 0.8 * n:
        return True
    if text.startswith(_SPELLED_URL):
        return not _NOT_A_SOURCE.search(low)
    return (text.endswith(".") or (text.endswith("!") and block.tag == "li")) and len(_WORD.findall(text)) >= 6 \
        and not _CALL_TO_ACTION.search(low)


def _paragraphs(original: HtmlElement, stats: dict[HtmlElement, _Stats]) -> tuple[list[HtmlElement], list[str]]:
    """The blocks kept from a pruned copy of ``original`` and their texts."""
    clone = copy.deepcopy(original)
    clone.tail = None
    _prune(original, clone, stats)
    leaves: list[HtmlElement] = []
    _emit(clone, _block_holders(clone), leaves)
    blocks: list[HtmlElement] = []
    texts: list[str] = []
    for block in leaves:
        # The headline above the text is the record's title, not a paragraph.
        if block.tag == "h1" and all(b.tag in _HEADINGS for b in blocks):
            continue
        text = node_text(block)
        if _keep_block(block, text):
            blocks.append(block)
            texts.append(text)
    return blocks, texts


def _trim_loose_end(blocks: list[HtmlElement], texts: list[str]) -> None:
    """Drop the headings and labels after an article's last paragraph: they introduce the page's own
    boxes ("More on this", "Kontakt:"), whose contents were pruned."""
    while texts and (blocks[-1].tag in _HEADINGS or (texts[-1].endswith(":") and len(texts[-1]) < 50)):
        blocks.pop()
        texts.pop()


_HEADER_CELL = etree.XPath("(.//th)[1]", smart_strings=False)
_FIGURE_TEXT = etree.XPath("(.//blockquote | .//table | .//pre | .//code)[1]", smart_strings=False)
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def _jsonld_article_body(page: Page) -> str:
    """The longest ``articleBody`` of the page's JSON-LD ("" when there is none)."""
    bodies = (node.get("articleBody") for node in read_jsonld(page).nodes)
    return max((body for body in bodies if isinstance(body, str)), key=len, default="")


# Below this many characters of text the page's own markup is not trusted over its JSON-LD.
_POOR_TEXT = 400


def _with_siblings(text_node: HtmlElement, stats: dict[HtmlElement, _Stats]) -> list[HtmlElement]:
    """``text_node`` and the siblings that continue the article, in document order.

    The best node stops short when the article's parent also holds a link-heavy box (a table of
    contents, a navigation box): paragraphs and sections beside it with real text of their own
    are taken back, with the heading just before each.
    """
    parent = text_node.getparent()
    if parent is None or text_node.tag in ("body", "html"):
        return [text_node]
    top = stats[text_node].score
    outside = not stats[text_node].inside_away
    total = stats[parent].chars
    parts: list[HtmlElement] = []
    heading = None
    for sib in parent:
        st = stats.get(sib)
        if sib is not text_node:
            if st is None or (outside and st.inside_away) or _is_furniture(sib, stats, total, outside):
                heading = None
                continue
            if sib.tag in _HEADINGS:
                heading = sib
                continue
            # Beside a paragraph that is the text node (a short article), every paragraph is the article's.
            prose = (sib.tag == "p" and (st.chars >= 80 or text_node.tag == "p")
                     and st.links < 0.25 * st.chars)
            if not prose and (st.score < 0.2 * top or st.links > 0.3 * st.chars):
                heading = None
                continue
        if heading is not None:
            parts.append(heading)
        parts.append(sib)
        heading = None
    return parts


def _article_blocks(text_node: HtmlElement, stats: dict[HtmlElement, _Stats]) -> tuple[list[HtmlElement], list[str]]:
    """The blocks and texts of the article around ``text_node``: its standfirst, then its body."""
    blocks: list[HtmlElement] = []
    texts: list[str] = []
    for part in _with_siblings(text_node, stats):
        part_blocks, part_texts = _paragraphs(part, stats)
        blocks.extend(part_blocks)
        texts.extend(part_texts)
    _trim_loose_end(blocks, texts)
    lead_blocks: list[HtmlElement] = []
    lead_texts: list[str] = []
    for lead in _lead_nodes(text_node, stats):
        # Publishers often repeat the standfirst (a header "dek" and an "abstract" of the same words).
        for block, text in zip(*_paragraphs(lead, stats), strict=True):
            if text not in lead_texts and text not in texts:
                lead_blocks.append(block)
                lead_texts.append(text)
    return lead_blocks + blocks, lead_texts + texts


_NON_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """``text`` reduced to its words, lower-cased, one space apart (for comparing lines)."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def _without_headline_and_byline(
    blocks: list[HtmlElement], texts: list[str], metadata: Metadata
) -> tuple[list[HtmlElement], list[str]]:
    """``blocks`` and ``texts`` without the lines that repeat the page's headline or its byline.

    A byline line is one made only of the authors' names and byline words ("By Jane Doe and John Roe",
    "Iwona Kurz"); the title is dropped where a heading or a line near the top repeats it.
    """
    title = _key(metadata.title or "")
    names = sorted((_key(a.name) for a in metadata.authors if a.name), key=len, reverse=True)
    byline = _key(metadata.byline or "")
    kept_blocks: list[HtmlElement] = []
    kept_texts: list[str] = []
    for index, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        key = _key(text)
        if title and key == title and (block.tag in _HEADINGS or index < 3):
            continue
        if len(text) < 120 and key and (key == byline or (names and _only_names(key, names))):
            continue
        kept_blocks.append(block)
        kept_texts.append(text)
    return kept_blocks, kept_texts


def _only_names(key: str, names: list[str]) -> bool:
    """Whether ``key`` holds nothing but ``names``, byline words and joining words."""
    for name in names:
        key = key.replace(name, " ")
    return all(word in vocab.BYLINE_FILLER for word in key.split())


def extract_content(page: Page, metadata: Metadata) -> Content:
    """The main content of ``page``: its article node, the blocks kept from it and their texts."""
    body = page.root.find("body")
    if body is None:
        body = page.root
    measure = _Measure(body)
    measure.walk(body, False, False)
    stats = measure.stats
    # A page of a few short lines scores nothing anywhere: its whole body is the text, pruned.
    best = _best_node(stats)
    if best is None:
        best = body
    text_node = _prefer_publisher_node(best, stats)
    # A table's body or a list's item stands for the whole table or list.
    while text_node.tag in _PARTS and text_node.getparent() is not None:
        text_node = text_node.getparent()
    node = _figure_node(text_node, stats)
    blocks, texts = _article_blocks(text_node, stats)
    blocks, texts = _without_headline_and_byline(blocks, texts, metadata)
    if sum(map(len, texts)) < _POOR_TEXT:
        article_body = _jsonld_article_body(page)
        if len(article_body) > 2 * sum(map(len, texts)):
            paragraphs = tuple(p for p in (collapse_ws(x) for x in _LINE_BREAKS.split(article_body)) if p)
            return Content(node, (), paragraphs)
    return Content(node, tuple(blocks), tuple(texts))
