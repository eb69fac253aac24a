"""Words of bylines: the labels before names, the joiners between them, job titles, and news agencies.

Gathered from the bylines of English, German, French, Spanish, Italian, Dutch, Portuguese and Scandinavian
news sites ("By", "Von", "Par", "Por", "Di", "Door", "Av"), the Reuters/AP credit lines
("Reporting by ...; Editing by ..."), and the job titles newsrooms print after a name.
"""

from __future__ import annotations

# Labels that introduce the authors of the text; lower case, longest first when matched.
AUTHOR_LABELS: tuple[str, ...] = (
    "written by", "words by", "text by", "story by", "posted by", "published by", "reported by",
    "reporting by", "additional reporting by", "compiled by", "interview by", "article by", "report by",
    "by", "from", "author", "authors", "autor", "autorin", "autoren", "auteur", "auteure", "auteurs",
    "autore", "autrice", "autores", "written", "text", "texte", "texto", "testo", "tekst",
    "von", "geschrieben von", "ein beitrag von", "ein kommentar von", "ein artikel von", "ein gastbeitrag von",
    "par", "écrit par", "publié par",
    "por", "escrito por", "publicado por", "di", "scritto da", "a cura di", "door", "geschreven door",
    "av", "skrevet av", "skrivet av", "af", "redaktør", "posted", "reporter", "correspondent",
    "eingestellt von", "erstellt von", "verfasst von", "gepostet von", "publiziert von", "veröffentlicht von",
    "submitted by", "eingereicht von", "gespeichert von",
    "text und interview", "text und fotos", "text & fotos", "text und bild", "interview", "pressemitteilung von",
    "publicado por", "publié par", "posté par", "rédigé par", "redactado por", "escrito por", "pubblicato da",
    "redacción", "autor/in", "autor*in", "author(s)", "redaktion:", "bericht:", "reportage:",
)

# Labels that introduce people who did not write the text; a byline part they open is dropped.
OTHER_LABELS: tuple[str, ...] = (
    "editing by", "edited by", "photos by", "photo by", "photography by", "photographs by", "pictures by",
    "images by", "illustration by", "illustrations by", "graphics by", "video by", "translated by",
    "translation by", "fact-checked by", "reviewed by", "medically reviewed by", "produced by", "design by",
    "fotos", "foto", "fotos von", "bilder", "bild", "übersetzung", "redigiert von", "photo", "photos",
    "crédit photo", "photos de", "traduit par", "édité par", "edición de", "fotos de", "fotografía",
    "foto di", "vertaling", "fotografie",
)

# Words that make a byline part a job title rather than a name ("Staff Writer", "Senior Correspondent").
JOB_WORDS: frozenset[str] = frozenset("""
    writer writers reporter reporters correspondent correspondents editor editors columnist contributor
    contributors contributing staff senior chief deputy managing executive associate assistant political
    business science health technology tech sports culture foreign national international economics
    bureau desk freelance freelancer journalist journalists analyst producer photographer author guest
    special investigative data digital news newsroom team ceo founder president director professor
    redakteur redakteurin redaktion korrespondent korrespondentin autor autorin journalistin
    rédacteur rédactrice journaliste envoyé envoyée spécial spéciale correspondant correspondante
    redactor redactora periodista corresponsal giornalista redattore redattrice corrispondente
    redacteur verslaggever correspondente repórter jornalista rechtsanwalt rechtsanwältin fachanwalt
    fachanwältin anwalt anwältin pressesprecher pressesprecherin sprecher sprecherin
""".split())

# Joiners between several names, per language; an interview's "X in conversation with Y" names both.
NAME_JOINERS: tuple[str, ...] = (
    "and", "&", "und", "et", "y", "e", "en", "och", "og", "with", "mit", "avec",
    "im gespräch mit", "in conversation with", "en conversation avec", "en conversación con",
    "in conversazione con", "in gesprek met",
)

# Labels whose authors have a role of their own (lower case label -> role).
LABEL_ROLES: dict[str, str] = {
    "interview by": "interviewer", "additional reporting by": "contributor", "compiled by": "compiler",
}

# Lower-case name particles ("Ludwig van Beethoven", "Oscar de la Hoya") allowed inside a person's name.
NAME_PARTICLES: frozenset[str] = frozenset(
    "van von der den de del della di da dos das du la le el al bin ibn ter ten zu y e".split()
)

