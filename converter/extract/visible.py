"""Metadata evidence from what the reader sees: ``<title>``, ``<h1>``, byline elements, ``<time>``,
datelines, microdata, ``rel=license`` links and licence badges.

Every function reads ``page.root`` without changing it and returns raw candidates (texts, attribute values);
``metadata`` decides between them and the other sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from lxml import etree
from lxml.html import HtmlElement

from ..record import Author
from .bylines import parse_byline
from .dates import UPDATE_LABEL, parse_date
from .elements import class_and_id
from .licenses import licenses_other_work
from .page import Page
from .textnorm import collapse_ws, node_text
from .titles import title_key, title_segments
from .vocabulary.bylines import BYLINE_TEXT_LABELS, DATA_SHEET_LABELS
from .vocabulary.dates import POST_SENTENCE_OPENINGS, PUBLICATION_VERBS

MAX_HEADINGS = 5
MAX_LABELLED_TEXTS = 12
MAX_GROUP_DEPTH = 4
MAX_MARKED_NAME_LENGTH = 60
TEXTS_AFTER_HEADLINE = 40
TEXTS_BEFORE_HEADLINE = 8
MAX_BYLINE_LENGTH = 200
MAX_DATELINE_LENGTH = 120
DATE_OPENING_LENGTH = 24
MAX_TITLE_LENGTH = 300
BODY_SAMPLE_CHARACTERS = 6000

_NOT_IN_COMMENTS = (
    "not(ancestor-or-self::*[contains(@class,'comment') or contains(@id,'comment')"
    " or contains(@class,'related') or self::footer[not(ancestor::article)] or self::aside or self::nav])"
)
_TITLE = etree.XPath("(//head//title | //title)[1]")
_H1 = etree.XPath("//h1[not(ancestor::nav) and not(ancestor::footer)]")
# The headline of a page without <h1>: its first visible <h2>-<h4> outside navigation and footers.
_FIRST_SUBHEADING = etree.XPath(
    "(//*[self::h2 or self::h3 or self::h4][not(ancestor::nav or ancestor::footer)"
    " and not(contains(@class,'hide') or contains(@class,'sr-only'))])[1]"
)
_H2 = etree.XPath("//h2[not(ancestor::nav) and not(ancestor::footer)]")
_SHOWN_TEXTS = etree.XPath(".//text()[not(parent::script or parent::style)]")
# A heading that links to the home page ("/", or a site's address without a path) is the site's logo, not a
# headline; a site's address only when the link is the whole heading (a headline may name another site).
_HOME_LINK = etree.XPath(".//a[@href='/' or @href='./' or @href='index.html' or @href='#']")
_SITE_ADDRESS_LINKS = etree.XPath(
    ".//a[contains(@href, '//') and not(contains(@href, '?'))"
    " and substring-after(substring-after(@href, '//'), '/') = '']"
)
_KICKER_CLASS = re.compile(r"kicker|dachzeile|overline|topline|eyebrow|roofline|spitzmarke|supertitle|pretitle", re.I)
# Soft hyphens and zero-width characters: invisible, but they break comparisons and searches.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_TEXT_AFTER = etree.XPath(
    "following::text()[normalize-space() and not(parent::script or parent::style)][position() <= $limit]"
)
_TEXT_BEFORE = etree.XPath(
    "preceding::text()[normalize-space() and not(parent::script or parent::style)][position() <= $limit]"
)
# Class, id, itemprop or test-id words of byline elements; matched in one pass over the page (see ``scan``).
# (Matched against lower-cased marks: a case-sensitive search is the faster one.)
_BYLINE_MARK = re.compile(r"byline|author|autor|auteur|writer|vcard|submitted")
_DATELINE_MARK = re.compile(r"date|time|meta|publish|posted|datum")
# Ids and classes of the notice in which wiki software says when the page was last edited: MediaWiki's
# "footer-info-lastmod" (the same in every language and skin), MoinMoin's "pageinfo", DokuWiki's "docInfo".
_EDITED_MARK = re.compile(r"lastmod|pageinfo|docinfo")
_MARKS = re.compile(rf"({_BYLINE_MARK.pattern})|({_DATELINE_MARK.pattern})|({_EDITED_MARK.pattern})")
_NO_MARKS = (False, False, False)
# Classes and ids of comment threads and related-article lists, whose bylines and dates are not the article's.
_FURNITURE_MARK = re.compile(r"comment|related", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
# A byline is a small element: author boxes with biographies and whole articles are skipped.
MAX_BYLINE_DESCENDANTS = 25
# Tests of one element (a candidate found among the page's links or microdata, not by a walk of the page).
_OUTSIDE_COMMENTS = etree.XPath(f"boolean(self::*[{_NOT_IN_COMMENTS}])")
_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
# Links to an author's page ("/author/jane-doe", "/autor/", "/auteur/"): their text is the author's name.
_AUTHOR_PAGE = re.compile("/(?:author|autor|auteur|autore|autores|authors|autoren|journalist|redakteur)/")
# Text that opens with a byline label ("By ", "Von ", "Autor:", "Text:"): the label's element or its parent
# holds the byline.
# A capitalised label (lower-case "von" or "by" in running text is a preposition) that is a whole word.
_LABEL_AT_START = re.compile(
    r"[\s|·•–—-]*(?=[A-ZÀ-Þ])((?i:" + "|".join(re.escape(label.rstrip()) for label in BYLINE_TEXT_LABELS)
    + r"))(?![^\W\d_])"
)
# Labels of a publication date ("Veröffentlicht am", "Published on", "Datum:"); not "Updated".
_DATE_LABELS = ("published", "posted", "veröffentlicht", "publiziert", "erschienen", "erstellt", "publié", "publicado",
                "pubblicato", "gepubliceerd", "datum", "date", "fecha", "data", "erscheinungsdatum")
_DATE_LABEL = re.compile(r"[\s|·•–—-]*(?i:" + "|".join(_DATE_LABELS) + r")(?![^\W\d_])")
_LEADING_PUNCTUATION = " \t\n\r\xa0|·•–—-"
# The sentence in which a blog theme says when the post was published ("This entry was posted on ...",
# "Dieser Beitrag wurde am ... veröffentlicht"), and the verbs that make it a publication's.
_POST_SENTENCE = re.compile(
    r"[\s|·•–—-]*(?i:" + "|".join(re.escape(opening) for opening in POST_SENTENCE_OPENINGS) + r")(?![^\W\d_])"
)
_PUBLICATION_VERB = re.compile(r"\b(?:" + "|".join(PUBLICATION_VERBS) + r")\b", re.IGNORECASE)
# "by", "von", "par" before a capitalised word, anywhere in a line ("Posted on May 3, 2021 by Jane Doe").
_NAME_LABEL = re.compile(r"(?:^|\s)(?i:by|von|par|por|door|av)\s+(?=[A-ZÀ-Þ])")
_DATA_SHEET_LABEL = re.compile(
    r"\s*(?i:" + "|".join(re.escape(label) for label in sorted(DATA_SHEET_LABELS, key=len, reverse=True)) + r")\s*:"
)
# How many lines before and after an "Autor:" line are read for a data sheet, and how many fields make one.
DATA_SHEET_REACH = 2
MIN_DATA_SHEET_FIELDS = 2
_LABEL_PREFIXES = tuple(label.rstrip() for label in BYLINE_TEXT_LABELS) + _DATE_LABELS + POST_SENTENCE_OPENINGS
LABEL_PREFIX_LENGTH = 24
_LINE_BREAKS = frozenset({
    "br", "hr", "p", "div", "li", "ul", "ol", "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "header", "footer", "figure", "blockquote", "dl", "dt", "dd",
})
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
_PUBLISHED_TIMES = etree.XPath(
    "//time[@pubdate or contains(@class,'publish') or contains(@class,'entry-date') or contains(@class,'post-date')"
    " or contains(../@class,'publish')][@datetime]"
)
# (Not in the site's banner, a <header> outside the article that holds no <h1>: a <time> there is a clock.)
_TIMES = etree.XPath(
    f"//time[@datetime and {_NOT_IN_COMMENTS}"
    " and not(ancestor::header[not(ancestor::article or ancestor::main or .//h1)])]"
)
# (Not in figures and captions: there it is the image's licence.)
_OUTSIDE_FIGURES = etree.XPath(
    "not(ancestor::figure or ancestor::figcaption"
    " or ancestor::*[contains(@class,'caption') or contains(@class,'credit')])"
)
# Licence badges of the page sit in footers and sidebars; a licence link inside the article text or an
# image's caption or credit is an image's or a quotation's licence, not the page's.
_CC_LICENSE_HREF = re.compile(r"creativecommons\.org/(?:licenses|publicdomain)")
_OUTSIDE_ARTICLE_AND_FIGURES = etree.XPath(
    "not(ancestor::figure or ancestor::figcaption or ancestor::*[not(self::body)][contains(@class,'caption')"
    " or contains(@class,'credit') or contains(@class,'photo') or contains(@class,'entry-content')"
    " or contains(@class,'post-content') or contains(@class,'teaser') or contains(@class,'image-licen')"
    " or contains(@class,'article-body') or contains(@class,'field__item')])"
)
_BODY = etree.XPath("//body")
# Text in an element hidden by its style ("display: none" author boxes that themes keep for microformats)
# is not shown.
_STARTING_WITH = etree.XPath(
    "//body//text()[starts-with(normalize-space(.), $prefix) and string-length(normalize-space(.)) < 40"
    " and not(parent::script or parent::style)]"
)
# (The last word first: a cheap test before the text is normalised, "Jane\xa0 Doe".)
_SHOWS = etree.XPath(
    "boolean(//body//text()[contains(., $last) and not(parent::script or parent::style)"
    " and contains(normalize-space(translate(., '\u00a0', ' ')), $text)"
    " and not(ancestor::*[contains(translate(@style, ' ', ''), 'display:none')])])"
)
_INLINE_SCRIPTS = etree.XPath("//script[not(@src) and not(contains(@type, 'ld+json'))]/text()")
# Publication dates that pages render from a JSON state in a script ("publishedDate":"2016-11-04T20:37:27Z",
# date:"2022-01-28"): the keys of such states, with an ISO date as value. Not "createdAt": content systems
# stamp every record they store with it, pages and products alike.
_SCRIPT_DATE = re.compile(
    r"""(?<![\w-])["']?(?:datePublished|publishedDate|publishDate|published_at|publishedAt|date_published|"""
    r"""publicationDate|publication_date|pubDate|date|uploadDate)["']?"""
    r"""\s*:\s*["'](\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)["']"""
)


