"""References to paragraphs, resolutions and documents, in documents and in questions, in six languages.

"§ 27 and 50 c ii of TAIS", "paragraphs 112 to 115 of the Tunis Agenda", "WTDC Resolution 30",
"paragraphe 72 de l'Agenda de Tunis", "párrafos 112 a 115", "пункт 72", "الفقرة 72", "第72段",
"第140号决议": the same parser reads the page's bullets (to record what a unit is about) and a
delegate's question (to rank the unit it names first).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from corpus.bodies import BODY_PATTERNS
from corpus.lang import detect
from corpus.registry import load_registry, resolution_doc_id


@dataclass(frozen=True)
class Ref:
    """``doc`` None means "paragraph N of whichever document"; ``locator`` None means the whole doc."""

    doc: str | None
    locator: str | None

    def matches(self, unit_id: str, unit_refs: tuple[str, ...]) -> bool:
        for target in (unit_id, *unit_refs):
            doc, _, loc = target.partition(":")
            if self.locator is None:
                if doc == self.doc or (self.doc and family(doc) == self.doc):
                    return True
            elif _same_locator(loc, self.locator) and (self.doc is None or doc == self.doc or family(doc) == self.doc):
                return True
        return False


def _same_locator(unit_locator: str, wanted: str) -> bool:
    """``resolves-2`` is ``resolves-2``; a clause named by the start of its part ("instructs the Director 1",
    ``instructs-the-director*-1``) is any clause of a part that starts so, with that number."""
    if "*" not in wanted:
        # the parts of a paragraph cut for its length ("96~2") are that paragraph too
        return unit_locator == wanted or unit_locator.startswith(f"{wanted}~")
    head, _, tail = wanted.partition("*")
    return unit_locator.startswith(head) and unit_locator.endswith(tail) and len(unit_locator) >= len(head) + len(tail)


# "resolves 2", "recalling a)", "instructs the Secretary-General 1", "invites Member States 3":
# a clause of a resolution, named by its part's opening words and its number or letter.
CLAUSE_RE = re.compile(
    r"\b(?P<part>(?:further\s+)?(?:recalling|considering|recogni[sz]ing|noting(?:\s+with\s+\w+)?|bearing\s+in\s+mind"
    r"|resolves|decides|instructs(?:\s+the)?(?:\s+(?:[A-Z][\w-]*|of|the)){0,8}|invites(?:\s+(?:[A-Z][\w-]*|the)){0,4}"
    r"|requests(?:\s+(?:[A-Z][\w-]*|the)){0,4}|encourages(?:\s+(?:[A-Z][\w-]*|the)){0,4}"
    r"|urges(?:\s+(?:[A-Z][\w-]*|the)){0,4}"
    r"|calls\s+upon(?:\s+(?:[A-Z][\w-]*|the)){0,4}))"
    r"\s*(?:,\s*)?(?:(?:paragraph|clause|item|point)\s+)?\(?(?P<item>\d{1,2}|[a-z])\)?(?![\w-])"
)
_QUOTED_PART = re.compile(
    r"[\"'‘“](?P<part>recalling|considering|recogni[sz]ing|noting|resolves|decides)[\"'’”]\s+part", re.IGNORECASE,
)


# The same parts in the other five languages (as ``fold`` writes them: lower case, no accents), with the
# English opening words their clauses' locators carry: "el resuelve 7" is ``resolves-7``.
_PARTS_ELSEWHERE = (
    ("resolves", r"decide|resuelve|решает|يقرر|做出决议"),
    ("instructs-the-secretary-general",
     r"charge le secretaire general|encarga al secretario general|поручает генеральному секретарю"
     r"|يكلف الامين العام|责成秘书长"),
    ("instructs-the-director", r"charge le directeur|encarga al director|поручает директору|يكلف مدير|责成\w{0,12}主任"),
    ("instructs-the-council", r"charge le conseil|encarga al consejo|поручает совету|يكلف المجلس|责成理事会"),
    ("invites-member-states", r"invite les etats membres|invita a los estados miembros|предлагает государствам-членам"
                              r"|يدعو الدول الاعضاء|请各?成员国"),
    ("recalling", r"rappelant|recordando|напоминая|اذ يشير|忆及"),
    ("considering", r"considerant|considerando|учитывая|اذ يضع في اعتباره|考虑到"),
    ("recognizing", r"reconnaissant|reconociendo|признавая|اذ يدرك|认识到"),
    ("noting", r"notant|observando|отмечая|اذ يلاحظ|注意到"),
)
# Letters of a list in Cyrillic and Arabic (abjad) order: "б)" and "ب)" are b).
_LIST_LETTERS = str.maketrans("абвгдежзик" "ابجدهوزحطي" "أ", "abcdefghij" "abcdefghij" "a")
_ITEM = (r"\s*[,،]?\s*(?:(?:point|punto|пункт\w*|الفقرة|البند|第)\s*)?[«»\"'“”‘’]?\s*"
         r"\(?(?P<item>\d{1,2}|[a-zа-к](?=\))|[ا-ي](?=\)))\)?")
_CLAUSE_ELSEWHERE = [
    (slug, re.compile(rf"(?<![a-zа-я])(?:{words})[«»\"'“”‘’]?{_ITEM}(?![\d-])|(?:point|punto|пункт\w*|الفقرة|البند|第)\s*"
                      rf"(?P<item2>\d{{1,2}})\s*段?\s*(?:du|del|de la|раздела|من)?\s*[«»\"'“”‘’]?\s*(?:{words})"))
    for slug, words in _PARTS_ELSEWHERE
]


# "the second instruction to the Secretary-General", "the first invitation to Member States", "the third
# resolves", "operative paragraph 4", "the second considering paragraph": a clause named by its place in
# its part. Operative parts number their clauses, the preamble's are lettered: "the second considering" is
# considering b). An ITU resolution's operative part is "resolves": "operative paragraph 4" is resolves 4.
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL = r"(?P<ord>" + "|".join(_ORDINALS) + r"|(?:1st|2nd|3rd|[4-9]th|10th))"
_ADDRESSEE = r"(?P<who>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the)){0,8})"
_BY_PLACE = (
    ("instructs", re.compile(rf"\bthe\s+{_ORDINAL}\s+instructions?\s+(?:given\s+|addressed\s+)?to\s+{_ADDRESSEE}")),
    ("invites", re.compile(rf"\bthe\s+{_ORDINAL}\s+invitations?\s+(?:addressed\s+)?to\s+{_ADDRESSEE}")),
    ("requests", re.compile(rf"\bthe\s+{_ORDINAL}\s+requests?\s+(?:addressed\s+)?to\s+{_ADDRESSEE}")),
    ("encourages", re.compile(rf"\bthe\s+{_ORDINAL}\s+encouragements?\s+(?:addressed\s+)?to\s+{_ADDRESSEE}")),
    ("resolves", re.compile(rf"\bthe\s+{_ORDINAL}\s+(?:(?:clause|paragraph)\s+of\s+)?(?:resolves|operative\s+"
                            r"(?:paragraph|clause))\b|\boperative\s+(?:paragraph|clause)\s+(?P<num>\d{1,2})(?![\w-])",
                            re.IGNORECASE)),
)
_PREAMBLE_BY_PLACE = re.compile(
    rf"\bthe\s+{_ORDINAL}\s+(?:(?:clause|paragraph)\s+of\s+)?(?P<part>recalling|considering|recogni[sz]ing|noting"
    r"|bearing\s+in\s+mind)\b", re.IGNORECASE)


def _place(match: re.Match) -> int:
    """1 for "first" or "1st"."""
    word = match["ord"].lower()
    return _ORDINALS.index(word) + 1 if word in _ORDINALS else int(re.sub(r"\D", "", word))


def _clauses_by_place(text: str) -> list[str]:
    """Locators of the clauses an English text names by their place in their part (``_BY_PLACE``), when it
    speaks of a resolution: "the first request to ITU" of a question on WSIS is no clause."""
    out: list[str] = []
    if not re.search(r"\bresolutions?\b", text, re.IGNORECASE):
        return out
    for verb, pattern in _BY_PLACE:
        for match in pattern.finditer(text):
            found = match.groupdict()
            number, who = int(found["num"]) if found.get("num") else _place(match), found.get("who")
            if who:  # "instructs the Secretary-General", "invites Member States", as the part's heading says
                who = re.sub(r"(?:\s+(?:the|of))+$", "", who)
                who = f"the {who}" if verb == "instructs" and not who.lower().startswith("the ") else who
            out.append(f"{_slug(f'{verb} {who}' if who else verb)}*-{number}")
    for match in _PREAMBLE_BY_PLACE.finditer(text):
        out.append(f"{_slug(match['part'])}*-{'abcdefghij'[_place(match) - 1]}")
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def parts_named(text: str) -> list[str]:
    """The parts of a resolution a question in another language than English names by their opening words,
    with no number: "Что поручает Генеральному секретарю Резолюция 19?" -> ``instructs-the-secretary-general``."""
    if detect(text) == "en":
        return []
    folded = fold(text)
    return [slug for slug, words in _PARTS_ELSEWHERE if re.search(rf"(?<![a-zа-я])(?:{words})", folded)]


def clause_locators(text: str) -> list[str]:
    """Locators of the resolution clauses a text names: "resolves 2" -> ``resolves-2``; a part named by
    its first words only ("instructs the Director 1") -> ``instructs-the-director*-1``."""
    out = []
    for match in CLAUSE_RE.finditer(text):
        part = _slug(re.sub(r"\s+(?:the|of)$", "", match["part"].strip()))
        item = match["item"].lower()
        if item in ("a",) and match.end() < len(text) and text[match.end():match.end() + 1] == " " and ")" not in match[0]:
            continue  # "resolves a number of …": an article, not clause a)
        out.append(f"{part}*-{item}")
    out.extend(_slug(m["part"]) for m in _QUOTED_PART.finditer(text))
    if detect(text) == "en":  # "the Council will decide 2 matters": an English verb, not the French part
        out.extend(_clauses_by_place(text))
        return list(dict.fromkeys(out))
    folded = fold(text)
    for part, pattern in _CLAUSE_ELSEWHERE:
        for match in pattern.finditer(folded):
            item = (match["item"] or match["item2"]).translate(_LIST_LETTERS)
            out.append(f"{part}*-{item}")
    return list(dict.fromkeys(out))


# Arabic-Indic and Persian digits are digits too: "الفقرة ٧٢" is paragraph 72.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalize(text: str) -> str:
    """Full-width and Arabic-Indic digits as ASCII, compatibility forms folded (NFKC)."""
    return unicodedata.normalize("NFKC", text).translate(_DIGITS)


def _in_figures(text: str) -> str:
    """A (normalized) text's references with their numbers in figures: a Chinese one written in Chinese numerals
    ("第十五段", "第一百零三段"), an Arabic paragraph or section named by its ordinal ("الفقرة الخامسة",
    "القسم الخامس"). Only references are read so: a name's offsets in a text are those of its folded form."""
    text = _ZH_NUMBERED.sub(lambda m: f"第{_zh_value(m[1])}", text)
    return _AR_ORDINAL.sub(lambda m: f"{m['word']} {_AR_ORDINALS[m['ord'].removeprefix('ال')]}", text)


