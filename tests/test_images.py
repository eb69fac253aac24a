"""The article's images: sources, furniture left out, captions and credits split."""

from __future__ import annotations

import lxml.html

import converter
from converter.extract.content import Content
from converter.extract.images import extract_images
from converter.extract.metadata import Metadata
from converter.extract.page import Page
from converter.record import Author, Image

URL = "https://news.example.com/2024/05/story.html"
NO_METADATA = Metadata()
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def images_of(body: str, *, url: str | None = URL, base: str | None = None, head: str = "",
              metadata: Metadata = NO_METADATA) -> tuple[Image, ...]:
    """The images of a page whose <body> is ``body``; the article node is the element with id="story"
    (the whole body when there is none)."""
    root = lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    node = root.get_element_by_id("story", None)
    page = Page(root=root, url=url, base_url=base or url)
    return extract_images(page, Content(node if node is not None else root.find("body")), metadata)


def srcs(images: tuple[Image, ...]) -> list[str | None]:
    return [image.src for image in images]


def test_plain_image_resolved_against_the_page_url() -> None:
    images = images_of('<div id="story"><p>Text.</p><img src="/img/a.jpg" alt="A cat"></div>')
    assert images == (Image(src="https://news.example.com/img/a.jpg", alt="A cat"),)


def test_base_href_wins_over_the_page_url() -> None:
    images = images_of('<div id="story"><img src="pics/a.jpg"></div>', base="https://cdn.example.net/media/")
    assert srcs(images) == ["https://cdn.example.net/media/pics/a.jpg"]


def test_without_a_url_src_stays_as_written() -> None:
    assert srcs(images_of('<div id="story"><img src="../img/a.jpg"></div>', url=None)) == ["../img/a.jpg"]


def test_lazy_attributes_beat_a_placeholder_src() -> None:
    body = (
        f'<div id="story"><img src="{PLACEHOLDER}" data-src="/a.jpg">'
        '<img src="/img/blank.gif" data-lazy-src="/b.jpg">'
        '<img src="/spacer.gif" data-original="/c.jpg"></div>'
    )
    assert srcs(images_of(body)) == [f"https://news.example.com/{n}.jpg" for n in "abc"]


def test_base64_placeholder_alone_gives_no_image() -> None:
    assert images_of(f'<div id="story"><img src="{PLACEHOLDER}"></div>') == ()


def test_noscript_copy_of_a_lazy_image_is_one_image() -> None:
    body = (
        '<div id="story"><figure><img class="lazyload" src="/blank.gif" data-src="/a.jpg">'
        '<noscript><img src="/a.jpg"></noscript><figcaption>A cat.</figcaption></figure></div>'
    )
    images = images_of(body)
    assert srcs(images) == ["https://news.example.com/a.jpg"]
    assert images[0].caption == "A cat."


def test_noscript_fallback_when_the_script_image_has_no_url() -> None:
    body = (
        f'<div id="story"><div><img src="{PLACEHOLDER}" class="lazy">'
        '<noscript><img src="/real.jpg"></noscript></div></div>'
    )
    assert srcs(images_of(body)) == ["https://news.example.com/real.jpg"]


def test_noscript_src_preferred_over_a_low_resolution_preview() -> None:
    body = (
        '<div id="story"><div><img src="/max/60/a.png?q=20" width="1800" height="900">'
        '<noscript><img src="/max/1800/a.png"></noscript></div></div>'
    )
    assert srcs(images_of(body)) == ["https://news.example.com/max/1800/a.png"]


def test_picture_sources_give_the_largest_candidate() -> None:
    body = (
        '<div id="story"><picture>'
        '<source media="(max-width: 600px)" srcset="/a-600.jpg 600w, /a-300.jpg 300w">'
        '<source media="(min-width: 601px)" data-srcset="/a-1200.jpg 1200w, /a-900.jpg 900w">'
        f'<img src="{PLACEHOLDER}" alt="A"></picture></div>'
    )
    assert srcs(images_of(body)) == ["https://news.example.com/a-1200.jpg"]


