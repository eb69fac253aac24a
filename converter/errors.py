"""The one exception hierarchy of converter.

Every error a caller can see is a :class:`ConverterError`; its message names the input
(a path, a URL, the ``name`` given to :func:`converter.convert`, else ``<input>``) and, where it helps, the
place in it (a WARC file's offset: ``crawl.warc.gz@1234``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .schema import Problem


class ConverterError(Exception):
    """Base class of every error raised by converter."""


class InputError(ConverterError):
    """The input cannot be read: missing file, bad gzip, undecodable or unsupported bytes."""


class LimitError(InputError):
    """The input is over a configured limit (size, nesting, nodes)."""


class RecordError(ConverterError):
    """A record does not match the schema (raised when validation is asked for); ``problems`` lists every
    place where it does not."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems: list[Problem] = list(problems)
