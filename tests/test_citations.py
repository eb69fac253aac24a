"""Citations of HTML pages: the links inside the article's blocks, and unlinked attributions."""

from __future__ import annotations

import lxml.html

from converter.extract.citations import _is_internal, extract_citations, registrable_domain
from converter.extract.content import Content
from converter.extract.page import Page
from converter.record import Citation, Credit, Image

URL = "https://news.example.co.uk/2020/story.html"


def citations(body: str, url: str | None = URL) -> tuple[Citation, ...]:
    root = lxml.html.fromstring(f"<html><body><article>{body}</article></body></html>")
    article = root.find(".//article")
    blocks = tuple(e for e in article.iter("p", "li", "blockquote") if e.text_content().strip())
    return extract_citations(Page(root, url, url), Content(article, blocks, ()))


def test_link_fields() -> None:
    (link,) = citations(
        '<p>Prices rose. The <a href="/data/report.pdf" rel="nofollow noopener">central bank said</a> so.'
        " Then more.</p>"
    )
    assert link.kind == "link"
    assert link.text == "central bank said"
    assert link.url == "https://news.example.co.uk/data/report.pdf"
    assert link.rel == ("nofollow", "noopener")
    assert link.internal is True
    assert link.context == "The central bank said so."
    assert link.source is None


def test_internal_is_a_registrable_domain_comparison() -> None:
    links = citations(
        '<p><a href="https://www.example.co.uk/a">same site</a>, <a href="https://other.co.uk/b">other</a>,'
        ' <a href="https://example.com/c">other tld</a>.</p>'
    )
    assert [c.internal for c in links] == [True, False, False]
    assert registrable_domain("news.bbc.co.uk") == "bbc.co.uk"
    assert registrable_domain("www.nytimes.com") == "nytimes.com"
    assert registrable_domain("jane.github.io") == "jane.github.io"
    assert registrable_domain("docs.jane.github.io") == "jane.github.io"


def test_without_a_page_url_only_links_with_an_address_count_and_internal_is_unknown() -> None:
    body = '<p>See <a href="/a">this</a>, <a href="./rfc2119">RFC 2119</a> and <a href="https://x.org/b">that</a>.</p>'
    (link,) = citations(body, url=None)
    assert link.url == "https://x.org/b"
    assert link.internal is None
    assert link.rel == ()
    assert [c.url for c in citations('<p>See <a href="//x.org/c">this</a>.</p>', url=None)] == ["//x.org/c"]


def test_links_that_are_no_citations_are_left_out() -> None:
    body = (
        '<p><a href="#section">fragment</a> <a href="javascript:void(0)">script</a>'
        ' <a href="mailto:a@example.org">mail</a> <a href="tel:+44123">phone</a>'
        ' <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>'
        ' <a href="/authors/jane" rel="author">Jane</a> <a href="/big.jpg"><img src="/small.jpg"></a>'
        ' <a href="lnolan@example.org">lnolan@example.org</a> <a href="https://twitter.com/jd">@jd</a>'
        f' <a href="{URL}">this story</a> <a href="/big.jpg">Click to enlarge</a>'
        ' <a href="https://kept.org/">kept</a></p>'
        '<p class="byline">By <a href="/authors/jane">Jane Doe</a></p>'
        '<div class="share-tools"><p><a href="https://twitter.com/example">Follow us</a></p></div>'
        '<figure><img src="/a.jpg"><figcaption><p>A photo by <a href="https://photos.org/">Roe</a></p></figcaption></figure>'
        '<aside><p><a href="/related">Related story</a></p></aside>'
        '<div class="tags"><p><a href="/tag/economy" rel="tag">economy</a></p></div>'
        '<blockquote class="twitter-tweet"><p>Wow <a href="https://t.co/x">pic</a></p></blockquote>'
        '<nav><ul><li><a href="/home">Home</a></li></ul></nav>'
    )
    assert [c.url for c in citations(body)] == ["https://kept.org/"]


def test_a_tag_link_inside_a_sentence_is_a_citation() -> None:
    (link,) = citations('<p>Studies of <a href="/tags/hibernation/" rel="tag">hibernation</a> help.</p>')
    assert link.rel == ("tag",)


def test_each_link_once_in_document_order_with_attributions_between() -> None:
    body = (
        '<blockquote><p>Quoted <a href="https://a.org/">first</a>.</p></blockquote>'
        "<p>Costs rose, according to Reuters. Then <a href='https://b.org/'>second</a> came.</p>"
        '<ul><li><a href="https://c.org/">third</a></li></ul>'
    )
    found = citations(body)
    assert [(c.kind, c.url or c.source) for c in found] == [
        ("link", "https://a.org/"), ("attribution", "Reuters"), ("link", "https://b.org/"), ("link", "https://c.org/"),
    ]


def test_a_linked_source_is_the_links_source_not_another_attribution() -> None:
    found = citations('<p>Costs rose, according to <a href="https://reuters.com/x">Reuters</a>.</p>')
    assert [(c.kind, c.source) for c in found] == [("link", "Reuters")]


def test_dateline_agency_and_told_phrases() -> None:
    found = citations("<p>WASHINGTON (AP) — The senator told CNN that the vote would wait.</p>")
    assert [(c.kind, c.source, c.url) for c in found] == [("attribution", "AP", None), ("attribution", "CNN", None)]


def test_a_block_inside_another_is_read_once() -> None:
    root = lxml.html.fromstring(
        "<html><body><article><div><p>It rose, according to Reuters. See <a href='https://a.org/'>this</a>.</p>"
        "</div></article></body></html>"
    )
    div, paragraph = root.find(".//div"), root.find(".//p")
    found = extract_citations(Page(root, URL, URL), Content(root.find(".//article"), (div, paragraph), ()))
    assert [(c.kind, c.url or c.source) for c in found] == [("attribution", "Reuters"), ("link", "https://a.org/")]


