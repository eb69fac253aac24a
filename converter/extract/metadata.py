"""Page metadata: title, byline and authors, dates, site name, language, description, canonical URL, licence.

Each source module lists evidence (``jsonld``: JSON-LD nodes; ``meta``: ``<meta>``/``<link>``; ``visible``:
what the reader sees, read with ``bylines``, ``dates`` and ``titles``); this module decides, in ONE order of
trust per field: the first source that gives a valid value wins, with the exceptions written in the table.

============  ===================================================================================
field         order of trust
============  ===================================================================================
url           ``<link rel=canonical>`` > ``og:url`` > JSON-LD ``url``/``mainEntityOfPage`` > page URL
              (resolved against the base URL; only http(s))
title         an ``<h1>`` that agrees with a title source (sources tried in the order og:title, JSON-LD
              ``headline``, twitter:title/dc.title, ``<title>``) > an ``<h2>`` spelling a title source word
              for word (no ``<h1>``, or short ones naming a blog or section) > the only ``<h1>`` (of one word
              only when the URL's last part spells it) > an ``<h2>`` that agrees with a title source > those
              title sources (site names, sections and kickers stripped; a title cut at a quote completed) >
              first ``<h1>``; an ``<h1>`` linking to the home page is the site's logo: no title, but stripped
              from titles; a heading's wording wins, spaced as a title source spells it
authors       JSON-LD article ``author`` > author ``<meta>`` (author, article:author, parsely-author,
              sailthru.author, dc.creator, citation_author; unread on pages without a sign of a dated
              publication, where it names the site's owner) > microdata ``itemprop=author`` >
              ``rel=author``/author-page links > visible byline (byline/author classes, "By"/"Von"/"Autor:"
              lines) > ``<meta name=byl>`` > full names in the dateline by the headline. The site or
              publisher is never an author, but on a personal site (its JSON-LD author is typed Person
              and Organization, or is the publisher's node, or the publisher is a person); its newsroom
              ("Redaktion Example") is. A person counts only when the page shows the name (outside hidden
              elements); agencies beside persons are dropped, and an agency alone is no author; a visible
              byline naming all declared persons and more, or full names where the declared author is
              none, wins.
byline        the visible byline element > ``<meta name=byl>`` > the authors' names joined
published     JSON-LD ``datePublished`` > ``article:published_time`` & co. (parsely, sailthru, dc.date.issued,
              citation_*) > ``itemprop=datePublished`` > ``<time pubdate>``/published ``<time datetime>``
              (the dateline under the headline when it gives another day: such times may be teasers')
              > URL path date (page or canonical URL) > the first ``<time datetime>`` > a labelled date
              ("Veröffentlicht am") > a blog's post sentence ("This entry was posted on ...") > a dateline
              next to the ``<h1>`` > ``date``/``dc.date`` metas > a date-classed element (a badge's day,
              month and year read apart) > the modified date > a date in a script's JSON state > a wiki's
              notice of the last edit ("This page was last edited on ...": on a page that shows no other
              date, the reader's best date). A UTC time near midnight yields to the local day the page
              also gives; a declared date yields to the dateline under the headline when another source
              confirms it, or when it prints the declared modification day without an "Updated" label;
              on a bare JSON-LD WebPage, Recipe or Product (no article node) a declared date counts only
              when shown too.
modified      JSON-LD ``dateModified`` > ``article:modified_time``/``og:updated_time`` >
              ``itemprop=dateModified`` > a wiki's notice of the last edit; never before ``published``
site_name     JSON-LD publisher when the URL's first folder spells it (a publication on a platform) >
              ``og:site_name`` > JSON-LD publisher / WebSite name > ``application-name`` >
              ``apple-mobile-web-app-title`` (a ``<title>`` segment naming the host is only used to strip
              titles and to refuse the site as author, not reported)
language      ``<html lang>`` (or ``xml:lang``) > ``content-language`` > ``og:locale`` > JSON-LD ``inLanguage`` >
              ``dc.language`` > stop-word guess on the page text
description   JSON-LD ``description`` > ``og:description`` > ``description`` > ``twitter:description``
license       ``rel=license`` links outside figures and captions > JSON-LD ``license`` >
              CC licence links outside figures, captions, credits and teasers (footer and sidebar badges);
              links whose notice licenses the photos alone, a podcast's recordings, the users'
              contributions or a script library are skipped (``licenses.licenses_other_work``);
              ``<meta name=dc.rights>`` is not read: templates fill it with a site-wide default that the
              page never shows its readers;
              normalised by ``licenses.normalize_license``; "All rights reserved" is no licence
============  ===================================================================================
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from ..record import Author, License
from . import visible
from .bylines import gives_address, is_newsroom, is_no_name, parse_byline
from .dates import UPDATE_LABEL, date_from_url, parse_date
from .jsonld import (
    PAGE_TYPES,
    JsonLd,
    is_organization,
    main_node,
    name_of,
    person_nodes,
    read_jsonld,
    text_value,
    types_of,
)
from .language import guess_language, normalize_language
from .licenses import normalize_license
from .meta import MetaTags, read_meta
from .page import Page
from .titles import agrees, heading_with_prefix, strip_site_name, title_key, title_segments
from .vocabulary.bylines import AGENCIES, COMPANY_WORDS

_AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
                "dc.creator", "dcterms.creator", "citation_author", "book:author", "dc.contributor")
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "article:published",
                   "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
                   "publish-date", "publish_date", "publication_date", "publishdate", "pubdate",
                   "citation_publication_date", "citation_date", "og:published_time", "article.published")
# Dates that content systems fill with when a record was created or saved, not when it was published.
_WEAK_DATE_META = ("dcterms.date", "dc.date", "date", "dc.date.created", "dcterms.created")
_MODIFIED_META = ("article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
                  "dcterms.modified", "dc.date.modified", "last-modified", "article.updated")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title")
_LANGUAGE_META = ("content-language", "og:locale", "dc.language", "dcterms.language", "language")
_DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
_SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title")
_WEBSITE_TYPES = frozenset({"website"})
# Where SEO plugins (Yoast) put the person a site represents ("https://example.com/#/schema/person/...").
_PERSON_SCHEMA = "#/schema/person/"
_UNDATED_TYPES = PAGE_TYPES | {"recipe", "product"}
# "All rights reserved" is the absence of a licence, not the page's licence.
_NOT_A_LICENSE = frozenset({"All rights reserved"})


MIN_HEADLINE_WORDS = 2
MAX_SECTION_NAME_WORDS = 3
MIN_ACRONYM_WORDS = 3
MIN_ACRONYM_WORD_LETTERS = 3
MAX_AUTHORS = 10
MAX_MARKED_NAME = visible.MAX_MARKED_NAME_LENGTH


@dataclass(frozen=True, slots=True)
class Metadata:
    """The resolved metadata of one page or text document."""

    url: str | None = None
    title: str | None = None
    byline: str | None = None
    authors: tuple[Author, ...] = ()
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    license: License | None = None


@dataclass(frozen=True, slots=True)
class _Evidence:
    page: Page
    meta: MetaTags
    jsonld: JsonLd
    article: dict[str, Any] | None
    marked: visible.Marked
    headline_dateline: str | None


def extract_metadata(page: Page) -> Metadata:
    """The metadata of ``page``, each field taken from its most trusted source (see the module table)."""
    jsonld = read_jsonld(page)
    evidence = _Evidence(page, read_meta(page), jsonld, main_node(jsonld), visible.scan(page),
                         visible.headline_dateline(page))
    site_name = _site_name(evidence)
    # A site name read off the <title> is too much of a guess to report, but good enough to strip.
    known_site = site_name or visible.site_from_title(page)
    byline, authors = _authors(evidence, known_site)
    language = _language(evidence)
    published = _published(evidence, language)
    return Metadata(
        url=_url(evidence),
        title=_title(evidence, known_site),
        byline=byline,
        authors=authors,
        published=published,
        modified=_modified(evidence, published),
        site_name=site_name,
        language=language,
        description=_description(evidence),
        license=_license(evidence),
    )


def _article_value(evidence: _Evidence, key: str) -> Any:
    return evidence.article.get(key) if evidence.article else None


def _http_url(page: Page, href: str | None) -> str | None:
    url = page.absolute(href)
    try:
        return url if url and urlsplit(url).scheme in ("http", "https") else None
    except ValueError:
        return None


def _url(evidence: _Evidence) -> str | None:
    page, meta = evidence.page, evidence.meta
    entity = _article_value(evidence, "mainEntityOfPage")
    entity = entity.get("@id") if isinstance(entity, dict) else entity
    for href in (meta.link("canonical"), meta.first("og:url"), text_value(_article_value(evidence, "url")),
                 entity if isinstance(entity, str) else None):
        url = _http_url(page, href)
        if url:
            return url
    return page.url


def _site_name(evidence: _Evidence) -> str | None:
    meta = evidence.meta
    publisher = _publisher_name(evidence)
    if publisher and _names_first_folder(evidence.page.url or meta.link("canonical"), publisher):
        # A publication hosted on a platform ("example.com/jane-does-notes/..."): the platform is the
        # og:site_name, the publication is the site the reader is on.
        return publisher
    found = meta.first(_SITE_META[0]) or publisher
    if not found:
        websites = evidence.jsonld.of_types(_WEBSITE_TYPES)
        found = name_of(websites[0]) if websites else None
    return found or meta.first(*_SITE_META[1:])


def _names_first_folder(url: str | None, name: str) -> bool:
    """Whether the first folder of ``url``'s path spells ``name`` ("/voodoo-engineering/" for "Voodoo
    Engineering")."""
    try:
        path = urlsplit(url or "").path
    except ValueError:
        return False
    folders = [folder for folder in path.split("/") if folder]
    return len(folders) > 1 and title_key(folders[0]) == title_key(name)


