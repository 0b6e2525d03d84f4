"""The answer generator that needs no LLM: it quotes the supporting sentences of the units chosen.

The service has already chosen the units that answer (``assistant.selection``); this generator
chooses what to quote from each:
- a unit the question names by number ("what does §72 say?"): its own text, the chapeau and every
  sub-item when it fits ``MAX_QUOTE_CHARS``, else the chapeau and the sub-items on the question;
- any other unit: the sentence that answers — the one holding the kind of fact asked for and most
  of the question's words — and, when that sentence is a sub-item, the chapeau that introduces it.
Sentences of one unit are quoted in the unit's order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from assistant.acronyms import acronym_asked, spells_out
from assistant.answer import Claim
from assistant.facts import (
    NUMBER,
    SAME_THING,
    asks_next,
    numbers_given,
    states_wanted,
    to_come,
    wanted_fact,
    without_references,
)
from assistant.guard import is_steering
from assistant.reading import counted_in_english, counted_noun, list_question
from assistant.requests import Turn
from assistant.support import FRAME_WORDS
from assistant.verbs import base_forms
from corpus.blocks import item_marker, marker
from corpus.dictionary import english_senses
from corpus.glossary import expand, in_english
from corpus.lang import detect
from corpus.refs import asked_items
from corpus.segment import item_paths
from corpus.text import ENTRY_CODE, split_sentences
from index.catalog import roadmap_words
from index.hits import Hit
from index.lexical import tokenize

WHOLE_PASSAGE_WORDS = 60
"""A unit this short is quoted whole: its sentences only make sense together."""
MAX_QUOTE_CHARS = 1500
"""The longest paragraph quoted whole for "what does §N say?"; a longer one gives its chapeau and the
sub-items on the question (a chat answer a delegate reads, not a document)."""


MIN_QUOTE_WORDS = 3
"""A sentence of fewer words ("(Res. ).", "Annex") is quoted only when a unit has nothing longer."""
_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


def _substantial(sentence: str) -> bool:
    """Whether a sentence says enough to be quoted on its own: a table's row ("Risk | Mitigation") heads what
    follows it; "(Res. )." is what the splitter left of a reference with no number."""
    return " | " in sentence or len(_LETTER_WORDS.findall(sentence)) >= MIN_QUOTE_WORDS


class ExtractiveGenerator:
    name = "extractive"

    def __init__(self, idf: Callable[[str], float] | None = None) -> None:
        """``idf``: how rare a term is in the index, so the sentence holding the question's rare words is quoted."""
        self.idf = idf

    def claims(self, question: str, hits: list[Hit]) -> Iterator[Claim]:
        for hit in hits:
            quotes = (_lookup_quotes(question, hit.unit.text, hit.unit.title) if hit.named
                      else _answer_quotes(question, hit, self.idf))
            for quote in quotes:
                yield Claim(text=quote.text, sources=(hit.unit.id,), quote=quote.supports or quote.text,
                            continued=quote.continued, items=quote.items, items_on_question=quote.on_question)

    def condense(self, question: str, history: Sequence[Turn]) -> str | None:
        """No model to rewrite a follow-up with: the service's rule makes it standalone."""
        return None


class Quote(NamedTuple):
    text: str
    continued: bool = False
    """Another quote of the same unit came before it: shown under the first, without the label again."""
    items: tuple[str, str] | None = None
    """(first, last) sub-item of a paragraph quoted in part: "(items a–l)"."""
    supports: str | None = None
    """For a chapeau quoted to introduce the sub-item that answers: that sub-item, which the citation names."""
    on_question: bool = True
    """The sub-items shown are those on the question; else the first ones, as many as fit."""


