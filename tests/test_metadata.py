"""Page metadata: each field from its most trusted source, cleaned (``extract_metadata`` and its helpers)."""

from __future__ import annotations

import lxml.html
import pytest

from converter.extract.jsonld import main_node, read_jsonld
from converter.extract.language import guess_language, normalize_language
from converter.extract.metadata import extract_metadata
from converter.extract.page import Page
from converter.extract.titles import agrees, strip_site_name


def _page(html: str, url: str | None = "https://news.example.com/a/story") -> Page:
    return Page(lxml.html.document_fromstring(html), url, url)


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Rivers rise | The Example Times", ["The Example Times"], "Rivers rise"),
        ("The Example Times - Rivers rise", ["The Example Times"], "Rivers rise"),
        ("Rivers rise - Politics - Example", ["example"], "Rivers rise - Politics"),
        ("Rivers rise | Example News", ["example"], "Rivers rise"),
        ("Merkel: «Wir schaffen das»", ["spiegel"], "Merkel: «Wir schaffen das»"),
        ("Plain headline", [], "Plain headline"),
    ],
)
def test_strip_site_name(title: str, sites: list[str], expected: str) -> None:
    assert strip_site_name(title, sites) == expected


def test_agrees() -> None:
    assert agrees("Rivers rise after rain", "Rivers rise after rain | Example")
    assert not agrees("News", "Rivers rise after a week of rain in the north")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en_US", "en-US"), ("DE", "de"), ("zh-hans-cn", "zh-Hans-CN"), ("de-DE, en", "de-DE"), ("x-default", None),
     ("", None), ("*", None)],
)
def test_normalize_language(value: str, expected: str | None) -> None:
    assert normalize_language(value) == expected


def test_guess_language() -> None:
    german = "Der Rat hat am Montag über die Pläne für den neuen Bahnhof beraten, und die Mehrheit war dafür. " * 3
    english = "The council met on Monday to discuss the plans for the new station, and most were in favour. " * 3
    assert guess_language(german) == "de"
    assert guess_language(english) == "en"
    assert guess_language("Too short.") is None


def test_jsonld_graph_and_type_arrays() -> None:
    page = _page("""<html><head><script type="application/ld+json">
        {"@graph": [{"@type": "WebSite", "name": "Site"},
                    {"@type": ["NewsArticle", "Article"], "headline": "Headline", "author": {"@id": "#p"}},
                    {"@type": "Person", "@id": "#p", "name": "Jane Doe"}]}
        </script></head><body></body></html>""")
    jsonld = read_jsonld(page)
    article = main_node(jsonld)
    assert article is not None and article["headline"] == "Headline"
    assert jsonld.resolve(article["author"])["name"] == "Jane Doe"


def test_broken_jsonld_is_skipped() -> None:
    page = _page("""<html><head><script type="application/ld+json">{"@type": "Article", "headline": "A",}</script>
        <script type="application/ld+json">{not json</script></head><body></body></html>""")
    assert main_node(read_jsonld(page))["headline"] == "A"


def test_heading_that_agrees_with_title_wins_over_og_title() -> None:
    metadata = extract_metadata(_page("""<html><head><title>Rivers rise after rain | Example News</title>
        <meta property="og:title" content="Rivers rise after rain (video)"></head>
        <body><h1>Rivers rise after rain</h1></body></html>"""))
    assert metadata.title == "Rivers rise after rain"


def test_kicker_is_dropped_from_heading() -> None:
    metadata = extract_metadata(_page("""<html><head><title>Klimavorreiter Oberland? - Example</title></head>
        <body><h1><span class="kicker">Energiewende</span> Klimavorreiter Oberland?</h1></body></html>"""))
    assert metadata.title == "Klimavorreiter Oberland?"


def test_site_name_is_no_author() -> None:
    metadata = extract_metadata(_page("""<html><head><meta property="og:site_name" content="Example News">
        <meta name="author" content="Example News"></head><body><h1>Headline here</h1>
        <p class="byline">By Jane Doe</p></body></html>"""))
    assert [author.name for author in metadata.authors] == ["Jane Doe"]


