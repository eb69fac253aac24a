"""Many inputs to JSON Lines: files, folders, WARC files and lists; worker processes; order kept; nothing lost.

The flow: ``iter_tasks`` streams what to convert (never all in memory) -> ``run_ordered`` converts chunks
of tasks in worker processes with a bounded window, yielding results in input order -> ``run_batch``
writes each record as one whole line, failures to the errors file, and counts.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, TypeVar

from ..errors import ConverterError, InputError
from ..inputs.warc import OversizedRecord, SkippedRecord, is_warc, iter_warc, truncation_warning
from ..limits import DEFAULT_LIMITS, Limits
from ..record import WarcRef
from .jsonl import open_output, repair_and_scan

CHUNK = 8
# How often a worker checks that its batch is still there (see _leave_with_parent).
PARENT_CHECK_SECONDS = 0.5
# Matched without regard to case ("INDEX.HTM", "crawl.WARC.GZ").
DEFAULT_PATTERNS = (
    "*.html", "*.htm", "*.xhtml", "*.shtml", "*.txt", "*.html.gz", "*.htm.gz", "*.xhtml.gz", "*.shtml.gz",
    "*.txt.gz", "*.warc", "*.warc.gz",
)
# The input name that reads standard input.
STDIN = "-"
# What the summary calls the WARC records it skips.
SKIPPED_RECORDS = "WARC records that are no 2xx HTML response"

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Task:
    """One input to convert: a file a worker reads, or a WARC record's payload carried along."""

    path: str
    data: bytes | None = None
    url: str | None = None
    charset: str | None = None
    fetched_at: str | None = None
    warc: WarcRef | None = None
    missing: int = 0

    @property
    def label(self) -> str:
        """How messages name the task: the path, with the record's offset for a WARC record."""
        if self.path == STDIN:
            return "<stdin>"
        return f"{self.path}@{self.warc.offset}" if self.warc else self.path


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that gave no record: what it was, where, and why."""

    input: str
    error: str
    message: str
    offset: int | None = None
    record_id: str | None = None

    def to_json(self) -> str:
        """The failure as one JSON line of the errors file."""
        return json.dumps(
            {"input": self.input, "offset": self.offset, "record_id": self.record_id,
             "error": self.error, "message": self.message},
            ensure_ascii=False,
        )


@dataclass(slots=True)
class Summary:
    """What a batch did."""

    converted: int = 0
    failed: int = 0
    skipped: int = 0
    resumed: int = 0
    passed_over: int = 0
    seconds: float = 0.0

    def pass_over(self, path: str) -> None:
        """Count ``path``, a file in a folder that matched no pattern."""
        self.passed_over += 1

    def line(self) -> str:
        """The one-line summary printed at the end of a batch."""
        rate = self.converted / self.seconds if self.seconds > 0 else 0.0
        others = (f", {self.passed_over} file{'s' * (self.passed_over != 1)} in folders matched no pattern "
                  "(--glob takes them)"
                  if self.passed_over else "")
        return (f"converted {self.converted}, failed {self.failed}, skipped {self.skipped} ({SKIPPED_RECORDS}), "
                f"already done {self.resumed}{others}, {self.seconds:.1f} s, {rate:.1f} pages/s")


def _matches(path: Path, patterns: tuple[str, ...]) -> bool:
    lowered = Path(str(path).lower())
    return any(lowered.match(pattern.lower()) for pattern in patterns)


def expand_inputs(paths: Iterable[str], patterns: tuple[str, ...] = DEFAULT_PATTERNS,
                  passed_over: Callable[[str], None] | None = None) -> Iterator[str]:
    """``paths`` with folders replaced by the files below them that match ``patterns`` (sorted, recursive);
    ``passed_over`` hears of each file in a folder that matches none."""
    for path in paths:
        folder = Path(path)
        if not folder.is_dir():
            yield path
            continue
        for root, dirs, files in os.walk(folder):
            dirs.sort()
            for name in sorted(files):
                candidate = Path(root, name)
                if _matches(candidate, patterns):
                    yield str(candidate)
                elif passed_over is not None:
                    passed_over(str(candidate))


def iter_tasks(paths: Iterable[str], *, patterns: tuple[str, ...] = DEFAULT_PATTERNS,
               limits: Limits = DEFAULT_LIMITS,
               passed_over: Callable[[str], None] | None = None) -> Iterator[Task | Failure | SkippedRecord]:
    """Everything to convert, in input order: folders walked (sorted), WARC files opened record by record.

    A path that cannot be read becomes a :class:`Failure`; the stream goes on. ``passed_over`` hears of each
    file in a folder that matches no pattern.
    """
    for path in expand_inputs(paths, patterns, passed_over):
        if path == STDIN:
            yield Task(path, sys.stdin.buffer.read())
            continue
        if not is_warc(path):
            yield Task(path)
            continue
        try:
            for item in iter_warc(path, max_bytes=limits.max_bytes):
                if isinstance(item, SkippedRecord):
                    yield item
                elif isinstance(item, OversizedRecord):
                    yield Failure(path, "LimitError",
                                  f"{path}@{item.ref.offset}: record is over the {item.size_limit}-byte input limit",
                                  item.ref.offset, item.ref.record_id)
                else:
                    yield Task(path, item.data, item.url, item.charset, item.fetched_at, item.ref, item.missing)
        except InputError as exc:
            yield Failure(path, type(exc).__name__, str(exc))


def convert_task(task: Task, limits: Limits = DEFAULT_LIMITS) -> tuple[str | None, Failure | None]:
    """One task to (record as a JSON line, None) or (None, failure). Runs in a worker process."""
    from ..pipeline import convert, convert_file

    try:
        if task.data is None:
            record = convert_file(task.path, validate=True, limits=limits)
        else:
            record = convert(task.data, url=task.url, fetched_at=task.fetched_at, encoding=task.charset,
                             validate=True, name=task.label, path=None if task.path == STDIN else task.path,
                             warc=task.warc, limits=limits)
        if task.missing:
            cut = truncation_warning(task.label, task.missing, len(task.data or b""))
            record = replace(record, warnings=(*record.warnings, cut))
        return record.to_json(), None
    except ConverterError as exc:
        failure = Failure(task.path, type(exc).__name__, str(exc))
    except Exception as exc:  # a bug must cost one input, not the batch
        failure = Failure(task.path, type(exc).__name__, f"{task.label}: internal error: {exc}")
    if task.warc:
        failure = Failure(failure.input, failure.error, failure.message, task.warc.offset, task.warc.record_id)
    return None, failure


def _convert_chunk(tasks: list[Task], limits: Limits = DEFAULT_LIMITS) -> list[tuple[str | None, Failure | None]]:
    return [convert_task(task, limits) for task in tasks]


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _leave_with_parent() -> None:
    """Worker initializer: end this worker once the batch that started it is gone.

    A batch killed outright (SIGKILL, out of memory) cannot stop its pool, and a worker waiting on the task
    queue would wait forever: a thread watches for the worker being handed to another parent. The parent
    is read here, in the worker: under "forkserver" and "spawn" it is not the batch's own process.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="converter-parent-watch", daemon=True).start()


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, initializer=_leave_with_parent)


