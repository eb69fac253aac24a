"""Headlines: page titles without site names, separators or kickers, cross-checked with the ``<h1>``.

``<title>`` and ``og:title`` often read "Headline | Site" or "Site - Section - Headline"; the headline is
the segment that is not a site or section name. When an ``<h1>`` agrees with a title source, its wording
(as the reader sees it) wins.
"""

from __future__ import annotations

import re
import unicodedata

from .textnorm import collapse_ws
from .vocabulary.titles import GENERIC_SEGMENTS

# Separators between a headline and a site or section name; a hyphen counts only with spaces around it.
_SEPARATORS = re.compile(r"\s+[|\-–—·•»:~]\s+|\s*[|·•]\s*|\s+::\s+|\s+-{2}\s+")
_PUNCT_OR_SPACE = re.compile(r"[\W_]+", re.UNICODE)
MAX_SITE_WORDS = 4
MAX_SITE_EXTRA_LETTERS = 4
MAX_SECTION_WORDS = 2
# A title of this many words is a headline by itself, not the tail of a longer one.
MIN_SENTENCE_WORDS = 5
GENERIC_SEGMENT_KEYS = GENERIC_SEGMENTS


def title_key(text: str | None) -> str:
    """``text`` reduced for comparing titles: NFKC, case-folded, letters and digits only."""
    if not text:
        return ""
    return _PUNCT_OR_SPACE.sub("", unicodedata.normalize("NFKC", text).casefold())


def title_segments(title: str) -> list[str]:
    """The parts of ``title`` between separators (" | ", " - ", " :: ", ...), white space collapsed."""
    return [part for part in (collapse_ws(p) for p in _SEPARATORS.split(title)) if part]


def _is_site_part(part: str, site_keys: set[str]) -> bool:
    key = title_key(part)
    if not key or key in GENERIC_SEGMENT_KEYS:
        return True
    # "Example News" on example.com, "Example" for the site "Example.com": the site's name with a few letters.
    return any(key == site or (len(site) >= 4 and (site in key or key in site)
                               and len(key) <= len(site) + MAX_SITE_EXTRA_LETTERS)
               for site in site_keys)


def strip_site_name(title: str | None, site_names: list[str]) -> str | None:
    """``title`` without the site or section names around its headline.

    Segments (split at " | ", " - ", " — ", " :: ", " » ", ...) that match a site name or the host are
    dropped; of what remains, the longest segment is the headline unless the rest is a subtitle-like tail.
    """
    title = collapse_ws(title)
    if not title:
        return None
    parts = title_segments(title)
    if len(parts) <= 1:
        return title
    site_keys = {title_key(name) for name in site_names if title_key(name)}
    kept = [part for part in parts if not _is_site_part(part, site_keys)]
    if not kept:
        return title
    if len(kept) == len(parts):
        # Nothing identifies a site name: only the last segment of a "Headline | Site" title is dropped,
        # and only when it is short next to the rest.
        head, tail = parts[:-1], parts[-1]
        if len(tail.split()) > MAX_SITE_WORDS or len(tail) * 2 >= sum(len(p) for p in head):
            return title
        kept = head
    # Between the headline and the site name: a section ("Headline | Code | Site", "Site - News - Headline").
    while len(kept) > 1 and len(kept[-1].split()) <= MAX_SECTION_WORDS and kept[-1] != parts[-1] and (
            len(kept[-1]) * 3 < sum(len(p) for p in kept[:-1])):
        kept.pop()
    while len(kept) > 1 and len(kept[0].split()) <= MAX_SECTION_WORDS and kept[0] != parts[0] and (
            len(kept[0]) * 3 < sum(len(p) for p in kept[1:])):
        kept.pop(0)
    return _rejoin(title, kept)


def _rejoin(title: str, kept: list[str]) -> str:
    """The kept segments as they stand in ``title`` (from the first kept one to the last), separators kept."""
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    if 0 <= start < end:
        return title[start:end]
    return max(kept, key=len)


def heading_with_prefix(headline: str | None, title: str | None) -> bool:
    """Whether ``headline`` is ``title`` with a kicker before it ("Energiewende Klimavorreiter Oberland?"
    for "Klimavorreiter Oberland?"), the kicker being shorter than the title, or the title a sentence of its
    own (a long kicker: "Medienmitteilung der Gesundheitsdirektion: Impfen ist bis Ende Februar möglich")."""
    head, full = title_key(headline), title_key(title)
    return bool(full) and len(head) > len(full) and head.endswith(full) and (
        2 * len(full) >= len(head) or len((title or "").split()) >= MIN_SENTENCE_WORDS)


def agrees(headline: str | None, title: str | None) -> bool:
    """Whether ``headline`` (an ``<h1>``) is ``title`` or one whole segment-run of it."""
    head, full = title_key(headline), title_key(title)
    if not head or not full:
        return False
    if head == full:
        return True
    if len(head) < 12 and len(head) * 3 < len(full):
        return False
    return full.startswith(head) or full.endswith(head) or (head in full and len(head) * 2 > len(full))