def document_title(page: Page) -> str | None:
    """The text of the page's ``<title>``."""
    found = _TITLE(page.root)
    return collapse_ws(found[0].text_content()) or None if found else None


def host_label(page: Page) -> str | None:
    """The distinctive label of the page's host ("www.example.co.uk" -> "example"), or None."""
    try:
        host = page.host
    except ValueError:  # a malformed URL ("http://[::1") has no host to read
        return None
    if not host:
        return None
    labels = [label for label in host.split(".") if label not in ("www", "m", "amp", "blog", "blogs", "news")]
    while len(labels) > 1 and len(labels[-1]) <= 3 and labels[-1] not in ("io",):
        labels.pop()
    return labels[-1] if labels else None


def site_from_title(page: Page) -> str | None:
    """A segment of the ``<title>`` that spells the host name ("Headline | Example News" on example.com)."""
    label = host_label(page)
    title = document_title(page)
    if not label or not title or len(label) < 3:
        return None
    segments = title_segments(title)
    # The site name is rather at the end ("Headline | Site"), so the first segment is tried last.
    for segment in segments[1:] + segments[:1]:
        key = title_key(segment)
        if key and (key == label or (label in key and len(key) <= len(label) + 12) or key in label):
            return segment
    return None


@dataclass(frozen=True, slots=True)
class Heading:
    """An ``<h1>`` as read: its whole text, and its text without a kicker line ("Dachzeile") when it has one
    (``headline`` is ``text`` when it has none); ``is_logo`` when it links to the home page (the site's name,
    not a headline)."""

    text: str
    headline: str
    has_kicker: bool
    is_logo: bool = False