def test_srcset_largest_when_there_is_no_src() -> None:
    body = '<div id="story"><img srcset="/a-1x.jpg 1x, /a-2x.jpg 2x"></div>'
    assert srcs(images_of(body)) == ["https://news.example.com/a-2x.jpg"]


def test_srcset_variants_of_one_img_are_one_image() -> None:
    body = '<div id="story"><img src="/a-800.jpg" srcset="/a-400.jpg 400w, /a-800.jpg 800w, /a-1600.jpg 1600w"></div>'
    assert srcs(images_of(body)) == ["https://news.example.com/a-800.jpg"]


def test_separate_images_with_one_url_stay_separate() -> None:
    body = '<div id="story"><table><tr><td><img src="/ok.png"></td><td><img src="/ok.png"></td></tr></table></div>'
    assert srcs(images_of(body)) == ["https://news.example.com/ok.png"] * 2


def test_furniture_is_left_out() -> None:
    body = (
        '<div id="story">'
        '<img src="/assets/site-logo.svg" class="logo">'
        '<img src="/u/jane.jpg" class="author-avatar">'
        '<img src="/i/icon-share.png" width="24" height="24">'
        '<img src="https://ads.example.com/pixel.gif" width="1" height="1">'
        '<img src="https://www.example.com/tr?id=1&amp;w=1&amp;h=1">'
        '<img src="/photo.jpg" alt="The harbour at dawn">'
        '<div class="related-stories"><img src="/other-story.jpg"></div>'
        '<aside><img src="/sidebar.jpg"></aside>'
        '<div class="ad-slot"><img src="/banner.jpg"></div>'
        '<a href="/2024/05/other-story.html"><img src="/teaser.jpg"><span>Another story you may like</span></a>'
        "</div>"
    )
    assert srcs(images_of(body)) == ["https://news.example.com/photo.jpg"]


def test_figcaption_credit_span_is_split_from_the_caption() -> None:
    body = (
        '<div id="story"><figure><img src="/a.jpg"><figcaption>'
        '<span class="caption">Facebook CEO Mark Zuckerberg.</span>'
        '<span class="credit">Photo by James Martin/CNET</span></figcaption></figure></div>'
    )
    (image,) = images_of(body)
    assert image.caption == "Facebook CEO Mark Zuckerberg."
    assert image.credit is not None
    assert (image.credit.text, image.credit.author, image.credit.source) == (
        "Photo by James Martin/CNET",
        "James Martin",
        "CNET",
    )


def test_credit_written_at_the_end_of_the_caption() -> None:
    body = (
        '<div id="story"><figure><img src="/a.jpg"><figcaption>Cars at a dealership in Littleton, Colo. '
        "(AP Photo/David Zalubowski)</figcaption></figure></div>"
    )
    (image,) = images_of(body)
    assert image.caption == "Cars at a dealership in Littleton, Colo."
    assert image.credit is not None
    assert (image.credit.author, image.credit.source) == ("David Zalubowski", "Associated Press")


def test_licence_link_in_the_caption() -> None:
    body = (
        '<div id="story"><figure><img src="/a.png"><figcaption>Firmengeflecht. '
        '<span class="media-license-caption"><a rel="license" href="http://creativecommons.org/licenses/by-sa/2.0/deed.de">'
        "CC-BY-SA 2.0</a></span></figcaption></figure></div>"
    )
    (image,) = images_of(body)
    assert image.caption == "Firmengeflecht."
    assert image.credit is not None
    assert (image.credit.license, image.credit.license_url) == (
        "CC BY-SA 2.0",
        "https://creativecommons.org/licenses/by-sa/2.0/",
    )


def test_credit_from_a_data_attribute() -> None:
    (image,) = images_of('<div id="story"><p><img src="/a.jpg" data-credit="Devindra Hardawar/AOL"></p></div>')
    assert image.credit is not None
    assert (image.credit.author, image.credit.source) == ("Devindra Hardawar", "AOL")


def test_credit_in_the_text_right_after_the_image() -> None:
    body = (
        '<div id="story"><p><a href="/big.jpg"><img src="/a.jpg"></a><br><em>Portrait by '
        '<a href="https://example.org/">George Del Barrio</a></em></p></div>'
    )
    (image,) = images_of(body)
    assert image.credit is not None
    assert image.credit.author == "George Del Barrio"
    assert image.credit.source_url == "https://example.org/"


