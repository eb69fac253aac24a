"""Dates as pages write them: ``parse_date`` and ``date_from_url``."""

from __future__ import annotations

import datetime as dt

import pytest

from converter.extract.dates import date_from_url, parse_date

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 6, 2020", "2020-11-06"),
        ("6 November 2020", "2020-11-06"),
        ("2020-11-06T10:00:00+01:00", "2020-11-06T10:00:00+01:00"),
        ("2020-11-06T10:00:00Z", "2020-11-06T10:00:00+00:00"),
        ("2020-11-06T10:00:00", "2020-11-06"),
        ("2019-03-03 10:00:00 +0100", "2019-03-03T10:00:00+01:00"),
        ("06.11.2020", "2020-11-06"),
        ("26 | 01 | 2022 ", "2022-01-26"),
        ("Von Deutscher Tennis Bund 4.\u20092.\u20092022.", "2022-02-04"),
        ("am 14. 11. 2021", "2021-11-14"),
        ("06.11.20", "2020-11-06"),
        ("6. November 2020", "2020-11-06"),
        ("6 novembre 2020", "2020-11-06"),
        ("le 1er novembre 2020 à 10h30", "2020-11-01"),
        ("6 de noviembre de 2020", "2020-11-06"),
        ("Sept. 3, 2019", "2019-09-03"),
        ("Nov. 6, 2020 10:30 AM EST", "2020-11-06T10:30:00-05:00"),
        ("Updated: 6 Nov 2020, 14:05 GMT", "2020-11-06T14:05:00+00:00"),
        ("Mittwoch, 4. März 2020, 10:30 Uhr MEZ", "2020-03-04T10:30:00+01:00"),
        ("Posted on 2/3/2019 at 10:00 pm (UTC+1)", "2019-02-03T22:00:00+01:00"),
        ("Published 11/26/2020", "2020-11-26"),
        ("3 mars 2019 est", "2019-03-03"),
        ("15 августа 2016, 13:43", "2016-08-15"),
        ("2020年7月3日 17:16", "2020-07-03"),
        ("投稿日：2020年07月03日", "2020-07-03"),
        ("2020년 7월 3일", "2020-07-03"),
        ("2020. 06. 04. 11:27", "2020-06-04"),
        ("Frissítve: 2020. június 4. 11:27", "2020-06-04"),
        ("2018. jún. 4-én", "2018-06-04"),
        ("دوشنبه ۲ تیر ۱۳۹۹", "2020-06-22"),
        ("2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22"),
        ("۱ فروردین ۱۴۰۰", "2021-03-21"),
        ("30 اسفند 1399", "2021-03-20"),
        ("12 دی 1402", "2024-01-02"),
    ],
)
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text, today=TODAY) == expected


def test_day_first_slashes() -> None:
    assert parse_date("06/11/2020", today=TODAY) == "2020-06-11"
    assert parse_date("06/11/2020", day_first=True, today=TODAY) == "2020-11-06"


@pytest.mark.parametrize("text", ["", "no date here", "1990-01-01", "2030-01-01", "31 February 2020", "12:30",
                                  "2020. 13. 04.", "2020年13月3日", "1920. június 4-én", "31 مهر 1399",
                                  "3 دی 2020"])
def test_implausible_or_missing(text: str) -> None:
    assert parse_date(text, today=TODAY) is None


def test_skips_implausible_for_the_next() -> None:
    assert parse_date("Founded 1890-01-01. Posted 2020-11-06.", today=TODAY) == "2020-11-06"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2020/11/06/story", "2020-11-06"),
        ("https://example.org/news/20201106-story.html", "2020-11-06"),
        ("https://example.org/a/2020-11-06-story", "2020-11-06"),
        ("https://example.org/news/23-01-2022-headline/17.html", "2022-01-23"),
        ("https://example.org/a/12345678/story", None),
        ("https://example.org/2020/11/story", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url, today=TODAY) == expected


def test_section_numbers_are_no_dates() -> None:
    assert parse_date("FAQs Nr. 1.1.12 und 1.1.13", today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 تیر 9999", None),  # beyond any web page's year (and beyond datetime's): no date, no crash
        ("1 تیر 900", None),
        ("30 اسفند 1402", None),  # 1402 is a common year: Esfand has 29 days
        ("30 اسفند 1403", "2025-03-20"),  # 1403 is a leap year
    ],
)
def test_solar_hijri_dates_outside_the_calendar_are_refused(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It closed in 2019. March 3, 2020 was the day it reopened", "2020-03-03"),
        ("Posted: 2021. 1. 5 comments", None),
    ],
)
def test_a_year_that_ends_a_sentence_does_not_start_a_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected
