"""Words that mark page furniture rather than an article's own text.

Two kinds of table:

* class/id tokens: publishers name their containers after what they hold ("share-bar", "relatedArticles",
  "comment-list", "article-body"). The token lists were gathered from the class and id names of news and blog
  templates (WordPress, Drupal, Arc, Brightspot, Ghost, Blogger, Medium themes), the same vocabulary
  Readability's and trafilatura's class patterns are built from.
* phrases: the short lines page furniture shows in English, German, French, Spanish, Italian, Dutch,
  Portuguese and Polish ("Read more", "Lesen Sie auch", "À lire aussi", "Leer más", "Leggi anche",
  "Zobacz także"), taken from the with/without snippets of the trafilatura evaluation set and from the
  sites' own navigation labels.
"""

from __future__ import annotations

# Class/id token prefixes of containers that never hold the article's own text. A token matches when it
# starts with one of these (tokens are the class/id split at non-letters and camelCase humps, lower-cased).
FURNITURE_PREFIXES: tuple[str, ...] = (
    "share", "sharing", "sharer", "social", "sociable", "addthis", "addtoany", "shariff", "sharethis",
    "related", "recommend", "newsletter", "subscri", "signup", "promo", "advert", "adsense", "adslot",
    "adunit", "adwrap", "adcontainer", "adbox", "sponsor", "outbrain", "taboola", "plista", "ligatus",
    "commentlist", "commentsection", "commentform", "commentarea", "commentblock", "kommentare",
    "commentaires", "comentarios", "disqus", "respond", "replies", "breadcrumb", "byline",
    "caption", "credit", "copyright", "tagcloud", "toolbar", "sidebar", "popup", "modal",
    "cookie", "consent", "gdpr", "readmore", "morestories", "moreon", "morefrom", "morearticles", "seealso",
    "pagination", "pager", "navigation", "navbar", "menu", "footer", "masthead", "rating", "follow",
    "author", "autor", "auteur", "autore", "bio", "factbox", "flyout", "trending", "mostread", "mostpopular",
    "popular", "banner", "skyscraper", "rectangle",
    "leaderboard", "interstitial", "print", "login", "register", "meistgelesen", "weitere", "empfehlung",
    "dateline", "timestamp", "published", "pubdate", "postmeta", "entrymeta", "jump", "skip",
    "infobox", "disclaimer", "nextpost", "prevpost", "postnav", "crosslink", "mehrzum", "lesetipp",
)

# Whole class/id tokens (too short or too common to match as prefixes) that mark furniture.
FURNITURE_TOKENS: frozenset[str] = frozenset({
    "ad", "ads", "adv", "nav", "tags", "tag", "meta", "date", "time", "posted", "header", "aside", "share",
    "social", "related", "tools", "utility", "utilities", "actions", "reactions", "subline", "kicker",
    "sronly", "visuallyhidden", "offscreen", "noprint", "source", "foot", "cta",
    "extra", "links", "linklist", "categories", "category", "topics", "keywords", "signature", "contact",
    "poll", "quiz",
    "newsticker", "ticker", "comment", "comments", "kommentar", "commentaire", "commenti",
})

# Words that make a class name a statement about the page's state wherever they stand
# ("has-sidebar", "o-section--has-sidebar", "no-comments", "comments-enabled").
STATE_MARKERS: frozenset[str] = frozenset({
    "has", "no", "with", "without", "is", "show", "hide", "enable", "enabled", "disable", "disabled",
})

# First words of class names that describe the page's layout rather than the element
# ("content-sidebar-wrap", "f_share_tools_on", "one-sidebar").
STATE_WORDS: frozenset[str] = STATE_MARKERS | frozenset({
    "one", "two", "three", "f", "active", "content", "main", "site", "page", "layout", "template", "single",
    "body", "wrap", "wrapper", "container", "l", "u", "js", "elementor", "col", "column", "grid", "row",
    # Taxonomy classes CMSs put on a post ("category-der-kommentar", "tag-banken", "format-standard").
    "category", "tag", "format", "status", "type", "term", "taxonomy", "postid", "pageid",
})

# Class words of captions and credits: furniture even inside an embed ("InlineImage-imageEmbedCaption").
CAPTION_WORDS: frozenset[str] = frozenset({"caption", "captions", "credit", "credits", "figcaption"})