def _title(evidence: _Evidence, site_name: str | None) -> str | None:
    meta, page = evidence.meta, evidence.page
    document_title = visible.document_title(page)
    all_headings = visible.headings(page)
    # A heading that links home, or spells a trailing <title> segment shorter than the first ("Headline :
    # Blog Name"), is the site's logo.
    segments = title_segments(document_title or "")
    trailing = {title_key(segment) for segment in segments[1:] if len(segment) < len(segments[0])}
    logos = [heading.text for heading in all_headings if heading.is_logo or title_key(heading.text) in trailing]
    sites = [name for name in (site_name, visible.host_label(page), *logos) if name]
    sources = [meta.first("og:title"), text_value(_article_value(evidence, "headline")),
               *(meta.first(key) for key in _TITLE_META[1:]), document_title]
    titles = [title for title in (strip_site_name(source, sites) for source in sources if source) if title]
    site_keys = {title_key(name) for name in sites}
    # The same headline twice (a mobile and a desktop copy) is one headline.
    headings = list({title_key(heading.text): heading for heading in reversed(all_headings)
                     if not heading.is_logo and title_key(heading.text) not in site_keys}.values())[::-1]
    titles = _untruncated(titles)
    found = _agreeing_heading(titles, headings)
    if found:
        return found
    # One headline on the page is what the reader sees as the title, even when the metadata words it
    # differently (an SEO title, a teaser title); a single word is rather a section name ("News"), unless the
    # page's address ends with it ("Design" at /design/: the page's own name).
    single = headings[0] if len(headings) == 1 and (
        len(headings[0].headline.split()) >= MIN_HEADLINE_WORDS
        or title_key(headings[0].headline) == _last_folder_key(page.url)) else None
    single_wording = (single.headline if single.has_kicker else single.text) if single else None
    # An <h2> that spells a title source letter for letter is the headline, in the source's wording (markup
    # may glue a kicker to it): on a page without <h1>, or under <h1> headings that agree with no title and
    # are as short as names of blogs or sections ("Minecraft News", "Information and Resources").
    section_like = all(len(heading.text.split()) <= MAX_SECTION_NAME_WORDS for heading in headings)
    if single_wording and not section_like:
        return single_wording
    subheadings = [heading for heading in visible.subheadings(page) if not heading.is_logo]
    found = _spelled_subheading(titles, subheadings) if section_like else None
    if found:
        return found
    if single_wording:
        return single_wording
    found = _agreeing_heading(titles, subheadings)
    return found or (titles[0] if titles else None) or (headings[0].text if headings else None)


def _spelled_subheading(titles: list[str], subheadings: list[visible.Heading]) -> str | None:
    """The most trusted title that an <h2> spells letter for letter, in the title's wording; None when a more
    trusted title agrees with an <h2> in part (that agreement decides: "Flixbus attackiert Bahn" in og:title,
    "Kicker Flixbus attackiert Bahn" in the <h2>, "Kicker: Flixbus attackiert Bahn" in the <title>)."""
    keys = {title_key(heading.text) for heading in subheadings}
    for title in titles:
        if title_key(title) in keys:
            return title
        if any(agrees(heading.headline, title) or agrees(heading.text, title) for heading in subheadings):
            return None
    return None


def _last_folder_key(url: str | None) -> str:
    """The title key of the last part of ``url``'s path, without a file extension ("/essen/westviertel.htm" ->
    "westviertel"); "" when there is none."""
    try:
        path = urlsplit(url or "").path
    except ValueError:
        return ""
    return title_key(path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0])


def _untruncated(titles: list[str]) -> list[str]:
    """``titles`` with a title that another one continues ("Biden de" / "Biden de \"incapacitado\"": an
    attribute cut at a quote) replaced by the longer wording."""
    read = [(title, title_key(title), len(title_segments(title))) for title in titles]
    completed = []
    for title, key, count in read:
        # Only with as many segments: "Headline | Site" continues "Headline" with a site name, not a cut.
        longer = (other for other, other_key, other_count in read
                  if key and other_count == count and len(other_key) > len(key) and other_key.startswith(key))
        completed.append(next(longer, title))
    return completed


