"""Reading inputs: bytes, encodings, gzip, WARC records and the objects scrapers hold."""