def test_company_in_author_meta_is_refused() -> None:
    metadata = extract_metadata(_page("""<html><head><meta name="author" content="Example Verlag GmbH, Berlin">
        </head><body><h1>Headline here</h1></body></html>"""))
    assert metadata.authors == ()


def test_utc_time_yields_to_local_day_in_url() -> None:
    metadata = extract_metadata(_page(
        """<html><head><meta property="article:published_time" content="2023-11-09T03:28:35+00:00">
        </head><body><h1>Headline here</h1></body></html>""",
        url="https://news.example.com/2023/11/08/story/"))
    assert metadata.published == "2023-11-08"


def test_dateline_after_heading() -> None:
    metadata = extract_metadata(_page("""<html><body><h1>Radon im Boden</h1>
        <div><span>Datum</span> <span>25.01.2022</span></div><p>Text.</p></body></html>""", url=None))
    assert metadata.published == "2022-01-25"


def test_licence_in_caption_is_not_the_pages() -> None:
    metadata = extract_metadata(_page("""<html><body><h1>Headline here</h1><figure><img src="a.jpg">
        <figcaption>Photo: <a href="https://creativecommons.org/licenses/by/2.0/">CC BY 2.0</a></figcaption>
        </figure></body></html>"""))
    assert metadata.license is None


def test_all_rights_reserved_is_no_licence() -> None:
    metadata = extract_metadata(_page("""<html><head><meta name="dc.rights" content="All rights reserved">
        </head><body></body></html>"""))
    assert metadata.license is None


