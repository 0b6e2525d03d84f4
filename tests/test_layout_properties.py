"""Generated agendas in every format: exactly the generated paragraphs come back, with their numbers and text.

Hypothesis writes agendas the way official texts are written: a title block with a symbol and a
date above the title, headings, paragraphs numbered "12." or "12" with the gaps and excerpts real
texts have, sub-items a), b) with i., ii. under one of them, and prose full of numbers that are not
paragraph numbers ("in 15 countries", "on 3 March 2031", "by 2027", "1) funding, 2) skills").
``layouts.render`` lays each out in every layout of its format; reading the file back must give
the paragraphs exactly, the date and symbol in the preamble, every word of the file in some unit,
and a report with no duplicates and nothing out of sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import multilingual.translations as T
from corpus.library import doc_info, read
from layouts import LAYOUTS, Agenda, Paragraph, consecutive, render

WORDS = (
    "agree cities network access partners programme review regional support countries build knowledge shared "
    "public services digital skills inclusive open standards funding infrastructure community local governments "
    "cooperation capacity measures report progress targets society information development universal affordable "
    "secure trust online platforms research education health we the of and to for with their all each"
).split()
# Numbers inside a sentence that must never open a paragraph (never straight after a comma: see
# agenda.COMMA_WRAP for why a number there is ambiguous in hard-wrapped text).
NUMBER_PHRASES = ("in 15 countries", "by 2027", "on 3 March 2031", "for 120 cities", "about 85 of them",
                  "with 12 partners", "before the 2031 review", "in 3 regions")
INLINE_LIST = "through 1) funding, 2) skills and 3) research"
HEADING_WORDS = ("Financial Mechanisms Internet Governance Follow Up Implementation Review "
                 "Digital Access Capacity Building").split()
SETTINGS = settings(max_examples=12, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@dataclass(frozen=True)
class Language:
    """How agendas are written in one UN language: its words, its stops, its sub-item markers, its title block."""

    words: tuple[str, ...]
    heading_words: tuple[str, ...]
    number_phrases: tuple[str, ...]
    inline_list: str
    titles: tuple[str, ...]
    dates: tuple[str, ...]
    original: str
    annex: str
    stop: str = "."
    semicolon: str = ";"
    colon: str = ":"  # what ends an item that introduces others
    space: str = " "  # between words: none in Chinese
    letters: str = "abcdefgh"
    romans: tuple[str, ...] = ("i.", "ii.", "iii.")


# Words that end an abbreviation ("para. 5", "No. 85"): no sentence of a real text ends on "para" or "nos".
ABBREVIATED = {"no", "nos", "para", "paras", "art", "res", "rev", "doc", "vol", "cf"}


def _words_of(texts, chinese: bool = False) -> tuple[str, ...]:
    """The words of the fixture's translations (two characters a word in Chinese), without punctuation."""
    joined = " ".join(texts)
    if chinese:
        run = "".join(re.findall(r"[\u4e00-\u9fff]", joined))
        return tuple(dict.fromkeys(run[i:i + 2] for i in range(0, len(run) - 1, 2)))
    words = re.findall(r"[^\W\d_]+", joined.lower())
    return tuple(dict.fromkeys(w for w in words if len(w) > 1 and w not in ABBREVIATED))


def _language(lang: str, **how) -> Language:
    agenda = T.AGENDAS[lang]
    chinese = lang == "zh"
    return Language(words=_words_of(agenda.paragraphs.values(), chinese),
                    heading_words=_words_of(agenda.headings, chinese), annex=agenda.annex, **how)


