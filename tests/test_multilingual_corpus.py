"""Documents in the six UN languages: the same paragraph keeps its locator in every version, with a
label, a section and sub-items in the version's own language, and nothing of the text lost.

The fixture agenda (``corpus_fixtures.agenda_html``) and its five translations
(``multilingual.translations``) are read as an operator adds them: ``tais`` and ``tais-fr`` …
``tais-zh``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from corpus.blocks import CorpusError, lines_to_blocks, marker
from corpus.library import add_file, all_units, doc_info, read
from corpus.parsers import read_document
from corpus.parsers.docx import _format
from corpus.report import missing_words
from corpus.segment import DocInfo, item_paths, sub_item_label
from corpus.store import DocumentStore
from corpus.text import clean, split_sentences
from multilingual import LANGS, add_agendas, agenda_file, write_agendas
from multilingual.translations import AGENDAS, DOC_IDS, NUMBERS, agenda_txt, paragraph_text

ROOT = Path(__file__).resolve().parents[1]
LOCATORS = ["preamble", *map(str, NUMBERS), "annex"]


def reading(lang: str, fmt: str = "txt"):
    data = agenda_txt(lang) if fmt == "txt" else agenda_file(lang)[1]
    return read(data, fmt, "auto", doc_info(DOC_IDS[lang]), f"6rev1-{lang}.{fmt}")


def units(lang: str, fmt: str = "txt") -> dict:
    return {u.locator: u for u in reading(lang, fmt).units}


# -- each version reads into the same units ---------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_every_version_of_the_agenda_has_the_same_units_each_paragraph_whole(lang):
    result = reading(lang)
    found = {u.locator: u for u in result.units}
    assert result.kind == "agenda" and list(found) == LOCATORS
    assert {u.doc for u in found.values()} == {DOC_IDS[lang]}
    for number in NUMBERS:
        assert found[str(number)].text == paragraph_text(lang, number), (lang, number)
    assert found["preamble"].text == AGENDAS[lang].symbol
    assert result.report.summary() == "10 units: 8 paragraphs (§1–3, §49–50, §95–97), preamble, annex"
    assert result.report.warnings() == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_headings_are_the_sections_of_the_paragraphs_under_them_in_every_script(lang):
    found = units(lang)
    intro, financial, governance = AGENDAS[lang].headings
    assert [found[str(n)].section for n in NUMBERS] == [intro] * 3 + [financial] * 2 + [governance] * 3
    assert found["annex"].section == AGENDAS[lang].annex


@pytest.mark.parametrize("lang", LANGS)
def test_the_annex_is_found_by_its_own_word_and_keeps_its_table_row_by_row(lang):
    annex = units(lang)["annex"]
    assert annex.text == "\n".join(" | ".join(row) for row in AGENDAS[lang].annex_rows)
    assert AGENDAS[lang].annex not in units(lang)["97"].text


@pytest.mark.parametrize("lang, label", [
    ("en", "Tunis Agenda §50(c)(ii)"), ("fr", "Agenda de Tunis §50(c)(ii)"), ("es", "Agenda de Túnez §50(c)(ii)"),
    ("ru", "Тунисская программа §50(c)(ii)"), ("ar", "برنامج عمل تونس §50(ج)’2‘"), ("zh", "突尼斯议程 §50(c)(ii)"),
])
def test_paragraph_50_keeps_a_sub_item_a_line_so_a_quote_names_its_sub_item(lang, label):
    paragraph = units(lang)["50"]
    lines = paragraph.text.split("\n")
    assert len(lines) == 7 and all(marker(line) for line in lines[1:])
    assert [marker(line)[0] for line in lines[1:]] == ["a", "b", "c", "i", "ii", "d"]
    quote = lines[5].split(" ", 1)[1]
    assert sub_item_label(paragraph, quote) == label
    assert sub_item_label(paragraph, lines[0][:20]) == paragraph.label  # the chapeau: the paragraph itself


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_every_word_of_every_version_is_in_one_of_its_units_in_its_own_order(lang, fmt):
    data = agenda_txt(lang) if fmt == "txt" else agenda_file(lang)[1] if lang == "en" else _html(lang)
    result = read(data, fmt, "auto", doc_info(DOC_IDS[lang]), f"agenda.{fmt}")
    assert [u.locator for u in result.units] == LOCATORS
    blocks = read_document(data, fmt, "agenda").blocks
    assert not missing_words(blocks, result.units) and result.report.lost_words == 0
    held = " ".join(_words(f"{u.title} {u.section} {u.text}") for u in result.units)
    for block in blocks:
        words = re.sub(r"^(?:[a-z]|[ivx]+|\d+|[أبجد]) ", "", _words(block.text))
        assert f" {words} " in f" {held} ", (lang, block)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _html(lang: str) -> bytes:
    """A translation in ITU's table-cell HTML, as the English fixture is laid out."""
    agenda = AGENDAS[lang]
    intro, financial, governance = agenda.headings
    rows = []
    for number in NUMBERS:
        heading = {1: intro, 49: financial, 95: governance}.get(number)
        if heading:
            rows.append(f'<tr><td colspan="2"><p><b>{heading}</b></p></td></tr>')
        first, *items = paragraph_text(lang, number).split("\n")
        rows.append(f'<tr><td valign="top"><p>{number}.</p></td><td><p>{first}</p></td></tr>')
        rows += [f"<tr><td></td><td><p>{item}</p></td></tr>" for item in items]
    annex = "".join(f"<tr><td><p>{a}</p></td><td><p>{b}</p></td></tr>" for a, b in agenda.annex_rows)
    direction = ' dir="rtl"' if lang == "ar" else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{direction}><head><meta charset="utf-8"><title>{agenda.title}</title>'
            f"</head><body><h2>{agenda.title}</h2><p>{agenda.symbol}</p><table>{''.join(rows)}</table>"
            f"<h3>{agenda.annex}</h3><table>{annex}</table></body></html>").encode()