# "第十五段", "第一百零三段", "第二十号决议": Chinese numerals before the word that says what is numbered.
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_NUMBERED = re.compile(r"第\s*([零〇一二两三四五六七八九十百]+)(?=\s*(?:段|款|条|节|项|号))")


def _zh_value(numerals: str) -> int:
    """"十五" -> 15, "一百零三" -> 103, "二十" -> 20."""
    total, digit = 0, 0
    for char in numerals:
        if char == "百":
            total += (digit or 1) * 100
            digit = 0
        elif char == "十":
            total += (digit or 1) * 10
            digit = 0
        else:
            digit = _ZH_DIGITS[char]
    return total + digit


# "الفقرة الخامسة" (the fifth paragraph), "القسم الخامس" (the fifth section): the ordinal after the word.
_AR_ORDINALS = {word: str(n) for n, words in enumerate((
    "الأولى الاولى الأول الاول", "الثانية الثاني", "الثالثة الثالث", "الرابعة الرابع", "الخامسة الخامس", "السادسة السادس",
    "السابعة السابع", "الثامنة الثامن", "التاسعة التاسع", "العاشرة العاشر"), start=1) for word in words.split()}
_AR_ORDINALS = {k.removeprefix("ال"): v for k, v in _AR_ORDINALS.items()}
_AR_ORDINAL = re.compile(r"(?P<word>(?:ال)?(?:فقرة|قسم))\s+(?P<ord>ال(?:" + "|".join(_AR_ORDINALS) + r"))(?![\w])")


