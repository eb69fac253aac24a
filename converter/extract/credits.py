"""Image credits: recognised in captions and text lines, and parsed after TASL (title, author, source, licence).

Handles the agency styles ("Photo: Jane Doe/Reuters", "(AP Photo/Evan Vucci, File)", "JIM WATSON/AFP/Getty
Images", "Al Goldis, Associated Press", "X via Unsplash", "X for Quanta Magazine", "© X / iStock") in several
languages, and Creative Commons attribution lines ('"File:X.jpg" by Y is licensed under CC BY-SA 2.0').
"""

from __future__ import annotations

import re

from ..record import Credit
from .licenses import find_license
from .textnorm import collapse_ws
from .urls import escape_url
from .vocabulary.agencies import AGENCIES, ALIASES, ANONYMOUS, ORGANIZATION_WORDS
from .vocabulary.credits import (
    BY_PHRASES,
    LABELS,
    LEAD_INS,
    LICENSE_PHRASES,
    NOISE_SUFFIXES,
    PERSON_BY_PHRASES,
    PERSON_LABELS,
    SHARING_WORDS,
)


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(words)


_LEAD_IN = re.compile(rf"^(?:{_alternatives(LEAD_INS)})\s*", re.I)
_LABEL = re.compile(
    rf"^(?:{_alternatives(LABELS)})\s*[:：|]\s*|^(?:(?:image\s*)?cr[ée]dits?)+(?:\s*(?:\.{{2,}}|…))?\s*(?=(?-i:[A-Z]))",
    re.I,
)
_BY = re.compile(rf"^(?:{_alternatives(BY_PHRASES)}|by|von|par)\s+", re.I)
# A credit whose label or phrase says a person made the picture ("Artist: X", "Photo by X").
_PERSON_LEAD = re.compile(
    rf"^[(\[]?\s*(?:(?:{_alternatives(PERSON_LABELS)})\s*[:：]|(?:{_alternatives(PERSON_BY_PHRASES)}|by|von|par)\s)",
    re.I,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b|\bcopr\.)\s*(?:(?:19|20)\d\d\b[\s,:]*)?", re.I)
_VIA = re.compile(r"^via\s+", re.I)
# A "by" with nobody after it ("Article by"): the name was elsewhere (a link, an image).
_DANGLING_BY = re.compile(r"\b(?:by|von|par|por|di)\s*[:.]?$", re.I)
_WRAPPED = re.compile(r"^[(\[](.*)[)\]]$")
_NOISE = re.compile(rf"(?:[\s,;/]+|\s*\()(?:{_alternatives(NOISE_SUFFIXES)})\)?\.?$", re.I)
_LICENSE_LEAD = re.compile(
    rf"[\s,;(\-–]*(?:(?:is|are|ist|sind|est|es|è)\s+)?(?:{_alternatives(LICENSE_PHRASES)})[\s:]*$", re.I
)
_QUOTED_TITLE = re.compile(
    r"^[\"“”‘’'„«]\s*(?P<title>.+?)\s*[\"“”‘’'»]\s*(?:,\s*)?(?:by|von|par|de)\s+(?P<rest>.+)$", re.I
)
_FILE_TITLE = re.compile(
    r"^(?P<title>(?:File|Datei|Fichier):\S.*?\.(?:jpe?g|png|gif|svg|tiff?|webp))\s+(?:by|von|par)\s+(?P<rest>.+)$", re.I
)
_URL = re.compile(r"https?://[^\s\"'<>]+")
_BARE_TITLE = re.compile(r"^(?P<title>\S.{0,150}?)\s+(?:by|von|par)\s+(?P<rest>\S.*)$", re.I)
# A licence named after a phrase that introduces one, for licences outside the known table.
_NAMED_LICENSE = re.compile(
    r"(?:unter\s+der\s+lizenz|under\s+(?:the\s+)?licen[cs]e|sous\s+(?:la\s+)?licence|lizenz:|licen[cs]e:)\s*"
    r"((?-i:[A-Z][\w.+\-]*(?:\s+[A-Z0-9][\w.+\-]*){0,3}))",
    re.I,
)
# A list of data sources after the credit ("X for Quanta Magazine; sources: ..."): not part of the credit.
_SOURCES_NOTE = re.compile(r"\s*;\s*(?:sources?|quellen?|data)\s*:.*$", re.I)
# Separators between the credited person and the source: "X/Reuters", "X | Agency".
_SLASH = re.compile(r"\s*/\s*|\s+\|\s+")
_VIA_SPLIT = re.compile(r",?\s+via\s+", re.I)
_FOR_SPLIT = re.compile(r"\s+(?:for|für|pour|para|per)\s+", re.I)
_ON_SPLIT = re.compile(r"\s+(?:on|from|auf|bei|sur)\s+", re.I)
_SOURCE_SEPARATORS = re.compile(r"(\s*/\s*|,?\s+via\s+|\s*;\s*|\s+\|\s+)", re.I)
_TRIM = " \t,;:.-–—|"
_CORPORATE_SUFFIXES = frozenset({"inc", "ltd", "llc", "gmbh", "ag", "co", "corp", "sa", "s.a", "plc", "kg", "se"})
# Words that make a bracketed remark a phrase rather than a name ("(left to right)", "(pictured)").
_SENTENCE_WORDS = frozenset({
    "is", "are", "was", "were", "left", "right", "center", "centre", "top", "bottom", "pictured", "to", "in",
    "on", "at", "with", "links", "rechts", "mitte", "gauche", "droite", "im", "am", "und", "and", "by", "von",
    "par",
})


