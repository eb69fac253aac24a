"""The most frequent function words of a few languages, for guessing an undeclared page language.

Picked from the top of the usual frequency lists (Snowball stop-word lists) and pruned of words shared
between the languages listed here ("a", "de", "la", "en", "die" where ambiguous), so that a count tells
them apart.
"""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    language: frozenset(words.split())
    for language, words in {
        "en": "the and of to is in that it for was with as on be this are by have not at from they which "
              "you his her but has had were their been would will there what when who all can an or its",
        "de": "der und ist nicht das zu den mit sich des auf für dem ein eine auch es an als wird sind "
              "noch wie einer bei um aus wurde werden nach oder über sie ich dass aber vom zum zur",
        "fr": "le et les des est un une du dans pour qui que pas sur au avec ce il sont par plus ne se "
              "nous mais ou sa son ses aux été cette elle être leur",
        "es": "el los del las por con una para es lo como más pero sus al le ya fue este ha sí porque "
              "esta entre cuando muy sin sobre también hay donde han",
        "it": "il di che è per una non sono della al lo dei nel alla anche gli come più da ma si con "
              "delle questo ha era le ci sua suo loro nella",
        "pt": "o que os do da em um para é com não uma dos como mas foi ao ele das tem à seu sua ou ser "
              "quando muito há nos já está também pelo pela",
        "nl": "de het een van en is dat op te zijn niet met voor hij was er aan ook als bij door om "
              "maar dan nog wel naar uit heeft deze wordt worden",
        "sv": "och att det som på är av för med till den har inte om ett men var jag sig från vi så kan "
              "när efter under också",
    }.items()
}
