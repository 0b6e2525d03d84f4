"""What an acronym stands for: a question that asks only that ("What is WSIS?", "Qu'est-ce que le SMSI ?",
"什么是UNGIS？"), and a text that spells one out ("the World Summit on the Information Society",
"international Internet connectivity (IIC)").

On the ITU page every unit says "WSIS" and none says what it is: a unit that merely uses an acronym does
not answer what it stands for, however close its cosine.
"""

from __future__ import annotations

import re

from corpus.glossary import ACRONYMS, NAME, TERMS, UNCOUNTED, in_english

# The question is the frame and the acronym, nothing else ("What is the IGF?", not "What is the IGF's mandate?").
_ASKS = [re.compile(p, re.IGNORECASE) for p in (
    r"^(?:what|who)(?:\s+(?:is|are|was|were)|['’]s)\s+(?:the\s+|an?\s+)?(?P<x>[^\s?]+?)\s*\??$",
    r"^what\s+(?:does|do|did)\s+(?:the\s+)?(?P<x>[^\s?]+)\s+(?:stand\s+for|mean)\s*\??$",
    r"^(?:define|explain)\s+(?:the\s+)?(?P<x>[^\s?.]+)\s*[.?]?$",
    r"^(?:qu['’]est[- ]ce\s+(?:que|qu['’])\s*|que\s+(?:signifie|veut\s+dire)\s+|c['’]est\s+quoi\s+)"
    r"(?:(?:le|la|les)\s+|l['’])?(?P<x>[^\s?]+?)\s*\??$",
    r"^¿?\s*(?:qu[ée]\s+(?:es|son|significa|quiere\s+decir)|cu[áa]l\s+es\s+el\s+significado\s+de)\s+"
    r"(?:(?:el|la|los|las)\s+)?(?P<x>[^\s?]+?)\s*\??$",
    r"^(?:что\s+такое|что\s+(?:означает|значит)|как\s+расшифровывается)\s+(?P<x>[^\s?]+?)\s*\??$",
    r"^(?:ما\s+(?:هو|هي)|ما\s+معنى|ماذا\s+يعني|ما\s+المقصود\s+ب)\s*(?P<x>[^؟?]+?)\s*[؟?]?$",
    r"^(?:什么是|何为)\s*(?P<x>[^？?]+?)\s*[？?]?$",
    r"^(?P<x>[^？?\s]+?)\s*(?:是什么|指什么|是指什么)(?:意思)?\s*[？?]?$",
    r"^(?P<x>[^\s?？؟]+)\s*[?？؟]?$",  # the acronym alone: "WSIS", "UNGIS?"
)]
_ACRONYM = re.compile(r"^[A-Z]{2,10}$")
_KNOWN = frozenset(a for a in (*ACRONYMS, *TERMS) if _ACRONYM.match(a))


def acronym_asked(question: str) -> str | None:
    """The acronym whose meaning the question asks, in its English form ("SMSI", "ВВУИО" -> "WSIS"), or None."""
    text = " ".join(question.split())
    for pattern in _ASKS:
        match = pattern.match(text)
        if match:
            return _english_acronym(match["x"].strip(" \"'“”«»"))
    return None


def _english_acronym(name: str) -> str | None:
    if name.upper() in _KNOWN:  # "what is wsis": an acronym the glossary knows, typed in lower case
        name = name.upper()
    if _ACRONYM.match(name):
        # "SMSI" is WSIS in French; an acronym the glossary does not know is its own English form
        english = [t for t in in_english(name) if _ACRONYM.match(t)]
        return english[0] if english and name not in ACRONYMS else name
    # A name of it in another script ("القمة العالمية لمجتمع المعلومات", "信息社会世界峰会"), as the glossary has it
    forms = [english for english, variants in TERMS.items() if _ACRONYM.match(english) and any(
        v.casefold() == name.casefold() for v in variants)]
    return forms[0] if forms else None


_WORD = re.compile(r"[^\W\d_][\w-]*")

_ELIDED = re.compile(r"^(?:[ldjmnst]|qu)['’]", re.IGNORECASE)


def spells_out(text: str, acronym: str) -> bool:
    """Whether ``text`` gives ``acronym`` in full: words whose initials make it, either each capitalised
    ("United Nations Group in Information Society") or followed by the acronym in brackets
    ("international Internet connectivity (IIC)"); or a name of capitalised words that the text introduces
    it with, whose initials are its letters in another language's order ("Telecommunication Development
    Bureau (BDT)", from the French "Bureau de développement des télécommunications")."""
    for match in re.finditer(rf"({NAME})\s*\(\s*{re.escape(acronym)}\s*\)", text):
        named = [w for w in _WORD.findall(match[1]) if w.casefold() not in UNCOUNTED][-len(acronym):]
        if sorted(w[0].casefold() for w in named) == sorted(acronym.casefold()):
            return True
    words = [(m.start(), m.end(), _ELIDED.sub("", m[0])) for m in _WORD.finditer(text)]
    letters = acronym.casefold()
    for i in range(len(words)):
        end = _expansion_end(words, i, letters)
        if end is None:
            continue
        span = [w for _, _, w in words[i:end] if w.casefold() not in UNCOUNTED]
        after = text[words[end - 1][1]:words[end - 1][1] + len(acronym) + 4]
        if all(w[0].isupper() for w in span) or re.match(rf"\s*\(\s*{re.escape(acronym)}\b", after):
            return True
    return False


def _expansion_end(words: list[tuple[int, int, str]], start: int, letters: str) -> int | None:
    """The index past the last word of an expansion of ``letters`` that starts at word ``start``, or None."""
    j, k = start, 0
    while j < len(words) and k < len(letters):
        word = words[j][2]
        if word.casefold() in UNCOUNTED and k:
            j += 1
            continue
        if word[0].casefold() != letters[k]:
            return None
        j, k = j + 1, k + 1
    return j if k == len(letters) else None