def test_malformed_urls_do_not_break_the_page() -> None:
    found = citations('<p><a href="http://[::1">broken</a> and <a href="https://ok.org/">fine</a>.</p>')
    assert [c.text for c in found] == ["broken", "fine"]
    root = lxml.html.fromstring("<p>x</p>")
    assert _is_internal("http://[::1/a", Page(root, URL, URL)) is None


def test_urls_are_valid_uri_references() -> None:
    found = citations('<p><a href="/wiki/RedTube-Abmahnaffäre">iri</a>, <a href="/a b">space</a>.</p>')
    assert [c.url for c in found] == [
        "https://news.example.co.uk/wiki/RedTube-Abmahnaff%C3%A4re", "https://news.example.co.uk/a%20b"]


def test_a_caption_outside_figcaption_holds_no_citations() -> None:
    root = lxml.html.fromstring(
        "<html><body><article><p><img src='/k.jpg'></p><p><em>The new keyboard via <a href='https://ifixit.com/'>"
        "iFixit</a></em></p><p>Apple changed the <a href='https://apple.com/'>keyboard</a>.</p></article></body></html>"
    )
    article = root.find(".//article")
    content = Content(article, tuple(article.iter("p")), ())
    image = Image("https://x.org/k.jpg", None, "The new keyboard", Credit("via iFixit", source="iFixit"))
    found = extract_citations(Page(root, URL, URL), content, images=(image,))
    assert [c.url for c in found] == ["https://apple.com/"]


def article_citations(body: str, url: str | None = URL) -> tuple[Citation, ...]:
    """Citations of an article whose content kept only its ``<p>`` blocks (as the content step drops link
    lists), with their texts as paragraphs."""
    root = lxml.html.fromstring(f"<html><body><article>{body}</article></body></html>")
    article = root.find(".//article")
    blocks = tuple(article.iter("p"))
    texts = tuple(p.text_content().strip() for p in blocks)
    return extract_citations(Page(root, url, url), Content(article, blocks, texts))


TEXT = "<p>The author writes about the tools of the trade, at length and with care.</p>"


def test_a_link_list_beside_the_paragraphs_is_the_articles() -> None:
    links = article_citations(
        TEXT + '<h2>Apps</h2><ul><li><a href="https://bbedit.example/">BBEdit</a></li>'
        '<li><a href="https://acorn.example/">Acorn</a></li></ul><p>More text follows <a href="/x">here</a>.</p>'
    )
    assert [link.text for link in links] == ["BBEdit", "Acorn", "here"]


def test_a_reference_list_in_wrappers_is_the_articles() -> None:
    links = article_citations(
        TEXT + '<div class="reflist"><div class="references-wrap"><ol class="references">'
        '<li><a href="https://journal.example/paper">"A paper"</a>. Journal.</li></ol></div></div>'
    )
    assert [link.url for link in links] == ["https://journal.example/paper"]


def test_link_lists_of_other_stories_and_furniture_stay_out() -> None:
    headlines = (
        '<ul><li><a href="/2019/a.html">Fifteen Amazing Images of Distant Stars</a></li>'
        '<li><a href="/2019/b.html">Eleven Fascinating Facts About Our Galaxy</a></li></ul>'
    )
    announced = '<h3>Related stories</h3><ul><li><a href="https://other.example/">Other</a></li></ul>'
    named = '<ul class="relatedPages"><li><a href="https://other.example/a">One</a></li></ul>'
    boxed = '<div class="box"><h3>Kategorien</h3><ul><li><a href="https://other.example/b">Two</a></li></ul></div>'
    tags = '<ul><li><a href="https://medium.com/tag/nodejs">Nodejs</a></li></ul>'
    assert article_citations(TEXT + headlines + announced + named + boxed + tags) == ()


def test_a_picture_link_to_another_sites_page_counts_with_its_alt_text() -> None:
    links = article_citations(
        '<p>Watch the talk below, then read the notes and the slides that go with it.</p><ul><li>'
        '<a href="https://video.example/watch?v=1"><img src="/shot.jpg" alt="Screenshot"></a>'
        '<a href="https://other.example/big.jpg"><img src="/small.jpg" alt="Larger"></a>'
        '<a href="/gallery/1"><img src="/photo.jpg" alt="Photo page"></a></li></ul>'
    )
    assert [(link.text, link.url) for link in links] == [("Screenshot", "https://video.example/watch?v=1")]


def test_a_paragraph_that_is_only_a_web_address_cites_it() -> None:
    root = lxml.html.fromstring(
        "<html><body><article>" + TEXT + '<p><a href="http://petition.example/against-the-tariff">'
        'http://petition.example/against-the-tariff</a></p><p><a href="/next">Next story</a></p>'
        "</article></body></html>"
    )
    article = root.find(".//article")
    first = article.find("p")
    content = Content(article, (first,), (first.text_content(),))
    links = extract_citations(Page(root, URL, URL), content)
    assert [link.url for link in links] == ["http://petition.example/against-the-tariff"]


def test_a_section_named_by_its_headings_slug_is_no_furniture() -> None:
    body = (
        '<div id="sharing-with-multiple-developers-code-review"><p>See this <a href="https://x.org/guide">guide'
        '</a>.</p></div><div id="share-tools"><p><a href="https://x.org/share">Share</a></p></div>'
    )
    assert [c.url for c in citations(body)] == ["https://x.org/guide"]