_NUM = r"\d{1,3}(?!\d)"  # "párrafo 35 hasta 2030" names no paragraph 203
# A sub-item after a number: "50 c ii", "72(c)". A letter followed by another number is a range
# word ("párrafos 112 a 115"), not a sub-item.
_SUB = r"(?:\s*\(?[a-z]\)?(?![a-z])(?!\s*\d))?(?:\s*\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)?(?![a-z]))?"
_PARA_WORD = (
    r"(?:§§?|\bparagraphs?\b|\bparas?\b\.?|\bpars?\.|\bparagraphes?\b|\balinéas?\b|\bpárrafos?\b|\bparrafos?\b"
    r"|\bпункт\w*|\bп\.|\bпараграф\w*|(?:ال)?فقر(?:ة|ات|تين|تان|تي)"
    # a roadmap's sections are cited by number like an agenda's paragraphs
    r"|\bsections?\b|\bsecci[oó]n(?:es)?\b|\bраздел\w*|(?:ال)?قسم)"
)
_SEP = (r"(?:,|\band\b|\bto\b|\bthrough\b|–|-|&|\bet\b|\bà\b|\bau\b|\by\b|\ba\b|\bal\b|\bhasta\b|\bи\b|\bдо\b|\bпо\b"
        r"|و|إلى|至|到|和|、|及)")
