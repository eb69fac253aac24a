"""Bytes to text: gzip, byte-order marks, declared charsets and detection for undeclared ones.

Order of trust: BOM > charset given by the caller (HTTP ``Content-Type``) > ``<meta>`` / XML declaration
prescan > strict UTF-8 > cp1252 (the web's de-facto default for undeclared 8-bit pages).
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from ..errors import InputError, LimitError
from ..record import RecordWarning

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I,
)
# WHATWG Encoding Standard: these labels mean windows-1252 in a browser.
# (Python's codec names for every label: "latin1", "l1", "iso_8859-1:1987" all name iso8859-1.)
_AS_CP1252 = {"ascii", "iso8859-1", "cp1252"}
_PRESCAN_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and what was repaired on the way."""

    text: str
    encoding: str
    warnings: tuple[RecordWarning, ...] = ()


def gunzip(data: bytes, *, name: str, max_bytes: int) -> tuple[bytes, tuple[RecordWarning, ...]]:
    """``data`` decompressed; a truncated stream gives what could be read and a warning."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    chunks: list[bytes] = []
    size = 0
    pending = data
    try:
        # Inflate in bounded steps: a gzip bomb stops at the limit instead of filling memory.
        while pending and not inflater.eof:
            chunk = inflater.decompress(pending, max_bytes + 1 - size)
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise LimitError(f"{name}: gzip content is over the {max_bytes}-byte input limit")
            pending = inflater.unconsumed_tail
            if not chunk and pending:
                break
    except zlib.error as exc:
        raise InputError(f"{name}: not a valid gzip stream: {exc}") from exc
    out = b"".join(chunks)
    complete = inflater.eof
    if not complete and not out:
        raise InputError(f"{name}: not a valid gzip stream: no data before the stream ends")
    if not complete:
        cut = RecordWarning("truncated-gzip", f"{name}: gzip stream ends early; kept the {len(out)} bytes read")
        return out, (cut,)
    return out, ()


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _declared_in_markup(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    if not match:
        return None
    return _codec(match.group(1) or match.group(2))


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:512]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    if odd_nuls > half * 0.6 and even_nuls < half * 0.1:
        return "utf-16-le"
    if even_nuls > half * 0.6 and odd_nuls < half * 0.1:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, name: str, declared: str | None = None) -> Decoded:
    """``data`` decoded to text.

    ``declared`` is a charset given outside the bytes (an HTTP header). A ``<meta>`` declaration that the
    bytes contradict (it says latin-1, the bytes are valid multi-byte UTF-8) loses to UTF-8, with a warning,
    because scrapers often re-encode pages without fixing the declaration.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(encoding, "replace"), encoding)
    warnings: list[RecordWarning] = []
    candidates: list[tuple[str, str]] = []
    given = _codec(declared)
    if declared and not given:
        warnings.append(RecordWarning("unknown-charset", f"{name}: unknown charset {declared!r} ignored"))
    if given:
        candidates.append((given, "given"))
    in_markup = _declared_in_markup(data)
    if in_markup:
        candidates.append((in_markup, "meta"))
    utf16 = _utf16_without_bom(data)
    if utf16:
        candidates.insert(0, (utf16, "detected"))
    for encoding, how in candidates:
        if how == "meta" and encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            continue  # an ASCII-readable prescan cannot be UTF-16: the declaration lies
        if how == "meta" and encoding != "utf-8" and not data.isascii():
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                warnings.append(
                    RecordWarning("charset-mismatch",
                                  f"{name}: declared {encoding} but the bytes are UTF-8; read as UTF-8")
                )
                return Decoded(text, "utf-8", tuple(warnings))
        try:
            return Decoded(data.decode(encoding), encoding, tuple(warnings))
        except UnicodeDecodeError:
            warnings.append(RecordWarning("charset-mismatch", f"{name}: bytes are not valid {encoding} ({how})"))
        except LookupError:
            continue
    try:
        return Decoded(data.decode("utf-8"), "utf-8", tuple(warnings))
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", tuple(warnings))
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return Decoded(data.decode("latin-1"), "latin-1", tuple(warnings))
