"""URLs as the record needs them: absolute when a base is known, and always valid RFC 3986 references.

Pages write IRIs (non-ASCII paths and hosts), spaces, stray ``%`` and brackets; browsers escape them when
they follow a link, and so do we, so that every URL in a record passes the schema's ``uri`` checks.
"""

from __future__ import annotations

import contextlib
import functools
import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

# Attribute values that are data, not URLs: JSON objects or arrays, quoted strings (seen in lazy-loading
# attributes that carry a configuration instead of a source).
_NOT_A_URL = re.compile(r"^[\[{\"'<]")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
_PATH_SAFE = "/%:@!$&'()*+,;=~"
_QUERY_SAFE = _PATH_SAFE + "?"
_HOST_SAFE = "%!$&'()*+,;=~"
_IPV6 = re.compile(r"^\[[0-9A-Fa-f:.]+\](?::\d*)?$")


def _netloc(netloc: str) -> str:
    userinfo, at, hostport = netloc.rpartition("@")
    if hostport.startswith("[") and _IPV6.match(hostport):
        host, port = hostport.rsplit("]", 1)[0] + "]", hostport.rsplit("]", 1)[1].lstrip(":")
    else:
        host, _, port = hostport.partition(":")
        if not host.isascii():
            with contextlib.suppress(UnicodeError):  # left as is, then percent-escaped below
                host = host.encode("idna").decode("ascii")
        # The idna codec lets spaces and punctuation through: escape whatever a reg-name cannot hold.
        host = _STRAY_PERCENT.sub("%25", quote(host, safe=_HOST_SAFE))  # IDNA maps "％" to "%"
    if port and not (port.isascii() and port.isdigit()):  # "²".isdigit() is True
        host, port = host + quote(":" + port, safe=""), ""
    return quote(userinfo, safe=_HOST_SAFE + ":") + at + host + (":" + port if port else "")


def escape_url(url: str) -> str:
    """``url`` with what RFC 3986 does not allow percent-escaped (non-ASCII, spaces, stray ``%``, brackets)."""
    url = _STRAY_PERCENT.sub("%25", url.strip())
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracket that is no IPv6 literal, or a host that NFKC turns into delimiters
        parts = urlsplit(quote(url, safe=_QUERY_SAFE + "#"))
    scheme = parts.scheme if _SCHEME.match(parts.scheme or "") else ""
    path = quote(parts.path, safe=_PATH_SAFE)
    first, slash, rest = path.partition("/")
    if not scheme and not parts.netloc and ":" in first:
        path = first.replace(":", "%3A") + slash + rest  # a relative path's first segment cannot hold a colon
    return urlunsplit((scheme, _netloc(parts.netloc), path, quote(parts.query, safe=_QUERY_SAFE),
                       quote(parts.fragment, safe=_QUERY_SAFE)))


@functools.lru_cache(maxsize=4096)
def absolute_url(href: str | None, base: str | None) -> str | None:
    """``href`` resolved against ``base`` (as written when there is none) and escaped; None when it is empty
    or is data rather than a URL."""
    if href is None:
        return None
    href = href.strip()
    if not href or _NOT_A_URL.match(href):
        return None
    if base:
        with contextlib.suppress(ValueError):  # an unusable base: the reference stays as written
            href = urljoin(base, href)
    return escape_url(href)