def _lookup_quotes(question: str, text: str, title: str = "") -> list[Quote]:
    items_asked = _asked_items(question, text)
    if items_asked:
        return items_asked
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(text) <= MAX_QUOTE_CHARS or len(lines) < 2:
        return [Quote(line, continued=i > 0) for i, line in enumerate(lines)]
    letters = {i: found[0] for i, line in enumerate(lines) if (found := marker(line)) and not found[0].isdigit()}
    if not letters:  # a table's rows are its items, under its introduction and header row
        rows = [i for i, line in enumerate(lines) if " | " in line]
        letters = {i: lines[i].split(" | ")[0].strip() for i in rows[1:]}
    items = list(letters)
    chapeau = lines[: items[0]] if items else lines[:1]
    # the unit's own name ("section 5 of the K2 roadmap") is in every item of it, or in none
    wanted = set(tokenize(without_references(question))) - FRAME_WORDS - set(tokenize(title))
    on_question = [i for i in items if wanted & set(tokenize(expand(lines[i])))]
    quoted = on_question or _first_that_fit(items, lines, MAX_QUOTE_CHARS - sum(map(len, chapeau)))
    shown = [*range(len(chapeau)), *quoted]
    span = (_as_written(lines[items[0]]), _as_written(lines[items[-1]])) if items and quoted != items else None
    return [Quote(lines[i], continued=n > 0, items=span if n == 0 else None, on_question=bool(on_question))
            for n, i in enumerate(shown)]


def _asked_items(question: str, text: str) -> list[Quote]:
    """"What does §50(c) say?": the paragraph's opening words, then item c with the items under it, and
    the span of the paragraph's items ("(items a–d)"); nothing when the paragraph has no item c."""
    letters = asked_items(question)
    if not letters:
        return []
    lines = [(line.strip(), path) for line, (_, _, path) in zip(text.split("\n"), item_paths(text), strict=True)
             if line.strip()]
    chapeau = [line for line, path in lines if not path]
    chosen = [line for line, path in lines if path and path[0] in letters]
    tops = [_as_written(line) for line, path in lines if len(path) == 1 and marker(line)]
    if not chosen:
        return []
    span = (tops[0], tops[-1]) if len(tops) > 1 else None
    return [Quote(line, continued=n > 0, items=span if n == 0 else None)
            for n, line in enumerate([*chapeau, *chosen])]


def _as_written(line: str) -> str:
    """An item's letter as its document writes it: "c" for "c)", "ج" for "(ج)"; a table row's first cell."""
    return item_marker(line).strip("()") or line.split(" | ")[0].strip()


def _first_that_fit(items: list[int], lines: list[str], room: int) -> list[int]:
    """"What does section 5 list?" asks for every item: the first ones, as many as fit (one at least)."""
    out: list[int] = []
    for i in items:
        room -= len(lines[i])
        if room < 0 and out:
            break
        out.append(i)
    return out


