"""Whether a unit answers a question part: its salient terms, the fact it wants, the names it uses.

A unit answers when it holds
- every number and year the question states ("2031" is in the answer, or it is about another
  time); a name or figure that the index never uses at all ("the Meridian Development Bank",
  "UNGIS") means the question is about something the documents do not cover;
- the kind of fact the question wants: a figure for "how much", a time for "by when";
- enough of the question's other words, each weighted by its rarity in the index (idf), so that
  "spectrum auctions" is not answered by a paragraph on spectrum alone: ``MIN_COVERAGE``.

Words the index never uses are left out of the coverage: they may be a delegate's paraphrase
("airwaves" for "spectrum"), which the dense ranking judges better than word matching can. Across
languages (a French question, an English unit) only the names and numbers can be compared; the words the
question's words stand for by the dictionary (corpus/dictionary.py) order the units that answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.facts import (
    CHARGE,
    FIGURES,
    PERSON,
    SAME_THING,
    SHARE,
    asking_words,
    made_on,
    months_of_dates,
    numbers_given,
    states_wanted,
)
from assistant.verbs import same_verb
from corpus.dictionary import english_senses, english_words, senses_at_start
from corpus.glossary import (
    ACRONYMS,
    abbreviated,
    acts_in_english,
    expansions,
    in_english,
    offices_in_english,
    paraphrases,
    plain_terms,
    without_terms,
)
from corpus.lang import detect
from corpus.refs import conference_year_digits, conference_years, document_mentions
from corpus.registry import load_registry
from corpus.text import CODE, NOT_IN_A_WORD_AFTER, NOT_IN_A_WORD_BEFORE
from index.lexical import tokenize
from index.terms import Terms

MIN_COVERAGE = 0.5
"""Share of a question's known salient words (idf-weighted) a unit must hold to answer it.
Calibrated on the development sets by ``benchmarks/calibrate.py``; checked on the held-out sets."""

# Words that frame a question rather than say what it is about, in the six languages.
FRAME_WORDS = frozenset(tokenize(
    "say says said state states stated mention mentions mentioned text document documents provide provides "
    "provided contain contains describe describes deal deals concern concerns pertain pertains pertaining regarding "
    "regard about tell explain "
    "mean means according accordance refer refers set sets out give gives exactly specifically particular mainly "
    "also still paragraph paragraphs section sections clause clauses item items part point annex page "
    # "How does the Agenda define meaningful connectivity?" asks what the text says it is, in its own words
    "define defines defined definition "
    # "Which kinds of companies …?" asks for companies: a text names them, not their kind
    "kind kinds type types sort sorts",
    "en",
)) | frozenset(tokenize("dit disent prévoit mentionne texte document concerne selon paragraphe section alinéa "
                        "point partie annexe propos exactement définit définissent définition", "fr")) \
    | frozenset(tokenize("dice dicen establece menciona texto documento respecto según párrafo sección inciso "
                         "apartado parte anexo exactamente define definen definición", "es")) \
    | frozenset(tokenize("говорится говорит сказано текст документ пункт раздел часть приложение согласно "
                         "именно касается определяет определяют определение", "ru")) \
    | frozenset(tokenize("يقول تقول ينص تنص نص الوثيقة الفقرة القسم البند المرفق بشأن", "ar")) \
    | frozenset(tokenize("说 规定 内容 文本 文件 段 节 部分 附件 关于", "zh"))

_ASKING_FOR_FIGURES = frozenset(tokenize("how many much", "en"))

# Words that only frame what a question asks, which a text need not use:
# - a part of a year the question names, which the year stands for ("by the end of 2033" of "By 31 December 2033")
# - the verb of purpose after "aims to" ("What does the roadmap aim to achieve?" of "the roadmap aims to: …")
_A_YEAR_AHEAD = r"(?=(?:19|20)\d{2}\b)"
_FRAMING = re.compile(
    rf"\b(?:end|beginning|start|middle|close|half)\s+of\s+{_A_YEAR_AHEAD}|\b(?:early|late|mid)[\s-]{_A_YEAR_AHEAD}"
    rf"|\b(?:fin|début|milieu)\s+(?:de\s+)?{_A_YEAR_AHEAD}|\b(?:finales|fines|principios|mediados)\s+de\s+{_A_YEAR_AHEAD}"
    rf"|\b(?:конц[ае]|начал[ае]|середин[еы])\s+{_A_YEAR_AHEAD}"
    r"|\b(?:aims?|aiming|seeks?|seeking|intends?|intending)\s+to\s+(?P<purpose>achieve|accomplish|attain|deliver|do)\b",
    re.IGNORECASE)

# Chairing, in the six languages: "chairs", "chaired by", "Chairperson", "presides", "présidé par", "presidencia",
# "председатель", "يرأس", "主席". Not "heads" ("возглавляет", "رئيس" also say it), which a director does.
_CHAIRING = re.compile(r"\b(?:chair\w*|presid\w*|présid\w*|председател\w*|председательств\w*)"
                       r"|يرأس|ترأس|يترأس|تترأس|رئاسة|主席|主持", re.IGNORECASE)

# "يرأس" is "heads" too, of an office, a division or a secretariat: a director's, not a chair's ("Head, … Division")
_HEADS_AN_OFFICE = re.compile(r"(?:يرأس|ترأس)\s+(?:ال)?(?:مكتب|إدارة|شعبة|أمانة|قسم)")

# "When did the Conference take place?" asks when it happened: the idiom says nothing a text holds ("place" is
# not a location there), and a text says "held in Marenvik, 12-14 June 2027"
_EVENT = re.compile(r"\b(?:take|takes|took|taken|taking)\s+place\b", re.IGNORECASE)
# A month in a Chinese date ("2033年3月31日"), which an English text names ("31 March 2033"): no figure it must hold
_CJK_MONTH = re.compile(r"(?<![\d.])\d{1,2}(?=\s*月)")
# A decimal ("version 2.0", "6.4 per cent"), which a text states whole, not as the two numbers the index reads in it
_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d+(?![\d]|\.\d)")
_NUMBER = re.compile(rf"(?<!\.){NOT_IN_A_WORD_BEFORE}\d+(?:[.,]\d+)*{NOT_IN_A_WORD_AFTER}")
_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*|[A-Z][A-Z0-9&-]{1,}[a-z]?s?|[A-Z][a-z]*[A-Z]\w*)(?![\w'’])")
_SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s+|[\"“(¿¡]\s*)([A-Z]\w*)")
# Capitalised words that open a question clause or name nothing in particular.
_NOT_NAMES = frozenset("""What Which Who Whom Whose When Where Why How Does Do Did Is Are Was Were Can Could Should
Would Will Shall May Might Has Have Had Under In On At By For From Of To With According As If The A An And Or But Also
Besides Beyond Since Until Before After Between Apart Other Please List Name Give Tell Explain Describe Quote Show
Paragraph Section Clause Annex Article Item Part Page Resolution Resolutions I We You It They This That These Those
Que Qui Quel Quelle Quels Quelles Quoi Quand Comment Pourquoi Où Qué Quién Quiénes Cuál Cuáles Cuándo Cómo Dónde
Le La Les Un Une Des Du De El Los Las Una Del Al Selon Según En Dans Pour Para Por Sur Sobre""".split())

@dataclass(frozen=True)
class Salience:
    """What a question part is about, in words a unit can be checked against."""

    lang: str
    weights: dict[str, float]
    """Salient words the index knows, each with its idf."""
    required: tuple[tuple[tuple[str, ...], ...], ...]
    """Numbers and years, each as the alternative term sets that state it."""
    unknown_names: tuple[str, ...]
    """Names and numbers the question states that no indexed unit holds (nor, for an acronym, its expansion)."""
    wants: str | None
    counted: str | None = None
    """What "how many …" counts: a unit answers with a number of it ("24 indicators")."""
    counted_english: tuple[str, ...] = ()
    """The same, of a question in another language, as the English stems it may stand for: a unit in English that
    names one answers with a number of it."""
    entities: tuple[Entity, ...] = ()
    """Names of several words ("the Regional Connectivity Fund"): a unit that answers about one names it."""
    unknown_words: int = 0
    """Content words of the question no indexed unit uses (a paraphrase's own words, or a thing not covered)."""
    given: frozenset[str] = frozenset()
    """The numbers the question states itself: the figure it wants is another one."""
    acts: tuple[frozenset[str], ...] = ()
    """The official acts a question in another language names ("crée"), each as the English stems that state it
    ({"establish", "creat", "launch"}): a unit in English that states one does what the question asks."""
    english: tuple[tuple[frozenset[str], float], ...] = ()
    """A question in another language than English: its words as the dictionary gives them in English
    (corpus/dictionary.py), each as the English terms it may stand for, with the idf of the rarest. Of the units
    that answer, the one that holds most of them is quoted first; they do not decide whether a unit answers: a
    word-for-word reading misses what a paraphrase says in other words, and as a gate it refused 43 % of the
    answerable questions of multilingual-devdocs-2 (benchmarks/README.md)."""
    glossary: tuple[tuple[frozenset[str], float], ...] = ()
    """The same question's summit terms in English as the glossary gives them, and the texts' terms for the plain
    words among them ("contacter" -> "contact" -> "focal point"), as the search reads them (index/search.py): with
    ``english``, they tell which unit is quoted first; not which joins it (one such term is one more word)."""
    charge: frozenset[str] = frozenset()
    """The charge a question in another language asks of, as the English stems the dictionary gives for it ("taux
    d'intérêt" -> {"rate", "interest"}; an interest rate is asked as a share): an English unit answers only if it
    names it, as for ``office``; a unit stating some sum or share of the Fund is near in meaning to any question on it."""
    office: frozenset[str] = frozenset()
    """The office a question in another language asks who holds ("Qui est le directeur …?"), as the English stems
    that name it ({"director"}): a unit in English names a person as holding it, or does not answer."""
    chair: bool = False
    """The question asks who chairs or presides over something: a unit answers only if it speaks of chairing it
    (a body or a State may hold the chair, so this is no question for a person's name)."""
    yearly: tuple[str, ...] = ()
    """The question's words for "once a year" ("every year", "annually"): held by a text that says it in any of them."""
    read_names: tuple[Entity, ...] = ()
    """A French or Spanish question's names of several capitalised words ("el Fondo Regional de Conectividad"), read
    into English word by word: an English text that calls it by its head alone ("the Fund") holds its words, as
    for ``entities``. Not required of a unit: the dictionary's reading of a name is not its English name."""
    paraphrased: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = ()
    """An English question's plain words that stand for the texts' terms (corpus/glossary.py PARAPHRASES: "kids" ->
    children), as stems, with each of the terms' words as stems: a unit holding one holds the plain words, for whether
    it answers (``support``); which of the units that answer is quoted first goes by the words as asked."""


@dataclass(frozen=True)
class Entity:
    """A name of several words, as a unit may state it: all its words, or its head alone as the text's
    own short form ("the Regional Connectivity Fund (the Fund)")."""

    name: str
    stems: tuple[str, ...]
    head: str
    lang: str = ""
    """The language of the texts it is looked for in, when only those (a name the glossary says in English)."""
    owner: Entity | None = None
    """The name after "of the" ("the Board of Governors of the Regional Connectivity Fund"), with ``own`` the
    stems of the name before it: a text on the Fund names "a Board of Governors" and calls the Fund "the Fund"."""
    own: tuple[str, ...] = ()
    kind: str = ""
    """The stem of the common noun after the name that says what it is ("the Connect the World initiative"): a text
    naming it says that much of it, not what a question asks of it ("Which countries financed …?")."""

    def named_in(self, held: frozenset[str], text: str) -> bool:
        """``held``: the unit's terms as searched (its heading's and its acronyms' expansions' too). An
        expansion names what it spells out as a whole, not its words one by one: "(in relation to IGF)" names
        the Internet Governance Forum, and with "WSIS" elsewhere in the text not a "WSIS Forum"."""
        spelled, only_spelled = _spelled_out(text)
        if self.owner is not None and _holds(held - only_spelled, self.own) and self.owner.named_in(held, text):
            return True
        return (_holds(held - only_spelled, self.stems) or any(_in_a_row(self.stems, words) for words in spelled)
                or self.short_form_in(text))

    def short_form_in(self, text: str) -> bool:
        """The text calls it by its head alone ("the Fund", "this Conference3": a footnote mark may stick to the
        word), or it is the States and the text is theirs: an agenda's paragraph says "We shall integrate digital
        literacy …", and "what are Member States to integrate?" asks of it."""
        return (bool(re.search(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+{_OF_A_SERIES}{re.escape(self.head)}(?![A-Za-z-])", text))
                or (self.name in _SPEAKERS and bool(_WE.search(text))))


# One of a series, called by its head and its rank: "adopted at the first Summit on 3 June 2027"
_OF_A_SERIES = r"(?:(?:first|second|third|fourth|fifth|sixth|next|last|previous|present|current)\s+)?"


# The names a question gives those who adopt an agenda, which speaks as "We": "We, the ministers … of the Member
# States", "We, the representatives of the peoples of the world"
_SPEAKERS = frozenset({"Member States", "States", "Governments", "Member countries"})
_WE = re.compile(r"(?:^|[.;:!?]\s+)We\b")


@dataclass(frozen=True)
class Support:
    coverage: float
    """Share of the salient words (idf-weighted) the unit holds; 1.0 when nothing can be compared."""
    missing: tuple[str, ...]
    """Numbers or years the question states and the unit does not."""
    has_wanted: bool
    beyond_names: bool = True
    """The unit holds at least one of the question's salient words besides the names it shares with it, or the
    question has no such word: "Who chairs the Steering Committee?" is not answered by a paragraph that only
    names the Steering Committee."""

    def answers(self, min_coverage: float = MIN_COVERAGE) -> bool:
        return not self.missing and self.has_wanted and self.beyond_names and self.coverage >= min_coverage


def salience(text: str, terms: Terms, ignore: frozenset[str] = frozenset(), wants: str | None = None,
             lang: str | None = None, counted: str | None = None,
             ignore_english: frozenset[str] = frozenset(), counted_english: tuple[str, ...] = (),
             unnamed: str | None = None) -> Salience:
    """The salient words of ``text``; ``ignore`` holds terms already used to find the units (a document's
    name, a paragraph number), which the answer need not repeat; ``ignore_english``, the same in English, for
    the English terms a question in another language stands for. ``unnamed``: ``text`` less the names of the
    documents it uses, which the dictionary does not read word by word ("برنامج عمل تونس" is the Tunis Agenda,
    not also a "programme" and an "action")."""
    lang = lang or detect(text)
    # "Whom should I contact …?" asks for a focal point: the texts' term is a salient word of it as well
    plain = " ".join(plain_terms(text)) if lang == "en" else ""
    framing = (m["purpose"] or m[0] for m in _FRAMING.finditer(text))
    asking = frozenset(tokenize(" ".join([asking_words(text, wants), *framing]), lang))
    words = [t for t in dict.fromkeys(tokenize(f"{_EVENT.sub(' ', text)} {plain}", lang))
             if t not in FRAME_WORDS and t not in ignore and t not in asking]
    weights = {t: terms.idf(t) for t in words if terms.known(t) and not t.isdigit()}
    paraphrased = _paraphrased(text, terms) if lang == "en" else ()
    # a plain word no indexed text uses ("kids") weighs as the texts' term it stands for
    weights |= {t: max(terms.idf(k) for k in alternatives[0]) for said, alternatives in paraphrased
                for t in said if t in words and t not in weights}
    required: list[tuple[tuple[str, ...], ...]] = []
    unknown: list[str] = []
    unknown_as_words: list[tuple[str, ...]] = []
    sessions = conference_year_digits(text)
    mentions = document_mentions(text) if lang != "en" else []
    in_documents = {word for start, end, _ in mentions for word in _NAME.findall(text[start:end])}
    for name in _names_and_numbers(_CJK_MONTH.sub("", text)):
        options = tuple(o for o in _alternatives(name, lang) if o and not set(o) <= ignore)
        if name in sessions:
            # the "10" of "PP-10" is the year 2010, which "Resolution 101 (Plenipotentiary 2010)" states
            options = (*options, (sessions[name],))
        if not options:
            continue  # a name of the document the part is limited to, which the answer need not repeat
        if not name[0].isdigit() and lang not in terms.langs:
            # a Spanish "Foro" cannot be looked up in English texts; a number can, and so can a name the dictionary
            # does not read that the English texts use as it is ("l'Université de Tallmoor"): it is held, or the
            # text is about something else. A document's name is checked as the document's English name, below.
            same = _same_in_english(name, lang, terms) if name not in in_documents else ()
            if same:
                required.append((same,))
            continue
        if not any(all(terms.known(t) for t in option) for option in options):
            unknown.append(name)  # a name or figure no indexed text uses: the question is about something else
        elif _DECIMAL.fullmatch(name):
            required.append(((name,),))  # "version 2.0" is not stated by a text holding a "2" and a "0" apart
        elif name[0].isdigit():
            required.append(options)  # a figure or year is stated in the answer, or it is not the answer
    for month in months_of_dates(text):
        stems = tuple(tokenize(month, "en"))
        if all(terms.known(t) for t in stems) and not set(stems) <= ignore:
            required.append((stems,))
    if lang != "en" and "en" in terms.langs:
        # "P3行动方针", "направление C5": a code is written alike in every language; "مرحلة جنيف", "Ginebra": a place
        # the dictionary reads. Either is stated by the English text that answers, as a number is; no text naming
        # it, the question is about something else
        searched = ignore | ignore_english
        codes = (tuple(tokenize(code, "en")) for code in CODE.findall(text))
        for stems in dict.fromkeys([*codes, *_places_read(unnamed or text, lang, searched)]):
            if stems and not set(stems) <= searched:
                if all(terms.known(t) for t in stems):
                    required.append((stems,))
                else:
                    unknown_as_words.append(stems)
    if counted and lang in terms.langs and not terms.known(counted):
        # "how many megahertz" of texts that never count megahertz; "combien de nouveaux points" cannot be
        # looked up in English texts
        unknown.append(counted)
    elif lang not in terms.langs and counted_english and not any(terms.known(t) for t in counted_english):
        # "كم عدد الوفيات …" (how many deaths) of English texts that never speak of deaths, as the dictionary reads it
        unknown.append(counted_english[0])
    entities = _entities(text, lang, ignore) if lang in terms.langs else ()
    if lang != "en" and "en" in terms.langs:
        # "le Forum du SMSI" is the WSIS Forum: a name the glossary says in English is checked in English texts
        entities += tuple(replace(e, lang="en") for e in
                          _entities(". ".join(t for t in in_english(text) if " " in t), "en", ignore))
        # "l'Agenda de Tunis" of English texts that are not the Agenda (the page's "§ 120 of TAIS"): named as
        # "the Tunis Agenda" is; a resolution is named by its number, which is required as every number is
        shorts = (_document_short(doc) for _, _, doc in mentions)
        entities += tuple(replace(e, lang="en") for e in
                          _entities(". ".join(short for short in shorts if not any(c.isdigit() for c in short)), "en",
                                    ignore | ignore_english))
    unknown += [e.name for e in entities if not all(terms.known(t) for t in e.stems)]
    unknown += [" ".join(place) for place in unknown_as_words]
    # "how many" frames a question for a figure: a text that never says "many" still states one
    asked = _ASKING_FOR_FIGURES if wants in FIGURES else frozenset()
    unknown_words = sum(1 for t in words if not terms.known(t) and not t.isdigit() and t not in asked
                        and t not in weights)
    acts = tuple(frozenset(stems) | frozenset(t for s in stems for t in _SAME_ACT.get(s, ()))
                 for stems in (tokenize(english, "en") for english in acts_in_english(text))) if lang != "en" else ()
    office = frozenset(t for english in offices_in_english(text) for t in tokenize(english, "en")) \
        if lang != "en" and wants == PERSON else frozenset()
    english: tuple[tuple[frozenset[str], float], ...] = ()
    glossary: tuple[tuple[frozenset[str], float], ...] = ()
    if lang != "en":
        # the words of a term the glossary reads are that term, not also what the dictionary reads each of them as
        english = _english_terms(english_senses(without_terms(_EVENT.sub(" ", unnamed or text)), lang), terms,
                                 ignore | ignore_english)
        # the summit's terms the glossary gives, and the texts' terms for the plain words among them
        given = in_english(text)
        glossary = _english_terms(((t,) for t in dict.fromkeys([*given, *plain_terms(" ".join(given))])), terms,
                                  ignore | ignore_english, taken=tuple(stems for stems, _ in english))
    charge = frozenset(t for words in english_senses(text, lang) for t in tokenize(" ".join(words), "en")
                       if t in _CHARGES) if lang != "en" and wants in (CHARGE, SHARE) else frozenset()
    read_names = _read_names(text, lang, ignore_english) if lang != "en" and "en" in terms.langs else ()
    chair = bool(_CHAIRING.search(text)) and not _HEADS_AN_OFFICE.search(text)
    return Salience(lang=lang, weights=weights, required=tuple(required), unknown_names=tuple(unknown), wants=wants,
                    counted=counted, entities=entities, unknown_words=unknown_words, given=numbers_given(text),
                    acts=acts, office=office, chair=chair, english=english, glossary=glossary,
                    charge=charge, counted_english=counted_english, read_names=read_names,
                    yearly=tuple(t for m in _YEARLY.finditer(text) for t in tokenize(m[0], lang)) if lang == "en" else (),
                    paraphrased=paraphrased)


def _paraphrased(text: str, terms: Terms) -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """The stems of each plain phrase of ``text`` that stands for an official term some indexed text uses, with the
    stems of each of the term's words the index knows."""
    out = []
    for words, said in paraphrases(text):
        alternatives = tuple(dict.fromkeys(stems for stems in (tuple(tokenize(w, "en")) for w in words)
                                           if stems and all(terms.known(t) for t in stems)))
        if alternatives:
            out.append((tuple(tokenize(said, "en")), alternatives))
    return tuple(out)


def _places_read(text: str, lang: str, ignore: frozenset[str]) -> list[tuple[str, ...]]:
    """The English terms of each place the dictionary reads in ``text`` (it writes a place's English name
    capitalised), less those already searched by."""
    places = (w for senses in english_senses(without_terms(_EVENT.sub(" ", text)), lang) for w in senses if w[:1].isupper())
    stems = (tuple(t for t in tokenize(place, "en") if t not in ignore) for place in places)
    return [place for place in dict.fromkeys(stems) if place]


def _document_short(doc: str) -> str:
    document = load_registry().get(doc)
    return document.short if document else ""


def _same_in_english(name: str, lang: str, terms: Terms) -> tuple[str, ...]:
    """The English terms of a name in a French or Spanish question that is the same word in English texts: one that
    is no ordinary English word (not "Regional" of "Fondo Regional", which the texts may leave out of "the Fund"),
    no acronym or term the glossary reads, and that the texts use."""
    if (lang not in ("fr", "es") or name.casefold() in english_words() or senses_at_start(name, lang)
            or name in ACRONYMS or in_english(name)):
        return ()
    stems = tuple(tokenize(name, "en"))
    return stems if stems and all(terms.known(t) for t in stems) else ()


def _english_terms(readings: Iterable[tuple[str, ...]], terms: Terms, ignore: frozenset[str],
                   taken: tuple[frozenset[str], ...] = ()) -> tuple[tuple[frozenset[str], float], ...]:
    """Each reading (the English words one word or term of a question may stand for) as the index's terms it holds,
    with the idf of the rarest; less frame words, the names already searched by, and readings sharing a term with
    one before ("prêts" and "prêt" are one word of the question) or with ``taken``."""
    out: dict[frozenset[str], float] = {}
    for words in readings:
        stems = frozenset(t for t in tokenize(" ".join(words), "en")
                          if t not in FRAME_WORDS and t not in ignore and terms.known(t) and not t.isdigit())
        if stems and not any(stems & other for other in (*taken, *out)):
            out[stems] = max(terms.idf(t) for t in stems)
    return tuple(out.items())


def english_coverage(held: frozenset[str], english: tuple[tuple[frozenset[str], float], ...]) -> float:
    """Share of a question's words in another language (idf-weighted) that an English text holds."""
    total = sum(w for _, w in english)
    return sum(w for stems, w in english if stems & held) / total if total else 1.0


def held_terms(unit_id: str, unit_text: str, sal: Salience, terms: Terms) -> frozenset[str]:
    """The unit's terms, and the words of every name of the question it states by its own short form: "the
    Fund" of a text that introduced "the Regional Connectivity Fund" holds "regional" as the question means it.
    "The WSDI Forum" is another forum's name, not the short form of "the Digital Governance Forum"."""
    held = terms.of_unit.get(unit_id, frozenset())
    names = [*sal.entities, *(e.owner for e in sal.entities if e.owner is not None), *sal.read_names]
    named = [t for e in names if e.short_form_in(unit_text) for t in e.stems if t not in held]
    named += [t for t in sal.weights if t not in held and _SAME_ACT.get(t, frozenset()) & held]
    # "How many countries …" of a text counting Member States: UN texts name countries so. (Only what is counted: most
    # texts name Member States, which elsewhere tells none of them apart.)
    if sal.counted in sal.weights and sal.counted not in held and held.intersection(SAME_THING.get(sal.counted, ())):
        named.append(sal.counted)
    named += [t for t in sal.weights if t not in held and t in _abbreviated_terms(unit_text)]
    named += [t for t in sal.weights if t not in held and (_by_its_base(t, held) or same_verb(t, held))]
    if sal.yearly and _YEARLY.search(unit_text):  # "report … every year" of "report … annually"
        named += [t for t in sal.yearly if t not in held]
    return held | frozenset(named) if named else held


# Once a year, as texts and questions say it (not "twice a year")
_YEARLY = re.compile(r"(?<!twice\s)(?<!times\s)\b(?:(?:every|each|per|a)\s+year|annual(?:ly)?|yearly|per\s+annum)\b",
                     re.IGNORECASE)


def _by_its_base(term: str, held: frozenset[str]) -> bool:
    """A noun in "-age" and the word it is made of are one word to a question: "What coverage target …?" of a text
    saying "is covered by a mobile broadband network" (the stemmer keeps "coverag" and "cover" apart). Bases of
    five letters or more: "pack", "mess" and "pass" are not what "package", "message" and "passage" say."""
    if term.endswith("ag"):
        return len(term) >= 7 and term[:-2] in held
    return len(term) >= 5 and f"{term}ag" in held


@lru_cache(maxsize=4096)
def _abbreviated_terms(text: str) -> frozenset[str]:
    """The terms of the words the text abbreviates: "Res. 140" holds "resolution" as the question means it."""
    return frozenset(tokenize(" ".join(abbreviated(text)), "en"))


# The acts official texts name in set words, and that delegates name in others: "What register does the
# resolution create?" of "to establish a Regional Transit Price Register". Stemmed as the index stems them.
_SAME_ACT = {term: frozenset(group) - {term} for group in (
    tokenize("create establish launch", "en"),
    tokenize("adopt approve endorse", "en"),
    tokenize("ask request urge", "en"),
    tokenize("help assist", "en"),
    tokenize("evaluate assess appraise", "en"),
) for term in group}


# The words for what is charged, of which a question in another language names one ("taux", "سعر", "利率")
_CHARGES = frozenset(tokenize("fee fees price prices rate rates tariff tariffs charge charges levy levies interest "
                              "rent premium", "en"))


def states_acts(unit_id: str, unit_lang: str, sal: Salience, terms: Terms) -> bool:
    """A unit in another language than the question's states every act the question names."""
    held = terms.of_unit.get(unit_id, frozenset())
    return bool(sal.acts) and unit_lang != sal.lang and all(stems & held for stems in sal.acts)


def support(unit_id: str, unit_lang: str, unit_text: str, sal: Salience, terms: Terms) -> Support:
    held = terms.of_unit.get(unit_id, frozenset())
    if sal.required:
        # "Resolution 30 of the 2010 WTDC" is answered by "Resolution 30 (WTDC-10)": the year is in the conference's name
        held |= conference_years(unit_text) | frozenset(_DECIMAL.findall(unit_text))
    missing = tuple(" ".join(options[0]) for options in sal.required if not any(_holds(held, o) for o in options))
    missing += tuple(e.name for e in sal.entities if e.lang in ("", unit_lang) and not e.named_in(held, unit_text))
    held = held_terms(unit_id, unit_text, sal, terms)
    # "Could a hospital turn away a kid …?" of a text on children: the plain words read as the texts' term
    held |= {t for said, alternatives in sal.paraphrased if any(set(stems) <= held for stems in alternatives)
             for t in said}
    if sal.office and unit_lang != sal.lang and not sal.office & held:
        missing += (" ".join(sorted(sal.office)),)
    if sal.charge and unit_lang != sal.lang and not sal.charge & held:
        missing += (" ".join(sorted(sal.charge)),)
    if sal.chair and not _CHAIRING.search(unit_text):
        missing += ("chair",)
    beyond_names = True
    if sal.lang == unit_lang and sal.weights:
        total = sum(sal.weights.values())
        coverage = sum(w for t, w in sal.weights.items() if t in held) / total if total else 1.0
        named = {t for e in sal.entities if e.lang in ("", unit_lang) and e.named_in(held, unit_text)
                 for t in (*e.stems, *([e.kind] if e.kind else []))}
        rest = [t for t in sal.weights if t not in named]
        # A question that wants a kind of fact ("which year …") is checked by that fact instead
        beyond_names = bool(sal.wants) or not named or not rest or any(t in held for t in rest)
    else:
        coverage = 1.0
    has_wanted = any(states_wanted(unit_text, sal.wants, counted, sal.given) for counted in _counted(sal, unit_lang, held))
    return Support(coverage=coverage, missing=missing, has_wanted=has_wanted, beyond_names=beyond_names)


def _counted(sal: Salience, unit_lang: str, held: frozenset[str]) -> tuple[str | None, ...]:
    """What the unit must give a number of: in the question's language, what it counts; in English, for a question in
    another language, the English words for it that the unit uses (any of them: "指标" is a target and an indicator,
    and "20 indicators" counts it in a text that also speaks of targets), else the first it may stand for (which the
    unit, naming none, counts by a number of things it names otherwise: not by "USD 31 billion" for "كم عدد الوفيات")."""
    if sal.lang == unit_lang:
        return (sal.counted,)
    if unit_lang != "en":
        return (None,)
    used = tuple(t for t in sal.counted_english if any(made_on(h, t) for h in held))
    return used or (next(iter(sal.counted_english), None),)


@lru_cache(maxsize=4096)
def _spelled_out(text: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The words of each expansion of the acronyms ``text`` uses, and those of them the text itself does not use."""
    spelled = tuple(tuple(tokenize(expansion, "en")) for expansion in expansions(text))
    return spelled, frozenset(t for words in spelled for t in words) - frozenset(tokenize(text))


def _in_a_row(stems: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(stems)
    return any(all(_holds(frozenset((words[i + j],)), (stems[j],)) for j in range(n)) for i in range(len(words) - n + 1))


def _holds(held: frozenset[str], option: tuple[str, ...]) -> bool:
    """Every term of ``option`` is among the unit's terms; "Africa" is held by a unit saying "African"."""
    for term in option:
        if term in held:
            continue
        if len(term) >= 4 and any(h.startswith(term) or (len(h) >= 4 and term.startswith(h)) for h in held):
            continue
        return False
    return True


def _names_and_numbers(text: str) -> list[str]:
    starts = {m.start(1) for m in _SENTENCE_START.finditer(text)}
    out = [m[0] for m in _NUMBER.finditer(text)]
    for match in _NAME.finditer(text):
        word = match[0]
        if word in _NOT_NAMES or (match.start() in starts and not word.isupper()):
            continue
        out.append(word)
    return list(dict.fromkeys(out))


_PHRASE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+"
                     r"(?:\s+(?:(?:of|for|on)\s+the|of|for|and|on|the)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)+")


def _entities(text: str, lang: str, ignore: frozenset[str]) -> tuple[Entity, ...]:
    """Names of several capitalised words in ``text``, less the words a question opens with ("What")
    and those of the documents it is already limited to."""
    out = []
    for match in _PHRASE.finditer(text):
        words = match[0].split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        # a conference's session ("PP-10 Resolution 101") is a year, required as one, not a word of a name
        capitalised = [w for w in words if w[:1].isupper() and not conference_year_digits(w)]
        if len(capitalised) < 2:
            continue
        stems = tuple(t for t in tokenize(" ".join(words), lang) if t not in ignore)
        if stems:
            kind = _KIND_AFTER.match(text, match.end()) if lang == "en" else None
            entity = _entity(words, stems, lang, ignore)
            out.append(replace(entity, kind=tokenize(kind["kind"], lang)[0]) if kind else entity)
    return tuple(out)


# The common nouns that follow a name to say what it is: "the Connect the World initiative", "the WSIS Stocktaking
# database". Not a document's kind ("the K2 roadmap"): a document's name is read as the document (corpus/refs.py).
_KIND_AFTER = re.compile(
    r"\s+(?P<kind>initiatives?|programmes?|programs?|projects?|databases?|platforms?|portals?|networks?|funds?"
    r"|partnerships?|campaigns?|awards?|prizes?|facility|facilities|registers?|registry|websites?|mechanisms?)\b")


def _entity(words: list[str], stems: tuple[str, ...], lang: str, ignore: frozenset[str]) -> Entity:
    # The head of "the Regional Economic Commission for the Meridian" is "Commission": "the Meridian
    # Connectivity Report" does not name it
    before = words[:next((i for i, w in enumerate(words) if w in ("of", "for", "on")), len(words))]
    head = [w for w in before if w[:1].isupper()][-1]
    split = next((i for i in range(1, len(words) - 2) if words[i] in ("of", "for", "on") and words[i + 1] == "the"), None)
    if split is None:
        return Entity(" ".join(words), stems, head)
    own = tuple(t for t in tokenize(" ".join(words[:split]), lang) if t not in ignore)
    rest = words[split + 2:]
    rest_stems = tuple(t for t in tokenize(" ".join(rest), lang) if t not in ignore)
    if not own or not rest_stems:
        return Entity(" ".join(words), stems, head)
    return Entity(" ".join(words), stems, head, owner=_entity(rest, rest_stems, lang, ignore), own=own)


# A name in French or Spanish: capitalised words, joined by the words that join a name's parts; its head comes first
_UPPER = "A-ZÀ-ÖØ-Þ"
_ROMANCE_NAME = re.compile(
    rf"(?<![\w'’-])[{_UPPER}][\w'’-]+(?:\s+(?:(?:de|del|des|du|pour|para|sur|sobre|en)\s+(?:(?:la|las|los|les|el|l['’])\s*)?)?"
    rf"[{_UPPER}][\w'’-]+)+")


def _read_names(text: str, lang: str, ignore: frozenset[str]) -> tuple[Entity, ...]:
    """The names of ``text`` (French, Spanish) as English texts may call them: one per English word the name's first
    word, its head, may stand for ("Fondo" -> "Fund"), with the English terms of all its words."""
    if lang not in ("fr", "es"):
        return ()
    out = []
    for match in _ROMANCE_NAME.finditer(text):
        stems = tuple(dict.fromkeys(t for senses in english_senses(match[0], lang) for t in tokenize(" ".join(senses), "en")
                                    if t not in ignore))
        heads = [w for w in senses_at_start(match[0].split()[0], lang) if " " not in w]
        out += [Entity(match[0], stems, head.capitalize(), lang="en") for head in heads if len(stems) >= 2]
    return tuple(out)


def names_in(text: str) -> tuple[Entity, ...]:
    """The names of several capitalised words a text states, in its order ("the Board of Governors of the Fund")."""
    return _entities(text, "en", frozenset())


def _alternatives(name: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """The term sets that state a name: itself, its parts when it is hyphenated ("PP-10" of a text that writes
    "PP 10", or "PP 2010"), or for an acronym, its expansion."""
    own = tuple(tokenize(name, lang))
    parts = tuple(t for t in own if "-" not in t)
    options = (own, parts) if parts and parts != own else (own,)
    sessions = conference_year_digits(name)
    if sessions:  # "WTSA-08" of a text that writes "WTSA 2008"
        options = (*options, tuple(sessions.get(t, t) for t in parts))
    expansion = ACRONYMS.get(name) or ACRONYMS.get(name.rstrip("s"))
    return (*options, tuple(tokenize(expansion, "en"))) if expansion else options
