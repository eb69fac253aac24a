#!/usr/bin/env python3
"""Fuzz `converter.convert` and `converter validate` for a fixed budget; print cases run and failures found.

    python benchmarks/fuzz.py [--seconds 120] [--seed 0]

Inputs are mutations (byte flips, cuts, splices, repeats, wrapped markup) of the fixture pages, the seed
and hostile snippets. A failure is any exception other than ConverterError, a record that does not
validate, a page over 10 s, or validate() raising. Failing inputs are saved under out/fuzz/ to become
regression tests. Exit 1 when anything failed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
import traceback
from pathlib import Path

import converter

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = [
    b"<script type='application/ld+json'>", b"</script>", b"<figure><img data-src='x.jpg' srcset='a 1x, b 2x'>",
    b"<figcaption>Photo: A/Reuters</figcaption>", b"<a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>",
    b"<meta property='article:published_time' content='2020-02-30T25:00:00+99:00'>", b"\x00", b"\xff\xfe",
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"<base href='javascript:x'>", b"&#0;&#xD800;&#1114112;", b"<div>" * 300,
    b'{"@graph":[{"@id":"#a","author":{"@id":"#a"}}]}', b"By | ", b"\r\n\r\n", b"<time datetime='9999-99-99'>",
]


def _corpus() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted((ROOT / "fixtures").glob("*/page.*"))]
    return pages + [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    blob = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        choice = rng.randrange(6)
        where = rng.randint(0, len(blob))
        if choice == 0 and blob:
            blob[rng.randrange(len(blob))] = rng.randrange(256)
        elif choice == 1:
            del blob[where:where + rng.randint(1, 200)]
        elif choice == 2:
            blob[where:where] = rng.choice(SNIPPETS)
        elif choice == 3 and blob:
            start = rng.randrange(len(blob))
            blob[where:where] = blob[start:start + rng.randint(1, 400)] * rng.randint(1, 20)
        elif choice == 4:
            blob = blob[:where]
        else:
            blob[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 30)))
    out = bytes(blob)
    return gzip.compress(out)[: rng.randint(10, 10 + len(out))] if rng.random() < 0.05 else out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = _corpus()
    saved = ROOT / "out" / "fuzz"
    cases = failures = refused = 0
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        data = _mutate(rng, rng.choice(corpus))
        cases += 1
        started = time.monotonic()
        problem = None
        try:
            record = converter.convert(data, url=rng.choice([None, "https://example.org/a/b.html"]))
            found = converter.validate(record)
            converter.validate(json.loads(record.to_json().replace('"text":', '"txt":', rng.random() < 0.1)))
            if found:
                problem = f"invalid record: {found[0]}"
        except converter.ConverterError:
            refused += 1
        except Exception:
            problem = traceback.format_exc(limit=3)
        if problem is None and time.monotonic() - started > 10:
            problem = "over 10 s"
        if problem:
            failures += 1
            saved.mkdir(parents=True, exist_ok=True)
            (saved / f"case-{args.seed}-{cases}.bin").write_bytes(data)
            print(f"case {cases}: {problem.strip().splitlines()[-1]}", file=sys.stderr)
    print(f"fuzz: {cases} cases in {args.seconds:g} s, {refused} refused with ConverterError, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
