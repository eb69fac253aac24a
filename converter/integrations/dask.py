"""Converting on a Dask cluster (``pip install "converter[dask]"``).

How the work is split: each WARC file is one partition (its records are read in order by one worker,
so a WARC is opened once and never shipped whole); other pages are grouped into partitions of
``pages_per_partition`` paths. Every partition yields its records as JSON lines in input order, so the
partition files, concatenated in order, equal a single-process run record for record.

    from dask.distributed import Client
    from converter.integrations.dask import records_bag, write_partitions

    client = Client("tcp://scheduler:8786")
    bag = records_bag(["crawl-00.warc.gz", "crawl-01.warc.gz", "pages/"])
    write_partitions(bag, "out/")        # out/records-00000.jsonl, out/errors-00000.jsonl, ...

Workers need converter installed and the input paths readable (a shared file system or object store mount).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path
from typing import Any

from ..inputs.warc import SkippedRecord, is_warc
from ..limits import DEFAULT_LIMITS, Limits
from ..output.batch import DEFAULT_PATTERNS, Failure, chunks, convert_task, expand_inputs, iter_tasks

Outcome = tuple[str, str]  # ("record" | "error" | "skipped", JSON line or reason)


def _convert_partition(paths: list[str], limits: Limits) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for item in iter_tasks(paths, limits=limits):
        if isinstance(item, SkippedRecord):
            outcomes.append(("skipped", item.reason))
        elif isinstance(item, Failure):
            outcomes.append(("error", item.to_json()))
        else:
            line, failure = convert_task(item, limits)
            outcomes.append(("record", line) if line is not None else ("error", failure.to_json()))  # type: ignore[union-attr]
    return outcomes


def partitions(paths: Iterable[str], *, pages_per_partition: int = 256,
               patterns: tuple[str, ...] = DEFAULT_PATTERNS) -> Iterator[list[str]]:
    """The inputs grouped as the cluster will take them: one WARC file a partition, pages in groups."""
    for warc, group in groupby(expand_inputs(paths, patterns), key=is_warc):
        if warc:
            yield from ([path] for path in group)
        else:
            yield from chunks(group, pages_per_partition)


def records_bag(paths: Iterable[str], *, pages_per_partition: int = 256,
                patterns: tuple[str, ...] = DEFAULT_PATTERNS, limits: Limits = DEFAULT_LIMITS) -> Any:
    """A Dask bag of ``(kind, line)`` outcomes for ``paths``, one partition per WARC file or page group.

    ``kind`` is ``"record"`` (a validated record as a JSON line), ``"error"`` (a failure as a JSON line)
    or ``"skipped"`` (a non-HTML WARC record, with the reason).
    """
    import dask.bag as db
    from dask.delayed import delayed

    parts = list(partitions(paths, pages_per_partition=pages_per_partition, patterns=patterns))
    return db.from_delayed([delayed(_convert_partition)(part, limits) for part in parts])


def _write_partition(outcomes: list[Outcome], folder: str, index: int) -> tuple[int, int, int]:
    base = Path(folder)
    counts = {"record": 0, "error": 0, "skipped": 0}
    with open(base / f"records-{index:05d}.jsonl", "w", encoding="utf-8") as records, \
            open(base / f"errors-{index:05d}.jsonl", "w", encoding="utf-8") as errors:
        for kind, line in outcomes:
            counts[kind] += 1
            if kind == "record":
                records.write(line + "\n")
            elif kind == "error":
                errors.write(line + "\n")
    return counts["record"], counts["error"], counts["skipped"]


def write_partitions(bag: Any, folder: str | Path) -> tuple[int, int, int]:
    """Compute ``bag`` and write ``records-NNNNN.jsonl`` / ``errors-NNNNN.jsonl`` per partition into ``folder``.

    Returns the (converted, failed, skipped) counts.
    """
    from dask.base import compute
    from dask.delayed import delayed

    Path(folder).mkdir(parents=True, exist_ok=True)
    writes = [delayed(_write_partition)(part, str(folder), i) for i, part in enumerate(bag.to_delayed())]
    totals = compute(*writes)
    return (sum(t[0] for t in totals), sum(t[1] for t in totals), sum(t[2] for t in totals))
