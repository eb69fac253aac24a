"""Dates as pages write them, read into ISO 8601.

``parse_date`` returns ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS+HH:MM`` when the text gives a time *and* a
zone (an offset, ``Z``, or an unambiguous abbreviation such as ``EST``); a time without a zone is dropped
rather than given an invented one. Dates before 1995 or after today are not publication dates of a web
page and are refused.
"""

from __future__ import annotations

import datetime as _dt
import re

from .vocabulary.dates import MONTHS, PERSIAN_MONTHS, TIME_JOINERS, UPDATE_LABELS, ZONES

EARLIEST = _dt.date(1995, 1, 1)
# A word that calls the date beside it the time of an update ("Updated", "Aktualisiert am").
UPDATE_LABEL = re.compile(r"\b(?:" + "|".join(UPDATE_LABELS) + r")\b", re.IGNORECASE)

_MONTH = "|".join(sorted((re.escape(word) for word in MONTHS), key=len, reverse=True))
_ISO = re.compile(
    r"(?<![\d/.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w.])(\d{{1,2}})(?:\.|er|st|nd|rd|th|º|°)?\s*(?:de\s+|-)?\b({_MONTH})\b\.?,?\s*(?:de\s+|-)?(\d{{4}})(?!\d)",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\.?,?\s+(\d{{4}})(?!\d)", re.I
)
# Year first, as East Asian and Hungarian pages write dates: "2020年7月3日", "2020년 7월 3일", and "2020. 06. 04."
# (each dot followed by a space: "2020.06.04" is read as ISO), "2020. június 4." (the year's dot required).
_YEAR_MONTH_DAY = re.compile(
    r"(?<![\d.])(\d{4})(?:\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]|\.\s(\d{1,2})\.\s(\d{1,2})\.(?!\d))"
)
# (The day's closing dot or case ending too, "4." or "4-én": "2019. March 3, 2020" is a sentence's end and
# another date.)
_YEAR_MONTH_WORD_DAY = re.compile(rf"(?<![\d.])(\d{{4}})\.\s*\b({_MONTH})\b\.?\s*(\d{{1,2}})(?=\.|-)(?!\.\d)", re.I)
# A Solar Hijri date with the month in words ("۲ تیر ۱۳۹۹", "2 تير 1399": Persian or Latin digits, both match \d).
_PERSIAN_MONTH = "|".join(word.replace("ی", "[یي]") for word in PERSIAN_MONTHS)
_PERSIAN_DAY_MONTH_YEAR = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_PERSIAN_MONTH})\s+(\d{{4}})(?!\d)")
# The Solar Hijri day count's offset from the proleptic Gregorian ordinal (``datetime.date.toordinal``).
_SOLAR_HIJRI_EPOCH = -356033
_SOLAR_HIJRI_YEARS = (1300, 1500)
# Day, month and year in digits; a two-digit year only after a two-digit day and month ("06.11.20"), so that
# section numbers ("1.1.12") are not read as dates. Bars with spaces part them in some layouts
# ("26 | 01 | 2022"), and a space after each dot in German typesetting ("4. 2. 2022", often a thin space).
_NUMERIC = re.compile(
    r"(?<![\d.])(?:(\d{1,2})([./-]| \| |\.\s)(\d{1,2})\2(\d{4})|(\d{2})([./-])(\d{2})\6(\d{2}))(?![\d]|\.\d)"
)
_JOINERS = "|".join(re.escape(word) for word in TIME_JOINERS)
_TIME = re.compile(
    rf"\s*(?:[,|@–—-]|/)?\s*(?:(?:{_JOINERS})\s+)?(\d{{1,2}})[:h.](\d{{2}})(?::(\d{{2}}))?(?![\d])\s*(?:Uhr\s*)?"
    r"([ap]\.?\s?m\b\.?)?\s*"
    r"(\(?(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|[+-]\d{2}:?\d{2}\b|Z\b|[A-Z]{2,5}\b)?",
    re.I,
)
_TWO_DIGITS = re.compile(r"\d\d")
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
# Day first in a path ("/23-01-2022-headline/", "_vom_22.04.2020_").
_URL_DAY_FIRST = re.compile(r"[/_-](0[1-9]|[12]\d|3[01])[.-](0[1-9]|1[0-2])[.-]((?:19|20)\d{2})(?=[/_.-]|$)")
_ZONE_OFFSET = re.compile(r"([+-])\s*(\d{1,2})(?::?(\d{2}))?")


def _valid_day(year: int, month: int, day: int, today: _dt.date | None) -> _dt.date | None:
    try:
        found = _dt.date(year, month, day)
    except ValueError:
        return None
    # One day of grace: a page written east of the reader's zone may be dated tomorrow.
    latest = (today or _dt.date.today()) + _dt.timedelta(days=1)
    return found if EARLIEST <= found <= latest else None


def _zone_minutes(zone: str | None) -> int | None:
    """Minutes east of UTC that ``zone`` names; None when it names no zone we trust."""
    if not zone:
        return None
    bare = zone.strip("() ")
    if bare.upper() == "Z":
        return 0
    if bare[:3].upper() in ("UTC", "GMT") and len(bare) > 3:
        bare = bare[3:]
    offset = _ZONE_OFFSET.fullmatch(bare.strip())
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        return sign * (int(offset.group(2)) * 60 + int(offset.group(3) or 0))
    # Abbreviations count only in capitals: "est" or "mar" in running text are words, not zones.
    return ZONES.get(bare.lower()) if bare.isupper() else None


def _format(day: _dt.date, hour: int, minute: int, second: int, zone: int | None) -> str:
    if zone is None or not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        return day.isoformat()
    sign = "-" if zone < 0 else "+"
    hours, minutes = divmod(abs(zone), 60)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}{sign}{hours:02d}:{minutes:02d}"


