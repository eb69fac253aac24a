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

# Fragments of a URL that mark a placeholder, spacer or tracking pixel rather than a picture.
PLACEHOLDER_URL_WORDS = (
    "blank.", "spacer", "placeholder", "1x1", "pixel.", "transparent.", "lazy.", "lazyload", "loading.",
    "loader.", "grey.gif", "gray.gif", "empty.", "missing-image", "dummy.", "clear.gif", "trans.gif",
    "/b.gif", "spinner", "data:image", "about:blank", "/ad/", "/ads/", "doubleclick", "/pixel", "/beacon",
    "/track", "facebook.com/tr", "scorecardresearch", "quantserve", "/gravatar", "/avatar", "emoji",
    "/logo", "logo.", "-logo", "_logo", "/icons/", "/icon-", "icon.", "/sprite", "sprite.", "/badge",
    "feeds.feedburner", "/share", "flag", "/smilies/", "wpcom-smileys", "adserver", "googlesyndication",
    "amazon-adsystem", "/cta/", "wordmark", "/banners/", "/banner/", "/buttons/", "authors/", "/themes/",
    "/theme/", ".php", "/mugs/", "_mug.",
)

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
