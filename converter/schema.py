"""The record's JSON Schema (``schemas/record.schema.json``, shipped inside the package) and its validator.

Two validators, one set of format checks: a compiled fast path (fastjsonschema) answers "valid" for the
common case; only an invalid record is walked by jsonschema, imported then, for every problem and its message.
"""

from __future__ import annotations

import copy
import datetime
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import fastjsonschema
from rfc3339_validator import validate_rfc3339
from rfc3986_validator import validate_rfc3986

from .errors import ConverterError

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError


def _load_schema() -> dict[str, Any]:
    try:
        text = resources.files("converter").joinpath("schemas", "record.schema.json").read_text(encoding="utf-8")
    except OSError as exc:  # a broken installation, not a user error
        raise ConverterError(f"record.schema.json: cannot load the packaged schema: {exc}") from exc
    schema: dict[str, Any] = json.loads(text)
    return schema


SCHEMA: dict[str, Any] = _load_schema()

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def _is_date(value: str) -> bool:
    try:
        return bool(_DATE.match(value)) and bool(datetime.date.fromisoformat(value))
    except ValueError:
        return False


# The formats the schema uses, checked the way jsonschema's own checkers do (RFC 3339 and RFC 3986), by
# both validators. Not jsonschema's format extra: it pulls in a grammar that costs 0.7 s at import.
def _strings_only(check: Callable[[str], bool]) -> Callable[[object], bool]:
    # A format says nothing about other types (null, numbers): "type" judges those.
    return lambda value: check(value) if isinstance(value, str) else True


FORMATS: dict[str, Callable[[object], bool]] = {
    "date": _strings_only(_is_date),
    "date-time": _strings_only(lambda value: bool(validate_rfc3339(value.upper()))),
    "uri": _strings_only(lambda value: bool(validate_rfc3986(value, rule="URI"))),
    "uri-reference": _strings_only(lambda value: bool(validate_rfc3986(value, rule="URI_reference"))),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One way a record fails the schema: where (a JSON pointer) and why."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


@cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=())
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return Draft202012Validator(SCHEMA, format_checker=checker)


@cache
def _fast_validator() -> Callable[[Any], Any]:
    # fastjsonschema compiles the schema into Python code: about 8x faster than jsonschema's generic walk,
    # which matters for `converter validate` on archives and for batches. It knows drafts up to 7; the
    # keywords our schema uses mean the same there (tests check that both validators agree).
    # compile() writes into the schema it is given: hand it a copy. Only "valid or not" is asked of this
    # path (jsonschema words the problems), so no detailed exceptions: a third of the code, compiled in
    # 5 ms instead of 19 ms, which a one-page `converter convert` pays at start-up.
    draft7 = dict(copy.deepcopy(SCHEMA), **{"$schema": "http://json-schema.org/draft-07/schema#"})
    return fastjsonschema.compile(draft7, formats=FORMATS, detailed_exceptions=False)


def _pointer(path: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _most_specific(error: ValidationError) -> ValidationError:
    from jsonschema.exceptions import best_match

    # "null or an object" branches report "not valid under any of the given schemas"; the object branch's
    # own error (a missing key, a bad format) is what a reader needs.
    while error.context:
        branches = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        deeper = best_match(branches or error.context)
        if deeper is None:
            break
        error = deeper
    return error


def validate(obj: Any) -> list[Problem]:
    """The problems of ``obj`` (a :class:`~converter.Record` or its dict) against the schema; [] when valid."""
    data = obj.to_dict() if hasattr(obj, "to_dict") else obj
    try:
        _fast_validator()(data)
    except fastjsonschema.JsonSchemaException:
        pass
    else:
        return []
    errors = [_most_specific(e) for e in _validator().iter_errors(data)]
    errors.sort(key=lambda e: (list(map(str, e.absolute_path)), e.message))
    return [Problem(_pointer(e.absolute_path), e.message) for e in errors]