_RANGE = {"to", "through", "–", "-", "à", "au", "a", "al", "hasta", "до", "по", "إلى", "至", "到"}
# "paragraphs from 35 to 37", "пункты с 35 по 37", "الفقرات من 35 إلى 37"
_FROM = r"(?:(?:from|de|desde|с|من)\s+)?"
PARA_RE = re.compile(
    rf"{_PARA_WORD}\s*{_FROM}(?P<first>{_NUM}){_SUB}(?P<rest>(?:\s*{_SEP}\s*(?:§\s*)?{_NUM}{_SUB})*)",
    re.IGNORECASE,
)
# Chinese writes the number inside the word: "第72段", "第112至115段", "第96和98段".
ZH_PARA_RE = re.compile(rf"第\s*(?P<first>{_NUM})(?P<rest>(?:\s*{_SEP}\s*第?\s*{_NUM})*)\s*(?:段|款|条|节)")
NEXT_RE = re.compile(rf"(?P<sep>{_SEP})\s*(?:§\s*|第\s*)?(?P<num>{_NUM})", re.IGNORECASE)
ANNEX_RE = re.compile(r"\bannexe?\b|\banexo\b|\bприложени\w*|المرفق|附件", re.IGNORECASE)
RESOLUTION_RE = re.compile(
    r"(?:\b(?:resolution|res\.?|résolution|resolución|resolucion)|\bрезолюци\w*|\bрез\.|(?:ال)?قرار)\s*(?:n[o°º]\.?\s*)?"
    r"(?P<num>\d{1,4})\b"
    r"|第?\s*(?P<zh>\d{1,4})\s*号?\s*决议|决议\s*(?P<zh2>\d{1,4})",
    re.IGNORECASE,
)


