"""Bylines read into authors: "By X and Y", "X | Staff Writer", "X, Reuters", "Von X", "Par X".

``parse_byline`` keeps the byline as shown (trimmed of what follows the names, such as dates) and returns
the authors it names: persons, or organisations when the name is a news agency. A part that does not look
like a name is left out: fewer authors rather than wrong ones.
"""

from __future__ import annotations

import re

from ..record import Author
from .textnorm import collapse_ws
from .vocabulary.bylines import (
    AGENCIES,
    AUTHOR_LABELS,
    COMPANY_WORDS,
    DEGREES,
    JOB_WORDS,
    LABEL_ROLES,
    NAME_JOINERS,
    NAME_PARTICLES,
    NEWSROOMS,
    NOT_NAME_WORDS,
    OTHER_LABELS,
    PLACEHOLDER_NAMES,
)
from .vocabulary.dates import MONTHS, WEEKDAYS

MAX_NAME_LENGTH = 60
MAX_NAME_WORDS = 6
MAX_HANDLE_LENGTH = 40
MAX_HANDLE_WORDS = 4
MIN_HANDLE_LENGTH = 4
MAX_ACRONYM_LENGTH = 6


def _label_pattern(labels: tuple[str, ...]) -> str:
    return "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))


_AUTHOR_LABEL = re.compile(rf"^(?:{_label_pattern(AUTHOR_LABELS)})(?:\b|(?<=:))\s*(?:[:|/]\s*|-\s+)?", re.I)
_OTHER_LABEL = re.compile(rf"^(?:{_label_pattern(OTHER_LABELS)})\b\s*[:|]?", re.I)
# Segments of a byline: what "|", "•", ";", " - " and line breaks separate, and a label of other credits
# ("Written by Jane Doe Edited by John Roe").
_SEGMENT_BREAK = re.compile(
    r"(\s*[|•·;\n]\s*|\s+[-–—]\s+|\s+(?=(?i:edited|editing|photos?|pictures|illustrations?|graphics|video|"
    r"translated|translation|fotos?|bilder|redigiert|übersetzt)\s+(?i:by|von|de|par)\b))"
)
_LEADING_PUNCTUATION = " -–—|·•:,;"
_PART_BREAK = re.compile(rf"\s*[,/]\s*|\s+(?:{_label_pattern(NAME_JOINERS)})\s+", re.I)
# A label further in ("ABO+ Par Stefan Häne"): what stands before it is no name.
_INNER_LABEL = re.compile(r"(?:^|\s)(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+(?=[A-ZÀ-Þ])")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_HANDLE = re.compile(r"@\w+")  # also glued to the name: "Jane Doe@janedoe"
# A possessive ends the name: "Jane Doe’s Discussions", "Jane Doe's articles".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b.*$")
_FOLLOW = re.compile(
    r"(?i:\b(?:follow(?: (?:me|us|him|her))?(?: on \w+)?|folgen|suivre|seguir)\b).*$"
    r"|(?<=[a-z])Follow\b.*$"  # glued to the name by markup without spaces: "Jane DoeFollow"
)
_DIGIT = re.compile(r"\d")
# A host name ("example.de", "facebook.com/page") or an obfuscated address ("name[at]host") is no author.
_DOMAIN_OR_ADDRESS = re.compile(r"[a-z0-9-]{2,}\.[a-z]{2,6}(?:/|\b)|\[at\]|\(at\)|://")
# A digit that starts a word begins a date or a time ("May 3", "10:30"); inside a word it is a user name's.
_WORD_DIGIT = re.compile(r"(?<!\w)\d")
_TITLE_FILLERS = frozenset({"of", "the", "for", "at", "and", "de", "du", "für", "der", "des", "au", "bei", "chez",
                            "del", "di", "da", "en", "large"})
_CUT_WORDS = frozenset({
    "updated", "update", "published", "posted", "aktualisiert", "veröffentlicht", "letztes", "last", "vor",
    "publié", "publicado", "actualizado", "pubblicato", "aggiornato", "lesezeit", "letzte",
})
# Job words dropped before a name ("Rechtsanwalt Jane Doe"); a newsroom word opens a newsroom's name instead.
_JOB_PREFIXES = JOB_WORDS - NEWSROOMS
_TRAILING_WORDS = MONTHS.keys() | WEEKDAYS | NOT_NAME_WORDS | {"am", "um", "le", "el", "il", "on", "op", "den"}


