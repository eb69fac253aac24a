"""Resource limits, in one place: what an input may cost before it is refused or cut."""

from __future__ import annotations

# Bytes of one input, after gunzip (a page, a text, a WARC record's payload).
MAX_INPUT_BYTES = 64 * 1024 * 1024