def run_ordered(work: Callable[[list[T]], list[R]], items: Iterable[T], *, jobs: int,
                on_crash: Callable[[list[T], BaseException], list[R]]) -> Iterator[R]:
    """``work`` over chunks of ``items`` in ``jobs`` processes, results in input order.

    At most ``4 * jobs`` chunks are in flight, so memory stays flat however long ``items`` is. A chunk
    whose worker died (killed, out of memory) is handed to ``on_crash`` and the pool is renewed.
    """
    if jobs <= 1:
        for chunk in chunks(items, CHUNK):
            yield from work(chunk)
        return
    pool = _pool(jobs)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()

    def drain_one() -> Iterator[R]:
        nonlocal pool
        chunk, future = pending.popleft()
        try:
            yield from future.result()
        except BrokenProcessPool as exc:
            yield from on_crash(chunk, exc)
            pool.shutdown(cancel_futures=True)
            pool = _pool(jobs)
            resubmit = [c for c, _ in pending]
            pending.clear()
            pending.extend((c, pool.submit(work, c)) for c in resubmit)

    try:
        for chunk in chunks(items, CHUNK):
            pending.append((chunk, pool.submit(work, chunk)))
            if len(pending) >= 4 * jobs:
                yield from drain_one()
        while pending:
            yield from drain_one()
    finally:
        pool.shutdown(cancel_futures=True)