def _clean_part(part: str) -> str:
    """``part`` without e-mail addresses, @handles, "Follow ..." and what follows a digit (dates, times)."""
    part = _POSSESSIVE.sub("", _FOLLOW.sub("", _HANDLE.sub("", _EMAIL.sub("", part)))).strip()
    half = len(part) // 2
    if half and part[:half] == part[half:]:
        # The same name twice, from a mobile and a desktop copy of the byline glued together.
        part = part[:half]
    if part.lower() in AGENCIES:
        return part
    digit = _WORD_DIGIT.search(part)
    if digit:
        part = part[: digit.start()]
    words = part.split()
    # What follows the name: "Jane Doe Veröffentlicht am", "Jane Doe Updated", "Jane Doe vor 5 Stunden".
    cut = next((index for index, word in enumerate(words) if word.lower().strip(".,:") in _CUT_WORDS), None)
    if cut is not None:
        words = words[:cut]
    while words and words[-1].lower().strip(".,:") in _TRAILING_WORDS:
        words.pop()
    if len(words) > 1 and words[0].lower() in NAME_JOINERS:
        words.pop(0)  # "(avec Jane Doe": a joiner after a parenthesis
    while len(words) > 2 and words[0].lower() in _JOB_PREFIXES and words[1][:1].isupper():
        words.pop(0)  # "Rechtsanwalt Sebastian Einbock", "Senior Correspondent Jane Doe"
    return " ".join(words).strip(" ,.:;-–—")


def gives_address(text: str) -> bool:
    """Whether ``text`` holds a host name ("example.de", "Example (www.example.com)") or an address."""
    return bool(_DOMAIN_OR_ADDRESS.search(text.lower()))


def is_no_name(text: str) -> bool:
    """Whether ``text`` is a placeholder ("admin"), a degree ("PhD") or a host name, never an author."""
    lower = text.lower()
    return ":" in text or lower in PLACEHOLDER_NAMES or lower in DEGREES or gives_address(text)


def is_newsroom(name: str) -> bool:
    """Whether ``name`` is a newsroom signing as such: "Redaktion", or named with its publication ("Redaktion
    Example Zeitung", "Redacción Diario Example")."""
    first, _, rest = name.partition(" ")
    return first.lower() in NEWSROOMS and (not rest or looks_like_name(rest))


