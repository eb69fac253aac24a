"""Attributions: named sources next to reporting phrases, and the sentences they sit in."""

from __future__ import annotations

import pytest

from converter.extract.attributions import Sentences, find_attributions, sentence_spans


def sources(*paragraphs: str) -> list[str | None]:
    return [c.source for c in find_attributions(paragraphs)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The deal collapsed, according to Reuters on Monday.", "Reuters"),
        ("He told CNN in an interview.", "CNN"),
        ("This may slow things down, see NPR for more.", "NPR"),
        ("Russia may mediate, see NPR News for more.", "NPR News"),
        ("It was analysed, see Voice of America for more.", "Voice of America"),
        ("A battle is expected, as was reported by the independent U.S. newspaper The Epoch Times, and more.",
         "The Epoch Times"),
        ("The window is narrow, as analyzed by the International Crisis Group in 2019.", "International Crisis Group"),
        ("Foreign Policy noted the domestic ramifications.", "Foreign Policy"),
        ("Foreign Policy referred to Iran's fears.", "Foreign Policy"),
        ("U.S. Census Bureau data puts the number below 500,000.", "U.S. Census Bureau"),
        ("That is 5%, according to data from the U.S. Census Bureau.", "U.S. Census Bureau"),
        ("According to the New York Times, the deal is off.", "New York Times"),
        ("Mr. Jones told The Wall Street Journal's reporter.", "The Wall Street Journal"),
        ("Das sagte er laut dpa am Montag.", "dpa"),
        ("Le projet, selon Le Monde, est abandonné.", "Le Monde"),
        ("El proyecto, según El País, fue cancelado.", "El País"),
    ],
)
def test_source_of_a_reporting_phrase(sentence: str, source: str) -> None:
    assert sources(sentence) == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        "See below for more.",
        "As analysts noted, it fell.",
        "Iran said it would not intervene.",
        "According to him, it is over.",
        "Turkey has condemned the offensive.",
        "The statements made by the Supreme Leader were clear.",
        "Previous reports dictate that it was mitigated.",
    ],
)
def test_actors_and_lower_case_words_are_no_source(sentence: str) -> None:
    assert sources(sentence) == []


def test_dateline_agency() -> None:
    citations = find_attributions(["WASHINGTON (AP) — The Senate voted on Tuesday."])
    assert [(c.source, c.text) for c in citations] == [("AP", "(AP)")]


def test_phrase_as_written_and_context() -> None:
    (citation,) = find_attributions(["First sentence here. Prices rose, see NPR for more. Last one."])
    assert citation.kind == "attribution"
    assert citation.url is None
    assert citation.text == "see NPR for more"
    assert citation.context == "Prices rose, see NPR for more."


def test_sentence_initial_the_follows_the_documents_other_mentions() -> None:
    assert sources(
        "The window is narrow, as stated by International Crisis Group.",
        "The International Crisis Group referenced the revolution.",
    ) == ["International Crisis Group", "International Crisis Group"]
    assert sources("The Guardian reported it first.") == ["The Guardian"]


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "He came from the U.S. to see Dr. Who on Jan. 5. Then he left! Yes."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He came from the U.S. to see Dr. Who on Jan. 5.", "Then he left!", "Yes."]
    assert Sentences(text).around(text.index("left"), text.index("left") + 4) == "Then he left!"


def test_a_run_on_sentence_gives_a_cut_context() -> None:
    text = "word " * 1000 + "according to Reuters, " + "word " * 1000
    (citation,) = find_attributions([text])
    assert citation.context is not None and "according to Reuters" in citation.context
    assert len(citation.context) <= 600


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("It was hit, according to Israeli officials.", None),
        ("It is banned, according to Spanish law.", None),
        ("Prices fell, according to Sui-Lee Wee of the New York Times.", "New York Times"),
        ("It rose, according to NPR's Feng.", "NPR"),
        ("It rose, according to a report in the Argus Leader of Sioux Falls.", "Argus Leader of Sioux Falls"),
        ("We should see the support for Ukraine grow.", None),
        ("He told police he supported Trump.", None),
        ("He told a conference in Abu Dhabi that it would end.", None),
        ("Bougainvillea spectabilis (braziliensis) - a climbing plant.", None),
    ],
)
def test_modifiers_descriptions_and_owners(sentence: str, source: str | None) -> None:
    assert sources(sentence) == ([source] if source else [])


def test_every_phrase_begins_with_a_letter() -> None:
    from converter.extract.vocabulary import attributions as words

    for phrase in words.SOURCE_AFTER + words.SOURCE_RIGHT_AFTER + words.SOURCE_BEFORE:
        assert phrase[0].isalpha(), phrase


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Laut dpa stimmten 350 Abgeordnete dafür.", "dpa"),
        ("Die Opposition kritisierte das, wie die Süddeutsche Zeitung berichtete.", "Süddeutsche Zeitung"),
        ("Nach Angaben der Polizei wurde niemand verletzt.", "Polizei"),
    ],
)
def test_german_sources(sentence: str, source: str) -> None:
    assert sources(sentence) == [source]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Two died, according to Dr. Jane Roe of the clinic.", "Dr. Jane Roe"),
        ("Ohio's Department of Health reported a rise.", "Ohio's Department of Health"),
        ("Man singt laut unter der Dusche.", None),
    ],
)
def test_titles_subjects_and_prepositions(sentence: str, source: str | None) -> None:
    assert sources(sentence) == ([source] if source else [])


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Laut einer Studie der Universität Hamburg steigt der Wert.", "Universität Hamburg"),
        ("Laut Medienberichten wurde niemand verletzt.", None),
        ("Berichten zufolge wurde niemand verletzt.", None),
        ("Einer Studie zufolge steigt der Wert.", None),
        ("Dem Spiegel zufolge steigt der Wert.", "Spiegel"),
    ],
)
def test_german_descriptions_name_no_source(sentence: str, source: str | None) -> None:
    assert sources(sentence) == ([source] if source else [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Others reported the same.",
        "Critics noted the costs.",
        "Der Verbrauch sank gegenüber dem Vorjahr.",
    ],
)
def test_sentence_starters_and_comparisons_are_no_source(sentence: str) -> None:
    assert sources(sentence) == []