def _agreeing_heading(titles: list[str], headings: list[visible.Heading]) -> str | None:
    """The wording of the heading that agrees with the most trusted title any heading agrees with (another
    title source when the heading is that source after a kicker set apart by markup alone); else the title
    that a heading repeats after a kicker."""
    for title in titles:
        for heading in headings:
            for wording in (heading.headline, heading.text):
                if agrees(wording, title):
                    # A title source that gives the heading whole, but for white space, wrote any kicker
                    # into the headline ("The Band Unites ...": no kicker "The" to drop).
                    return _spelled_alike(wording, titles) or next(
                        (other for other in titles if _kicker_before(wording, other)), wording)
    for title in titles:
        for heading in headings:
            if heading_with_prefix(heading.text, title):
                return title
    return None


def _spelled_alike(heading: str, titles: list[str]) -> str | None:
    """The title source that spells ``heading`` but for white space (the spaces that markup puts between a
    heading's parts, "Kicker<span>: </span>" read "Kicker : Headline", are not the writer's), or None."""
    bare = "".join(heading.split())
    return next((title for title in titles if "".join(title.split()) == bare), None)


def _kicker_before(heading: str, title: str) -> bool:
    """Whether ``heading`` is ``title`` after a kicker or a forum thread's prefix that only markup sets apart,
    with no punctuation between ("Einheit der Woche Lagen-Pyramide mit GA2" for "Lagen-Pyramide mit GA2"; not
    "Erste Reise: Boric besucht Magallanes", where the writer made the kicker part of the headline)."""
    if not heading.endswith(title) or not heading_with_prefix(heading, title):
        return False
    return heading[: -len(title)].rstrip()[-1:].isalnum()


