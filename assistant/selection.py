"""Which retrieved units answer one part of a question: the unit asked for by number, else the
best-ranked units that support it, one source per fact.

No margin against the best score decides here: a unit answers when it supports the part
(``assistant.support``: its names, numbers, wanted fact and salient words), in the order retrieval
ranked them. A second unit joins the first only when it holds salient words the first lacks (the
answer needs both), or when the question asks for a list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from assistant.acronyms import spells_out
from assistant.facts import (
    FIGURES,
    SAME_THING,
    TIMES,
    asks_country,
    asks_findings,
    asks_next,
    asks_outcome,
    asks_place,
    asks_progress,
    asks_then,
    came_about,
    counts_only,
    giver,
    of_the_year,
    only_to_come,
    ranked,
    states_as_of,
    states_country,
    states_place,
    states_then,
    states_wanted,
    to_come,
)
from assistant.reading import WHEN_WORDS, Part
from assistant.support import (
    FRAME_WORDS,
    MIN_COVERAGE,
    Salience,
    Support,
    english_coverage,
    held_terms,
    salience,
    states_acts,
    support,
)
from corpus import Unit
from corpus.blocks import marker
from corpus.refs import Ref, document_mentions, find_refs, fold, parts_named
from corpus.text import split_sentences
from index.catalog import Catalog, mentioned, roadmap_words, without_mentions
from index.hits import Hit
from index.lexical import tokenize
from index.terms import Terms

MAX_LIST_UNITS = 8
"""The longest list an answer gives; a list question rarely has more items in these texts."""
MAX_UNITS = 3
"""A question that is not a list is answered from at most this many units."""

UNSUPPORTED, OFF_DOCUMENT, NOT_STATED, NOT_NOW = "unsupported", "off-document", "not-stated", "not-now"
NOT_DEFINED = "not-defined"
NOT_HELD = "not-held"


@dataclass(frozen=True)
class Choice:
    """The units that answer one part, primary text first, and what else says the same."""

    part: Part
    hits: tuple[Hit, ...] = ()
    also_in: dict[str, tuple[Hit, ...]] = field(default_factory=dict)
    """Unit id -> units that say the same (the page's summary of a paragraph): named, not quoted."""
    lookup: bool = False
    """The part names these units by number: quote them whole."""
    reason: str | None = None
    """Why no unit answers: UNSUPPORTED; OFF_DOCUMENT when the document the part names does not cover it;
    NOT_STATED when the paragraph it names states no fact of the kind it wants (``named``); NOT_NOW when it
    asks for a figure as things stand now and no text gives one as of a moment it names; NOT_DEFINED when it
    asks what an acronym stands for that most texts use and none spells out; NOT_HELD when it names by number
    paragraphs or sections of a document it names that the document does not have."""
    named: tuple[Hit, ...] = ()
    """For NOT_STATED: the units the part names by number."""
    answering: tuple[Hit, ...] = ()
    """Every retrieved unit that supports the part, chosen ones first: what a language model may write from."""
    introduced: tuple[Hit, ...] = ()
    """Chosen units that the first one introduces (it ends with a colon): its continuation, not more sources."""
    outline: tuple[str, ...] = ()
    """When the part asks what a document it names is or says as a whole: the document's headings, in order."""
    omitted: tuple[Hit, ...] = ()
    """When the part asks for a section longer than an answer quotes: its units not quoted, in order."""
    related: tuple[Hit, ...] = ()
    """For OFF_DOCUMENT of a list ("What are the targets of the Marenvik Agenda?"): the named document's units
    that use the word listed, in its order. Most of them only mention the thing ("progress towards the targets
    of this Agenda"), so they are named as where to look, never quoted as the answer."""

    @property
    def sources(self) -> tuple[Hit, ...]:
        return tuple(dict.fromkeys((*self.hits, *self.answering)))


@dataclass(frozen=True)
class Limits:
    min_similarity: float
    """The dense gate: below this cosine a unit is not about the question at all…"""
    min_similarity_across: float | None = None
    """…and below this one, for a unit in another language than the question's (cosines across languages
    run lower: an Arabic question's answer in English scores 0.82-0.88 with e5, tenth to ninetieth percentile,
    with its words read into English by the dictionary in its vector; an English one's 0.82-0.91)."""
    min_similarity_named_across: float | None = None
    """…and this one, for a unit of a document the question names, in another language than the question's, that
    holds at least ``min_coverage`` of the question's words as the dictionary reads them into English: "أي مكتب
    إنساني تدعوه خطة عمل كالفورا …؟" of the Kalvora Agenda's paragraph on the Humanitarian Coordination Office, at
    0.816. Named, the document is where the answer is looked for; its words, read, say which unit is on it."""
    min_coverage: float = MIN_COVERAGE
    """Share of the question's salient words (idf-weighted) a unit holds to answer it in words…"""
    paraphrase_similarity: float = 1.0
    """…or the cosine at which it answers in meaning, words aside (a paraphrase avoids the text's words)."""
    depth: int = 12
    """How far down the ranking an answering unit is looked for: deeper finds more right answers that
    retrieval ranked low, and more near misses that happen to share the question's words."""
    addition_gain: float = 0.0
    """Share of the question's salient words (idf-weighted) a further unit must add to join the first."""
    tie_margin: float = 0.0
    """Cosine difference within which a further supporting unit is cited beside the first."""

    def gate(self, unit_lang: str, question_lang: str) -> float:
        if unit_lang == question_lang or self.min_similarity_across is None:
            return self.min_similarity
        return self.min_similarity_across

    def answers(self, support: Support, similarity: float) -> bool:
        if support.missing or not support.has_wanted:
            return False
        if similarity >= self.paraphrase_similarity:
            return True
        return support.beyond_names and support.coverage >= self.min_coverage


def choose(part: Part, hits: list[Hit], terms: Terms, catalog: Catalog, lang: str, limits: Limits,
           units: dict[str, Unit] | None = None, answered: frozenset[str] = frozenset(),
           elsewhere: Callable[[], list[Hit]] | None = None) -> Choice:
    """``units``: every indexed unit, for the clauses of a resolution's part asked about as a whole; ``answered``: the
    units the part before was answered from; ``elsewhere``: for a part limited to the documents it names, the search
    of every document, run only when needed (``_on_it_elsewhere``)."""
    own = _own_units(part, hits)
    if own:
        return _looked_up(part, own, _also_in(own, hits))
    named = [h for h in hits if h.named]
    if named and part.refs and all(ref.locator for ref in part.refs):
        # The paragraph is not indexed, a unit about it is (the page's item on TAIS §96): quote that.
        return _looked_up(part, named[:MAX_LIST_UNITS], {})
    if part.refs and all(ref.locator and "*" not in ref.locator and ref.doc in part.documents for ref in part.refs):
        # "section 12 of the K2 roadmap", which has nine: no other section is what it asks for
        return Choice(part, reason=NOT_HELD)
    sal = _salience_of(part, terms, catalog, lang)
    whole = (_section_asked(part, catalog, units) or _whole_document_asked(part, catalog, units, lang)
             or _adoption_asked(part, catalog, units, lang))
    if whole:
        return whole
    if part.acronym:
        defined = _defining(part, hits, terms, lang, limits)
        if defined is not None:
            return defined
    # A name, a figure or the kind of thing asked for ("which ports …", "what sanction …") that no
    # indexed text uses: the documents do not speak of it.
    unknown_focus = part.focus is not None and lang in terms.langs and not terms.known(part.focus)
    # "Dans quelle ville …?" of English texts that name no city: as the English question's, read by the dictionary.
    # Not where texts in the question's language are indexed: their own word for it may be there.
    unknown_focus |= (bool(part.focus_english) and lang not in terms.langs
                      and not any(terms.known(t) for t in part.focus_english))
    if sal.unknown_names or unknown_focus:
        return Choice(part, reason=OFF_DOCUMENT if part.documents else UNSUPPORTED)
    # A list looks at every unit retrieved: its items are many, and each must support the question.
    considered = hits if part.listing else _across_languages(hits, part, sal, terms)[: limits.depth]
    eligible = [h for h in considered if h.named or h.similarity >= limits.gate(h.unit.lang, lang)
                or _holds_every_word(h, sal, terms, least=1 if _lists_units(part) else 2)
                or _headed_by(h, part.focus or part.noun, lang) or states_acts(h.unit.id, h.unit.lang, sal, terms)
                # "Что такое дорожные карты и что в них включается?": what answered the first part is about "них"
                or (part.leans_back and h.unit.id in answered)
                or _read_in_named_document(h, part, sal, terms, catalog, lang, limits)]
    answering = [h for h in eligible if limits.answers(support(h.unit.id, h.unit.lang, h.unit.text, sal, terms), h.similarity)]
    if not part.listing:
        answering = [*_holding_all_below(hits, considered, answering, sal, terms, limits, lang), *answering]
    if sal.unknown_words and not any(terms.telling(t) for t in sal.weights) and not part.documents:
        # Some of the part's words no indexed text uses, and the others tell no unit apart ("What does ITU do on
        # cybersecurity?" of ITU's page, "When was the WSIS held?"): no unit holds what the part asks, so none
        # answers by its words (a coverage of "all of the rest" says nothing), only in meaning. A part limited
        # to a document it names answers from that document's units as before.
        answering = [h for h in answering if h.named or h.unit.lang != sal.lang
                     or h.similarity >= limits.paraphrase_similarity]
    answering, refused = _stating_what_is_asked(part, answering, sal, terms, lang, units)
    if refused:
        return Choice(part, reason=refused)
    if not answering and units and part.wants:
        # "Who is the focal point?" of a section that points to where it is named ("… the focal point named in
        # section 9") and states no such fact itself: the section pointed to answers, when it does
        pointing = [h for h in eligible if limits.answers(
            replace(support(h.unit.id, h.unit.lang, h.unit.text, sal, terms), has_wanted=True), h.similarity)]
        answering = _pointed_to(pointing, units, sal, terms, limits)
    if not answering:
        return Choice(part, reason=OFF_DOCUMENT if part.documents else UNSUPPORTED,
                      related=_using_listed_word(part, catalog, terms, units))
    if units and not part.listing:
        answering = [*answering, *_pointed_to(answering, units, sal, terms, limits)]
    if part.listing and (part.noun or part.scope):
        chosen = _listed(part, answering, terms, sal)
    else:
        chosen = _each_document_named(part, answering, _covering(answering, sal, terms, limits, answered))
        chosen = _on_it_elsewhere(part, chosen, elsewhere, sal, terms, catalog, limits)
    chosen = _whole_part(chosen, part, sal, units)
    introduced = _what_it_introduces(chosen, answering, units) if not part.listing else []
    chosen = [*chosen[:1], *introduced, *chosen[1:]][:MAX_LIST_UNITS]
    primary, also = _one_source_per_fact(chosen)
    return Choice(part, tuple(primary), also, answering=tuple(answering), introduced=tuple(introduced))


def _read_in_named_document(hit: Hit, part: Part, sal: Salience, terms: Terms, catalog: Catalog, lang: str,
                            limits: Limits) -> bool:
    """An English unit of a document a part in another language names (any version the index holds of it), above
    the gate for those (``Limits.min_similarity_named_across``), that holds at least ``min_coverage`` of the part's
    words as the dictionary reads them into English."""
    gate = limits.min_similarity_named_across
    return (gate is not None and hit.unit.lang == "en" != lang and bool(sal.english) and hit.similarity >= gate
            and any(hit.unit.doc in catalog.versions(fam) for fam in part.documents)
            and english_coverage(held_terms(hit.unit.id, hit.unit.text, sal, terms), sal.english) >= limits.min_coverage)


def _salience_of(part: Part, terms: Terms, catalog: Catalog, lang: str) -> Salience:
    return salience(part.text, terms, ignore=_name_terms(part, catalog, lang), wants=part.wants, lang=lang,
                    counted=part.counted, ignore_english=_name_terms(part, catalog, "en") if lang != "en" else frozenset(),
                    counted_english=part.counted_english, unnamed=_unnamed(part.text, catalog) if lang != "en" else None)


def best_coverage(part: Part, hits: Sequence[Hit], terms: Terms, catalog: Catalog, lang: str) -> float:
    """How much of the part's salient words the unit that holds most of them holds."""
    sal = _salience_of(part, terms, catalog, lang)
    return max((support(h.unit.id, h.unit.lang, h.unit.text, sal, terms).coverage for h in hits), default=0.0)


def _stating_what_is_asked(part: Part, answering: list[Hit], sal: Salience, terms: Terms,
                           lang: str, units: dict[str, Unit] | None = None) -> tuple[list[Hit], str | None]:
    """Of the units that answer by their words, those that also state the kind of thing the part asks beyond them (a
    figure as things stand now, a place, a country, a date on the event asked about …); with the reason to refuse,
    from the first check none passes."""
    if not answering:
        return answering, None
    unsupported = OFF_DOCUMENT if part.documents else UNSUPPORTED
    on_it: dict[str, list[str]] = {}

    def about(hit: Hit) -> list[str]:
        """The hit's sentences on what is asked (its whole text would hold another event's date or place)."""
        if hit.unit.id not in on_it:
            on_it[hit.unit.id] = _on_what_is_asked(hit, sal)
        return on_it[hit.unit.id]

    country, who, findings_asked = asks_country(part.text), giver(part.text), asks_findings(part.text)
    ranks = ranked(part.text) if lang == "en" else frozenset()
    asked = tuple(e.name.casefold() for e in sal.entities)
    checks: list[tuple[bool, Callable[[Hit], bool], str]] = [
        # "How much has the Fund disbursed so far?": an agenda's targets and shares are not what has happened since;
        # only a text that gives the figure as of a moment it names ("as of 1 March 2028") answers
        (part.now and part.wants in FIGURES, lambda h: states_as_of(h.unit.text), NOT_NOW),
        # "Which countries have received money from the Fund so far?": a decision on what the Fund shall allocate
        # lists none of those it has paid since. (Not "Has the C5 update already been published?": "… will be made
        # available shortly" answers that.)
        (part.now and part.listing and part.wants not in FIGURES, lambda h: not only_to_come(about(h)), NOT_NOW),
        # "How many exchange points were operating at the end of 2030?": a target for 2030 is not what came about
        (part.wants in FIGURES and asks_then(part.text, lang), lambda h: states_then(h.unit.text, sal.given), unsupported),
        # "Are countries on track to publish 100 data sets each by 2031?": the target's own paragraph ("each Member State
        # shall publish …") does not say how things stand
        (asks_progress(part.text), lambda h: not only_to_come(about(h)), unsupported),
        # "What were the conclusions of the mid-term review held at the 2029 Forum?": a text that plans the review
        # ("We decide to hold a mid-term review at the Forum of 2029") does not say what it concluded
        # … nor does a table of the activities with their dates: a text that answers speaks of what came about
        (asks_outcome(part.text), lambda h: not only_to_come(about(h)) and (not findings_asked or came_about(about(h))),
         unsupported),
        # "When is the third edition of the R4 roadmap due?" of the second edition's section on its next update: a text
        # speaks of the one of the series asked about, or its document is that one ("Second edition, 15 December 2031")
        (bool(ranks), lambda h: _of_the_one_ranked(h.unit, ranks, units), unsupported),
        # "Where will the next Marenvik Forum be held?" of "The first Marenvik Forum shall be held in 2028"
        (asks_place(part.text), lambda h: states_place(" ".join(of_the_year(about(h), sal.given)), asked), unsupported),
        # "How much did the host country pledge to the Fund?" of the total of the pledges announced at the Summit
        (bool(who), lambda h: set(who) <= terms.of_unit.get(h.unit.id, frozenset()), unsupported),
        # "Which countries financed the Connect the World initiative?" of the paragraph that names the initiative
        (country is not None, lambda h: states_country(h.unit.text, country or ""), unsupported),
        # "À quelle date la mise à jour 2011 de la ligne d'action C5 a-t-elle été publiée ?" of a paragraph whose
        # sentence on the C5 update gives no date ("… will be made available shortly"): a date in another sentence
        # is another event's
        (part.wants in TIMES, lambda h: states_wanted(" ".join(about(h)), part.wants, given=sal.given),
         unsupported),
        # "Of the USD 46 million the roadmap requests from the Fund, how much will go to the A2 pilot?" of the sentence
        # "USD 46 million requested from the Fund, mainly for the once-only pilot (A2) and for grants …": a sum the
        # question gives is not the part of it asked for
        (part.wants in FIGURES and bool(sal.given), lambda h: states_wanted(" ".join(about(h)), part.wants,
                                                                            given=sal.given), unsupported),
        # "When will the next review of Resolution 172 take place?" of "Resolution 172 (Plenipotentiary 2010):
        # Overall Review …": only a text that speaks of one to come says when the next is
        (part.wants in TIMES and asks_next(part.text), lambda h: to_come(about(h)), unsupported),
    ]
    for applies, keeps, reason in checks:
        if applies:
            answering = [h for h in answering if keeps(h)]
            if not answering:
                return answering, reason
    if part.listing and part.noun and counts_only(answering[0].unit.text, part.noun):
        # "Which projects did the Fund finance in its first round?" of "… approved its first eleven projects": the text
        # most on it says how many, not which; the others that use the word are on something else
        return [], unsupported
    return answering, None


# Words that ask what a document is, not what it says of something ("What is Resolution 19 about?",
# "the subject of …", "De quoi traite …", "Summarise the K2 roadmap"), and the kinds of document a name
# leaves behind ("the K2 roadmap" less "K2"), stemmed as the index stems them; in Chinese, as written.
_WHOLE_DOCUMENT = {lang: frozenset(tokenize(words, lang)) for lang, words in {
    "en": "about subject title purpose topic deal deals concern concerns main summarise summarize summary overview "
          "outline brief briefly please roadmap agenda resolution declaration "
          "compare comparison difference differences differ between versus",
    "fr": "objet titre sujet traite porte thème principal est-ce résume résumer résumé aperçu bref feuille route "
          "programme résolution déclaration comparer comparez différence différences entre",
    "es": "objeto título tema trata principal resume resumir resumen síntesis hoja ruta agenda resolución declaración "
          "comparar compare compara diferencia diferencias entre",
    "ru": "тема темой название предмет посвящена посвящен касается основная является такое кратко изложите резюме обзор "
          "дорожная карта повестка дня резолюция декларация сравните сравнить разница различия между",
    "ar": "موضوع عنوان يتناول الرئيسي لخص ملخص موجز خريطة الطريق جدول أعمال القرار الإعلان قارن مقارنة الفرق بين",
}.items()}
_WHOLE_DOCUMENT_ZH = ("主题", "标题", "内容", "关于", "讲", "什么", "的", "是", "了", "吗", "哪些", "概述", "总结", "概括",
                      "摘要", "简要", "介绍", "一下", "请", "路线图", "议程", "决议", "宣言", "比较", "区别", "差别", "和", "与")


# "According to the Marenvik Agenda, where …": where, when, who, how and why ask something of a document, not what it is.
_ASKS_SOMETHING_ELSE = re.compile(
    r"\b(?:where|when|who|whom|whose|how|why|où|quand|qui|comment|pourquoi|dónde|donde|cuándo|cuando|quién|quien"
    r"|cómo|como|por\s+qué|где|когда|кто|как|почему|зачем)\b|أين|متى|كيف|لماذا|哪里|何时|什么时候|谁|如何|怎么|为什么",
    re.IGNORECASE)


def _asks_what_it_is(part: Part, catalog: Catalog, lang: str) -> bool:
    """Whether the part says nothing besides the names of the documents it names and the words that ask what a
    document is, or how two compare ("Compare Resolution 19 and the K2 roadmap.")."""
    if not part.documents or part.refs or part.wants or part.listing:
        return False
    rest = catalog.rest(part.text)
    if rest == part.text:  # the document is the context of another part, not named in this one
        return False
    return asks_only_what_it_is(rest, lang)


def asks_only_what_it_is(rest: str, lang: str) -> bool:
    """Whether ``rest``, a question less the name of the document it names, holds only words that ask what a
    document is or says ("What is … about?", "What does … say?", "Qu'est-ce que … ?", "…讲了什么？")."""
    if _ASKS_SOMETHING_ELSE.search(rest):
        return False
    if lang == "zh":
        for word in _WHOLE_DOCUMENT_ZH:
            rest = rest.replace(word, "")
        return not re.search(r"\w", rest)
    return not [t for t in tokenize(rest, lang)
                if t not in FRAME_WORDS and t not in _WHOLE_DOCUMENT.get(lang, ()) and not t.isdigit()]


def _whole_document_asked(part: Part, catalog: Catalog, units: dict[str, Unit] | None, lang: str) -> Choice | None:
    """"What is Resolution 19 about?", "What does the Marenvik Agenda say?", "Summarise the K2 roadmap": a part
    whose only subject is a document it names asks what that document is, which its title says when it has
    one of its own (a resolution's), else its opening: its first numbered paragraph or section (past the
    masthead); its headings follow, as what else it holds. Of its versions, the one in the question's language."""
    if not units or not _asks_what_it_is(part, catalog, lang):
        return None
    openings: list[Hit] = []
    outline: tuple[str, ...] = ()
    for fam in part.documents:
        own = _held_version(fam, catalog, units, lang)
        if not own:
            return None
        opening = (units.get(f"{own[0].doc}:title") or next((u for u in own if u.locator.isdigit()), None)
                   or next((u for u in own if u.section), own[0]))
        openings.append(_quoted(opening))
        if len(part.documents) == 1:  # of several, each one's headings would bury the comparison
            outline = tuple(dict.fromkeys(u.section for u in own if u.section and u.section != opening.section))
    return Choice(part, tuple(openings), lookup=True, outline=outline)


def _held_version(fam: str, catalog: Catalog, units: dict[str, Unit], lang: str) -> list[Unit]:
    """The units of a document the part names, of its version in the question's language when the index holds
    one (else of another), in the index's order."""
    versions = catalog.versions(fam)
    held = [u for u in units.values() if u.doc in versions]
    if not held:
        return []
    doc = min(held, key=lambda u: u.lang != lang).doc
    return [u for u in held if u.doc == doc]


# "Who adopted Resolution 19?", "When was the Marenvik Agenda adopted?", "Кто принял Резолюцию 19?", "What is its
# symbol?", "In which language was it originally written?": asked of the document itself, what its masthead
# states. The words that ask it; the question may say nothing else but who, when, where, which body ("What does
# the Agenda adopt on spectrum?" asks what it says).
_ADOPTED = re.compile(
    r"\b(?:adopt\w*|approv\w*|approuv\w*|aprob\w*|приня[лт]\w*|утвердил\w*|symbol|cote|signatura|символ|original\w*"
    r"|оригинал\w*)|اعتمد\w*|اعتُمد\w*|通过",
    re.IGNORECASE)
# A symbol or an original language is said by a masthead that says it ("Document CCSD-27/DOC/3-E", "Original:
# French"); a resolution's title line does not, and is no answer to them. (What asks it, what states it.)
_MASTHEAD_STATES = (
    (re.compile(r"symbol|cote|signatura|символ", re.IGNORECASE), re.compile(r"\b[A-Z][A-Z0-9.]*(?:[-/][\w.()]+){2,}")),
    (re.compile(r"original|оригинал", re.IGNORECASE), re.compile(r"\boriginal\b|\bоригинал", re.IGNORECASE)),
)
_ADOPTION_WORDS = {lang: frozenset(tokenize(words, lang)) for lang, words in {
    "en": "who whom which what when where conference body meeting date year day place it this by document language "
          "written",
    "fr": "qui quel quelle quand où conférence organe réunion date année jour lieu il elle été par",
    "es": "quién qué cuándo dónde conferencia órgano reunión fecha año día lugar fue por",
    "ru": "кто кем какая какой когда где конференция орган дата год",
    "ar": "من متى أين أي مؤتمر هيئة تاريخ عام",
}.items()}
_ADOPTION_ZH = ("谁", "何时", "什么时候", "哪个", "哪次", "会议", "在哪里", "由", "是", "的", "了", "被", "吗")


def _adoption_asked(part: Part, catalog: Catalog, units: dict[str, Unit] | None, lang: str) -> Choice | None:
    """"Who adopted Resolution 19?", "When was the Marenvik Agenda adopted?": who adopted a document the part
    names (or the part before it, "…, and which conference adopted it?"), when or where, is what its own
    masthead says: a resolution's title and the conference's words under it ("The Connectivity Development
    Conference … (Salvara, 2028),"), an agenda's header ("Marenvik, 12-14 June 2027 … Adopted by acclamation");
    the paragraphs that adopt something else are not the answer."""
    if not units or len(part.documents) != 1 or part.refs or part.listing:
        return None
    rest = catalog.rest(part.text)
    adopted = _ADOPTED.search(rest)
    if not adopted:
        return None
    rest = rest[:adopted.start()] + rest[adopted.end():]
    if lang == "zh":
        for word in _ADOPTION_ZH:
            rest = rest.replace(word, "")
        if re.search(r"\w", rest):
            return None
    elif [t for t in tokenize(rest, lang) if t not in FRAME_WORDS and t not in _ADOPTION_WORDS.get(lang, ())]:
        return None
    masthead = [u for u in _held_version(part.documents[0], catalog, units, lang) if u.locator in ("title", "preamble")]
    stated = next((states for asks, states in _MASTHEAD_STATES if asks.match(adopted[0])), None)
    stating = [u for u in masthead if (not part.wants or states_wanted(u.text, part.wants))
               and (stated is None or stated.search(u.text))]
    if not stating:
        return None
    return Choice(part, (_quoted(stating[0]),), lookup=True)


def _section_asked(part: Part, catalog: Catalog, units: dict[str, Unit] | None) -> Choice | None:
    """"What does section III of the Marenvik Agenda say?": the units under the heading that the numeral or
    letter opens ("III. Financing"), or whose words it names ("the risks section"), in the document's order,
    quoted whole as many as an answer lists; of the document the part names, or of the one held document that
    has such a section."""
    if not units or not (part.section or part.topic):
        return None
    docs = {d for fam in part.documents for d in catalog.versions(fam)}
    if part.section:
        under = [u for u in units.values() if (not docs or u.doc in docs)
                 and u.section.split(maxsplit=1)[:1] == [f"{part.section}."]]
    else:  # "the risks section": the section whose heading holds the words
        under = [u for u in units.values() if (not docs or u.doc in docs) and u.heading
                 and set(part.topic) <= set(tokenize(u.heading, u.lang))]
    if not under or len({u.doc for u in under}) > 1:
        return None
    hits = [_quoted(u) for u in under]
    return Choice(part, tuple(hits[:MAX_LIST_UNITS]), lookup=True, omitted=tuple(hits[MAX_LIST_UNITS:]))


def _quoted(unit: Unit) -> Hit:
    """A unit taken for what the part asks by its place in a document, not by a search: quoted whole."""
    return Hit(unit, score=0.0, similarity=0.0, lexical=0.0, passage=unit.text, named=True)


def _defining(part: Part, hits: list[Hit], terms: Terms, lang: str, limits: Limits) -> Choice | None:
    """"What is WSIS?": the best-ranked unit about the question that spells the acronym out answers. When
    none does, and more than half of the units use it (what the texts are about: a unit that uses it says
    nothing of what it is), nothing answers (NOT_DEFINED); otherwise None: the part is answered as any other,
    from the few units that speak of it."""
    acronym = part.acronym or ""
    spelled = [h for h in hits if (h.named or h.similarity >= limits.gate(h.unit.lang, lang))
               and spells_out(h.unit.text, acronym)]
    if spelled:
        return Choice(part, (spelled[0],), answering=tuple(spelled))
    stems = tokenize(acronym, "en")
    if stems and terms.known(stems[0]) and not terms.telling(stems[0]):
        return Choice(part, reason=NOT_DEFINED)
    return None


def _using_listed_word(part: Part, catalog: Catalog, terms: Terms, units: dict[str, Unit] | None) -> tuple[Hit, ...]:
    if not (units and part.listing and part.noun and part.documents):
        return ()
    docs = {d for fam in part.documents for d in catalog.versions(fam)}
    return tuple(_quoted(u) for u in units.values() if u.doc in docs and part.noun in terms.of_unit.get(u.id, ()))


def _holds_every_word(hit: Hit, sal: Salience, terms: Terms, least: int = 2) -> bool:
    """A unit in the question's language that holds every one of its words (two at least, none the index
    does not know) is about it, whatever its cosine: a long paragraph's passages each say only part of it.
    ``least``: one word is enough where the question asks which units speak of it ("Which paragraphs deal
    with spectrum?"), if that word tells units apart."""
    held = held_terms(hit.unit.id, hit.unit.text, sal, terms)
    return (hit.unit.lang == sal.lang and len(sal.weights) >= least and not sal.unknown_words
            and (len(sal.weights) >= 2 or all(terms.telling(t) for t in sal.weights)) and all(t in held for t in sal.weights))


def _lists_units(part: Part) -> bool:
    """The part asks which paragraphs, sections or clauses say something: the units themselves are listed."""
    return part.listing and part.noun in FRAME_WORDS


def _headed_by(hit: Hit, focus: str | None, lang: str) -> bool:
    """A unit under a heading that names what the question asks for ("What risks does the roadmap
    identify?" and the section "Risks") is about it, whatever its cosine: the document says so."""
    heading = hit.unit.heading
    return bool(focus and heading and hit.unit.lang == lang and focus in tokenize(heading, lang))


def _looked_up(part: Part, named: list[Hit], also_in: dict[str, tuple[Hit, ...]]) -> Choice:
    """The units a part names by number, quoted whole; or, when it asks for a kind of fact none of them
    states ("How much money does paragraph 50 commit?" of a paragraph that states no sum), none."""
    if part.wants and not any(states_wanted(h.unit.text, part.wants) for h in named):
        return Choice(part, reason=NOT_STATED, named=tuple(named))
    return Choice(part, tuple(named), also_in, lookup=True)


def _own_units(part: Part, hits: list[Hit]) -> list[Hit]:
    """The units the part names by number, in the order it names them (their own text, not a summary)."""
    out: list[Hit] = []
    for ref in part.refs:
        if ref.locator is None:
            continue
        out.extend(h for h in hits if h.named and ref.matches(h.unit.id, ()) and h not in out)
    return out


def _also_in(primary: list[Hit], hits: list[Hit]) -> dict[str, tuple[Hit, ...]]:
    """Units that refer to a primary one (the page's bullet on §96 refers to ``tais:96``)."""
    out: dict[str, tuple[Hit, ...]] = {}
    for hit in primary:
        others = tuple(h for h in hits if h not in primary and hit.unit.id in h.unit.refs)
        if others:
            out[hit.unit.id] = others
    return out


def _unnamed(text: str, catalog: Catalog) -> str:
    """``text`` less the names of the documents it uses, held ones (the catalog's) and known ones (the registry's:
    a question on the Tunis Agenda asked of the page, which only summarises it)."""
    return without_mentions(text, sorted([*catalog.mentions(text), *document_mentions(text)]))


def _name_terms(part: Part, catalog: Catalog, lang: str) -> frozenset[str]:
    """Terms a part uses to name its documents and units, or the kind of fact it wants: the answer need not
    contain them."""
    words: list[str] = []
    for fam in part.documents:
        held = catalog.documents.get(fam)
        if held:
            for name in (*held.names, held.short, held.number):
                words.extend(tokenize(name, lang))
    # The words that name them in the part as asked: "la feuille de route K2" holds "route", which in English
    # texts is a cable's route, not what the question asks about
    mentions = [m for m in catalog.mentions(part.text) if m[2] in part.documents]
    roadmap = any(catalog.documents[fam].kind == "roadmap" for _, _, fam in mentions)
    for name in [*mentioned(part.text, mentions), *(roadmap_words(part.text) if roadmap else ())]:
        words.extend(tokenize(name, lang))
    for ref in part.refs:
        words.extend(tokenize(" ".join(filter(None, (ref.doc, ref.locator))), lang))
    if part.wants in TIMES:  # "by which year?" is answered by "by 2030", not by the word "year"
        words.extend(WHEN_WORDS.get(lang, ()))
    return frozenset(words)


def _listed(part: Part, answering: list[Hit], terms: Terms, sal: Salience) -> list[Hit]:
    """Every supporting unit that holds the thing listed ("resolutions"), or within the list's scope,
    in rank order, that holds every salient word the first item holds: an item that says less of what
    the question asks ("spectrum in developing countries" of a clause on numbering in developing
    countries) is not one of what it lists. Across languages no words are compared."""
    if part.noun and not _lists_units(part):  # a paragraph need not say "paragraph" to be one
        nouns = {part.noun, *SAME_THING.get(part.noun, ())}
        holding = [h for h in answering if nouns & terms.of_unit.get(h.unit.id, frozenset())]
        answering = holding or answering
    if answering and answering[0].unit.lang == sal.lang:
        first = _salient_held(answering[0], sal, terms)
        answering = [answering[0], *(h for h in answering[1:]
                                     if h.unit.lang != sal.lang or first <= _salient_held(h, sal, terms))]
    return answering[:MAX_LIST_UNITS]


def _across_languages(hits: list[Hit], part: Part, sal: Salience, terms: Terms) -> list[Hit]:
    """The order to look at units in when none is in the question's language, so that no word of the question
    but its names, numbers and acts can be compared with them:
    - of the documents a part names, the nearest in meaning first: their fused rank owes most to the English
      forms of the document's name ("feuille de route K2" -> "roadmap", "K2"), which every one of them holds;
    - those that state the act the question names first ("¿Qué establece la Resolución 19 …?": the units that
      establish something)."""
    if any(h.unit.lang == sal.lang for h in hits):
        return hits
    if part.documents:
        hits = sorted(hits, key=lambda h: (not h.named, -h.similarity))
    if sal.acts:
        hits = sorted(hits, key=lambda h: not states_acts(h.unit.id, h.unit.lang, sal, terms))
    return hits


def _holding_all_below(hits: list[Hit], considered: list[Hit], answering: list[Hit], sal: Salience, terms: Terms,
                       limits: Limits, lang: str) -> list[Hit]:
    """A unit ranked below the depth looked at that holds every salient word of the question, when none of those
    looked at does: "by what date must the memorandum with the Bank be concluded?" is answered by the clause on
    the memorandum, ranked fifth, not by a table that names the Bank in one row and "conclude" in another."""
    if any(_holds_all(h, sal, terms, limits) for h in answering):
        return []
    below = [h for h in hits if h not in considered
             and (h.similarity >= limits.gate(h.unit.lang, lang) or _titled_by(h, sal))
             and _holds_all(h, sal, terms, limits)]
    return below[:1]


def _titled_by(hit: Hit, sal: Salience) -> bool:
    """The unit's heading holds every salient word of the question: "Who is the focal point for the R4 roadmap?" of
    the section "Focal point", whatever its cosine (a name and an address say little a question's vector is near)."""
    heading = set(tokenize(hit.unit.heading or "", hit.unit.lang))
    return hit.unit.lang == sal.lang and bool(sal.weights) and set(sal.weights) <= heading


def _holds_all(hit: Hit, sal: Salience, terms: Terms, limits: Limits) -> bool:
    """``hit`` is in the question's language, holds every salient word of it and answers it."""
    found = support(hit.unit.id, hit.unit.lang, hit.unit.text, sal, terms)
    return hit.unit.lang == sal.lang and bool(sal.weights) and found.coverage >= 1.0 and limits.answers(found, hit.similarity)


def _of_the_one_ranked(unit: Unit, ranks: frozenset[tuple[str, str]], units: dict[str, Unit] | None) -> bool:
    """The unit speaks of the ones of a series asked about by rank: it names them, or it names none of their kind and
    its document does (a roadmap's section, of the edition its title block names). A unit naming another one of the
    kind ("This second edition revises …") is on that one."""
    own = ranked(unit.text)
    if ranks <= own:
        return True
    kinds = {kind for _, kind in ranks}
    if any(kind in kinds for _, kind in own):
        return False
    document = frozenset(r for u in (units or {}).values() if u.doc == unit.doc for r in ranked(u.text))
    return ranks <= document


def _on_what_is_asked(hit: Hit, sal: Salience) -> list[str]:
    """The unit's sentences that hold most of the question's salient words (in English, for a question in another
    language: the words its words stand for); all of them when none holds one."""
    asked = set(sal.weights) | {t for stems, _ in (*sal.english, *sal.glossary) for t in stems}
    sentences = split_sentences(hit.unit.text)
    held = [len(asked.intersection(tokenize(s, hit.unit.lang))) for s in sentences]
    most = max(held, default=0)
    if not most:
        return sentences
    # a sentence that opens with a pronoun goes on about the one before: "This roadmap is the first edition …
    # It covers the period 2029-2032."
    kept = [held[i] == most or bool(i and held[i - 1] == most and _GOES_ON.match(s)) for i, s in enumerate(sentences)]
    # the items of a list a kept sentence opens ("… and to publish the findings: (a) within 90 days …") finish it
    for i in range(1, len(sentences)):
        if not kept[i] and kept[i - 1] and marker(sentences[i].lstrip()) and (
                sentences[i - 1].rstrip().endswith(":") or marker(sentences[i - 1].lstrip())):
            kept[i] = True
    return [s for s, keep in zip(sentences, kept, strict=True) if keep]


# The pronouns a sentence opens with to go on about the subject of the one before
_GOES_ON = re.compile(r"\s*(?:It|Its|They|Their|Il|Elle|Ils|Elles|Sa|Son|Ses|Leur|Leurs|Su|Sus|Он|Она|Оно|Они|Его|Её|Их)\b")


def _salient_held(hit: Hit, sal: Salience, terms: Terms) -> frozenset[str]:
    held = held_terms(hit.unit.id, hit.unit.text, sal, terms)
    return frozenset(t for t in _weights(hit, sal) if t in held)


def _weights(hit: Hit, sal: Salience) -> dict[str, float]:
    """The salient words ``hit`` is checked for: across languages, those the question's words stand for in English
    (any of them stands for its word)."""
    return {t: w for stems, w in sal.english for t in stems} if _across(hit, sal) else sal.weights


def _across(hit: Hit, sal: Salience) -> bool:
    """An English unit for a question in another language that the dictionary reads words of."""
    return hit.unit.lang != sal.lang and hit.unit.lang == "en" and bool(sal.english)


def _pointed_to(answering: list[Hit], units: dict[str, Unit], sal: Salience, terms: Terms,
                limits: Limits) -> list[Hit]:
    """The units of the same document that answering units point to ("write to the focal point named in section
    9") and that answer the part by its words themselves, as hits ranked where the unit pointing to them is."""
    ids = {h.unit.id for h in answering}
    out: list[Hit] = []
    for hit in answering:
        for ref in hit.unit.refs:
            unit = units.get(ref)
            if unit is None or ref in ids or unit.doc != hit.unit.doc:
                continue
            if limits.answers(support(unit.id, unit.lang, unit.text, sal, terms), 0.0):
                out.append(Hit(unit, score=hit.score, similarity=hit.similarity, lexical=0.0, passage=unit.text))
                ids.add(ref)
    return out


def _covering(answering: list[Hit], sal: Salience, terms: Terms, limits: Limits,
              answered: frozenset[str] = frozenset()) -> list[Hit]:
    """The supporting unit that holds most of the question's salient words (of two that hold as much, the one the
    part before was answered from, else the better-ranked), then others only for salient words it does not hold."""
    def coverage(i: int) -> float:
        hit = answering[i]
        if _across(hit, sal):
            # Read word for word, a question in another language is a loose guide: it reorders the units the
            # answer depth looks at, not a list's every unit ("quelles institutions en assurent la direction ?" of
            # "UNGIS … lead agencies", first: "institutions" alone is in §72, ranked eighth)
            held = held_terms(hit.unit.id, hit.unit.text, sal, terms)
            return english_coverage(held, (*sal.english, *sal.glossary)) if i < limits.depth else 0.0
        return sum(sal.weights[t] for t in _salient_held(hit, sal, terms)) / (sum(sal.weights.values()) or 1.0)

    # "…, and up to which year do they cover WSIS implementation?" goes on about what the part before asked of: of
    # two units that answer it as fully, the one that answered that part is its subject
    best = max(range(len(answering)), key=lambda i: (round(coverage(i), 6), answering[i].unit.id in answered, -i))
    # A unit that points elsewhere for what is asked ("write to the focal point named in section 9") gives way
    # to the unit it points to, when that one holds as much of the question
    pointed = set(answering[best].unit.refs)
    best = next((i for i, h in enumerate(answering) if h.unit.id in pointed
                 and round(coverage(i), 6) >= round(coverage(best), 6)), best)
    answering = [answering[best], *answering[:best], *answering[best + 1:]]
    chosen = [answering[0]]
    held = set(held_terms(answering[0].unit.id, answering[0].unit.text, sal, terms))
    weights = _weights(answering[0], sal)
    total = (sum(w for _, w in sal.english) if _across(answering[0], sal) else sum(weights.values())) or 1.0
    # The first unit's telling words (held by at most half of the units: "ITU" on ITU's page tells nothing)
    subject = [t for t in weights if t in held and terms.telling(t)]
    for hit in answering[1:]:
        if len(chosen) >= MAX_UNITS:
            break
        own = held_terms(hit.unit.id, hit.unit.text, sal, terms)
        if _across(answering[0], sal):  # by the question's words: "prêts" is held by "loans" or "lending"
            gain = sum(w for stems, w in sal.english if stems & own and not stems & held) / total
        else:
            gain = sum(w for t, w in weights.items() if t in own and t not in held) / total
        # Another unit joins for the salient words it adds to the same subject (a question on two
        # things of it), or when the ranking cannot tell it from the first (nearly the same cosine):
        # one more source to check beats a wrong one alone. A unit that shares none of the first's
        # telling words is another reading of the question, not its other half.
        # Across languages the first unit may hold none of the dictionary's words (only the glossary's terms): a
        # unit holding some of them is then no other half of the same subject, only a reading of the dictionary's.
        same_subject = (not subject and not _across(answering[0], sal)) or any(t in own for t in subject)
        if (same_subject and gain > 0 and gain >= limits.addition_gain) \
                or abs(hit.similarity - chosen[0].similarity) <= limits.tie_margin:
            chosen.append(hit)
            held |= own
    return chosen


def _on_it_elsewhere(part: Part, chosen: list[Hit], elsewhere: Callable[[], list[Hit]] | None, sal: Salience,
                     terms: Terms, catalog: Catalog, limits: Limits) -> list[Hit]:
    """"By what date must the Director … publish the first edition of the K2 roadmap?": the roadmap's sections do not
    say it, a resolution's clause on that roadmap does ("to prepare the roadmap for action line K2 and to publish its
    first edition no later than …"). When the named document's unit chosen lacks some of the part's salient words,
    and a unit of another document that names it holds them all and answers, that unit answers instead. While the
    document's own text holds what is asked, a text that only mentions it ("recalling the Valletta Agenda") does not."""
    if not chosen or elsewhere is None or not sal.weights or len(part.documents) != 1:
        return chosen
    own = set(catalog.versions(part.documents[0]))
    if chosen[0].unit.doc not in own or _holds_all(chosen[0], sal, terms, limits):
        return chosen
    for hit in elsewhere()[:limits.depth]:
        if hit.unit.doc not in own and part.documents[0] in catalog.named(hit.unit.text) \
                and hit.similarity >= limits.gate(hit.unit.lang, sal.lang) and _holds_all(hit, sal, terms, limits) \
                and not _points_to(hit, chosen[0].unit, part.documents[0], catalog):
            return [hit]
    return chosen


def _points_to(hit: Hit, unit: Unit, fam: str, catalog: Catalog) -> bool:
    """Whether ``hit`` names ``unit`` by its number and its document ("the target in paragraph 21 of the Castrell
    Agenda … will not be met"): a text on that paragraph, not one that says more than the paragraph does."""
    folded = fold(hit.unit.text)
    return any(Ref(None, ref.locator).matches(unit.id, ())
               for start, _, named in catalog.mentions(hit.unit.text) if named == fam
               for ref in find_refs(folded[max(0, start - _NUMBER_BEFORE_NAME):start]) if ref.locator)


_NUMBER_BEFORE_NAME = 40
"""How far before a document's name its paragraph's number is looked for: "paragraphs 21 and 22 of the"."""


def _each_document_named(part: Part, answering: list[Hit], chosen: list[Hit]) -> list[Hit]:
    """"Compare Resolution 140 and Resolution 172": a part naming several documents as wholes is answered from
    each of them, in the order named: the first chosen, else the best-ranked supporting unit of each (its own
    text or a unit about it), then the rest of those chosen. Two titles hold the same words of the question;
    the second adds none, yet the question asks for both."""
    named = [ref for ref in part.refs if ref.locator is None]
    if len(named) < 2:
        return chosen
    picked: list[Hit] = []
    for ref in named:
        of_it = [h for h in (*chosen, *answering) if ref.matches(h.unit.id, h.unit.refs)]
        if of_it and of_it[0] not in picked:
            picked.append(of_it[0])
    return [*picked, *(h for h in chosen if h not in picked)][:MAX_LIST_UNITS]


# "What is asked of Sector Members and academia in Resolution 47?": what is asked, requested or expected of those a part
# of the resolution addresses is that part; the words that say so are not the part's own
_ASKED_OF = frozenset(tokenize("ask asked request requested expect expected require required demand demanded", "en"))


def _whole_part(chosen: list[Hit], part: Part, sal: Salience, units: dict[str, Unit] | None) -> list[Hit]:
    """"What does Resolution 19 invite Member States to do?" asks for every clause of "invites Member
    States": when the question's salient words are all words of the chosen clause's part, its siblings come too.
    In another language, when the question names that part by its official words ("Что поручает Генеральному
    секретарю …?") and asks for no kind of fact (a date, a figure: one clause gives it)."""
    if not units or len(chosen) != 1:
        return chosen
    unit = chosen[0].unit
    if unit.kind != "resolution" or not unit.section or "-" not in unit.locator:
        return chosen
    slugs = parts_named(part.text) if unit.lang != sal.lang and not part.wants else []
    if slugs:  # "Que décide la Résolution 19 ?": its "resolves", whichever clause retrieval put first
        siblings = [u for u in units.values() if u.doc == unit.doc and any(u.locator.startswith(f"{s}-") for s in slugs)]
    elif bool(sal.weights) and set(sal.weights) - _ASKED_OF <= set(tokenize(unit.section, unit.lang)):
        siblings = [u for u in units.values() if u.doc == unit.doc and u.section == unit.section]
    else:
        return chosen
    if not siblings:
        return chosen
    siblings.sort(key=lambda u: _clause_order(u.locator))
    return [chosen[0] if u.id == unit.id else Hit(u, 0.0, chosen[0].similarity, 0.0, u.text) for u in siblings][:MAX_LIST_UNITS]


def _what_it_introduces(chosen: list[Hit], answering: list[Hit], units: dict[str, Unit] | None) -> list[Hit]:
    """When the first chosen unit ends by introducing what follows ("…, the ITU continues playing key role
    in WSIS implementation and follow-up, including:"), the units of the sub-sections it introduces that
    answer the question too, in the document's order: a quote that stops at its colon says nothing."""
    if not units or not chosen:
        return []
    first = chosen[0].unit
    if not first.text.rstrip().endswith(":") or not first.section:
        return []
    below = f"{first.section} — "
    order = {uid: i for i, uid in enumerate(units)}
    introduced = sorted((h for h in answering if h.unit.doc == first.doc and h.unit.section.startswith(below)
                         and h not in chosen), key=lambda h: order.get(h.unit.id, 0))
    return introduced[:MAX_UNITS]


def _clause_order(locator: str) -> tuple:
    last = locator.rsplit("-", 1)[-1]
    return (0, int(last), "") if last.isdigit() else (1, 0, last)


def _one_source_per_fact(chosen: list[Hit]) -> tuple[list[Hit], dict[str, tuple[Hit, ...]]]:
    """A summary chosen beside the text it summarises is named as "also in", not quoted twice."""
    ids = {h.unit.id for h in chosen}
    also: dict[str, list[Hit]] = {}
    primary = []
    for hit in chosen:
        summarised = [ref for ref in hit.unit.refs if ref in ids and ref != hit.unit.id]
        if summarised:
            also.setdefault(summarised[0], []).append(hit)
        else:
            primary.append(hit)
    return primary, {k: tuple(v) for k, v in also.items()}