def headings(page: Page) -> list[Heading]:
    """The page's first ``<h1>`` elements outside navigation and footers (site logos flagged)."""
    return _read_headings(_H1(page.root)[:MAX_HEADINGS])


def subheadings(page: Page) -> list[Heading]:
    """The page's first ``<h2>`` elements outside navigation and footers (for pages whose ``<h1>`` is a
    logo or a section name)."""
    return _read_headings(_H2(page.root)[:MAX_HEADINGS])


def _read_headings(elements: list[HtmlElement]) -> list[Heading]:
    found = []
    for element in elements:
        text = _clean_heading(node_text(element))
        if text and len(text) <= MAX_TITLE_LENGTH:
            headline, has_kicker = _without_kicker(element, text)
            found.append(Heading(text, headline, has_kicker, _is_logo(element)))
    return found


def _is_logo(heading: HtmlElement) -> bool:
    """Whether ``heading`` is the site's logo: it links to the home page."""
    if _HOME_LINK(heading):
        return True
    links = _SITE_ADDRESS_LINKS(heading)
    if not links:
        return False
    text = node_text(heading)
    return any(node_text(link) == text for link in links)


def _clean_heading(text: str) -> str:
    return collapse_ws(_INVISIBLE.sub("", text))


def _without_kicker(element: HtmlElement, text: str) -> tuple[str, bool]:
    """The heading's text without its first child when that child is a kicker: marked so by its class, or a
    short line of its own before the rest ("<span>Energiewende</span> Klimavorreiter Oberland?")."""
    children = [child for child in element if isinstance(child.tag, str)]
    if not children:
        return text, False
    first = children[0]
    kicker = _clean_heading(node_text(first))
    rest = _clean_heading(text[len(kicker):]) if kicker and text.startswith(kicker) else ""
    if not rest or (element.text or "").strip():
        return text, False
    marked = bool(_KICKER_CLASS.search(first.get("class") or ""))
    return rest.lstrip(":–—-| "), marked