def _authors(evidence: _Evidence, site_name: str | None) -> tuple[str | None, tuple[Author, ...]]:
    page = evidence.page
    shown = visible.visible_byline(evidence.marked)
    # The site or publisher named as author is a default of the publishing system, not a byline.
    sites = [title_key(name) for name in (site_name, visible.host_label(page), _publisher_name(evidence)) if name]
    sources: tuple[Callable[[], tuple[Author, ...]], ...] = (
        lambda: _jsonld_authors(evidence),
        # Templates of homepages and service pages repeat the site owner's name in every page's author <meta>.
        lambda: _meta_authors(evidence.meta) if _is_publication(evidence) else (),
        lambda: visible.markup_authors(page),
        # A short text of an element marked as the byline names its author even by a user name.
        lambda: parse_byline(shown)[1] or parse_byline(shown, trusted=len(shown or "") <= MAX_MARKED_NAME)[1],
        lambda: parse_byline(evidence.meta.first("byl"))[1],
        lambda: _dateline_authors(evidence.headline_dateline),
    )
    personal = _site_persons(evidence)
    authors: tuple[Author, ...] = ()
    for source in sources:
        authors = tuple(author for author in _article_authors(source(), sites, personal) if _shown(author, page))
        if authors:
            break
    if shown:
        authors = _more_complete(authors, _article_authors(parse_byline(shown)[1], sites, personal), page)
    authors = tuple(_with_full_name(author, page) for author in authors)
    byline = parse_byline(shown)[0] or evidence.meta.first("byl") or (
        ", ".join(author.name for author in authors) if authors else None)
    return byline, authors


def _with_full_name(author: Author, page: Page) -> Author:
    """``author``, named in full when the metadata give a first name and the page shows the whole name
    ("Todd" and "Todd Bates")."""
    if author.type != "person" or " " in author.name or not author.name[:1].isupper():
        return author
    full_name = visible.full_name_of(page, author.name)
    return Author(full_name, author.type, author.role, author.url) if full_name else author


def _shown(author: Author, page: Page) -> bool:
    """Whether ``author`` is an organisation or a person the page shows: a name that only the metadata give
    is the account that saved the page ("jdoe2") or a default of the publishing system, not a byline."""
    return author.type != "person" or visible.shows(page, author.name)


def _dateline_authors(dateline: str | None) -> tuple[Author, ...]:
    """The persons the dateline by the headline names by their full names, without a label ("04.02.2022 |
    13:10 Uhr | Jane Doe")."""
    authors = parse_byline(dateline)[1]
    if all(author.type == "person" and len(author.name.split()) > 1 for author in authors):
        return authors
    return ()


def _is_publication(evidence: _Evidence) -> bool:
    """Whether the page presents itself as a dated publication: a JSON-LD article, an Open Graph article, a
    declared publication date, a dateline by the headline or a date in its URL."""
    if evidence.article is not None and types_of(evidence.article) - _UNDATED_TYPES:
        return True
    if (evidence.meta.first("og:type") or "").lower() == "article":
        return True
    return bool(evidence.meta.first(*_PUBLISHED_META) or evidence.headline_dateline
                or date_from_url(evidence.page.url))


def _site_persons(evidence: _Evidence) -> frozenset[str]:
    """The title keys of JSON-LD authors that are the person the site stands for: typed both Person and
    Organization (what SEO plugins write when a site represents a person), the very node that is the
    article's publisher, or any person author when the publisher is a person (a node typed Person, or a
    reference into the plugin's person schema, "#/schema/person/"). On such a personal site the author is
    rightly named like the site."""
    publisher = evidence.jsonld.resolve(_article_value(evidence, "publisher"))
    publisher_id = str(publisher.get("@id") or "") if isinstance(publisher, dict) else ""
    personal_publisher = isinstance(publisher, dict) and (
        "person" in types_of(publisher) or _PERSON_SCHEMA in publisher_id)
    return frozenset(
        title_key(name_of(node)) for node in person_nodes(evidence.jsonld, _article_value(evidence, "author"))
        if isinstance(node, dict) and "person" in types_of(node)
        and (personal_publisher or is_organization(node) or (publisher_id and node.get("@id") == publisher_id)))


def _article_authors(found: tuple[Author, ...], sites: list[str],
                     personal: frozenset[str] = frozenset()) -> tuple[Author, ...]:
    """``found`` without the site itself (unless the site is the ``personal`` site of that person, see
    ``_site_persons``; its newsroom stays), and without agencies beside persons ("Jane Doe, dpa": the agency
    supplied material, the person wrote the article); nothing when it is a list of cited authors."""
    if len(found) > MAX_AUTHORS:
        return ()
    authors = tuple(author for author in found
                    if title_key(author.name) in personal or is_newsroom(author.name)
                    or not _names_site(author.name, sites))
    if any(author.type == "person" for author in authors):
        authors = tuple(author for author in authors if author.type == "person")
    # A wire story signed by the agency alone has no author of its own (the agency stays in the byline).
    if all(author.name.lower() in AGENCIES for author in authors):
        return ()
    return authors