def test_licence_only_in_meta_is_not_stated() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <meta name="DC.rights" content="http://creativecommons.org/licenses/by-sa/3.0/de/">
        </head><body><h1>Headline here</h1><p>Text.</p></body></html>"""))
    assert metadata.license is None


def test_licence_of_a_podcast_is_not_the_pages() -> None:
    metadata = extract_metadata(_page("""<html><body><h1>Headline here</h1><p>Text.</p>
        <aside><p>Der Resonator-Podcast steht unter einer
        <a href="http://creativecommons.org/licenses/by/4.0/">Creative Commons Namensnennung 4.0-Lizenz</a>.</p>
        </aside></body></html>"""))
    assert metadata.license is None


def test_empty_page() -> None:
    metadata = extract_metadata(_page("<html><body></body></html>", url=None))
    assert metadata.title is None and metadata.authors == () and metadata.published is None


def test_label_alone_in_its_element_opens_the_byline() -> None:
    metadata = extract_metadata(_page("""<html><body><h1>Headline here</h1>
        <p><strong>Autor:</strong> Peter Beispiel/SP-X<br><strong>Tags:</strong> Auto</p></body></html>"""))
    assert [author.name for author in metadata.authors] == ["Peter Beispiel"]


def test_visible_byline_naming_more_persons_wins() -> None:
    metadata = extract_metadata(_page("""<html><head><script type="application/ld+json">
        {"@type": "NewsArticle", "headline": "Headline here", "author": {"@type": "Person", "name": "Jane Doe"}}
        </script></head><body><h1>Headline here</h1><p class="byline">By Jane Doe and John Roe</p></body></html>"""))
    assert [author.name for author in metadata.authors] == ["Jane Doe", "John Roe"]


def test_initials_are_no_author() -> None:
    metadata = extract_metadata(_page("""<html><head><meta name="author" content="kj"></head>
        <body><h1>Headline here</h1></body></html>"""))
    assert metadata.authors == ()


def test_headline_dateline_confirmed_by_url_wins_over_declared_date() -> None:
    metadata = extract_metadata(_page(
        """<html><head><meta property="article:published_time" content="2009-04-11T18:06:36+02:00"></head>
        <body><h1>Headline here</h1><p>22. Oktober 2019</p></body></html>""",
        url="https://news.example.com/2019/10/22/story/"))
    assert metadata.published == "2019-10-22"


def test_day_first_slashes_on_a_spanish_page() -> None:
    metadata = extract_metadata(_page("""<html lang="es"><head>
        <meta property="article:published_time" content="10/05/2022 05:22 pm"></head><body></body></html>""",
        url=None))
    assert metadata.published == "2022-05-10"


def test_malformed_urls_do_not_break_extraction() -> None:
    metadata = extract_metadata(_page("""<html><head><link rel="canonical" href="http://[::1">
        <script type="application/ld+json">{"@type": "Article", "headline": 5, "author": [null, 3, {"@id": 7}],
        "datePublished": {"@value": 5}}</script></head><body><h1>Headline here</h1></body></html>""",
        url="http://[::1"))
    assert metadata.title == "Headline here" and metadata.authors == ()


def test_bare_web_page_date_needs_showing() -> None:
    head = """<html><head><script type="application/ld+json">{"@type": "WebPage", "name": "Glossar",
        "datePublished": "2019-05-23T08:02:35+00:00"}</script></head><body><h1>Glossar der Begriffe</h1>"""
    assert extract_metadata(_page(head + "<p>Text.</p></body></html>")).published is None
    shown = extract_metadata(_page(head + "<p>23.05.2019</p></body></html>"))
    assert shown.published == "2019-05-23T08:02:35+00:00"


def test_title_cut_at_a_quote_is_completed_and_twin_headings_count_once() -> None:
    metadata = extract_metadata(_page("""<html><head><title>Senator calls the plan "reckless"</title>
        <meta property="og:title" content="Senator calls the plan "></head>
        <body><h1>Senator wins</h1><h1>Senator wins</h1></body></html>"""))
    assert metadata.title == "Senator wins"
    metadata = extract_metadata(_page("""<html><head><title>Senator calls the plan "reckless"</title>
        <meta property="og:title" content="Senator calls the plan "></head><body></body></html>"""))
    assert metadata.title == 'Senator calls the plan "reckless"'


def test_script_state_date_when_nothing_else_dates_the_page() -> None:
    page = _page('<html><head><script>window.state = {"publishedDate":"2016-11-04T20:37:27Z"};</script></head>'
                 "<body><h1>A review of the shop</h1><p>Good service.</p></body></html>")
    assert extract_metadata(page).published == "2016-11-04T20:37:27+00:00"


def test_labelled_date_whose_label_element_holds_a_word_more() -> None:
    page = _page("<html><body><h2>Liebe Menschen</h2><div class='entry-meta'><span>Publiziert am</span> "
                 "<a href='/p'><span>13. Januar 2014</span></a> <span>von</span> <a>uriebe</a></div>"
                 "<p>Text.</p></body></html>", url=None)
    assert extract_metadata(page).published == "2014-01-13"


def test_first_name_in_metadata_takes_the_full_name_shown() -> None:
    page = _page('<html><head><meta name="author" content="Todd"><meta property="og:type" content="article">'
                 '</head><body><h1>New robot samples blood</h1>'
                 "<p class='label'>By</p><p class='full-name'>Todd Bates</p><p>Story.</p></body></html>")
    assert [author.name for author in extract_metadata(page).authors] == ["Todd Bates"]


def test_agency_alone_is_no_author() -> None:
    page = _page('<html><head><meta name="author" content="AFP"></head><body><h1>Senate votes</h1>'
                 "<p>By AFP</p><p>Story.</p></body></html>")
    assert extract_metadata(page).authors == ()


def test_user_name_in_marked_byline() -> None:
    page = _page("<html><body><h1>Hackathon im Sommer</h1><div class='submitted'>Gespeichert von "
                 "<span class='username'>rasos</span> am 24. Juli 2017 - 18:55</div><p>Text.</p></body></html>")
    assert [author.name for author in extract_metadata(page).authors] == ["rasos"]


def test_xml_lang_of_an_xhtml_page_reads_british_dates_day_first() -> None:
    page = _page('<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB"><body><h1>Halls too full</h1>'
                 "<p><span class='time'>02/10/2020</span></p><p>Text.</p></body></html>", url=None)
    metadata = extract_metadata(page)
    assert metadata.language == "en-GB" and metadata.published == "2020-10-02"


def test_dateline_under_headline_wins_over_a_marked_time_of_a_teaser() -> None:
    teaser = ("<div class='related'><h4>Older post</h4><time class='published' datetime='2020-12-03 07:32:49'>"
              "3. Dezember 2020</time></div>")
    page = _page(f"<html><body><h1>Intendanten-Wechsel</h1><p><span class='published'>31. Oktober 2023</span></p>"
                 f"<p>Text.</p>{teaser}</body></html>", url=None)
    assert extract_metadata(page).published == "2023-10-31"
    same_day = _page(f"<html><body><h1>Intendanten-Wechsel</h1><p>3. Dezember 2020</p>{teaser}</body></html>",
                     url=None)
    assert extract_metadata(same_day).published == "2020-12-03"


def test_recipe_record_date_needs_showing() -> None:
    head = """<html><head><script type="application/ld+json">{"@type": "Recipe", "name": "Porridge",
        "datePublished": "2018-07-25"}</script></head><body><h1>Vanille-Hafer-Porridge</h1>"""
    assert extract_metadata(_page(head + "<p>Zutaten.</p></body></html>")).published is None
    shown = extract_metadata(_page(head + "<p>25.07.2018</p></body></html>"))
    assert shown.published == "2018-07-25"


def test_dateline_printing_the_modification_day_wins_unless_labelled_an_update() -> None:
    head = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Lockdown",
        "datePublished": "2021-03-16T16:16:10Z", "dateModified": "2021-03-20T14:00:17Z"}</script></head>
        <body><h1>Lockdown verlängert</h1>"""
    shown = extract_metadata(_page(head + "<p>20. März 2021 - 15:00 Uhr</p><p>Text.</p></body></html>"))
    assert shown.published == "2021-03-20T14:00:17+00:00"
    update = extract_metadata(_page(head + "<p>Updated 20. März 2021 - 15:00 Uhr</p><p>Text.</p></body></html>"))
    assert update.published == "2021-03-16T16:16:10+00:00"


