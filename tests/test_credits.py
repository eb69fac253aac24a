"""Image credits parsed after TASL, recognised in text, and split from captions."""

from __future__ import annotations

import pytest

from converter.extract.credits import looks_like_credit, parse_credit, split_caption_credit

SEED_TITLE = "File:Ilham Aliyev received OSCE Minsk Group co-chairs.jpg"
CC_BY_4 = ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/")


@pytest.mark.parametrize(
    "text",
    [
        f'"{SEED_TITLE}" by The Presidential Press and Information Office\'s of Azerbaijan is licensed under CC BY 4.0',
        f"“{SEED_TITLE}” by The Presidential Press and Information Office’s of Azerbaijan is licensed under CC BY 4.0",
        f"Pictured above, “{SEED_TITLE}” by The Presidential Press and Information Office’s of Azerbaijan "
        "is licensed under CC BY 4.0",
    ],
)
def test_seed_creative_commons_line(text: str) -> None:
    credit = parse_credit(text)
    assert credit.text == text
    assert credit.title == SEED_TITLE
    assert credit.author is not None and credit.author.replace("’", "'") == (
        "The Presidential Press and Information Office's of Azerbaijan"
    )
    assert (credit.license, credit.license_url) == CC_BY_4
    assert credit.source is None


@pytest.mark.parametrize(
    ("text", "title", "author", "license"),
    [
        ('"Sunset" by jdoe is licensed under CC BY-SA 2.0.', "Sunset", "jdoe", "CC BY-SA 2.0"),
        ('"Sunset" by jdoe, licensed under CC BY-NC 2.0', "Sunset", "jdoe", "CC BY-NC 2.0"),
        ('"Old mill" by Jane Doe is marked with CC0 1.0.', "Old mill", "Jane Doe", "CC0 1.0"),
        (
            '"Old mill" by Jane Doe is marked with Public Domain Mark 1.0',
            "Old mill",
            "Jane Doe",
            "Public Domain Mark 1.0",
        ),
        ("„Rathaus“ von Max Muster ist lizenziert unter CC BY-SA 3.0 DE", "Rathaus", "Max Muster", "CC BY-SA 3.0 DE"),
        ("File:Berlin.jpg by Jane Doe is licensed under CC BY 2.0", "File:Berlin.jpg", "Jane Doe", "CC BY 2.0"),
        ("Old mill by jdoe, CC BY-SA 2.0", "Old mill", "jdoe", "CC BY-SA 2.0"),
        ('"Old mill" (CC BY 2.0) by Jane Doe', "Old mill", "Jane Doe", "CC BY 2.0"),
    ],
)
def test_tasl_lines(text: str, title: str, author: str, license: str) -> None:
    credit = parse_credit(text)
    assert (credit.title, credit.author, credit.license) == (title, author, license)


