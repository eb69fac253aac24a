"""Month names and time-zone abbreviations for reading dates written out in words.

Month names: the CLDR "format wide" and "format abbreviated" month names of English, German, French,
Spanish, Italian, Portuguese, Dutch, Swedish/Danish/Norwegian, Hungarian, Polish, Czech, Russian and
Ukrainian (the last four in the genitive that dates use),
lower-cased, with the common abbreviations that news sites print ("Sept", "Okt", "févr", "janv").
Zones: the abbreviations of the IANA tz database that are unambiguous in news bylines (North America,
Western/Central/Eastern Europe, Eastern Australia, UTC/GMT); ambiguous ones (IST: India or Ireland; "ET"/"PT":
standard or daylight time) are left out on purpose, so that no offset is invented.
"""

from __future__ import annotations

_MONTH_WORDS: tuple[tuple[int, str], ...] = (
    (1, "january jan januar jänner jän janvier janv janv. enero ene gennaio gen janeiro januari jan stycznia"
        " ledna január"),
    (2, "february feb februar feber février févr fevrier fevr febrero febbraio fevereiro fev februari lutego"
        " února február febr"),
    (3, "march mar märz maerz mars marzo março marco maart mrt marca března március márc"),
    (4, "april apr avril avr abril abr aprile aprilie kwietnia dubna április ápr"),
    (5, "may mai mayo maggio mag maio mei maj maja května május máj"),
    (6, "june jun juni juin junio giugno giu junho jún czerwca června június"),
    (7, "july jul juli juillet juil julio luglio lug julho lipca července július júl"),
    (8, "august aug août aout agosto ago augustus augusti sierpnia srpna augusztus"),
    (9, "september sep sept septembre settembre set setembro septiembre setiembre września září szeptember"
        " szept"),
    (10, "october oct oktober okt octobre octubre ottobre ott outubro out października října október"),
    (11, "november nov novembre noviembre novembro listopada listopadu"),
    (12, "december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro december grudnia"
         " prosince"),
)

_CYRILLIC_MONTH_WORDS: tuple[tuple[int, str], ...] = (
    (1, "января січня"), (2, "февраля лютого"), (3, "марта березня"), (4, "апреля квітня"), (5, "мая травня"),
    (6, "июня червня"), (7, "июля липня"), (8, "августа серпня"), (9, "сентября вересня"),
    (10, "октября жовтня"), (11, "ноября листопада"), (12, "декабря грудня"),
)

MONTHS: dict[str, int] = {
    word: number for number, words in (*_MONTH_WORDS, *_CYRILLIC_MONTH_WORDS) for word in words.split()
}

# Months of the Solar Hijri (Persian) calendar that Iranian and Afghan pages date by: the CLDR "format wide"
# names of the fa locale's persian calendar, with "امرداد" (the official spelling of Mordad). Pages write them
# with the Persian yeh ("ی"); some with the Arabic one ("ي"), which ``dates`` accepts too.
PERSIAN_MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7,
    "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}

# Offsets in minutes east of UTC.
ZONES: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "west": 60,
    "cet": 60, "cest": 120, "mez": 60, "mesz": 120, "eet": 120, "eest": 180, "msk": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    "aest": 600, "aedt": 660,
}

# Words that stand between a date and its time ("6 November 2020 at 10:30", "le 6 novembre 2020 à 10h30").
TIME_JOINERS = ("at", "um", "à", "a las", "alle", "om", "kl.", "kl", "o", "às")

# Weekday names (same languages as the months), which stand before or after dates in datelines.
WEEKDAYS: frozenset[str] = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo
    lunedì martedì mercoledì giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag
    zaterdag zondag segunda terça quarta quinta sexta
""".split())

# Words that mark a dateline as the time of an update rather than of the publication ("Updated 2010 GMT",
# "Aktualisiert am", "mis à jour le"), in the languages of MONTHS.
UPDATE_LABELS = ("updated", "update", "last edited", "last modified", "aktualisiert", "zuletzt", "geändert",
                 "mis à jour", "modifié", "actualizado", "actualizada", "aggiornato", "aggiornamento",
                 "bijgewerkt", "atualizado", "atualização")

# Openings of the sentence in which blog themes say when a post was published, under or after the post:
# WordPress's classic theme ("This entry was posted on Saturday, December 3rd, 2011 at 10:00 am and is filed
# under ...") in the translations of its language packs ("Dieser Beitrag wurde am ... veröffentlicht",
# "Cet article a été publié le ...", "Esta entrada fue publicada el ..."), and the like of other blog
# software. Lower-case, at most 24 characters (the length of the label test in ``visible.scan``).
POST_SENTENCE_OPENINGS = (
    "this entry was", "this post was", "this article was",
    "dieser beitrag wurde", "dieser eintrag wurde", "dieser artikel wurde",
    "cet article a été", "cette entrée a été", "ce billet a été",
    "esta entrada fue", "este artículo fue", "esta entrada se", "este artículo se",
    "questo articolo è stato", "questa voce è stata", "questo post è stato",
    "dit bericht werd", "dit bericht is", "dit artikel werd", "dit artikel is",
    "este artigo foi", "esta entrada foi", "este post foi",
    "detta inlägg", "dette indlæg", "dette innlegget", "ten wpis został",
)

# Verbs of those sentences that say the post was published (not changed or filed): its date is the
# publication date only when such a verb comes before any word of UPDATE_LABELS.
PUBLICATION_VERBS = (
    "posted", "published", "written", "veröffentlicht", "publiziert", "erstellt", "geschrieben", "verfasst",
    "gepostet", "publié", "publiée", "posté", "écrit", "publicada", "publicado", "publicó", "escrita",
    "escrito", "pubblicato", "pubblicata", "scritto", "inserito", "geplaatst", "gepubliceerd", "geschreven",
    "postado", "postada", "publicerades", "publicerat", "udgivet", "skrevet", "publisert", "opublikowany",
    "opublikowano", "napisany",
)
