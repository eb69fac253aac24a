"""Language tags: declared ones normalised to BCP 47, and a cheap stop-word guess when none is declared."""

from __future__ import annotations

import re

from .vocabulary.language import STOPWORDS

_TAG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))*$")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_GUESS_WORDS = 30
SAMPLE_CHARACTERS = 5000


def normalize_language(value: str | None) -> str | None:
    """``value`` as a BCP 47 tag ("en_US" -> "en-US", "DE" -> "de", "zh-hans" -> "zh-Hans"), or None when it
    is no language tag ("x-default", "*", empty). The first of a comma-separated list is taken."""
    if not value:
        return None
    tag = value.split(",")[0].split(";")[0].strip().replace("_", "-")
    if not _TAG.match(tag):
        return None
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    if out[0] in ("x", "i", "und", "mul", "zxx"):
        return None
    return "-".join(out)


def guess_language(text: str | None) -> str | None:
    """The language whose stop words are most frequent in ``text`` (its first few thousand characters),
    when there are enough words and one language clearly leads; else None."""
    if not text:
        return None
    words = [word.lower() for word in _WORDS.findall(text[:SAMPLE_CHARACTERS])]
    if len(words) < MIN_GUESS_WORDS:
        return None
    scores = {language: sum(word in stopwords for word in words) for language, stopwords in STOPWORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_score * 10 < len(words) or best_score < runner_up * 1.5:
        return None
    return best