# Class words of embedded posts, which quote the article's sources, and of live blogs, whose
# "comments" are the reporter's entries: never furniture by their name.
EMBED_WORDS: frozenset[str] = frozenset({"embed", "embedded", "tweet", "oembed", "live", "liveblog", "liveticker"})

# Class words of a box that announces another story when it sits inside the article's text (before the
# text starts, the same words mark the standfirst).
TEASER_WORDS: frozenset[str] = frozenset({"teaser", "teasertext", "promo", "crosslink"})

# Class words of a headline that is not marked up as a heading ("<div class="title"><a>...</a></div>" in a
# card of teasers): holding its link, it makes the card a teaser as a linked <h3> does.
HEADLINE_WORDS: frozenset[str] = frozenset({
    "title", "headline", "heading", "titel", "titulo", "título", "titre", "titolo", "tytul",
})

# Class words that mark furniture wherever they stand in a name ("mvp-author-box", "c-share-bar-top").
FURNITURE_ANYWHERE: frozenset[str] = frozenset({
    "author", "share", "sharing", "social", "related", "newsletter", "byline", "breadcrumb", "breadcrumbs",
    "disclaimer", "disclosure", "subscribe", "subscription", "comments", "promo", "advertisement",
    "sharebar", "bio", "dates", "linkback", "callout", "factbox",
})

# Tokens of containers that hold other pages' content next to the article (comments, sidebars, lists of
# other stories): text inside them counts against a candidate when the main node is chosen.
AWAY_PREFIXES: tuple[str, ...] = (
    "commentlist", "commentsection", "commentform", "commentarea", "commentblock", "kommentare",
    "commentaires", "comentarios", "disqus", "respond", "replies", "sidebar", "related", "recommend",
    "footer", "navigation", "navbar", "menu", "outbrain", "taboola", "plista", "trending",
    "mostread", "mostpopular", "popular", "morestories", "newsletter", "share", "social",
    "cookie", "consent", "breadcrumb", "meistgelesen", "empfehlung", "promo", "advert", "sponsor",
    "popup", "modal", "overlay", "dsgvo", "privacy", "gdpr",
)
AWAY_TOKENS: frozenset[str] = frozenset({
    "nav", "aside", "ad", "ads", "foot", "links", "extra", "comment", "comments", "kommentar", "commentaire",
    "commenti",
})

# Class/id names (lower-cased, separators removed) publishers give the container of the article's text.
BODY_CLASSES: frozenset[str] = frozenset({
    "articlebody", "articletext", "articlecontent", "articlecopy", "articlebodytext", "storybody",
    "storytext", "storycontent", "entrycontent", "postcontent", "postbody", "posttext", "entrybody",
    "entrytext", "bodytext", "richtext", "articleinner", "contentbody", "textcontent", "artikeltext",
    "articlemain", "articleprose", "blogpostbody", "postentry", "singlecontent", "newsbody", "newstext",
})

# Class/id words of the standfirst (lead, dek, chapô, bajada, sommario, Vorspann) that publishers set
# apart from the article's body container, before it.
LEAD_WORDS: frozenset[str] = frozenset({
    "lead", "lede", "intro", "introduction", "teaser", "excerpt", "abstract", "summary", "subtitle",
    "subheadline", "subhead", "standfirst", "deck", "dek", "chapo", "chapeau", "bajada", "sommario",
    "epigraph", "description", "vorspann", "einleitung", "strapline", "sapo", "entradilla", "occhiello", "hero",
})