# -- names: the registry's, in the version's language -------------------------------------------------

@pytest.mark.parametrize("lang, paragraph, preamble, annex", [
    ("en", "Tunis Agenda §96", "Tunis Agenda, preamble", "Tunis Agenda, Annex"),
    ("fr", "Agenda de Tunis §96", "Agenda de Tunis, préambule", "Agenda de Tunis, annexe"),
    ("es", "Agenda de Túnez §96", "Agenda de Túnez, preámbulo", "Agenda de Túnez, anexo"),
    ("ru", "Тунисская программа §96", "Тунисская программа, преамбула", "Тунисская программа, приложение"),
    ("ar", "برنامج عمل تونس §96", "برنامج عمل تونس، الديباجة", "برنامج عمل تونس، المرفق"),
    ("zh", "突尼斯议程 §96", "突尼斯议程序言", "突尼斯议程附件"),
])
def test_a_translation_is_labelled_in_its_language_with_its_originals_locators(lang, paragraph, preamble, annex):
    found = units(lang)
    assert (found["96"].label, found["preamble"].label, found["annex"].label) == (paragraph, preamble, annex)
    assert found["96"].id == f"{DOC_IDS[lang]}:96"


@pytest.mark.parametrize("lang", LANGS)
def test_a_translation_takes_its_originals_registry_entry_and_its_own_title(lang):
    unit = units(lang)["96"]
    original = units("en")["96"]
    assert (unit.url, unit.body, unit.year, unit.kind) == (original.url, original.body, original.year, "agenda")
    assert unit.lang == lang
    assert _words(unit.title) == _words(AGENDAS[lang].title)  # the registry's title, apostrophes aside


def test_a_translation_without_names_of_its_own_in_the_registry_shows_its_language():
    info = doc_info("itu-wsis-page-fr")
    assert (info.short, info.lang, info.body) == ("ITU and WSIS page [fr]", "fr", "ITU")


