"""The main content step: which node holds the article, which blocks become paragraphs."""

from __future__ import annotations

import lxml.html
import pytest

from converter.extract.content import Content, extract_content
from converter.extract.metadata import Metadata
from converter.extract.page import Page
from converter.record import Author

LOREM = (
    "The council voted on Tuesday to rebuild the old bridge over the river, a project that has been "
    "discussed for more than a decade and that residents have long asked for."
)
MORE = (
    "Engineers expect the work to take two years, during which a ferry will carry pedestrians and "
    "cyclists across, while cars will use the northern crossing instead."
)
LAST = (
    "The mayor said the first stones would be laid in spring, once the financing agreed with the "
    "region has been signed by both parties."
)


def _content(html: str, url: str | None = "https://news.example.org/a") -> Content:
    root = lxml.html.document_fromstring(html)
    return extract_content(Page(root, url, url), Metadata(url=url))


def _page(article: str, around: str = "") -> str:
    return f"""<html><head><title>Bridge</title></head><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
    <main><article><h1>Council votes to rebuild the bridge</h1>{article}</article>{around}</main>
    <footer><p>© 2024 Example News. All rights reserved.</p><a href="/imprint">Imprint</a></footer>
    </body></html>"""


def test_article_paragraphs_in_order_without_navigation_or_footer() -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)
    assert [b.tag for b in content.blocks] == ["p", "p", "p"]
    assert content.node is not None and content.node.tag in ("article", "main")


def test_headings_lists_quotes_and_tables_of_the_article_are_kept() -> None:
    content = _content(_page(
        f"<p>{LOREM}</p><h2>What changes for commuters</h2><p>{MORE}</p>"
        "<ul><li>Ferry every ten minutes</li><li>Bicycle lane on the northern crossing</li></ul>"
        "<blockquote>We waited long enough for this bridge.</blockquote>"
        "<table><tr><th>Phase</th><th>Year</th></tr><tr><td>Demolition</td><td>2025</td></tr></table>"
        f"<p>{LAST}</p>"
    ))
    assert content.paragraphs == (
        LOREM, "What changes for commuters", MORE, "Ferry every ten minutes",
        "Bicycle lane on the northern crossing", "We waited long enough for this bridge.",
        "Phase Year", "Demolition 2025", LAST,
    )


