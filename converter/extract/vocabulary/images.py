"""Words that tell an article's images from page furniture, and where captions and credits sit.

Collected from the markup of news sites, blogs and CMS themes (WordPress, Drupal, Contao, Arc, Brightspot,
Gannett): class and id names of logos, avatars, ads, share bars and related-story boxes; lazy-loading
attributes of the common libraries (lazysizes, lozad, jQuery lazyload, WordPress, Jetpack).
"""

from __future__ import annotations

# Attributes that hold the real image URL when a lazy loader put a placeholder in ``src``, best first.
LAZY_SRC_ATTRIBUTES = (
    "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src",
    "data-src-large", "data-large-src", "data-orig-src", "data-original-src", "data-actualsrc", "data-echo",
    "data-img-src", "data-image", "data-srcset-fallback", "data-native-src", "data-baseurl",
)
SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset", "data-original-set")

# URL words are the runs of letters and digits of the URL's path, lowercased: the directory
# "/wp-content/themes/x/img/" has "wp", "content", "themes", "x", "img"; the file name, split at camelCase too,
# "siteLogo_w.png" has "site", "logo", "w", "png". The host is read only for ad and tracking servers and the query
# only for a script's picture: "flagstaff.com", "camouflage.jpg" and "share-prices-chart.png" name no furniture.

# Words of files that are never a picture, wherever they stand: spacers, lazy-loading placeholders.
PLACEHOLDER_PATH_WORDS = frozenset({"spacer", "placeholder", "placeholders", "1x1", "lazyload"})
# The last word of a file name that marks a filler ("blank.gif", "jeg-empty.png", "ajax-loader.gif", "/pixel?id=");
# first in a name the same word describes a picture ("empty-shelves.png"). Fillers are GIF, PNG or SVG files: a
# JPEG or WebP file is a photograph whatever its name ends with.
PLACEHOLDER_NAME_ENDINGS = frozenset({
    "blank", "transparent", "lazy", "loading", "loader", "spinner", "empty", "missing", "dummy", "pixel", "beacon",
    "track", "tracker",
})
# The same for words that end fillers' names only as GIFs ("grey.gif", "clear.gif", "1x1.trans.gif", WordPress
# stats' "/b.gif"): as PNGs they name pictures ("imac-pro-27-SpaceGray.png").
PLACEHOLDER_GIF_ENDINGS = frozenset({"grey", "gray", "clear", "trans", "b"})
# Directory words of page furniture: theme assets, icon sets, ad and banner creatives, share buttons, author
# pictures ("/wp-content/themes/", "/icons/", "/ads/", "/share/buttons/", "/arc-authors/"). As words of a file
# name they describe a picture ("gov-ad-surveil.jpg", "museumplein-banner.jpg", "flag-raising.jpg").
FURNITURE_DIRECTORY_WORDS = frozenset({
    "theme", "themes", "icon", "icons", "logo", "logos", "sprites", "badge", "badges", "emoji", "smilies",
    "smileys", "avatar", "avatars", "gravatar", "gravatars", "authors", "mugs", "flag", "flags", "share",
    "button", "buttons", "banner", "banners", "ad", "ads", "cta", "pixel", "track",
})
# File name words of drawn page furniture, which sites save as GIF, PNG or SVG ("site-logo.svg", "icon_pfeil.png",
# "wordmark.png"); a JPEG or WebP file so named is a photograph or an article's picture ("ai_badge.jpg",
# "g7-presidency-logo.jpg").
FURNITURE_NAME_WORDS = frozenset({
    "logo", "logos", "wordmark", "icon", "sprite", "badge", "emoji", "avatar", "gravatar",
})
# Host names of ad and tracking servers, as parts of the host ("ww690.smartadserver.com") ...
TRACKER_HOST_NAMES = ("doubleclick", "googlesyndication", "adsystem", "adserver", "scorecardresearch",
                      "quantserve", "feedburner")
# ... and as its words ("ads.example.com", "pixel.wp.com", "track.example.com.uy").
TRACKER_HOST_WORDS = frozenset({"ads", "pixel", "track", "tracking", "beacon"})
# File extensions of scripts: an image a script answers with is a counter, a tracker or an ad unless the query
# names a picture ("imrs.php?src=...jpg", "view.php?img=4711").
SCRIPT_EXTENSIONS = frozenset({"php"})
PICTURE_QUERY_PARAMETERS = ("img", "image", "src", "file", "photo", "pic", "picture", "bild", "foto", "url")

# Class, id or alt words of images that are furniture (logos, avatars, icons, ads, share buttons).
FURNITURE_WORDS = (
    "logo", "avatar", "icon", "sprite", "emoji", "badge", "gravatar", "author-image", "author-photo",
    "author-img", "authorimage", "byline-image", "profile", "headshot", "mugshot", "advert", "sponsor",
    "tracking", "pixel", "share", "social", "button", "btn", "banner-ad", "adsbygoogle", "thumbnail-related",
)

# Class or id words of containers whose images are not the article's (related stories, sidebars, ads).
FOREIGN_CONTAINER_WORDS = (
    "related", "recommend", "promo", "sidebar", "side-bar", "navigation", "popup", "popmake", "overlay",
    "up-next", "upnext", "author-info", "authorinfo", "profile", "navbar", "menu",
    "footer", "comment", "avatar", "author-bio", "authorbio", "author-box", "about-author", "byline",
    "share", "social", "newsletter", "subscribe", "signup", "advert", "adslot", "ad-slot", "ad-container",
    "ad-wrapper", "dfp", "sponsor", "outbrain", "taboola", "plista", "trending", "popular", "most-read",
    "mostread", "more-stories", "read-more", "readmore", "further-reading", "teaser-list", "rail",
    "site-header", "site-footer", "breadcrumb", "cookie", "modal", "carousel-related", "also-read",
    "interactive", "ai2html", "next-post", "prev-post", "previous-post", "post-navigation", "post-nav", "latest",
    "newslist", "news-list", "more-articles", "weitere", "empfehlung", "lesetipp", "mehr-zum-thema",
    "a-lire-aussi", "sur-le-meme-sujet",
)
# <ins> holds ad slots (AdSense, Revive).
FOREIGN_TAGS = frozenset({"nav", "footer", "aside", "form", "button", "ins"})

# Class, id or itemprop words of elements that hold an image's credit.
CREDIT_CLASS_WORDS = (
    "credit", "copyright", "photographer", "byline", "attribution", "courtesy", "rights", "urheber",
    "bildnachweis", "bildquelle", "fotograf", "source", "quelle", "author", "agency", "creator", "license",
    "licence", "lizenz",
)
# Class, id or itemprop words of elements that hold an image's caption.
CAPTION_CLASS_WORDS = (
    "caption", "legend", "legende", "description", "bildunterschrift", "unterschrift", "subtitle",
)
# Class words of an element wrapping one image with its caption (when there is no <figure>).
FIGURE_CLASS_WORDS = (
    "figure", "wp-caption", "image", "img", "photo", "picture", "media", "asset", "slide", "gallery-item",
    "foto", "bild", "visual", "illustration", "lead", "hero", "featured",
)
