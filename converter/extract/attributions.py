"""Attributions: the named sources a text relies on ("according to Reuters", "see NPR for more").

A source is a name (capitalised words, joined by "of", "for", "de"...) next to a reporting phrase:
after it ("as was reported by X", "see X", "told X") or before it ("X noted", "X data puts"). Descriptions
before a name are skipped ("the independent U.S. newspaper The Epoch Times" gives "The Epoch Times");
lower-case words are never a source ("see below", "as analysts noted"), except wire services that write
themselves in lower case ("laut dpa"). A dateline's agency ("WASHINGTON (AP) --") is a source too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..record import Citation
from .textnorm import collapse_ws
from .vocabulary.agencies import AGENCIES
from .vocabulary.attributions import (
    ABBREVIATIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    MAX_WORDS_BEFORE_NAME,
    NAME_JOINERS,
    PHRASE_TAILS,
    SOURCE_AFTER,
    SOURCE_AFTER_GERMAN,
    SOURCE_BEFORE,
    SOURCE_NOUNS,
    SOURCE_RIGHT_AFTER,
    UNNAMED_SUBJECTS,
)

# Names longer than this are not looked for before a reporting verb.
MAX_NAME_CHARS = 120
# A citation's context is cut to this many characters around it when its sentence runs on.
MAX_CONTEXT_CHARS = 600
# A word: dotted acronyms ("U.S.") whole, else letters/digits with inner apostrophes, "&" and hyphens.
_WORD = re.compile(r"(?:\w\.){2,}|\w[\w'’&-]*")


def _initials(phrases: tuple[str, ...]) -> str:
    """A lookahead for the first letters of ``phrases``: a quick test before the whole alternation."""
    return "(?=[%s])" % "".join(sorted({phrase[0].lower() for phrase in phrases}))


_AFTER = re.compile(
    r"\b%s(?:(?P<right_after>%s)|(?P<german>%s)|%s)\s+"
    % (
        _initials(SOURCE_RIGHT_AFTER + SOURCE_AFTER_GERMAN + SOURCE_AFTER),
        "|".join(SOURCE_RIGHT_AFTER),
        "|".join(SOURCE_AFTER_GERMAN),
        "|".join(SOURCE_AFTER),
    ),
    re.I,
)
_BEFORE = re.compile(r"\b%s(?:%s)\b" % (_initials(SOURCE_BEFORE), "|".join(SOURCE_BEFORE)), re.I)
# German articles in the dative or genitive, never part of a name as the name is written on its own.
_OBLIQUE_ARTICLE = re.compile(r"^(?:dem|den|des|einem|einer|eines)\s+", re.I)
_LEADING_ARTICLE = re.compile(r"^(?:%s)\s+" % "|".join(DETERMINERS), re.I)
_TAIL = re.compile(r"\s+(?:%s)\b" % "|".join(PHRASE_TAILS), re.I)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
_OWNER = re.compile(r"(?<=\w)['’]s?(?:\s|$)")
# "WASHINGTON (AP) --", "(dpa) -": an agency in brackets before a dash, at the start of a paragraph.
_DATELINE = re.compile(
    r"^(?:[^\W\d_][\w.'’-]*(?:[ ,/]+[^\W\d_][\w.'’-]*){0,4}\s*)?\((?P<source>[^()\d]{2,40})\)\s*[-–—]"
)
# A sentence ends at . ! ? or … (with closing quotes or brackets) before white space and a non-lower-case start.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[^\s\w]*[^\W_a-zß-ÿ])")
_LAST_WORD = re.compile(r"([\w.]+)\.\W*$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of ``text``; abbreviations ("Dr.", "U.S.") end none."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        last = _LAST_WORD.search(text, max(start, match.start() - 40), match.start())
        if last and _is_abbreviation(last.group(1)):
            continue
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _is_abbreviation(word: str) -> bool:
    """Whether a period after ``word`` ends no sentence: an initial, a dotted acronym, "Dr", "Jan"..."""
    return (len(word) == 1 and word.isalpha()) or "." in word or word.lower() in ABBREVIATIONS


class Sentences:
    """The sentences of one paragraph, for finding the sentence around a citation."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [start for start, _ in self.spans]
        self._ends = [end for _, end in self.spans]

    def span_of(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``offset``."""
        if not self.spans:
            return 0, len(self.text)
        return self.spans[max(bisect_right(self._starts, offset) - 1, 0)]

    def around(self, start: int, end: int) -> str:
        """The sentence holding the characters ``start:end`` (the sentences they span, joined), cut to
        ``MAX_CONTEXT_CHARS`` around them when a "sentence" runs on (lists, text without punctuation)."""
        index = bisect_right(self._ends, start)
        first = self.spans[index][0] if index < len(self.spans) else 0
        index = bisect_left(self._starts, end) - 1
        last = self.spans[index][1] if index >= 0 else len(self.text)
        if last - first > MAX_CONTEXT_CHARS:
            margin = max((MAX_CONTEXT_CHARS - (end - start)) // 2, 0)
            first, last = max(first, start - margin), min(last, end + margin)
        return collapse_ws(self.text[first:last])


def _is_name_word(word: str) -> bool:
    """Whether ``word`` may be part of a name: capitalised (or a lower-case wire service), no function word."""
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        return False
    return word[0].isupper() or lower in AGENCIES


@dataclass
class _NameScan:
    """The state of reading a name after a reporting phrase, word by word."""

    right_after: bool
    nouns_capitalised: bool
    name: tuple[int, int] | None = None
    run: tuple[int, int] | None = None
    joiner: bool = False
    skipped: int = 0
    described: bool = False
    after_noun: bool = False

    def accepts_run(self) -> bool:
        """Whether a name may start here: right after the phrase or its articles, or after a description
        that says what the source is ("the independent U.S. newspaper")."""
        if self.right_after:
            return self.skipped == 0 and self.name is None
        return self.skipped <= 1 or self.described

    def lower_word(self, lower: str) -> bool:
        """Read a lower-case word outside a name; False when the search ends here."""
        if self.run:
            ending, self.run = self.run, None
            if lower in FUNCTION_WORDS or self.right_after or self.nouns_capitalised:
                self.name = ending
                return False
            if lower not in SOURCE_NOUNS and lower not in DETERMINERS:
                return False  # the capitalised words were a modifier ("Spanish law"), not a name
            self.name = ending
            self.skipped, self.described = 0, False
        if lower in DETERMINERS:
            return True
        if lower in FUNCTION_WORDS and not self.after_noun:
            return False
        self.after_noun = lower in SOURCE_NOUNS
        self.described = self.described or self.after_noun
        self.skipped += 1
        return self.skipped <= MAX_WORDS_BEFORE_NAME


def _name_after(trigger: re.Match[str], end: int) -> tuple[int, int] | None:
    """The span of the name after the reporting phrase ``trigger`` (in its sentence, ending at ``end``): the
    last capitalised run before a function word or punctuation; after "see", "told"..., only a name that
    follows at once (articles aside)."""
    text, pos = trigger.string, trigger.end()
    scan = _NameScan(bool(trigger.group("right_after")), bool(trigger.group("german")))
    last_end, previous = pos, ""
    for match in _WORD.finditer(text, pos, end):
        gap = text[last_end:match.start()].strip()
        if gap and not (gap == "." and scan.run and previous.lower() in ABBREVIATIONS):
            break  # punctuation ends the name, the period of a title ("Dr. Jane Roe") aside
        last_end, previous = match.end(), match.group()
        word = match.group()
        lower = word.lower()
        # A German noun that says what the source is ("laut einer Studie der ...") describes, it names none.
        is_name = _is_name_word(word) and not (scan.nouns_capitalised and lower in SOURCE_NOUNS)
        if is_name and (scan.run or scan.accepts_run()):
            scan.run = (scan.run[0] if scan.run else match.start(), match.end())
            scan.joiner = False
            if _POSSESSIVE.search(word):
                return scan.run
        elif scan.run and not scan.joiner and lower in NAME_JOINERS and lower not in DETERMINERS:
            scan.joiner = True
        elif is_name or not scan.lower_word(lower):
            break
    return scan.run or scan.name


def _name_before(text: str, floor: int, pos: int) -> tuple[int, int] | None:
    """The span of the capitalised name that ends right before ``pos`` (and starts after ``floor``)."""
    start: int | None = None
    boundary = pos
    for match in reversed(list(_WORD.finditer(text, max(floor, pos - MAX_NAME_CHARS), pos))):
        if text[match.end():boundary].strip():
            break
        word = match.group()
        if _is_name_word(word):
            start = match.start()
        elif start is None or word.lower() not in NAME_JOINERS or word.lower() in DETERMINERS:
            break
        boundary = match.start()
    if start is None:
        return None
    return start, start + len(text[start:pos].rstrip())


def _clean_source(name: str, owner_only: bool) -> str:
    """``name`` without a trailing possessive or an article that only a case gives it ("Dem Spiegel
    zufolge"); with ``owner_only``, without what it owns ("NPR's Feng" -> "NPR": after "according to",
    the owner is the source; before "reported", the whole subject is)."""
    name = _OBLIQUE_ARTICLE.sub("", _POSSESSIVE.sub("", name.strip()))
    return _OWNER.split(name, maxsplit=1)[0] if owner_only else name


def _found(sentences: Sentences) -> Iterator[tuple[int, int, int, int, bool]]:
    """(phrase start, phrase end, name start, name end, whether the name follows the phrase) of each
    attribution in the paragraph."""
    text = sentences.text
    for trigger in _AFTER.finditer(text):
        sentence = sentences.span_of(trigger.start())
        name = _name_after(trigger, sentence[1])
        if name:
            tail = _TAIL.match(text, name[1], sentence[1])
            yield trigger.start(), tail.end() if tail else name[1], name[0], name[1], True
    for trigger in _BEFORE.finditer(text):
        name = _name_before(text, sentences.span_of(trigger.start())[0], trigger.start())
        subject = _LEADING_ARTICLE.sub("", text[name[0]:name[1]]).lower() if name else ""
        if name and subject not in SOURCE_NOUNS and subject not in UNNAMED_SUBJECTS:
            yield name[0], trigger.end(), name[0], name[1], False  # "Berichten zufolge" names no one


def _is_agency_mark(text: str) -> bool:
    """Whether the bracketed ``text`` of a dateline reads as an agency: capitalised ("AP", "Reuters") or a
    short lower-case mark ("dpa", "epd"), not a word in brackets ("(braziliensis) - ...")."""
    return text[0].isupper() or len(text) <= 5 or text.lower() in AGENCIES


class Found(NamedTuple):
    """An attribution found in a paragraph: its offset there, the citation, and whether its source begins
    with a "The" that opens the sentence (capitalised maybe only by its position)."""

    offset: int
    citation: Citation
    leading_the: bool = False


def attributions_in(text: str, sentences: Sentences | None = None) -> list[Found]:
    """The attributions in one paragraph, in order of appearance (``sentences``: of ``text``, when known)."""
    sentences = Sentences(text) if sentences is None else sentences
    found: list[Found] = []
    seen: set[tuple[int, int]] = set()
    dateline = _DATELINE.match(text)
    if dateline and _is_agency_mark(dateline.group("source")):
        source = collapse_ws(dateline.group("source"))
        citation = Citation("attribution", f"({source})", source=source, context=sentences.around(0, dateline.end()))
        found.append(Found(dateline.start("source") - 1, citation))
        seen.add(dateline.span("source"))
    for start, end, name_start, name_end, name_follows in _found(sentences):
        if (name_start, name_end) in seen:
            continue
        seen.add((name_start, name_end))
        source = _clean_source(text[name_start:name_end], owner_only=name_follows)
        context = sentences.around(start, end)
        citation = Citation("attribution", collapse_ws(text[start:end]), source=source, context=context)
        leading_the = name_start == sentences.span_of(name_start)[0] and source.startswith("The ")
        found.append(Found(start, citation, leading_the))
    found.sort(key=lambda item: item.offset)
    return found


def settle_sources(found: Iterable[Found]) -> tuple[Citation, ...]:
    """The citations of ``found``, each sentence-initial "The X" written "X" when the document also
    names "X" without the article (the capital came from the sentence, not from the name)."""
    items = tuple(found)
    named = {item.citation.source.casefold() for item in items if item.citation.source and not item.leading_the}
    settled = []
    for item in items:
        citation = item.citation
        if item.leading_the and citation.source and citation.source[4:].casefold() in named:
            citation = replace(citation, source=citation.source[4:])
        settled.append(citation)
    return tuple(settled)


def find_attributions(paragraphs: Iterable[str]) -> tuple[Citation, ...]:
    """The attributions of a document given as paragraphs, in order."""
    return settle_sources(item for paragraph in paragraphs for item in attributions_in(paragraph))
