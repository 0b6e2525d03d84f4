"""A later part of a question that points back to what the part before identified: "Which resolution took note of
the roadmaps, and what is that resolution about?" asks about the resolution the first part's answer names, not about
any resolution; "…, and how many members does that body have?" about the body it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.support import names_in
from corpus import Unit, load_registry
from corpus.refs import fold
from index.catalog import Catalog


@dataclass(frozen=True)
class BackReference:
    """A demonstrative and a kind of document or citable unit that point to what the part before identified:
    "Which resolution took note of the roadmaps, and what is that resolution about?" asks about whichever
    resolution the first part's answer names, not about any resolution."""

    phrase: str
    """As written in the part ("that resolution")."""
    kind: str
    """What it is: one of :data:`DOCUMENT_KINDS`, a citable unit ("paragraph", "clause", "section"), or NAME: a
    body or publication the answer before names."""
    head: str = ""
    """For NAME: the head its name has ("Office" for "that office"); "" for any body ("that body", "cet organe")."""


NAME = "name"


DOCUMENT_KINDS = ("resolution", "agenda", "roadmap", "document")
"""The kinds a back-reference may name a whole document by; "document" is any of them."""
_BACK_NOUNS = {
    "resolution": r"resolution|résolution|resolución|резолюци\w*|القرار|决议",
    "agenda": r"agenda|declaration|déclaration|declaración|повестк\w*|декларац\w*|البرنامج|الإعلان|议程|宣言",
    "roadmap": r"roadmap|road map|feuille de route|hoja de ruta|дорожн\w+ карт\w*|خارطة الطريق|路线图",
    "document": r"document|documento|документ\w*|الوثيقة|文件",
    "paragraph": r"paragraph|paragraphe|párrafo|пункт\w*|الفقرة|段",
    "clause": r"clause|alinéa|apartado|cláusula|положени\w*|البند|条款",
    "section": r"section|sección|раздел\w*|القسم|节",
}
# What a body or a publication is called, when the part before's answer names it ("Which body adopted the statute,
# and how many members does that body have?"): an answer's name whose head is that noun, or for the nouns that
# name any body, one whose head names a body. English, French and Spanish; the other languages' demonstratives
# are read for documents only.
_BODY_HEADS = frozenset("""Board Committee Council Group Office Bank Network Commission Union Bureau Secretariat Agency
    Organization Organisation Association Alliance Consortium Institute Programme Fund Facility Conference Assembly
    Forum Sector Platform""".split())
_ANY_BODY = r"body|institution|organi[sz]ation|entity|organ|organe|organisme|órgano|organismo|institución|entidad|organización"
_NAMED = {
    "Office": r"office|bureau|oficina", "Bank": r"bank|banque|banco", "Report": r"report|rapport|informe",
    "Network": r"network|réseau|red", "Committee": r"committee|comité", "Group": r"group|groupe|grupo",
    "Forum": r"forum|foro", "Fund": r"fund|fonds|fondo", "Register": r"register|registre|registro",
    "Platform": r"platform|plateforme|plataforma", "Board": r"board|conseil|junta", "Council": r"council|consejo",
    "Conference": r"conference|conférence|conferencia", "Facility": r"facility|mécanisme|mecanismo",
    "Programme": r"programme|program|programa", "Commission": r"commission|comisión",
}
_NOUN = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _BACK_NOUNS.items())
_NAMED_NOUN = f"(?P<any>{_ANY_BODY})|" + "|".join(f"(?P<{head}>{pattern})" for head, pattern in _NAMED.items())
# The demonstratives that point back, before the noun (after it, as in Arabic's "القرار نفسه", is left out: rare).
_DEMONSTRATIVE = {
    "en": r"\b(?:that|this|the said|the same|the latter)\s+",
    "fr": r"\b(?:cette|ce|cet|ladite|ledit|la même|le même)\s+",
    "es": r"\b(?:esa|esta|ese|este|dicha|dicho|la misma|el mismo)\s+",
    "ru": r"\b(?:эт(?:а|у|ой|от|ом|ого|им)|т(?:а|у|ой|от|ом|ого)|данн\w+|указанн\w+)\s+",
    "ar": r"(?:هذا|ذلك|هذه|تلك)\s+",
    "zh": r"(?:该|这项|这一|那项|此|这个|那个|上述)\s*",
}
_TO_DOCUMENT = {lang: re.compile(rf"{words}(?:{_NOUN})" + (r"\b" if lang in ("en", "fr", "es") else ""), re.IGNORECASE)
                for lang, words in _DEMONSTRATIVE.items()}
_TO_NAME = {lang: re.compile(rf"{_DEMONSTRATIVE[lang]}(?:{_NAMED_NOUN})\b", re.IGNORECASE) for lang in ("en", "fr", "es")}
# "that paragraph 72 …", "ce paragraphe 3": a reference by number, read as one
_NUMBERED = re.compile(r"\s*(?:\d|§|\(?[a-z]\)|[ivx]+\b)", re.IGNORECASE)


def back_reference(text: str, lang: str) -> BackReference | None:
    """The part's demonstrative pointing back to a document, a unit or a body the part before identified, if any."""
    match = _search(_TO_DOCUMENT, text, lang)
    if match:
        if _NUMBERED.match(text, match.end()):
            return None
        return BackReference(match[0], next(kind for kind in _BACK_NOUNS if match[kind]))
    match = _search(_TO_NAME, text, lang)
    if match:
        return BackReference(match[0], NAME, "" if match["any"] else next(h for h in _NAMED if match[h]))
    return None


def _search(patterns: dict[str, re.Pattern], text: str, lang: str) -> re.Match | None:
    pattern = patterns.get(lang)
    return pattern.search(text) if pattern else None


# A resolution named by its number as the question's language names one, so that the part is read as naming it.
_RESOLUTION_NAME = {"en": "Resolution {n}", "fr": "résolution {n}", "es": "resolución {n}", "ru": "резолюция {n}",
                    "ar": "القرار {n}", "zh": "第{n}号决议"}


def body_named(head: str, before: Sequence[Unit], question: str) -> str | None:
    """The first name the units ``before`` state that the question does not and whose head is ``head`` (any body's
    for ""): "the Board of Governors" of "…that the Board of Governors of the Fund adopted its statute"."""
    asked = fold(question)
    for unit in before:
        for entity in names_in(unit.text):
            if fold(entity.name) in asked:
                continue
            if entity.head == head or (not head and entity.head in _BODY_HEADS):
                return _less_what_is_asked(entity.name, asked)
    return None


def _less_what_is_asked(name: str, asked: str) -> str:
    """"the Board of Governors" of "the Board of Governors of the Regional Connectivity Fund" when the question
    names the Fund: what it belongs to is said already."""
    head, sep, tail = name.rpartition(" of the ")
    return head if sep and fold(tail) in asked else name


def document_name(fam: str, kind: str, catalog: Catalog, lang: str) -> str | None:
    """What a question calls document ``fam`` by, when it is of ``kind``; None when it is not."""
    held, registered = catalog.documents.get(fam), load_registry().get(fam)
    known = held or registered
    if known is None or known.kind not in DOCUMENT_KINDS or (kind != "document" and known.kind != kind):
        return None
    if known.kind == "resolution" and known.number:
        return _RESOLUTION_NAME.get(lang, _RESOLUTION_NAME["en"]).format(n=known.number)
    return catalog.short_in(fam, lang) if registered else catalog.short(fam)