@dataclass(frozen=True, slots=True)
class Marked:
    """Elements found in one pass over the page: byline-classed elements, date-classed elements, wiki notices
    of the last edit (``edited``), and elements whose text (or, flagged True, whose tail) opens with a byline
    label, a publication-date label ("Veröffentlicht am", "Published") or a blog's post sentence ("This entry
    was posted on"), in document order. Readers skip those in comments, related-article lists, navigation,
    asides and page footers (``_in_furniture``) as they go (but for the wiki notices, which sit in footers):
    they stop at the first that fits, and the test climbs to the root."""

    bylines: tuple[HtmlElement, ...] = ()
    datelines: tuple[HtmlElement, ...] = ()
    labelled: tuple[tuple[HtmlElement, bool], ...] = ()
    dated: tuple[tuple[HtmlElement, bool], ...] = ()
    posted: tuple[tuple[HtmlElement, bool], ...] = ()
    edited: tuple[HtmlElement, ...] = ()


def scan(page: Page) -> Marked:
    """The byline, dateline and byline-label candidates of ``page`` (see :class:`Marked`)."""
    bylines: list[HtmlElement] = []
    datelines: list[HtmlElement] = []
    labelled: list[tuple[HtmlElement, bool]] = []
    dated: list[tuple[HtmlElement, bool]] = []
    posted: list[tuple[HtmlElement, bool]] = []
    edited: list[HtmlElement] = []
    for element in page.root.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIPPED_TAGS:
            continue
        get = element.get
        names = (get("class"), get("id"), get("itemprop"))
        byline_mark, dateline_mark, edited_mark = _mark_kinds(names) if any(names) else _NO_MARKS
        if edited_mark and len(edited) < MAX_LABELLED_TEXTS:
            edited.append(element)
        if byline_mark or dateline_mark:
            if byline_mark and _small(element):
                bylines.append(element)
            if dateline_mark:
                datelines.append(element)
        elif (tag == "byline" or get("rel") == "author" or "byline" in (get("data-testid") or "")) and (
                _small(element)):
            bylines.append(element)
        for text, in_tail in ((element.text, False), (element.tail, True)):
            if not text or len(text) >= MAX_BYLINE_LENGTH:
                continue
            # A cheap test first: the scan reads every text of the page, few open with a label.
            head = text.lstrip(_LEADING_PUNCTUATION)
            if not (head[:1].isupper() and head[:LABEL_PREFIX_LENGTH].lower().startswith(_LABEL_PREFIXES)):
                continue
            if len(labelled) < MAX_LABELLED_TEXTS and _LABEL_AT_START.match(text):
                labelled.append((element, in_tail))
            elif len(dated) < MAX_LABELLED_TEXTS and _DATE_LABEL.match(text):
                dated.append((element, in_tail))
            elif len(posted) < MAX_LABELLED_TEXTS and _POST_SENTENCE.match(text):
                posted.append((element, in_tail))
    return Marked(tuple(bylines), tuple(datelines), tuple(labelled), tuple(dated), tuple(posted), tuple(edited))