def _time_after(text: str, end: int) -> tuple[int, int, int, int | None] | None:
    """(hour, minute, second, zone minutes) of a time right after a date ending at ``end``."""
    found = _TIME.match(text, end)
    if not found:
        return None
    hour, minute, second = int(found.group(1)), int(found.group(2)), int(found.group(3) or 0)
    meridiem = (found.group(4) or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    return hour, minute, second, _zone_minutes(found.group(5))


def _gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """(year, month, day) in the Gregorian calendar of a Solar Hijri date, by the arithmetic 33-year leap cycle
    (which gives Nowruz on the official calendar's day in the years of web pages); (0, 0, 0) when the month
    has no such day or the year is outside the years of the web (1300-1500, 1921-2121)."""
    if not (_SOLAR_HIJRI_YEARS[0] <= year <= _SOLAR_HIJRI_YEARS[1] and 1 <= month <= 12
            and 1 <= day <= (31 if month <= 6 else 30)):
        return 0, 0, 0
    ordinal = _solar_hijri_ordinal(year, month, day)
    if ordinal >= _solar_hijri_ordinal(year + 1, 1, 1):  # 30 Esfand of a common year
        return 0, 0, 0
    found = _dt.date.fromordinal(ordinal)
    return found.year, found.month, found.day


def _solar_hijri_ordinal(year: int, month: int, day: int) -> int:
    cycle_year = year + 1595
    return (_SOLAR_HIJRI_EPOCH + 365 * cycle_year + cycle_year // 33 * 8 + (cycle_year % 33 + 3) // 4 + day
            + ((month - 1) * 31 if month <= 6 else (month - 7) * 30 + 186))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _candidates(text: str, day_first: bool) -> list[tuple[int, int, tuple[int, int, int], str]]:
    """Every date written in ``text``: (start, end, (year, month, day), kind)."""
    found: list[tuple[int, int, tuple[int, int, int], str]] = []
    for match in _ISO.finditer(text):
        found.append((match.start(), match.end(), (int(match[1]), int(match[3]), int(match[4])), "iso"))
    for match in _DAY_MONTH_YEAR.finditer(text):
        month = MONTHS[match[2].lower()]
        found.append((match.start(), match.end(), (int(match[3]), month, int(match[1])), "words"))
    for match in _MONTH_DAY_YEAR.finditer(text):
        month = MONTHS[match[1].lower()]
        found.append((match.start(), match.end(), (int(match[3]), month, int(match[2])), "words"))
    for match in _YEAR_MONTH_DAY.finditer(text):
        month_digits, day_digits = (match[2], match[3]) if match[2] else (match[4], match[5])
        found.append((match.start(), match.end(), (int(match[1]), int(month_digits), int(day_digits)), "year first"))
    for match in _YEAR_MONTH_WORD_DAY.finditer(text):
        found.append((match.start(), match.end(), (int(match[1]), MONTHS[match[2].lower()], int(match[3])), "words"))
    for match in _PERSIAN_DAY_MONTH_YEAR.finditer(text):
        month = PERSIAN_MONTHS[match[2].replace("ي", "ی")]
        found.append((match.start(), match.end(), _gregorian(int(match[3]), month, int(match[1])), "words"))
    for match in _NUMERIC.finditer(text):
        groups = match.groups()[:4] if match[1] else match.groups()[4:]
        first, separator, second, year = int(groups[0]), groups[1], int(groups[2]), groups[3]
        # Dots and dashes are day-first everywhere; a slash is month-first in US English unless impossible.
        if (separator == "/" and not day_first and first <= 12 and second <= 31) or (second > 12 and first <= 12):
            first, second = second, first
        found.append((match.start(), match.end(), (_year(year), second, first), "numeric"))
    found.sort(key=lambda item: item[0])
    return found


def parse_date(text: str | None, *, day_first: bool = False, today: _dt.date | None = None) -> str | None:
    """The first plausible date in ``text`` as ISO 8601, or None.

    ``YYYY-MM-DDTHH:MM:SS+HH:MM`` when a time with a zone follows the date, else ``YYYY-MM-DD``.
    ``day_first`` reads ``06/11/2020`` as 6 November (dotted dates are always day first).
    ``today`` bounds the plausible range (default: the current date).
    """
    # Every date read here has a year of two digits or more: most texts are told apart by one search.
    if not text or not _TWO_DIGITS.search(text):
        return None
    for start, end, (year, month, day), kind in _candidates(text, day_first):
        found = _valid_day(year, month, day, today)
        if found is None:
            continue
        if kind == "iso":
            iso = _ISO.match(text, start)
            assert iso is not None
            if iso.group(5) is not None:
                zone = _zone_minutes(iso.group(8))
                return _format(found, int(iso[5]), int(iso[6]), int(iso[7] or 0), zone)
            end = iso.end()
        time = _time_after(text, end)
        if time is None:
            return found.isoformat()
        return _format(found, *time)
    return None


def date_from_url(url: str | None, *, today: _dt.date | None = None) -> str | None:
    """The ``YYYY-MM-DD`` a URL path spells (``/2020/11/06/``, ``/2020-11-06-``, ``/20201106/``,
    ``/06-11-2020-``), or None."""
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        found = _valid_day(int(match[1]), int(match[2]), int(match[3]), today)
        if found:
            return found.isoformat()
    for match in _URL_DAY_FIRST.finditer(url):
        found = _valid_day(int(match[3]), int(match[2]), int(match[1]), today)
        if found:
            return found.isoformat()
    return None
