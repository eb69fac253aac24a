#!/usr/bin/env python3
"""Why in-body links that the Mozilla gold counts are missing from our citations, grouped by cause.

    python benchmarks/links_gap.py [--corpus DIR] [--show CAUSE]

The gold of the Mozilla pages (``links``) is every link left in Readability's expected article HTML. Our
citations leave out, on purpose, what issue 4 defines as no citation: navigation, share buttons, related
boxes, comments, byline and profile links, image-enlarge links and links inside captions and credit lines
(an image's credit keeps its link as ``credit.source_url``). This script finds each missed gold link on the
page, names the cause from where the link sits, and prints the links scores three ways: against the whole
gold, without the gold links that cannot match as written, and without what issue 4 excludes too.

Says so and exits 2 when ../shared is not there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urljoin

import lxml.html
from shared_bench import CORPUS, bench_of

from converter.extract.credits import looks_like_credit

# Causes that issue 4 defines as no citation.
EXCLUDED_BY_DESIGN = (
    "picture link to a larger copy or photo page", "image credit line", "caption", "byline, author box, contact",
    "comments", "section edit link", "navigation and page chrome", "related-story line",
)
EMBEDDED = "embedded social-media post"
# From left out by design to kept: a link given several times takes the cause of its most article-like copy.
RANK = (*EXCLUDED_BY_DESIGN, EMBEDDED, "other")
UNMATCHABLE = ("gold decodes '&sect' inside a URL", "not on the page as written")

_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "menu"})
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navigation|menu|toolbar|breadcrumbs?|masthead|footer|header|noprint)(?:$|[\s_-])"
)
# Embedded social-media posts: the post's own links (hashtags, mentions, its permalink). The hand annotations
# of citations leave them out; issue 4 does not name them, so they are counted apart.
_EMBED = re.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post")
_BYLINE = re.compile(r"author|byline|(?:^|[\s_-])bio(?:$|[\s_-])|profile|contributor")
_COMMENT = re.compile(r"comment|repl(?:y|ies)|respond")
_CAPTION = re.compile(r"caption|credit")
_RELATED = re.compile(r"^\W*(?:related|more from|lire aussi|à lire|lesen sie auch|mehr zum thema)\b", re.I)
_CONTACT = re.compile(r"^(?:\S+@\S+\.\w+|@\w+)$")


def _marks(element: lxml.html.HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}".lower()


def _cause(anchor: lxml.html.HtmlElement, credit_texts: Iterable[str], credit_urls: set[str], url: str) -> str:
    """The cause a missed gold link's anchor shows, from its text and the elements around it."""
    text = " ".join(anchor.text_content().split())
    chain = [anchor]
    for ancestor in anchor.iterancestors():
        if ancestor.tag in ("body", "html"):
            break  # a body's classes are the site's feature flags ("f_video_upload_captions_on")
        chain.append(ancestor)
    block = next((e for e in chain if e.tag in ("p", "li", "div", "td")), anchor)
    block_text = " ".join(block.text_content().split())
    if not text and anchor.find(".//img") is not None:
        return "picture link to a larger copy or photo page"
    if url in credit_urls or looks_like_credit(block_text) or (
        text and any(text.casefold() in credit.casefold() for credit in credit_texts)
    ):
        return "image credit line"
    if any(e.tag == "figcaption" or _CAPTION.search(_marks(e)) for e in chain):
        return "caption"
    if any(_EMBED.search(_marks(e)) for e in chain):
        return EMBEDDED
    if "editsection" in " ".join(_marks(e) for e in chain):
        return "section edit link"
    if any(_COMMENT.search(_marks(e)) for e in chain) or "replytocom=" in url:
        return "comments"
    if _CONTACT.match(text) or "author" in (anchor.get("rel") or "") or any(_BYLINE.search(_marks(e)) for e in chain):
        return "byline, author box, contact"
    if any(e.tag in _CHROME_TAGS or _CHROME.search(_marks(e)) for e in chain):
        return "navigation and page chrome"
    if _RELATED.match(block_text):
        return "related-story line"
    return "other"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", metavar="CAUSE", help="list the missed links of the causes containing CAUSE")
    args = parser.parse_args()
    index = args.corpus / "index.jsonl"
    bench = bench_of(args.corpus)
    if not index.is_file() or not (bench / "score.py").is_file():
        print(f"links_gap.py: the shared corpus ({args.corpus}) and its scorer ({bench}) are not here; "
              "nothing to measure.", file=sys.stderr)
        return 2
    sys.path.insert(0, str(bench))
    from score import norm_url  # the scorer's own URL normalisation, so the counts match score.py's

    import converter

    causes: Counter[str] = Counter()
    shown: list[str] = []
    tp = fp = 0
    for line in index.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        gold_links = entry["gold"].get("links")
        if gold_links is None:
            continue
        data = gzip.decompress((args.corpus / entry["path"]).read_bytes())
        record = converter.convert(data, url=entry.get("url"), name=entry["id"])
        predicted = {norm_url(c.url) for c in record.citations if c.url} - {""}
        gold = {norm_url(link.get("url")) for link in gold_links if link.get("url")} - {""}
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        credits = [image.credit for image in record.images if image.credit]
        credit_texts = [credit.text for credit in credits]
        credit_urls = {norm_url(credit.source_url) for credit in credits if credit.source_url}
        root = lxml.html.fromstring(data)
        base = urljoin(entry.get("url") or "", next(iter(root.xpath("//base/@href")), ""))
        anchors: dict[str, list[lxml.html.HtmlElement]] = {}
        for anchor in root.iter("a"):
            href = (anchor.get("href") or "").strip()
            if href:
                anchors.setdefault(norm_url(urljoin(base, href)), []).append(anchor)
        for url in sorted(gold - predicted):
            if url not in anchors:
                cause = UNMATCHABLE[0] if "§" in url else UNMATCHABLE[1]
            else:
                causes_of_copies = {_cause(anchor, credit_texts, credit_urls, url) for anchor in anchors[url]}
                cause = max(causes_of_copies, key=RANK.index)
            causes[cause] += 1
            if args.show and args.show in cause:
                shown.append(f"{entry['id']:32} {cause:44} {url[:100]}")
    missed = sum(causes.values())
    print(f"gold links missed: {missed} (predicted {tp + fp}, of which {fp} not in gold)\n")
    for cause, count in causes.most_common():
        where = "issue 4 excludes" if cause in EXCLUDED_BY_DESIGN else "cannot match" if cause in UNMATCHABLE else ""
        print(f"  {count:5}  {cause:46} {where}")
    unmatchable = sum(causes[c] for c in UNMATCHABLE)
    excluded = sum(causes[c] for c in EXCLUDED_BY_DESIGN)
    print("\nlinks precision / recall / F1")
    for label, fn in (("against the whole gold", missed),
                      ("without gold links that cannot match", missed - unmatchable),
                      ("and without what issue 4 excludes", missed - unmatchable - excluded)):
        precision, recall, f1 = _prf(tp, fp, fn)
        print(f"  {label:40} {precision:.3f}  {recall:.3f}  {f1:.3f}")
    if shown:
        print("\n" + "\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
