"""The one exception hierarchy of converter.

Every error a caller can see is a :class:`ConverterError`; its message names the input
(a path, a URL or ``<bytes>``) and, where it helps, the place in it.
"""

from __future__ import annotations

from collections.abc import Sequence


class ConverterError(Exception):
    """Base class of every error raised by converter."""


class InputError(ConverterError):
    """The input cannot be read: missing file, bad gzip, undecodable or unsupported bytes."""


class LimitError(InputError):
    """The input is over a configured limit (size, nesting, nodes)."""


class RecordError(ConverterError):
    """A record does not match the schema (raised when validation is asked for)."""

    def __init__(self, message: str, problems: Sequence[object] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)