def _strip_prefixes(text: str) -> str:
    """``text`` without lead-ins, labels, "©", "Photo by" and wrapping brackets, however they nest."""
    while True:
        before = text
        wrapped = _WRAPPED.match(text)
        if wrapped and "(" not in wrapped.group(1) and ")" not in wrapped.group(1):
            text = wrapped.group(1).strip()
        for pattern in (_LEAD_IN, _LABEL, _COPYRIGHT, _BY):
            text = pattern.sub("", text, count=1).strip()
        if text == before:
            return text


def _strip_noise(text: str) -> str:
    """``text`` without trailing "File", "(Ausschnitt)" and similar words that name nobody."""
    while True:
        stripped = _NOISE.sub("", text).strip(_TRIM)
        if stripped == text:
            return text
        text = stripped


def is_agency(name: str) -> bool:
    """Whether ``name`` is a known photo agency, picture library or wire service."""
    return _strip_noise(name).lower().strip(_TRIM) in AGENCIES


def _expand_source(source: str) -> str:
    """``source`` with short agency names written alone expanded ("AP file" -> "Associated Press")."""
    pieces = _SOURCE_SEPARATORS.split(source)
    for index in range(0, len(pieces), 2):
        piece = _strip_noise(pieces[index].strip())
        pieces[index] = ALIASES.get(piece.lower(), piece)
    return "".join(pieces).strip(_TRIM + "/")


def looks_like_organization(name: str) -> bool:
    """Whether ``name`` reads as an organisation (agency, outlet, institution) rather than a person."""
    lower = name.lower()
    if lower in AGENCIES or lower in ALIASES:
        return True
    words = lower.replace(",", " ").split()
    if len(words) == 1 or any(ch.isdigit() for ch in lower) or "." in lower.replace(". ", " ").rstrip("."):
        return True
    return any(word.strip(".,()'’s") in ORGANIZATION_WORDS or word in ORGANIZATION_WORDS for word in words)


def _person_or_none(name: str) -> str | None:
    """``name`` without stand-ins for an unnamed photographer ("STR", "Staff"), or None when nothing is left."""
    parts = [p.strip(_TRIM) for p in name.split(",")]
    kept = [p for p in parts if p and p.lower() not in ANONYMOUS]
    return ", ".join(kept) or None


def _split_author_source(text: str) -> tuple[str | None, str | None]:
    """The credited person and the source in ``text`` (labels and licence already removed)."""
    text = _strip_noise(text.strip(_TRIM))
    if not text or _DANGLING_BY.search(text):
        return None, None
    if _VIA.match(text):
        return None, _expand_source(_VIA.sub("", text))
    parts = _SLASH.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return _split_slashed(text, *parts)
    for splitter, needs_agency in ((_VIA_SPLIT, False), (_FOR_SPLIT, False), (_ON_SPLIT, True)):
        parts = splitter.split(text, maxsplit=1)
        if len(parts) == 2 and parts[0] and (not needs_agency or is_agency(parts[1])):
            if is_agency(parts[0]):
                return None, _expand_source(text)
            if splitter is _FOR_SPLIT and looks_like_organization(parts[0]):
                return None, _expand_source(parts[0])
            return _person_or_none(parts[0]), _expand_source(parts[1])
    head, comma, tail = text.rpartition(",")
    if comma and tail.strip(_TRIM).lower() in _CORPORATE_SUFFIXES:
        return None, _expand_source(text)
    if comma and head.strip() and (is_agency(tail) or looks_like_organization(tail.strip())):
        return _person_or_none(head), _expand_source(tail.strip())
    if is_agency(text) or looks_like_organization(text):
        return None, _expand_source(text)
    return _person_or_none(text), None


