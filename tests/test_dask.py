"""The Dask integration on a real LocalCluster (2 worker processes on loopback) equals a single-process run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from converter.output.batch import run_batch

distributed = pytest.importorskip("distributed")
sys.path.insert(0, str(Path(__file__).parent))
from test_batch import _pages, _warc  # noqa: E402


def test_local_cluster_records_equal_single_process(tmp_path: Path) -> None:
    from converter.integrations.dask import partitions, records_bag, write_partitions

    _pages(tmp_path / "in" / "pages", 23)
    _warc(tmp_path / "in" / "crawl.warc.gz")
    (tmp_path / "in" / "pages" / "broken.html.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    single = tmp_path / "single.jsonl"
    run_batch([str(tmp_path / "in")], output=str(single), errors=str(tmp_path / "e.jsonl"), jobs=1, progress=False)

    assert [len(p) for p in partitions([str(tmp_path / "in")], pages_per_partition=10)] == [1, 10, 10, 4]
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        bag = records_bag([str(tmp_path / "in")], pages_per_partition=10)
        converted, failed, skipped = write_partitions(bag, tmp_path / "out")
    assert (converted, failed, skipped) == (25, 1, 2)
    parts = sorted((tmp_path / "out").glob("records-*.jsonl"))
    assert len(parts) == 4
    assert b"".join(p.read_bytes() for p in parts) == single.read_bytes()
    assert b"broken.html.gz" in b"".join(p.read_bytes() for p in (tmp_path / "out").glob("errors-*.jsonl"))


def test_partitions_cut_page_groups_at_each_warc_file(tmp_path: Path) -> None:
    from converter.integrations.dask import partitions

    names = ["a.html", "b.html", "c.html", "m.warc.gz", "x.html", "y.warc", "z.html"]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    groups = partitions([str(tmp_path / name) for name in names], pages_per_partition=2)
    assert [[Path(path).name for path in group] for group in groups] == [
        ["a.html", "b.html"], ["c.html"], ["m.warc.gz"], ["x.html"], ["y.warc"], ["z.html"],
    ]
