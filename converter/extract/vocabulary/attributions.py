"""Words for finding attributions ("according to Reuters", "see NPR for more", "Foreign Policy noted").

Sources: the reporting formulas of news style guides (AP, Reuters, dpa, AFP) and of the annotated seed
document, in English, German, French, Spanish, Italian, Dutch and Portuguese. Each phrase is a regular
expression fragment, matched case-insensitively on word boundaries; each begins with a plain letter (the matcher skips
positions whose letter starts no phrase).
"""

from __future__ import annotations

# Phrases after which the named source follows: "according to X", "as was reported by X", "see X".
SOURCE_AFTER = (
    r"according to",
    r"as (?:was |were |has been |had been |is |it was )?(?:first |previously |also )?"
    r"(?:reported|analy[sz]ed|stated|noted|described|documented|outlined|explained|estimated|detailed|"
    r"revealed|confirmed|published|mentioned|highlighted|pointed out) by",
    r"first reported by",
    r"reported by",
    r"analy[sz]ed by",
    r"in an? (?:interview|conversation) with",
    r"during an? (?:interview|conversation) with",
    r"data (?:from|by)",
    r"figures (?:from|by)",
    r"statistics (?:from|by)",
    r"research (?:from|by)",
    r"an? (?:report|study|analysis) (?:from|by)",
    # French
    r"selon",
    r"d['’]après",
    r"comme l['’]a (?:rapporté|indiqué|révélé)",
    r"cité par",
    # Spanish, Portuguese, Italian, Dutch
    r"según",
    r"de acuerdo con",
    r"de acordo com",
    r"segundo (?:o|a|os|as)",
    r"secondo",
    r"stando a",
    r"volgens",
)

# The same in German, where every noun is capitalised: a capitalised word before a lower-case one is no
# modifier of it ("Spanish law") but a noun, so the name simply ends there ("laut dpa stimmten ...").
SOURCE_AFTER_GERMAN = (
    r"laut",
    r"nach Angaben (?:von|der|des)",
)

# Phrases right after which the source is named, articles aside ("see NPR for more", "told The Hill"):
# a description in between means the phrase is about something else ("see the support for Ukraine").
SOURCE_RIGHT_AFTER = (
    r"see(?: also)?",
    r"told",
    r"citing",
    r"sagte (?:er|sie) (?:der|dem)",
)

# Phrases before which the named source stands: "Foreign Policy noted", "U.S. Census Bureau data puts".
SOURCE_BEFORE = (
    r"noted",
    r"referred to",
    r"refers to",
    r"referenced",
    r"reported",
    r"data (?:puts?|shows?|suggests?|indicates?)",
    r"figures (?:puts?|shows?|suggests?|indicates?)",
    r"statistics (?:puts?|shows?|suggests?|indicates?)",
    r"numbers (?:puts?|shows?|suggests?|indicates?)",
    r"zufolge",
    r"berichtete",
    r"berichtet",
    r"meldete",
)

# What an attribution may add after the source ("see NPR for more"): part of the phrase as written.
PHRASE_TAILS = (
    r"for more(?: information| details)?",
    r"for details",
)

# Closed-class words: they end a source's name ("according to Reuters on Monday") and are never one.
# Compared in lower case, so a sentence-initial "As" or "However" never starts a name either.
FUNCTION_WORDS = frozenset("""
a an as at after before but by during for from if in into is it its on or over since so than that
this these those through to under until up upon was were which while who whom whose with without
he she they we you i him her them us me his hers their our your my has have had be been being will
would could should can may might must do does did not no also however meanwhile yet still then there
here when where while because although though said says told according see more
others some many most several few
further moreover instead only even both either neither each every other another such
am um im in auf aus bei mit nach seit von vor zu zum zur und oder aber als wie wenn dass sich er sie es
unter über durch gegen ohne zwischen neben hinter während wegen trotz ab bis
au aux avec chez dans en et ou par pour sur sous il elle ils elles qui que selon
al con del en entre para por sobre y o que según
""".split())

# Articles and determiners: skipped before a name ("according to the BBC"), never part of a description.
DETERMINERS = frozenset("""
the a an der die das dem den des ein eine einer eines einem le la les l un une el los las lo il gli o os as
""".split())

# Nouns that say what a source is: a description holding one may stand between the phrase and the name
# ("the independent U.S. newspaper The Epoch Times", "a report in the Argus Leader", "data from the X").
SOURCE_NOUNS = frozenset("""
newspaper paper daily weekly tabloid outlet broadcaster network channel station magazine journal website
site blog agency wire service news publication report reports study studies analysis survey poll data
figures statistics research researchers think tank institute group organization organisation firm
consultancy watchdog nonprofit charity foundation university ministry department office
zeitung blatt magazin sender agentur nachrichtenagentur bericht berichte berichten medienberichten studie
studien umfrage analyse daten zahlen angaben berechnungen schätzung schätzungen erhebung mitteilung
pressemitteilung aussage aussagen auskunft statistik informationen institut ministerium
journal quotidien hebdomadaire chaîne agence rapport étude sondage données chiffres ministère
periódico diario agencia informe estudio encuesta datos cifras jornal agência relatório pesquisa dados
""".split())

