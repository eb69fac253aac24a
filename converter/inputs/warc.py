"""Pages inside WARC files: every HTML response record, with its URL, charset, capture time and place.

warcio is imported lazily: single-page conversion never pays for it.
"""

from __future__ import annotations

import gzip
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..record import RecordWarning, WarcRef
from .objects import charset_of

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response of a WARC file. ``missing`` counts the bytes the record declares but the file lacks
    (a crawl cut short): the page is converted from what is there, with a warning."""

    data: bytes
    url: str | None
    charset: str | None
    fetched_at: str | None
    ref: WarcRef
    missing: int = 0


@dataclass(frozen=True, slots=True)
class OversizedRecord:
    """An HTML response over the byte limit: reported, and the file is read on."""

    ref: WarcRef
    size_limit: int


@dataclass(frozen=True, slots=True)
class SkippedRecord:
    """A record that is not an HTML response (request, metadata, image, ...)."""

    ref: WarcRef
    reason: str


def is_warc(path: str | Path) -> bool:
    """Whether ``path`` names a WARC file (``.warc`` or ``.warc.gz``)."""
    return str(path).lower().endswith((".warc", ".warc.gz"))


def iter_warc(path: str | Path, *, max_bytes: int) -> Iterator[WarcPage | SkippedRecord | OversizedRecord]:
    """The records of the WARC file at ``path``, in file order: pages, what was skipped, what was too big.

    Only successful (2xx) HTML responses are pages; redirects and error pages are skipped with their status.
    A ``.warc.gz`` compressed as one gzip stream (not record by record, as WARC tools write it) is read too;
    offsets then count in the uncompressed stream.

    Raises :class:`InputError` naming the file and the offset when the file is no WARC or cannot be read on.
    """
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    position = _Position()
    try:
        with open(path, "rb") as stream:
            yield from _records(stream, name, max_bytes, position)
    except ArchiveLoadFailed as exc:
        if "non-chunked gzip" not in str(exc):
            raise InputError(f"{name}@{position.offset}: broken WARC record: {_first_line(exc)}") from exc
        # The whole file is one gzip stream: read it again decompressed, past the records already given.
        given, position = position.count, _Position()
        try:
            with gzip.open(path, "rb") as stream:
                yield from itertools.islice(_records(stream, name, max_bytes, position), given, None)
        except (ArchiveLoadFailed, ValueError, EOFError, OSError) as again:
            raise InputError(f"{name}@{position.offset}: broken WARC record: {_first_line(again)}") from again
    except OSError as exc:
        raise InputError(f"{name}@{position.offset}: cannot read: {exc.strerror or exc}") from exc
    except (ValueError, EOFError) as exc:
        raise InputError(f"{name}@{position.offset}: broken WARC record: {_first_line(exc)}") from exc


@dataclass(slots=True)
class _Position:
    """Where reading stands: the offset of the last record read, and how many items were given."""

    offset: int = 0
    count: int = 0


def _records(stream: io.BufferedIOBase, name: str, max_bytes: int,
             position: _Position) -> Iterator[WarcPage | SkippedRecord | OversizedRecord]:
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream)
    for record in records:
        if record.format != "warc":
            raise InputError(f"{name}@{position.offset}: not a WARC file (no 'WARC/1.x' record header)")
        content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
        status = record.http_headers.get_statuscode() if record.http_headers else None
        html = record.rec_type == "response" and (
            not content_type or content_type.lower().lstrip().startswith(_HTML_TYPES))
        # The payload must be read before asking for the offset: warcio's offset call reads to the end.
        data = record.content_stream().read(max_bytes + 1) if html else b""
        # What the record declares but the file does not hold (a crawl cut short) is left in warcio's reader.
        missing = getattr(record.raw_stream, "limit", 0) if html and len(data) <= max_bytes else 0
        position.offset = records.get_record_offset()
        ref = WarcRef(name, position.offset, record.rec_headers.get_header("WARC-Record-ID"))
        position.count += 1
        if record.rec_type != "response":
            yield SkippedRecord(ref, f"{record.rec_type} record")
        elif not html:
            yield SkippedRecord(ref, f"not HTML ({(content_type or '').split(';')[0].strip()})")
        elif status and not status.startswith("2"):
            yield SkippedRecord(ref, f"HTTP status {status}")
        elif len(data) > max_bytes:
            yield OversizedRecord(ref, max_bytes)
        else:
            yield WarcPage(
                data=data,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                charset=charset_of(content_type),
                fetched_at=record.rec_headers.get_header("WARC-Date"),
                ref=ref,
                missing=missing,
            )


def truncation_warning(label: str, missing: int, kept: int) -> RecordWarning:
    """The warning a page read from a WARC record cut short carries (``missing`` bytes lacking)."""
    return RecordWarning("truncated-record", f"{label}: the WARC record ends {missing} bytes early; "
                                             f"converted the {kept} bytes read")


def _first_line(exc: BaseException) -> str:
    """The first line of an error's message (warcio's run over a dozen lines)."""
    return next((line.strip() for line in str(exc).splitlines() if line.strip()), type(exc).__name__)
