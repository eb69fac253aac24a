"""The command line: convert, validate, schema, help, version and exit codes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEEDS

import converter
from converter.cli import main

SEED = SEEDS / "000_00d8440afd29ed83.txt"
PAGE = b"<html><head><title>A page</title></head><body><article><p>Some words here.</p></article></body></html>"


def test_convert_prints_one_valid_record(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    record = json.loads(out)
    assert converter.validate(record) == []
    assert record["source"]["path"] == str(SEED)


def test_convert_to_file_pretty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    out = tmp_path / "out.json"
    assert main(["convert", str(page), "--url", "https://example.org/a", "-o", str(out), "--pretty"]) == 0
    assert capsys.readouterr().out == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith('{\n  "schema_version"')
    assert json.loads(text)["source"]["url"] == "https://example.org/a"


def test_convert_missing_file_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "no/such/file.html"]) == 2
    err = capsys.readouterr().err
    assert "no/such/file.html" in err
    assert "Traceback" not in err


def test_convert_bad_gzip_fails_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"\x1f\x8b\x08garbage")
    assert main(["convert", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err


def test_convert_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "converter.cli", "convert", "-"], input=PAGE, capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["text"] == "Some words here."


def _records(tmp_path: Path, lines: list[bytes]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_validate_valid_jsonl_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = converter.convert(PAGE).to_json().encode()
    assert main(["validate", str(_records(tmp_path, [good, good]))]) == 0
    assert capsys.readouterr().out == ""


def test_validate_reports_file_line_pointer_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = converter.convert(PAGE).to_dict()
    bad = dict(good, published="not a date")
    lines = [json.dumps(good).encode(), b"{not json", b"\xff\xfe", json.dumps(bad).encode()]
    path = _records(tmp_path, lines)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:2: invalid JSON")
    assert out[1] == f"{path}:3: not UTF-8 (byte 0)"
    assert out[2].startswith(f"{path}:4: /published: ")
    assert len(out) == 3


def test_validate_pretty_json_document(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(converter.convert(PAGE).to_json(pretty=True), encoding="utf-8")
    assert main(["validate", str(path)]) == 0


def test_validate_missing_file_exits_2_and_the_next_file_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _records(tmp_path, [b"{}"])
    assert main(["validate", "missing.jsonl", str(bad)]) == 2
    captured = capsys.readouterr()
    assert "missing.jsonl" in captured.err
    assert captured.out.startswith(f"{bad}:1: /: ")


def test_validate_reads_gzip_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "records.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write(converter.convert(PAGE).to_json() + "\n{}\n")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all(line.startswith(f"{path}:2: /: ") for line in out)


def test_validate_names_the_item_of_a_json_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = converter.convert(PAGE).to_dict()
    path = tmp_path / "records.json"
    path.write_text(json.dumps([good, good, {}], indent=2), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and all(line.startswith(f"{path}[2]: /: ") for line in out)


def test_validate_broken_pretty_document_is_one_error_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.json"
    path.write_text(converter.convert(PAGE).to_json(pretty=True).replace('"title":', '"title"', 1), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0].startswith(f"{path}:") and "invalid JSON: Expecting ':' delimiter" in out[0]


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == converter.SCHEMA


@pytest.mark.parametrize("argv", [["--help"], ["convert", "--help"], ["validate", "--help"], ["schema", "--help"],
                                  ["dask", "--help"]])
def test_help_everywhere(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    assert "usage: converter" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--version"], ["convert", "--version"], ["validate", "--version"],
                                  ["schema", "--version"], ["dask", "--version"]])
def test_version_everywhere(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"converter {converter.__version__}"


def test_no_command_is_usage_error() -> None:
    with pytest.raises(SystemExit) as done:
        main([])
    assert done.value.code == 2


def test_validate_wrong_types_huge_records_and_non_utf8_files(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    good = converter.convert(PAGE).to_dict()
    huge = dict(good, text="word " * 2_000_000)
    lines = [b"[1, 2]", b"42", json.dumps(dict(good, authors="Jane")).encode(), json.dumps(huge).encode(),
             "{\"caf\u00e9\": 1}".encode("latin-1")]
    path = _records(tmp_path, lines)
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:1: /: [1, 2] is not of type 'object'")
    assert out[1].startswith(f"{path}:2: /: 42 is not of type 'object'")
    assert out[2].startswith(f"{path}:3: /authors: 'Jane' is not of type 'array'")
    assert not any(line.startswith(f"{path}:4:") for line in out)
    assert out[-1].startswith(f"{path}:5: not UTF-8")


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--fetched-at", "yesterday", "is not an RFC 3339 date and time"),
        ("--url", "example.org/story", "is not an absolute URL"),
        ("--max-bytes", "-5", "give a number above 0"),
        ("--max-seconds", "0", "give a number above 0"),
        ("--jobs", "two", "is not a whole number"),
    ],
)
def test_bad_option_values_are_usage_errors_up_front(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, says: str
) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(PAGE)
    with pytest.raises(SystemExit) as stop:
        main(["convert", str(page), option, value])
    assert stop.value.code == 2
    assert says in capsys.readouterr().err


def test_interrupted_batch_says_how_far_it_got_and_how_to_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from converter.output import batch

    def interrupted(paths: object, *, summary: batch.Summary, **options: object) -> batch.Summary:
        summary.converted, summary.failed = 5, 1
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_batch", interrupted)
    assert main(["convert", str(tmp_path), "-o", str(tmp_path / "out.jsonl")]) == 130
    assert capsys.readouterr().err == (
        "converter: interrupted after 5 records (1 failed); the same command with --resume goes on from there\n"
    )


def test_standard_input_among_several_inputs(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(PAGE)
    done = subprocess.run([sys.executable, "-m", "converter.cli", "convert", "-", str(page), "-q"],
                          input=PAGE.replace(b"A page", b"From stdin"), capture_output=True, check=True)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["title"], r["source"]["path"]) for r in records] == [("From stdin", None), ("A page", str(page))]