_LONG_POST = "".join(f"<p>Paragraph {number} of the post.</p>" for number in range(45))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("<small>This entry was posted on Saturday, December 3rd, 2011 at 10:00 am and is filed under "
         "<a href='/c/news'>News</a>. You can follow any responses to this entry through the "
         "<a href='/feed'>RSS 2.0</a> feed.</small>", "2011-12-03"),
        ("<small>Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:00 Uhr veröffentlicht und unter "
         "<a href='/c/news'>Nachrichten</a> gespeichert. Sie können Kommentare zu diesem Eintrag über den "
         "<a href='/feed'>RSS-2.0</a>-Feed verfolgen.</small>", "2011-12-03"),
        ("<br>Cet article a été publié le samedi 3 décembre 2011 à 10:00 et est classé dans "
         "<a href='/c/news'>Actualités</a>. Vous pouvez en suivre les commentaires par le biais du flux "
         "<a href='/feed'>RSS 2.0</a>.", "2011-12-03"),
        ("<small>Esta entrada fue publicada el sábado, 3 de diciembre de 2011 a las 10:00 y está archivada en "
         "<a href='/c/news'>Noticias</a>. Puedes seguir las respuestas a esta entrada mediante el feed "
         "<a href='/feed'>RSS 2.0</a>.</small>", "2011-12-03"),
        ("<small>Dieser Beitrag wurde zuletzt am 5. Dezember 2011 geändert und unter "
         "<a href='/c/news'>Nachrichten</a> gespeichert. Sie können Kommentare zu diesem Eintrag über den "
         "<a href='/feed'>RSS-2.0</a>-Feed verfolgen.</small>", None),
        ("<small>This entry was posted in <a href='/c/news'>News</a> and tagged <a href='/t/x'>x</a>. "
         "Bookmark the <a href='/p'>permalink</a>.</small>", None),
    ],
)
def test_date_of_a_blogs_post_sentence_under_the_post(sentence: str, expected: str | None) -> None:
    page = _page(f"<html><body><div class='post'><h1>Kein Cyberterrorismus</h1>{_LONG_POST}"
                 f"<p class='postmetadata'>{sentence}</p></div></body></html>", url=None)
    assert extract_metadata(page).published == expected