# News agencies and wire services that sign articles: an author by this name is an organisation.
AGENCIES: frozenset[str] = frozenset(s.lower() for s in (
    "Reuters", "Thomson Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
    "dpa", "Deutsche Presse-Agentur", "APA", "KNA", "epd", "SID", "Bloomberg", "Bloomberg News", "UPI",
    "PA", "PA Media", "Press Association", "ANSA", "EFE", "Europa Press", "Xinhua", "TASS", "Kyodo",
    "CNN", "BBC", "BBC News", "NPR", "AAP", "Canadian Press", "The Canadian Press", "CP", "Belga", "ANP",
    "SDA", "Keystone-SDA", "Keystone-SDA-ATS", "ATS", "AGI", "Adnkronos", "Lusa", "NTB", "TT", "Ritzau",
    "Reuters Staff", "AP Staff", "dpa-AFX", "Agencias", "Agencies", "Agenturen", "Wires", "Wire Services",
    "AgE", "Agra-Europe", "AFX", "Jiji", "Jiji Press", "Yonhap", "ANI", "PTI", "IANS", "Anadolu", "Interfax",
))

# Words that never occur in a person's name: their presence means the text is not a name.
NOT_NAME_WORDS: frozenset[str] = frozenset("""
    the of for on in at to is are was were has have this that our your their my his her its about comments
    comment share read min mins minute minutes hour hours ago updated update published posted last follow
    twitter facebook email print more news home menu login subscribe click here view all tags category
    opinion analysis review sponsored advertisement anzeige uhr aktualisiert veröffentlicht mis à jour publié
    le les des du una uno del los las il lo gli der die das den dem ein eine und oder copyright rights
    reserved hace vor datum date fecha tags kommentare kommentar schlagwörter zeige alle artikel posts beiträge
    articles voir tous todos mehr weitere lesezeit actualizado mitglied schließen discussions paid content
    werbung promotion zitat quote citation
""".split()) - NAME_PARTICLES

# Names that content systems put where no author was entered: never an author.
PLACEHOLDER_NAMES: frozenset[str] = frozenset("""
    admin administrator administrador publisher unknown anonymous anonym anonyme anónimo anonimo guest
    gast invité webmaster user root editor nobody null none undefined wpadmin site author autor autorin
    auteur autore autores authors autoren quelle source fuente fonte publicado publié rebloggt reblogged
    redakteur
""".split())

# Academic degrees written after a name ("Grant Tinsley, PhD"): not names, and not a job either.
DEGREES: frozenset[str] = frozenset("phd ph.d. md m.d. msc m.sc. ma m.a. mba bsc b.sc. rd dds mph jd llm".split())

# Labels that open a visible byline in running text, searched for at the start of text nodes.
BYLINE_TEXT_LABELS: tuple[str, ...] = (
    "by ", "by:", "von ", "von:", "par ", "por ", "door ", "written by", "posted by", "reporting by",
    "submitted by", "eingereicht von", "gespeichert von",
    "autor:", "autorin:", "author:", "auteur :", "auteur:", "text:", "texte :", "texto:", "text und ",
    "eingestellt von", "erstellt von", "verfasst von", "geschrieben von", "publicado por", "publié par",
    "scritto da", "redacción:", "redaktion:", "ein artikel von", "ein beitrag von", "ein gastbeitrag von",
)

# Legal forms and words that make a name a company or an institution ("Example Verlag GmbH").
COMPANY_WORDS: frozenset[str] = frozenset("""
    gmbh ag kg e.v. ev ltd ltd. llc inc inc. corp corp. co. plc s.a. sa sarl s.l. sl srl spa s.p.a. bv b.v. nv
    oy ab as a/s verlag verlagsgesellschaft media medien gruppe group holding gesellschaft solutions systems
    services technologies consulting
""".split())

# A newsroom signing as such ("Redaktion"): an organisation author when a source marks it as the author.
NEWSROOMS: frozenset[str] = frozenset(
    "redaktion redacción redaccion rédaction redazione redactie newsroom editorial".split()
)

# Field labels of a book's data sheet in a review ("Verlag:", "Seiten:", "ISBN:"): an "Autor:" line among them
# names the reviewed book's author, not the review's. Lower case, without the colon. Only fields a book has and an
# article has not: a genre, price, series or "editorial" (Spanish publisher, English opinion) also stands beside
# an article's byline.
DATA_SHEET_LABELS: tuple[str, ...] = (
    "isbn", "verlag", "seiten", "seitenzahl", "übersetzer", "übersetzung", "publisher", "pages", "page count",
    "translator", "éditeur", "editeur", "traducteur", "páginas", "editore", "pagine", "uitgever", "pagina's",
)
