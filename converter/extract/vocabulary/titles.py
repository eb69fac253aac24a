"""Title segments that name a section or a page kind rather than the site or the headline.

Collected from page titles of WordPress, Blogger and news sites ("Blog Archive » Headline",
"Startseite - Site", "Headline | News"); compared letters and digits only, lower case.
"""

from __future__ import annotations

GENERIC_SEGMENTS: frozenset[str] = frozenset("""
    blogarchive blogarchiv archive archiv blog home homepage startseite news aktuelles nachrichten artikel
    beitrag eintrag page seite accueil actualites inicio noticias notizie nieuws
""".split())