@pytest.mark.parametrize(
    "notice",
    [
        "<footer><ul id='footer-info'><li id='footer-info-lastmod'> This page was last edited on 10 November 2019, "
        "at 12:00.</li><li id='footer-info-copyright'>Text is available under a licence.</li></ul></footer>",
        "<footer><ul id='footer-info'><li id='footer-info-lastmod'> Diese Seite wurde zuletzt am 10. November 2019 "
        "um 12:00 Uhr bearbeitet.</li></ul></footer>",
        "<p id='pageinfo' class='info' lang='en'>BeginnersGuide/Download  (last edited 2019-11-10 13:28:18 by "
        "<span title='Jane'><a href='/moin/JaneDoe'>JaneDoe</a></span>)</p>",
        "<div class='docInfo'><bdi>start.txt</bdi> · Last modified: 2019/11/10 12:00 by <bdi>admin</bdi></div>",
    ],
)
def test_wiki_notice_of_the_last_edit_dates_a_page_that_shows_no_other_date(notice: str) -> None:
    page = _page(f"<html><body><h1>Downloading Python</h1><p>Before you start, you need Python.</p>{notice}"
                 "</body></html>", url=None)
    metadata = extract_metadata(page)
    assert metadata.published == "2019-11-10" and metadata.modified == "2019-11-10"


def test_wiki_notice_of_the_last_edit_is_never_over_a_publication_date() -> None:
    notice = "<footer><p id='footer-info-lastmod'>This page was last edited on 7 April 2020, at 05:33.</p></footer>"
    declared = _page("""<html><head><script type="application/ld+json">{"@type": "Article", "headline": "Park",
        "datePublished": "2005-07-26T16:22:26-07:00"}</script></head><body><h1>Park</h1><p>Actress.</p>"""
                     f"{notice}</body></html>", url=None)
    metadata = extract_metadata(declared)
    assert metadata.published == "2005-07-26T16:22:26-07:00" and metadata.modified == "2020-04-07"
    shown = _page(f"<html><body><h1>Park</h1><p class='date'>3 May 2019</p><p>Actress.</p>{notice}</body></html>",
                  url=None)
    assert extract_metadata(shown).published == "2019-05-03"


@pytest.mark.parametrize(
    "badge",
    [
        "<div class='datum'><span class='monat'>Feb</span> <span class='tag'>18</span><span class='jahr'>2009</span>"
        "</div>",
        "<div class='post-date'><span class='day'>18</span><span class='month'>Feb</span><span class='year'>2009</span>"
        "</div>",
    ],
)
def test_date_badge_with_day_month_and_year_in_elements_of_their_own(badge: str) -> None:
    page = _page(f"<html><body><div class='post'>{badge}<h2>trnd-Projekt</h2><p>Text.</p></div></body></html>",
                 url=None)
    assert extract_metadata(page).published == "2009-02-18"


_GRAPH = """{{"@graph": [{{"@type": "BlogPosting", "headline": "Notes on rivers", "author": {author},
    "publisher": {{"@id": "#jane"}}}}, {{"@type": "Person", "@id": "#jane", "name": "Jane Doe"}}]}}"""
_ARTICLE = """{{"@type": "Article", "headline": "Notes on rivers", "author": {{"@type": "Person", "name": "Jane Doe"}},
    "publisher": {publisher}}}"""


@pytest.mark.parametrize(
    ("jsonld", "byline"),
    [
        # An SEO plugin's "this site represents a person": the author is typed Person and Organization.
        (_GRAPH.format(author='{"@type": ["Person", "Organization"], "@id": "#jane", "name": "Jane Doe"}'), "Jane Doe"),
        # The article's publisher is the author's own node.
        (_GRAPH.format(author='{"@id": "#jane"}'), "Jane Doe"),
        # The publisher is a person: Yoast's person schema, or typed Person.
        (_ARTICLE.format(publisher='{"@id": "https://janedoe.example/#/schema/person/"}'), "Von: Jane Doe"),
        (_ARTICLE.format(publisher='{"@type": "Person", "name": "Jane Doe"}'), "Von: Jane Doe"),
    ],
)
def test_personal_site_author_named_like_the_site(jsonld: str, byline: str) -> None:
    metadata = extract_metadata(_page(f"""<html><head><meta property="og:site_name" content="Jane Doe">
        <script type="application/ld+json">{jsonld}</script></head>
        <body><h1>Notes on rivers</h1><p>{byline}</p></body></html>""", url="https://janedoe.example/notes"))
    assert [(author.name, author.type) for author in metadata.authors] == [("Jane Doe", "person")]


