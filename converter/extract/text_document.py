"""Plain-text documents (an article saved as text): lines classified into title, credit, byline, date and body.

The text is cut into paragraphs (at blank lines or single line breaks; hard-wrapped lines joined). The
head of the document, before the first body paragraph, may hold a section line, the title, image credit
and caption lines, the byline and the date line; anywhere, lines of page furniture ("Share this article",
"Advertisement", "Read more: ...", lists of related stories, footers) are dropped, and credit lines become
the article's images (one image per credited work, however often its credit is repeated).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..record import Author, Citation, Credit, Image, License
from .attributions import find_attributions
from .bylines import is_job_title, parse_byline
from .credits import is_agency, parse_credit
from .dates import parse_date
from .language import guess_language
from .licenses import find_license
from .metadata import Metadata
from .textnorm import clean_text, collapse_ws
from .vocabulary.attributions import (
    DATE_LINE_WORDS,
    FOOTER_STARTS,
    LIST_HEADS,
    MAX_OTHER_WORDS_ON_DATE_LINE,
    MAX_STAMP_WORDS,
    OWN_LICENSE_STARTS,
    READING_TIME,
    SOURCE_LINE_LABELS,
    STAMP_LABELS,
    TOOLBAR_LINES,
)
from .vocabulary.boilerplate import FURNITURE_LINE_STARTS
from .vocabulary.bylines import AUTHOR_LABELS
from .vocabulary.credits import BY_PHRASES, LABELS, LEAD_INS
from .vocabulary.dates import MONTHS, WEEKDAYS, ZONES


@dataclass(frozen=True, slots=True)
class TextDocument:
    """What a plain-text article yields."""

    metadata: Metadata
    paragraphs: tuple[str, ...]
    images: tuple[Image, ...] = ()
    citations: tuple[Citation, ...] = ()


def _starts(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """An alternation of ``phrases`` taken literally, longest first."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


