"""Licences named in text or linked by URL, normalised to canonical names and URLs."""

from __future__ import annotations

import pytest

from converter.extract.licenses import find_license, licenses_other_work, normalize_license

CC = "https://creativecommons.org"
ELEMENTS = {
    "by": "BY",
    "by-sa": "BY-SA",
    "by-nd": "BY-ND",
    "by-nc": "BY-NC",
    "by-nc-sa": "BY-NC-SA",
    "by-nc-nd": "BY-NC-ND",
}
VERSIONS = ("1.0", "2.0", "2.5", "3.0", "4.0")


@pytest.mark.parametrize("code", ELEMENTS)
@pytest.mark.parametrize("version", VERSIONS)
def test_every_cc_licence_by_short_name(code: str, version: str) -> None:
    name = f"CC {ELEMENTS[code]} {version}"
    path = "by-nd-nc" if code == "by-nc-nd" and version == "1.0" else code
    assert normalize_license(name) == (name, f"{CC}/licenses/{path}/{version}/")


@pytest.mark.parametrize("code", ELEMENTS)
@pytest.mark.parametrize("version", VERSIONS)
def test_every_cc_licence_by_url(code: str, version: str) -> None:
    url = f"http://creativecommons.org/licenses/{code}/{version}/deed.en"
    path = "by-nd-nc" if code == "by-nc-nd" and version == "1.0" else code
    assert normalize_license(url) == (f"CC {ELEMENTS[code]} {version}", f"{CC}/licenses/{path}/{version}/")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CC BY-NC-ND 3.0 DE", ("CC BY-NC-ND 3.0 DE", f"{CC}/licenses/by-nc-nd/3.0/de/")),
        ("CC BY-SA 3.0 Deutschland", ("CC BY-SA 3.0 DE", f"{CC}/licenses/by-sa/3.0/de/")),
        ("CC BY 3.0 US", ("CC BY 3.0 US", f"{CC}/licenses/by/3.0/us/")),
        ("CC BY 3.0 IGO", ("CC BY 3.0 IGO", f"{CC}/licenses/by/3.0/igo/")),
        ("CC BY-SA 2.5 AT", ("CC BY-SA 2.5 AT", f"{CC}/licenses/by-sa/2.5/at/")),
        (
            "https://creativecommons.org/licenses/by-nc/3.0/de/deed.de",
            ("CC BY-NC 3.0 DE", f"{CC}/licenses/by-nc/3.0/de/"),
        ),
        (
            "http://creativecommons.org/licenses/by-sa/2.0/fr/legalcode",
            ("CC BY-SA 2.0 FR", f"{CC}/licenses/by-sa/2.0/fr/"),
        ),
    ],
)
def test_ported_licences(text: str, expected: tuple[str, str]) -> None:
    assert normalize_license(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CC BY-SA 2.0", ("CC BY-SA 2.0", f"{CC}/licenses/by-sa/2.0/")),
        ("CC-BY-SA 2.0", ("CC BY-SA 2.0", f"{CC}/licenses/by-sa/2.0/")),
        ("cc-by-nc-sa 4.0", ("CC BY-NC-SA 4.0", f"{CC}/licenses/by-nc-sa/4.0/")),
        ("CC-BY", ("CC BY", f"{CC}/licenses/by/")),
        ("licensed under CC BY 4.0", ("CC BY 4.0", f"{CC}/licenses/by/4.0/")),
        ("Creative Commons Attribution-ShareAlike 4.0 International", ("CC BY-SA 4.0", f"{CC}/licenses/by-sa/4.0/")),
        ("Creative Commons Attribution 4.0 International License", ("CC BY 4.0", f"{CC}/licenses/by/4.0/")),
        ("Attribution-NonCommercial-NoDerivs 3.0 Unported", ("CC BY-NC-ND 3.0", f"{CC}/licenses/by-nc-nd/3.0/")),
        (
            "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0",
            ("CC BY-NC-ND 4.0", f"{CC}/licenses/by-nc-nd/4.0/"),
        ),
        ("CC BY-SA 3.0 Unported", ("CC BY-SA 3.0", f"{CC}/licenses/by-sa/3.0/")),
        ("Creative Commons BY-NC-SA 2.5", ("CC BY-NC-SA 2.5", f"{CC}/licenses/by-nc-sa/2.5/")),
        ("cc by 4", ("CC BY 4.0", f"{CC}/licenses/by/4.0/")),
        # German, French and Spanish deeds
        (
            "Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 International",
            ("CC BY-SA 4.0", f"{CC}/licenses/by-sa/4.0/"),
        ),
        (
            "Creative Commons Namensnennung - Nicht kommerziell - Keine Bearbeitungen 4.0",
            ("CC BY-NC-ND 4.0", f"{CC}/licenses/by-nc-nd/4.0/"),
        ),
        (
            "Creative Commons Attribution - Pas d'Utilisation Commerciale - Partage dans les Mêmes Conditions 4.0",
            ("CC BY-NC-SA 4.0", f"{CC}/licenses/by-nc-sa/4.0/"),
        ),
        ("Creative Commons Reconocimiento-CompartirIgual 3.0", ("CC BY-SA 3.0", f"{CC}/licenses/by-sa/3.0/")),
        # a 4.0 licence has no ports
        ("CC BY-NC 4.0 DE", ("CC BY-NC 4.0", f"{CC}/licenses/by-nc/4.0/")),
    ],
)
def test_cc_names_in_text(text: str, expected: tuple[str, str]) -> None:
    assert normalize_license(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CC0", ("CC0 1.0", f"{CC}/publicdomain/zero/1.0/")),
        ("CC0 1.0 Universal", ("CC0 1.0", f"{CC}/publicdomain/zero/1.0/")),
        ("CC Zero", ("CC0 1.0", f"{CC}/publicdomain/zero/1.0/")),
        ("http://creativecommons.org/publicdomain/zero/1.0/", ("CC0 1.0", f"{CC}/publicdomain/zero/1.0/")),
        ("Public Domain Mark 1.0", ("Public Domain Mark 1.0", f"{CC}/publicdomain/mark/1.0/")),
        (
            "https://creativecommons.org/publicdomain/mark/1.0/",
            ("Public Domain Mark 1.0", f"{CC}/publicdomain/mark/1.0/"),
        ),
        ("public domain", ("Public domain", None)),
        ("Das Bild ist gemeinfrei", ("Public domain", None)),
        ("All rights reserved", ("All rights reserved", None)),
        ("© 2019 Example Corp. All Rights Reserved.", ("All rights reserved", None)),
        ("Alle Rechte vorbehalten", ("All rights reserved", None)),
        ("Tous droits réservés", ("All rights reserved", None)),
        ("Todos los derechos reservados", ("All rights reserved", None)),
        ("GNU Free Documentation License", ("GNU FDL", "https://www.gnu.org/licenses/fdl-1.3.html")),
    ],
)
def test_public_domain_and_reserved(text: str, expected: tuple[str, str | None]) -> None:
    assert normalize_license(text) == expected