def test_credit_element_after_the_image_block() -> None:
    body = (
        '<div id="story"><div><img src="/a.jpg"></div>'
        '<div class="fotocredit"><p>Bild: Mikita Yo via Unsplash</p></div></div>'
    )
    (image,) = images_of(body)
    assert image.credit is not None
    assert (image.credit.author, image.credit.source) == ("Mikita Yo", "Unsplash")


def test_credit_from_json_ld_image_object() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"image": {"@type": "ImageObject", "url": "https://news.example.com/a.jpg", '
        '"creator": {"@type": "Person", "name": "Jane Doe"}, "copyrightHolder": {"@type": "Organization", '
        '"name": "Reuters"}, "license": "https://creativecommons.org/licenses/by/4.0/"}}</script>'
    )
    (image,) = images_of('<div id="story"><img src="/a.jpg"></div>', head=head)
    assert image.credit is not None
    assert (image.credit.author, image.credit.source, image.credit.license) == ("Jane Doe", "Reuters", "CC BY 4.0")


def test_credit_in_the_alt_text() -> None:
    (image,) = images_of('<div id="story"><img src="/a.jpg" alt="Bavaria | © Markus Leitner"></div>')
    assert image.credit is not None and image.credit.author == "Markus Leitner"


def test_alt_text_that_only_describes_is_no_credit() -> None:
    (image,) = images_of(
        '<div id="story"><img src="/a.jpg" alt="Image: The house in which he was born, Austria"></div>'
    )
    assert image.credit is None


def test_lead_figure_above_the_body_counts_but_not_images_after_it() -> None:
    body = (
        '<article><header><h1>Title</h1><figure><img src="/lead.jpg"><figcaption>Lead.</figcaption></figure></header>'
        '<div id="story"><p>Body text.</p><img src="/body.jpg"></div>'
        '<footer><img src="/after.jpg"></footer><div><img src="/more.jpg"></div></article>'
    )
    assert srcs(images_of(body)) == ["https://news.example.com/lead.jpg", "https://news.example.com/body.jpg"]


def test_lead_image_above_the_article_element_found_by_og_image() -> None:
    head = '<meta property="og:image" content="https://news.example.com/up/lead-1200x630.jpg">'
    body = (
        '<div class="media-header"><img src="/up/lead-640x480.jpg"></div><div><img src="/up/unrelated.jpg"></div>'
        '<article><div id="story"><p>Body text.</p></div></article>'
    )
    assert srcs(images_of(body, head=head)) == ["https://news.example.com/up/lead-640x480.jpg"]


def test_renditions_side_by_side_are_one_image() -> None:
    body = (
        '<div id="story"><div class="image"><a href="/big.jpg">'
        '<img class="ratio-16-9" src="/a/16-9/harbour.jpg"><img class="ratio-4-3" data-src="/a/4-3/harbour.jpg">'
        '<img class="ratio-1-1" data-src="/a/1-1/harbour.jpg"></a></div></div>'
    )
    assert srcs(images_of(body)) == ["https://news.example.com/a/16-9/harbour.jpg"]


def test_thumbnail_size_in_the_file_name() -> None:
    body = '<div id="story"><img src="/up/focaccia-150x150.jpg"><img src="/up/focaccia-1024x683.jpg"></div>'
    assert srcs(images_of(body)) == ["https://news.example.com/up/focaccia-1024x683.jpg"]


def test_thumbnail_strip_of_a_gallery_is_left_out() -> None:
    items = "".join(f'<li><a href="#"><img src="/g/{n}-thumb.jpg"></a></li>' for n in range(5))
    body = (
        '<div id="story"><figure><img src="/g/0.jpg"><figcaption>Slide one.</figcaption></figure>'
        f"<ul>{items}</ul></div>"
    )
    assert srcs(images_of(body)) == ["https://news.example.com/g/0.jpg"]


