"""Check an archive of records (JSON Lines, optionally gzip'd) against the schema, from Python.

    python examples/validate_archive.py records.jsonl.gz

Prints LINE: /pointer: message for each problem and a count; exits 1 when any record is invalid.
(`converter validate FILE` does the same from the shell.)
"""

from __future__ import annotations

import gzip
import json
import sys

import converter


def main(path: str) -> int:
    opener = gzip.open if path.endswith(".gz") else open
    bad = total = 0
    with opener(path, "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            total += 1
            problems = converter.validate(json.loads(line))
            bad += bool(problems)
            for problem in problems:
                print(f"{number}: {problem}")
    print(f"{total} records, {bad} invalid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