@pytest.mark.parametrize(
    ("text", "author", "source"),
    [
        ("Photo: Jane Doe/Reuters", "Jane Doe", "Reuters"),
        ("Photograph: Tom Jones/Getty Images", "Tom Jones", "Getty Images"),
        ("(AP Photo/Evan Vucci, File)", "Evan Vucci", "Associated Press"),
        ("JIM WATSON/AFP/Getty Images", "JIM WATSON", "AFP/Getty Images"),
        ("Credit: EPA", None, "EPA"),
        ("Image: Jane Doe / The Verge", "Jane Doe", "The Verge"),
        ("Foto: dpa", None, "dpa"),
        ("Bild: Mikita Yo via Unsplash", "Mikita Yo", "Unsplash"),
        ("© Ada Yokota / iStock", "Ada Yokota", "iStock"),
        ("© Ada Yokota / Getty Images / iStock (Ausschnitt)", "Ada Yokota", "Getty Images / iStock"),
        ("Crédit : Jean Dupont/AFP", "Jean Dupont", "AFP"),
        ("Crédit photo : Jean Dupont", "Jean Dupont", None),
        ("Courtesy of NASA", None, "NASA"),
        ("Courtesy of Jane Doe", "Jane Doe", None),
        ("Image courtesy of the Getty Museum", None, "the Getty Museum"),
        ("Olena Shmahalo for Quanta Magazine", "Olena Shmahalo", "Quanta Magazine"),
        ("Photo by James Martin/CNET", "James Martin", "CNET"),
        ("Portrait by George Del Barrio", "George Del Barrio", None),
        ("Foto von Max Muster", "Max Muster", None),
        ("Photo de Jean Dupont", "Jean Dupont", None),
        ("REUTERS/Brendan McDermid", "Brendan McDermid", "REUTERS"),
        ("Leonhard Foeger / Reuters file", "Leonhard Foeger", "Reuters"),
        ("J. Scott Applewhite / AP file", "J. Scott Applewhite", "Associated Press"),
        ("Photograph: AFP via Getty", None, "AFP via Getty Images"),
        ("Al Goldis, Associated Press", "Al Goldis", "Associated Press"),
        ("Patrick Semansky, ASSOCIATED PRESS", "Patrick Semansky", "ASSOCIATED PRESS"),
        ("Photo: David Zalubowski, STF / Associated Press", "David Zalubowski", "Associated Press"),
        ("Credit: STR/AFP", None, "AFP"),
        ("(AP)", None, "Associated Press"),
        ("Getty", None, "Getty Images"),
        ("(Walt Disney Co.)", None, "Walt Disney Co"),
        ("via iFixit", None, "iFixit"),
        ("(Image credit: TNG Collaboration)", None, "TNG Collaboration"),
        ("(Image: © TNG Collaboration)", None, "TNG Collaboration"),
        ("Jeon Heon-Kyun/EPA, via Shutterstock", "Jeon Heon-Kyun", "EPA, via Shutterstock"),
        ("(Foto: Christian Charisius/dpa)", "Christian Charisius", "dpa"),
        ("Bild: © BillionPhotos.com/Adobestock", "BillionPhotos.com", "Adobestock"),
        ("Credit: HARARE HERALD", None, "HARARE HERALD"),
        ("Credit: 20th Century Fox", None, "20th Century Fox"),
        ("Photo by Jane Doe on Unsplash", "Jane Doe", "Unsplash"),
        ("CreditCreditJeon Heon-Kyun/EPA, via Shutterstock", "Jeon Heon-Kyun", "EPA, via Shutterstock"),
        ("© Markus Leitner", "Markus Leitner", None),
        ("Foto: picture alliance / dpa", None, "picture alliance / dpa"),
        ("Credit: NASA/JPL-Caltech", None, "NASA/JPL-Caltech"),
        ("Bild: imago images/Sven Simon", "Sven Simon", "imago images"),
        ("Photo : AFP", None, "AFP"),
        ("Foto: Max Muster, dpa", "Max Muster", "dpa"),
        ("Jane Doe | Reuters", "Jane Doe", "Reuters"),
        ("Article by", None, None),
        ("Credit Harry Campbell", "Harry Campbell", None),
        ("Credit...Anna Moneymaker/The New York Times", "Anna Moneymaker", "The New York Times"),
        ("(c) Tourismus Salzburg GmbH | Markus Greber", "Markus Greber", "Tourismus Salzburg GmbH"),
        ("Apple, Inc.", None, "Apple, Inc"),
        ("Foto: ccnull/Marco Verch", "ccnull", "Marco Verch"),
        ("Harry Campbell", "Harry Campbell", None),
        ("(Artist: 3ihard)", "3ihard", None),
        ("Photo by Elearia", "Elearia", None),
        ("Illustration von Kaiyu", "Kaiyu", None),
        ("Photographer: Sebastian Widmann/Getty Images Europe", "Sebastian Widmann", "Getty Images Europe"),
        ("Fotografin: Anna Muster", "Anna Muster", None),
        ("Photographe : Jean Dupont/AFP", "Jean Dupont", "AFP"),
        ("Photo by NASA", None, "NASA"),
        ("Photo by Unsplash", None, "Unsplash"),
        ("Photo by Freepik", None, "Freepik"),
        ("Image by Canva", None, "Canva"),
        ("Photo: Elearia", None, "Elearia"),
        ("Courtesy of Smith", None, "Smith"),
    ],
)
def test_agency_and_label_forms(text: str, author: str | None, source: str | None) -> None:
    credit = parse_credit(text)
    assert credit.text == text
    assert (credit.author, credit.source) == (author, source)
    assert credit.license is None


@pytest.mark.parametrize(
    ("text", "author", "license"),
    [
        ("CC-BY-SA 2.0", None, "CC BY-SA 2.0"),
        ("Foto: CC-BY-NC 2.0 David Merrigan", "David Merrigan", "CC BY-NC 2.0"),
        ("Bild: Reinhard Ferdinand, Lizenz CC BY-SA 4.0", "Reinhard Ferdinand", "CC BY-SA 4.0"),
        ("Photo: Jane Doe (CC BY 2.0)", "Jane Doe", "CC BY 2.0"),
        ("Photo: Jane Doe, CC0", "Jane Doe", "CC0 1.0"),
        ("Foto: Max Muster (CC BY-NC-ND 3.0 DE)", "Max Muster", "CC BY-NC-ND 3.0 DE"),
        ("© Jane Doe. All rights reserved.", "Jane Doe", "All rights reserved"),
        ("Photo by Jane Doe on Unsplash, CC0", "Jane Doe", "CC0 1.0"),
    ],
)
def test_credits_with_a_licence(text: str, author: str | None, license: str) -> None:
    credit = parse_credit(text)
    assert (credit.author, credit.license) == (author, license)


