"""Words for telling an article's own links from the page furniture around them.

Collected from the class names and link targets of CMS themes (WordPress, Drupal, Arc, Brightspot) and of
the share widgets (AddThis, ShareThis, the networks' own share URLs).
"""

from __future__ import annotations

# Containers whose links are not the article's citations (navigation, captions, forms, page chrome).
EXCLUDED_TAGS = frozenset({
    "nav", "aside", "footer", "header", "figure", "figcaption", "form", "button", "label", "select", "menu",
})

# Words in an ancestor's class or id that mark page furniture: sharing, related stories, tags, comments,
# bylines and author boxes, captions and credits, newsletter and subscription boxes, breadcrumbs.
FURNITURE_WORDS = (
    "share", "sharing", "social", "related", "recommended", "recommendations", "tags", "tag", "taglist",
    "tag-list", "topics", "keywords", "comment", "comments", "byline", "author", "authors", "breadcrumb",
    "breadcrumbs", "caption", "credit", "credits", "newsletter", "subscribe", "subscription", "signup",
    "promo", "sidebar", "widget", "read-more", "readmore", "more-stories", "pagination", "pager", "toolbar",
    "navigation", "nav", "menu", "footer", "disclaimer", "bio", "sponsor", "ad", "ads", "advert",
    "advertisement", "tweet", "twitter-tweet", "instagram-media", "tiktok-embed", "embed", "editsection",
    "rollover", "navbox", "syndication",
)

# The fewest words an id has when it is the slug of a section's heading, not the name of a component
# (docutils, Sphinx and Markdown renderers: "sharing-with-multiple-developers-code-review"; component names
# run to three or four words: "related-posts-list-wrapper").
SLUG_WORDS = 5

# rel values of links that are not citations: the author's profile, the post's own permalink, paging, the
# page's licence. (rel="tag" stays: tag links inside a sentence are links the reader follows.)
EXCLUDED_RELS = frozenset({"author", "bookmark", "prev", "next", "license"})

# URL schemes that lead nowhere a reader can cite (mailto: is a contact address, not a source).
EXCLUDED_SCHEMES = ("javascript:", "mailto:", "tel:", "sms:", "data:", "about:", "file:", "callto:", "whatsapp:")

# Share-button targets: parts of the URLs of the networks' share dialogs.
SHARE_URL_PARTS = (
    "facebook.com/sharer", "facebook.com/dialog/share", "twitter.com/intent/", "x.com/intent/",
    "twitter.com/share", "linkedin.com/sharearticle", "linkedin.com/shareArticle", "linkedin.com/cws/share",
    "pinterest.com/pin/create", "reddit.com/submit", "wa.me/", "api.whatsapp.com/send", "t.me/share",
    "telegram.me/share", "getpocket.com/save", "tumblr.com/share", "xing.com/spi/shares", "plus.google.com/share",
    "addthis.com/bookmark", "vk.com/share", "news.ycombinator.com/submitlink", "flipboard.com/bookmarklet",
)

# Second-level labels under which sites register names ("bbc.co.uk", "abc.net.au"): the registrable
# domain then has three labels.
SECOND_LEVEL_LABELS = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gv", "gob", "nic"})

# Domains under which each subdomain is another site (the "private" part of the Public Suffix List that
# blogs and project pages live on): "jane.github.io" and "john.github.io" are two sites.
SHARED_HOSTS = frozenset({
    "github.io", "gitlab.io", "blogspot.com", "wordpress.com", "tumblr.com", "substack.com", "medium.com",
    "herokuapp.com", "netlify.app", "vercel.app", "pages.dev", "web.app", "firebaseapp.com", "appspot.com",
    "azurewebsites.net", "cloudfront.net", "wixsite.com", "weebly.com", "squarespace.com", "typepad.com",
    "livejournal.com", "over-blog.com", "blogger.com", "neocities.org", "readthedocs.io", "5apps.com",
})

# Texts of links that open a larger copy of a picture (image-enlarge links), in several languages.
ENLARGE_TEXTS = (
    "enlarge", "click to enlarge", "view larger", "view larger image", "view full size", "full size",
    "full-size image", "view full image", "open image", "zoom", "zoom in", "expand image", "see larger image",
    "vergrößern", "bild vergrößern", "zum vergrößern klicken", "agrandir", "cliquer pour agrandir", "ampliar",
    "ingrandisci", "vergroten",
)

# Items of lists and tables (whose links the content may drop as a link list), the lists and tables around
# them, and the blocks of running text whose containers hold the article.
HOST_TAGS = frozenset({"li", "dd", "dt", "td", "th"})
LIST_TAGS = frozenset({"ul", "ol", "dl", "table"})
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
TEXT_TAGS = ("p", "blockquote", "pre", "li")
# The fewest words a link's text has, on average over a list, for the list to read as headlines of other
# stories (the site's own "15 Amazing Images of Stars", "Peanut Butter Mousse", not "Mozilla (mascot)").
HEADLINE_WORDS = 4
# How many wrappers up from a list its container may hold the article's paragraphs (MediaWiki puts a
# reference list in two: "reflist" and "mw-references-wrap").
WRAPPER_DEPTH = 3

# Headings over a list of other stories, not of the article's sources, in several languages (from the
# boxes news sites put after their articles).
OTHER_STORIES_HEADINGS = (
    "related", "more from", "more on", "more stories", "more news", "read more", "read next", "read also",
    "also read", "you may also like", "you might also like", "recommended", "most read", "most popular",
    "popular", "trending", "latest", "top stories", "recent posts", "recent articles", "further reading on",
    "lesen sie auch", "mehr zum thema", "mehr aus", "mehr von", "weitere artikel", "das könnte", "auch interessant",
    "meistgelesen", "lire aussi", "à lire aussi", "sur le même sujet", "les plus lus", "leer más",
    "más noticias", "te puede interesar", "leggi anche", "potrebbe interessarti",
)

# Path segments of the pages that list a site's posts by tag, category, topic or author (WordPress, Medium,
# Ghost, Drupal, Blogger and news CMSs; German, French, Spanish, Italian, Dutch names too).
TAXONOMY_SEGMENTS = (
    "tag", "tags", "category", "categories", "topic", "topics", "label", "labels", "author", "authors",
    "schlagwort", "schlagworte", "stichwort", "thema", "themen", "kategorie", "autor", "autoren", "rubrique",
    "sujet", "auteur", "etiqueta", "etiquetas", "categoria", "tema", "argomenti", "autore", "trefwoord",
)
