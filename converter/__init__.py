"""converter: scraped web pages to clean, schema-validated JSON records.

    >>> import converter
    >>> record = converter.convert(b"<html><head><title>Hi</title></head><body><p>Hello.</p></body></html>")
    >>> record.title, record.text
    ('Hi', 'Hello.')

Public API: :func:`convert`, :func:`convert_file`, :func:`convert_warc`, :func:`validate`, :data:`SCHEMA`,
the record types and
the :class:`ConverterError` hierarchy.
"""

__version__ = "0.1.0"

from .errors import ConverterError, InputError, LimitError, RecordError
from .limits import Limits
from .pipeline import convert, convert_file, convert_warc
from .record import (
    Author,
    Citation,
    ConverterInfo,
    Credit,
    Image,
    License,
    Record,
    RecordWarning,
    Source,
    WarcRef,
)
from .schema import SCHEMA, Problem, validate

__all__ = [
    "SCHEMA",
    "Author",
    "Citation",
    "ConverterError",
    "ConverterInfo",
    "Credit",
    "Image",
    "InputError",
    "License",
    "LimitError",
    "Limits",
    "Problem",
    "Record",
    "RecordError",
    "RecordWarning",
    "Source",
    "WarcRef",
    "__version__",
    "convert",
    "convert_file",
    "convert_warc",
    "validate",
]
