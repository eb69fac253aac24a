"""Questions about one element that several extraction steps ask."""

from __future__ import annotations

import lxml.html
import pytest

from converter.extract.elements import class_and_id, is_hidden


def element(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup)


@pytest.mark.parametrize(
    ("markup", "names"),
    [
        ('<div class="share-bar wide" id="tools"></div>', "share-bar wide tools"),
        ('<div class="caption"></div>', "caption "),
        ('<div id="sidebar"></div>', " sidebar"),
        ("<div></div>", ""),
    ],
)
def test_class_and_id_as_one_string(markup: str, names: str) -> None:
    assert class_and_id(element(markup)) == names


@pytest.mark.parametrize(
    ("markup", "hidden"),
    [
        ("<div hidden></div>", True),
        ('<div aria-hidden="true"></div>', True),
        ('<div style="color: red; display : none"></div>', True),
        ('<div style="visibility:hidden"></div>', True),
        ('<div aria-hidden="false" style="display: block"></div>', False),
    ],
)
def test_is_hidden(markup: str, hidden: bool) -> None:
    assert is_hidden(element(markup)) is hidden