# "the first paragraph of the Agenda", "the fifth section of the roadmap", "in its 15th paragraph": a numbered
# document's paragraphs and sections are cited by their place as by their number ("the first paragraph that
# mentions spectrum" is not one). (A resolution's clauses
# named so are read by ``_BY_PLACE``: "the first paragraph of resolves" is resolves 1.)
_PLACES = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
           "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
PLACE_RE = re.compile(
    r"\b(?:the|its)\s+(?:(?P<word>" + "|".join(_PLACES) + r")|(?P<num>\d{1,3})(?:st|nd|rd|th))\s+(?:paragraph|para|section)"
    r"(?=\s+(?:of|in)\s|\s*[?.!]|\s*$)"
    r"(?!\s+of\s+(?:the\s+)?(?:resolves|recalling|considering|recogni[sz]ing|noting|instructs|invites|decides))",
    re.IGNORECASE)


# The same in French, Spanish and Russian: "le cinquième paragraphe de l'Agenda", "la quinta sección de la hoja
# de ruta", "пятый раздел дорожной карты" (each ordinal's forms, by its value).
_PLACES_ELSEWHERE = {
    1: r"premier|première|primer|primero|primera|перв\w*", 2: r"deuxième|second|seconde|segundo|segunda|втор\w*",
    3: r"troisième|tercer|tercero|tercera|трет\w*", 4: r"quatrième|cuarto|cuarta|четв[её]рт\w*",
    5: r"cinquième|quinto|quinta|пят\w*", 6: r"sixième|sexto|sexta|шест\w*", 7: r"septième|séptimo|séptima|седьм\w*",
    8: r"huitième|octavo|octava|восьм\w*", 9: r"neuvième|noveno|novena|девят\w*", 10: r"dixième|décimo|décima|десят\w*",
}
_PLACE_ELSEWHERE_RE = re.compile(
    r"(?:\b(?:le|la|au|du|de\s+la|son|sa|el|al|del|su)\s+(?P<ord>" + "|".join(_PLACES_ELSEWHERE.values()) + r")"
    r"\s+(?:paragraphe|section|párrafo|parrafo|sección|seccion)\b(?=\s+(?:de|du|des|d'|del|dans|en)\b|\s*[?.!¿]|\s*$)"
    r"|(?<![\w])(?P<ru>" + "|".join(v.split("|")[-1] for v in _PLACES_ELSEWHERE.values()) + r")\s+(?:пункт|раздел)\w*)",
    re.IGNORECASE)


def _place_elsewhere(match: re.Match) -> str:
    said = match["ord"] or match["ru"]
    return str(next(n for n, forms in _PLACES_ELSEWHERE.items() if re.fullmatch(forms, said, re.IGNORECASE)))


def _paragraph_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, number) of each paragraph number the (normalized) text names, ranges expanded."""
    out: list[tuple[int, int, str]] = [
        (m.start(), m.end(), str(_PLACES.index(m["word"].lower()) + 1 if m["word"] else int(m["num"])))
        for m in PLACE_RE.finditer(text)]
    out += [(m.start(), m.end(), _place_elsewhere(m)) for m in _PLACE_ELSEWHERE_RE.finditer(text)]
    matches = sorted([*PARA_RE.finditer(text), *ZH_PARA_RE.finditer(text)], key=lambda m: m.start())
    for match in matches:
        span = match.start(), match.end()
        previous = int(match["first"])
        out.append((*span, str(previous)))
        for nxt in NEXT_RE.finditer(match["rest"]):
            current = int(nxt["num"])
            if nxt["sep"].lower() in _RANGE and previous < current <= previous + 50:
                out.extend((*span, str(n)) for n in range(previous + 1, current + 1))
            else:
                out.append((*span, str(current)))
            previous = current
    return out


# The sub-item a question asks for with its paragraph: "§72(c)", "paragraph 72 c)", "第72段(c)项",
# "alinéa c) du paragraphe 72", "apartado c) del párrafo 72", "подпункт c) пункта 72",
# "الفقرة الفرعية (ج) من الفقرة 72"; a letter in any of the lists' scripts, as its place ("ج" is c).
_LETTER = r"[a-zа-кأا-ي]"
_ITEM_AFTER = re.compile(
    rf"(?:{_PARA_WORD}\s*|第\s*){_NUM}\s*段?\s*第?\s*(?:\((?P<a>{_LETTER})\)|(?P<b>{_LETTER})(?:\)|\s*(?=分段|项)))",
    re.IGNORECASE)
# Without brackets, a letter is an item only before "of …" or the question's end: "items a country
# has" holds an article.
_ITEM_BEFORE = re.compile(
    rf"(?:\b(?:items?|sub-?paragraphs?|letters?|alinéas?|lettres?|apartados?|incisos?|letras?|подпункт\w*|букв\w*)"
    rf"|(?:ال)?فقر(?:ة|تان|تين|ات) الفرعي(?:ة|تان|تين)|(?:ال)?(?:بند|بندان|بندين|بنود))"
    rf"\s*(?:\((?P<a>{_LETTER})\)|(?P<b>{_LETTER})(?:\)|(?=\s+(?:of|du|de|del|пункта|من)\s)"
    rf"|(?=\s*[?？؟.,;])))",
    re.IGNORECASE)


# "§50(a) and (c)", "alinéas a) et c)": further letters joined to the first
_MORE_ITEMS = re.compile(rf"\s*(?:,|\band\b|\bor\b|\bet\b|\bou\b|\by\b|\bo\b|\bи\b|\bили\b|و|أو|和|及|、)\s*"
                         rf"(?:\((?P<a>{_LETTER})\)|(?P<b>{_LETTER})\))", re.IGNORECASE)


def asked_items(text: str) -> tuple[str, ...]:
    """The sub-items a question asks for by their letters, with the paragraph that holds them: ("c",)."""
    text = normalize(text)
    if not paragraph_numbers(text):
        return ()
    found = []
    for pattern in (_ITEM_AFTER, _ITEM_BEFORE):
        for match in pattern.finditer(text):
            found.append(match["a"] or match["b"])
            end = match.end()
            while more := _MORE_ITEMS.match(text, end):
                found.append(more["a"] or more["b"])
                end = more.end()
    return tuple(dict.fromkeys(letter.lower().translate(_LIST_LETTERS) for letter in found))


def paragraph_numbers(text: str) -> list[str]:
    """Every paragraph number a text names, ranges expanded: "§ 112 to § 115" -> 112..115."""
    return list(dict.fromkeys(number for _, _, number in _paragraph_spans(_in_figures(normalize(text)))))


def _nearest(mentions: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The document named closest to a reference: "§ 109 of TAIS … the Geneva Plan of Action" is TAIS's §109."""
    if not mentions:
        return None
    return min(mentions, key=lambda m: max(m[0] - end, start - m[1], 0))[2]


def fold(text: str) -> str:
    """Lower case without accents: "Agenda de Túnez" and "agenda de tunez" are one name."""
    decomposed = unicodedata.normalize("NFKD", normalize(text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NAME_WORD = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _words(text: str) -> list[re.Match]:
    return list(_NAME_WORD.finditer(fold(text)))


def _same_word(name_word: str, word: str) -> bool:
    """Inflected forms are one word: "программа" / "программы", "agenda" / "agendas"."""
    if name_word == word:
        return True
    stem = max(4, len(name_word) - 2)
    return len(name_word) >= 5 and len(word) >= stem and word[:stem] == name_word[:stem]


@lru_cache(maxsize=2048)
def _folded_words(text: str) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """The folded text and its words with their spans, once per text: a question is matched against every
    name the registry knows, several times while it is read."""
    folded = fold(text)
    return folded, tuple((m[0], m.start(), m.end()) for m in _NAME_WORD.finditer(folded))


def name_spans(name: str, text: str) -> list[tuple[int, int]]:
    """Where the words of ``name`` occur in ``text``, in order and next to each other (character spans).

    Chinese names have no spaces: they are looked for as a substring.
    """
    wanted = [w for w, _, _ in _folded_words(name)[1]]
    if not wanted:
        return []
    folded, words = _folded_words(text)
    if _HAN.search(name):
        needle = "".join(wanted)
        return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), folded)]
    spans = []
    for start in range(len(words) - len(wanted) + 1):
        if all(_same_word(w, words[start + i][0]) for i, w in enumerate(wanted)):
            spans.append((words[start][1], words[start + len(wanted) - 1][2]))
    return spans


