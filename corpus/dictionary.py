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
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from corpus.refs import fold

DICTIONARY = Path(__file__).parent / "data" / "dictionary.tsv"
LANGS = ("fr", "es", "ru", "ar", "zh")

_SHORT = {"fr": 4, "es": 4, "ru": 4, "ar": 3}
"""Forms shorter than this are whole words, not the start of one: "пол" (sex) starts "политика", "два" starts
"двадцать", "خط" (line) starts "خطة" (plan). French and Spanish may say them in the plural ("años")."""
_ARABIC_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "ولل", "وبال")
"""What an Arabic word may carry before its base, tried from none up: "لجنة" is a word of its own before it is
"ل" + "جنة"."""
_ARABIC_ENDINGS = ("", "ة", "ات", "ية", "ي", "ها", "هم")
"""What may follow an Arabic form that folds to start as the article does ("ألف" -> "الف", "إلكتروني" -> "الكتروني"):
"الكترونية" is electronic; "الفنية" is not a thousand."""
_WORD = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?:19|20)\d{2}")


@lru_cache(maxsize=2048)
def english_senses(text: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """For each form of the dictionary ``text`` uses, once, the English words it may stand for: "prêts" ->
    ("loan", "lending"). A text holds the question's word when it holds any of them."""
    table = _table(lang)
    if table is None:
        return ()
    folded = fold(text)
    if lang == "zh":
        return tuple(dict.fromkeys(table.english[form] for form in _in_chinese(folded, table)))
    return tuple(dict.fromkeys(_in_words(_WORD.findall(folded), lang, table)))


def senses_at_start(text: str, lang: str) -> tuple[str, ...]:
    """The English words of the dictionary's form ``text`` begins with ("ville de …" -> ("city",)), or none:
    the word a question asks "which …?" of, read on its own."""
    table = _table(lang)
    folded = fold(text).strip()
    if table is None or not folded:
        return ()
    if lang == "zh":
        form = _longest_at(folded, 0, table)
    else:
        words = _WORD.findall(folded)[:8]
        phrase = _phrase_at(words, 0, lang, table) if words else None
        form = " ".join(phrase) if phrase else (_form_of(words[0], lang, table) if words else None)
    return table.english[form] if form else ()


@dataclass(frozen=True)
class _Table:
    english: dict[str, tuple[str, ...]]
    """Form -> the English words it stands for."""
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    """First word of a form of several words -> those forms' words, longest first."""
    longest: int


def _in_chinese(text: str, table: _Table) -> list[str]:
    """The longest form at each place, left to right: Chinese is written without spaces."""
    found, i = [], 0
    while i < len(text):
        form = _longest_at(text, i, table)
        if form:
            found.append(form)
        i += len(form) if form else 1
    return found


def _longest_at(text: str, i: int, table: _Table) -> str | None:
    """The longest form of two characters or more at ``text[i]``."""
    return next((text[i:i + n] for n in range(min(table.longest, len(text) - i), 1, -1) if text[i:i + n] in table.english),
                None)


def _in_words(words: list[str], lang: str, table: _Table) -> list[tuple[str, ...]]:
    """The English words of each form, left to right."""
    found, i = [], 0
    while i < len(words):
        phrase = _phrase_at(words, i, lang, table)
        if phrase:
            found.append(table.english[" ".join(phrase)])
            i += len(phrase)
            continue
        form = _form_of(words[i], lang, table)
        if form:
            senses = table.english[form]
            if "year" in senses and i + 1 < len(words) and _YEAR.fullmatch(words[i + 1]):
                senses = ("year",)  # "لعام 2010" is "of the year 2010", not also "public" or "general"
            found.append(senses)
        i += 1
    return found


def _phrase_at(words: list[str], i: int, lang: str, table: _Table) -> tuple[str, ...] | None:
    """A form of several words starting at ``words[i]``, each of its words the start of the text's word there
    ("feuille de route" in "feuilles de route", "дорожн карт" in "дорожной карты", "خريطة طريق" in "خريطة الطريق")."""
    for first in _starts(words[i], lang):
        for phrase in table.phrases.get(first, ()):
            rest = words[i + 1:i + len(phrase)]
            if len(rest) == len(phrase) - 1 and all(
                    w in _starts(t, lang) for w, t in zip(phrase[1:], rest, strict=True)):
                return phrase
    return None


def _form_of(word: str, lang: str, table: _Table) -> str | None:
    """The longest form that starts the word (or is the whole word, when it is short). In Arabic, a base that is a
    form whole comes before one a form only starts: "الفترة" is the article and "فترة" (period), not "ألف"
    (thousand, which folds to "الف") and the rest of a word."""
    bases = _bases(word, lang)
    whole = next((base for base in bases if base in table.english), None) if lang == "ar" else None
    if whole:
        return whole
    for base in bases:
        for n in range(len(base), 0, -1):
            form, rest = base[:n], base[n:]
            if form in table.english and (not rest or n >= _SHORT[lang] or (lang in ("fr", "es") and rest in ("s", "es"))):
                if lang == "ar" and form.startswith("ال") and rest not in _ARABIC_ENDINGS:
                    continue  # "الفنية" is the article and "فنية", not "ألف" and the rest of a word
                return form
    return None


def _starts(word: str, lang: str) -> list[str]:
    """Every start of the word (of its base, in Arabic), longest first."""
    return [base[:n] for base in _bases(word, lang) for n in range(len(base), 0, -1)]


def _bases(word: str, lang: str) -> list[str]:
    if lang != "ar":
        return [word]
    return [word[len(c):] for c in _ARABIC_CLITICS if word.startswith(c) and len(word) > len(c)]


@cache
def _table(lang: str) -> _Table | None:
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
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for form in english:
        words = tuple(form.split())
        if len(words) > 1 and lang != "zh":
            phrases.setdefault(words[0], []).append(words)
    return _Table({form: tuple(en) for form, en in english.items()},
                  {first: tuple(sorted(ws, key=len, reverse=True)) for first, ws in phrases.items()},
                  max(len(form) for form in english))


@cache
def english_words() -> frozenset[str]:
    """The English words the dictionary reads questions into, casefolded: the texts' ordinary words ("regional",
    "university"), which a name is not ("Tallmoor")."""
    return frozenset(w for line in _lines() for w in line.split("\t", 1)[0].casefold().split())


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
