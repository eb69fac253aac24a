"""Crawl a site with Scrapy, convert every page with converter's pipeline, export the records as JSON Lines.

    python examples/scrapy_crawl.py START_URL OUT.jsonl
    converter validate OUT.jsonl

The spider follows links on the start page's host; the pipeline turns each response into a record and the
feed exporter writes one record a line (CONVERTER_RECORD_FIELD = "" makes the record the item itself).
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import TextResponse


class PagesSpider(scrapy.Spider):
    name = "pages"

    def __init__(self, start: str, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.allowed_domains = [urlsplit(start).hostname or ""]

    def parse(self, response):  # type: ignore[no-untyped-def]
        if not isinstance(response, TextResponse):
            return  # a linked picture or PDF: no page to convert, no links to follow
        yield {"url": response.url, "html": response.body}
        yield from response.follow_all(css="a", callback=self.parse)


def main(start: str, out: str) -> None:
    process = CrawlerProcess(settings={
        "ITEM_PIPELINES": {"converter.integrations.scrapy.ConverterPipeline": 500},
        "CONVERTER_RECORD_FIELD": "",
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8", "overwrite": True}},
        "LOG_LEVEL": "WARNING",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
    })
    process.crawl(PagesSpider, start=start)
    process.start()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
