#!/usr/bin/env python3
"""Batch throughput and memory: pages/s with --jobs 1 and --jobs 2, on a folder and on a WARC, and peak RSS.

    python benchmarks/batch.py [--corpus DIR] [--pages 1000,10000] [--work DIR]

Builds, from the shared dev corpus, folders of N pages (the dev pages repeated under other names) and a
WARC file of the dev pages, then runs the real CLI (`converter convert ... -o out.jsonl`) on them and prints
pages/s, the jobs-2/jobs-1 scaling ratio, and the peak resident memory of the run (largest process).
Says so and exits 2 when ../shared is not there.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
# Runs the CLI and reports the largest resident set of it and its workers (ru_maxrss of waited children, KiB).
_MEASURE = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)"
)


def _dev_pages(corpus: Path) -> list[tuple[str, str | None, bytes]]:
    pages = []
    for line in (corpus / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        pages.append((entry["id"], entry.get("url"), (corpus / entry["path"]).read_bytes()))
    return pages


def _folder(pages: list[tuple[str, str | None, bytes]], target: Path, count: int) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        name, _, data = pages[n % len(pages)]
        (target / f"{n:06d}-{name}.html.gz").write_bytes(data)
    return target


def _warc(pages: list[tuple[str, str | None, bytes]], target: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(target, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for name, url, data in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url or f"https://corpus.invalid/{name}", "response",
                                               payload=io.BytesIO(gzip.decompress(data)), http_headers=headers)
            writer.write_record(record)
    return target


def _run(inputs: Path, jobs: int, out: Path, pages: int) -> tuple[float, float]:
    converter = Path(sys.executable).with_name("converter")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(converter), "convert", str(inputs), "-o", str(out),
                           "-j", str(jobs), "-q", "--errors", str(out) + ".errors"],
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    return pages / seconds, int(done.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--pages", default="1000,10000", help="folder sizes to measure (comma-separated)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args()
    if not (args.corpus / "index.jsonl").is_file():
        print(f"batch.py: the shared corpus is not here ({args.corpus}); nothing to measure.", file=sys.stderr)
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="converter-batch-"))
    pages = _dev_pages(args.corpus)
    try:
        print(f"{'input':<28}{'jobs':>5}{'pages/s':>10}{'peak RSS MiB':>14}")
        runs = [(f"dev folder ({len(pages)})", _folder(pages, work / "dev", len(pages)), len(pages)),
                (f"dev WARC ({len(pages)})", _warc(pages, work / "dev.warc.gz"), len(pages))]
        runs += [(f"folder of {n}", _folder(pages, work / f"n{n}", n), n) for n in map(int, args.pages.split(","))]
        for label, inputs, count in runs:
            rates = []
            for jobs in (1, 2):
                rate, rss = _run(inputs, jobs, work / "out.jsonl", count)
                rates.append(rate)
                print(f"{label:<28}{jobs:>5}{rate:>10.1f}{rss:>14.1f}", flush=True)
            print(f"{label:<28} scaling jobs2/jobs1 = {rates[1] / rates[0]:.2f}x")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
