"""The record's JSON Schema (``schemas/record.schema.json``, shipped inside the package) and its validator."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from .errors import ConverterError


def _load_schema() -> dict[str, Any]:
    try:
        text = resources.files("converter").joinpath("schemas", "record.schema.json").read_text(encoding="utf-8")
    except OSError as exc:  # a broken installation, not a user error
        raise ConverterError(f"record.schema.json: cannot load the packaged schema: {exc}") from exc
    schema: dict[str, Any] = json.loads(text)
    return schema


SCHEMA: dict[str, Any] = _load_schema()
# The formats the schema uses; each is checked by jsonschema's own checker on both paths.
_FORMATS = ("date", "date-time", "uri", "uri-reference")


@dataclass(frozen=True, slots=True)
class Problem:
    """One way a record fails the schema: where (a JSON pointer) and why."""

    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.message}"


@cache
def _validator() -> Draft202012Validator:
    # Format checks (date-time, uri, ...) need jsonschema's format extras, which are dependencies of ours;
    # tests/test_schema.py fails if they go missing, because jsonschema would skip the checks silently.
    return Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _pointer(path: Any) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def _most_specific(error: ValidationError) -> ValidationError:
    # "null or an object" branches report "not valid under any of the given schemas"; the object branch's
    # own error (a missing key, a bad format) is what a reader needs.
    while error.context:
        branches = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        deeper = best_match(branches or error.context)
        if deeper is None:
            break
        error = deeper
    return error


@cache
def _fast_validator() -> Callable[[Any], Any]:
    # fastjsonschema compiles the schema into Python code: about 8x faster than jsonschema's generic walk,
    # which matters for `converter validate` on archives and for batches. It knows drafts up to 7; the
    # keywords our schema uses mean the same there. It only answers "valid"; an invalid record is then
    # walked by jsonschema for every problem and its message (tests check that both agree).
    # compile() writes into the schema it is given: hand it a copy.
    draft7 = dict(copy.deepcopy(SCHEMA), **{"$schema": "http://json-schema.org/draft-07/schema#"})
    checker = Draft202012Validator.FORMAT_CHECKER
    formats = {name: functools.partial(checker.conforms, format=name) for name in _FORMATS}
    return fastjsonschema.compile(draft7, formats=formats)


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