def name_in(name: str, text: str) -> bool:
    return bool(name_spans(name, text))


@cache
def _registry_names() -> tuple[tuple[str, str], ...]:
    """(name, document id) for every name the registry gives, longest first."""
    pairs = [(name, doc.id) for doc in load_registry().values() for name in doc.names]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def document_mentions(text: str, names: tuple[tuple[str, str], ...] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, document id) of each document the text names, left to right, the longest name
    winning where two overlap ("Geneva Plan of Action" over "Plan of Action")."""
    if names is None:
        return list(_registry_mentions(text))
    return _mentions(text, names)


@lru_cache(maxsize=1024)
def _registry_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """A question is looked up several times while it is read (its references, the documents it names whole)."""
    return tuple(_mentions(text, _registry_names()))


def _mentions(text: str, names: tuple[tuple[str, str], ...]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for name, doc in names:
        found.extend((start, end, doc) for start, end in name_spans(name, text))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    mentions: list[tuple[int, int, str]] = []
    for start, end, doc in found:
        if not mentions or start >= mentions[-1][1]:
            mentions.append((start, end, doc))
    return mentions


def named_document(text: str) -> str | None:
    """The first registered document a text names ("the Tunis Agenda", "Agenda de Túnez", "突尼斯议程")."""
    mentions = document_mentions(text)
    return mentions[0][2] if mentions else None


def named_body(text: str) -> str | None:
    folded = fold(text)
    for body, pattern in BODY_PATTERNS.items():
        if re.search(pattern, folded, re.IGNORECASE):
            return body
    return None


# "paragraphs 18 and 67 of the Marenvik Agenda": a reference followed by a title of several capitalised words
_OF_TITLE = re.compile(r"\s*(?:of|in|under)\s+(?:the\s+)?(?P<title>[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]+)+)")


def find_refs(text: str, own_title: str | None = None) -> tuple[Ref, ...]:
    """The paragraphs, annexes and resolutions a text names explicitly.

    ``own_title``: the title of the document the text is in. A paragraph of another document that no known
    name says ("paragraph 18 of the Marenvik Agenda", in a resolution) is then left out, not taken for a
    paragraph of this one."""
    text = _in_figures(normalize(text))
    mentions = document_mentions(text)
    refs = [Ref(_nearest(mentions, start, end), number) for start, end, number in _paragraph_spans(text)
            if own_title is None or mentions or not _of_another(text, end, own_title)]
    refs += [Ref(None, locator) for locator in clause_locators(text)]
    annex = ANNEX_RE.search(text)
    if annex:
        refs.append(Ref(_nearest(mentions, annex.start(), annex.end()), "annex"))
    for match in RESOLUTION_RE.finditer(text):
        number = match["num"] or match["zh"] or match["zh2"]
        # Only the words around "Resolution" say whose it is: "WTDC Resolution 30", "résolution 30 de la CMDT".
        body = named_body(text[max(0, match.start() - 40):match.end() + 30])
        refs.append(Ref(resolution_doc_id(number, body), None))
    return tuple(dict.fromkeys(refs))


def _of_another(text: str, end: int, own_title: str) -> bool:
    match = _OF_TITLE.match(text, end)
    return match is not None and not set(_words_of(match["title"])) <= set(_words_of(own_title))


def _words_of(title: str) -> list[str]:
    return [m[0] for m in _words(title)]


def whole_documents(text: str, refs: tuple[Ref, ...] | None = None) -> tuple[str, ...]:
    """Documents a text names as a whole, not by paragraph: "Resolution 172", "the Geneva Plan of Action".

    ``refs``: the text's ``find_refs``, when the caller has them already."""
    refs = find_refs(text) if refs is None else refs
    docs = [ref.doc for ref in refs if ref.locator is None]
    if not refs:
        docs.append(named_document(text))
    return tuple(dict.fromkeys(doc for doc in docs if doc))


