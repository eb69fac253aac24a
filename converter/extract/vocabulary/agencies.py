"""Photo agencies, picture libraries and wire services that image credits name.

Collected from the credit lines of English, German and French news sites (AP, Reuters, AFP, dpa, Getty
house styles) and the stock libraries' own names. Keys are lower case; ``ALIASES`` maps a short form
written alone to the agency's full name ("AP" -> "Associated Press", "Getty" -> "Getty Images").
"""

from __future__ import annotations

AGENCIES = frozenset({
    "ap", "associated press", "reuters", "afp", "agence france-presse", "agence france presse", "getty",
    "getty images", "istock", "istockphoto", "shutterstock", "epa", "epa-efe", "efe", "dpa", "picture alliance",
    "picture-alliance", "imago", "imago images", "keystone", "ansa", "anp", "belga", "tass", "xinhua",
    "bloomberg", "upi", "pa", "pa images", "pa wire", "pa media", "alamy", "alamy stock photo", "unsplash",
    "pixabay", "pexels", "flickr", "wikimedia commons", "wikipedia", "adobe stock", "adobestock",
    "stock.adobe.com", "fotolia", "corbis", "sipa", "sipa press", "abaca", "rex", "rex features",
    "rex/shutterstock", "nasa", "esa", "noaa", "zuma press", "zuma wire", "ddp", "ddp images", "kna", "epd",
    "apa", "sda", "rtr", "ap photo", "ap images", "reuters/pool", "pool", "handout", "dapd", "ullstein bild",
    "ullstein", "sz photo", "mauritius images", "plainpicture", "westend61", "colourbox", "123rf",
    "dreamstime", "depositphotos", "stocksy", "bildagentur", "photothek", "nurphoto", "anadolu agency",
    "sopa images", "lightrocket", "the canadian press", "aap", "kyodo", "yonhap", "wenn", "splash news",
    "newscom", "polaris", "redux", "magnum photos", "contrasto", "hans lucas", "maxppp", "hemis",
    "hans lucas via afp", "bestimage", "abacapress", "panoramic", "icon sport", "presse sports", "le pictorium",
    # Free and subscription image platforms: "Photo by Freepik" credits the platform, not a person.
    "freepik", "canva", "envato", "envato elements", "wikimedia", "rawpixel", "pxhere", "vecteezy", "pond5",
    "storyblocks", "giphy", "stockvault", "gettyimages", "burst", "picjumbo", "kaboompics",
})

ALIASES: dict[str, str] = {
    "ap": "Associated Press",
    "ap photo": "Associated Press",
    "ap images": "Associated Press",
    "getty": "Getty Images",
    "rtr": "Reuters",
}

# Stand-ins for an unnamed photographer ("STR/AFP": stringer), never an author.
ANONYMOUS = frozenset({
    "str", "stf", "stringer", "staff", "handout", "ho", "pool", "-", "--", "file", "unknown",
    "unbekannt", "inconnu", "privat", "private", "archiv", "archive", "archives", "archivo", "cedida", "cedidas",
    "divulgação", "divulgacao", "symbolbild", "symbolfoto",
})

# Words that make a credited name an organisation rather than a person.
ORGANIZATION_WORDS = frozenset({
    "agency", "agentur", "agence", "press", "presse", "news", "times", "post", "herald", "tribune", "journal",
    "magazine", "magazin", "gazette", "daily", "weekly", "television", "tv", "radio", "network", "media",
    "images", "photos", "pictures", "photography", "studio", "studios", "co", "co.", "inc", "inc.", "ltd",
    "llc", "gmbh", "ag", "sa", "corp", "corporation", "company", "group", "foundation", "stiftung",
    "institute", "institut", "instituto", "university", "universität", "université", "college", "museum",
    "library", "archive", "archives", "archiv", "collection", "collaboration", "consortium", "association",
    "society", "council", "ministry", "department", "office", "government", "police", "army", "navy",
    "commons", "wiki", "films", "records", "entertainment", "infographics", "graphics",
    "observatory", "laboratory", "lab", "labs", "center", "centre", "service", "services", "administration",
    "team", "club", "verlag", "verband", "bundesamt", "ministerium", "stadt", "gemeinde",
    "polizei", "feuerwehr", "klinikum", "hochschule", "zentrum", "unternehmen", "bank", "partei",
})