@lru_cache(maxsize=16384)
def _mark_kinds(names: tuple[str | None, str | None, str | None]) -> tuple[bool, bool, bool]:
    """Whether class, id and itemprop mark a byline, a dateline, a wiki's last-edit notice (pages repeat them:
    cached)."""
    marks = " ".join(name or "" for name in names).lower()
    found = _MARKS.search(marks)
    if not found:
        return _NO_MARKS
    # The first mark found is of one kind; the others may follow ("date author").
    after = found.end()
    return (bool(found.group(1) or _BYLINE_MARK.search(marks, after)),
            bool(found.group(2) or _DATELINE_MARK.search(marks, after)),
            bool(found.group(3) or _EDITED_MARK.search(marks, after)))


def _small(element: HtmlElement) -> bool:
    return next(islice(element.iterdescendants(), MAX_BYLINE_DESCENDANTS, None), None) is None


def _in_furniture(element: HtmlElement) -> bool:
    """Whether ``element`` sits in a comment thread, a related-article list, navigation, an aside or a
    footer that is not inside an article, or an element hidden by its style."""
    in_footer = False
    node: HtmlElement | None = element
    while node is not None:
        tag = node.tag
        if tag in ("body", "html"):
            break  # their classes describe the whole page ("comments-open")
        if tag == "nav":
            return True
        if tag in ("footer", "aside"):
            in_footer = True
        elif tag == "article":
            in_footer = False
        marks = class_and_id(node)
        if marks and _FURNITURE_MARK.search(marks):
            return True
        if _HIDDEN_STYLE.search(node.get("style") or ""):
            return True
        node = node.getparent()
    return in_footer


def _outside_furniture(lines: Iterable[tuple[HtmlElement, bool]]) -> Iterator[tuple[HtmlElement, bool]]:
    """The (element, in_tail) text lines whose element is not in furniture, tested as they are read."""
    return (line for line in lines if not _in_furniture(line[0]))


def visible_byline(marked: Marked) -> str | None:
    """The text of the first byline-like element (byline/author classes, else text opening with a byline
    label such as "By" or "Autor:") that names an author; a marked element that names one only as a user
    name ("jancak") counts when no marked element names one written like a name."""
    handle = None
    for element in (found for found in marked.bylines if not _in_furniture(found) and not _quoted(found)):
        text = node_text(element)
        if not text or len(text) > MAX_BYLINE_LENGTH:
            continue
        if parse_byline(text)[1]:
            return text
        # An element marked as the author that holds just a short text is a name, even a user name's.
        if handle is None and len(text) <= MAX_MARKED_NAME_LENGTH and parse_byline(text, trusted=True)[1]:
            handle = text
    if handle:
        return handle
    for element, in_tail in _outside_furniture(marked.labelled):
        text = _labelled_line(element, in_tail)
        if text and len(text) <= MAX_BYLINE_LENGTH and parse_byline(text)[1] and not _quoted(element) and (
                not _in_data_sheet(element)):
            return text
    # Meta lines under the headline ("entry-meta": "Posted on May 3, 2021 by Jane Doe", "von Jane Doe").
    for element in marked.datelines:
        text = node_text(element)
        if text and len(text) <= MAX_BYLINE_LENGTH and _NAME_LABEL.search(text) and (
                _full_names(parse_byline(text)[1])) and not _in_furniture(element) and not _quoted(element):
            return text
    return None


