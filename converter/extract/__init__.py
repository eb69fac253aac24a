"""Extraction: pure functions over one parsed page (or one decoded text document).

One module per concern; each reads the shared tree and returns values, never mutating globals or doing I/O.
"""