def _crashed(chunk: list[Task], exc: BaseException) -> list[tuple[str | None, Failure | None]]:
    return [(None, Failure(t.path, "WorkerCrashed", f"{t.label}: worker process died: {exc}",
                           t.warc.offset if t.warc else None, t.warc.record_id if t.warc else None))
            for t in chunk]


def _file_key(task: Task) -> tuple[str, str] | None:
    if task.warc:
        return (task.warc.file, task.warc.record_id) if task.warc.record_id else None
    if task.path == STDIN:
        return None
    try:
        digest = hashlib.sha256(Path(task.path).read_bytes()).hexdigest()
    except OSError:
        return None
    return (task.path, digest)


class _Progress:
    """A tqdm bar on stderr when it is a terminal; silent otherwise. Its total (hence an ETA) is known when
    the inputs are files and folders: they are counted first."""

    def __init__(self, enabled: bool, paths: Iterable[str], patterns: tuple[str, ...]) -> None:
        self.bar: Any = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit="page", file=sys.stderr, dynamic_ncols=True, total=_countable(paths, patterns))

    def update(self, summary: Summary) -> None:
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(errors=summary.failed, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class _FailureLog:
    """Where a batch's failures go, counted in ``summary``: the ``errors`` JSON Lines file, else one line each
    on stderr."""

    def __init__(self, errors: str | None, summary: Summary, *, append: bool) -> None:
        self.summary = summary
        self.stream: IO[str] | None = open(errors, "a" if append else "w", encoding="utf-8") if errors else None  # noqa: SIM115

    def record(self, failure: Failure) -> None:
        self.summary.failed += 1
        if self.stream is None:
            print(f"converter: {failure.message}", file=sys.stderr)
        else:
            self.stream.write(failure.to_json() + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.close()


def _countable(paths: Iterable[str], patterns: tuple[str, ...]) -> int | None:
    """How many inputs ``paths`` gives, when that is known before reading them: a list of files and folders
    (not a stream of paths, standard input or WARC files, whose pages are only known as they are read)."""
    if not isinstance(paths, (list, tuple)) or any(p == STDIN or is_warc(p) for p in paths):
        return None
    expanded = list(expand_inputs(paths, patterns))
    return None if any(is_warc(p) for p in expanded) else len(expanded)


def run_batch(
    paths: Iterable[str],
    *,
    output: str | None,
    errors: str | None = None,
    jobs: int = 1,
    resume: bool = False,
    patterns: tuple[str, ...] = DEFAULT_PATTERNS,
    progress: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    summary: Summary | None = None,
) -> Summary:
    """Convert every input of ``paths`` into one JSON Lines ``output`` (stdout when None), in input order.

    Failures go to the ``errors`` JSON Lines file (else one line each on stderr) and never stop the batch. With
    ``resume``, inputs whose record is already in ``output`` are skipped and a torn last line is repaired first.
    The counts go to ``summary`` as the batch runs (so a caller still has them when it is interrupted).
    """
    summary = Summary() if summary is None else summary
    started = time.perf_counter()
    done = repair_and_scan(Path(output)) if resume and output else set()
    failures = _FailureLog(errors, summary, append=resume)
    out = open_output(output, append=resume)
    bar = _Progress(progress, paths, patterns)

    def tasks() -> Iterator[Task]:
        for item in iter_tasks(paths, patterns=patterns, limits=limits, passed_over=summary.pass_over):
            if isinstance(item, SkippedRecord):
                summary.skipped += 1
            elif isinstance(item, Failure):
                failures.record(item)
                bar.update(summary)
            elif done and _file_key(item) in done:
                summary.resumed += 1
                bar.update(summary)
            else:
                yield item

    try:
        work = functools.partial(_convert_chunk, limits=limits)
        for line, failure in run_ordered(work, tasks(), jobs=jobs, on_crash=_crashed):
            if line is not None:
                out.write(line.encode("utf-8") + b"\n")
                out.flush()
                summary.converted += 1
            elif failure is not None:
                failures.record(failure)
            bar.update(summary)
    finally:
        bar.close()
        if out is not sys.stdout.buffer:
            out.close()
        failures.close()
        summary.seconds = time.perf_counter() - started
    return summary
