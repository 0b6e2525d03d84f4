"""HTML -> blocks with selectolax.

ITU's WSIS pages lay a document out as a table: a row per paragraph, its number in one cell and
its text in the next, sub-items in rows of their own or as lines (``<br>``, ``<p>``) of the text
cell. A number alone in a cell is joined to the text beside it: "50." + "We acknowledge …"; an
item of an ``<ol>`` gets the number the browser shows in front of it. A block that opens with a
superscript is a footnote. Navigation and the site's footer (``<nav>``, or an element whose
role, id or class says so) are site chrome, not the document, and are not read. So are the page's
own banner, footer and sidebars as HTML5 marks them: a ``<header>``, ``<footer>`` or ``<aside>`` outside
any ``<main>``, ``<article>`` or ``<section>`` (a language switcher, "Related" links, "Contact us |
Privacy notice"); and a page with one ``<main>`` is read from it alone.

The tree is walked with an explicit stack, not by recursion, so a page nested a thousand
elements deep is read like any other; a page nested deeper than ``MAX_DEPTH`` is refused before
it is parsed, because the HTML parser itself slows down with the square of the nesting.
"""

from __future__ import annotations

import re

from corpus.blocks import COMMAS, Block, Parsed, ParseError, marker, row_blocks
from corpus.parsers.base import decode_text
from corpus.text import clean, word_count

SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav", "iframe", "object", "select", "button"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCKS = {
    "p", "div", "li", "ul", "ol", "table", "tbody", "thead", "tfoot", "td", "th", "blockquote", "section",
    "article", "body", "html", "center", "dl", "dt", "dd", "hr", "main", "header", "footer", "form",
    "pre", "address", "caption", "figure", "aside", "fieldset", "tr",
}
_BOLD = {"b", "strong"}
# Site chrome, not the document: an element whose role, id or class names navigation, the site's masthead or
# footer, a sidebar, a cookie banner, or the page's tools ("Download: PDF | Word", share buttons), which a
# site puts inside <main> under the text it offers.
_CHROME = {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "skiplink", "skip", "footer",
           "sitefooter", "masthead", "sidebar", "cookie", "cookies", "consent", "download", "downloads", "share",
           "sharing", "social", "pagetools", "toolbar"}
_CHROME_ROLES = {"navigation", "contentinfo", "banner", "search"}
# HTML5's landmarks: a header or footer is the page's banner or footer (an aside, its sidebar) unless it
# sits inside one of these, where it belongs to that part of the document.
_PAGE_LEVEL = {"header", "footer", "aside"}
_SECTIONING = {"main", "article", "section", "aside", "nav"}
MAX_DEPTH = 2000  # real pages nest a few dozen elements; 2,000 parses in milliseconds
# Elements whose end tag may be left out, and void elements: they do not deepen the nesting.
_FLAT = {
    "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot", "option", "optgroup", "colgroup", "caption",
    "rb", "rt", "rp", "html", "head", "body", "br", "img", "hr", "meta", "link", "input", "area", "base", "col",
    "embed", "param", "source", "track", "wbr", "basefont", "frame", "keygen",
}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")


def nesting_depth(text: str) -> int:
    """How deep the markup nests, counted from its tags (an end tag closes up to the nearest open one of its name)."""
    stack: list[str] = []
    open_count: dict[str, int] = {}
    deepest = 0
    for match in _TAG.finditer(text):
        closing, name = match[1], match[2].lower()
        if name in _FLAT:
            continue
        if not closing:
            stack.append(name)
            open_count[name] = open_count.get(name, 0) + 1
            deepest = max(deepest, len(stack))
        elif open_count.get(name):
            while True:
                top = stack.pop()
                open_count[top] -= 1
                if top == name:
                    break
    return deepest


