"""Resource limits, in one place: what one input may cost before it is refused.

Every limit is an option of :func:`converter.convert` (``limits=Limits(...)``) and of the CLI
(``--max-bytes``, ``--max-nodes``, ``--max-seconds``). An input over a limit raises
:class:`~converter.LimitError` naming the input and the limit; markup nested deeper than the parser
keeps (:data:`MAX_DEPTH`) is cut by the parser and reported in the record's ``warnings``.
"""

from __future__ import annotations

from dataclasses import dataclass

# libxml2's deepest nesting (without XML_PARSE_HUGE); deeper content is dropped by the parser.
MAX_DEPTH = 255


@dataclass(frozen=True, slots=True)
class Limits:
    """What one input may cost.

    ``max_bytes``: bytes of the input after gunzip (a page, a text, a WARC record's payload);
    ``max_nodes``: elements of the parsed page; ``max_seconds``: time spent on one page, checked
    between extraction steps (a page over it is refused, never left hanging).
    """

    max_bytes: int = 64 * 1024 * 1024
    max_nodes: int = 1_000_000
    max_seconds: float = 60.0


DEFAULT_LIMITS = Limits()