def _answer_quotes(question: str, hit: Hit, idf: Callable[[str], float] | None = None) -> list[Quote]:
    sentences = _quotable(hit.unit.text)
    acronym = acronym_asked(question)
    spelled = [s.text for s in sentences if acronym and spells_out(s.text, acronym)]
    if spelled:  # "What is WSIS?": the entry that says what it stands for, not the list it ends
        entries = [e.strip() for e in re.split(r"\n|[;；؛]\s*", spelled[0]) if spells_out(e, acronym or "")]
        return [Quote((entries or spelled)[0].rstrip(".:,：，،").strip())]
    # The words of the document's title ("Action Line K2 roadmap: Affordable backbone …") and of the unit's heading
    # ("WSIS Action Line Roadmaps") are what every sentence under them is about: they tell none of them apart.
    title = _title_words(question, hit.unit.title) | set(tokenize(hit.unit.heading or ""))
    wanted = set(tokenize(base_forms(_ASKING_VERB.sub(" ", question)))) - FRAME_WORDS - title
    english = _english_words(question, hit.unit.lang) - FRAME_WORDS - title - wanted
    wants, given = wanted_fact(question), numbers_given(question)
    counted = _counted(question, hit.unit.lang) if wants == NUMBER else ()
    next_one = asks_next(question)
    defining = wants is None and bool(_WHAT_IT_IS.match(" ".join(question.split())))
    # what the question asks to be defined may be the document's own subject ("roadmaps" of a roadmap's section)
    named = ((set(tokenize(base_forms(question))) | _english_words(question, hit.unit.lang)) - FRAME_WORDS
             if defining else set())
    weight = idf or (lambda term: 1.0)
    codes = _codes(question) - _codes(hit.unit.title)

    def score(i: int) -> tuple:
        sentence = sentences[i]
        # "(Res. )." is a sentence of the splitter's, not one a delegate can quote; "action line K3" asks
        # for the entry of K3, not for the annex's title that holds "action line" and "facilitators"
        # "When is the next edition due?": the sentence on one to come ("the next edition is due in December 2030"),
        # not one on what recurs ("Progress is reported each year")
        return (states_wanted(sentence.text, wants, given=given),
                # "Combien de pays …": the sentence that counts Member States, not "It covers the period 2029-2032"
                any(states_wanted(sentence.text, wants, noun, given) for noun in counted),
                next_one and to_come([sentence.text]),
                _substantial(sentence.text),
                len(codes & _codes(sentence.text)),
                # "What are roadmaps?": the sentence that says what they are ("Roadmaps are detailed plans …")
                defining and _defines(sentence.text, named),
                sum(weight(t) for t in wanted & sentence.words) + (0.5 if sentence.text in hit.passage else 0),
                # read by a dictionary, with no sense chosen from context: only where the question's own words and
                # the passage leave sentences tied (the rows of one table)
                sum(weight(t) for t in english & sentence.words), -i)

    at = max(range(len(sentences)), key=score)
    best = sentences[at].text.strip()
    listed = (_list_quoted(hit.unit.text, best, wanted) or _entries_with(hit.unit.text, best)
              or _entry_below(hit.unit.text, best)
              or (_inline_list(hit.unit.text, [s.text for s in sentences], at) if list_question(question, detect(question))[0]
                  else []))
    if listed:
        return [Quote(text, continued=i > 0) for i, text in enumerate(listed)]
    quote = best.rstrip(";:,；：，؛،").strip()
    context = _introductions(hit.unit.text, best)
    if context:
        return [Quote(context[0], supports=quote), *(Quote(c, continued=True) for c in context[1:]),
                Quote(quote, continued=True)]
    return [Quote(quote)]


# The verb a request opens with asks, it is not what is asked about: "List the action lines ITU facilitates alone" is
# not answered by the sentence that says the roadmaps "list relevant partners"
_ASKING_VERB = re.compile(r"^\s*(?:please\s+)?(?:list|name|give|enumerate|cite|identify|tell\s+me)\b", re.IGNORECASE)
# A question that asks only what a thing is: "What are roadmaps?", "Qu'est-ce que le Fonds ?", "Что такое дорожные
# карты?", "ما هي خرائط الطريق؟", "什么是路线图？"
_WHAT_IT_IS = re.compile(
    r"^(?:what\s+(?:is|are)\s+(?!.*\b(?:about|of|for|in|on|to|by)\b)[^?]{1,60}|qu['’]est[- ]ce\s+(?:que|qu['’])[^?]{1,60}"
    r"|¿?\s*qu[ée]\s+(?:es|son)\s+[^?]{1,60}|что\s+так(?:ое|ие)\s+[^?]{1,60}|ما\s+(?:هو|هي)\s+[^؟?]{1,60}"
    r"|什么是.{1,20}|.{1,20}是什么)\s*[?？؟]?$", re.IGNORECASE)
# A sentence that says what its subject is: "Roadmaps are detailed plans …", "The Fund is a …"
_DEFINING = re.compile(r"(?:^|(?<=[.;:]\s))\s*(?:the\s+|an?\s+)?(?P<subject>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:is|are|means)\s+"
                       r"(?!(?:to|not|also|being|expected|required|updated|listed|set|made|held)\b)", re.IGNORECASE)


