#!/usr/bin/env python3
"""Accuracy and speed of converter beside the competitors, in one sitting, on the shared dev corpus.

    python benchmarks/compare.py [--competitors-python PATH] [--systems trafilatura,readability]
                                 [--corpus DIR] [--limit N] [--out DIR]

Runs ``../shared/bench/run.py`` for converter (this interpreter) and for each competitor (an interpreter
with the competitors installed, see ``../shared/bench/README.md``), one after the other on this machine,
then prints ``score.py``'s table side by side. Speed figures are only comparable within one run: quote
ratios. When ``../shared`` is not there the script says so and exits with status 2.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from shared_bench import CORPUS, ROOT, bench_of


def _run(system: str, python: str, corpus: Path, out: Path, limit: int | None) -> Path:
    preds = out / f"{system}.jsonl"
    command = [python, str(bench_of(corpus) / "run.py"), system, str(corpus), "--out", str(preds)]
    if limit:
        command += ["--limit", str(limit)]
    print(f"running {system} ...", file=sys.stderr, flush=True)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return preds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--competitors-python", help="python of a venv with the competitors installed")
    parser.add_argument("--systems", default="trafilatura", help="comma-separated competitors to run beside us")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="a corpus of the shared benchmark")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench")
    args = parser.parse_args()
    bench = bench_of(args.corpus)
    if not (bench / "run.py").is_file() or not args.corpus.is_dir():
        print(f"compare.py: the shared benchmark is not here ({bench}, {args.corpus}); nothing to measure.",
              file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    files = [_run("converter", sys.executable, args.corpus, args.out, args.limit)]
    if args.competitors_python:
        for system in filter(None, args.systems.split(",")):
            files.append(_run(system, args.competitors_python, args.corpus, args.out, args.limit))
    score = [sys.executable, str(bench / "score.py"), str(args.corpus), *map(str, files)]
    if args.limit:
        score.append("--present-only")
    return subprocess.run(score, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
