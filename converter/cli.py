"""The ``converter`` command: ``convert``, ``validate`` and ``schema``.

Exit codes: 0 success; 1 an input failed to convert or a record is invalid; 2 usage or I/O error.
Records go to stdout (or ``-o``); messages go to stderr, one line each, never a traceback.
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from . import __version__
from .errors import ConverterError
from .limits import Limits

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$")


def _positive(kind: type[int] | type[float]) -> Any:
    """An argparse type: a number of ``kind`` above zero."""
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {'whole ' if kind is int else ''}number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{text!r}: give a number above 0")
        return value

    return parse


def _timestamp(text: str) -> str:
    """An argparse type: an RFC 3339 date and time with its offset ("2024-01-01T12:00:00Z")."""
    try:
        valid = bool(_RFC3339.match(text)) and datetime.fromisoformat(text.replace("z", "Z")) is not None
    except ValueError:
        valid = False
    if not valid:
        raise argparse.ArgumentTypeError(f"{text!r} is not an RFC 3339 date and time (2024-01-01T12:00:00Z)")
    return text


def _page_url(text: str) -> str:
    """An argparse type: an absolute URL (relative links of the page resolve against it)."""
    parts = urlsplit(text.strip())
    if not parts.scheme or not parts.netloc or " " in text.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not an absolute URL (https://example.org/story)")
    return text.strip()


def _add_limits(command: argparse.ArgumentParser) -> None:
    defaults = Limits()
    command.add_argument("--max-bytes", type=_positive(int), default=defaults.max_bytes, metavar="N",
                         help=f"refuse an input over N bytes after gunzip (default {defaults.max_bytes})")
    command.add_argument("--max-nodes", type=_positive(int), default=defaults.max_nodes, metavar="N",
                         help=f"refuse a page of over N elements (default {defaults.max_nodes})")
    command.add_argument("--max-seconds", type=_positive(float), default=defaults.max_seconds, metavar="S",
                         help=f"refuse a page that takes over S seconds (default {defaults.max_seconds:g})")


def _add_convert(commands: Any, versioned: argparse.ArgumentParser) -> None:
    convert = commands.add_parser(
        "convert",
        parents=[versioned],
        help="convert pages (HTML, .html.gz, text, folders, WARC files) into JSON records",
        description="Convert pages into JSON records, each validated against the schema before it is written. "
        "One file gives one record; several inputs, folders, WARC files or --from-list give JSON Lines, "
        "in input order.",
    )
    convert.add_argument("inputs", nargs="*", metavar="INPUT",
                         help="files, folders (walked recursively) or .warc/.warc.gz files; - reads standard input")
    convert.add_argument("--from-list", metavar="FILE", help="read input paths from FILE, one a line (- for stdin)")
    convert.add_argument("--glob", action="append", metavar="PATTERN",
                         help="in folders, take files matching PATTERN (repeatable; default: HTML, text, WARC)")
    convert.add_argument("--url", type=_page_url,
                         help="the page's URL, for a single input (relative links resolve against it)")
    convert.add_argument("--fetched-at", type=_timestamp, metavar="DATETIME",
                         help="capture time (RFC 3339) of a single input")
    convert.add_argument("-o", "--output", metavar="OUT",
                         help="write records to OUT (.jsonl, .jsonl.gz) instead of stdout")
    convert.add_argument("--pretty", action="store_true", help="indent the JSON (single input only)")
    convert.add_argument("--errors", metavar="FILE", help="write each failed input as a JSON line to FILE")
    convert.add_argument("--resume", action="store_true",
                         help="skip inputs whose record is already in OUT, after repairing a torn last line")
    convert.add_argument("-j", "--jobs", type=_positive(int), default=os.cpu_count() or 1,
                         help="worker processes (default: all cores)")
    convert.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    _add_limits(convert)


def _add_dask(commands: Any, versioned: argparse.ArgumentParser) -> None:
    cluster = commands.add_parser(
        "dask",
        parents=[versioned],
        help="convert on a Dask cluster into JSON Lines partitions (needs converter[dask])",
        description="Convert inputs on a dask.distributed cluster: one partition per WARC file, pages in groups. "
        "Writes OUTDIR/records-NNNNN.jsonl and OUTDIR/errors-NNNNN.jsonl; concatenated in order they equal "
        "a single-process run. Workers must see the input paths.",
    )
    cluster.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or .warc/.warc.gz files")
    cluster.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the partition files")
    cluster.add_argument("--scheduler", metavar="ADDRESS",
                         help="scheduler address (tcp://host:8786); default: a local cluster on loopback")
    cluster.add_argument("--workers", type=_positive(int), default=os.cpu_count() or 1,
                         help="worker processes of the local cluster (default: all cores)")
    cluster.add_argument("--pages-per-partition", type=_positive(int), default=256, metavar="N",
                         help="pages converted together in one task (default 256; a WARC file is one partition)")
    cluster.add_argument("--glob", action="append", metavar="PATTERN", help="in folders, take files matching PATTERN")
    _add_limits(cluster)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="converter",
        description="Turn scraped web pages into clean, schema-validated JSON records.",
        epilog="Exit codes: 0 success, 1 a conversion failed or a record is invalid, 2 usage or I/O error.",
    )
    # --version answers on every command line, `converter schema --version` included.
    versioned = argparse.ArgumentParser(add_help=False)
    versioned.add_argument("--version", action="version", version=f"converter {__version__}")
    parser.add_argument("--version", action="version", version=f"converter {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_convert(commands, versioned)
    validate = commands.add_parser(
        "validate",
        parents=[versioned],
        help="check JSON or JSON Lines records against the schema",
        description="Check records (one JSON document, or JSON Lines) against the schema. "
        "Prints FILE:LINE: /pointer: message for each problem and goes on.",
    )
    validate.add_argument("inputs", nargs="+", metavar="FILE", help="record files; - reads standard input")
    commands.add_parser("schema", parents=[versioned], help="print the record's JSON Schema",
                        description="Print the record's JSON Schema.")
    _add_dask(commands, versioned)
    return parser


def _error(message: str) -> None:
    print(f"converter: {message}", file=sys.stderr)


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(max_bytes=args.max_bytes, max_nodes=args.max_nodes, max_seconds=args.max_seconds)


def _is_single(args: argparse.Namespace) -> bool:
    from .inputs.warc import is_warc

    if args.from_list or len(args.inputs) != 1 or args.errors or args.resume:
        return False
    if args.output and args.output.endswith((".gz", ".jsonl")):
        return False
    only = args.inputs[0]
    return only == "-" or not (Path(only).is_dir() or is_warc(only))


def _run_single(args: argparse.Namespace) -> int:
    from .pipeline import convert, convert_file

    if args.inputs[0] == "-":
        record = convert(sys.stdin.buffer.read(), url=args.url, fetched_at=args.fetched_at, name="<stdin>",
                         validate=True, limits=_limits(args))
    else:
        if not Path(args.inputs[0]).is_file():
            _error(f"{args.inputs[0]}: no such file")
            return EXIT_USAGE
        record = convert_file(args.inputs[0], url=args.url, fetched_at=args.fetched_at, validate=True,
                              limits=_limits(args))
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


def _listed(source: str) -> Iterator[str]:
    stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
    with stream:
        for line in stream:
            if line.strip():
                yield line.strip()


def _run_batch(args: argparse.Namespace) -> int:
    from .output.batch import DEFAULT_PATTERNS, Summary, run_batch

    if args.url or args.fetched_at:
        _error("--url and --fetched-at describe a single input (one file, no folder or WARC)")
        return EXIT_USAGE
    if args.pretty:
        _error("--pretty writes one indented document: give one input and no .jsonl output")
        return EXIT_USAGE
    if args.from_list and args.from_list != "-" and not Path(args.from_list).is_file():
        _error(f"{args.from_list}: no such file")
        return EXIT_USAGE
    paths: Iterable[str] = args.inputs
    if args.from_list:
        paths = itertools.chain(args.inputs, _listed(args.from_list))
    summary = Summary()
    try:
        run_batch(paths, output=args.output, errors=args.errors, jobs=args.jobs, resume=args.resume,
                  patterns=tuple(args.glob) if args.glob else DEFAULT_PATTERNS, progress=not args.quiet,
                  limits=_limits(args), summary=summary)
    except KeyboardInterrupt:
        again = "; the same command with --resume goes on from there" if args.output else ""
        _error(f"interrupted after {summary.converted} records ({summary.failed} failed){again}")
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(f"converter: {summary.line()}", file=sys.stderr)
    return EXIT_FAILED if summary.failed else EXIT_OK


def _run_convert(args: argparse.Namespace) -> int:
    if not args.inputs and not args.from_list:
        _error("convert: give at least one INPUT or --from-list")
        return EXIT_USAGE
    if args.resume and not args.output:
        _error("--resume needs -o OUT")
        return EXIT_USAGE
    return _run_single(args) if _is_single(args) else _run_batch(args)


def _run_dask(args: argparse.Namespace) -> int:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        _error('dask: needs the dask extra: pip install "converter[dask]"')
        return EXIT_USAGE
    from .integrations.dask import records_bag, write_partitions
    from .output.batch import DEFAULT_PATTERNS, SKIPPED_RECORDS

    patterns = tuple(args.glob) if args.glob else DEFAULT_PATTERNS
    if args.scheduler:
        try:
            client = Client(args.scheduler)
        except OSError as exc:
            _error(f"dask: cannot reach the scheduler at {args.scheduler}: {exc}")
            return EXIT_USAGE
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    with client:
        bag = records_bag(args.inputs, pages_per_partition=args.pages_per_partition, patterns=patterns,
                          limits=_limits(args))
        converted, failed, skipped = write_partitions(bag, args.output)
    print(f"converter: converted {converted}, failed {failed}, skipped {skipped} ({SKIPPED_RECORDS})", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def _parse_line(raw: bytes) -> tuple[object | None, str | None]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 (byte {exc.start})"
    try:
        return json.loads(line), None
    except ValueError as exc:
        return None, f"invalid JSON: {exc}"


def _documents(stream: IO[bytes] | io.BufferedIOBase) -> Iterator[tuple[str, object | None, str | None]]:
    """(place, record, error) for each record of a JSON Lines stream (place ":LINE"), or of one JSON document
    (":1", or "[INDEX]" for the items of a JSON array).

    JSON Lines are streamed line by line, so a file of any size takes constant memory.
    """
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    if not first:
        return
    record, problem = _parse_line(first)
    if problem is None:
        yield ":1", record, None
        yield from _each_line(stream)
        return
    # Not JSON Lines, or a broken first line: an indented JSON document, else lines to report one by one.
    data = first + stream.read()
    try:
        whole = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        yield ":1", None, f"not UTF-8 (byte {exc.start})"
        return
    except json.JSONDecodeError as exc:
        lines = data.splitlines()
        if _parse_line(next((line for line in lines[1:] if line.strip()), b""))[1] is None:
            yield ":1", None, problem
            yield from _each_line(lines[1:])
        else:
            yield f":{exc.lineno}", None, f"invalid JSON: {exc.msg} (column {exc.colno})"
        return
    if isinstance(whole, list):
        for index, item in enumerate(whole):
            yield f"[{index}]", item, None
    else:
        yield ":1", whole, None


def _each_line(lines: Iterable[bytes]) -> Iterator[tuple[str, object | None, str | None]]:
    """(place, record, error) for the lines after the first."""
    for number, raw in enumerate(lines, start=2):
        if raw.strip():
            yield (f":{number}", *_parse_line(raw))


def _open_records(name: str) -> IO[bytes] | io.BufferedIOBase:
    """The bytes of the records file ``name`` (``-``: standard input), decompressed when gzip'd."""
    stream: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    head = stream.peek(2)[:2] if isinstance(stream, io.BufferedReader) else b""
    return gzip.open(stream, "rb") if head == b"\x1f\x8b" else stream


def _run_validate(args: argparse.Namespace) -> int:
    from .schema import validate

    status = EXIT_OK
    for name in args.inputs:
        label = "<stdin>" if name == "-" else name
        try:
            with _open_records(name) as stream:
                for place, record, problem in _documents(stream):
                    if problem:
                        print(f"{label}{place}: {problem}")
                        status = max(status, EXIT_FAILED)
                        continue
                    for found in validate(record):
                        print(f"{label}{place}: {found}")
                        status = max(status, EXIT_FAILED)
        except (OSError, EOFError) as exc:  # a missing file, a gzip stream cut short: the next file is read
            _error(f"{label}: cannot read: {getattr(exc, 'strerror', None) or exc}")
            status = EXIT_USAGE
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "convert":
            return _run_convert(args)
        if args.command == "validate":
            return _run_validate(args)
        if args.command == "dask":
            return _run_dask(args)
        from .schema import SCHEMA

        sys.stdout.write(json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    except ConverterError as exc:
        _error(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # an output or errors file that cannot be written
        _error(f"{exc.filename or 'output'}: {exc.strerror or exc}")
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