# Lines that are furniture when a block starts with them (compared lower-cased, at a word boundary).
# Only short blocks are judged by these, so a sentence that happens to begin "Read more ..." survives.
FURNITURE_PHRASES: tuple[str, ...] = (
    # English
    "read more", "read also", "read next", "read the full", "also read", "related", "more from",
    "more on this", "more stories", "more about", "see also", "see more", "you may also like",
    "you might also like", "don't miss", "share this", "share on", "share via", "share article",
    "click here", "sign up", "subscribe", "this slideshow requires", "published:", "published on",
    "updated:", "updated at", "updated on", "last updated", "posted on", "posted in", "disclaimer",
    "continue reading", "follow us", "follow me", "like us on", "all rights reserved", "copyright",
    "leave a comment", "leave a reply",
    "post a comment", "add comment", "tags:", "filed under", "categories:", "category:", "topics:",
    "photo:", "image:", "picture:", "source:", "most read", "most popular", "previous article",
    "next article", "back to top", "skip to", "jump to", "print this", "email this", "we use cookies",
    "this site uses cookies", "privacy policy", "terms of use", "newsletter", "get the latest",
    "enter your email", "for the latest", "you can keep up with", "submit your letter",
    "this post contains references", "themes in this article", "topics in this article", "posted by",
    "contact:", "image source", "photo source", "photo credit", "featured image", "comments are closed",
    # German
    "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "mehr dazu", "mehr aus",
    "mehr von", "mehr zu", "weiterlesen", "weitere artikel", "weitere news", "weitere interessante",
    "weitere informationen", "weitere beiträge", "zum weiterlesen", "lust auf mehr", "themen im artikel",
    "auch auf", "gefällt dir", "kennt ihr schon", "noch mehr infos", "der nächste beitrag",
    "möchten sie den artikel", "war der artikel", "rezept drucken", "jetzt spenden", "das könnte",
    "das koennte", "auch interessant", "jetzt teilen", "artikel teilen", "diesen artikel",
    "kommentar schreiben", "zum thema", "foto:", "bild:", "quelle:", "meistgelesen", "meistgeklickt",
    "meistkommentiert", "aktuelle artikel", "zurück zur", "jetzt abonnieren", "abonnieren", "datenschutz",
    "alle rechte vorbehalten", "aktualisiert", "veröffentlicht", "stand:", "schlagworte", "themen:",
    "verwandte", "vorschau auf", "weitere infos", "kontakt:", "pressekontakt", "beitragsbild", "titelbild",
    "bildquelle", "fotoquelle", "die kommentarfunktion", "kommentare sind geschlossen",
    "empfehlungen aus der redaktion", "empfehlungen der redaktion", "unsere empfehlungen",
    # French
    "lire aussi", "lire la suite", "à lire aussi", "a lire aussi", "à lire également", "lire plus",
    "voir aussi", "sur le même sujet", "abonnez-vous", "s'abonner", "inscrivez", "réagir",
    "les commentaires sont fermés", "crédit", "crédits", "photo :", "source :", "mis à jour", "publié le",
    "tous droits réservés", "suivez-nous",
    # Spanish / Portuguese
    "leer más", "lee también", "lea también", "te puede interesar", "también te puede", "ver más",
    "noticias relacionadas", "suscríbete", "fuente:", "leia mais", "leia também", "veja também",
    "saiba mais", "todos los derechos", "más noticias", "le puede interesar", "les puede interesar",
    "temas relacionados", "notas relacionadas", "artículos relacionados", "síguenos", "siguenos",
    "para comentar",
    # Italian
    "leggi anche", "leggi di più", "continua a leggere", "potrebbe interessarti", "iscriviti", "fonte:",
    "articoli correlati", "tutti i diritti",
    # Dutch
    "lees ook", "lees meer", "meer over", "bron:",
    # Polish
    "zobacz także", "zobacz też", "czytaj także", "czytaj też", "czytaj więcej", "udostępnij", "źródło:",
    "dowiedz się więcej",
)

# Titles of the contact and author boxes set after an article ("Ansprechpartnerin zum Thema:", "Über die Autorin",
# "About the author"): furniture as a label only, for a sentence may begin with the same words ("Ansprechpartner
# für die Anwohner ist ...", "About the author of the report, little is known").
BOX_TITLES: tuple[str, ...] = (
    "about the author", "about the authors", "ansprechpartner", "ansprechpartnerin", "ihr ansprechpartner",
    "ihre ansprechpartnerin", "ihre ansprechpartner", "über den autor", "über die autorin", "über die autoren",
    "à propos de l'auteur", "sobre el autor", "sobre la autora", "sobre o autor", "over de auteur",
)

# Links that end a teaser of another story ("... Seht selbst! Weiterlesen", "... Read more »").
READ_MORE_PHRASES: tuple[str, ...] = (
    "read more", "continue reading", "weiterlesen", "mehr lesen", "lire la suite", "lire plus", "leer más",
    "seguir leyendo", "leggi di più", "continua a leggere", "leia mais", "lees meer", "czytaj więcej",
    "czytaj dalej",
)

