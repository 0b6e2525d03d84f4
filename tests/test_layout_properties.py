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

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


@st.composite
def sentences(draw, end: str = ".", capital: bool = True) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=5, max_size=24))
    extras = draw(st.lists(st.sampled_from((*NUMBER_PHRASES, INLINE_LIST)), max_size=2))
    for phrase in extras:
        words.insert(draw(st.integers(1, len(words))), phrase)
    text = " ".join(words)
    return (text[0].upper() + text[1:] if capital else text) + end


@st.composite
def paragraphs_text(draw) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))


@st.composite
def sub_items(draw) -> tuple[str, ...]:
    count = draw(st.integers(0, 4))
    if not count:
        return ()
    nested = draw(st.integers(0, count - 1)) if draw(st.booleans()) else -1
    items = []
    for k in range(count):
        letter = "abcdefgh"[k]
        last = k == count - 1
        if k == nested:
            items.append(f"{letter}) {draw(sentences(end=' on:', capital=False))}")
            romans = draw(st.integers(1, 3))
            items += [f"{r}. {draw(sentences(end=';', capital=False))}" for r in ("i", "ii", "iii")[:romans]]
        else:
            items.append(f"{letter}) {draw(sentences(end='.' if last else ';', capital=False))}")
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
def agendas(draw) -> Agenda:
    style = draw(st.sampled_from((".", ".", "")))
    parts: list[Paragraph | str] = []
    for n in draw(numbers()):
        if draw(st.integers(0, 3)) == 0:
            heading = " ".join(draw(st.lists(st.sampled_from(HEADING_WORDS), min_size=1, max_size=4, unique=True)))
            parts.append(heading)
        parts.append(Paragraph(n, draw(paragraphs_text()), draw(sub_items())))
    return Agenda(
        title=draw(st.sampled_from(("Agenda of the Fictional City Summit", "Declaration of Fictional Cities",
                                    "Programme of Action for Fictional Towns"))),
        parts=tuple(parts),
        style=style,
        date=draw(st.sampled_from(("3 March 2031", "18 November 2031", "1 May 2032", ""))),
        org=draw(st.sampled_from(("", "World Summit of Fictional Cities"))),
        annex=tuple(draw(st.lists(sentences(), max_size=2))),
    )


def check(agenda: Agenda, fmt: str, layout: str) -> None:
    data = render(agenda, fmt, layout)
    kind = "auto" if len(agenda.paragraphs) >= 3 else "agenda"
    reading = read(data, fmt, kind, doc_info("city-agenda", "City agenda"), f"agenda.{fmt}")
    assert reading.kind == "agenda"
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
        assert annex.text.split() == " ".join(agenda.annex).split()


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