LANGUAGES = {
    "en": Language(tuple(WORDS), tuple(HEADING_WORDS), NUMBER_PHRASES, INLINE_LIST,
                   ("Agenda of the Fictional City Summit", "Declaration of Fictional Cities",
                    "Programme of Action for Fictional Towns"),
                   ("3 March 2031", "18 November 2031", "1 May 2032", ""), "Original: English", "Annex", colon=" on:"),
    "fr": _language("fr", number_phrases=("dans 15 pays", "d’ici à 2027", "le 3 mars 2031", "pour 120 villes"),
                    inline_list="grâce à 1) des fonds, 2) des compétences et 3) la recherche",
                    titles=("Agenda du sommet des villes fictives", "Déclaration des villes fictives"),
                    dates=("3 mars 2031", "18 novembre 2031", ""), original="Original : anglais"),
    "es": _language("es", number_phrases=("en 15 países", "para 2027", "el 3 de marzo de 2031", "con 12 asociados"),
                    inline_list="mediante 1) fondos, 2) competencias y 3) investigación",
                    titles=("Agenda de la cumbre de ciudades ficticias", "Declaración de las ciudades ficticias"),
                    dates=("3 de marzo de 2031", "18 de noviembre de 2031", ""), original="Original: inglés"),
    "ru": _language("ru", number_phrases=("в 15 странах", "к 2027 году", "3 марта 2031 года", "для 120 городов"),
                    inline_list="путем 1) финансирования, 2) обучения и 3) исследований",
                    titles=("Повестка дня саммита вымышленных городов", "Декларация вымышленных городов"),
                    dates=("3 марта 2031 года", "18 ноября 2031 года", ""), original="Оригинал: английский"),
    "ar": _language("ar", number_phrases=("في 15 بلدا", "بحلول عام 2027", "في 3 آذار/مارس 2031", "مع 12 شريكا"),
                    inline_list="من خلال 1) التمويل، 2) المهارات، 3) البحث",
                    titles=("جدول أعمال قمة المدن الخيالية", "إعلان المدن الخيالية"),
                    dates=("3 آذار/مارس 2031", "18 تشرين الثاني/نوفمبر 2031", ""), original="الأصل: بالإنكليزية",
                    semicolon="؛", letters="أبجدهوزح", romans=("’1‘", "’2‘", "’3‘")),
    "zh": _language("zh", number_phrases=("在15个国家", "到2027年", "于2031年3月3日", "为120个城市"),
                    inline_list="通过1)资金、2)技能和3)研究",
                    titles=("虚构城市峰会议程", "虚构城市宣言"), dates=("2031年3月3日", "2031年11月18日", ""),
                    original="原文：英文", stop="。", semicolon="；", colon="：", space=""),
}


@st.composite
def sentences(draw, lang: str = "en", end: str = ".", capital: bool = True) -> str:
    language = LANGUAGES[lang]
    words = draw(st.lists(st.sampled_from(language.words), min_size=5, max_size=24))
    extras = draw(st.lists(st.sampled_from((*language.number_phrases, language.inline_list)), max_size=2))
    for phrase in extras:
        words.insert(draw(st.integers(1, len(words))), phrase)
    text = language.space.join(words)
    return (text[0].upper() + text[1:] if capital else text) + end


@st.composite
def paragraphs_text(draw, lang: str = "en") -> str:
    return LANGUAGES[lang].space.join(draw(st.lists(sentences(lang, LANGUAGES[lang].stop), min_size=1, max_size=3)))


@st.composite
def sub_items(draw, lang: str = "en") -> tuple[str, ...]:
    language = LANGUAGES[lang]
    count = draw(st.integers(0, 4))
    if not count:
        return ()
    nested = draw(st.integers(0, count - 1)) if draw(st.booleans()) else -1
    items = []
    for k in range(count):
        letter = language.letters[k]
        last = k == count - 1
        if k == nested:
            items.append(f"{letter}) {draw(sentences(lang, language.colon, capital=False))}")
            romans = draw(st.integers(1, 3))
            items += [f"{r} {draw(sentences(lang, language.semicolon, capital=False))}" for r in language.romans[:romans]]
        else:
            items.append(f"{letter}) {draw(sentences(lang, language.stop if last else language.semicolon, capital=False))}")
    return tuple(items)


@st.composite
def numbers(draw) -> list[int]:
    """Paragraph numbers as real texts have them: mostly by one, a deleted paragraph or two, excerpts."""
    runs = draw(st.lists(st.integers(1, 6), min_size=1, max_size=4))
    start = 1 if draw(st.integers(0, 3)) else draw(st.integers(2, 30))
    if start > 1:
        runs[0] = max(runs[0], 2)  # an excerpt that starts further on shows at least two paragraphs
    out: list[int] = []
    n = start
    for k, length in enumerate(runs):
        if k:
            jump = draw(st.sampled_from((2, 2, 3, 12, 40)))
            if jump > 3:
                length = max(length, 2)  # after a jump (an excerpt), at least two in a row
            n += jump - 1
        for _ in range(length):
            out.append(n)
            n += 1
    return out