# Words that stand around a date in a dateline or a reading-time line, besides month and weekday names
# (those come from vocabulary.dates): "Updated", "Published on", "Stand:", "Mis à jour le", "11 minut czytania".
DATELINE_WORDS: frozenset[str] = frozenset("""
    updated published posted last modified on at am pm a m p uhr um stand aktualisiert veröffentlicht
    publiziert erstellt zuletzt am publié mis à jour le la de del el publicado actualizado pubblicato
    aggiornato il alle gepubliceerd bijgewerkt op opublikowano aktualizacja dnia min mins minute minutes
    minuten minut minuty read reading lesezeit lecture lectura lettura czytania et h feira às em atualizado
""".split())

# Notices about the page rather than the story (cookies, JavaScript, calls to subscribe, reprint rights, comment
# moderation), as regular expressions searched in short blocks, lower-cased, in English, German, French, Spanish,
# Italian, Portuguese and Polish.
NOTICE_PATTERNS: tuple[str, ...] = (
    r"\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies",
    r"\b(?:wir|diese (?:seite|website|webseite)) (?:verwende[nt]|nutz(?:en|t)|setz(?:en|t))\b[^.]{0,25}\bcookies",
    r"\bcookie-einstellungen\b", r"\bverwendung von cookies\b", r"\bdatenschutz (?:&|und) cookies\b",
    r"\butilis(?:e|ons) des cookies\b", r"\butiliza(?:mos)? cookies\b", r"\butilizza(?:mo)? (?:i )?cookie",
    r"\bjavascript (?:is )?(?:required|disabled|deaktiviert|erforderlich)",
    r"\b(?:enable|aktivieren sie|activez|activa|attiva|włącz)\w* javascript",
    r"\bjavascript (?:aktivieren|einschalten)", r"\bwymaga włączonego\b[^.]{0,40}javascript",
    r"\bjavascript deaktiviert", r"\bhave javascript disabled",
    # Calls to sign up for the publisher's newsletter or subscription, set between the story's paragraphs
    # ("Sign up for the free daily newsletter.", "Zapraszamy też do subskrypcji tygodnika").
    r"\bsign up (?:here|now|today)\b", r"\bsubscribe now\b", r"\bsign up\b[^.!?]{0,60}\bnewsletter",
    r"\bnewsletter\b[^.!?]{0,60}\b(?:delivered|in your inbox|abonnieren|anmelden|abonnez|suscr[ií]b|iscriviti)",
    r"\b(?:subscribe|abonnieren|abonnez-vous|inscrivez-vous|suscr[ií]bete|iscriviti)\b[^.!?]{0,40}\bnewsletter",
    r"\bzapraszamy\b[^.!?]{0,30}\bsubskrypcj",
    # A price for a run of issues ("12 issues for £11.99"), not "3 issues for the council".
    r"\b\d+ issues for (?:just |only )?[£$€]",
    # Pointers to the publisher's own channels, named as its own ("¡Mira lo que tiene nuestro canal de YouTube!",
    # "Follow our Instagram page"); a singer's "su canal de YouTube" is the story's.
    r"\b(?:our|nuestro|nuestra|unser(?:en|em|e)?|notre|nostro|nosso) "
    r"(?:(?:youtube|instagram|facebook|telegram|whatsapp)[- ]?(?:channel|canal|kanal|chaîne|page|seite|account|profil)"
    r"|(?:canal|kanal|chaîne) (?:de|do|no|en|auf|sur|su|di) (?:youtube|instagram|facebook|telegram|whatsapp))",
    # Reprint and copyright notices of the publisher ("This document is subject to copyright. ... no part may be
    # reproduced without the written permission."); that a work is "subject to copyright" is a statement of law.
    r"\bcopyrighted property\b", r"\bwritten permission must be obtained\b",
    r"\bno part (?:of (?:this|these) [a-z]+ )?may be reproduced\b",
)

# How readers' comments on the page are moderated: a notice under a label ("ATENÇÃO: Comentários ... não serão
# aprovados pelo moderador", "Note: we are moderating all comments"), or a sentence whose subject is the comments
# ("All comments are moderated before ..."), not one about comments elsewhere ("all comments on the mayor's page
# are moderated by ..."). Apart from NOTICE_PATTERNS, whose branches all open with a word boundary (the regex
# engine scans such an alternation several times faster), and each holding "mod".
MODERATION_NOTICE_PATTERNS: tuple[str, ...] = (
    r"^\W*(?:note|please note|attention|atenção|atención|achtung|hinweis|nota|remarque|wichtig)\s*:"
    r"(?=[^.]{0,150}\b(?:comment|coment[aá]rio|kommentar|commentaire))(?=[^.]{0,150}\bmod[eé]r)",
    r"(?:^|[.!?] )(?:all |your |os |todos os |seus |alle |ihr |ihre |tous les |les |vos |votre )?"
    r"(?:comments? (?:are|will be|is|may be) |coment[aá]rios? (?:s[aã]o|ser[aã]o|é|será) |kommentare? (?:werden|wird) "
    r"|commentaires? (?:sont|seront|est|sera) )(?:\w+ ){0,3}(?:moderated|moderad|moderiert|modér)",
)