def test_a_translation_is_labelled_with_its_registered_name_in_its_language():
    info = doc_info("roadmap-c5-fr")
    assert (info.short, info.lang, info.body) == ("Feuille de route de la grande orientation C5", "fr", "ITU")
    assert doc_info("pp-res-140-es").short == "Resolución 140 (Rev. Guadalajara, 2010)"
    assert doc_info("pp-res-140-ru").short == "Резолюция 140 (Пересм. Гвадалахара, 2010 г.)"
    assert doc_info("geneva-plan-zh").short == "日内瓦行动计划"


# -- the language of a document --------------------------------------------------------------------

def test_each_version_added_without_a_language_is_stored_in_the_one_its_text_is_in(tmp_path):
    stored = add_agendas(tmp_path / "home", tmp_path / "files", tell_language=False)
    assert stored == {DOC_IDS[lang]: lang for lang in LANGS}
    found = {u.id: u for u in all_units(tmp_path / "home")}
    assert {found[f"{DOC_IDS[lang]}:50"].lang for lang in LANGS} == set(LANGS)
    assert found["tais-zh:96"].label == "突尼斯议程 §96" and found["itu-wsis-page:tais-96"].lang == "en"


def test_the_language_is_told_from_the_body_not_the_latin_title_block(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Document CITY-31/DOC/4-E\nOriginal: English\n\n" + agenda_txt("ru"))
    assert add_file(tmp_path / "home", path, "city-notes").lang == "ru"


def test_a_language_the_id_contradicts_is_refused_with_the_id_to_use(tmp_path):
    home, files = tmp_path / "home", write_agendas(tmp_path / "files")
    with pytest.raises(CorpusError, match=r"reads as French \(fr\), but tais-es is the Spanish \(es\) version of tais: "
                                          r"add it as tais-fr, or pass --lang es if it is in Spanish$"):
        add_file(home, files["tais-fr"], "tais-es")
    with pytest.raises(CorpusError, match=r"reads as French \(fr\), but tais is the English \(en\) version of tais: "
                                          r"add it as tais-fr"):
        add_file(home, files["tais-fr"], "tais")
    with pytest.raises(CorpusError, match=r"reads as English \(en\), but tais-zh is the Chinese \(zh\) version of tais: "
                                          r"add it as tais,"):
        add_file(home, files["tais"], "tais-zh")
    with pytest.raises(CorpusError, match=r"^--lang fr does not fit tais-es, the Spanish \(es\) version of tais: "
                                          r"add it as tais-fr$"):
        add_file(home, files["tais-fr"], "tais-es", lang="fr")
    with pytest.raises(CorpusError, match=r"^unknown language 'de': use one of en, fr, es, ru, ar, zh$"):
        add_file(home, files["tais-fr"], "tais-fr", lang="de")
    assert DocumentStore(home).all() == []


def test_a_language_given_is_kept_even_where_the_text_says_another(tmp_path):
    # An operator knows better than function words: a French text given as Spanish under a plain id is stored so.
    files = write_agendas(tmp_path / "files", ("fr",))
    doc = add_file(tmp_path / "home", files["tais-fr"], "agenda-notes", lang="es")
    assert doc.lang == "es" and {u.lang for u in all_units(tmp_path / "home") if u.doc == "agenda-notes"} == {"es"}


def test_a_document_stored_before_languages_were_kept_loads_as_english(tmp_path):
    home = tmp_path / "home"
    add_agendas(home, tmp_path / "files", langs=("en",))
    meta = home / "documents" / "tais" / "meta.json"
    old = {k: v for k, v in json.loads(meta.read_text("utf-8")).items() if k != "lang"}
    meta.write_text(json.dumps(old), "utf-8")
    doc = DocumentStore(home).get("tais")
    assert doc is not None and doc.lang == "en"
    assert {u.lang for u in all_units(home) if u.doc == "tais"} == {"en"}


runner = CliRunner()


def wsis(*args, home, code=0):
    result = runner.invoke(app, [*map(str, args), "--home", str(home)])
    assert result.exit_code == code, (result.output, result.exception)
    return result


def test_corpus_add_takes_lang_and_reports_it_and_list_shows_it(tmp_path):
    files = write_agendas(tmp_path / "files", ("fr", "zh"))
    home = tmp_path / "home"
    added = wsis("corpus", "add", files["tais-fr"], "--id", "tais-fr", "--lang", "fr", home=home).output
    assert added.startswith("Added tais-fr (txt, agenda, French, 10 units): 8 paragraphs (§1–3, §49–50, §95–97)")
    assert wsis("corpus", "add", files["tais-zh"], "--id", "tais-zh", home=home).output.startswith(
        "Added tais-zh (txt, agenda, Chinese, 10 units)")
    rows = {r["id"]: r for r in map(json.loads, wsis("corpus", "list", "--json", home=home).stdout.splitlines())}
    assert (rows["tais-fr"]["lang"], rows["tais-zh"]["lang"], rows["tais"]["lang"]) == ("fr", "zh", "en")
    assert rows["tais-fr"]["title"] == "Agenda de Tunis pour la société de l'information"
    assert "│ fr " in wsis("corpus", "list", home=home).output
    units_json = json.loads(wsis("corpus", "units", "tais-zh", "--json", home=home).stdout)
    assert units_json[-1] == {"id": "tais-zh:annex", "label": "突尼斯议程附件",
                              "text": "行动方面 | 可能的主持方\nC2. 基础设施 | 牵头机构\nC5. 建立信心 | 牵头机构"}


def test_corpus_add_with_a_language_it_does_not_know_is_one_line(tmp_path):
    files = write_agendas(tmp_path / "files", ("fr",))
    output = wsis("corpus", "add", files["tais-fr"], "--id", "tais-fr", "--lang", "de", home=tmp_path, code=2).output
    assert output.strip() == "error: unknown language 'de': use one of en, fr, es, ru, ar, zh"


# -- the question set on these documents -----------------------------------------------------------

def test_every_citation_and_fact_of_the_multilingual_docs_questions_is_in_the_units(tmp_path):
    add_agendas(tmp_path / "home", tmp_path / "files")
    found = {u.id: u for u in all_units(tmp_path / "home")}
    questions = [json.loads(line) for line in (ROOT / "evals/datasets/multilingual-docs.jsonl").read_text("utf-8").splitlines()]
    assert {q["lang"] for q in questions} == set(LANGS)
    for question in questions:
        cited = [found[c] for c in question["expected_citations"]]  # KeyError: a citation no unit has
        assert all(any(fact in u.text for u in cited) for fact in question["expected_facts"]), question["id"]
        if "not-indexed" in question["tags"]:
            assert not any(u.locator == "12" for u in found.values())


# -- what makes the segmentation work without letter case ---------------------------------------------

@pytest.mark.parametrize("heading", ["آليات التمويل من أجل التوصيلية", "连通性筹资机制", "Механизмы финансирования",
                                     "Mécanismes de financement"])
def test_a_short_line_alone_without_closing_punctuation_is_a_heading_in_any_script(heading):
    blocks = lines_to_blocks(["1. Text of the first paragraph.", "", heading, "", "2. Text of the second."], plain=True)
    assert [(b.text, b.heading) for b in blocks][1] == (heading, True)


@pytest.mark.parametrize("line, token", [
    ("أ) تشجيع نقاط التبادل", "a"), ("(ج) تشجيع العمل", "c"), ("هـ) الإبلاغ", "e"), ("’2‘ سجل عام", "ii"),
    ("١٢. نحن نتفق", "12"), ("(b) 请资助方", "b"),
])
def test_arabic_letters_quoted_numbers_and_arabic_indic_digits_are_item_markers(line, token):
    found = marker(line)
    assert found is not None and found[0] == token


def test_an_arabic_number_in_quotes_is_a_sub_item_even_after_the_eighth_letter():
    # ’1‘ maps to i, which after h) would read as the letter i): the quotes say it is a numeral
    text = "مقدمة:\nز) أولا؛\nح) ثانيا:\n’1‘ واحد؛\n’2‘ اثنان؛\nط) ثالثا."
    unit = DocInfo("x", "X", lang="ar").unit("1", "X §1", text)
    assert [path for _, _, path in item_paths(text)] == [(), ("g",), ("h",), ("h", "i"), ("h", "ii"), ("i",)]
    assert (sub_item_label(unit, "واحد"), sub_item_label(unit, "ثالثا")) == ("X §1(ح)’1‘", "X §1(ط)")


def test_word_numbering_in_abjad_letters_and_arabic_indic_digits_is_written_out():
    assert [_format(n, "arabicAbjad") for n in (1, 2, 3, 5)] == ["أ", "ب", "ج", "هـ"]
    assert _format(12, "hindiNumbers") == "١٢" and marker(f"{_format(3, 'arabicAbjad')}) نص") == ("c", "نص")


def test_arabic_indic_paragraph_numbers_are_the_paragraphs_numbers():
    text = "\n\n".join(["برنامج عمل تونس بشأن مجتمع المعلومات", "١. نحن نتفق على البرنامج.",
                       "٢. نلاحظ أن هذا البرنامج يستند إلى المبادئ.", "٣. نقرر استعراض البرنامج."])
    result = read(text.encode(), "txt", "auto", doc_info("tais-ar"), "ar.txt")
    assert [u.locator for u in result.units] == ["1", "2", "3"]


def test_chinese_lines_wrapped_mid_sentence_join_without_a_space_and_a_sub_item_stays_apart():
    lines = ["50. 我们认识到，接入骨干网的费用给小型网络造成沉", "重负担。因此，我们呼吁制定一项降低这些费用的计",
             "划，具体办法是：", "a) 推动建立使本地流量留在本地的交换点；", "b) 请资助方优先考虑共享基础设施；"]
    assert [b.text for b in lines_to_blocks(lines, plain=True)] == [
        "50. 我们认识到，接入骨干网的费用给小型网络造成沉重负担。因此，我们呼吁制定一项降低这些费用的计划，具体办法是：",
        "a) 推动建立使本地流量留在本地的交换点；", "b) 请资助方优先考虑共享基础设施；"]


@pytest.mark.parametrize("text, sentences", [
    ("ندرك أن التكاليف ثقيلة. ولذلك ندعو إلى وضع خطة، وذلك من خلال ما يلي:", ["ندرك أن التكاليف ثقيلة.",
                                                                        "ولذلك ندعو إلى وضع خطة، وذلك من خلال ما يلي:"]),
    ("هل هذا صحيح؟ نعم؛ بالتأكيد.", ["هل هذا صحيح؟", "نعم؛", "بالتأكيد."]),
    ("我们认识到，费用造成沉重负担。因此，我们呼吁：降低费用；报告进展！",
     ["我们认识到，费用造成沉重负担。", "因此，我们呼吁：降低费用；", "报告进展！"]),
    ("Мы признаем это. В связи с этим мы призываем: снизить расходы.", ["Мы признаем это.",
                                                                     "В связи с этим мы призываем: снизить расходы."]),
    ("Nous notons ceci. Établir la confiance importe ; voir p. ex. la suite.", [
        "Nous notons ceci.", "Établir la confiance importe ; voir p. ex. la suite."]),
])
def test_arabic_chinese_and_cyrillic_stops_end_sentences_where_latin_ones_do(text, sentences):
    assert split_sentences(text) == sentences


def test_chinese_full_width_punctuation_stays_in_the_text_and_other_forms_are_folded():
    assert clean("我们，在此：１２．（a）ﬁ") == "我们，在此：12.(a)fi"


@pytest.mark.parametrize("heading", ["ANNEXE", "A N N E X", "Anexo", "ПРИЛОЖЕНИЕ", "المرفق", "附 件", "附件一"])
def test_the_annex_heading_in_capitals_or_spaced_out_opens_the_annex(heading):
    text = f"1. We agree.\n\n2. We note.\n\n3. We resolve.\n\n{heading}\n\nAction line C5: the lead agency.\n"
    found = {u.locator: u for u in read(text.encode(), "txt", "agenda", doc_info("notes", "Notes"), "notes.txt").units}
    assert list(found) == ["1", "2", "3", "annex"] and found["annex"].text == "Action line C5: the lead agency."


@pytest.mark.parametrize("date, original", [
    ("18 novembre 2005", "Original : anglais"), ("18 de noviembre de 2005", "Original: inglés"),
    ("18 ноября 2005 года", "Оригинал: английский"), ("18 تشرين الثاني/نوفمبر 2005", "الأصل: بالإنكليزية"),
    ("2005年11月18日", "原文：英文"),
])
def test_the_date_and_original_language_lines_of_a_title_block_are_preamble_in_every_language(date, original):
    lines = ["WSIS-05/TUNIS/DOC/6(Rev.1)", date, original, "", "Title", "", "1. We agree.", "", "2. We note.", "",
             "3. We resolve.", ""]
    found = {u.locator: u for u in read("\n".join(lines).encode(), "txt", "agenda", doc_info("notes", "Title"), "n.txt").units}
    assert list(found) == ["preamble", "1", "2", "3"] and date in found["preamble"].text


# -- the six versions indexed together ----------------------------------------------------------------

@pytest.mark.parametrize("question, first", [
    ("Que demande le paragraphe 96 de l'Agenda de Tunis ?", "tais-fr:96"),
    ("¿Qué pide el párrafo 96 de la Agenda de Túnez?", "tais-es:96"),
    ("О чем просит пункт 96 Тунисской программы?", "tais-ru:96"),
    ("ما الذي تطلبه الفقرة 96 من برنامج عمل تونس؟", "tais-ar:96"),
    ("《突尼斯议程》第96段提出了什么请求？", "tais-zh:96"),
    ("What does paragraph 96 of the Tunis Agenda ask for?", "tais:96"),
])
def test_a_paragraph_named_in_a_question_is_found_in_the_questions_language(agendas_home, embeddings, question, first):
    from index.search import Searcher
    from index.store import connect

    hits = Searcher(connect(agendas_home), embeddings).search(question, k=5)
    lang = first.partition(":")[0].removeprefix("tais").removeprefix("-") or "en"
    assert (hits[0].unit.id, hits[0].unit.lang) == (first, lang)


@pytest.mark.parametrize("question, said", [
    ("《突尼斯议程》第三段说了什么？", "tais-zh:3"),  # in Chinese numerals
    ("ماذا تقول الفقرة الثالثة من برنامج عمل تونس؟", "tais-ar:3"),  # by its ordinal
    ("Que dit le troisième paragraphe de l'Agenda de Tunis ?", "tais-fr:3"),
    ("¿Qué dice el tercer párrafo de la Agenda de Túnez?", "tais-es:3"),
    ("Что говорится в третьем пункте Тунисской программы?", "tais-ru:3"),
    # a paragraph the held Agenda does not have: said so in the question's language, with those it has
    ("Que dit le paragraphe 150 de l'Agenda de Tunis ?",
     "Agenda de Tunis est indexé, mais il n'a pas de paragraphe 150 ; ses paragraphes numérotés sont §1–§3, "
     "§49–§50, §95–§97."),
    ("《突尼斯议程》第十五段说了什么？", "《突尼斯议程》已编入索引，但没有第15段；其编号段落为：§1–§3, §49–§50, §95–§97。"),
])
def test_a_paragraph_named_by_its_place_or_in_chinese_numerals_in_each_language(agendas_home, embeddings, question, said):
    from assistant.service import Assistant
    from assistant.settings import Settings

    answer = Assistant.open(Settings(home=agendas_home), embeddings=embeddings).ask(question)
    if ":" in said and " " not in said:
        assert [c.id for c in answer.citations] == [said]
    else:
        assert answer.refused and answer.answer == said
