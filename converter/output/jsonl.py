"""JSON Lines output: whole lines, optional gzip, and what ``--resume`` needs (keys done, torn tail repaired)."""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError


def resume_key(record: dict[str, Any]) -> tuple[str, str] | None:
    """What identifies a record's input: (WARC file, record id) or (input path, sha256)."""
    source = record.get("source") or {}
    warc = source.get("warc")
    if warc and warc.get("record_id"):
        return (str(warc.get("file")), str(warc["record_id"]))
    if source.get("path") and source.get("sha256"):
        return (str(source["path"]), str(source["sha256"]))
    return None


def _complete_lines(path: Path) -> Iterator[bytes]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rb") as stream:
            yield from stream
    except (EOFError, gzip.BadGzipFile, OSError):
        return  # a torn gzip tail: what was read so far is kept


def repair_and_scan(path: Path) -> set[tuple[str, str]]:
    """The resume keys of the records already in ``path``, after cutting a torn last line.

    A plain file is truncated after its last newline; a gzip file whose tail is torn is rewritten with its
    complete lines. Raises :class:`InputError` when the file cannot be repaired.
    """
    if not path.exists():
        return set()
    done: set[tuple[str, str]] = set()
    kept = 0
    torn = False
    for line in _complete_lines(path):
        if not line.endswith(b"\n"):
            torn = True  # only the last line can be torn: records are written whole, newline last
            break
        try:
            key = resume_key(json.loads(line))
        except ValueError:
            key = None
        if key:
            done.add(key)
        kept += len(line)
    try:
        if path.suffix == ".gz":
            if torn or not _gzip_intact(path):
                _rewrite_gzip(path, kept)
        else:
            with open(path, "r+b") as out:
                out.truncate(kept)
    except OSError as exc:
        raise InputError(f"{path}: cannot repair for --resume: {exc.strerror or exc}") from exc
    return done


def _gzip_intact(path: Path) -> bool:
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (EOFError, gzip.BadGzipFile, OSError):
        return False
    return True


def _rewrite_gzip(path: Path, keep: int) -> None:
    """Rewrite ``path`` with its first ``keep`` uncompressed bytes (the complete lines), streaming."""
    temporary = path.with_name(path.name + ".repair")
    with gzip.open(path, "rb") as source, gzip.open(temporary, "wb") as out:
        while keep > 0:
            chunk = source.read(min(keep, 1 << 20))
            if not chunk:
                break
            out.write(chunk)
            keep -= len(chunk)
    os.replace(temporary, path)


def open_output(path: str | None, *, append: bool) -> IO[bytes]:
    """A binary stream for records: ``path`` (gzip'd when it ends in ``.gz``), or stdout when None."""
    if path is None or path == "-":
        return sys.stdout.buffer
    mode = "ab" if append else "wb"
    if path.endswith(".gz"):
        return gzip.open(path, mode)  # type: ignore[return-value]
    return open(path, mode)