def _quoted(element: HtmlElement) -> bool:
    """Whether ``element`` is inside a quotation: the byline of an embedded post ("Posted by Jane Doe on
    Sunday, February 6, 2022" under a quoted Facebook post) or a quoted text, not the article's."""
    return next(element.iterancestors("blockquote"), None) is not None


def _in_data_sheet(element: HtmlElement) -> bool:
    """Whether the line of ``element`` stands among at least two fields of a book's data sheet ("Seiten: 400",
    "Verlag: Example"), two lines at most before or after it: the author of a reviewed book. One such field alone
    ("Verlag:" on a publisher's news page) is no data sheet yet."""
    line = element
    while line.tag not in _LINE_BREAKS and line.getparent() is not None:
        line = line.getparent()
    fields = 0
    # Elements only: a comment between the fields is no line.
    for neighbours in (line.itersiblings(etree.Element, preceding=True), line.itersiblings(etree.Element)):
        for neighbour in islice(neighbours, DATA_SHEET_REACH):
            fields += bool(_small(neighbour) and _DATA_SHEET_LABEL.match(node_text(neighbour)))
    return fields >= MIN_DATA_SHEET_FIELDS


def _full_names(authors: tuple[Author, ...]) -> bool:
    """Whether ``authors`` are persons named by several words each."""
    return bool(authors) and all(author.type == "person" and " " in author.name for author in authors)


def labelled_date(marked: Marked) -> str | None:
    """The first line opening with a publication-date label ("Veröffentlicht am 16.08.2019") that holds a
    date."""
    for element, in_tail in _outside_furniture(marked.dated):
        # The date follows the label: a long line ("Publiziert am 13. Januar 2014 von Jane | Veröffentlicht
        # unter ...") is read from its start.
        text = _labelled_line(element, in_tail, _DATE_LABEL)[:MAX_DATELINE_LENGTH]
        if not in_tail and not parse_date(text):
            # "<span>Publiziert am</span> <a>13. Januar 2014</a>": the label's element holds a word more.
            text = collapse_ws(f"{node_text(element)} {_inline_run(element)}")[:MAX_DATELINE_LENGTH]
        if parse_date(text):
            return text
    return None


def posted_date(marked: Marked) -> str | None:
    """The first post sentence ("This entry was posted on Saturday, December 3rd, 2011 at 10:00 am and is filed
    under ...", "Dieser Beitrag wurde am 3. Dezember 2011 veröffentlicht") that holds a date and says the
    post was published before any word of an update ("Dieser Beitrag wurde zuletzt am ... geändert" is no
    publication). Themes print it under the post, a line too long for a dateline."""
    for element, in_tail in _outside_furniture(marked.posted):
        line = _labelled_line(element, in_tail, _POST_SENTENCE)[:MAX_BYLINE_LENGTH]
        verb = _PUBLICATION_VERB.search(line)
        if verb and not UPDATE_LABEL.search(line, 0, verb.start()) and parse_date(line):
            return line
    return None


def _labelled_line(element: HtmlElement, in_tail: bool, labels: re.Pattern[str] = _LABEL_AT_START) -> str:
    """The line of text that a byline label opens: the element's own text when the label is its start and
    more follows inside it, else the label and the inline text after it up to the next line break or block
    ("<strong>Autor:</strong> Jane Doe<br>", "<br>Autor: Jane Doe<br>")."""
    if in_tail:
        return collapse_ws(_inline_run(element))
    own = node_text(element)
    label = labels.match(own)
    if label and len(own) > label.end() + 1:
        return own
    return collapse_ws(f"{own} {_inline_run(element)}")


def _inline_run(element: HtmlElement) -> str:
    """The tail of ``element`` and the text of its following siblings up to a line break or a block."""
    pieces = [element.tail or ""]
    length = len(pieces[0])
    for sibling in element.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _LINE_BREAKS or length > MAX_BYLINE_LENGTH:
            break
        pieces.append(node_text(sibling))
        pieces.append(sibling.tail or "")
        length += len(pieces[-2]) + len(pieces[-1])
    return " ".join(pieces)


