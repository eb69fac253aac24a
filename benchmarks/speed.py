#!/usr/bin/env python3
"""Speed of converter beside the competitors, measured in one sitting (quote ratios: the machine is noisy).

    python benchmarks/speed.py --competitors-python ~/competitors/bin/python [--systems trafilatura,readability]
                               [--corpus DIR] [--validate-records 100000] [--startup-runs 15]
                               [--converter /path/to/regular-install/bin/converter]

Prints:
  1. in-process extraction (shared/bench/run.py): pages/s, median and p95 ms per page, and our ratio to each
     competitor on pages/s and p95;
  2. the batch CLI with every record validated before it is written (`converter convert DIR -o F -j 1`);
  3. CLI start-up, whole-process time of converting one page: `converter convert PAGE` vs `trafilatura < PAGE`
     (trafilatura's own way to extract a local file; its `-i` reads a list of URLs, not a page);
  4. import time of `converter` (and of what the CLI pulls in);
  5. `converter validate` records/s on a JSON Lines file of N records.
Says so and exits 2 when ../shared is not there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shared_bench import CORPUS, bench_of


def _timings(preds: Path) -> tuple[float, float, float]:
    seconds = [json.loads(line)["seconds"] for line in preds.read_text(encoding="utf-8").splitlines()]
    ordered = sorted(seconds)
    return len(seconds) / sum(seconds), statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95)] * 1000


def _extraction(args: argparse.Namespace, work: Path) -> None:
    systems = [("converter", sys.executable)]
    if args.competitors_python:
        systems += [(name, args.competitors_python) for name in args.systems.split(",") if name]
    figures = {}
    for name, python in systems:
        out = work / f"{name}.jsonl"
        subprocess.run([python, str(bench_of(args.corpus) / "run.py"), name, str(args.corpus), "--out", str(out)],
                       check=True, capture_output=True)
        figures[name] = _timings(out)
    print("1. in-process extraction on", args.corpus)
    print(f"   {'system':<14}{'pages/s':>9}{'median ms':>11}{'p95 ms':>9}{'ours/theirs pages/s':>22}{'p95 ratio':>11}")
    ours = figures["converter"]
    for name, (rate, median, p95) in figures.items():
        print(f"   {name:<14}{rate:>9.1f}{median:>11.1f}{p95:>9.1f}{ours[0] / rate:>21.2f}x{p95 / ours[2]:>10.2f}x")


def _batch(args: argparse.Namespace, work: Path) -> None:
    converter = Path(sys.executable).with_name("converter")
    pages = sorted((args.corpus / "pages").glob("*.html.gz"))
    started = time.perf_counter()
    subprocess.run([str(converter), "convert", str(args.corpus / "pages"), "-o", str(work / "batch.jsonl"), "-j", "1",
                    "-q", "--errors", str(work / "batch-errors.jsonl")], check=False)
    seconds = time.perf_counter() - started
    print(f"2. batch CLI, records validated before writing, --jobs 1: {len(pages) / seconds:.1f} pages/s "
          f"({len(pages)} pages, whole process)")


def _whole_process(command: list[str], runs: int, stdin: Path | None = None) -> float:
    times = []
    for _ in range(runs):
        with open(stdin or os.devnull, "rb") as feed:
            started = time.perf_counter()
            # Run outside the project: `python -c "import converter"` would import the source tree in the
            # current folder, not the install being timed.
            subprocess.run(command, check=False, capture_output=True, stdin=feed, cwd=tempfile.gettempdir())
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def _startup(args: argparse.Namespace, work: Path) -> None:
    page = work / "one.html"
    page.write_bytes(gzip.decompress(next((args.corpus / "pages").glob("*.html.gz")).read_bytes()))
    ours = _whole_process([str(args.converter), "convert", str(page)], args.startup_runs)
    line = f"3. CLI start-up, one page, median of {args.startup_runs}: converter {ours * 1000:.0f} ms"
    if args.competitors_python:
        trafilatura = str(Path(args.competitors_python).with_name("trafilatura"))
        theirs = _whole_process([trafilatura], args.startup_runs, stdin=page)
        line += f", trafilatura {theirs * 1000:.0f} ms, ratio ours/theirs {ours / theirs:.2f}"
    print(line)


def _imports(args: argparse.Namespace) -> None:
    python = str(args.converter.with_name("python"))
    base = _whole_process([python, "-c", "pass"], 9)
    library = _whole_process([python, "-c", "import converter"], 9)
    cli = _whole_process([python, "-c", "import converter.cli, converter.pipeline"], 9)
    print(f"4. import time over a bare interpreter: converter {1000 * (library - base):.0f} ms, "
          f"CLI with pipeline {1000 * (cli - base):.0f} ms")


def _validate(args: argparse.Namespace, work: Path) -> None:
    lines = (work / "batch.jsonl").read_text(encoding="utf-8").splitlines()[:500]
    records = work / "records.jsonl"
    with open(records, "w", encoding="utf-8") as out:
        for n in range(args.validate_records):
            out.write(lines[n % len(lines)] + "\n")
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).with_name("converter")), "validate", str(records)], check=False,
                   capture_output=True)
    seconds = time.perf_counter() - started
    size = records.stat().st_size / 2**20
    print(f"5. converter validate: {args.validate_records / seconds:.0f} records/s "
          f"({args.validate_records} records, {size:.0f} MiB, whole process)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--competitors-python", help="python of a venv with the competitors installed")
    parser.add_argument("--systems", default="trafilatura,readability,newspaper4k")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a corpus of the shared benchmark")
    parser.add_argument("--validate-records", type=int, default=100_000)
    parser.add_argument("--startup-runs", type=int, default=15)
    parser.add_argument("--converter", type=Path, default=Path(sys.executable).with_name("converter"),
                        help="the converter command timed for start-up and import (default: beside this python); "
                        "an editable install adds its import hook to every start: point this at a regular "
                        "`pip install .` to time what users run")
    args = parser.parse_args()
    if not (bench_of(args.corpus) / "run.py").is_file() or not args.corpus.is_dir():
        print(f"speed.py: the shared benchmark is not here ({bench_of(args.corpus)}, {args.corpus}); "
              "nothing to measure.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="converter-speed-") as scratch:
        work = Path(scratch)
        _extraction(args, work)
        _batch(args, work)
        _startup(args, work)
        _imports(args)
        _validate(args, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