def _inline_list(text: str, sentences: list[str], at: int) -> list[str]:
    """The items of a list run into one line, as a PDF's bullets leave them ("The following partners have agreed …: A
    (…); B (…); C (…)."), when the sentence at ``at`` is one of them: the introduction with the first item, then each
    item to the one that ends the list. A question asking for a list gets all of them, not the one nearest its words."""
    def joined(i: int) -> bool:  # sentence i goes on the line of sentence i - 1, after a semicolon
        before, after = text.find(sentences[i - 1]), text.find(sentences[i])
        return (before >= 0 and after > before and sentences[i - 1].rstrip().endswith(_ITEM_GOES_ON)
                and "\n" not in text[before:after])
    first = at
    while first > 0 and joined(first) and ":" not in sentences[first]:
        first -= 1
    if ":" not in sentences[first]:
        return []
    last = at
    while last + 1 < len(sentences) and joined(last + 1):
        last += 1
    return [s.strip() for s in sentences[first:last + 1]] if last - first >= 2 else []


def _counted(question: str, unit_lang: str) -> tuple[str, ...]:
    """What "how many …" counts, as the unit's language names it, and the nouns texts name the same things by."""
    lang = detect(question)
    if lang == unit_lang:
        noun = counted_noun(question, lang)
        nouns: tuple[str, ...] = (noun,) if noun else ()
    else:
        nouns = counted_in_english(question, lang) if unit_lang == "en" else ()
    return tuple(dict.fromkeys((*nouns, *(same for noun in nouns for same in SAME_THING.get(noun, ())))))


def _defines(sentence: str, words: set[str]) -> bool:
    """``sentence`` says what a thing the question names is: its subject holds one of the question's words. (The
    splitter keeps "… up to 2015. Roadmaps are …" whole: a year ends no sentence for it.)"""
    return any(words & set(tokenize(m["subject"])) for m in _DEFINING.finditer(sentence))


def _english_words(question: str, unit_lang: str) -> set[str]:
    """Asked in another language of an English text, the English words the question's words may stand for
    (dictionary and glossary), stemmed: else no word tells the table's row "Support for new internet exchange
    points" from the row above it for "كم عدد نقاط تبادل الإنترنت الجديدة"."""
    lang = detect(question)
    if unit_lang != "en" or lang == "en":
        return set()
    senses = [word for sense in english_senses(question, lang) for word in sense] + in_english(question)
    return set(tokenize(" ".join(senses), "en"))


def _title_words(question: str, title: str) -> set[str]:
    """The title's words, and those the question calls a roadmap by in its language: "la feuille de route K2"
    says "route", which a roadmap's English text uses of cables."""
    words = set(tokenize(title))
    if "roadmap" in words:
        words |= set(tokenize(" ".join(roadmap_words(question)), detect(question)))
    return words


_INTRODUCES = re.compile(r"[:：]$|\b(?:table|tables|following|as follows|below)\b", re.IGNORECASE)


def _is_listed(line: str) -> bool:
    """A line of a list or a table: an item ("a) …"), a table row ("… | …"), or a short entry without a stop."""
    return bool(marker(line)) or " | " in line or (len(line.split()) <= 20 and not line.endswith(_STOPS))


_STOPS = (".", "!", "?", "。", "！", "？", "؟")
# How an item says the list goes on after it: "…;", "…; and", "…, and"
_ITEM_GOES_ON = (";", "；", "؛", "; and", "; or", ", and", ", or", "; et", "; y", "; и")


