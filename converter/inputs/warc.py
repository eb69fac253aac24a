"""Pages inside WARC files: every HTML response record, with its URL, charset, capture time and place.

warcio is imported lazily: single-page conversion never pays for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..record import WarcRef
from .objects import charset_of

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response of a WARC file."""

    data: bytes
    url: str | None
    charset: str | None
    fetched_at: str | None
    ref: WarcRef


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

    Raises :class:`InputError` naming the file and the offset when the file cannot be read on.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = str(path)
    offset = 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                content_type = record.http_headers.get_header("Content-Type") if record.http_headers else None
                html = record.rec_type == "response" and (
                    not content_type or content_type.lower().lstrip().startswith(_HTML_TYPES))
                # The payload must be read before asking for the offset: warcio's offset call reads to the end.
                data = record.content_stream().read(max_bytes + 1) if html else b""
                offset = records.get_record_offset()
                ref = WarcRef(name, offset, record.rec_headers.get_header("WARC-Record-ID"))
                if record.rec_type != "response":
                    yield SkippedRecord(ref, f"{record.rec_type} record")
                elif not html:
                    yield SkippedRecord(ref, f"not HTML ({(content_type or '').split(';')[0].strip()})")
                elif len(data) > max_bytes:
                    yield OversizedRecord(ref, max_bytes)
                else:
                    yield WarcPage(
                        data=data,
                        url=record.rec_headers.get_header("WARC-Target-URI"),
                        charset=charset_of(content_type),
                        fetched_at=record.rec_headers.get_header("WARC-Date"),
                        ref=ref,
                    )
    except OSError as exc:
        raise InputError(f"{name}@{offset}: cannot read: {exc.strerror or exc}") from exc
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        raise InputError(f"{name}@{offset}: broken WARC record: {exc}") from exc
