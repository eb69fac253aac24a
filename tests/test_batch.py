"""Batch conversion: folders, WARC files, lists; order, errors, resume (also after SIGKILL), jobs."""

from __future__ import annotations

import gzip
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import converter
from converter.cli import main

PAGE = ("<html><head><title>Page {n}</title></head><body><article><p>Paragraph number {n} of a page.</p>"
        "</article></body></html>")


def _pages(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"p{n:04d}.html"
        path.write_text(PAGE.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def _warc(path: Path) -> None:
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for n, (ctype, body) in enumerate([
            ("text/html; charset=windows-1252", PAGE.format(n="un caf\u00e9").encode("cp1252")),
            ("image/png", b"\x89PNG\r\n"),
            ("text/html", PAGE.format(n=7).encode()),
        ]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://example.org/{n}", "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-01T12:00:00Z"},
            )
            writer.write_record(record)
        writer.write_record(writer.create_warc_record("https://example.org/", "request", payload=io.BytesIO(b"GET /")))


def _lines(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def test_folder_recursive_in_order_and_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _pages(tmp_path / "in" / "b", 3)
    _pages(tmp_path / "in" / "a", 2)
    (tmp_path / "in" / "notes.md").write_text("not a page")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path / "in"), "-o", str(out), "-j", "1"]) == 0
    records = _lines(out)
    assert [r["source"]["path"].split("in/")[1] for r in records] == [
        "a/p0000.html", "a/p0001.html", "b/p0000.html", "b/p0001.html", "b/p0002.html"]
    assert all(converter.validate(r) == [] for r in records)
    assert "converted 5, failed 0" in capsys.readouterr().err


def test_glob_selects_files(tmp_path: Path) -> None:
    _pages(tmp_path / "in", 3)
    (tmp_path / "in" / "x.page").write_text(PAGE.format(n=9))
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path / "in"), "--glob", "*.page", "-o", str(out), "-q"]) == 0
    assert [r["text"] for r in _lines(out)] == ["Paragraph number 9 of a page."]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses_with_provenance(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    warc = tmp_path / name
    _warc(warc)
    out = tmp_path / "out.jsonl.gz"
    assert main(["convert", str(warc), "-o", str(out), "-j", "1"]) == 0
    records = _lines(out)
    assert [r["source"]["url"] for r in records] == ["https://example.org/0", "https://example.org/2"]
    first = records[0]
    assert "Paragraph number un café of a page." in first["text"]
    assert first["source"]["encoding"] == "cp1252"
    assert first["source"]["fetched_at"] == "2024-03-01T12:00:00Z"
    assert first["source"]["warc"]["file"] == str(warc)
    assert first["source"]["warc"]["offset"] == 0
    assert first["source"]["warc"]["record_id"].startswith("<urn:uuid:")
    assert records[1]["source"]["warc"]["offset"] > 0
    assert "skipped 2" in capsys.readouterr().err


def test_failures_go_to_errors_file_and_batch_goes_on(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "in", 2)
    broken = tmp_path / "in" / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{pages[0]}\n{broken}\n{tmp_path / 'missing.html'}\n{pages[1]}\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["convert", "--from-list", str(listing), "-o", str(out), "--errors", str(errors), "-q"]) == 1
    assert [r["source"]["path"] for r in _lines(out)] == [str(pages[0]), str(pages[1])]
    failed = _lines(errors)
    assert [(f["input"], f["error"]) for f in failed] == [(str(broken), "InputError"),
                                                         (str(tmp_path / "missing.html"), "InputError")]
    assert all(f["message"] for f in failed)


def test_jobs_2_gives_the_same_records_as_jobs_1(tmp_path: Path) -> None:
    _pages(tmp_path / "in", 40)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["convert", str(tmp_path / "in"), "-o", str(one), "-j", "1", "-q"]) == 0
    assert main(["convert", str(tmp_path / "in"), "-o", str(two), "-j", "2", "-q"]) == 0
    assert one.read_bytes() == two.read_bytes()