def _list_quoted(text: str, best: str, wanted: set[str]) -> list[str]:
    """The list or table the best line belongs to, when it is one: quoted without its list, "… the
    following partners:" or a table's header says nothing. Its introduction, then its lines (a long
    one: those on the question); a table row comes with the table's header."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    where = next((i for i, line in enumerate(lines) if best in line), None)
    if where is None:
        return []
    start, intro = where, None
    if _INTRODUCES.search(lines[where]) and not marker(lines[where]) and " | " not in lines[where]:
        intro, start = where, where + 1  # the best line introduces what follows
    elif " | " in lines[where]:
        while start > 0 and " | " in lines[start - 1]:
            start -= 1
        if start > 0 and _INTRODUCES.search(lines[start - 1]):
            intro = start - 1
    else:
        return []
    end = start
    while end < len(lines) and _is_listed(lines[end]):
        end += 1
    if start < end < len(lines) and lines[end - 1].endswith(_ITEM_GOES_ON) and not marker(lines[end]):
        end += 1  # "…;" then "train 600 public officials in data stewardship.": the list's last item ends it
    run = lines[start:end]
    if not run:
        return []
    head = [lines[intro]] if intro is not None else []
    if " | " in lines[where] and where > start:  # one row asked about: the header names its columns
        return [*head, run[0], lines[where]]
    if sum(map(len, run)) > MAX_QUOTE_CHARS:
        matching = [line for line in run[1:] if wanted & set(tokenize(expand(line)))]
        run = run[:1] + matching if matching else run[:4]
    return [*head, *run]


# A field of an entry: "Facilitators: Regional Education and Science Organization" under "K3 Digital skills".
_FIELD = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*[:：]\s*\S")


def _entries_with(text: str, line: str) -> list[str]:
    """Each entry a field line belongs to, quoted with the entry's own line above it: alone,
    "Facilitators: …" does not say of what, and where entries share the field, picking one would be
    arbitrary."""
    if not _FIELD.match(line):
        return []
    out = []
    for field in re.finditer(rf"(?m)^[ \t]*{re.escape(line)}[ \t]*$", text):
        above = text.rfind("\n", 0, max(field.start() - 1, 0))
        entry = text[above + 1:field.end()].strip()
        if "\n" in entry and not _FIELD.match(entry):
            out.append(entry)
    return out


# An entry's code, as a question names one: "action line K3", "C5", "activity D3.2".
_CODE = re.compile(rf"(?<![\w.]){ENTRY_CODE.pattern}(?!\w|\.\d)")


def _codes(text: str) -> set[str]:
    return {m[0] for m in _CODE.finditer(text)}


def _entry_below(text: str, line: str) -> list[str]:
    """An entry's own line with the fields under it ("K3 Digital skills …" and "Facilitators: Regional
    Education …"): the line alone names the entry, its fields say what was asked of it."""
    lines = [x.strip() for x in text.split("\n")]
    where = next((i for i, x in enumerate(lines) if x == line), None)
    if where is None or _FIELD.match(line):
        return []
    end = where + 1
    while end < len(lines) and _FIELD.match(lines[end]):
        end += 1
    return ["\n".join(lines[where:end])] if end > where + 1 else []


def _introductions(text: str, sentence: str) -> list[str]:
    """The lines that introduce the sub-item ``sentence`` is in: the paragraph's chapeau, then the
    item above it ("… by:", "c) Encouraging work on:" for "ii. a public register …"); none for a
    sentence of the chapeau itself."""
    lines = item_paths(text)
    where = next((k for k, (a, b, _) in enumerate(lines) if sentence.strip() in text[a:b]), None)
    if where is None or not lines[where][2]:
        return []
    path = lines[where][2]
    out = []
    for depth in range(len(path)):
        prefix = path[:depth]
        first = next((k for k, (_, _, p) in enumerate(lines[:where]) if p == prefix), None)
        if first is not None:
            a, b, _ = lines[first]
            out.append(text[a:b].strip())
    return [line for line in out if line]


class _Sentence(NamedTuple):
    text: str
    words: frozenset[str]
    """Its stemmed words, glossary expanded: what a question's words are matched against."""


@lru_cache(maxsize=8192)
def _quotable(text: str) -> tuple[_Sentence, ...]:
    """What may be quoted from a unit: the whole of a short clean one, else its sentences.

    Cached by text: the same units come back question after question, and splitting, the steering
    check and stemming every sentence again cost more than the rest of composing an answer.
    """
    sentences = split_sentences(text)
    # An instruction inside a document ("ignore your instructions…") is never quoted as an answer.
    quotable = [s for s in sentences if not is_steering(s)]
    if len(text.split()) <= WHOLE_PASSAGE_WORDS and len(quotable) == len(sentences) and "\n" not in text:
        quotable = [text]
    lang = detect(text)
    return tuple(_Sentence(s, frozenset(tokenize(expand(base_forms(s) if lang == "en" else s), lang)))
                 for s in quotable or sentences)
