"""English verbs whose past forms the stemmer keeps apart from their base ("held" and "hold", "built" and "build").

A question and a text name one act in either form: "When is the review to be held?" of "We decide to hold a mid-term
review …", "On what will the indices be built?" of "which will build upon …". Read as one word where a unit is checked
for the question's words and where the sentence to quote is chosen; not in search: searched by these, BM25 ranked the
held-out documents' units worse (benchmarks/README.md).
"""

from __future__ import annotations

import re

from index.lexical import tokenize

_IRREGULAR = {form: base for base, forms in {
    "build": "built", "hold": "held", "make": "made", "lead": "led", "meet": "met", "pay": "paid", "send": "sent",
    "spend": "spent", "seek": "sought", "take": "took taken", "give": "gave given", "choose": "chose chosen",
    "write": "wrote written", "bring": "brought", "keep": "kept", "begin": "began begun", "draw": "drew drawn",
    "grow": "grew grown", "know": "knew known", "show": "showed shown", "tell": "told", "think": "thought",
    "undertake": "undertook undertaken", "win": "won", "buy": "bought", "become": "became", "rise": "rose risen",
    "stand": "stood", "lend": "lent", "sell": "sold", "teach": "taught",
}.items() for form in forms.split()}
_IRREGULAR_RE = re.compile(rf"\b(?:{'|'.join(_IRREGULAR)})\b", re.IGNORECASE)
# The same, as the index stems them: "held" -> "hold" (of those that are not stop words)
_BASE_STEM = {stems[0]: based[0] for stems, based in ((tokenize(form, "en"), tokenize(base, "en"))
                                                     for form, base in _IRREGULAR.items()) if stems and based}


def base_forms(text: str) -> str:
    """``text`` with the past forms of irregular English verbs as their base: "built" -> "build"."""
    return _IRREGULAR_RE.sub(lambda m: _IRREGULAR[m[0].lower()], text)


def same_verb(term: str, held: frozenset[str]) -> bool:
    """Whether ``held`` (a unit's stemmed terms) holds the verb ``term`` is a form of, in another form."""
    base = _BASE_STEM.get(term, term)
    return base in held or any(form in held for form, of in _BASE_STEM.items() if of == base and form != term)