def markup_authors(page: Page) -> tuple[Author, ...]:
    """Authors marked up as such: microdata ``itemprop=author`` (its ``name``), else ``rel=author`` links,
    else links to author pages."""
    found: list[Author] = []
    authors = [element for element in page.itemprops()
               if " author " in f" {element.get('itemprop')} " and _OUTSIDE_COMMENTS(element)]
    for element in _first_group(authors):
        names = _ITEMPROP_NAME(element)
        source = names[0] if names else element
        text = source.get("content") or node_text(source)
        if text and len(text) <= MAX_BYLINE_LENGTH:
            found.extend(parse_byline(text, trusted=True)[1])
    anchors = [link for link in page.links() if link.tag == "a"]
    for links in ([link for link in anchors if link.get("rel") == "author"],
                  [link for link in anchors if _AUTHOR_PAGE.search(link.get("href") or "")]):
        if found:
            break
        for link in _first_group([link for link in links if _OUTSIDE_COMMENTS(link)]):
            text = node_text(link)
            if text and len(text) <= MAX_BYLINE_LENGTH:
                found.extend(parse_byline(text, trusted=True)[1])
    unique = {author.name.casefold(): author for author in reversed(found)}
    return tuple(reversed(unique.values()))


def _first_group(elements: list[HtmlElement]) -> list[HtmlElement]:
    """The first element and those that share its byline (its parent or grandparent): later ones sign
    teasers, comments or translations further down the page."""
    if not elements:
        return []
    first = elements[0]
    scope = first.getparent()
    if scope is not None and len(scope) == 1 and scope.getparent() is not None:
        scope = scope.getparent()
    return [first, *(element for element in elements[1:] if scope is not None and _inside(element, scope))]


def _inside(element: HtmlElement, scope: HtmlElement) -> bool:
    for _ in range(MAX_GROUP_DEPTH):
        element = element.getparent()
        if element is None:
            return False
        if element is scope:
            return True
    return False


def itemprop_dates(page: Page, prop: str) -> list[str]:
    """Values of microdata dates (``prop`` in lower case, e.g. "datepublished") outside ``<meta>``."""
    values = []
    for element in page.itemprops():
        if element.get("itemprop", "").lower() != prop:
            continue
        # <abbr title="2017-09-09T10:52:00+02:00">10:52</abbr> (Blogger) keeps the date in its title.
        value = element.get("content") or element.get("datetime") or element.get("title") or node_text(element)
        if value:
            values.append(value)
    return values


def published_time(page: Page) -> str | None:
    """The ``datetime`` of a ``<time>`` marked as the publication time (``pubdate``, "published" classes)."""
    found = _PUBLISHED_TIMES(page.root)
    return found[0].get("datetime") if found else None


def first_time(page: Page) -> str | None:
    """The first plausible ``<time datetime>`` outside comments, navigation and footers."""
    for element in _TIMES(page.root):
        value = str(element.get("datetime"))
        if parse_date(value):
            return value
    return None


def dateline(marked: Marked) -> str | None:
    """The text of the first short date-like element ("date", "time", "meta", "posted" classes) that holds
    a date; a date badge's with its parts apart (see ``_badge_text``)."""
    for element in marked.datelines:
        text = node_text(element)
        if not text or len(text) > MAX_DATELINE_LENGTH:
            continue
        if not parse_date(text):
            text = _badge_text(element)
        if parse_date(text) and not _in_furniture(element):
            return text
    return None


def _badge_text(element: HtmlElement) -> str:
    """The texts of a small element's parts, a space between each: a date badge prints day, month and year in
    elements of their own with nothing between ("<span>Feb</span> <span>18</span><span>2009</span>" reads
    "Feb 182009" as one text). "" for a leaf or a large element."""
    if not len(element) or not _small(element):
        return ""
    return collapse_ws(" ".join(_SHOWN_TEXTS(element)))