# Calls to action of a promo set as one linked line ("Want more sports news? Sign up for ...", "Follow the latest ...
# on our live blog.", "Tagesspiegel Plus jetzt gratis testen!"), as regular expressions searched lower-cased: an
# imperative opening a sentence, or a German "jetzt/gratis ... <verb>".
CALL_TO_ACTION_PATTERNS: tuple[str, ...] = (
    r"(?:^|[.!?:] )(?:sign up|subscribe|learn more|find out more|follow|click|download|register|join|try|discover"
    r"|abonnez|inscrivez|découvrez|suivez|téléchargez|en savoir plus|suscr[ií]bete|reg[ií]strate|descubre|s[ií]gue"
    r"|descarga|iscriviti|scopri|segui|scarica|mehr erfahren|erfahren sie mehr|folgen sie)\b",
    r"\b(?:jetzt|gratis|kostenlos) (?:\w+ )?(?:testen|abonnieren|anmelden|bestellen|sichern|herunterladen|spenden"
    r"|entdecken|lesen)\b",
    r"\bzum download\b",
)

# Hosts of social networks: an address spelled out as one of their profiles ("www.facebook.com/examplenews") is the
# publisher's "follow us" line, not a source.
SOCIAL_HOSTS: tuple[str, ...] = (
    "facebook.com", "twitter.com", "x.com", "instagram.com", "youtube.com", "tiktok.com", "linkedin.com",
    "pinterest.com", "xing.com", "threads.net", "t.me", "vk.com", "snapchat.com", "twitch.tv", "soundcloud.com",
)

# Extensions of audio and video files: an address spelled out as one of them is a player's download link.
MEDIA_EXTENSIONS: tuple[str, ...] = (
    "mp3", "m4a", "mp4", "m4v", "ogg", "oga", "ogv", "opus", "wav", "aac", "flac", "webm", "mov", "avi", "m3u8",
)

# Words that may stand beside the authors' names in a byline line ("By Jane Doe and John Roe",
# "Von Max Muster und Erika Beispiel", "Texte : Jean Dupont"), lower-cased.
BYLINE_FILLER: frozenset[str] = frozenset("""
    by and with von und mit par et avec por y con di e door en av og af i autor autorin author authors
    auteur autore text texte texto words written reporting from the staff writer redaktion
""".split())

# Labels that are furniture when they make up the whole line, numbers and punctuation aside
# ("Advertisement", "- Anzeige -", "12 Kommentare", "Comments (3)"), or stand before a dash or colon
# ("ANZEIGE - ..."), but may begin a sentence of the article ("Anzeige gegen Unbekannt wurde erstattet.").
FURNITURE_LABELS: tuple[str, ...] = (
    "advertisement", "advert", "sponsored", "loading", "comments", "trending", "recommended",
    "anzeige", "werbung", "teilen", "empfohlen", "kommentare", "partager", "publicité", "commentaires",
    "compartir", "comparte", "publicidad", "comentarios", "compartilhe", "publicidade", "condividi",
    "pubblicità", "commenti", "delen", "advertentie", "reacties", "reklama", "komentarze", "polecamy",
    "najnowsze",
)

# Every start of a furniture line, phrases and labels alike (for line-based readers of plain text,
# where a label word rarely begins a sentence of the article).
FURNITURE_LINE_STARTS: tuple[str, ...] = FURNITURE_PHRASES + FURNITURE_LABELS

# Words that introduce a byline ("By Jane Doe", "Von Max Muster", "Par Jean Dupont").
BYLINE_WORDS: tuple[str, ...] = (
    "by", "written by", "words by", "reporting by", "text by", "von", "text:", "von:", "par", "texte",
    "por", "di", "a cura di", "door", "av", "af", "autor:", "autorin:", "author:", "auteur :", "auteur:",
)
