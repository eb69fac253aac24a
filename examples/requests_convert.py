"""Fetch a page with requests and convert it: the response object goes in as it is.

    python examples/requests_convert.py URL
"""

from __future__ import annotations

import sys

import requests

import converter


def main(url: str) -> None:
    response = requests.get(url, timeout=30)
    record = converter.convert(response, validate=True)  # body, URL and header charset are used
    print(record.title)
    print(record.to_json(pretty=True))


if __name__ == "__main__":
    main(sys.argv[1])