def _more_complete(declared: tuple[Author, ...], shown: tuple[Author, ...], page: Page) -> tuple[Author, ...]:
    """The authors the visible byline names when it names persons the declared authors miss: all of them
    and more ("By Jane Doe and John Roe" against JSON-LD's "Jane Doe"), persons where the declared
    author is no person's full name (an organisation, initials, a user name), or persons where the declared
    authors appear nowhere on the page (a publisher's name left in the author field)."""
    full_names = [author for author in shown if author.type == "person" and len(author.name.split()) > 1]
    if not declared:
        return shown
    # A byline with single words among its names ("Jane Doe, Wohnen") is partly a category or a place.
    if not full_names or len(full_names) < sum(author.type == "person" for author in shown):
        return declared
    declared_keys = {title_key(author.name) for author in declared}
    shown_keys = {title_key(author.name) for author in shown}
    if declared_keys < shown_keys or not any(
            author.type == "person" and len(author.name.split()) > 1 for author in declared):
        return shown
    if not declared_keys & shown_keys and not any(visible.shows(page, author.name) for author in declared):
        return shown
    return declared


def _names_site(name: str, sites: list[str]) -> bool:
    """Whether ``name`` is the site's or publisher's name ("Die FURCHE" on furche.at, "Diario El Pais"), or
    spells out its initials."""
    key = title_key(name)
    if key in sites:
        return True
    # An organisation spelled out whose initials are the site's name ("Deutsches Rotes Kreuz" on drk.de,
    # "Neue Zürcher Zeitung" on nzz.ch); three capitalised words at least, which persons' names seldom have,
    # and no initial among them: an organisation's name is not abbreviated, a person's is ("Andrew P. Smith").
    capitalised = [word for word in name.split() if word[:1].isupper()]
    if (len(capitalised) >= MIN_ACRONYM_WORDS
            and all(sum(char.isalpha() for char in word) >= MIN_ACRONYM_WORD_LETTERS for word in capitalised)
            and title_key("".join(word[0] for word in capitalised)) in sites):
        return True
    # Containment counts for names of several words that are mostly the site's name, so that a person
    # named like the site ("Helge Fahrnberger" on helge.at, on "Helge Fahrnberger's pages") stays.
    return len(name.split()) > 1 and any(len(site) >= 4 and site in key and 2 * len(site) >= len(key)
                                         for site in sites)


def _publisher_name(evidence: _Evidence) -> str | None:
    publisher = evidence.jsonld.resolve(_article_value(evidence, "publisher"))
    return name_of(publisher) if isinstance(publisher, dict) else None


def _jsonld_authors(evidence: _Evidence) -> tuple[Author, ...]:
    found: list[Author] = []
    for node in person_nodes(evidence.jsonld, _article_value(evidence, "author")):
        name = name_of(node)
        if not name:
            continue
        url = text_value(node.get("url")) if isinstance(node, dict) else None
        # A node typed Person and Organization is a person who stands for the site (see ``_site_persons``).
        if is_organization(node) and "person" not in types_of(node):
            if not is_no_name(name):
                found.append(Author(name, "organization", None, _http_url(evidence.page, url)))
            continue
        for author in parse_byline(name, trusted=True)[1]:
            found.append(Author(author.name, author.type, author.role, _http_url(evidence.page, url)))
    return tuple(_unique(found))


def _meta_authors(meta: MetaTags) -> tuple[Author, ...]:
    for key in _AUTHOR_META:
        values = [value for value in meta.values.get(key, ()) if value and "://" not in value]
        found = [author for value in values for author in _meta_author_names(value)]
        if found:
            return tuple(_unique(found))
    return ()


