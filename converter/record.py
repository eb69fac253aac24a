"""The record's types, in the order and shape of ``schemas/record.schema.json``.

The dataclasses mirror the schema one to one (``tests/test_schema.py`` checks it): field order is the
schema's property order, so :meth:`Record.to_json` is deterministic byte for byte.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, Literal

SCHEMA_VERSION = "1.0.0"


def _plain(value: Any) -> Any:
    if isinstance(value, _Part):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


class _Part:
    """Mixin: a dataclass rendered as a dict in field (= schema) order."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Author(_Part):
    """An author of the article: a person or an organisation."""

    name: str
    type: Literal["person", "organization"] = "person"
    role: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Credit(_Part):
    """An image credit as displayed (``text``) and parsed after TASL (title, author, source, licence)."""

    text: str
    title: str | None = None
    author: str | None = None
    source: str | None = None
    source_url: str | None = None
    license: str | None = None
    license_url: str | None = None


@dataclass(frozen=True, slots=True)
class Image(_Part):
    """One image of the article."""

    src: str | None
    alt: str | None = None
    caption: str | None = None
    credit: Credit | None = None


@dataclass(frozen=True, slots=True)
class Citation(_Part):
    """A link in the article body (``kind="link"``) or a named source it relies on (``"attribution"``)."""

    kind: Literal["link", "attribution"]
    text: str
    url: str | None = None
    source: str | None = None
    context: str | None = None
    rel: tuple[str, ...] = ()
    internal: bool | None = None


@dataclass(frozen=True, slots=True)
class License(_Part):
    """The page's own licence."""

    name: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class WarcRef(_Part):
    """Where in a WARC file the page came from."""

    file: str
    offset: int
    record_id: str | None = None


@dataclass(frozen=True, slots=True)
class Source(_Part):
    """Provenance of the input."""

    path: str | None = None
    url: str | None = None
    sha256: str | None = None
    media_type: str | None = None
    encoding: str | None = None
    fetched_at: str | None = None
    warc: WarcRef | None = None


@dataclass(frozen=True, slots=True)
class ConverterInfo(_Part):
    """The converter that made the record."""

    name: str
    version: str


@dataclass(frozen=True, slots=True)
class RecordWarning(_Part):
    """Something cut, repaired or guessed while converting."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Record(_Part):
    """One converted page. Every key of the schema is always present (None or empty when unknown)."""

    url: str | None = None
    title: str | None = None
    byline: str | None = None
    authors: tuple[Author, ...] = ()
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    text: str = ""
    images: tuple[Image, ...] = ()
    citations: tuple[Citation, ...] = ()
    license: License | None = None
    source: Source = field(default_factory=Source)
    converter: ConverterInfo = field(default_factory=lambda: ConverterInfo("converter", "0"))
    warnings: tuple[RecordWarning, ...] = ()
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON data, keys in schema order (``schema_version`` first)."""
        data = _Part.to_dict(self)
        return {"schema_version": data.pop("schema_version"), **data}

    def to_json(self, *, pretty: bool = False) -> str:
        """The record as JSON text: deterministic, UTF-8 safe, no raw control characters."""
        if pretty:
            return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))