@st.composite
def agendas(draw, lang: str = "en") -> Agenda:
    language = LANGUAGES[lang]
    style = draw(st.sampled_from((".", ".", "")))
    parts: list[Paragraph | str] = []
    for n in draw(numbers()):
        if draw(st.integers(0, 3)) == 0:
            words = draw(st.lists(st.sampled_from(language.heading_words), min_size=1, max_size=4, unique=True))
            heading = language.space.join(words)
            parts.append(heading[0].upper() + heading[1:])
        parts.append(Paragraph(n, draw(paragraphs_text(lang)), draw(sub_items(lang))))
    return Agenda(
        title=draw(st.sampled_from(language.titles)),
        parts=tuple(parts),
        style=style,
        date=draw(st.sampled_from(language.dates)),
        org=draw(st.sampled_from(("", "World Summit of Fictional Cities"))),
        annex=tuple(draw(st.lists(sentences(lang, language.stop), max_size=2))),
        original=language.original,
        annex_heading=language.annex,
    )


def check(agenda: Agenda, fmt: str, layout: str, lang: str = "en") -> None:
    data = render(agenda, fmt, layout)
    kind = "auto" if len(agenda.paragraphs) >= 3 else "agenda"
    reading = read(data, fmt, kind, doc_info("city-agenda", "City agenda"), f"agenda.{fmt}")
    assert reading.kind == "agenda" and reading.info.lang == lang
    found = {u.locator: u for u in reading.units if u.locator.isdigit()}
    want = {str(p.number): p.unit_text for p in agenda.paragraphs}
    assert {k: u.text for k, u in found.items()} == want, (fmt, layout)
    assert reading.report.kinds["paragraph"] == len(want)
    assert not reading.report.duplicates and not reading.report.out_of_sequence
    assert reading.report.lost_words == 0
    preamble = next(u.text for u in reading.units if u.locator == "preamble")
    assert agenda.symbol in preamble and (agenda.date in preamble if agenda.date else True)
    previous = None
    for part in agenda.parts:
        if isinstance(part, Paragraph) and isinstance(previous, str):
            assert found[str(part.number)].section.endswith(previous), (part.number, found[str(part.number)].section)
        previous = part
    if agenda.annex:
        annex = next(u for u in reading.units if u.locator == "annex")
        # unnumbered lines in hard-wrapped text without blank lines run together: compare the words
        # (in Chinese, written without spaces, the characters)
        space = LANGUAGES[lang].space
        assert space.join(annex.text.split()) == space.join(" ".join(agenda.annex).split())


@pytest.mark.parametrize("fmt", list(LAYOUTS))
def test_generated_agendas_come_back_paragraph_for_paragraph(fmt):
    @SETTINGS
    @given(agenda=agendas(), layout=st.sampled_from(LAYOUTS[fmt]))
    def run(agenda, layout):
        if layout == "ol" and agenda.style != ".":
            layout = "p"  # a browser numbers an <ol> "12."
        if layout == "numbered" and not (agenda.style == "." and consecutive(agenda)):
            layout = "typed"  # Word's list numbering runs 1, 2, 3 …
        check(agenda, fmt, layout)

    run()


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
@pytest.mark.parametrize("fmt", ["html", "docx", "txt"])  # the fixture PDFs are set in a Latin-1 font
def test_generated_agendas_in_the_other_un_languages_come_back_paragraph_for_paragraph(fmt, lang):
    @settings(SETTINGS, max_examples=6)
    @given(agenda=agendas(lang), layout=st.sampled_from(LAYOUTS[fmt]))
    def run(agenda, layout):
        if layout == "ol" and (agenda.style != "." or lang == "ar"):
            layout = "p"  # a browser numbers an <ol> "12." and letters its items in Latin
        if layout == "numbered" and not (agenda.style == "." and consecutive(agenda)):
            layout = "typed"
        check(agenda, fmt, layout, lang)

    run()