def test_resume_repairs_torn_line_and_skips_done(tmp_path: Path) -> None:
    _pages(tmp_path / "in", 5)
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    assert main(["convert", str(tmp_path / "in"), "-o", str(full), "-q", "-j", "1"]) == 0
    lines = full.read_bytes().splitlines(keepends=True)
    partial.write_bytes(b"".join(lines[:2]) + lines[2][:30])
    assert main(["convert", str(tmp_path / "in"), "-o", str(partial), "--resume", "-q", "-j", "1"]) == 0
    assert partial.read_bytes() == full.read_bytes()


def test_identical_files_are_two_records_even_on_resume(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(PAGE.format(n=1))
    (folder / "b.html").write_text(PAGE.format(n=1))
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(folder / "a.html"), str(folder / "b.html"), "-o", str(out), "-q"]) == 0
    assert main(["convert", str(folder), "-o", str(out), "--resume", "-q"]) == 0
    assert len(_lines(out)) == 2


def _processes_with(marker: str) -> list[int]:
    """Live processes whose command line holds ``marker`` (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_sigkill_halfway_then_resume_equals_uninterrupted_run(tmp_path: Path) -> None:
    _pages(tmp_path / "in", 400)
    reference, killed = tmp_path / "reference.jsonl", tmp_path / "killed.jsonl"
    assert main(["convert", str(tmp_path / "in"), "-o", str(reference), "-q", "-j", "1"]) == 0
    command = [sys.executable, "-m", "converter.cli", "convert", str(tmp_path / "in"), "-o", str(killed), "-q",
               "-j", "2"]
    process = subprocess.Popen(command)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if killed.exists() and killed.stat().st_size > reference.stat().st_size // 4:
            break
        time.sleep(0.01)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait()
    size_at_kill = killed.stat().st_size
    assert 0 < size_at_kill < reference.stat().st_size, "the kill must land halfway"
    if Path("/proc").is_dir():  # the workers of the killed batch leave too (forked: same command line)
        deadline = time.monotonic() + 10
        while _processes_with(str(killed)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _processes_with(str(killed)) == []
    resumed = subprocess.run([*command, "--resume"], check=False)
    assert resumed.returncode == 0
    assert killed.read_bytes() == reference.read_bytes()


def test_usage_errors(tmp_path: Path) -> None:
    assert main(["convert"]) == 2
    assert main(["convert", str(tmp_path), "--resume"]) == 2
    assert main(["convert", str(tmp_path), str(tmp_path), "--url", "https://x"]) == 2
    assert main(["convert", "--from-list", str(tmp_path / "none.txt")]) == 2


def test_oversized_warc_record_is_reported_and_the_file_read_on(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for n, body in enumerate([PAGE.format(n=1), PAGE.format(n="x" * 5000), PAGE.format(n=3)]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                          payload=io.BytesIO(body.encode()), http_headers=headers))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["convert", str(warc), "-o", str(out), "--errors", str(errors), "-q", "--max-bytes", "1000"]) == 1
    assert [r["source"]["url"] for r in _lines(out)] == ["https://example.org/0", "https://example.org/2"]
    failed = _lines(errors)
    assert [(f["error"], f["offset"] > 0, f["record_id"] is not None) for f in failed] == [("LimitError", True, True)]


def _responses(statuses: tuple[str, ...]) -> bytes:
    """An uncompressed WARC file of HTML responses with these HTTP statuses."""
    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    for n, status in enumerate(statuses):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = PAGE.format(n=f"{n} " + "with words " * 200).encode()
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    return stream.getvalue()


def test_warc_redirects_and_error_pages_are_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(_responses(("200 OK", "404 Not Found", "301 Moved Permanently", "200 OK")))
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(warc), "-o", str(out)]) == 0
    assert [r["source"]["url"] for r in _lines(out)] == ["https://example.org/0", "https://example.org/3"]
    assert "skipped 2 (WARC records that are no 2xx HTML response)" in capsys.readouterr().err


def test_warc_record_cut_short_is_converted_with_a_warning(tmp_path: Path) -> None:
    warc = tmp_path / "cut.warc"
    whole = _responses(("200 OK",))
    warc.write_bytes(whole[: len(whole) - 500])
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(warc), "-o", str(out), "-q"]) == 0
    [record] = _lines(out)
    [warning] = record["warnings"]
    assert warning["code"] == "truncated-record"
    assert warning["message"].startswith(f"{warc}@0: the WARC record ends ")
    assert [w.code for r in converter.convert_warc(warc) for w in r.warnings] == ["truncated-record"]


def test_warc_gzipped_as_one_stream_is_read(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(gzip.compress(_responses(("200 OK", "200 OK", "200 OK"))))
    assert [r.source.url for r in converter.convert_warc(warc)] == [f"https://example.org/{n}" for n in range(3)]


def test_file_named_warc_that_is_none_fails_with_its_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "page.warc"
    fake.write_text("Saved from Firefox on 3 May 2024 at noon\n" + PAGE.format(n=1), encoding="utf-8")
    assert main(["convert", str(fake), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert f"{fake}@0: not a WARC file" in capsys.readouterr().err
    with pytest.raises(converter.InputError, match="not a WARC file"):
        list(converter.convert_warc(fake))


def test_convert_file_points_a_warc_to_convert_warc(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(_responses(("200 OK",)))
    with pytest.raises(converter.InputError, match="convert_warc"):
        converter.convert_file(warc)


def test_folder_patterns_ignore_case_and_take_gzipped_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "A.HTML").write_text(PAGE.format(n=1), encoding="utf-8")
    (folder / "b.txt.gz").write_bytes(gzip.compress(b"A title\n\nSome text of a saved article."))
    (folder / "c.shtml").write_text(PAGE.format(n=3), encoding="utf-8")
    (folder / "d.png").write_bytes(b"\x89PNG")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(folder), "-o", str(out)]) == 0
    assert [Path(r["source"]["path"]).name for r in _lines(out)] == ["A.HTML", "b.txt.gz", "c.shtml"]
    assert "1 file in folders matched no pattern (--glob takes them)" in capsys.readouterr().err


def test_single_input_with_batch_options_writes_json_lines(tmp_path: Path) -> None:
    page = _pages(tmp_path / "in", 1)[0]
    out = tmp_path / "one.jsonl.gz"
    assert main(["convert", str(page), "-o", str(out), "-q"]) == 0
    assert [r["source"]["path"] for r in _lines(out)] == [str(page)]


def test_unwritable_output_is_one_line_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _pages(tmp_path / "in", 2)
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "no" / "such" / "out.jsonl"), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "out.jsonl" in err


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
def test_every_start_method_converts_the_whole_batch(tmp_path: Path, method: str) -> None:
    # The workers' parent is the batch under "fork" only: the watch on it must not end them elsewhere.
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    _pages(tmp_path / "in", 20)
    out = tmp_path / "out.jsonl"
    script = (f"import multiprocessing; multiprocessing.set_start_method({method!r}); from converter.cli import main; "
              f"raise SystemExit(main(['convert', {str(tmp_path / 'in')!r}, '-o', {str(out)!r}, '-q', '-j', '2']))")
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 20


def test_progress_total_is_counted_for_files_and_folders_only(tmp_path: Path) -> None:
    from converter.output.batch import DEFAULT_PATTERNS, _countable

    pages = _pages(tmp_path / "in", 3)
    assert _countable([str(tmp_path / "in"), str(pages[0])], DEFAULT_PATTERNS) == 4
    assert _countable(iter([str(pages[0])]), DEFAULT_PATTERNS) is None
    assert _countable(["-"], DEFAULT_PATTERNS) is None
    assert _countable([str(tmp_path / "crawl.warc.gz")], DEFAULT_PATTERNS) is None
