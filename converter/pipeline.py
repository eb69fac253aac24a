"""One input to one record: read, decode, parse once, extract, assemble."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from . import __version__
from .errors import InputError, LimitError, RecordError
from .extract.citations import extract_citations
from .extract.content import extract_content
from .extract.images import extract_images
from .extract.metadata import Metadata, extract_metadata
from .extract.page import Page
from .extract.urls import absolute_url, escape_url
from .inputs.decode import decode_bytes, gunzip
from .inputs.html import parse_html
from .inputs.objects import RawInput, coerce_input
from .inputs.warc import OversizedRecord, WarcPage, is_warc, iter_warc, truncation_warning
from .limits import DEFAULT_LIMITS, Limits
from .record import Citation, ConverterInfo, Image, Record, RecordWarning, Source, WarcRef

_GZIP_MAGIC = b"\x1f\x8b"
# Markup that makes a document HTML rather than plain text when it shows up near the start.
_HTML_SIGNS = re.compile(
    r"^\s*<(?:!|\?xml|[a-z])|<(?:html|head|body|meta|title|div|p|article|section|span|a\s|br|table|h[1-6]|script)\b",
    re.I,
)
_COUNT_ELEMENTS = etree.XPath("count(//*)")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Control characters never belong to a field (tab, newline, carriage return and form feed stay).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# The same characters in UTF-8, for a quick "none here" on the whole page: bytes.translate and a search
# for a literal lead byte run at memory speed, a character class over the text at a fraction of it.
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
# Files that are often renamed .html by mistake; refused before decoding.
_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media"), (b"\x00\x00\x01\x00", "icon"),
)
_XHTML_SIGNS = re.compile(r"^\s*<\?xml|xmlns\s*=\s*[\"']http://www\.w3\.org/1999/xhtml", re.I)


def _media_type(text: str, name: str) -> str:
    lower = name.lower()
    if lower.endswith((".txt", ".txt.gz", ".text")):
        return "text/plain"
    head = text[:2048]
    if _HTML_SIGNS.search(head) or (lower.endswith((".html", ".htm", ".xhtml", ".html.gz")) and "<" in head):
        return "application/xhtml+xml" if _XHTML_SIGNS.search(head) else "text/html"
    return "text/plain"


def _base_url(page_root: Any, url: str | None) -> str | None:
    for base in page_root.iterfind(".//base[@href]"):
        href = (base.get("href") or "").strip()
        if href and not href.startswith(("javascript:", "data:")):
            return absolute_url(href, url) or url
    return url


class _Deadline:
    """The time budget of one page, checked between extraction steps."""

    def __init__(self, seconds: float, label: str) -> None:
        self.end = time.monotonic() + seconds
        self.seconds = seconds
        self.label = label

    def check(self, step: str) -> None:
        if time.monotonic() > self.end:
            raise LimitError(f"{self.label}: over the {self.seconds:g}-second limit per page (at {step})")


def _from_html(page: Page, deadline: _Deadline) -> tuple[Metadata, str, tuple[Image, ...], tuple[Citation, ...]]:
    try:
        return _extract_html(page, deadline)
    except RecursionError as exc:
        raise LimitError(f"{deadline.label}: markup nested too deeply to process") from exc


def _extract_html(page: Page, deadline: _Deadline) -> tuple[Metadata, str, tuple[Image, ...], tuple[Citation, ...]]:
    metadata = extract_metadata(page)
    deadline.check("metadata")
    content = extract_content(page, metadata)
    deadline.check("content")
    images = extract_images(page, content, metadata)
    deadline.check("images")
    citations = extract_citations(page, content, images=images)
    deadline.check("citations")
    return metadata, "\n\n".join(content.paragraphs), images, citations


def _refuse_binary(blob: bytes, label: str) -> None:
    for magic, kind in _BINARY_MAGIC:
        if blob.startswith(magic):
            raise InputError(f"{label}: binary data ({kind}), not a page or a text")


def _sanitize(text: str, label: str, warnings: list[RecordWarning]) -> str:
    head = text[:2048]
    controls = len(_CONTROL.findall(head))
    if controls > 16 and controls > len(head) * 0.1:
        raise InputError(f"{label}: binary data (control characters), not a page or a text")
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded.translate(None, _C0_BYTES)) == len(encoded) and not _C1_UTF8.search(encoded):
        return text
    cleaned, removed = _CONTROL.subn("", text)
    if removed:
        warnings.append(RecordWarning("control-characters", f"{label}: removed {removed} control characters"))
    return cleaned


def _read(raw: RawInput, label: str, limits: Limits, warnings: list[RecordWarning]) -> tuple[str, str | None, str]:
    """(text, encoding, sha256) of bytes or str input; gunzipped, decoded, cleaned of control characters."""
    if raw.data is None:
        assert raw.text is not None
        encoded = raw.text.encode("utf-8", "surrogatepass")
        if len(encoded) > limits.max_bytes:
            raise LimitError(f"{label}: input is over the {limits.max_bytes}-byte limit ({len(encoded)} bytes)")
        # Lone surrogates (from a bad decode upstream) would cut lxml's text short: make them U+FFFD.
        text = encoded.decode("utf-8", "replace") if _SURROGATE.search(raw.text) else raw.text
        return _sanitize(text, label, warnings), None, hashlib.sha256(encoded).hexdigest()
    blob = raw.data
    sha256 = hashlib.sha256(blob).hexdigest()
    if len(blob) > limits.max_bytes:
        raise LimitError(f"{label}: input is over the {limits.max_bytes}-byte limit ({len(blob)} bytes)")
    if blob.startswith(_GZIP_MAGIC):
        blob, cut = gunzip(blob, name=label, max_bytes=limits.max_bytes)
        warnings.extend(cut)
    _refuse_binary(blob, label)
    decoded = decode_bytes(blob, name=label, declared=raw.charset)
    warnings.extend(decoded.warnings)
    return _sanitize(decoded.text, label, warnings), decoded.encoding, sha256


def _check_nodes(root: HtmlElement, label: str, limits: Limits) -> HtmlElement:
    nodes = int(_COUNT_ELEMENTS(root))
    if nodes > limits.max_nodes:
        raise LimitError(f"{label}: {nodes} elements, over the {limits.max_nodes}-element limit")
    return root


def _parse(text: str, label: str, limits: Limits, warnings: list[RecordWarning]) -> HtmlElement:
    root, cut = parse_html(text, name=label)
    warnings.extend(cut)
    return _check_nodes(root, label, limits)


def _assemble(metadata: Metadata, body: str, images: tuple[Image, ...], citations: tuple[Citation, ...],
              source: Source, warnings: list[RecordWarning]) -> Record:
    return Record(
        url=metadata.url or source.url,
        title=metadata.title,
        byline=metadata.byline,
        authors=metadata.authors,
        published=metadata.published,
        modified=metadata.modified,
        site_name=metadata.site_name,
        language=metadata.language,
        description=metadata.description,
        text=body,
        images=images,
        citations=citations,
        license=metadata.license,
        source=source,
        converter=ConverterInfo("converter", __version__),
        warnings=tuple(warnings),
    )


def convert(
    data: Any,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
    validate: bool = False,
    name: str | None = None,
    path: str | None = None,
    encoding: str | None = None,
    warc: WarcRef | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Record:
    """Convert one page into a :class:`Record`.

    ``data`` is bytes (HTML, gzip'd HTML or plain text, in any encoding), ``str``, a BeautifulSoup object,
    an lxml element or tree, or a Scrapy/requests/httpx response. ``url`` is the page's URL (relative links
    resolve against it); ``fetched_at`` its capture time (RFC 3339), recorded in ``source``; ``encoding`` a
    charset declared outside the bytes (HTTP ``Content-Type``); ``name`` how messages name the input; ``path``
    and ``warc`` where it came from, recorded in ``source``; ``limits`` what one input may cost.
    With ``validate=True`` the record is checked against the schema.

    Raises :class:`InputError` when the input cannot be read (:class:`LimitError` when it is over a limit),
    :class:`RecordError` when ``validate`` finds the record invalid; all are :class:`ConverterError`.
    """
    url = url.strip() if url else None
    raw = coerce_input(data, url=escape_url(url) if url else None, charset=encoding)
    label = name or path or raw.url or "<input>"
    deadline = _Deadline(limits.max_seconds, label)
    warnings: list[RecordWarning] = []
    encoding_used: str | None = None
    if raw.tree is not None:
        sha256 = hashlib.sha256(etree.tostring(raw.tree, encoding="utf-8")).hexdigest()
        root: HtmlElement | None = _check_nodes(raw.tree, label, limits)
        media_type = "text/html"
    else:
        text, encoding_used, sha256 = _read(raw, label, limits, warnings)
        media_type = _media_type(text, label)
        root = None if media_type == "text/plain" else _parse(text, label, limits, warnings)

    if root is None:
        # Imported here: plain-text pages are rare, and its tables cost a one-page run 7 ms at start-up.
        from .extract.text_document import extract_text_document

        document = extract_text_document(text)
        metadata = document.metadata
        body, images, citations = "\n\n".join(document.paragraphs), document.images, document.citations
    else:
        deadline.check("parsing")
        metadata, body, images, citations = _from_html(Page(root, raw.url, _base_url(root, raw.url)), deadline)
    if not body:
        # An empty file, a script-rendered shell, an error page: say so rather than pass a blank record.
        empty = root is None and not text.strip()
        warnings.append(RecordWarning("empty-input" if empty else "no-text",
                                      f"{label}: the input is empty" if empty else f"{label}: no article text found"))
    source = Source(path=path, url=raw.url, sha256=sha256, media_type=media_type, encoding=encoding_used,
                    fetched_at=fetched_at, warc=warc)
    record = _assemble(metadata, body, images, citations, source, warnings)
    if validate:
        _validate(record, label)
    return record


def _validate(record: Record, label: str) -> None:
    from .schema import validate as validate_record

    problems = validate_record(record)
    if problems:
        first = problems[0]
        raise RecordError(f"{label}: record is invalid at {first.pointer}: {first.message}", problems)


def convert_file(
    path: str | Path,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
    validate: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> Record:
    """Convert the file at ``path`` (HTML, ``.html.gz`` or plain text) into a :class:`Record`.

    Raises :class:`InputError` naming the path when it cannot be read or is a WARC file (which holds many
    pages: see :func:`convert_warc`), :class:`LimitError` when it is over ``limits``, :class:`RecordError` when
    ``validate`` finds the record invalid.
    """
    location = str(path)
    if is_warc(location):
        raise InputError(f"{location}: a WARC file holds many pages; read it with converter.convert_warc()")
    try:
        size = Path(path).stat().st_size
        if size > limits.max_bytes:
            raise LimitError(f"{location}: input is over the {limits.max_bytes}-byte limit ({size} bytes)")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{location}: cannot read: {exc.strerror or exc}") from exc
    return convert(data, url=url, fetched_at=fetched_at, validate=validate, name=location, path=location,
                   limits=limits)


def convert_warc(path: str | Path, *, validate: bool = False, limits: Limits = DEFAULT_LIMITS) -> Iterator[Record]:
    """The record of each successful (2xx) HTML response in the WARC file at ``path`` (``.warc`` or
    ``.warc.gz``), in file order, with the record's URL, capture time and place in ``source``. Requests,
    metadata, other media types, redirects and error pages are passed over; a response the file cuts short
    is converted from the bytes there, with a ``truncated-record`` warning.

    Raises :class:`InputError` naming the file and offset when the file cannot be read or is no WARC,
    :class:`LimitError` when a response is over ``limits``, :class:`RecordError` when ``validate`` finds a
    record invalid; reading stops there. (``converter convert FILE --errors errors.jsonl`` logs such pages and
    reads on.)
    """
    for item in iter_warc(path, max_bytes=limits.max_bytes):
        if isinstance(item, OversizedRecord):
            raise LimitError(f"{item.ref.file}@{item.ref.offset}: record is over the {item.size_limit}-byte "
                             "input limit")
        if isinstance(item, WarcPage):
            label = f"{item.ref.file}@{item.ref.offset}"
            record = convert(item.data, url=item.url, fetched_at=item.fetched_at, encoding=item.charset,
                             validate=validate, name=label, path=item.ref.file, warc=item.ref, limits=limits)
            if item.missing:
                cut = truncation_warning(label, item.missing, len(item.data))
                record = dataclasses.replace(record, warnings=(*record.warnings, cut))
            yield record
