"""The English words a question in another UN language uses, by a dictionary of the texts' vocabulary.

The texts are English; a delegate asks in French, Arabic or Chinese. The WSIS glossary (corpus/glossary.py)
knows the summit's own terms and names; this dictionary knows the ordinary words of the texts and of
delegates' questions ("plafond" -> "limit", "prêts" -> "loans", "مدرسة" -> "school"), so that the words of a
question in another language can be checked against an English text as an English question's are. This is
dictionary-based query translation: each form stands for its English word wherever it occurs, with no
sense chosen from context, so a form is listed only where it rarely means anything else.

``data/dictionary.tsv``: one English word a line, then its forms in French, Spanish, Russian, Arabic and
Chinese, several to a cell separated by "|". French, Spanish and Russian forms are the start of a word
("financ" for financement, financer); Arabic forms are a word's base, after the article and the clitics
a word may carry ("دول" in "والدول"); Chinese forms are found anywhere in the text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from corpus.refs import fold

DICTIONARY = Path(__file__).parent / "data" / "dictionary.tsv"
LANGS = ("fr", "es", "ru", "ar", "zh")

_SHORT = {"fr": 4, "es": 4, "ru": 4, "ar": 3, "zh": 1}
"""Forms shorter than this are whole words only."""
_ARABIC_CLITICS = "(?:[وف])?(?:[بلك])?(?:ال|لل)?"


def english_words(text: str, lang: str) -> tuple[str, ...]:
    """The English words ``text`` (a question in ``lang``) uses forms of, in the order it uses them."""
    return tuple(dict.fromkeys(word for words in english_senses(text, lang) for word in words))


def english_senses(text: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """For each form of the dictionary ``text`` uses, once, the English words it may stand for: "prêts" ->
    ("loan", "lending"). A text holds the question's word when it holds any of them."""
    matcher = _matcher(lang)
    if matcher is None:
        return ()
    pattern, english, forms = matcher
    found: dict[str, tuple[str, ...]] = {}
    for match in pattern.finditer(fold(text)):
        form = next(f for f, group in zip(forms, match.groups(), strict=True) if group is not None)
        found.setdefault(form, english[form])
    return tuple(found.values())


def _form_pattern(form: str, lang: str) -> str:
    """A form as it is found in a folded text, in a group of its own.

    - Chinese: anywhere.
    - Each word of a form of several ("feuille de route", "дорожн карт", "خريطة طريق"): the start of a word, which
      may go on ("feuilles de route", "дорожной карты") and in Arabic carry the article ("خريطة الطريق").
    - A short word ("пол", "año"): a whole word, which French and Spanish may say in the plural ("años"): "пол"
      (sex) starts "политика", "два" starts "двадцать", "خط" (line) starts "خطة" (plan).
    """
    if lang == "zh":
        return f"({re.escape(form)})"
    words = form.split()
    if len(words) > 1:
        gap = rf"\w*\s+{_ARABIC_CLITICS}" if lang == "ar" else r"\w*\s+"
        return "(" + gap.join(re.escape(w) for w in words) + ")"
    if len(form) < _SHORT[lang]:
        plural = "(?:s|es)?" if lang in ("fr", "es") else ""
        return rf"({re.escape(form)}){plural}(?!\w)"
    return f"({re.escape(form)})"


@cache
def _matcher(lang: str) -> tuple[re.Pattern, dict[str, tuple[str, ...]], tuple[str, ...]] | None:
    if lang not in LANGS:
        return None
    english: dict[str, list[str]] = {}
    for en, forms in _entries(lang):
        for form in forms:
            english.setdefault(form, [])
            if en not in english[form]:
                english[form].append(en)
    if not english:
        return None
    # Longest forms first: "point focal" before "point". A short form is a whole word, not the start of one:
    # "пол" (sex) starts "политика", "два" starts "двадцать", "خط" (line) starts "خطة" (plan)
    ordered = tuple(sorted(english, key=len, reverse=True))
    alternatives = "|".join(_form_pattern(f, lang) for f in ordered)
    if lang == "zh":
        pattern = f"(?:{alternatives})"
    elif lang == "ar":
        pattern = rf"(?<![\w]){_ARABIC_CLITICS}(?:{alternatives})"
    else:
        pattern = rf"(?<![\w])(?:{alternatives})"
    return re.compile(pattern), {form: tuple(en) for form, en in english.items()}, ordered


def _entries(lang: str) -> list[tuple[str, tuple[str, ...]]]:
    column = 1 + LANGS.index(lang)
    out = []
    for line in _lines():
        cells = line.split("\t")
        if len(cells) != 1 + len(LANGS) or not cells[0].strip():
            continue
        forms = tuple(dict.fromkeys(f for f in (fold(v.strip()) for v in cells[column].split("|")) if f))
        if forms:
            out.append((cells[0].strip(), forms))
    return out


@cache
def _lines() -> tuple[str, ...]:
    if not DICTIONARY.is_file():
        return ()
    return tuple(line for line in DICTIONARY.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))
