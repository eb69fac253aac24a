"""The ``converter`` command: ``convert``, ``validate`` and ``schema``.

Exit codes: 0 success; 1 an input failed to convert or a record is invalid; 2 usage or I/O error.
Records go to stdout (or ``-o``); messages go to stderr, one line each, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from . import __version__
from .errors import ConverterError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="converter",
        description="Turn scraped web pages into clean, schema-validated JSON records.",
        epilog="Exit codes: 0 success, 1 a conversion failed or a record is invalid, 2 usage or I/O error.",
    )
    parser.add_argument("--version", action="version", version=f"converter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    convert = commands.add_parser(
        "convert",
        help="convert one page (HTML, .html.gz or plain text) into a JSON record",
        description="Convert one page into a JSON record, validated against the schema before it is written.",
    )
    convert.add_argument("input", metavar="FILE", help="the page to convert; - reads standard input")
    convert.add_argument("--url", help="the page's URL (relative links and images resolve against it)")
    convert.add_argument("--fetched-at", metavar="DATETIME", help="capture time (RFC 3339), kept in source.fetched_at")
    convert.add_argument("-o", "--output", metavar="OUT", help="write the record to OUT instead of stdout")
    convert.add_argument("--pretty", action="store_true", help="indent the JSON")

    validate = commands.add_parser(
        "validate",
        help="check JSON or JSON Lines records against the schema",
        description="Check records (one JSON document, or JSON Lines) against the schema. "
        "Prints FILE:LINE: /pointer: message for each problem and goes on.",
    )
    validate.add_argument("inputs", nargs="+", metavar="FILE", help="record files; - reads standard input")

    commands.add_parser("schema", help="print the record's JSON Schema", description="Print the record's JSON Schema.")
    return parser


def _error(message: str) -> None:
    print(f"converter: {message}", file=sys.stderr)


def _run_convert(args: argparse.Namespace) -> int:
    from .pipeline import convert, convert_file

    if args.input == "-":
        record = convert(sys.stdin.buffer.read(), url=args.url, fetched_at=args.fetched_at, name="<stdin>", validate=True)
    else:
        if not Path(args.input).is_file():
            _error(f"{args.input}: no such file")
            return EXIT_USAGE
        record = convert_file(args.input, url=args.url, fetched_at=args.fetched_at, validate=True)
    text = record.to_json(pretty=args.pretty) + "\n"
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _error(f"{args.output}: cannot write: {exc.strerror or exc}")
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _parse_line(raw: bytes) -> tuple[object | None, str | None]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (byte {exc.start})"
    try:
        return json.loads(line), None
    except ValueError as exc:
        return None, f"invalid JSON: {exc}"


def _documents(stream: IO[bytes]) -> Iterator[tuple[int, object | None, str | None]]:
    """(line, record, error) for each record of a JSON Lines stream, or of one JSON document (line 1).

    JSON Lines are streamed line by line, so a file of any size takes constant memory.
    """
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    if not first:
        return
    record, problem = _parse_line(first)
    if problem is not None:
        # Not JSON Lines, or a broken first line: an indented JSON document, else lines to report one by one.
        data = first + stream.read()
        whole, whole_problem = _parse_line(data)
        if whole_problem is None:
            for item in whole if isinstance(whole, list) else [whole]:
                yield 1, item, None
            return
        lines = iter(data.splitlines())
        next(lines)
        yield 1, None, problem
        yield from _each_line(lines)
        return
    yield 1, record, None
    yield from _each_line(stream)


def _each_line(lines: Iterable[bytes]) -> Iterator[tuple[int, object | None, str | None]]:
    """(line, record, error) for the lines after the first."""
    for number, raw in enumerate(lines, start=2):
        if raw.strip():
            yield (number, *_parse_line(raw))


def _run_validate(args: argparse.Namespace) -> int:
    from .schema import validate

    status = EXIT_OK
    for name in args.inputs:
        try:
            stream: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            _error(f"{name}: cannot read: {exc.strerror or exc}")
            return EXIT_USAGE
        label = "<stdin>" if name == "-" else name
        with stream:
            for line, record, problem in _documents(stream):
                if problem:
                    print(f"{label}:{line}: {problem}")
                    status = EXIT_FAILED
                    continue
                for found in validate(record):
                    print(f"{label}:{line}: {found}")
                    status = EXIT_FAILED
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "convert":
            return _run_convert(args)
        if args.command == "validate":
            return _run_validate(args)
        from .schema import SCHEMA

        sys.stdout.write(json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    except ConverterError as exc:
        _error(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