@pytest.mark.parametrize(
    "text", ["", None, "Photo by Jane Doe", "Creative Commons License", "hello world", "cc: editor"]
)
def test_no_licence(text: str | None) -> None:
    assert normalize_license(text) is None


def test_find_license_reports_where_the_licence_is_written() -> None:
    text = '"Sunset" by jdoe is licensed under CC BY-SA 2.0.'
    match = find_license(text)
    assert match is not None
    assert text[match.start : match.end] == "CC BY-SA 2.0"


@pytest.mark.parametrize(
    ("notice", "link_text", "expected"),
    [
        ("Alle Fotos auf diesem Blog sind unter CC BY lizenziert", "CC BY", True),
        ("Der Resonator-Podcast von Holger Klein steht unter einer CC BY 4.0-Lizenz", "CC BY 4.0-Lizenz", True),
        ("All episodes are released under CC BY-SA 4.0", "CC BY-SA 4.0", True),
        ("User contributions licensed under CC BY-SA", "CC BY-SA", True),
        ("Unsere Texte und alle Fotos stehen unter CC BY-SA", "CC BY-SA", False),
        ("Dieses Werk ist lizenziert unter einer Creative Commons Lizenz", "Creative Commons Lizenz", False),
        ("Except where otherwise noted, this site is licensed under CC BY 4.0", "CC BY 4.0", False),
        ("Folgen Sie uns. Inhalte unter CC BY", "CC BY", False),
        ("This blog and podcast are licensed under CC BY 4.0", "CC BY 4.0", False),
        ("Diese Webseite und alle Podcasts stehen unter CC BY-SA", "CC BY-SA", False),
        ("The podcast on this site is licensed under CC BY 4.0", "CC BY 4.0", True),
        ("site design / logo © 2020 Stack Exchange Inc; user contributions licensed under cc by-sa 4.0",
         "cc by-sa 4.0", True),
    ],
)
def test_notices_about_other_works(notice: str, link_text: str, expected: bool) -> None:
    assert licenses_other_work(notice, link_text) is expected
