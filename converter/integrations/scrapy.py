"""A Scrapy item pipeline that converts the HTML an item carries into a validated record.

    # settings.py
    ITEM_PIPELINES = {"converter.integrations.scrapy.ConverterPipeline": 500}
    CONVERTER_HTML_FIELD = "html"       # the item field holding the page (bytes or str)
    CONVERTER_URL_FIELD = "url"         # the item field holding the page URL
    CONVERTER_RECORD_FIELD = "record"   # where the record (a dict) goes; "" makes the record the item itself
    CONVERTER_KEEP_HTML = True          # False removes the HTML field once converted

An item whose page cannot be converted, or whose record is invalid, is dropped with a log line naming its URL
and the reason. ``scrapy.Item`` classes must declare the record field; dicts and dataclass items work as they are.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from ..errors import ConverterError
from ..pipeline import convert

logger = logging.getLogger(__name__)


class ConverterPipeline:
    """Converts ``item[html_field]`` into a record stored in ``item[record_field]`` (or returned as the item)."""

    def __init__(self, *, html_field: str = "html", url_field: str = "url", record_field: str = "record",
                 keep_html: bool = True) -> None:
        self.html_field = html_field
        self.url_field = url_field
        self.record_field = record_field
        self.keep_html = keep_html

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConverterPipeline:
        """The pipeline configured from the crawler's ``CONVERTER_*`` settings."""
        settings = crawler.settings
        return cls(
            html_field=settings.get("CONVERTER_HTML_FIELD", "html"),
            url_field=settings.get("CONVERTER_URL_FIELD", "url"),
            record_field=settings.get("CONVERTER_RECORD_FIELD", "record"),
            keep_html=settings.getbool("CONVERTER_KEEP_HTML", True),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """The item with its record attached (or the record itself); raises ``DropItem`` on failure.

        ``spider`` is optional so that current Scrapy (which no longer passes it) and older releases both work.
        """
        adapter = ItemAdapter(item)
        url = adapter.get(self.url_field)
        page = adapter.get(self.html_field)
        if page is None:
            raise DropItem(f"converter: item from {url or 'unknown URL'} has no {self.html_field!r} field")
        try:
            record = convert(page, url=url, validate=True, name=url)
        except ConverterError as exc:
            logger.warning("converter: dropped item: %s", exc)
            raise DropItem(f"converter: {exc}") from exc
        if not self.record_field:
            return record.to_dict()
        if not self.keep_html:
            del adapter[self.html_field]
        adapter[self.record_field] = record.to_dict()
        return item