def test_site_named_person_author_of_a_publication_is_none() -> None:
    metadata = extract_metadata(_page("""<html><head><meta property="og:site_name" content="Example News">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rivers rise",
          "author": {"@type": "Person", "name": "Example News"},
          "publisher": {"@type": "Organization", "name": "Example News"}}</script></head>
        <body><h1>Rivers rise</h1><p class="byline">Example News</p></body></html>"""))
    assert metadata.authors == ()


def test_subheading_spelling_the_title_beats_a_section_h1() -> None:
    metadata = extract_metadata(_page("""<html><head><title>Superbugs: What They Are and How You Get Them</title>
        </head><body><h1>Information and Resources</h1><h2>Related topics</h2>
        <h2>Superbugs: What They Are and How You Get Them</h2><p>Text.</p></body></html>"""))
    assert metadata.title == "Superbugs: What They Are and How You Get Them"


def test_single_h1_beats_an_seo_title_no_subheading_spells() -> None:
    metadata = extract_metadata(_page("""<html><head><title>Best lemon cake recipe 2024 | Example</title>
        </head><body><h1>Lemon cake from the tray</h1><h2>Lemon cake</h2></body></html>"""))
    assert metadata.title == "Lemon cake from the tray"


def test_kicker_set_apart_by_markup_yields_to_the_title_without_it() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <meta property="og:title" content="Einheit der Woche | Lagen-Pyramide mit GA2 - Example">
        <script type="application/ld+json">{"@type": "Article", "headline": "Lagen-Pyramide mit GA2"}</script>
        </head><body><h1>Einheit der Woche<br> Lagen-Pyramide mit GA2</h1></body></html>"""))
    assert metadata.title == "Lagen-Pyramide mit GA2"


def test_kicker_written_into_the_headline_stays() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <meta property="og:title" content="Segundo viaje oficial: Presidente inicia gira por Magallanes">
        <script type="application/ld+json">{"@type": "NewsArticle",
          "headline": "Presidente inicia gira por Magallanes"}</script></head>
        <body><h1>Segundo viaje oficial: Presidente inicia gira por Magallanes</h1></body></html>"""))
    assert metadata.title == "Segundo viaje oficial: Presidente inicia gira por Magallanes"


def test_long_label_before_a_title_sentence_is_a_kicker() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <title>Impfen und Boostern ist bis Ende Februar möglich</title></head><body>
        <h1>Medienmitteilung der Gesundheits-, Sozial- und Integrationsdirektion :Impfen und Boostern ist bis
        Ende Februar möglich</h1></body></html>"""))
    assert metadata.title == "Impfen und Boostern ist bis Ende Februar möglich"


def test_newsroom_named_with_the_site_is_an_author() -> None:
    metadata = extract_metadata(_page("""<html><head><meta property="og:site_name" content="Polizeiticker">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Road closed",
          "author": {"@type": "Person", "name": "Redaktion Polizeiticker Schweiz"}}</script></head>
        <body><h1>Road closed</h1><p>Redaktion Polizeiticker Schweiz</p></body></html>""",
        url="https://polizeiticker.example/artikel/1"))
    assert [(author.name, author.type) for author in metadata.authors] == [
        ("Redaktion Polizeiticker Schweiz", "organization")]


def test_author_meta_with_a_web_address_is_the_operator() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <meta name="author" content="Example Radio (www.radio.example)"></head>
        <body><h1>Elephants lose their land</h1><p>Example Radio</p>
        <p class="byline">Auteur : Jean Dupont</p></body></html>"""))
    assert [author.name for author in metadata.authors] == ["Jean Dupont"]