# Nouns for unnamed people that open a sentence capitalised ("Critics noted", "Experts reported"): before a
# reporting verb they name no source.
UNNAMED_SUBJECTS = frozenset("""
critics analysts experts officials observers researchers scientists authorities residents witnesses
sources reports studies data figures
""".split())

# Lower-case words that may join the words of one name: "Voice of America", "Frankfurter Allgemeine".
NAME_JOINERS = frozenset("""
of for and the & de du des la le les el los las der die das für und van von den del di da do dos y e
""".split())

# Names are found within this many words after the trigger phrase (descriptions before a name,
# "the independent U.S. newspaper The Epoch Times", are skipped).
MAX_WORDS_BEFORE_NAME = 6

# Abbreviations that end in a period without ending a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st jr sr inc corp co ltd gen sen rep gov lt col sgt capt vs etc no nr fig approx
jan feb mar apr jun jul aug sep sept oct nov dec dept univ est
bzw ca dr evtl ggf inkl nr str usw vgl zb
av env mme mlle
""".split())

# --- Plain-text documents -------------------------------------------------------------------------------
# Lines of page furniture that saved text keeps, beyond the "Read more"/"Share this" line starts of
# ``vocabulary.boilerplate``: lines made only of the words of share buttons, toolbars and ad slots
# (numbers and punctuation aside: "Comments (3)", "- Anzeige -", "Print | Email", "Copy link").
TOOLBAR_LINES = frozenset("""
share tweet email e-mail print facebook twitter linkedin whatsapp pinterest reddit telegram xing flipboard
pocket copy link copy-link save bookmark comment comments reply listen menu search home login log in sign
signin logout register skip to content main
teilen drucken merken kommentieren kommentare partager imprimer envoyer commentaires compartir imprimir
comentarios condividi stampa commenti delen reacties
advertisement advert ad ads sponsored anzeige werbung publicité publicidad publicidade pubblicità
advertentie reklama loading trending recommended
""".split())

# Lines that end an article and start the page's footer ("© 2020 Example Media", "Terms of Use").
FOOTER_STARTS = (
    "©", "(c) ", "copyright ", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos", "tutti i diritti", "terms of use", "terms of service", "terms and conditions",
    "privacy policy", "cookie policy", "contact us", "about us", "impressum", "datenschutz", "mentions légales",
)

# Lines that open a list of other stories: the short lines after them are the list, not the article.
LIST_HEADS = (
    "related", "read more", "read also", "more from", "more on", "more stories", "recommended", "you may also",
    "you might also", "most read", "most popular", "trending", "see also", "further reading", "top stories",
    "lesen sie auch", "mehr zum thema", "mehr zu", "weitere artikel", "das könnte sie auch", "meistgelesen",
    "lire aussi", "à lire aussi", "sur le même sujet", "voir aussi", "leer más", "noticias relacionadas",
    "leggi anche", "articoli correlati", "lees ook", "leia também", "veja também", "topics", "tags",
    "related topics", "more on this story", "themen", "schlagworte", "schlagwörter", "thèmes", "sujets", "temas",
)

# Openings of a sentence that states the text's own licence ("This article is licensed under CC BY 4.0").
OWN_LICENSE_STARTS = (
    "this article", "this work", "this story", "this post", "this text", "this page", "this content",
    "text and images", "content on this", "dieser artikel", "dieser beitrag", "dieser text", "cet article",
    "ce texte", "este artículo", "este texto", "questo articolo",
)

# Words a date line may hold beside the date itself ("Published: Friday, November 6, 2020, 5:04 p.m. ET").
DATE_LINE_WORDS = frozenset("""
published updated posted modified last created date dated on at am pm a.m. p.m. et pt ct mt uhr um den
der am veröffentlicht aktualisiert stand erschienen zuletzt publié le mis à jour modifié publicado
actualizado el pubblicato aggiornato il gepubliceerd bijgewerkt op
""".split())
MAX_OTHER_WORDS_ON_DATE_LINE = 1

# Labels of time stamps that saved pages keep on their own line, with or without a readable date
# ("Updated: 10:30 AM", "Aktualisiert vor 2 Stunden"), and of reading-time notes ("5 min read").
STAMP_LABELS = (
    "published", "updated", "last updated", "posted", "modified", "veröffentlicht", "aktualisiert", "stand",
    "erschienen", "publié", "mis à jour", "publicado", "actualizado", "pubblicato", "aggiornato",
    "gepubliceerd", "bijgewerkt",
)
READING_TIME = (
    r"\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?|minuten|mins?\.)\s*(?:read|reading time|lesezeit|de lecture|lectura)?"
)
MAX_STAMP_WORDS = 8

# Labels of a line after the text that names where the article comes from ("Source: Reuters").
SOURCE_LINE_LABELS = ("source", "sources", "quelle", "quellen", "fuente", "fonte", "bron", "źródło")