def test_short_line_closing_the_image_block_is_the_caption() -> None:
    body = (
        '<div id="story"><p>Text.</p><div align="center"><div class="article-img"><img src="/a.jpg"></div><br>'
        '<span class="minor small">The slimmer bezels of the new laptop</span></div><p>More text.</p></div>'
    )
    (image,) = images_of(body)
    assert (image.caption, image.credit) == ("The slimmer bezels of the new laptop", None)


def test_share_bar_after_the_image_is_no_caption() -> None:
    body = (
        '<div id="story"><div class="feat"><img src="/a.jpg"></div>'
        '<div class="post-social">Facebook Twitter</div></div>'
    )
    (image,) = images_of(body)
    assert image.caption is None


def test_credit_from_microdata_meta() -> None:
    body = (
        '<div id="story"><figure itemscope itemtype="https://schema.org/ImageObject"><img src="/a.jpg">'
        '<meta itemprop="creator" content="Jane Doe"><meta itemprop="copyrightHolder" content="Reuters">'
        "<figcaption>The harbour.</figcaption></figure></div>"
    )
    (image,) = images_of(body)
    assert image.caption == "The harbour."
    assert image.credit is not None
    assert (image.credit.author, image.credit.source) == ("Jane Doe", "Reuters")


def test_caption_text_keeps_inline_markup_spacing() -> None:
    page = (b"<article><p>" + b"Words of the article body that are long enough to count as one. " * 4 + b"</p>"
            b'<figure><img src="/a.jpg"><figcaption>The <em>mayor</em>, at the <a href="/h">hall</a>. '
            b'<span class="credit">Photo: Jane Doe/Reuters</span></figcaption></figure></article>')
    record = converter.convert(page, url="https://example.org/x")
    assert [(image.caption, image.credit.text if image.credit else None) for image in record.images] == [
        ("The mayor, at the hall.", "Photo: Jane Doe/Reuters")]


def test_url_words_are_whole_words_of_the_path() -> None:
    body = (
        '<div id="story">'
        '<img src="/2020/flag-raising.jpg">'
        '<img src="/charts/share-prices-chart.png">'
        '<img src="/img/camouflage-net.jpg">'
        '<img src="/img/mask.jpg?trafo=21x10">'
        '<img src="/SharedDocs/Bilder/radon.png">'
        '<img src="https://flagstaff.example.org/a.jpg">'
        '<img src="https://cdn.shortpixel.example/client/w_900/https://news.example.com/up/b.jpg">'
        '<img src="/img/spinner-dolphin.jpg">'
        '<img src="/reviews/pixel-3-review.png">'
        '<img src="/img/missing-persons.png">'
        "</div>"
    )
    assert len(images_of(body)) == 10


def test_fillers_trackers_and_furniture_urls_are_left_out() -> None:
    body = (
        '<div id="story">'
        '<img src="/i/spacer.33e2034037.gif">'
        '<img src="/img/blank.png">'
        '<img src="/img/jeg-empty.png">'
        '<img src="/img/1x1.trans.gif">'
        '<img src="/img/ajaxLoader.gif">'
        '<img src="https://pixel.wp.com/b.gif?v=noscript">'
        '<img src="https://ww690.smartadserver.com/call/pubi/1/">'
        '<img src="https://ads.example.net/banner7.jpg">'
        '<img src="/wp-content/themes/x/img/header.png">'
        '<img src="/assets/img/icon_pfeil.png">'
        '<img src="/img/siteLogo.svg">'
        '<img src="/photo.jpg">'
        "</div>"
    )
    assert srcs(images_of(body)) == ["https://news.example.com/photo.jpg"]


def test_a_script_gives_a_picture_only_when_its_query_names_one() -> None:
    body = (
        '<div id="story">'
        '<img src="/stats/counter.php?id=3">'
        '<img src="https://ad.example.net/www/delivery/avw.php?zoneid=39">'
        '<img src="/view.php?img=4711">'
        '<img src="/imrs.php?src=https://cdn.example.com/p.jpg&amp;w=800">'
        "</div>"
    )
    assert srcs(images_of(body)) == [
        "https://news.example.com/view.php?img=4711",
        "https://news.example.com/imrs.php?src=https://cdn.example.com/p.jpg&w=800",
    ]