_TERMINAL = re.compile(r"[.!?…:;\"”’»)\]]$")
# A credit line: a label ("Photo:", "Foto:"), "Photo by", "©", "(AP Photo/...)", after an optional lead-in.
_LEAD_IN = re.compile(rf"^(?:{'|'.join(LEAD_INS)})\s*", re.I)
_CREDIT_START = re.compile(
    rf"^(?:(?:{'|'.join(LABELS)})\s*[:：|]|(?:{'|'.join(BY_PHRASES)})\s|©|\(c\)\s|copyright\b)", re.I
)
_WRAPPED_CREDIT = re.compile(r"^\((?:[^()]*\b(?:photo|foto|bild|image|picture|credit)\b[^()]*)\)$", re.I)
# Where a caption's sentence ends and its credit may begin: "... on Friday. (AP Photo/Evan Vucci)".
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+")
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]+)\)$")
_NAME_SEPARATOR = re.compile(r"\s*/\s*|\s+via\s+", re.I)
_BY_WORD = re.compile(r"\b(?:by|von|par|de)\b", re.I)
_CREDITED_WORK = re.compile(r"^[\"“”‘’'„«].+?[\"“”‘’'»]\s*,?\s*(?:by|von|par|de)\s", re.I)
_AUTHOR_LABEL = re.compile(rf"^(?:{_starts(AUTHOR_LABELS)})\s*(?:[:|/]|\s)\s*\S", re.I)
_FURNITURE = re.compile(rf"^(?:{_starts(FURNITURE_LINE_STARTS)})(?:\W|$)", re.I)
_LIST_HEAD = re.compile(rf"^(?:{_starts(LIST_HEADS)})\b", re.I)
_FOOTER = re.compile(rf"^(?:{_starts(FOOTER_STARTS)})", re.I)
_OWN_LICENSE = re.compile(rf"^(?:{_starts(OWN_LICENSE_STARTS)})\b", re.I)
_SOURCE_LINE = re.compile(rf"^(?:{_starts(SOURCE_LINE_LABELS)})\s*[:：]\s*(?P<source>[^:]{{2,80}}?)\.?$", re.I)
_FOOTER_COPYRIGHT = re.compile(r"\b(?:19|20)\d\d\b|\b(?:rights|rechte|droits|derechos|diritti|direitos)\b", re.I)
_STAMP = re.compile(rf"^(?:(?:{_starts(STAMP_LABELS)})\b|{READING_TIME}$)", re.I)
_PIPE = re.compile(r"\s+[|•·]\s+")
_LETTERS = re.compile(r"[^\W\d_][\w.]*")
_MENU_SEPARATOR = re.compile(r"\s+[|•·›»>/]\s+|\s*[|•·›»]\s*")
_TOOLBAR_SEPARATOR = re.compile(r"[\s|•·/]+")
_COUNT = re.compile(r"[(\[]?\d+[)\]]?")
_BULLET = re.compile(r"^[-–—•*·▪►>]\s*")
_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´\"“”„‟″«»"})
MAX_HEAD_LINE_WORDS = 30
MAX_BYLINE_WORDS = 12
MAX_DATE_LINE_CHARS = 70
MAX_SECTION_WORDS = 3
MAX_LIST_ITEM_WORDS = 16
MAX_AGENCY_CREDIT_WORDS = 8
MAX_CREDIT_WORDS = 10
MAX_BODY_CAPTION_WORDS = 20
MAX_TITLE_WORDS_WITH_PERIOD = 12
MIN_WRAPPED_LINES = 8
MIN_MENU_ITEMS = 3
MAX_LIST_HEAD_WORDS = 5
MAX_MENU_ITEM_WORDS = 3
MAX_WRAP_WIDTH = 100


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Whether ``lines`` were wrapped at a fixed width: most long lines are about as long as the longest
    ones and stop mid-sentence (a saved page's lines are paragraphs of any length, ending in punctuation)."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < MIN_WRAPPED_LINES:
        return False
    width = lengths[int(len(lengths) * 0.9)]
    if width > MAX_WRAP_WIDTH:
        return False
    long_lines = [line for line in lines if len(line) >= width * 0.75]
    if len(long_lines) < len(lengths) * 0.6:
        return False
    return sum(not _TERMINAL.search(line) for line in long_lines) * 2 > len(long_lines)


def _paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``: blocks between blank lines, a block's lines joined where a line goes on
    in the next (it ends without punctuation and the next begins in lower case, or the text is hard-wrapped)."""
    text = clean_text(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    lines = [collapse_ws(line) for line in text.split("\n")]
    wrapped = _is_hard_wrapped(lines)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if line and current and not _TERMINAL.search(current) and (wrapped or line[0].islower()):
            current = f"{current} {line}"
            continue
        if current:
            paragraphs.append(current)
        current = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _words(line: str) -> int:
    """How many words ``line`` has."""
    return len(line.split())


def _is_navigation(line: str) -> bool:
    """Whether ``line`` is a menu or breadcrumb trail: several short items between separators ("Home | News |
    Sport", "Home > World > Europe")."""
    items = _MENU_SEPARATOR.split(line)
    if len(items) < MIN_MENU_ITEMS or not all(0 < _words(item) <= MAX_MENU_ITEM_WORDS for item in items):
        return False
    if len(items) > MIN_MENU_ITEMS:
        return True
    if _AUTHOR_LABEL.match(line):
        return False
    # "Jane Doe | Staff Writer | Reuters" is a byline: it names a person with a role, or an agency.
    authors = parse_byline(line)[1]
    return not any(author.role or " " in author.name or author.type == "organization" for author in authors)


def _is_furniture(line: str) -> bool:
    """Whether ``line`` is page furniture: toolbar labels ("Print | Email", "Comments (3)"), a menu or
    breadcrumb trail, a "Read more" or "Share this" line, a footer."""
    if _is_navigation(line) or (_words(line) <= MAX_LIST_HEAD_WORDS and _LIST_HEAD.match(line)):
        return True
    labels = _TOOLBAR_SEPARATOR.split(_COUNT.sub("", line.lower()).strip(" :|•·-–—()[]"))
    if all(label in TOOLBAR_LINES for label in labels):
        return True
    return _words(line) <= MAX_HEAD_LINE_WORDS and bool(_FURNITURE.match(line) or _FOOTER.match(line))


def _is_footer(line: str) -> bool:
    """Whether ``line`` belongs to a page footer: "Terms of Use", or a copyright line naming a year or rights."""
    if _words(line) > MAX_HEAD_LINE_WORDS or not _FOOTER.match(line):
        return False
    return not _CREDIT_START.match(line) or bool(_FOOTER_COPYRIGHT.search(line))


def _is_credit(text: str) -> bool:
    """Whether ``text`` is an image credit: a label ("Photo:", "Foto:"), "Photo by", "©", "(AP Photo/...)",
    a credited work ('"X.jpg" by Y'), a licence line naming its author, or names with a slash or "via" one
    of which is an agency ("JIM WATSON/AFP via Getty Images", "REUTERS/Jane Roe")."""
    if _CREDIT_START.match(text) or _WRAPPED_CREDIT.match(text) or _CREDITED_WORK.match(text):
        return True
    if find_license(text) and _BY_WORD.search(text) and not _OWN_LICENSE.match(text):
        return True
    if _words(text) > MAX_AGENCY_CREDIT_WORDS or _SENTENCE_BREAK.search(text) or not _NAME_SEPARATOR.search(text):
        return False
    return any(is_agency(part) for part in _NAME_SEPARATOR.split(text))


def _credit_of(line: str, max_words: int = MAX_HEAD_LINE_WORDS) -> tuple[str | None, str] | None:
    """(caption, credit) when ``line`` is an image credit, possibly after a caption ("The mayor speaks.
    Photo: X/Reuters", "The mayor speaks (Getty Images)"); else None. A line of over ``max_words`` words
    is text, not a caption."""
    if _words(line) > max_words:
        return None
    without_lead_in = _LEAD_IN.sub("", line, count=1)
    if _is_credit(without_lead_in):
        line = without_lead_in  # "Pictured above, X by Y is licensed under ..."
    for end in _SENTENCE_BREAK.finditer(line):
        caption, credit = line[: end.end()].strip(), line[end.end():]
        if _words(credit) <= MAX_CREDIT_WORDS and _is_credit(credit) and not _is_credit(caption):
            return caption, credit
    if _is_credit(line):
        return None, line
    bracket = _TRAILING_BRACKET.search(line)
    short = bracket is not None and _words(line[: bracket.start()]) <= MAX_BODY_CAPTION_WORDS
    if bracket and bracket.start() and short and (is_agency(bracket.group(1)) or _is_credit(bracket.group(1))):
        return _LEAD_IN.sub("", line[: bracket.start()], count=1).strip(), bracket.group(0).strip()
    return None


def _date_of(line: str) -> str | None:
    """The date a date line gives ("November 6, 2020", "Published: 2020-11-06 10:00", "Published Nov. 6,
    2020 | Updated Nov. 7, 2020": the first), else None. A part with more than a label beside the date is
    a sentence or a title that names a day."""
    parts = _PIPE.split(line)
    if any(len(part) > MAX_DATE_LINE_CHARS or _other_words(part) > MAX_OTHER_WORDS_ON_DATE_LINE for part in parts):
        return None
    return parse_date(parts[0]) or parse_date(line)


def _other_words(part: str) -> int:
    """How many words of ``part`` are neither month, weekday, zone nor date label."""
    words = _LETTERS.findall(part.lower())
    return sum(1 for w in words if not (w in MONTHS or w in WEEKDAYS or w in ZONES or w in DATE_LINE_WORDS))


def _byline_of(line: str, labelled_only: bool) -> tuple[str | None, tuple[Author, ...]] | None:
    """(byline, authors) when ``line`` is a byline; without a label ("By", "Von") only in the head."""
    if _words(line) > MAX_BYLINE_WORDS or line.endswith((".", "!", "?", ":")):
        return None
    labelled = bool(_AUTHOR_LABEL.match(line))
    if labelled_only and not labelled:
        return None
    byline, authors = parse_byline(line)
    if not authors:
        return None
    if not labelled and not all(w[0].isupper() or not w[0].isalpha() for w in line.split() if len(w) > 3):
        return None
    return byline, authors


def _credit_key(credit: Credit) -> str:
    """The credited work, for telling a repeated credit from another image's."""
    if credit.title or credit.author:
        parts: tuple[str | None, ...] = (credit.title, credit.author, credit.source, credit.license)
    else:
        parts = (credit.text,)
    text = " ".join(p for p in parts if p)
    return collapse_ws(unicodedata.normalize("NFKC", text).translate(_QUOTES)).casefold()


@dataclass
class _Reading:
    """What has been read from the lines so far."""

    title: str | None = None
    byline: str | None = None
    authors: tuple[Author, ...] = ()
    published: str | None = None
    license: License | None = None
    paragraphs: list[str] = field(default_factory=list)
    images: dict[str, Image] = field(default_factory=dict)
    sources: list[Citation] = field(default_factory=list)
    in_list: bool = False

    def add_image(self, caption: str | None, credit_text: str) -> None:
        """An image for ``credit_text``, or the caption for the image of a credit read before."""
        credit = parse_credit(credit_text)
        key = _credit_key(credit)
        image = self.images.get(key)
        if image is None:
            self.images[key] = Image(None, None, caption, credit)
        elif caption and not image.caption:
            self.images[key] = Image(None, None, caption, image.credit)

    def add_caption(self, caption: str) -> None:
        """A caption line without a credit: the caption of the last image that has none, else a new image."""
        last = next(reversed(self.images), None)
        if last is not None and not self.images[last].caption:
            image = self.images[last]
            self.images[last] = Image(None, None, caption, image.credit)
        else:
            self.images[f"caption:{caption}"] = Image(None, None, caption, None)

    def read_own_license(self, line: str) -> bool:
        """Read ``line`` when it states the text's own licence ("This article is licensed under ...")."""
        found = find_license(line) if _OWN_LICENSE.match(line) else None
        if found and self.license is None:
            self.license = License(found.name, found.url)
        return found is not None


def _page_line(reading: _Reading, line: str, in_head: bool) -> bool:
    """Read ``line`` when it is no part of the article's text (credits, captions, dates and stamps, furniture,
    lists, the text's licence); True if so.
    After the head, a "© 2020 ..." or "... All rights reserved" line is the page's footer rather than an
    image's credit ("© Reuters" under a picture in the body stays a credit), and a "Source: X" line names
    the article's source."""
    if not in_head and _is_footer(line):
        return True
    source = _SOURCE_LINE.match(line) if not in_head else None
    if source and _words(line) <= MAX_HEAD_LINE_WORDS:
        reading.sources.append(Citation("attribution", line, source=source.group("source"), context=line))
        return True
    # In the body, a paragraph that ends "(Reuters)" or quotes a "Photo: ..." is text; captions are short.
    credit = _credit_of(line) if in_head else _credit_of(line, MAX_BODY_CAPTION_WORDS)
    if credit:
        reading.add_image(*credit)
        return True
    if _LEAD_IN.match(line) and _words(line) <= MAX_HEAD_LINE_WORDS:
        reading.add_caption(_LEAD_IN.sub("", line, count=1))
        return True
    if _stamp_line(reading, line):
        return True
    if _is_furniture(line):
        reading.in_list = bool(_LIST_HEAD.match(line)) and _words(line) <= MAX_LIST_HEAD_WORDS
        return True
    if reading.in_list and _words(_BULLET.sub("", line)) <= MAX_LIST_ITEM_WORDS and not _TERMINAL.search(line):
        return True
    reading.in_list = False
    return reading.read_own_license(line)


def _stamp_line(reading: _Reading, line: str) -> bool:
    """Read ``line`` when it is a date line or a time stamp ("Updated: 10:30 AM", "5 min read"); True if so."""
    date = _date_of(line)
    if date:
        reading.published = reading.published or date
        return True
    return _words(line) <= MAX_STAMP_WORDS and bool(_STAMP.match(line))


def _byline_line(reading: _Reading, line: str, in_head: bool) -> bool:
    """Read ``line`` when it is a byline (one without a label only in the head, after the title), or the job
    title of the byline's author on the next line ("Economics correspondent"); True if so."""
    if in_head and reading.authors and len(reading.authors) == 1 and _words(line) <= 6 and is_job_title(line):
        author = reading.authors[0]
        reading.authors = (Author(author.name, author.type, author.role or line, author.url),)
        return True
    byline = _byline_of(line, labelled_only=not in_head or reading.title is None)
    if byline is None:
        return False
    if reading.byline is None:
        reading.byline, reading.authors = byline
        reading.published = reading.published or parse_date(line)
    return True


def _head_line(reading: _Reading, line: str, following: str | None) -> bool:
    """Read ``line`` of the document's head as a section or title line; False for body text (a long line
    that ends like a sentence opens the body of a document without a title)."""
    if reading.title is not None or _words(line) > MAX_HEAD_LINE_WORDS:
        return False
    if line.endswith(".") and not line.endswith("..") and _words(line) > MAX_TITLE_WORDS_WITH_PERIOD:
        return False
    if following and _is_section(line, following):
        return True
    reading.title = line
    return True


def _is_section(line: str, following: str) -> bool:
    """Whether ``line`` is a section or kicker line above the title (short, or sections between separators
    as in "World News | Politics", and a longer title follows)."""
    items = _MENU_SEPARATOR.split(line)
    words = sum(_words(item) for item in items)
    sections = len(items) > 1 and all(_words(item) <= MAX_MENU_ITEM_WORDS for item in items)
    return (
        (words <= MAX_SECTION_WORDS or sections)
        and not _TERMINAL.search(line)
        and words < _words(following) <= MAX_HEAD_LINE_WORDS
        and not following.endswith(".")
        and _date_of(following) is None
        and _byline_of(following, labelled_only=False) is None
    )


def extract_text_document(text: str) -> TextDocument:
    """The parts of the plain-text article ``text``: metadata (title, byline, authors, date, language, the
    text's own licence), body paragraphs, the credited images (``src`` None) and the attributions of the body."""
    reading = _Reading()
    lines = _paragraphs(text)
    in_head = True
    for index, line in enumerate(lines):
        if _page_line(reading, line, in_head) or _byline_line(reading, line, in_head):
            continue
        if in_head:
            following = next((n for n in lines[index + 1:] if not _is_furniture(n) and not _credit_of(n)), None)
            if _head_line(reading, line, following):
                continue
            # A standfirst without a final period keeps the head open: the byline and date may follow it.
            in_head = not reading.paragraphs and not _TERMINAL.search(line)
        reading.paragraphs.append(line)
    paragraphs = tuple(reading.paragraphs)
    metadata = Metadata(
        title=reading.title,
        byline=reading.byline,
        authors=reading.authors,
        published=reading.published,
        language=guess_language(" ".join(paragraphs)),
        license=reading.license,
    )
    citations = find_attributions(paragraphs) + tuple(reading.sources)
    return TextDocument(metadata, paragraphs, tuple(reading.images.values()), citations)
