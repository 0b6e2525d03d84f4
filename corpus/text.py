"""Text clean-up shared by every parser: whitespace, bullets, sentences; in the six UN languages."""

from __future__ import annotations

import re
import unicodedata

_ABBREVIATIONS = ("res", "rev", "no", "nos", "para", "paras", "e.g", "i.e", "etc", "art", "doc", "mod", "cf", "vol")
_BULLETS = "•·▪◦‣●○■–-*"

# Chinese writes its clause and sentence punctuation full width: NFKC would turn "，" "：" "；" "！" "？"
# into ASCII, and a quote of a Chinese text would no longer be the text. They are kept; every other
# compatibility form (ligatures, full-width digits, letters and brackets, "．") is folded.
KEPT_FULL_WIDTH = "，：；！？"
_KEPT = re.compile(f"([{KEPT_FULL_WIDTH}])")
# A sentence ends at a Latin ". ! ? ;", the Arabic "؟ ؛" and the Chinese "。！？；" (a comma or a colon
# never ends one: a list introduced by ':' stays with its introduction).
_STOPS = ".!?;"
_WIDE_STOPS = "。！？；؟؛"
_SENTENCE_END = re.compile(rf"(?:(?<=[{_STOPS}{_WIDE_STOPS}])[\"”’)»]*\s+|(?<=[。！？；])[\"”’)」』]*)(?=\S)")
_OPENING = "\"“‘(«„"
# Han ideographs, kana and CJK punctuation: text written without spaces between words.
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20"
CJK = re.compile(f"[{_CJK}]")
# Before and after a number standing on its own: no letter, digit or "_" of a spaced script ("C6", "x2"), though a
# Han character may be there ("路线图2011年更新": Chinese writes no space around a number)
NOT_IN_A_WORD_BEFORE = rf"(?<![^\W{_CJK}])"
NOT_IN_A_WORD_AFTER = rf"(?![^\W{_CJK}])"
CODE = re.compile(rf"(?<![.-]){NOT_IN_A_WORD_BEFORE}[A-Z]{{1,4}}\d{{1,3}}{NOT_IN_A_WORD_AFTER}(?!-)")
"""A code that names a thing ("P3", "C5", "the A2 pilot"), in text of any script ("P3行动方针"); not a conference's
session ("WTDC-10"), nor "ITU-T"."""


def normalize_forms(text: str) -> str:
    """NFKC, except for the full-width punctuation Chinese text keeps."""
    return "".join(part if _KEPT.fullmatch(part) else unicodedata.normalize("NFKC", part) for part in _KEPT.split(text))


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", normalize_forms(text)).strip()


def strip_bullet(line: str) -> str:
    return line.strip().lstrip(_BULLETS).strip()


def caseless(char: str) -> bool:
    """A letter of a script without capitals (Arabic, Chinese)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def opens_like_a_title(text: str) -> bool:
    """Starts with a capital, or with a letter of a script that has no capitals: "Financial", "آليات", "导言"."""
    return bool(text) and (text[0].isupper() or caseless(text[0]))


def word_count(text: str) -> int:
    """Words, counting Chinese (written without spaces) at two characters a word, as a title's or
    heading's length is judged: "信息社会突尼斯议程" is 5 words, not 1."""
    han = len(CJK.findall(text))
    latin = len(CJK.sub(" ", text).split())
    return latin + (han + 1) // 2


def first_word(line: str) -> str:
    """The first word of a line: up to the first space, or its first character in text without spaces."""
    words = line.split()
    if not words:
        return ""
    cjk = CJK.search(words[0])
    return words[0][: cjk.end()] if cjk else words[0]


# An entry's code in a list, a table or an annex: "C5", "K2.3", "D3" ("C5. Building confidence" is no sentence).
ENTRY_CODE = re.compile(r"[A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?")


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a list introduced by ':' stays with its introduction.

    A line break always ends one. Semicolons end a sentence too, because clauses of resolutions and list items on the ITU page
    are joined by them and each is a claim of its own. The Arabic and Chinese stops and semicolons
    end sentences as the Latin ones do; a Chinese one needs no space after it.
    """
    if "\n" in text:
        # Units of the official texts keep each sub-item on a line of its own: a line is never
        # one sentence with the next.
        return [s for line in text.split("\n") for s in split_sentences(line)]
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        following = text[match.end():].lstrip(_OPENING)[:1]
        if not following or following.islower() or not (following.isalnum() or following == "§"):
            continue  # "e.g. the", "… ; - …": a new sentence opens with a capital, a letter without case, a digit or §
        before = text[start:match.start()].rstrip()
        if ENTRY_CODE.fullmatch(before.rstrip(".")):
            continue  # "C5. Building confidence", "K2.3. Support for …": an entry's code, not a sentence
        if before[-1:] in _STOPS:
            last_word = re.split(r"[\s(]", before)[-1].lower().rstrip(".;")
            if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]|[ivx]+|\d+", last_word):
                continue  # "Res. 140", "§ 50 c. ii." are not sentence ends
        pieces.append(text[start:match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]
