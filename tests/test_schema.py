"""The schema is the contract: the record types match it, and it really rejects bad records."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

import converter
from converter.record import Author, Citation, Credit, Image, License, Record, RecordWarning, Source, WarcRef


def _full_record() -> dict[str, Any]:
    credit = Credit("Photo: Jane Doe/Reuters", author="Jane Doe", source="Reuters")
    record = Record(
        url="https://example.org/a",
        title="T",
        authors=(Author("Jane Doe", role="author", url="https://example.org/jane"),),
        published="2020-11-06T10:00:00+01:00",
        modified="2020-11-07",
        language="en-US",
        text="Body.",
        images=(Image("https://example.org/i.jpg", alt="a", caption="c", credit=credit),),
        citations=(Citation("link", "x", url="https://example.com/", rel=("nofollow",), internal=False),),
        license=License("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        source=Source(sha256="0" * 64, warc=WarcRef("a.warc.gz", 0, "<urn:uuid:1>")),
        warnings=(RecordWarning("truncated-gzip", "cut"),),
    )
    return record.to_dict()


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """The full record with the value at ``path`` replaced."""
    data = copy.deepcopy(_full_record())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def test_schema_is_draft_2020_12_with_id_and_version() -> None:
    assert converter.SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert converter.SCHEMA["$id"]
    assert "schema_version" in converter.SCHEMA["required"]


def test_top_level_schemas_folder_is_the_packaged_schema() -> None:
    on_disk = json.loads((ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8"))
    assert on_disk == converter.SCHEMA


def test_full_record_validates() -> None:
    assert converter.validate(_full_record()) == []


def _schema_props(name: str | None) -> list[str]:
    node = converter.SCHEMA if name is None else converter.SCHEMA["$defs"][name]
    return list(node["properties"])


@pytest.mark.parametrize(
    ("cls", "definition"),
    [(Author, "author"), (Credit, "credit"), (Image, "image"), (Citation, "citation"), (License, "license"),
     (Source, "source"), (WarcRef, "warc"), (RecordWarning, "warning")],
)
def test_record_types_mirror_schema_definitions(cls: type, definition: str) -> None:
    assert [f.name for f in dataclasses.fields(cls)] == _schema_props(definition)


def test_record_keys_are_schema_properties_in_order() -> None:
    assert list(_full_record()) == _schema_props(None)
    assert converter.SCHEMA["required"] == _schema_props(None)


def _every_object_closed(node: Any) -> bool:
    if isinstance(node, dict):
        if node.get("type") == "object" and node.get("additionalProperties") is not False:
            return False
        return all(_every_object_closed(v) for v in node.values())
    if isinstance(node, list):
        return all(_every_object_closed(v) for v in node)
    return True


def test_additional_properties_false_everywhere() -> None:
    assert _every_object_closed(converter.SCHEMA)


BAD_VALUES = [
        (("published",), "2020-13-45T99:00:00Z"),
        (("published",), "yesterday"),
        (("source", "fetched_at"), "2020-11-06 10:00"),
        (("modified",), "2020-02-30"),
        (("url",), "http://exa mple.org/ bad"),
        (("license", "url"), "not a uri"),
        (("language",), "english!"),
        (("authors", 0, "type"), "robot"),
        (("images", 0, "credit", "license_url"), "relative/path"),
        (("citations", 0, "kind"), "footnote"),
        (("text",), None),
        (("extra",), "x"),
        (("images", 0, "src"), "http://exa mple.org/a b.jpg"),
        (("citations", 0, "url"), "https://x.org/{\"a\"}"),
        (("source", "sha256"), "abc"),
]


@pytest.mark.parametrize(("path", "value"), BAD_VALUES)
def test_bad_values_are_rejected(path: tuple[Any, ...], value: Any) -> None:
    problems = converter.validate(_with(path, value))
    assert problems, f"{path} = {value!r} should be rejected"


def test_missing_key_is_reported_with_pointer() -> None:
    data = _full_record()
    del data["images"][0]["credit"]["author"]
    problems = converter.validate(data)
    assert [p.pointer for p in problems] == ["/images/0/credit"]
    assert "author" in problems[0].message


def test_schema_uses_only_the_formats_both_validators_check() -> None:
    from converter.schema import FORMATS

    used = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "format" in node:
                used.add(node["format"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(converter.SCHEMA)
    assert used == set(FORMATS)


def test_fast_path_never_accepts_what_jsonschema_rejects() -> None:
    from jsonschema import Draft202012Validator

    from converter.schema import _fast_validator

    full = Draft202012Validator(converter.SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for data in (_with(path, value) for path, value in BAD_VALUES):
        assert list(full.iter_errors(data)), data
        with pytest.raises(Exception, match=r"must|data"):
            _fast_validator()(data)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    | st.sampled_from(["2020-11-06", "2020-11-06T10:00:00+01:00", "https://x.org/a b", "person", "link"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_paths(_full_record())), JSON_VALUES)
def test_fast_and_full_validation_agree_on_mutated_records(path: tuple[Any, ...], value: Any) -> None:
    data = _with(path, value)
    from jsonschema import Draft202012Validator

    from converter.schema import _fast_validator

    full_ok = not list(Draft202012Validator(converter.SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
                        .iter_errors(data))
    try:
        _fast_validator()(data)
        fast_ok = True
    except Exception:
        fast_ok = False
    assert fast_ok == full_ok
