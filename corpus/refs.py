"""References to paragraphs and resolutions, in documents and in questions.

"§ 27 and 50 c ii of TAIS", "paragraphs 112 to 115 of the Tunis Agenda", "WTDC Resolution 30":
the same parser reads the page's bullets (to record what a unit is about) and a delegate's
question (to rank the unit it names first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.registry import resolution_doc_id


@dataclass(frozen=True)
class Ref:
    """``doc`` None means "paragraph N of whichever document"; ``locator`` None means the whole doc."""

    doc: str | None
    locator: str | None

    def matches(self, unit_id: str, unit_refs: tuple[str, ...]) -> bool:
        for target in (unit_id, *unit_refs):
            doc, _, loc = target.partition(":")
            if self.locator is None:
                if doc == self.doc:
                    return True
            elif loc == self.locator and (self.doc is None or doc == self.doc):
                return True
        return False


DOC_NAMES = {
    "tais": r"tunis\s+agenda|\btais\b",
    "tunis-commitment": r"tunis\s+commitment",
    "geneva-declaration": r"geneva\s+declaration|declaration\s+of\s+principles",
    "geneva-plan": r"(?:geneva\s+)?plan\s+of\s+action",
}
BODY_NAMES = {
    "PP": r"plenipotentiary|\bpp(?:-?\d{2})?\b",
    "WTDC": r"\bwtdc",
    "WTSA": r"\bwtsa",
    "Council": r"\bcouncil\b",
}

_NUM = r"\d{1,3}"
_SUB = r"(?:\s*\(?[a-z]\)?(?![a-z]))?(?:\s*\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)?(?![a-z]))?"
_PARA_WORD = r"(?:§§?|paragraphs?|paras?\.?|pars?\.)"
PARA_RE = re.compile(
    rf"{_PARA_WORD}\s*(?P<first>{_NUM}){_SUB}"
    rf"(?P<rest>(?:\s*(?:,|and|to|through|–|-|&)\s*(?:§\s*)?{_NUM}{_SUB})*)",
    re.IGNORECASE,
)
NEXT_RE = re.compile(rf"(?P<sep>,|and|to|through|–|-|&)\s*(?:§\s*)?(?P<num>{_NUM})", re.IGNORECASE)
ANNEX_RE = re.compile(r"\bannex\b", re.IGNORECASE)
RESOLUTION_RE = re.compile(r"\b(?:resolution|res\.?)\s*(?P<num>\d{1,4})\b", re.IGNORECASE)


def paragraph_numbers(text: str) -> list[str]:
    """Every paragraph number a text names, ranges expanded: "§ 112 to § 115" -> 112..115."""
    numbers: list[str] = []
    for match in PARA_RE.finditer(text):
        previous = int(match["first"])
        numbers.append(str(previous))
        for nxt in NEXT_RE.finditer(match["rest"]):
            current = int(nxt["num"])
            if nxt["sep"].lower() in {"to", "through", "–", "-"} and previous < current <= previous + 50:
                numbers.extend(str(n) for n in range(previous + 1, current + 1))
            else:
                numbers.append(str(current))
            previous = current
    return list(dict.fromkeys(numbers))


def named_document(text: str) -> str | None:
    for doc, pattern in DOC_NAMES.items():
        if re.search(pattern, text, re.IGNORECASE):
            return doc
    return None


def named_body(text: str) -> str | None:
    for body, pattern in BODY_NAMES.items():
        if re.search(pattern, text, re.IGNORECASE):
            return body
    return None


def find_refs(text: str) -> tuple[Ref, ...]:
    """The paragraphs, annexes and resolutions a text names explicitly."""
    doc = named_document(text)
    refs = [Ref(doc, number) for number in paragraph_numbers(text)]
    if ANNEX_RE.search(text) and (doc in (None, "tais")):
        refs.append(Ref("tais", "annex"))
    for match in RESOLUTION_RE.finditer(text):
        # Only the words just before "Resolution" say whose it is: "WTDC Resolution 30".
        body = named_body(text[max(0, match.start() - 30):match.start()])
        refs.append(Ref(resolution_doc_id(match["num"], body), None))
    return tuple(dict.fromkeys(refs))


def whole_documents(text: str, refs: tuple[Ref, ...] | None = None) -> tuple[str, ...]:
    """Documents a text names as a whole, not by paragraph: "Resolution 172", "the Geneva Plan of Action".

    ``refs``: the text's ``find_refs``, when the caller has them already."""
    refs = find_refs(text) if refs is None else refs
    docs = [ref.doc for ref in refs if ref.locator is None]
    if not refs:
        docs.append(named_document(text))
    return tuple(dict.fromkeys(doc for doc in docs if doc))


_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def years(text: str) -> list[int]:
    """The years a text names: "December 2025" -> [2025]."""
    return [int(y) for y in _YEAR_RE.findall(text)]


def ref_ids(refs: tuple[Ref, ...], default_doc: str) -> tuple[str, ...]:
    """Refs as the ids a unit records: ``tais:96`` or a whole document ``pp-res-140``."""
    out = []
    for ref in refs:
        doc = ref.doc or default_doc
        out.append(doc if ref.locator is None else f"{doc}:{ref.locator}")
    return tuple(dict.fromkeys(out))


_ASKS_FOR_TEXT = re.compile(
    r"\b(?:resolv\w*|instruct\w*|invit\w*|decid\w*|says?|said|state[sd]?|clauses?|operative|provisions?|"
    r"wording|text|contains?|contents?|calls?\s+(?:on|for|upon)|asks?|requests?|urges?)\b",
    re.IGNORECASE,
)


def asks_for_text(question: str) -> bool:
    """Whether a question asks what a document itself says ("what does Resolution 172 resolve?"),
    which a one-line summary of it cannot answer, rather than what it is about."""
    return bool(_ASKS_FOR_TEXT.search(question))