def _meta_author_names(value: str) -> tuple[Author, ...]:
    """The authors an author ``<meta>`` names; none when it names a company (the site's operator, "Example
    Verlag GmbH", "Example Radio (www.example.com)": a web address makes it the operator's imprint) or an
    address ("Example, Berlin, Germany": single words in a list are no names)."""
    words = {word.lower().strip(",") for word in value.split()}
    if words & COMPANY_WORDS or gives_address(value):
        return ()
    authors = parse_byline(value, trusted=True)[1]
    if len(authors) > 1 and any(len(a.name.split()) == 1 and a.type == "person" for a in authors):
        return ()
    return authors


def _unique(authors: list[Author]) -> list[Author]:
    seen: set[str] = set()
    kept = []
    for author in authors:
        if author.name.casefold() not in seen:
            seen.add(author.name.casefold())
            kept.append(author)
    return kept


def _published(evidence: _Evidence, language: str | None) -> str | None:
    meta, page, marked = evidence.meta, evidence.page, evidence.marked
    day_first = _day_first(language)

    def dates(*values: str | None) -> list[str]:
        return [found for found in (parse_date(value, day_first=day_first) for value in values) if found]

    jsonld_date = text_value(_article_value(evidence, "datePublished"))
    itemprop_dates = visible.itemprop_dates(page, "datepublished")
    declared = dates(jsonld_date, *meta.all(*_PUBLISHED_META), *itemprop_dates) or _marked_time(evidence, dates)
    url_date = date_from_url(page.url) or date_from_url(evidence.meta.link("canonical"))
    first_time = dates(visible.first_time(page))
    if not declared:
        # A page that only says when it was changed was published then at the latest.
        found = dates(url_date, *first_time, visible.labelled_date(marked), visible.posted_date(marked),
                      evidence.headline_dateline, *meta.all(*_WEAK_DATE_META), visible.dateline(marked),
                      meta.first(*_MODIFIED_META), visible.script_date(page), visible.edited_date(marked))
        return found[0] if found else None
    best = _local_day(declared[0], [*declared[1:], *first_time], url_date)
    if _is_bare_web_page(evidence) and not _declared_article(meta, best):
        # Content systems date every page they serve (WordPress pages, product pages); such a date counts
        # when the page shows it too, or when the page's Open Graph data call it an article's (WordPress
        # SEO plugins write article:published_time for posts, not for pages), or its microdata agree.
        shown_days = {found[:10] for found in dates(url_date, *first_time, visible.labelled_date(marked),
                                                    visible.posted_date(marked), evidence.headline_dateline,
                                                    visible.dateline(marked))}
        return best if best[:10] in shown_days else None
    # The date printed under the headline wins over the declared one when another source of the page
    # confirms it (a declared date left over from a draft or an import, a UTC day). One value per source
    # counts: pages list their teasers' dates under the same keys.
    shown = dates(evidence.headline_dateline)
    if not shown or shown[0][:10] == best[:10]:
        return best
    confirming = [*first_time, *dates(url_date, jsonld_date,
                                      *(meta.first(key) for key in (*_PUBLISHED_META, *_WEAK_DATE_META)),
                                      *itemprop_dates[:1], visible.published_time(page))]
    confirmed = next((found for found in confirming if found[:10] == shown[0][:10]), None)
    return confirmed or _shown_modification(evidence, shown[0], best) or best


def _shown_modification(evidence: _Evidence, shown: str, published: str) -> str | None:
    """The declared modification time when the dateline under the headline prints its day, later than
    ``published``, without calling it an update: sites that re-date a story on each revision show that date
    as the story's. None otherwise."""
    if UPDATE_LABEL.search(evidence.headline_dateline or ""):
        return None
    modified = parse_date(text_value(_article_value(evidence, "dateModified")) or
                          evidence.meta.first(*_MODIFIED_META))
    return modified if modified and modified[:10] == shown[:10] > published[:10] else None


def _marked_time(evidence: _Evidence, dates: Callable[..., list[str]]) -> list[str]:
    """The date of the ``<time>`` marked as published, unless the dateline under the headline gives another
    day: then that dateline's. Themes mark the times of related posts and teasers the same way as the
    article's, while the dateline by the headline is the article's."""
    marked = dates(visible.published_time(evidence.page))
    shown = dates(evidence.headline_dateline) if marked else []
    return shown if shown and shown[0][:10] != marked[0][:10] else marked


