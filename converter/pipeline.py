"""One input to one record: read, decode, parse once, extract, assemble."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from . import __version__
from .errors import InputError, RecordError
from .limits import MAX_INPUT_BYTES
from .extract.citations import extract_citations
from .extract.content import extract_content
from .extract.images import extract_images
from .extract.metadata import Metadata, extract_metadata
from .extract.page import Page
from .extract.text_document import extract_text_document
from .inputs.decode import decode_bytes, gunzip
from .inputs.html import parse_html
from .inputs.objects import RawInput, coerce_input
from .record import Citation, ConverterInfo, Image, Record, Source, WarcRef, Warning

_GZIP_MAGIC = b"\x1f\x8b"
# Markup that makes a document HTML rather than plain text when it shows up near the start.
_HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a\s|br|table|h[1-6])\b", re.I
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
            try:
                return urljoin(url, href) if url else href
            except ValueError:
                return url
    return url


def _from_html(page: Page) -> tuple[Metadata, str, tuple[Image, ...], tuple[Citation, ...]]:
    metadata = extract_metadata(page)
    content = extract_content(page, metadata)
    images = extract_images(page, content, metadata)
    citations = extract_citations(page, content)
    return metadata, "\n\n".join(content.paragraphs), images, citations


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
) -> Record:
    """Convert one page into a :class:`Record`.

    ``data`` is bytes (HTML, gzip'd HTML or plain text, in any encoding), ``str``, a BeautifulSoup object,
    an lxml element or tree, or a Scrapy/requests/httpx response. ``url`` is the page's URL (relative links
    resolve against it); ``fetched_at`` its capture time (RFC 3339), recorded in ``source``; ``encoding`` a
    charset declared outside the bytes (HTTP ``Content-Type``); ``name`` how messages name the input; ``path``
    and ``warc`` where it came from, recorded in ``source``.
    With ``validate=True`` the record is checked against the schema.

    Raises :class:`InputError` when the input cannot be read, :class:`RecordError` when ``validate`` finds
    the record invalid; both are :class:`ConverterError`.
    """
    raw = coerce_input(data, url=url, charset=encoding)
    label = name or path or raw.url or "<input>"
    warnings: list[Warning] = []
    encoding: str | None = None
    sha256: str
    if raw.tree is not None:
        from lxml import etree

        sha256 = hashlib.sha256(etree.tostring(raw.tree, encoding="utf-8")).hexdigest()
        text = None
        media_type = "text/html"
    else:
        if raw.data is not None:
            blob = raw.data
            sha256 = hashlib.sha256(blob).hexdigest()
            if len(blob) > MAX_INPUT_BYTES:
                raise InputError(f"{label}: input is over the {MAX_INPUT_BYTES}-byte limit ({len(blob)} bytes)")
            if blob.startswith(_GZIP_MAGIC):
                blob, cut = gunzip(blob, name=label, max_bytes=MAX_INPUT_BYTES)
                warnings.extend(cut)
            decoded = decode_bytes(blob, name=label, declared=raw.charset)
            text, encoding = decoded.text, decoded.encoding
            warnings.extend(decoded.warnings)
        else:
            assert raw.text is not None
            text = raw.text
            sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        media_type = _media_type(text, label)

    if media_type == "text/plain":
        assert text is not None
        document = extract_text_document(text)
        metadata = document.metadata
        body, images, citations = "\n\n".join(document.paragraphs), document.images, document.citations
    else:
        root = raw.tree if raw.tree is not None else parse_html(text or "", name=label)
        page = Page(root=root, url=raw.url, base_url=_base_url(root, raw.url))
        metadata, body, images, citations = _from_html(page)

    record = Record(
        url=metadata.url or raw.url,
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
        source=Source(
            path=path,
            url=raw.url,
            sha256=sha256,
            media_type=media_type,
            encoding=encoding,
            fetched_at=fetched_at,
            warc=warc,
        ),
        converter=ConverterInfo("converter", __version__),
        warnings=tuple(warnings),
    )
    if validate:
        from .schema import validate as validate_record

        problems = validate_record(record)
        if problems:
            first = problems[0]
            raise RecordError(f"{label}: record is invalid at {first.pointer}: {first.message}", problems)
    return record


def convert_file(
    path: str | Path, *, url: str | None = None, fetched_at: str | None = None, validate: bool = False
) -> Record:
    """Convert the file at ``path`` (HTML, ``.html.gz`` or plain text) into a :class:`Record`.

    Raises :class:`InputError` naming the path when it cannot be read.
    """
    location = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{location}: cannot read: {exc.strerror or exc}") from exc
    return convert(data, url=url, fetched_at=fetched_at, validate=validate, name=location, path=location)
