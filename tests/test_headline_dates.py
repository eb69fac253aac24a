"""Which heading is the headline, and which heading's dateline and which ``<time>`` date the page
(``visible.headings``, ``headline_dateline``, ``first_time``)."""

from __future__ import annotations

import lxml.html

from converter.extract.metadata import extract_metadata
from converter.extract.page import Page


def _published(html: str) -> str | None:
    return extract_metadata(Page(lxml.html.document_fromstring(html), None, None)).published


def test_date_beside_a_logo_heading_is_the_sites_clock() -> None:
    page = """<html><head><meta name="date" content="2017-05-01T17:05:00+0200"></head><body>
        <h1><a href="/" class="logo">Radio</a></h1><span class="today">Mittwoch, 26.02.2020</span>
        <ul>{}</ul><h1>Wir dekorieren um</h1><p>Die Digitalisierung kostet Arbeitsplätze.</p></body></html>""".format(
        "".join(f"<li><a href='/s{number}'>Sektion {number}</a></li>" for number in range(10)))
    assert _published(page) == "2017-05-01T17:05:00+02:00"


def test_first_visible_subheading_is_the_headline_of_a_page_without_h1() -> None:
    menu = "".join(f"<li><a href='/s{number}'>Sektion {number}</a></li>" for number in range(50))
    page = f"""<html><body><h2 class="hide">Informationsdienst</h2><ul>{menu}</ul>
        <p><em>01.11.2023 11:35</em></p><h4>Effiziente Hybridbatterie</h4><p>Text.</p>
        <h2>Hilfe</h2><p>Stand 05.05.2021</p></body></html>"""
    assert _published(page) == "2023-11-01"


def test_time_in_the_site_banner_is_todays_date() -> None:
    page = """<html><body><header><nav><a href="/">Start</a></nav>
        <time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></header>
        <main><h2>Queer Royal</h2><p><span class="text_datum">31. Oktober 2023.</span> Text.</p></main>
        </body></html>"""
    assert _published(page) == "2023-10-31"
    in_article = """<html><body><article><header><h1>Queer Royal</h1>
        <time datetime="2023-11-01T13:56:20+01:00">1. November 2023</time></header><p>Text.</p></article>
        </body></html>"""
    assert _published(in_article) == "2023-11-01T13:56:20+01:00"


def test_script_state_key_ending_in_date_is_not_the_publication_date() -> None:
    page = "<html><head><script>window.data = {};</script></head><body><p>Photo.</p></body></html>"
    assert _published(page.replace("{}", '{"photo": {"highest_rating_date": "2013-02-17T01:50:24-05:00"}}')) is None
    dated = page.replace("{}", '{"photo": {"date": "2013-02-16T04:36:36-05:00"}}')
    assert _published(dated) == "2013-02-16T04:36:36-05:00"


def test_heading_linking_to_the_sites_address_is_a_logo() -> None:
    menu = "".join(f"<li><a href='/s{number}'>Section {number}</a></li>" for number in range(50))
    page = f"""<html><body><ul class="topbar"><li>Baku</li><li>Tuesday, (08 Dec 2020)</li></ul>
        <h1><a href="https://www.news.example"><img alt="Logo"><span>News</span></a></h1><ul>{menu}</ul>
        <h1 class="h4">Counteroffensive launched</h1><ul class="meta"><li><a href="/time/2020-10-13">13 Oct 2020
        18:29</a></li></ul><p>Story.</p></body></html>"""
    assert _published(page) == "2020-10-13"


def test_logo_heading_is_no_title_and_is_stripped_from_titles() -> None:
    page = """<html><head><meta property="og:title" content="Rinderleber mit Apfel | Liebe geht durch den Magen">
        </head><body><h1><a href="https://www.example.de/" title="Home">Liebe geht durch den Magen</a></h1>
        <h2>Rinderleber mit Apfel</h2><p>Rezept.</p></body></html>"""
    title = extract_metadata(Page(lxml.html.document_fromstring(page), None, None)).title
    assert title == "Rinderleber mit Apfel"


def test_a_headline_that_links_to_another_sites_address_is_no_logo() -> None:
    filler = "<p>" + "Some words about the tools I use. " * 20 + "</p>"
    page = f"""<html><body><h1>Why I switched to <a href="https://www.notion.so/">Notion</a></h1>
        <p>May 3, 2021</p>{filler}</body></html>"""
    assert _published(page) == "2021-05-03"


def test_a_heading_that_is_all_a_link_to_the_sites_address_is_the_logo() -> None:
    filler = "<p>" + "Some words about the tools I use. " * 20 + "</p>"
    page = f"""<html><head><meta name="date" content="2019-02-01"></head><body>
        <h1><a href="https://blog.example.org/">My Blog</a></h1><p>Today: 26.02.2020</p>
        <ul>{"".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(10))}</ul>{filler}</body></html>"""
    assert _published(page) == "2019-02-01"