def _declared_article(meta: MetaTags, published: str) -> bool:
    """Whether the page's Open Graph data describe an article with a publication time, or its microdata
    (``<meta itemprop=datePublished>``) give the day of ``published`` too."""
    if (meta.first("og:type") or "").lower() == "article" and meta.first("article:published_time"):
        return True
    microdata = parse_date(meta.first("datepublished"))
    return microdata is not None and microdata[:10] == published[:10]


def _is_bare_web_page(evidence: _Evidence) -> bool:
    """Whether the page's JSON-LD describes it as a web page or a catalogue record (a recipe, a product), with
    no article in it: content systems date such records when they are stored, not as a publication."""
    return evidence.article is not None and types_of(evidence.article) <= _UNDATED_TYPES


def _day_first(language: str | None) -> bool:
    """Whether "06/11/2020" on a page in ``language`` is 6 November: everywhere but in US English."""
    return language is not None and language != "en" and not language.startswith("en-US")


_UTC = "+00:00"
# A UTC time stamp falls on another day than the local one only this close to midnight, given the zones
# news sites publish from (UTC-10 to UTC+10).
_LATEST_UTC_HOUR_FOR_DAY_BEFORE = 10
_EARLIEST_UTC_HOUR_FOR_DAY_AFTER = 14
_SAME_MOMENT = timedelta(minutes=90)


def _local_day(best: str, others: list[str | None], url_date: str | None) -> str:
    """``best``, or the local date of the same moment when ``best`` is a UTC time near midnight and the page
    also gives that moment with a local offset, or the neighbouring day in its URL path (sites that store UTC
    but publish at 22:00 local time)."""
    if not best.endswith(_UTC) or len(best) <= 10:
        return best
    moment = datetime.fromisoformat(best)
    for other in others:
        if other and len(other) > 10 and not other.endswith(_UTC) and (
                abs(datetime.fromisoformat(other) - moment) <= _SAME_MOMENT):
            return other
    if url_date:
        shift = (date.fromisoformat(url_date) - moment.date()).days
        if (shift == -1 and moment.hour < _LATEST_UTC_HOUR_FOR_DAY_BEFORE) or (
                shift == 1 and moment.hour >= _EARLIEST_UTC_HOUR_FOR_DAY_AFTER):
            return url_date
    return best


def _modified(evidence: _Evidence, published: str | None) -> str | None:
    meta, page = evidence.meta, evidence.page
    for value in (text_value(_article_value(evidence, "dateModified")), *meta.all(*_MODIFIED_META),
                  *visible.itemprop_dates(page, "datemodified"), visible.edited_date(evidence.marked)):
        found = parse_date(value)
        if found and (published is None or found[:10] >= published[:10]):
            return found
    return None


def _language(evidence: _Evidence) -> str | None:
    page, meta = evidence.page, evidence.meta
    # An XHTML page parsed as HTML keeps ``xml:lang`` as a plain attribute name.
    for value in (page.root.get("lang"), page.root.get("{http://www.w3.org/XML/1998/namespace}lang"),
                  page.root.get("xml:lang"),
                  *meta.all(*_LANGUAGE_META), text_value(_article_value(evidence, "inLanguage"))):
        found = normalize_language(value)
        if found:
            return found
    return guess_language(visible.body_sample(page))


def _description(evidence: _Evidence) -> str | None:
    return text_value(_article_value(evidence, "description")) or evidence.meta.first(*_DESCRIPTION_META)


def _license(evidence: _Evidence) -> License | None:
    page = evidence.page
    license_value = _article_value(evidence, "license")
    if isinstance(license_value, dict):
        license_value = license_value.get("url") or license_value.get("@id") or license_value.get("name")
    candidates = [*visible.rel_license(page), text_value(license_value), *visible.license_links(page)]
    for candidate in candidates:
        found = normalize_license(candidate) if candidate else None
        if found and found[0] not in _NOT_A_LICENSE:
            return License(found[0], found[1])
    return None
