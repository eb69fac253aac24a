"""JSON Lines output: whole lines, optional gzip, and what ``--resume`` needs (keys done, torn tail repaired)."""

from __future__ import annotations

import gzip
import json
import os
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
    kept: list[bytes] = []
    for line in _complete_lines(path):
        if not line.endswith(b"\n"):
            break  # only the last line can be torn: records are written whole, newline last
        try:
            key = resume_key(json.loads(line))
        except ValueError:
            key = None
        if key:
            done.add(key)
        kept.append(line)
    try:
        if path.suffix == ".gz":
            temporary = path.with_name(path.name + ".repair")
            with gzip.open(temporary, "wb") as out:
                out.writelines(kept)
            os.replace(temporary, path)
        else:
            with open(path, "r+b") as out:
                out.truncate(sum(map(len, kept)))
    except OSError as exc:
        raise InputError(f"{path}: cannot repair for --resume: {exc.strerror or exc}") from exc
    return done


def open_output(path: str | None, *, append: bool) -> IO[bytes]:
    """A binary stream for records: ``path`` (gzip'd when it ends in ``.gz``), or stdout when None."""
    import sys

    if path is None or path == "-":
        return sys.stdout.buffer
    mode = "ab" if append else "wb"
    if path.endswith(".gz"):
        return gzip.open(path, mode)  # type: ignore[return-value]
    return open(path, mode)
