"""Plain-text articles: head lines (section, title, credit, byline, date), furniture, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from converter.extract.text_document import extract_text_document

BODY = (
    "The council approved the budget on Tuesday after a long debate about schools and roads.\n\n"
    "Critics said the plan leaves too little for maintenance, and promised to raise it again next year."
)


def test_title_byline_date_and_body() -> None:
    document = extract_text_document(f"Council passes the budget\n\nBy Jane Doe\n\nNovember 6, 2020\n\n{BODY}")
    assert document.metadata.title == "Council passes the budget"
    assert document.metadata.byline == "By Jane Doe"
    assert [a.name for a in document.metadata.authors] == ["Jane Doe"]
    assert document.metadata.published == "2020-11-06"
    assert len(document.paragraphs) == 2
    assert document.paragraphs[0].startswith("The council approved")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By | Rachel Brooks", ["Rachel Brooks"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("Von Hans Meier", ["Hans Meier"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Jane Doe | Staff Writer", ["Jane Doe"]),
        ("Jane Doe, Reuters", ["Jane Doe", "Reuters"]),
    ],
)
def test_bylines_in_many_styles(line: str, names: list[str]) -> None:
    document = extract_text_document(f"Council passes the budget\n\n{line}\n\n{BODY}")
    assert [a.name for a in document.metadata.authors] == names
    assert document.metadata.byline == line
    assert line not in "\n".join(document.paragraphs)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("November 6, 2020", "2020-11-06"),
        ("Published: 2020-11-06T10:00:00Z", "2020-11-06T10:00:00+00:00"),
        ("6. November 2020, 14:30 Uhr", "2020-11-06"),
        ("le 6 novembre 2020", "2020-11-06"),
        ("Updated Nov. 6, 2020", "2020-11-06"),
    ],
)
def test_date_lines(line: str, date: str) -> None:
    document = extract_text_document(f"Council passes the budget\n\nBy Jane Doe\n\n{line}\n\n{BODY}")
    assert document.metadata.published == date
    assert len(document.paragraphs) == 2


def test_a_title_that_names_a_day_is_a_title() -> None:
    document = extract_text_document(f"What changed on November 6, 2020 for the city\n\n{BODY}")
    assert document.metadata.title == "What changed on November 6, 2020 for the city"


def test_crlf_bom_and_single_newlines() -> None:
    text = "\ufeffCouncil passes the budget\r\nBy Jane Doe\r\nNovember 6, 2020\r\n" + BODY.replace("\n\n", "\r\n")
    document = extract_text_document(text)
    assert document.metadata.title == "Council passes the budget"
    assert [a.name for a in document.metadata.authors] == ["Jane Doe"]
    assert document.metadata.published == "2020-11-06"
    assert len(document.paragraphs) == 2


def test_hard_wrapped_lines_are_joined() -> None:
    text = (
        "Council passes the budget\n\n"
        "The council approved the budget on Tuesday after a long debate\n"
        "about schools and roads that lasted well into the night.\n\n"
        "Critics said the plan leaves too little."
    )
    document = extract_text_document(text)
    assert document.paragraphs[0].endswith("about schools and roads that lasted well into the night.")
    assert len(document.paragraphs) == 2


def test_furniture_lines_are_dropped() -> None:
    text = (
        "Council passes the budget\n\nShare this article\n\nBy Jane Doe\n\n"
        f"{BODY.replace(chr(10) * 2, chr(10) * 2 + 'Advertisement' + chr(10) * 2)}\n\n"
        "Read more: Council delays the vote on the new library\n\n"
        "Related articles\n\nSchools get new roofs\n\nRoads to be repaired in spring\n\n"
        "© 2020 Example Media. All rights reserved."
    )
    document = extract_text_document(text)
    assert list(document.paragraphs) == BODY.split("\n\n")


def test_section_line_before_the_title() -> None:
    text = f"Politics\n\nCouncil passes the budget after a long night\n\nBy Jane Doe\n\n{BODY}"
    document = extract_text_document(text)
    assert document.metadata.title == "Council passes the budget after a long night"
    assert "Politics" not in document.paragraphs


@pytest.mark.parametrize(
    ("line", "author", "source", "license"),
    [
        ('"File:Town hall.jpg" by Jane Roe is licensed under CC BY-SA 2.0', "Jane Roe", None, "CC BY-SA 2.0"),
        ("Photo: Jane Roe/Reuters", "Jane Roe", "Reuters", None),
        ("(AP Photo/Evan Vucci)", "Evan Vucci", "Associated Press", None),
        ("Foto: dpa", None, "dpa", None),
    ],
)
def test_credit_lines_become_one_image(line: str, author: str | None, source: str | None, license: str | None) -> None:
    document = extract_text_document(f"Council passes the budget\n\n{line}\n\nBy Jane Doe\n\n{BODY}\n\n{line}")
    (image,) = document.images
    assert image.src is None
    assert image.credit is not None
    assert (image.credit.author, image.credit.source, image.credit.license) == (author, source, license)
    assert all(line not in p for p in document.paragraphs)
    assert document.metadata.license is None


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("(Photo: Jane Roe/Reuters)", "Reuters"),
        ("Photo: Jane Roe/Reuters", "Reuters"),
        ("(AP Photo/Evan Vucci)", "Associated Press"),
        ("REUTERS/Jane Roe", "Reuters"),
        ("JIM WATSON/AFP via Getty Images", None),
    ],
)
def test_caption_with_its_credit(credit: str, source: str | None) -> None:
    text = f"Council passes the budget\n\nCouncillors vote on the budget. {credit}\n\n{BODY}"
    (image,) = extract_text_document(text).images
    assert image.caption == "Councillors vote on the budget."
    assert image.credit is not None and image.credit.text == credit
    if source:
        assert (image.credit.source or "").casefold() == source.casefold()


def test_agency_credit_line_alone_and_sentences_that_name_agencies() -> None:
    text = f"Council passes the budget\n\nJIM WATSON/AFP via Getty Images\n\n{BODY}\n\nIt was sent via Reuters to all."
    document = extract_text_document(text)
    assert [i.credit.text for i in document.images if i.credit] == ["JIM WATSON/AFP via Getty Images"]
    assert document.paragraphs[-1] == "It was sent via Reuters to all."


def test_the_texts_own_licence() -> None:
    text = f"Council passes the budget\n\n{BODY}\n\nThis article is licensed under CC BY 4.0."
    document = extract_text_document(text)
    assert document.metadata.license is not None
    assert document.metadata.license.name == "CC BY 4.0"
    assert len(document.paragraphs) == 2


def test_attributions_of_the_body() -> None:
    document = extract_text_document("Council passes the budget\n\nThe plan is costly, according to Reuters.")
    assert [(c.kind, c.source, c.url) for c in document.citations] == [("attribution", "Reuters", None)]


def test_empty_text() -> None:
    document = extract_text_document("")
    assert document.paragraphs == ()
    assert document.metadata.title is None


def test_date_line_with_published_and_updated_parts() -> None:
    line = "Published 5:04 p.m. ET Nov. 6, 2020 | Updated 7:00 p.m. ET Nov. 7, 2020"
    document = extract_text_document(f"Council passes the budget\n\nJane Doe | Staff Writer\n{line}\n\n{BODY}")
    assert document.metadata.published == "2020-11-06"
    assert len(document.paragraphs) == 2


def test_copyright_footer_is_no_image_but_a_credit_under_a_body_picture_is() -> None:
    text = (
        f"Council passes the budget\n\n{BODY}\n\n© Reuters\n\nThe mayor spoke last.\n\n"
        "© 2020 The Daily Courier. All rights reserved.\nTerms of Use | Privacy Policy"
    )
    document = extract_text_document(text)
    assert [i.credit.text for i in document.images if i.credit] == ["© Reuters"]
    assert document.paragraphs[-1] == "The mayor spoke last."


def test_language_is_guessed_from_the_body() -> None:
    assert extract_text_document(f"Council passes the budget\n\n{BODY}").metadata.language == "en"


def test_byline_with_its_date_and_stamps() -> None:
    text = f"Council passes the budget\n\nBy Jane Doe | November 6, 2020\nUpdated: 10:30 AM\n5 min read\n\n{BODY}"
    document = extract_text_document(text)
    assert document.metadata.byline == "By Jane Doe"
    assert document.metadata.published == "2020-11-06"
    assert list(document.paragraphs) == BODY.split("\n\n")


def test_byline_after_a_standfirst() -> None:
    text = f"Council passes the budget\n\nA long night ends with a vote.\n\nBy Jane Doe\n\nNov. 6, 2020\n\n{BODY}"
    document = extract_text_document(text)
    assert [a.name for a in document.metadata.authors] == ["Jane Doe"]
    assert document.metadata.published == "2020-11-06"
    assert document.paragraphs[0] == "A long night ends with a vote."
    assert len(document.paragraphs) == 3


def test_pictured_caption_joins_the_credit() -> None:
    text = f"Council passes the budget\n\nPhoto: Jane Roe/Reuters\n\nPictured: councillors at the vote\n\n{BODY}"
    (image,) = extract_text_document(text).images
    assert image.caption == "councillors at the vote"
    assert image.credit is not None and image.credit.source == "Reuters"


def test_a_document_without_a_title() -> None:
    document = extract_text_document(BODY)
    assert document.metadata.title is None
    assert list(document.paragraphs) == BODY.split("\n\n")


def test_the_seed_with_single_newlines() -> None:
    seed = (Path(__file__).parent.parent / "seeds" / "000_00d8440afd29ed83.txt").read_text(encoding="utf-8")
    document = extract_text_document(seed.replace("\n\n", "\n"))
    assert document.metadata.title == "A keyhole to peace opens as Azerbaijani military takes back Nagorno-Karabakh"
    assert document.metadata.byline == "By | Rachel Brooks"
    assert document.metadata.published == "2020-11-06"
    assert len(document.images) == 1
    assert len(document.paragraphs) == 16


def test_hard_wrapped_text_with_capitalised_line_starts() -> None:
    words = ("The council met on Tuesday and Mayor Jane Doe said that Council Member John Roe would lead "
             "the Budget Committee while Schools Director Ann Lee presents the plan to the City Council. ") * 6
    lines, line = [], ""
    for word in words.split():
        if len(line) + len(word) > 70:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    document = extract_text_document("Council passes the budget\n\n" + "\n".join(lines))
    assert list(document.paragraphs) == [words.strip()]


def test_short_lines_of_a_list_are_not_joined() -> None:
    items = ["Apples from the market", "Two loaves of bread", "Milk", "A dozen eggs", "Butter and cheese",
             "Coffee beans", "Olive oil from Spain", "Fresh basil", "Tomatoes"]
    document = extract_text_document("Shopping list for the week\n\n" + "\n".join(items))
    assert list(document.paragraphs) == items


def test_a_source_line_after_the_text_is_an_attribution() -> None:
    document = extract_text_document(f"Council passes the budget\n\n{BODY}\n\nSource: Reuters")
    assert [(c.kind, c.source, c.text) for c in document.citations] == [("attribution", "Reuters", "Source: Reuters")]
    assert document.images == ()
    assert len(document.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("The mayor at the opening. Photo by Jane Roe, licensed under CC BY 2.0", "The mayor at the opening.",
         "Photo by Jane Roe, licensed under CC BY 2.0"),
        ("Pictured: Jane Doe at the launch (Getty Images)", "Jane Doe at the launch", "(Getty Images)"),
        ("Jane Roe (CC BY 2.0)", None, "Jane Roe (CC BY 2.0)"),
        ("Photo: J. Roe/Reuters", None, "Photo: J. Roe/Reuters"),
    ],
)
def test_caption_and_credit_split(line: str, caption: str | None, credit: str) -> None:
    (image,) = extract_text_document(f"Council passes the budget\n\n{line}\n\n{BODY}").images
    assert image.caption == caption
    assert image.credit is not None and image.credit.text == credit


def test_a_body_sentence_that_opens_like_a_credit_stays() -> None:
    line = "The family shared photos. Courtesy of the museum, the exhibition of their letters opens on Friday."
    document = extract_text_document(f"Council passes the budget\n\n{BODY}\n\n{line}")
    assert document.paragraphs[-1] == line
    assert document.images == ()


@pytest.mark.parametrize(
    "line", ["Advertisement", "- Anzeige -", "Comments (3)", "12 Kommentare", "Copy link", "Print | Email"]
)
def test_toolbar_and_ad_labels(line: str) -> None:
    document = extract_text_document(f"Council passes the budget\n\n{BODY}\n\n{line}\n\nThe mayor spoke last.")
    assert line not in document.paragraphs
    assert document.paragraphs[-1] == "The mayor spoke last."


@pytest.mark.parametrize("menu", ["Home | News | Sport | Weather", "Home > World > Europe", "Home › Politik › Inland"])
def test_menus_and_breadcrumbs_are_dropped(menu: str) -> None:
    document = extract_text_document(f"{menu}\n\nCouncil passes the budget\n\nBy Jane Doe\n\n{BODY}")
    assert document.metadata.title == "Council passes the budget"
    assert list(document.paragraphs) == BODY.split("\n\n")


def test_section_with_separators_before_the_title() -> None:
    document = extract_text_document(f"World News | Politics\n\nCouncil passes the budget\n\nBy Jane Doe\n\n{BODY}")
    assert document.metadata.title == "Council passes the budget"


def test_a_byline_in_three_parts_is_no_menu() -> None:
    document = extract_text_document(f"Council passes the budget\n\nJane Doe | Staff Writer | Reuters\n\n{BODY}")
    assert [a.name for a in document.metadata.authors] == ["Jane Doe", "Reuters"]


def test_a_german_article() -> None:
    text = (
        "Politik\n\nBundestag beschließt Haushalt für 2021\n\nVon Hans Meier und Petra Schulz\n\n"
        "06.11.2020, 14:30 Uhr\n\nFoto: dpa\n\n"
        "Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen. Laut dpa stimmten 350 "
        "Abgeordnete dafür.\n\nAnzeige\n\n"
        "Die Opposition kritisierte die hohe Neuverschuldung, wie die Süddeutsche Zeitung berichtete.\n\n"
        "Mehr zum Thema\nHaushalt 2020: Die wichtigsten Zahlen\nSchuldenbremse ausgesetzt\n"
    )
    document = extract_text_document(text)
    assert document.metadata.title == "Bundestag beschließt Haushalt für 2021"
    assert [a.name for a in document.metadata.authors] == ["Hans Meier", "Petra Schulz"]
    assert document.metadata.published == "2020-11-06"
    assert [i.credit.source for i in document.images if i.credit] == ["dpa"]
    assert len(document.paragraphs) == 2
    assert [c.source for c in document.citations] == ["dpa", "Süddeutsche Zeitung"]


def test_body_paragraphs_ending_in_an_agency_or_quoting_a_photo_line_stay_text() -> None:
    document = extract_text_document(
        "A headline for the test\n\nBy Jane Roe\n\n"
        "The city council voted on Tuesday to close the old harbour bridge for repairs, a decision that will "
        "affect thousands of commuters (Reuters)\n\n"
        "The mayor at the bridge on Monday. Photo: Jane Doe/Reuters\n\n"
        "Officials expect the bridge to reopen in the spring, according to the city's plan, which was published "
        "last week after months of delay.\n"
    )
    assert len(document.paragraphs) == 2
    assert document.paragraphs[0].endswith("commuters (Reuters)")
    assert [image.caption for image in document.images] == ["The mayor at the bridge on Monday."]
