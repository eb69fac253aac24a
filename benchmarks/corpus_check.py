#!/usr/bin/env python3
"""Every dev page gives a valid record, and the same bytes in two separate processes (other hash seeds).

    python benchmarks/corpus_check.py [--corpus DIR] [--limit N]

Prints how many records are invalid (with the first problems), how many differ between the two runs,
and how many pages raised. Says so and exits 2 when ../shared is not there.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
_RUN = """
import gzip, json, sys, converter
for line in sys.stdin:
    entry = json.loads(line)
    data = open(entry["file"], "rb").read()
    try:
        print(converter.convert(data, url=entry.get("url"), name=entry["id"]).to_json())
    except converter.ConverterError as exc:
        print(json.dumps({"error": str(exc)}))
"""


def _run(entries: str, seed: str) -> list[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _RUN], input=entries, capture_output=True, text=True, env=env,
                          check=True)
    return done.stdout.splitlines()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    index = args.corpus / "index.jsonl"
    if not index.is_file():
        print(f"corpus_check.py: the shared corpus is not here ({args.corpus}); nothing to check.", file=sys.stderr)
        return 2
    import converter

    entries = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines()][: args.limit]
    feed = "".join(json.dumps({"id": e["id"], "url": e.get("url"), "file": str(args.corpus / e["path"])}) + "\n"
                   for e in entries)
    first, second = _run(feed, "1"), _run(feed, "2")
    problems: Counter[str] = Counter()
    invalid = errors = 0
    for entry, line in zip(entries, first, strict=True):
        record = json.loads(line)
        if "error" in record:
            errors += 1
            print(f"{entry['id']}: {record['error']}")
            continue
        found = converter.validate(record)
        invalid += bool(found)
        problems.update(f"{p.pointer.split('/')[1]}: {p.message[:90]}" for p in found)
    differing = sum(a != b for a, b in zip(first, second, strict=True))
    print(f"pages {len(entries)}, invalid records {invalid}, errors {errors}, "
          f"different between two processes {differing}")
    for problem, count in problems.most_common(10):
        print(f"  {count:4d}  {problem}")
    return 1 if invalid or differing or errors else 0


if __name__ == "__main__":
    sys.exit(main())
