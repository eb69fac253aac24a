"""Where the shared benchmark lives: the corpus (default ``../shared/corpus/dev``) and its scripts beside it."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def bench_of(corpus: Path) -> Path:
    """The shared benchmark scripts (run.py, score.py) of ``corpus``: shared/corpus/dev -> shared/bench."""
    return corpus.resolve().parent.parent / "bench"
