"""A scraper that already holds a BeautifulSoup object hands it over as it is.

    python examples/soup_input.py PAGE.html [URL]
"""

from __future__ import annotations

import sys
from pathlib import Path

from bs4 import BeautifulSoup

import converter


def main(path: str, url: str | None = None) -> None:
    soup = BeautifulSoup(Path(path).read_bytes(), "html.parser")
    record = converter.convert(soup, url=url)
    for image in record.images:
        credit = image.credit
        print(image.src, "|", credit.text if credit else "no credit")
    for citation in record.citations:
        print(citation.kind, citation.url or citation.source, "|", citation.context)
    print(record.to_json(pretty=True))


if __name__ == "__main__":
    main(*sys.argv[1:3])
