"""Hostile and broken inputs: each gives a valid record (with warnings where something was cut) or a
one-line ConverterError naming the input; nothing reaches the network, no entity is expanded."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import converter
from converter.cli import main

# A paragraph long enough to be an article's text, whatever the main-content rules weigh.
PARA = "Le café est une boisson préparée à partir des graines torréfiées du caféier, bue dans le monde entier."


def _record(data: bytes | str, **options: object) -> converter.Record:
    record = converter.convert(data, name="hostile.html", **options)  # type: ignore[arg-type]
    assert converter.validate(record) == []
    json.loads(record.to_json())
    return record


@pytest.mark.parametrize("data", [b"", b"  \n\t ", "", "\ufeff"], ids=["empty", "blank", "empty-str", "bom-only"])
def test_empty_inputs_give_an_empty_record(data: bytes | str) -> None:
    record = _record(data)
    assert record.text == "" and record.title is None


@pytest.mark.parametrize("magic", [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"%PDF-1.7", b"PK\x03\x04"])
def test_binary_files_renamed_html_are_refused(magic: bytes) -> None:
    with pytest.raises(converter.InputError, match=r"hostile\.html: binary data"):
        converter.convert(magic + bytes(range(256)) * 8, name="hostile.html")


def test_random_binary_without_magic_is_refused() -> None:
    with pytest.raises(converter.InputError, match="control characters"):
        converter.convert(bytes(range(32)) * 200, name="hostile.html")


def test_nul_and_control_characters_are_removed_with_a_warning() -> None:
    record = _record(f"<p>a\x00b\x01c\x1bd {PARA}</p>".encode())
    assert record.text == f"abcd {PARA}"
    assert [w.code for w in record.warnings] == ["control-characters"]
    assert all(ord(c) >= 0x20 or c in "\n\t" for c in record.to_json())


@pytest.mark.parametrize(
    "data",
    [f"<p>\xff\xfe \xc3( {PARA}</p>".encode("latin-1", "replace"), f"<p>{PARA}</p>".encode("utf-16-le"),
     f"<p>{PARA}</p>".encode("utf-32"), f'<meta charset="utf-16"><p>{PARA}</p>'.encode(),
     f'<meta charset="klingon"><p>{PARA}</p>'.encode("cp1252")],
    ids=["invalid-utf8", "utf16-no-bom", "utf32-bom", "lying-utf16", "unknown-charset"],
)
def test_encodings_gone_wrong_still_give_text(data: bytes) -> None:
    assert "boisson pr" in _record(data).text


def test_truncated_gzip_keeps_what_was_read() -> None:
    blob = gzip.compress(b"<p>" + b" ".join(b"w%d" % i for i in range(30000)) + b"</p>")
    record = _record(blob[: len(blob) // 2])
    assert record.text.startswith("w0 w1")
    assert [w.code for w in record.warnings] == ["truncated-gzip"]


def test_fake_gzip_is_an_input_error() -> None:
    with pytest.raises(converter.InputError, match=r"^hostile\.html: not a valid gzip stream"):
        converter.convert(b"\x1f\x8bnot really", name="hostile.html")


def test_deep_nesting_is_cut_and_reported() -> None:
    page = b"<div>" * 100_000 + b"<p>deep</p>" + b"</div>" * 100_000
    record = _record(page)
    assert [w.code for w in record.warnings] == ["depth-limit", "no-text"]
    assert "hostile.html" in record.warnings[0].message


def test_unclosed_tags_and_framesets_and_script_only_pages() -> None:
    assert "boisson" in _record(f"<html><body><div><p>abc<p>{PARA}<span>ghi".encode()).text
    assert _record(b"<html><frameset><frame src='a.html'></frameset></html>").text == ""
    record = _record(b"<html><script>var secret = 'x';</script><style>p{}</style><template><p>t</p></template></html>")
    assert "secret" not in record.to_json() and "p{}" not in record.to_json()


def test_huge_page_and_many_links_and_long_line() -> None:
    _record(b"<html><body>" + b"<p>para graph text</p>" * 200_000)
    _record(b"<article>" + b"".join(b'<p>See <a href="/l%d">link %d</a>.</p>' % (i, i) for i in range(20_000)))
    _record(b"x" * 20_000_000)


@pytest.mark.parametrize(
    "script",
    [b'{"@type": "NewsArticle", "headline": ', b"[" * 100_000 + b"]" * 100_000,
     b'{"@type":"NewsArticle","author":[' + b",".join(b'{"name":"A%d"}' % i for i in range(50_000)) + b"]}",
     b'{"@graph": {"@graph": "x"}, "author": {"@id": "#a"}, "@id": "#a"}'],
    ids=["broken", "deep", "huge", "cyclic-id"],
)
def test_bad_json_ld_never_crashes(script: bytes) -> None:
    _record(b'<script type="application/ld+json">' + script + b"</script><p>Body text here.</p>")


@pytest.mark.parametrize("value", ["0000-01-01", "9999-12-31T23:59:59Z", "2020-02-30", "3024-01-01", "-1", "1e9"])
def test_absurd_dates_are_dropped(value: str) -> None:
    page = f'<meta property="article:published_time" content="{value}"><time datetime="{value}">x</time><p>x</p>'
    assert _record(page).published is None


def test_entities_are_never_expanded() -> None:
    xxe = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b"<html><body><p>a &x; b</p></body></html>")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c;</p></body></html>')
    assert "root:" not in _record(xxe).text
    assert "aaaaaaaaaa" not in _record(laughs).text
    assert "ENTITY" not in _record(laughs).text


def test_no_network_during_conversion(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("converter opened a socket")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = (b'<!DOCTYPE html SYSTEM "http://127.0.0.1:9/x.dtd"><html><head><base href="http://127.0.0.1:9/">'
            b'<link rel="stylesheet" href="http://127.0.0.1:9/s.css"></head><body><img src="i.jpg">'
            b'<iframe src="http://127.0.0.1:9/f"></iframe><p>Text with <a href="a">a link</a>.</p></body></html>')
    _record(page)


def test_limits_give_limit_errors_naming_the_input(tmp_path: Path) -> None:
    with pytest.raises(converter.LimitError, match=r"hostile\.html: input is over the 100-byte limit"):
        converter.convert(b"<p>" + b"x" * 200, name="hostile.html", limits=converter.Limits(max_bytes=100))
    with pytest.raises(converter.LimitError, match="element limit"):
        converter.convert(b"<p>x</p>" * 50, name="hostile.html", limits=converter.Limits(max_nodes=20))
    with pytest.raises(converter.LimitError, match="second limit"):
        converter.convert(b"<p>x</p>", name="hostile.html", limits=converter.Limits(max_seconds=-1))
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * 200)
    with pytest.raises(converter.LimitError, match=r"big\.html"):
        converter.convert_file(big, limits=converter.Limits(max_bytes=100))


def test_gzip_bomb_stops_at_the_limit() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    with pytest.raises(converter.LimitError, match="gzip content is over the 1048576-byte"):
        converter.convert(bomb, name="hostile.html", limits=converter.Limits(max_bytes=1 << 20))


def test_limits_hold_for_str_and_tree_inputs() -> None:
    import lxml.html

    with pytest.raises(converter.LimitError, match="byte limit"):
        converter.convert("<p>" + "é" * 100, limits=converter.Limits(max_bytes=100))
    with pytest.raises(converter.LimitError, match="element limit"):
        converter.convert(lxml.html.fromstring("<div>" + "<p>x</p>" * 50 + "</div>"),
                          limits=converter.Limits(max_nodes=20))


def test_latin1_labels_read_as_windows_1252() -> None:
    for label in ("latin1", "l1", "ISO_8859-1:1987"):
        page = f'<meta charset="{label}"><p>It’s “quoted” – {PARA}</p>'.encode("cp1252")
        assert "It’s “quoted” –" in _record(page).text


def test_comment_only_page_and_lone_surrogates() -> None:
    assert _record(b"<!-- only a comment -->").text == ""
    record = _record(f"<p>a\ud800b {PARA}</p>")
    assert record.text.endswith(PARA) and "\ud800" not in record.text


def test_cli_over_limit_is_one_line_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"x" * 200)
    assert main(["convert", str(big), "--max-bytes", "100"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "big.html" in err and "Traceback" not in err


def test_cli_binary_input_in_a_subprocess_has_no_traceback(tmp_path: Path) -> None:
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    done = subprocess.run([sys.executable, "-m", "converter.cli", "convert", str(image)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == f"converter: {image}: binary data (PNG image), not a page or a text"
    assert done.stdout == ""


@pytest.mark.parametrize("control", ["\x7f", "\x85", "\x9f", "\x0b"])
def test_each_kind_of_control_character_is_removed(control: str) -> None:
    # DEL, the C1 range (NEL, APC) and vertical tab: each alone on an otherwise clean page.
    record = _record(f"<p>a{control}b {PARA}</p>".encode())
    assert record.text == f"ab {PARA}"
    assert [w.code for w in record.warnings] == ["control-characters"]


def test_text_without_control_characters_has_no_warning() -> None:
    record = _record(f"<p>café\u00a0– ©\u2028 {PARA}</p>".encode())
    assert record.warnings == ()


@pytest.mark.parametrize("src", ["/photos/harbour.jpg", "/icons/logo.png", "/img/flag-raising.jpg?w=20"])
def test_image_sizes_written_in_superscript_digits_do_not_stop_the_page(src: str) -> None:
    # "²".isdigit() is True, yet int("²") raises.
    html = f'<article><p>{PARA}</p><figure><img src="{src}" width="²" height="³"><figcaption>A harbour.'
    record = _record(f"{html}</figcaption></figure></article>".encode())
    assert record.text.startswith(PARA[:20])
