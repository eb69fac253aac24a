"""Licences named in text or given as URLs, normalised to a canonical name and URL.

The whole Creative Commons family (every element combination, versions 1.0 to 4.0, the 1.0-3.0 ports
such as "CC BY-NC-ND 3.0 DE"), CC0, the Public Domain Mark, "public domain", "All rights reserved" and
a few licences image credits use (GNU FDL). Canonical names follow CC's own short form: "CC BY-SA 4.0",
"CC BY-NC-ND 3.0 DE", "CC0 1.0", "Public Domain Mark 1.0".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary.licenses import (
    ALL_RIGHTS_RESERVED,
    CC_HOST,
    ELEMENT_WORDS,
    OTHER_LICENSES,
    OTHER_WORKS,
    PORT_NAMES,
    PORTS,
    PUBLIC_DOMAIN,
    SITE_WORKS,
    TEXT_WORKS,
    UNPORTED_WORDS,
)


@dataclass(frozen=True, slots=True)
class LicenseMatch:
    """A licence found in a text: its canonical ``name`` and ``url`` (None when it has none), and where
    it was written (``start``, ``end``: the span of ``text`` that names it)."""

    name: str
    url: str | None
    start: int
    end: int


def _words(key: str) -> str:
    return "|".join(ELEMENT_WORDS[key])


_SEP = r"[\s\-–—_:,/]*"
# Short form: "CC BY-NC-SA", "cc-by", "Creative Commons BY-SA", "CC0", "CC Zero".
_SHORT = r"(?P<short>by(?:[\s\-_]*(?:nc|nd|sa)\b)*)\b|(?P<zero>0\b|zero\b)"
# Long form: "Attribution-NonCommercial-ShareAlike", "Namensnennung - Nicht kommerziell".
_LONG = rf"(?P<long>(?:{_words('by')})(?:{_SEP}(?:{_words('nc')}|{_words('nd')}|{_words('sa')}))*)"
_VERSION = r"(?:[\s\-_]*(?:v(?:ersion)?\.?\s*)?(?P<version>[1-4](?:[.,]\d)?)(?![\d.,]*\d))?"
_PORT_NAMES = "|".join(re.escape(name) for name in sorted(PORT_NAMES, key=len, reverse=True))
_PORT = (
    rf"(?:[\s\-_/(]*(?:(?P<port>(?-i:[A-Z]{{2}})|IGO|(?-i:[a-z]{{2}})(?=/|\s*\)|$))\b"
    rf"|(?P<portname>{_PORT_NAMES})\b|(?:{'|'.join(re.escape(w) for w in UNPORTED_WORDS)})))?"
)
_CC_TEXT = re.compile(
    rf"\b(?:creative[\s\-]*commons|cc)(?:[\s\-_:]*(?:licen[cs]e|lizenz|licence)\b)?[\s\-_:]*"
    rf"(?:{_SHORT}|{_LONG}){_VERSION}{_PORT}",
    re.I,
)
# The long form without "Creative Commons" before it, which deeds print: "Attribution 4.0 International".
_BARE_LONG = re.compile(rf"\b{_LONG}[\s\-_]*(?P<version>[1-4][.,]\d){_PORT}", re.I)
_PDM = re.compile(r"\b(?:(?:creative\s+commons|cc)\s+)?(?:public\s+domain\s+mark|pdm)(?:\s*1\.0)?\b", re.I)
# CC0 and the Public Domain Mark only exist in version 1.0.
_CC0 = ("CC0 1.0", f"{CC_HOST}/publicdomain/zero/1.0/")
_MARK = ("Public Domain Mark 1.0", f"{CC_HOST}/publicdomain/mark/1.0/")
_ALL_RIGHTS = re.compile(rf"\b(?:{'|'.join(ALL_RIGHTS_RESERVED)})\b", re.I)
_PUBLIC_DOMAIN = re.compile(rf"\b(?:{'|'.join(PUBLIC_DOMAIN)})\b", re.I)
_OTHER_WORKS = re.compile(rf"\b(?:{'|'.join(OTHER_WORKS)})\b", re.I)
_SITE_WORKS = re.compile(rf"\b(?:{'|'.join(SITE_WORKS)})\b", re.I)
_TEXT_WORKS = re.compile(rf"\b(?:{'|'.join(TEXT_WORKS)})\b", re.I)
_OTHERS = tuple((re.compile(pattern, re.I), name, url) for pattern, name, url in OTHER_LICENSES)

_CC_URL = re.compile(
    r"creativecommons\.org/(?P<kind>licenses|publicdomain)/(?P<code>[a-z\-+]+)"
    r"(?:/(?P<version>\d\.\d))?(?:/(?P<port>[a-z]{2,8})(?=/|$|\?|#))?",
    re.I,
)
_ELEMENT_PATTERNS = {key: re.compile(_words(key), re.I) for key in ("nc", "nd", "sa")}
_ELEMENT_ORDER = ("by", "nc", "nd", "sa")


def _cc(elements: set[str], version: str | None, port: str | None) -> tuple[str, str]:
    """Canonical name and URL of the CC licence with ``elements`` (e.g. {"by", "sa"})."""
    code = "-".join(e for e in _ELEMENT_ORDER if e in elements)
    if version and len(version) == 1:
        version += ".0"
    path_code = "by-nd-nc" if code == "by-nc-nd" and version == "1.0" else code
    port = port if port and version and version != "4.0" else None
    name = " ".join(filter(None, ("CC", code.upper(), version, port.upper() if port else None)))
    url = f"{CC_HOST}/licenses/{path_code}/" + (f"{version}/" if version else "") + (f"{port}/" if port else "")
    return name, url


def _port_of(match: re.Match[str]) -> str | None:
    if match.group("portname"):
        return PORT_NAMES[match.group("portname").lower()]
    port = (match.group("port") or "").lower()
    return port if port in PORTS else None


def _from_cc_text(match: re.Match[str]) -> tuple[str, str]:
    groups = match.groupdict()
    version = (groups.get("version") or "").replace(",", ".") or None
    if groups.get("zero"):
        return _CC0
    if groups.get("short"):
        elements = {"by"} | set(re.findall(r"nc|nd|sa", groups["short"][2:].lower()))
    else:
        long_form = groups["long"]
        elements = {"by"} | {key for key, pattern in _ELEMENT_PATTERNS.items() if pattern.search(long_form)}
    return _cc(elements, version, _port_of(match))


def find_license(text: str) -> LicenseMatch | None:
    """The first licence named in ``text`` (CC names in short or long form, CC URLs, CC0, the Public
    Domain Mark, GNU FDL, "public domain", "All rights reserved"), or None."""
    if not text:
        return None
    found: list[LicenseMatch] = []
    url_match = _CC_URL.search(text)
    if url_match:
        parsed = _from_cc_url(url_match)
        if parsed:
            found.append(LicenseMatch(*parsed, url_match.start(), url_match.end()))
    for pattern in (_PDM, _CC_TEXT, _BARE_LONG):
        match = pattern.search(text)
        if match:
            name, url = _MARK if pattern is _PDM else _from_cc_text(match)
            found.append(LicenseMatch(name, url, match.start(), match.end()))
    for other, other_name, other_url in _OTHERS:
        match = other.search(text)
        if match:
            found.append(LicenseMatch(other_name, other_url, match.start(), match.end()))
    if not found:
        for pattern, name in ((_ALL_RIGHTS, "All rights reserved"), (_PUBLIC_DOMAIN, "Public domain")):
            match = pattern.search(text)
            if match:
                found.append(LicenseMatch(name, None, match.start(), match.end()))
    return min(found, key=lambda m: (m.start, -m.end)) if found else None


def _from_cc_url(match: re.Match[str]) -> tuple[str, str] | None:
    code = match.group("code").lower()
    version = match.group("version")
    if match.group("kind").lower() == "publicdomain":
        if code == "zero":
            return _CC0
        if code == "mark":
            return _MARK
        return None
    elements = set(code.replace("+", "-").split("-"))
    if "by" not in elements or not elements <= set(_ELEMENT_ORDER):
        return None
    port = (match.group("port") or "").lower()
    return _cc(elements, version, port if port in PORTS else None)


def normalize_license(text_or_url: str | None) -> tuple[str, str | None] | None:
    """The canonical ``(name, url)`` of the licence that ``text_or_url`` names or links to, or None.

    ``url`` is None for licences without one ("All rights reserved", "Public domain").
    >>> normalize_license("https://creativecommons.org/licenses/by-nc/3.0/de/deed.de")
    ('CC BY-NC 3.0 DE', 'https://creativecommons.org/licenses/by-nc/3.0/de/')
    """
    match = find_license(text_or_url or "")
    return (match.name, match.url) if match else None


def licenses_other_work(notice: str, link_text: str = "") -> bool:
    """Whether the licence ``notice`` (the text around a licence link whose own text is ``link_text``)
    licenses something other than the page's text: the photos alone, a podcast's recordings, the users'
    contributions or a script. A notice that also names the text ("Texte und Fotos"), or names the site
    before the other work ("This blog and podcast are"), licenses the text."""
    other = _OTHER_WORKS.search(notice)
    if other is None or _TEXT_WORKS.search(notice.replace(link_text, "")):
        return False
    clause = max(notice.rfind(separator, 0, other.start()) for separator in ".;|•") + 1
    return _SITE_WORKS.search(notice, clause, other.start()) is None