def test_author_meta_of_an_undated_page_is_the_site_owner() -> None:
    metadata = extract_metadata(_page("""<html><head><meta name="author" content="Jane Doe"></head>
        <body><h1>Willkommen!</h1><p>Kanzlei Jane Doe, Rechtsanwältin.</p></body></html>""",
        url="https://lawyer.example/index.html"))
    assert metadata.authors == ()


@pytest.mark.parametrize(
    "sign",
    [
        '<meta property="og:type" content="article">',
        '<meta property="article:published_time" content="2022-01-25T10:00:00+01:00">',
        '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "Willkommen!"}</script>',
    ],
)
def test_author_meta_of_a_publication_is_read(sign: str) -> None:
    metadata = extract_metadata(_page(f"""<html><head><meta name="author" content="Jane Doe">{sign}</head>
        <body><h1>Willkommen!</h1><p>Kanzlei Jane Doe, Rechtsanwältin.</p></body></html>""",
        url="https://lawyer.example/index.html"))
    assert [author.name for author in metadata.authors] == ["Jane Doe"]


def test_author_meta_of_a_page_dated_in_its_url_is_read() -> None:
    metadata = extract_metadata(_page("""<html><head><meta name="author" content="Jane Doe"></head>
        <body><h1>Rivers rise</h1><p>Jane Doe</p></body></html>""", url="https://blog.example/2021/05/03/rivers/"))
    assert [author.name for author in metadata.authors] == ["Jane Doe"]


def test_byline_of_an_embedded_post_is_not_the_articles() -> None:
    metadata = extract_metadata(_page("""<html><head><meta property="og:type" content="article"></head><body>
        <h1>Rents must not rise</h1><p>The party wants to stop the increase.</p>
        <blockquote><p>Prices explode.</p><p>Posted by <a href="/jane">Jane Doe</a> on Sunday, February 6,
        2022</p></blockquote></body></html>"""))
    assert metadata.authors == ()


def test_labelled_byline_outside_quotations_is_read() -> None:
    metadata = extract_metadata(_page("""<html><head><meta property="og:type" content="article"></head><body>
        <h1>Rents must not rise</h1><p>Posted by Jane Doe on Sunday, February 6, 2022</p>
        <blockquote><p>Prices explode.</p></blockquote></body></html>"""))
    assert [author.name for author in metadata.authors] == ["Jane Doe"]


def test_heading_spaced_by_markup_takes_the_title_sources_spacing() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <meta property="og:title" content="Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell">
        </head><body><h1>Nutzerbasierte Abrechnung
        <span class="visually-hidden">: </span>Musik-Stars fordern neues Streaming-Modell</h1></body></html>"""))
    assert metadata.title == "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell"


def test_heading_keeps_its_wording_when_the_title_source_words_it_otherwise() -> None:
    metadata = extract_metadata(_page("""<html><head><meta property="og:title" content="Lorient : le match">
        </head><body><h1>Lorient : Le Match</h1></body></html>"""))
    assert metadata.title == "Lorient : Le Match"


def test_headline_that_a_title_source_gives_whole_keeps_its_first_word() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <title>Doobie Brothers Unite for Anniversary Tour – Example</title>
        <meta property="og:title" content="The Doobie Brothers Unite for Anniversary Tour"></head>
        <body><h1>The Doobie Brothers Unite for Anniversary Tour</h1></body></html>"""))
    assert metadata.title == "The Doobie Brothers Unite for Anniversary Tour"


def test_long_h1_beats_a_subheading_that_spells_a_teaser_title() -> None:
    metadata = extract_metadata(_page("""<html><head><title>Demokratie-Stiftung: 3 Fragen an Tina Musil</title>
        <meta property="og:title" content="Was ist die Demokratie-Stiftung?"></head><body>
        <h1>3 Fragen an Tina Musil, Teamleiterin Fundraising</h1><h2>Was ist die Demokratie-Stiftung?</h2>
        </body></html>"""))
    assert metadata.title == "3 Fragen an Tina Musil, Teamleiterin Fundraising"