def test_a_photograph_is_no_filler_or_drawn_furniture_whatever_its_name() -> None:
    body = (
        '<div id="story">'
        '<img src="/img/grey.gif">'
        '<img src="/uploads/clip_grey.jpg">'
        '<img src="/products/imac-SpaceGray.png">'
        '<img src="/photos/ai_badge.jpg">'
        '<img src="/img/badge.png">'
        "</div>"
    )
    assert srcs(images_of(body)) == [
        f"https://news.example.com/{path}" for path in ("uploads/clip_grey.jpg", "products/imac-SpaceGray.png",
                                                        "photos/ai_badge.jpg")
    ]


def test_picture_named_like_furniture_kept_when_captioned_or_large() -> None:
    body = (
        '<div id="story">'
        '<figure><img src="/uploads/new-logo.png"><figcaption>The new logo, unveiled on Monday.</figcaption></figure>'
        '<img src="/icons/route-map.png" width="800" height="600">'
        '<img src="/uploads/old-logo.png">'
        '<img src="/icons/route-thumb.png" width="120" height="90">'
        '<figure><img src="/img/placeholder.png"><figcaption>A filler stays out.</figcaption></figure>'
        '<img src="/img/blank.gif" width="800" height="600">'
        "</div>"
    )
    images = images_of(body)
    assert srcs(images) == ["https://news.example.com/uploads/new-logo.png", "https://news.example.com/icons/route-map.png"]
    assert images[0].caption == "The new logo, unveiled on Monday."


def test_image_in_a_link_labelled_as_furniture_is_left_out() -> None:
    body = '<div id="story"><a class="logo" href="/"><img src="/uploads/masthead.jpg"></a><img src="/a.jpg"></div>'
    assert srcs(images_of(body)) == ["https://news.example.com/a.jpg"]


AVATAR_BESIDE_BYLINE = """<div id="story">
<div class="head"><div><a href="https://example.com/ace"><img src="/u/ace.png"></a></div>
<div><div>Adam Clark</div><time datetime="2019-11-18">Monday 5:30PM</time> • Filed to: innovation</div></div>
<p>Text of the story, long enough to be a paragraph of the article itself.</p>
<figure><img src="/img/scene.jpg"><figcaption>Adam Clark's photo of the launch site.</figcaption></figure>
</div>"""


def test_author_avatar_beside_the_byline_is_no_article_image() -> None:
    by_adam = Metadata(authors=(Author("Adam Clark"),))
    assert srcs(images_of(AVATAR_BESIDE_BYLINE, metadata=by_adam)) == ["https://news.example.com/img/scene.jpg"]
    assert len(images_of(AVATAR_BESIDE_BYLINE)) == 2


def test_organisation_author_named_in_a_caption_keeps_the_picture() -> None:
    by_agency = Metadata(authors=(Author("Adam Clark", type="organization"),))
    assert len(images_of(AVATAR_BESIDE_BYLINE, metadata=by_agency)) == 2


def test_photo_captioned_with_what_the_author_does_stays() -> None:
    by_jane = Metadata(authors=(Author("Jane Morrison"),))
    for caption in ("Jane Morrison at the summit of Kilimanjaro, after six days of climbing.",
                    "Jane Morrison (left) interviews the minister in Nairobi."):
        figure = f'<figure><img src="/a.jpg"><figcaption>{caption}</figcaption></figure>'
        assert len(images_of(f'<div id="story"><p>Text.</p>{figure}</div>', metadata=by_jane)) == 1, caption


def test_author_box_picture_is_no_article_image() -> None:
    by_jane = Metadata(authors=(Author("Jane Morrison"),))
    for box in ("Jane Morrison", "Jane Morrison Email Jane Morrison is a former editor of the paper.",
                "Jane Morrison Redaktion Politik", "Jane Morrison 22.02.2021 Teilen"):
        body = f'<div id="story"><p>Text.</p><div><img src="/u/jane.jpg"><div>{box}</div></div></div>'
        assert images_of(body, metadata=by_jane) == (), box