def test_captions_credits_share_bars_and_newsletter_boxes_are_dropped() -> None:
    content = _content(_page(
        '<div class="share-bar"><a href="https://facebook.com/x">Share on Facebook</a> <span>Tweet</span></div>'
        '<figure><img src="/bridge.jpg">'
        "<figcaption>The old bridge in 1950. Photo: Jane Doe/Reuters</figcaption></figure>"
        f"<p>{LOREM}</p>"
        '<div class="image-caption">Cranes at the site</div>'
        f"<p>{MORE}</p>"
        '<div class="newsletter-signup"><h3>Get our newsletter</h3><p>Every morning in your inbox.</p>'
        '<form><input type="email"><button>Subscribe</button></form></div>'
        f"<p>{LAST}</p>"
    ))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_comments_and_related_stories_beside_the_article_are_left_out() -> None:
    related = "".join(
        f'<li><h3><a href="/story{i}">Another story number {i} about the city</a></h3>'
        f"<p>A short teaser of story {i} that tells readers what they will find in it and why.</p></li>"
        for i in range(6)
    )
    comments = "".join(
        f'<li class="comment"><p>I have lived here for {i} years and this bridge was always a disgrace, '
        "finally someone does something about it, thank you council members!</p></li>"
        for i in range(8)
    )
    content = _content(_page(
        f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p>",
        around=f'<section class="related-stories"><ul>{related}</ul></section>'
        f'<section id="comments"><ol class="comment-list">{comments}</ol></section>',
    ))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_a_table_of_linked_entries_under_header_cells_is_data() -> None:
    rows = "".join(
        f'<tr><td><a href="/seats/{name.lower()}">{name}</a></td><td>{grade}</td></tr>'
        for name, grade in (("Koos i-Size", "2.1"), ("Maxi Ride Plus", "2.4"), ("Kidfix XP", "1.9"))
    )
    content = _content(_page(f"<p>{LOREM}</p><table><tr><th>Model</th><th>Grade</th></tr>{rows}</table>"
                             f"<p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (
        LOREM, "Model Grade", "Koos i-Size 2.1", "Maxi Ride Plus 2.4", "Kidfix XP 1.9", MORE, LAST,
    )


@pytest.mark.parametrize(
    "card",
    [
        '<div class="card"><div class="title"><a href="/diet/{i}">Diet number {i}</a></div>'
        '<div class="body">A popular diet for a busy life, with results of up to {i} kilos in two weeks.</div></div>',
        '<div class="card"><img src="/diet/{i}.jpg"><span class="title"><a href="/diet/{i}">Diet number {i}</a></span>'
        " A popular diet for a busy life, with results of up to {i} kilos in two weeks.</div>",
    ],
)
def test_cards_whose_headline_is_a_linked_title_class_are_teasers(card: str) -> None:
    cards = "".join(card.format(i=i) for i in range(6))
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p><div>{cards}</div>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_a_list_of_books_whose_titles_are_linked_title_classes_is_the_article() -> None:
    books = [
        ("The Bridge", "Jane Doe", "A novel about the men who built the first bridge over the river."),
        ("Ferry Tales", "John Roe", "Stories told by the ferrymen who carried the town across for a century."),
        ("Stone by Stone", "Ann Poe", "A history of the quarries whose stone the old bridge was made of."),
        ("The Northern Crossing", "Max Muster", "How the town learned to live with a detour of twelve kilometres."),
    ]
    items = "".join(
        f'<li><span class="book-title"><a href="/books/{i}">{title}</a></span> by {author}. {blurb}</li>'
        for i, (title, author, blurb) in enumerate(books)
    )
    content = _content(_page(f"<p>{LOREM}</p><ul>{items}</ul><p>{LAST}</p>"))
    assert content.paragraphs == (
        LOREM, *(f"{title} by {author}. {blurb}" for title, author, blurb in books), LAST,
    )


def test_the_loose_text_of_a_custom_navigation_element_does_not_count_for_the_page() -> None:
    items = "".join(
        f"<menu-item>Topic {i}: benefits, pensions, labour law and everything else the ministry does</menu-item>"
        for i in range(60)
    )
    html = f"""<html><body><site-navigation>{items}</site-navigation>
    <div class="notice">Ministry of Labour, Berlin. Opening hours of the citizens' service: Monday to Friday,
    from eight in the morning to six in the evening.</div>
    <main><article><h1>Bridge</h1><p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p></article></main></body></html>"""
    assert _content(html).paragraphs == (LOREM, MORE, LAST)


def test_link_dense_navigation_inside_the_article_is_dropped() -> None:
    tags = "".join(f'<a href="/tag/{t}">{t}</a> ' for t in ("bridge", "council", "river", "traffic"))
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p><div>{tags}</div><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_a_furniture_phrase_before_a_run_of_headlines_is_a_box_of_other_stories() -> None:
    links = " ".join(
        f'<a href="/story/{i}">Another long headline number {i} about the river crossing [PICTURES]</a>'
        for i in range(3)
    )
    content = _content(_page(f"<p>{LOREM}</p><p>DON'T MISS {links}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_a_teaser_that_ends_with_a_read_more_link_is_another_story() -> None:
    teaser = 'Summer is here, and the river beach opens again. See for yourself! <a href="/beach">Weiterlesen</a>'
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p><div>{teaser}</div>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


@pytest.mark.parametrize(
    "story",
    [
        "Health officials warned on Monday that the new variant could spread more.",
        "Eltern sollten mit ihren Kindern wieder mehr lesen.",
        'Children who see their parents with a <a href="/study">book</a> tend to read more.',
    ],
)
def test_a_sentence_ending_in_read_more_words_without_their_link_is_text(story: str) -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{story}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, story.replace('<a href="/study">', "").replace("</a>", ""), MORE, LAST)


def test_a_linked_sentence_is_text_and_a_linked_headline_is_not() -> None:
    sentence = '<a href="https://example.org/report">The full engineering report is now online for everyone.</a>'
    headline = '<a href="/story/2">Ferry timetable for the summer months</a>'
    content = _content(_page(f"<p>{LOREM}</p><p>{sentence}</p><p>{MORE}</p><p>{headline}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, "The full engineering report is now online for everyone.", MORE, LAST)


def test_a_linked_bullet_point_may_end_with_an_exclamation_mark() -> None:
    bullets = (
        '<ul><li><a href="https://example.org/review">Here is our review of the whole bridge year!</a></li>'
        "<li>The ferry carried more than a million passengers across the river this year.</li></ul>"
    )
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p>{bullets}<p>{LAST}</p>"))
    assert content.paragraphs == (
        LOREM, MORE, "Here is our review of the whole bridge year!",
        "The ferry carried more than a million passengers across the river this year.", LAST,
    )


@pytest.mark.parametrize(
    "promo",
    [
        "Want more sports news? Sign up for the Sports Omelette to get all our analysis on the teams.",
        "Follow the latest updates on the storm on our live blog.",
        "Neu: Example Plus jetzt gratis testen!",
        "Learn more about the new bridge on the council's website.",
        "Ten reasons to visit the river beach this summer!",
    ],
)
def test_a_linked_call_to_action_or_exclaimed_headline_is_not_a_sentence_of_the_text(promo: str) -> None:
    content = _content(_page(f'<p>{LOREM}</p><p>{MORE}</p><p><a href="/promo">{promo}</a></p><p>{LAST}</p>'))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_a_paragraph_inside_a_named_anchor_is_text() -> None:
    question = "One of the questions readers ask most: what does the engineer say?"
    content = _content(_page(f'<p>{LOREM}</p><p><a name="engineer">{question}</a></p><p>{MORE}</p><p>{LAST}</p>'))
    assert content.paragraphs == (LOREM, question, MORE, LAST)


def test_a_heading_that_links_to_itself_is_a_heading() -> None:
    content = _content(_page(
        f'<p>{LOREM}</p><h2 id="ferry"><a href="#ferry">The ferry service</a></h2><p>{MORE}</p><p>{LAST}</p>'
    ))
    assert content.paragraphs == (LOREM, "The ferry service", MORE, LAST)


def test_the_note_on_where_the_story_first_appeared_is_the_articles() -> None:
    note = "This article was originally published by Example Science. Read the original article."
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p><p><em>{note}</em></p>"))
    assert content.paragraphs == (LOREM, MORE, LAST, note)


@pytest.mark.parametrize(
    "address",
    ["https://www.example.org/petition/rebuild-the-bridge", "https://twitter.com/examplecouncil/status/1234567"],
)
def test_a_spelled_out_address_is_the_source_the_author_gives(address: str) -> None:
    content = _content(_page(f'<p>{LOREM}</p><p>{MORE}</p><p><a href="{address}">{address}</a></p><p>{LAST}</p>'))
    assert content.paragraphs == (LOREM, MORE, address, LAST)


@pytest.mark.parametrize(
    "address",
    [
        "https://cdn.example.org/audio/episode-12.mp3", "www.facebook.com/examplenews",
        "https://www.instagram.com/examplenews/", "https://www.youtube.com/@examplenews",
    ],
)
def test_a_spelled_out_media_file_or_social_profile_is_no_source(address: str) -> None:
    content = _content(_page(f'<p>{LOREM}</p><p>{MORE}</p><p><a href="{address}">{address}</a></p><p>{LAST}</p>'))
    assert content.paragraphs == (LOREM, MORE, LAST)


@pytest.mark.parametrize(
    "line",
    [
        "Read more: The history of the old bridge",
        "Lesen Sie auch: Die Geschichte der alten Brücke",
        "À lire aussi : l'histoire du vieux pont",
        "Leer más: La historia del viejo puente",
        "Leggi anche: La storia del vecchio ponte",
        "Empfehlungen aus der Redaktion",
        "Ansprechpartnerin zum Thema:",
        "About the author",
        "Über die Autorin:",
        "Ihr Ansprechpartner: Max Mustermann, Telefon 0123 456789",
        "Advertisement",
        "By Jane Doe",
        "Von Max Mustermann",
    ],
)
def test_furniture_lines_in_several_languages_are_dropped(line: str) -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{line}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


@pytest.mark.parametrize(
    "story",
    [
        "Ansprechpartner für die Anwohner ist ab sofort das Bürgerbüro im Rathaus.",
        "About the author of the report, little is known beyond his name.",
    ],
)
def test_a_sentence_may_begin_with_the_words_of_a_contact_or_author_box_title(story: str) -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{story}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, story, MORE, LAST)


def test_bylines_and_datelines_marked_by_class_are_dropped() -> None:
    content = _content(_page(
        '<div class="byline">By <a href="/authors/jane">Jane Doe</a></div>'
        '<div class="article-date"><time datetime="2024-03-05">March 5, 2024</time></div>'
        f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p>"
    ))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_loose_text_in_a_container_becomes_its_own_paragraph() -> None:
    content = _content(_page(f'<div class="body">{LOREM}<br><a href="https://example.com/plan">The plan</a> '
                             f"was published online.<p>{MORE}</p>{LAST}</div>"))
    assert content.paragraphs == (
        f"{LOREM} The plan was published online.", MORE, LAST,
    )
    first = content.blocks[0]
    assert [a.get("href") for a in first.iter("a")] == ["https://example.com/plan"]


def test_standfirst_before_the_body_container_is_the_first_paragraph() -> None:
    content = _content(_page(
        '<p class="article-lead">The bridge will be rebuilt by 2027, the council decided.</p>'
        f'<div class="article-body"><p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p></div>'
    ))
    assert content.paragraphs[0] == "The bridge will be rebuilt by 2027, the council decided."
    assert content.paragraphs[1:] == (LOREM, MORE, LAST)


def test_a_body_split_into_modules_of_the_same_class_is_taken_whole() -> None:
    modules = "".join(
        f'<div class="field-item"><div class="article-text">{text}</div></div>'
        for text in (f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p>", "<p>Witnesses may call the police.</p>")
    )
    content = _content(_page(f'<div class="field-body">{modules}</div>'))
    assert content.paragraphs == (LOREM, MORE, LAST, "Witnesses may call the police.")


def test_headings_after_the_last_sentence_are_trimmed() -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p><h3>More on this topic</h3>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_the_node_holds_the_lead_image_next_to_the_text() -> None:
    content = _content(_page(
        '<figure class="lead"><img src="/bridge.jpg" alt="The bridge"></figure>'
        f'<div class="article-body"><p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p></div>'
    ))
    assert content.node is not None
    assert [img.get("src") for img in content.node.iter("img")] == ["/bridge.jpg"]


def test_jsonld_article_body_is_used_when_the_markup_gives_little() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle",
     "articleBody": "%s\\n%s\\n%s"}]}</script></head>
    <body><div id="app"><p>Loading...</p></div></body></html>""" % (LOREM, MORE, LAST)
    content = _content(html)
    assert content.paragraphs == (LOREM, MORE, LAST)
    assert content.blocks == ()


def test_short_page_keeps_its_text() -> None:
    content = _content("<html><body><article><p>Olá, café.</p></article></body></html>")
    assert content.paragraphs == ("Olá, café.",)


def test_empty_page_gives_nothing() -> None:
    content = _content("<html><body></body></html>")
    assert content.paragraphs == ()


def test_the_page_tree_is_not_changed() -> None:
    html = _page(f'<div class="share">Share</div><p>{LOREM}</p><div>{MORE}<b>!</b></div><p>{LAST}</p>')
    root = lxml.html.document_fromstring(html)
    before = lxml.html.tostring(root)
    extract_content(Page(root, None, None), Metadata())
    assert lxml.html.tostring(root) == before


def test_hidden_elements_are_not_text() -> None:
    content = _content(_page(
        f'<p>{LOREM}</p><div style="display: none">Secret tracking text for robots only.</div>'
        f'<p hidden>Also hidden from readers of the page.</p><p>{MORE}</p><p>{LAST}</p>'
    ))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_lines_repeating_the_headline_or_naming_the_authors_are_dropped() -> None:
    html = _page(
        "<h2>The bridge will be rebuilt</h2><p>Jane Doe and John Roe</p>"
        f"<p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p>"
    )
    root = lxml.html.document_fromstring(html)
    metadata = Metadata(title="The bridge will be rebuilt", authors=(Author("Jane Doe"), Author("John Roe")))
    content = extract_content(Page(root, None, None), metadata)
    assert content.paragraphs == (LOREM, MORE, LAST)


@pytest.mark.parametrize(
    "line",
    [
        "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024", "23.10.2018", "Stand: 05.03.2024, 10:12 Uhr",
        "segunda-feira, 22 de janeiro de 2018 às 0:13",
    ],
)
def test_datelines_are_dropped(line: str) -> None:
    content = _content(_page(f"<p>{line}</p><p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_cookie_and_javascript_notices_are_dropped() -> None:
    content = _content(_page(
        f"<p>{LOREM}</p><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.</p>"
        f"<p>{MORE}</p><p>Please enable JavaScript to view the comments.</p><p>{LAST}</p>"
    ))
    assert content.paragraphs == (LOREM, MORE, LAST)


@pytest.mark.parametrize(
    "line",
    [
        "Start your day with the Morning Brief. Sign up for the free daily newsletter.",
        "Do you want to be informed of our actions? Sign up here",
        "Kostenlos und jederzeit kündbar: Abonnieren Sie unseren Newsletter!",
        "Zapraszamy też do subskrypcji tygodnika w formie elektronicznej.",
        "Get Cycling Monthly delivered to your door. 12 issues for £11.99. Click for details.",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "This article is the copyrighted property of Example News.",
        "This document is subject to copyright. Apart from any fair dealing no part may be reproduced.",
        "ATENÇÃO: Comentários ofensivos ao usuário não serão aprovados pelo moderador.",
        "All comments are moderated before they appear on the site.",
        "The best in culture from a cultural icon. Subscribe now for more from the authority on music.",
        "Suscríbete a nuestro canal de YouTube para ver todos los videos.",
        "Note: we are temporarily moderating all comments submitted to deal with a surge in spam.",
        "Kommentare werden vor der Freischaltung moderiert.",
    ],
)
def test_calls_to_subscribe_and_notices_of_the_publisher_are_dropped(line: str) -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{MORE}</p><p>{line}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_sentences_about_newsletters_and_copyright_in_the_story_stay() -> None:
    story = (
        "The council's own newsletter reported the vote a week later, and the architects said the plans "
        "are subject to the usual copyright of their office."
    )
    content = _content(_page(f"<p>{LOREM}</p><p>{story}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, story, MORE, LAST)


@pytest.mark.parametrize(
    "story",
    [
        "La cantante estrenó el videoclip de su nueva canción en su canal de YouTube, donde ya suma un millón.",
        "The auditors identified 3 issues for the council to resolve before the bridge can open to traffic.",
        "The court ruled that photographs of the old bridge taken by the council are still subject to copyright.",
        "Since the election, all comments on the mayor's Facebook page are moderated by his press office.",
        "Die Kommentare unter den Videos werden seit dem Frühjahr stärker moderiert, sagt die Stadt.",
    ],
)
def test_story_sentences_about_channels_issues_copyright_or_moderation_stay(story: str) -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{story}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, story, MORE, LAST)


def test_article_inside_noscript_is_found() -> None:
    html = f"""<html><body><div id="app"></div><noscript><div class="post">
    <p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p></div></noscript></body></html>"""
    assert _content(html).paragraphs == (LOREM, MORE, LAST)


def test_state_classes_on_wrappers_do_not_hide_the_article() -> None:
    html = f"""<html><body><div class="o-section o-section--has-sidebar comments-enabled">
    <div class="post-body"><p>{LOREM}</p><p>{MORE}</p><p>{LAST}</p></div>
    <aside class="sidebar"><ul><li><a href="/a">Other story</a></li></ul></aside></div></body></html>"""
    assert _content(html).paragraphs == (LOREM, MORE, LAST)


@pytest.mark.parametrize("line", ["- Anzeige -", "12 Kommentare", "ANZEIGE - Heute mal ausgehen?"])
def test_labels_alone_on_their_line_are_dropped(line: str) -> None:
    content = _content(_page(f"<p>{LOREM}</p><p>{line}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_a_sentence_may_begin_with_a_label_word() -> None:
    line = "Anzeige gegen Unbekannt wurde erstattet."
    content = _content(_page(f"<p>{LOREM}</p><p>{line}</p><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, line, MORE, LAST)


def test_picture_credit_lines_left_in_the_text_are_dropped() -> None:
    content = _content(_page(f"<p>{LOREM}</p><div>Augusta National/Getty Images</div><p>{MORE}</p><p>{LAST}</p>"))
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_live_blog_entries_named_comments_are_the_text() -> None:
    entries = "".join(
        f'<div class="live-match-comment"><div class="live-match-comment-body">{text}</div></div>'
        for text in (LOREM, MORE, LAST)
    )
    content = _content(f'<html><body><div class="live-match-comments">{entries}</div></body></html>')
    assert content.paragraphs == (LOREM, MORE, LAST)


def test_short_last_paragraph_of_a_one_paragraph_article_is_kept() -> None:
    # One long paragraph is the text node; the paragraphs beside it are the article's, however short.
    html = f"<html><body><article><h1>A title</h1><p>{LOREM} {MORE}</p><p>The end.</p></article></body></html>"
    assert _content(html).paragraphs == (f"{LOREM} {MORE}", "The end.")
