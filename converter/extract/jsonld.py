"""JSON-LD evidence: every ``<script type="application/ld+json">`` of the page, flattened.

``read_jsonld`` returns the page's typed nodes (``@graph`` walked, nested nodes included) with an index by
``@id``, so that references such as ``"author": {"@id": "#jane"}`` resolve. ``ArticleLd`` is what the
resolver reads from the article node: headline, authors, dates, publisher, language, licence.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

from .page import Page
from .textnorm import clean_text, collapse_ws

_SCRIPTS = ".//script[@type]"
# Types whose node is the article itself, most specific first when several nodes compete.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
    "report", "liveblogposting", "socialmediaposting", "discussionforumposting", "review", "recipe",
    "howto", "medicalwebpage", "advertisercontentarticle", "satiricalarticle", "posting", "creativework",
    "videoobject", "podcastepisode", "event", "product", "course", "jobposting", "qapage",
})
TEXT_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle", "report", "liveblogposting",
    "satiricalarticle", "advertisercontentarticle",
})
PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "faqpage"})
ORGANIZATION_TYPES = frozenset({
    "organization", "newsmediaorganization", "corporation", "localbusiness", "educationalorganization",
    "governmentorganization", "ngo", "onlinebusiness", "researchorganization", "library", "brand",
})
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CDATA_OR_COMMENT = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?://\s*\]\]>|\]\]>|-->)\s*$")


@dataclass(frozen=True, slots=True)
class JsonLd:
    """The page's JSON-LD nodes (objects with an ``@type``), in document order, and an index by ``@id``."""

    nodes: tuple[dict[str, Any], ...] = ()
    by_id: dict[str, dict[str, Any]] | None = None

    def resolve(self, value: Any) -> Any:
        """``value`` itself, or the node it references when it is a bare ``{"@id": ...}``."""
        if isinstance(value, dict) and "@id" in value and len(value) <= 2 and self.by_id:
            return self.by_id.get(str(value["@id"]), value)
        return value

    def of_types(self, wanted: frozenset[str]) -> list[dict[str, Any]]:
        """The nodes with at least one type in ``wanted`` (lower-case local names)."""
        return [node for node in self.nodes if types_of(node) & wanted]


def types_of(node: dict[str, Any]) -> set[str]:
    """The lower-case local names of a node's ``@type`` ("schema:NewsArticle" -> "newsarticle")."""
    raw = node.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {str(name).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for name in names if name}


def _loads(text: str) -> Any:
    text = _CDATA_OR_COMMENT.sub("", text.strip())
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):  # RecursionError: arrays nested deeper than Python's stack
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except (ValueError, RecursionError):
        return None


def _walk(value: Any, nodes: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 12:
        return
    if isinstance(value, list):
        for item in value:
            _walk(item, nodes, depth + 1)
    elif isinstance(value, dict):
        if "@type" in value:
            nodes.append(value)
        for key, item in value.items():
            if isinstance(item, (dict, list)) and key != "@context":
                _walk(item, nodes, depth + 1)


def read_jsonld(page: Page) -> JsonLd:
    """The JSON-LD nodes of ``page``; scripts that are not valid JSON (after small repairs) are skipped.

    Parsed once per page: metadata, content and images share the result.
    """
    found = page.derived.get("jsonld")
    if found is None:
        found = page.derived["jsonld"] = _parse_jsonld(page)
    assert isinstance(found, JsonLd)
    return found


def _parse_jsonld(page: Page) -> JsonLd:
    nodes: list[dict[str, Any]] = []
    for script in page.root.iterfind(_SCRIPTS):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        _walk(_loads(script.text), nodes)
    if not nodes:
        return JsonLd()
    by_id = {str(node["@id"]): node for node in nodes if "@id" in node and len(node) > 2}
    return JsonLd(tuple(nodes), by_id)


def text_value(value: Any) -> str | None:
    """A plain string from a JSON-LD value: a string, ``{"@value"|"name": ...}``, or the first of a list."""
    if isinstance(value, list):
        for item in value:
            found = text_value(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value)
        # JSON-LD written by templates is often HTML-escaped ("Redacci&oacute;n").
        text = collapse_ws(clean_text(html.unescape(text) if "&" in text else text))
        return text or None
    return None


def main_node(jsonld: JsonLd) -> dict[str, Any] | None:
    """The node that describes the article: the first article-typed node with a headline or name, else the
    first article-typed node, else a web page node (whose ``mainEntity`` is preferred when it is typed)."""
    # A news or blog article is the page's subject rather than a video or a product it embeds.
    articles = sorted(jsonld.of_types(ARTICLE_TYPES), key=lambda node: not types_of(node) & TEXT_ARTICLE_TYPES)
    for node in articles:
        if node.get("headline") or node.get("name"):
            return node
    if articles:
        return articles[0]
    for node in jsonld.of_types(PAGE_TYPES):
        entity = jsonld.resolve(node.get("mainEntity"))
        if isinstance(entity, dict) and types_of(entity) & ARTICLE_TYPES:
            return entity
        return node
    return None


def person_nodes(jsonld: JsonLd, value: Any) -> list[Any]:
    """The author entries of an ``author``/``creator`` value: strings or nodes, references resolved."""
    items = value if isinstance(value, list) else [value]
    return [jsonld.resolve(item) for item in items if item]


def name_of(node: Any) -> str | None:
    """The display name of a person or organisation node (``name``, else given + family name)."""
    if isinstance(node, str):
        return text_value(node)
    if not isinstance(node, dict):
        return None
    name = text_value(node.get("name"))
    if name:
        return name
    parts = [text_value(node.get(key)) for key in ("givenName", "familyName")]
    return " ".join(part for part in parts if part) or None


def is_organization(node: Any) -> bool:
    """Whether an author node is typed as an organisation."""
    return isinstance(node, dict) and bool(types_of(node) & ORGANIZATION_TYPES)