def test_subheading_of_a_page_without_h1_takes_the_title_sources_punctuation() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <meta property="og:title" content="Streetart in Bonn: Was hinter dem neuen Graffiti steckt"></head><body>
        <h2><span class="kicker">Streetart in Bonn</span> Was hinter dem neuen Graffiti steckt</h2></body></html>"""))
    assert metadata.title == "Streetart in Bonn: Was hinter dem neuen Graffiti steckt"


@pytest.mark.parametrize(
    ("sheet", "expected"),
    [
        ("<div><u>Seiten:</u> 400</div><div><u>Autorin: </u>Alys Arden</div><div><u>Verlag: </u>Example</div>", []),
        ("<div>Author: Jane Doe</div><div>Publisher: Example Press</div><div>Pages: 212</div>", []),
        ("<div>Autorin: Alys Arden</div><div>Datum: 05.06.2015</div>", ["Alys Arden"]),
        # Fields that also stand beside an article's byline: a series, a price, a genre ('Kommentar').
        ("<div>Author: Jane Morrison</div><div>Series: Learning Rust</div>", ["Jane Morrison"]),
        ("<div>Autor: Max Mustermann</div><div>Preis: kostenlos</div>", ["Max Mustermann"]),
        ("<div>Genre: Kommentar</div><div>Autor: Max Mustermann</div>", ["Max Mustermann"]),
        # One field of a book's sheet alone ("Verlag:" on a publisher's news page) is no data sheet yet.
        ("<div>Autor: Max Mustermann</div><div>Verlag: Example</div>", ["Max Mustermann"]),
    ],
)
def test_author_in_a_reviewed_works_data_sheet_is_not_the_reviews(sheet: str, expected: list[str]) -> None:
    metadata = extract_metadata(_page(f"""<html><head><meta property="og:type" content="article"></head>
        <body><h1>Through the Booking Glass</h1><p>This month's book.</p>{sheet}<p>Review.</p></body></html>"""))
    assert [author.name for author in metadata.authors] == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://agency.example/design/", "Design"),
        ("https://travel.example/essen/essenwestviertel.htm", "Essen-Westviertel"),
        ("https://agency.example/services/web-and-print/", "Professional design for companies"),
    ],
)
def test_one_word_h1_is_the_title_when_the_address_ends_with_it(url: str, expected: str) -> None:
    heading = "Essen-Westviertel" if "essen" in url else "Design"
    metadata = extract_metadata(_page(f"""<html><head>
        <title>Professional design for companies | Agency</title></head>
        <body><h1>{heading}</h1><p>Text.</p></body></html>""", url=url))
    assert metadata.title == expected


def test_subheading_agreeing_with_the_og_title_beats_one_spelling_the_title_tag() -> None:
    metadata = extract_metadata(_page("""<html><head>
        <title>Deutschlandtakt: Flixbus attackiert Deutsche Bahn - Wirtschaft - Example</title>
        <meta property="og:title" content="Flixbus attackiert Deutsche Bahn"></head><body>
        <h2><span class="kicker">Deutschlandtakt</span> Flixbus attackiert Deutsche Bahn</h2></body></html>"""))
    assert metadata.title == "Flixbus attackiert Deutsche Bahn"


@pytest.mark.parametrize(
    ("author", "url", "expected"),
    [
        ("Deutsches Rotes Kreuz", "https://www.drk.de/presse/meldung/", []),
        ("Neue Zürcher Zeitung", "https://www.nzz.ch/international/", []),
        ("Jane Doe", "https://www.jd.de/notes/", ["Jane Doe"]),
        # A person's middle initial is no word of an organisation's name.
        ("Andrew P. Smith", "https://www.aps.org/publications/", ["Andrew P. Smith"]),
        ("A. Paul Smith", "https://www.aps.org/publications/", ["A. Paul Smith"]),
    ],
)
def test_organisation_spelling_out_the_sites_initials_is_no_author(author: str, url: str,
                                                                   expected: list[str]) -> None:
    metadata = extract_metadata(_page(f"""<html><head><meta name="author" content="{author}">
        <meta property="og:type" content="article"></head>
        <body><h1>Mehr Hilfe wegen Klimawandel</h1><p>{author}</p></body></html>""", url=url))
    assert [a.name for a in metadata.authors] == expected