def edited_date(marked: Marked) -> str | None:
    """The text of the first wiki notice of the page's last edit that holds a date ("This page was last edited
    on 10 November 2019, at 12:00", "BeginnersGuide (last edited 2019-11-10 13:28:18 by Jane)"). Such notices
    sit in the page's footer, where other dates are furniture."""
    for element in (found for found in marked.edited if _small(found)):
        text = node_text(element)
        if text and len(text) <= MAX_BYLINE_LENGTH and parse_date(text):
            return text
    return None


def headline_dateline(page: Page) -> str | None:
    """A short text holding a date among the texts right after an ``<h1>`` (or, failing that, right before
    it; the first ``<h2>`` on pages without ``<h1>``): where articles print "25.01.2022, Jane Doe" or
    "Datum: 26. Januar 2022"."""
    # A logo <h1> (a link home) prints no dateline: a date beside it is the site's clock.
    headlines = [heading for heading in _H1(page.root)[:MAX_HEADINGS] if not _is_logo(heading)]
    for heading in headlines or _FIRST_SUBHEADING(page.root):
        after = _first_dated(_TEXT_AFTER(heading, limit=TEXTS_AFTER_HEADLINE))
        # The nearer one wins: a date far below the headline belongs to a teaser when one sits right above it.
        nearer = TEXTS_BEFORE_HEADLINE if after is None else min(after[0], TEXTS_BEFORE_HEADLINE)
        before = _first_dated(reversed(_TEXT_BEFORE(heading, limit=nearer))) if nearer else None
        found = before or after
        if found:
            return found[1]
    return None


def _first_dated(texts: Iterable[str]) -> tuple[int, str] | None:
    """(position, text) of the first text that holds a date."""
    for position, text in enumerate(texts):
        text = collapse_ws(str(text))
        # A long text counts when it opens with the date ("27.1.2022 - Bei der Erinnerung ...").
        if parse_date(text if len(text) <= MAX_DATELINE_LENGTH else text[:DATE_OPENING_LENGTH]):
            return position, text
    return None


def script_date(page: Page) -> str | None:
    """The first publication date of a JSON state in an inline script (pages that render in the browser)."""
    for text in _INLINE_SCRIPTS(page.root):
        found = _SCRIPT_DATE.search(text)
        if found:
            return found.group(1)
    return None


def rel_license(page: Page) -> list[str]:
    """Targets of ``rel=license`` links and ``<link>`` elements, but for notices about other works."""
    return [page.absolute(link.get("href")) or link.get("href") for link in page.links()
            if " license " in f" {link.get('rel')} " and link.get("href") and _OUTSIDE_FIGURES(link)
            and not _licenses_other_work(link)]


def license_links(page: Page) -> list[str]:
    """Creative Commons licence links outside figures (footer and sidebar badges), but for notices about
    other works."""
    return [str(link.get("href")) for link in page.links()
            if link.tag == "a" and _CC_LICENSE_HREF.search(link.get("href") or "")
            and _OUTSIDE_ARTICLE_AND_FIGURES(link) and not _licenses_other_work(link)]


def _licenses_other_work(link: HtmlElement) -> bool:
    """Whether the notice around ``link`` licenses photos, a podcast, user contributions or a script, not
    the text."""
    parent = link.getparent()
    if parent is None or parent.tag in ("head", "body"):
        return False
    return licenses_other_work(node_text(parent)[:MAX_BYLINE_LENGTH], link.text or "")


def full_name_of(page: Page, first_name: str) -> str | None:
    """A full name the page shows starting with ``first_name`` ("Todd" -> "Todd Bates"), or None."""
    for text in _STARTING_WITH(page.root, prefix=f"{collapse_ws(first_name)} "):
        name = collapse_ws(str(text))
        authors = parse_byline(name)[1]
        if len(authors) == 1 and authors[0].name == name:
            return name
    return None


def shows(page: Page, text: str) -> bool:
    """Whether the body of the page prints ``text`` (within one text node, outside hidden elements)."""
    text = collapse_ws(text)
    return bool(text) and bool(_SHOWS(page.root, text=text, last=text.rsplit(" ", 1)[-1]))


def body_sample(page: Page) -> str:
    """The first few thousand characters of the page's body text."""
    bodies = _BODY(page.root)
    return node_text(bodies[0])[:BODY_SAMPLE_CHARACTERS] if bodies else ""