def test_unknown_licence_named_by_a_phrase_is_kept_as_written() -> None:
    credit = parse_credit("Bild des DIN-Steckers unter der Lizenz GPL FDL, C64-Wiki.de")
    assert (credit.source, credit.license, credit.license_url) == ("C64-Wiki.de", "GPL FDL", None)


def test_source_url_from_the_text_or_the_caller() -> None:
    assert parse_credit("Photo: Jane Doe https://example.org/photo/1").source_url == "https://example.org/photo/1"
    assert parse_credit("Photo: Jane Doe", source_url="https://example.org/p").source_url == "https://example.org/p"


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "A row of vehicles at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)",
            "A row of vehicles at a dealership in Littleton, Colo.",
            "(AP Photo/David Zalubowski)",
        ),
        (
            "Ein Glossar, das erweitert wird. - Bild: PIRO4D / Pixabay",
            "Ein Glossar, das erweitert wird.",
            "Bild: PIRO4D / Pixabay",
        ),
        (
            "Traders work on the floor. REUTERS/Brendan McDermid",
            "Traders work on the floor.",
            "REUTERS/Brendan McDermid",
        ),
        ("Bavaria | © Markus Leitner", "Bavaria", "© Markus Leitner"),
        ("Cider and Ice. Foto: CC-BY-NC 2.0 David Merrigan", "Cider and Ice.", "Foto: CC-BY-NC 2.0 David Merrigan"),
        (
            "The house where he was born. Leonhard Foeger / Reuters file",
            "The house where he was born.",
            "Leonhard Foeger / Reuters file",
        ),
        (
            "Wettbewerb auf der Schiene. (Foto: Christian Charisius/dpa)",
            "Wettbewerb auf der Schiene.",
            "(Foto: Christian Charisius/dpa)",
        ),
        (
            "Wade Bassi near his boat. (Ellen M. Banner / The Seattle Times)",
            "Wade Bassi near his boat.",
            "(Ellen M. Banner / The Seattle Times)",
        ),
        (
            "Kevin Mayer, the Disney executive (Walt Disney Co.)",
            "Kevin Mayer, the Disney executive",
            "(Walt Disney Co.)",
        ),
        ("The new keyboard via iFixit", "The new keyboard", "via iFixit"),
        (
            "Protesters on the street. Photograph: AFP via Getty",
            "Protesters on the street.",
            "Photograph: AFP via Getty",
        ),
        (
            "Schematics. Bild des Steckers unter der Lizenz GPL FDL, C64-Wiki.de",
            "Schematics.",
            "Bild des Steckers unter der Lizenz GPL FDL, C64-Wiki.de",
        ),
        ("Photo: dpa", None, "Photo: dpa"),
        ("He met them (left to right) in 2019", "He met them (left to right) in 2019", None),
        ("Apple's 16-inch MacBook Pro", "Apple's 16-inch MacBook Pro", None),
        ("Katzenspielzeug (Leopard)", "Katzenspielzeug (Leopard)", None),
        ("Protesters march (Photo by Jane Doe via AP)", "Protesters march", "(Photo by Jane Doe via AP)"),
        ("Radfahren in Salzburg © Tourismus Salzburg GmbH", "Radfahren in Salzburg", "© Tourismus Salzburg GmbH"),
        ("Via E-Mail teilen", "Via E-Mail teilen", None),
        ("", None, None),
    ],
)
def test_split_caption_credit(text: str, caption: str | None, credit: str | None) -> None:
    assert split_caption_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo: Jane Doe/Reuters", True),
        ("Foto: dpa", True),
        ("© Jane Doe", True),
        ("(AP Photo/Evan Vucci)", True),
        ("Jane Doe/Reuters", True),
        ('"Sunset" by jdoe is licensed under CC BY-SA 2.0', True),
        ("Pictured above, “File:X.jpg” by Y is licensed under CC BY 4.0", True),
        ("Photographer: Sebastian Widmann/Getty Images Europe", True),
        ("Fotograf: Max Muster", True),
        ("The minister said the talks went well.", False),
        ("By | Rachel Brooks", False),
        ("November 6, 2020", False),
    ],
)
def test_looks_like_credit(text: str, expected: bool) -> None:
    assert looks_like_credit(text) is expected


def test_long_slashed_caption_is_read_in_linear_time() -> None:
    # Overlapping white space in the slashed-credit pattern once made this backtrack exponentially.
    caption = "Reuters/ " + "a a a a/ " * 40 + "!"
    assert split_caption_credit(caption) == (caption, None)
