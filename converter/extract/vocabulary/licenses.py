"""Licence names and their words, for recognising licences in text and URLs.

Sources: the Creative Commons licence deeds (https://creativecommons.org/licenses/, the element names of
the English, German, French, Spanish, Italian and Dutch deeds), the list of CC 1.0-3.0 ports
(https://wiki.creativecommons.org/wiki/CC_Ported), and the "all rights reserved" notice as publishers
print it in those languages.
"""

from __future__ import annotations

CC_HOST = "https://creativecommons.org"

# The words of each licence element in the long form ("Creative Commons Attribution-ShareAlike 4.0"),
# per language of the deeds, as regular-expression fragments (matched case-insensitively).
ELEMENT_WORDS: dict[str, tuple[str, ...]] = {
    "by": (
        r"attribution", r"namensnennung", r"paternit[ée]", r"reconocimiento", r"atribuci[óo]n",
        r"attribuzione", r"naamsvermelding",
    ),
    "nc": (
        r"non[\s-]?commercial", r"nicht[\s-]?kommerziell", r"pas\s+d['’]utilisation\s+commerciale",
        r"no[\s-]?comercial", r"non\s+commerciale", r"niet[\s-]?commercieel",
    ),
    "nd": (
        r"no[\s-]?deriv(?:atives|ative\s+works|s)", r"keine\s+bearbeitung(?:en)?",
        r"pas\s+de\s+modification", r"sin\s*obra\s*derivada", r"non\s+opere\s+derivate",
        r"geen\s*afgeleide\s*werken",
    ),
    "sa": (
        r"share[\s-]?alike", r"weitergabe\s+unter\s+gleichen\s+bedingungen",
        r"partage\s+dans\s+les\s+m[êe]mes\s+conditions", r"compartir\s*igual",
        r"condividi\s+allo\s+stesso\s+modo", r"gelijk\s*delen",
    ),
}

# Jurisdictions of the CC 1.0-3.0 ports (URL path segment after the version).
PORTS = frozenset({
    "am", "ar", "at", "au", "az", "be", "bg", "br", "ca", "ch", "cl", "cn", "co", "cr", "cz", "de", "dk",
    "ec", "ee", "eg", "es", "fi", "fr", "ge", "gr", "gt", "hk", "hr", "hu", "ie", "igo", "il", "in", "it",
    "jo", "jp", "kr", "lu", "mk", "mt", "mx", "my", "nl", "no", "nz", "pe", "ph", "pl", "pr", "pt", "ro",
    "rs", "scotland", "se", "sg", "si", "sk", "th", "tw", "ug", "uk", "us", "ve", "vn", "za",
})

# Country names written out after a ported licence ("CC BY-SA 3.0 Deutschland").
PORT_NAMES: dict[str, str] = {
    "deutschland": "de", "germany": "de", "österreich": "at", "austria": "at", "schweiz": "ch",
    "switzerland": "ch", "suisse": "ch", "france": "fr", "españa": "es", "spain": "es", "italia": "it",
    "italy": "it", "nederland": "nl", "netherlands": "nl", "united states": "us", "england and wales": "uk",
}

# Words after the version that name no jurisdiction ("CC BY-SA 3.0 Unported").
UNPORTED_WORDS = ("unported", "international", "generic", "int'l", "intl")

# "All rights reserved" as printed in several languages.
ALL_RIGHTS_RESERVED = (
    r"all\s+rights\s+reserved", r"alle\s+rechte\s+vorbehalten", r"tous\s+droits\s+r[ée]serv[ée]s",
    r"todos\s+los\s+derechos\s+reservados", r"tutti\s+i\s+diritti\s+riservati",
    r"alle\s+rechten\s+voorbehouden", r"todos\s+os\s+direitos\s+reservados",
)

# "Public domain" (the status, not the CC mark) in several languages.
PUBLIC_DOMAIN = (
    r"public\s+domain", r"gemeinfrei", r"domaine\s+public", r"dominio\s+p[úu]blico", r"pubblico\s+dominio",
    r"publiek\s+domein",
)

# Licences outside the CC family that image credits name, as (pattern, canonical name, URL).
OTHER_LICENSES: tuple[tuple[str, str, str | None], ...] = (
    (r"(?:gnu\s+)?free\s+documentation\s+licen[cs]e|\bG(?:NU\s*)?FDL\b", "GNU FDL",
     "https://www.gnu.org/licenses/fdl-1.3.html"),
)

# Works a licence notice can cover other than the page's text: the photos alone ("Alle Fotos auf diesem
# Blog sind ... lizenziert"), the recordings of a podcast ("Der Resonator-Podcast steht unter CC BY 4.0":
# podcast plugins print the licence of the audio), the users' contributions ("user contributions licensed
# under"), a script library ("Lightbox2 © ... licensed under").
OTHER_WORKS = (
    r"(?:alle|unsere|all|our)\s+(?:fotos|photos|bilder|images|pictures|photographs)", r"podcasts?",
    r"episoden?", r"episodes?", r"user\s+contributions", r"beiträge\s+der\s+nutzer", r"lightbox\w*", r"jquery",
)

# Words naming the whole site as the licensed work when they come first, as the notice's subject ("This blog
# and podcast are licensed under"); after another work they only say where it is ("Alle Fotos auf diesem Blog").
SITE_WORKS = (r"blog", r"site", r"web\s?site", r"(?:web)?seite", r"sitio", r"sito")

# Words naming the page's text as the licensed work ("unsere Texte", "the content of this site").
TEXT_WORKS = (
    r"texte?", r"inhalte", r"content", r"contenus?", r"artikel", r"articles?", r"beiträge", r"werk", r"work",
)