def is_job_title(text: str) -> bool:
    """Whether ``text`` is a job title ("Staff Writer", "Senior Political Correspondent")."""
    words = [w.lower().strip(".,") for w in text.split()]
    useful = [w for w in words if w not in _TITLE_FILLERS]
    # The head of a job title comes last ("Senior Political *Correspondent*"); at most one other word
    # ("*Washington* Bureau Chief") may be a place or a beat.
    others = sum(w not in JOB_WORDS for w in useful)
    if useful and useful[0] in JOB_WORDS and len(words) > len(useful):
        return True  # "Journaliste au Monde", "Editor at Large": the job, then where
    return bool(useful) and useful[-1] in JOB_WORDS and (others == 0 or (others == 1 and len(useful) >= 2))


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name: a few capitalised words, no digits, no common words."""
    if not text or len(text) > MAX_NAME_LENGTH or _DIGIT.search(text) or is_no_name(text):
        return False
    if any(word.lower() in COMPANY_WORDS for word in text.split()):
        return False
    words = text.split()
    if len(words) > MAX_NAME_WORDS:
        return False
    named = 0
    for word in words:
        bare = word.strip(".,'’\"")
        lower = bare.lower()
        if lower in NAME_PARTICLES:
            continue
        if not bare or lower in NOT_NAME_WORDS or not bare[0].isupper():
            return False
        named += 1
    if named == 1 and len(words) == 1 and (text.isupper() or len(text) <= 2):
        return False  # "JF", "LN", "SP-X": initials of a desk or a source, not a name
    # "Washington Correspondent" is a job, not a person, even when it is no job title by itself.
    return named > 0 and words[-1].lower().strip(".,") not in JOB_WORDS


def looks_like_handle(text: str) -> bool:
    """Whether ``text`` may be a user name or pen name ("jancak", "freeman1984", "der Michel") that a source
    marked as the author: short, no link, not a job title."""
    if not text or len(text) > MAX_HANDLE_LENGTH or is_no_name(text):
        return False
    if len(text) < MIN_HANDLE_LENGTH and any(char.isupper() or char.islower() for char in text):
        return False  # initials ("kj", "EC") sign for a desk; a two-character Chinese name is a name
    words = text.split()
    return len(words) <= MAX_HANDLE_WORDS and not is_job_title(text) and words[-1].lower() not in JOB_WORDS


def _display(name: str) -> str:
    """``name`` title-cased when it is all capitals ("JOHN SMITH" -> "John Smith"), else as written."""
    if name.isupper() and len(name) > 3 and name.lower() not in AGENCIES:
        return name.title()
    return name


def _authors_of(segment: str, role: str | None, trusted: bool) -> tuple[list[Author], str | None]:
    """The authors a segment names, and a job title it gives for the author before it."""
    if is_job_title(segment) and segment.lower() not in AGENCIES and _clean_part(segment).lower() not in NEWSROOMS:
        return [], segment
    authors: list[Author] = []
    for piece in _PART_BREAK.split(segment.replace("(", ", ").replace(")", ", ")):
        part = _clean_part(piece or "")
        if not part:
            continue
        if part.lower() in AGENCIES or is_newsroom(part):
            authors.append(Author(part, "organization", role))
        elif part.lower() in DEGREES:
            continue
        elif authors and is_job_title(part):
            last = authors[-1]
            authors[-1] = Author(last.name, last.type, last.role or part, last.url)
        elif looks_like_name(part) or (trusted and looks_like_handle(part)):
            authors.append(Author(_display(part), "person", role))
        elif not trusted and not (part.isupper() and len(part) <= MAX_ACRONYM_LENGTH):
            # A part that is no name makes the whole line suspect ("Von Einheimischen, Gästen und Kühen");
            # an acronym is a desk or a source ("Jane Doe/SP-X").
            return [], None
    return authors, None


def _strip_label(segment: str) -> tuple[str, str | None, bool]:
    """(segment without its leading label, the role that label gives, whether the label names non-authors)."""
    if _OTHER_LABEL.match(segment):
        return "", None, True
    label = _AUTHOR_LABEL.match(segment)
    if not label:
        return segment, None, False
    role = LABEL_ROLES.get(collapse_ws(label.group(0)).rstrip(":|/- ").lower())
    return segment[label.end():], role, False


def parse_byline(text: str | None, *, trusted: bool = False) -> tuple[str | None, tuple[Author, ...]]:
    """(the byline as shown, trimmed; the authors it names) for a byline such as "By Jane Doe and John Roe".

    The byline is cut after the last part that names an author or their job; it is None when ``text`` is
    empty. Agencies ("Reuters", "dpa") come back as organisations; job titles after a name become its role.
    ``trusted`` says the text comes from a source that marks it as the author (a ``<meta name="author">``,
    JSON-LD, ``rel=author``): then user names and pen names that are not written like names are kept too.
    """
    shown = collapse_ws(text)
    if not shown:
        return None, ()
    pieces = _SEGMENT_BREAK.split(shown)
    authors: list[Author] = []
    useful_end = 0
    for index in range(0, len(pieces), 2):
        segment, role, other = _strip_label(pieces[index].lstrip(_LEADING_PUNCTUATION))
        if other:
            continue
        inner = None if role else _INNER_LABEL.search(segment)
        if inner and inner.start() > 0 and not _authors_of(segment[: inner.start()], None, False)[0]:
            # A label further in ("ABO+ Par Jane Doe", "Posted on May 3, 2021 by Jane Doe").
            segment = segment[inner.end():]
        found, job = _authors_of(segment, role, trusted)
        if job and authors:
            last = authors[-1]
            authors[-1] = Author(last.name, last.type, last.role or job, last.url)
        if found or (job and authors):
            authors.extend(found)
            useful_end = index + 1
    byline = "".join(pieces[:useful_end]).strip() if useful_end else shown
    return byline or None, tuple(_unique(authors))


def _unique(authors: list[Author]) -> list[Author]:
    seen: set[str] = set()
    kept: list[Author] = []
    for author in authors:
        key = author.name.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(author)
    return kept