def _split_slashed(text: str, first: str, rest: str) -> tuple[str | None, str | None]:
    """Person and source of "first/rest": "Jane Doe/Reuters", "REUTERS/Brendan McDermid" (agency first),
    "NASA/JPL-Caltech" (two sources), "Tourismus GmbH | Jane Doe" (organisation first)."""
    if is_agency(first):
        if is_agency(_SLASH.split(rest)[0]) or looks_like_organization(rest):
            return None, _expand_source(text)
        return _person_or_none(rest), _expand_source(first)
    if _names_organization(first) and not looks_like_organization(rest) and _is_name(rest):
        return _person_or_none(rest), _expand_source(first)
    return _person_or_none(first), _expand_source(rest)


def _is_handle(name: str) -> bool:
    """Whether ``name`` may be a person's one-word name or handle ("Elearia", "3ihard"): no known agency, no
    acronym ("NASA"), no domain ("BillionPhotos.com")."""
    return len(name.split()) == 1 and not is_agency(name) and not name.isupper() and "." not in name


def _names_organization(name: str) -> bool:
    """Whether ``name`` has a word that only organisations have (stricter than ``looks_like_organization``)."""
    words = [word.strip(".,()").lower() for word in name.split()]
    return is_agency(name) or (len(words) > 1 and any(word in ORGANIZATION_WORDS for word in words))


def _cut_license(text: str) -> tuple[str, str | None, str | None]:
    """``text`` without the licence it names (and the "licensed under" before it), the licence name and URL.
    A licence outside the known ones is kept as written when a phrase names it ("unter der Lizenz X")."""
    match = find_license(text)
    if match is None:
        named = _NAMED_LICENSE.search(text)
        if named is None:
            return text, None, None
        rest = f"{text[: named.start()].strip(_TRIM)}, {text[named.end() :].strip(_TRIM)}".strip(_TRIM)
        return rest, named.group(1), None
    start, end = match.start, match.end
    before = _LICENSE_LEAD.sub("", text[:start]).strip(_TRIM + "(")
    after = text[end:].strip(_TRIM + "()")
    rest = f"{before} {after}".strip() if after and not after.lower().startswith(("license", "licence")) else before
    return rest, match.name, match.url


def parse_credit(text: str, *, source_url: str | None = None) -> Credit:
    """The credit ``text`` (as displayed) parsed into title, author, source, source URL and licence.

    ``source_url`` is a link to the work when the page gives one (a link around the credit).
    """
    display = collapse_ws(text)
    work = display
    urls = [u.rstrip(".,;)") for u in _URL.findall(work)]
    work = _strip_prefixes(_SOURCES_NOTE.sub("", work))
    work, license_name, license_url = _cut_license(work)
    if source_url is None:
        source_url = next((escape_url(u) for u in urls if "creativecommons.org" not in u), None)
    work = _strip_prefixes(_URL.sub("", work).strip(_TRIM))
    title = None
    titled = _QUOTED_TITLE.match(work) or _FILE_TITLE.match(work)
    if titled is None and license_name:
        # A Creative Commons line without quotes: "Old mill by jdoe, CC BY-SA 2.0".
        titled = _BARE_TITLE.match(work)
    if titled:
        title = titled.group("title").strip()
        rest = titled.group("rest").strip(_TRIM)
        author, source = _split_author_source(rest) if _SLASH.search(rest) or _VIA_SPLIT.search(rest) else (rest, None)
    else:
        author, source = _split_author_source(_strip_prefixes(work))
        if author is None and source and _PERSON_LEAD.match(_LEAD_IN.sub("", display)) and _is_handle(source):
            author, source = source, None
    return Credit(
        text=display,
        title=title,
        author=author,
        source=source,
        source_url=source_url,
        license=license_name,
        license_url=license_url,
    )


_AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
# Where a credit starts inside a caption: a label with a colon, "©", "Photo by", an agency credit in
# brackets ("(AP Photo/X)", "(Foto: X/dpa)"), or a trailing "AGENCY/Name" or "Name/AGENCY".
_INLINE_START = re.compile(
    rf"(?:(?<=^)|(?<=[.!?…\"”’)\]])\s+|\s+[-–—|/]\s+|\s+(?=[(\[])|\s+(?=©)|\s+(?=via\s+\S+(?:\s+\S+){{0,3}}$))"
    rf"[(\[]?\s*(?:(?:{_alternatives(LABELS)})\s*[:：]|©|\(c\)\s|copyright\s|(?:{_alternatives(BY_PHRASES)})\s+\S"
    rf"|via\s+\S+(?:\s+\S+){{0,3}}$)",
    re.I,
)
# A last sentence that names a licence ("... Bild des Steckers unter der Lizenz GPL FDL, C64-Wiki.de").
_LICENSE_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[^.!?]{0,80}\b(?:lizenz|licen[cs]ed\s+under|licence)\b)", re.I)
# Share and follow buttons next to images ("Via E-Mail teilen", "Follow X on Facebook").
_SHARING = re.compile(rf"\b(?:{_alternatives(SHARING_WORDS)})\b", re.I)
_TRAILING_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{2,120})[)\]]\s*\.?$")
_TRAILING_SLASHED = re.compile(
    rf"(?:^|(?<=[.!?…\"”’)])\s+)((?:[\w.'’\- ]{{1,40}}/\s*)?(?i:{_AGENCY_NAMES})"
    rf"(?:\s*/\s*[\w.'’\-]{{1,40}}(?: [\w.'’\-]{{1,40}}){{0,5}})*(?:,?\s+(?i:file|archive))?)\s*$"
)
_CREDIT_LINE = re.compile(
    rf"^[(\[]?\s*(?:(?:{_alternatives(LABELS)})\s*[:：]|©|\(c\)\s|copyright\s|(?:{_alternatives(BY_PHRASES)})\s+\S)",
    re.I,
)
_TASL_LINE = re.compile(
    rf"(?:^|[,:]\s*)[\"“”‘’'„«].+?[\"“”‘’'»]\s*,?\s*(?:by|von|par)\s+.+?(?:{_alternatives(LICENSE_PHRASES)})", re.I
)


def _credit_in_brackets(inner: str, *, bracketed: bool = True) -> bool:
    """Whether the bracketed ``inner`` text of a caption is a credit ("AP Photo/X", "Foto: X/dpa", "AP",
    "Ellen M. Banner / The Seattle Times", "Walt Disney Co.", "Al Goldis, Associated Press")."""
    if _CREDIT_LINE.match(inner) or is_agency(inner):
        return True
    parts = _SLASH.split(inner)
    if len(parts) > 1:
        return any(is_agency(p) or is_agency(p.split(",")[0]) for p in parts) or (
            (bracketed or len(inner.split()) <= 6) and all(_is_name(p) for p in parts)
        )
    head, comma, tail = inner.rpartition(",")
    if comma and _is_name(head) and is_agency(tail):
        return True
    return bracketed and _is_name(inner) and _names_organization(inner)


def _is_name(text: str) -> bool:
    """Whether ``text`` is short and capitalised like a name ("Ellen M. Banner", "The Seattle Times")."""
    words = text.strip(_TRIM).split()
    return 0 < len(words) <= 6 and words[0][:1].isupper() and not any(w.lower() in _SENTENCE_WORDS for w in words)


def looks_like_credit(text: str) -> bool:
    """Whether ``text`` as a whole reads as an image credit: a credit label ("Photo:", "Foto:", "©",
    "Photo by"), an agency credit ("AP Photo/X", "X/Reuters"), or a Creative Commons attribution line."""
    text = collapse_ws(text)
    if not text or len(text) > 300:
        return False
    text = _LEAD_IN.sub("", text)
    if _SHARING.search(text):
        return False
    if _CREDIT_LINE.match(text) or _TASL_LINE.search(text):
        return True
    wrapped = _WRAPPED.match(text)
    if wrapped:
        return _credit_in_brackets(wrapped.group(1))
    # Unbracketed "Name/Agency" only when short and not a sentence.
    return len(text.split()) <= 8 and ". " not in text and _credit_in_brackets(text, bracketed=False)


def split_caption_credit(text: str) -> tuple[str | None, str | None]:
    """``text`` (a caption as displayed) split into the caption and the credit written at its end
    ("... Jaguar dealership. (AP Photo/David Zalubowski)", "... erweitert wird. - Bild: X / Pixabay").
    Either part is None when empty."""
    text = collapse_ws(text)
    if not text:
        return None, None
    if looks_like_credit(text):
        return None, text
    start = None
    match = _INLINE_START.search(text) or _LICENSE_SENTENCE.search(text)
    if match:
        start = match.start()
    else:
        bracket = _TRAILING_BRACKET.search(text)
        if bracket and _credit_in_brackets(bracket.group(1)):
            start = bracket.start()
        else:
            slashed = _TRAILING_SLASHED.search(text)
            if slashed and "/" in slashed.group(1):
                start = slashed.start(1)
    if start is None:
        return text, None
    if text.count(")", start) > text.count("(", start) and "(" in text[:start]:
        # The credit closes a bracket opened before it: "(Photo by X via AP)".
        start = text.rindex("(", 0, start)
    caption = text[:start].rstrip(" -–—|/")
    credit = text[start:].strip(" -–—|")
    if _SHARING.search(credit):
        return text, None
    return caption or None, credit or None