_YEAR_RE = re.compile(r"(?<![\d.,/-])(?:19|20)\d{2}(?![\d.,/]\d|\d)")


def years(text: str) -> list[int]:
    """The years a text names: "December 2025" -> [2025], "2025年" -> [2025]."""
    return [int(y) for y in _YEAR_RE.findall(normalize(text))]


# "WTDC-10", "PP-10", "PP 10", "WTSA-08": ITU conferences name their session by its year's last two digits
# and so do delegates in the other languages: "CMDT-10", "AMNT-08", "ПК-10", "ВАСЭ-08"
_CONFERENCE_YEAR_RE = re.compile(r"\b(?:PP|WTDC|WTSA|WRC|WCIT|WTPF|RA|CMDT|AMNT|CMR|ПК|ВКРЭ|ВАСЭ|ВКР)[- ]?(\d{2})\b")


@lru_cache(maxsize=4096)
def conference_years(text: str) -> frozenset[str]:
    """The years a text names by a conference's short form: "Resolution 30 (WTDC-10)" -> {"2010"}, "PP-98" ->
    {"1998"}. Cached by text: the same units are checked question after question."""
    return frozenset(conference_year_digits(text).values())


def conference_year_digits(text: str) -> dict[str, str]:
    """The two digits a text names a conference's session by, and the year they stand for: "ПК-10" -> {"10": "2010"}."""
    return {yy: f"{19 if int(yy) >= 50 else 20}{yy}" for yy in _CONFERENCE_YEAR_RE.findall(text)}


def ref_ids(refs: tuple[Ref, ...], default_doc: str) -> tuple[str, ...]:
    """Refs as the ids a unit records: ``tais:96`` or a whole document ``pp-res-140``."""
    out = []
    for ref in refs:
        doc = ref.doc or default_doc
        out.append(doc if ref.locator is None else f"{doc}:{ref.locator}")
    return tuple(dict.fromkeys(out))


_ASKS_FOR_TEXT = re.compile(
    r"\b(?:resolv\w*|instruct\w*|invit\w*|decid\w*|says?|said|state[sd]?|clauses?|operative|provisions?|"
    r"wording|text|contains?|contents?|calls?\s+(?:on|for|upon)|asks?|requests?|urges?"
    r"|dit|disent|prévoi\w*|décid\w*|contenu|texte|stipul\w*|dispositions?"
    r"|dice|dicen|establec\w*|contenido|texto|disposici\w*"
    r"|говорит\w*|гласит|предусматрива\w*|текст\w*|содерж\w*|постанов\w*)\b"
    r"|ينص|تنص|نص|يقول|تقول|مضمون|规定|内容|文本|怎么说|说了什么",
    re.IGNORECASE,
)


def asks_for_text(question: str) -> bool:
    """Whether a question asks what a document itself says ("what does Resolution 172 resolve?"),
    which a one-line summary of it cannot answer, rather than what it is about."""
    return bool(_ASKS_FOR_TEXT.search(question))


LANGUAGE_SUFFIX = re.compile(r"^(?P<family>.+)-(?P<lang>fr|es|ru|ar|zh)$")


def family(doc: str) -> str:
    """The document a translation is of: ``tais-fr`` -> ``tais`` (the English original keeps its id)."""
    match = LANGUAGE_SUFFIX.match(doc)
    return match["family"] if match else doc