def _ordinal(n: int, kind: str) -> str:
    if kind in ("a", "A") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter.upper() if kind == "A" else letter
    if kind in ("i", "I") and 1 <= n < 40:
        numerals = (("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
        out = ""
        for numeral, value in numerals:
            while n >= value:
                out, n = out + numeral, n - value
        return out.upper() if kind == "I" else out
    return str(n)


def _is_chrome(node) -> bool:
    attributes = node.attributes
    if (attributes.get("role") or "").lower() in _CHROME_ROLES:
        return True
    names = f"{attributes.get('id') or ''} {attributes.get('class') or ''}".lower()
    return bool(_CHROME.intersection(re.split(r"[\s_-]+", names)))


def _page_level(node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in _SECTIONING or (parent.attributes.get("role") or "").lower() == "main":
            return False
        parent = parent.parent
    return True


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


class _Walker:
    """Collects blocks as the tree goes by; a table cell collects its own until its row ends."""

    def __init__(self) -> None:
        self.out: list[list[Block]] = [[]]  # where blocks go: the document, or the open table cell
        self.rows: list[list[list[Block]]] = []  # the cells of each open table row
        self.lists: list[list] = []  # each open <ol>/<ul>: [numbering type or None, next number]
        self.buffer: list[str] = []
        self.bold: list[bool] = []
        self.prefix = ""  # the number of the <ol> item being read, for its first block
        self.note = False

    def flush(self) -> None:
        text = clean("".join(self.buffer))
        if text:
            if self.prefix:
                text, self.prefix = f"{self.prefix} {text}", ""
            all_bold = bool(self.bold) and all(self.bold)
            heading = (all_bold and word_count(text) <= 15 and not text.endswith((".", ";", "。", "；", "؛", *COMMAS))
                       and not marker(text))
            self.out[-1].append(Block(text, heading=heading, level=3 if heading else 0, note=self.note))
        self.buffer, self.bold, self.note = [], [], False

    def enter(self, node) -> str:
        """What to do when ``node`` ends: "" nothing, or the kind of thing it opened."""
        tag = node.tag
        if tag == "sup" and not self.prefix and not "".join(self.buffer).strip():
            self.note = True  # a block that opens with a superscript mark is a footnote
        if tag not in BLOCKS:
            return ""
        self.flush()
        if tag == "tr":
            self.rows.append([])
            return "row"
        if tag in ("td", "th") and self.rows:
            self.out.append([])
            return "cell"
        if tag in ("ol", "ul"):
            kind = (node.attributes.get("type") or "1") if tag == "ol" else None
            self.lists.append([kind, _int(node.attributes.get("start"), 1)])
            return "list"
        if tag == "li" and self.lists and self.lists[-1][0] is not None:
            numbering = self.lists[-1]
            number = _int(node.attributes.get("value"), numbering[1])
            numbering[1] = number + 1
            self.prefix = _ordinal(number, numbering[0]) + ("." if numbering[0] in ("1", "i", "I") else ")")
        return "block"

    def leave(self, opened: str) -> None:
        self.flush()
        if opened == "cell":
            cell = self.out.pop()
            self.rows[-1].append(cell)
        elif opened == "row":
            self.out[-1].extend(row_blocks(self.rows.pop()))
        elif opened == "list":
            self.lists.pop()

    def heading(self, node) -> None:
        self.flush()
        text = clean(node.text(separator=" "))
        if text:
            if self.prefix:
                text, self.prefix = f"{self.prefix} {text}", ""
            self.out[-1].append(Block(text, heading=True, level=HEADINGS[node.tag]))

    def walk(self, root) -> list[Block]:
        stack = [(root.iter(include_text=True), "", False)]
        while stack:
            children, opened, bold = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if opened:
                    self.leave(opened)
                continue
            tag = child.tag
            if tag == "-text":
                text = child.text(deep=False) or ""
                self.buffer.append(text)
                if text.strip():
                    self.bold.append(bold)
            elif tag in SKIP or tag == "-comment" or (
                    tag in ("div", "ul", "ol", "section", "header", "footer", "aside") and _is_chrome(child)) or (
                    tag in _PAGE_LEVEL and _page_level(child)):
                continue
            elif tag == "br":
                self.flush()
            elif tag in HEADINGS:
                self.heading(child)
            else:
                opened_here = self.enter(child)
                stack.append((child.iter(include_text=True), opened_here, bold or tag in _BOLD))
        self.flush()
        while len(self.out) > 1:  # cells of a row the markup never closed
            cell = self.out.pop()
            self.out[-1].extend(cell)
        return self.out[0]


def _declared_title(tree) -> str:
    node = tree.css_first("title")
    return clean(node.text()) if node is not None else ""


def parse(data: bytes, name: str = "document.html") -> Parsed:
    from selectolax.lexbor import LexborHTMLParser

    text = decode_text(data, name)
    if not re.search(r"<\s*[a-zA-Z!]", text[:4096]):
        raise ParseError(f"{name}: not HTML (no markup found)")
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise ParseError(f"{name}: HTML nested {depth} elements deep, over the limit of {MAX_DEPTH}; not a document page")
    tree = LexborHTMLParser(text)
    mains = tree.css("main, [role=main]")
    # the page's main content, as the page itself marks it; two "main"s say nothing certain
    root = mains[0] if len(mains) == 1 else tree.body or tree.root
    if root is None:
        raise ParseError(f"{name}: not HTML (nothing to read)")
    return Parsed(tuple(_Walker().walk(root)), _declared_title(tree))
