"""The running sequence of a document's numbers: which numbered lines open its paragraphs.

Official texts are full of numbers at the start of a line that are not paragraph numbers: the
date under the symbol ("3 March 2031"), a number wrapped to the start of a line ("85 of the
Convention"), a numbered list inside a paragraph ("1) … 2) …"), a footnote mark. A segmenter
turns each line that could open a paragraph into a ``Candidate``; the paragraphs are the chain of
candidates that best reads as the document's running sequence:

- increasing, and by one as a rule: a skipped number costs ``GAP_COST``, a long jump (an excerpt
  that goes from §3 to §49) at most ``JUMP_COST``, so two paragraphs in sequence pay for a jump
  and a lone stray "100" does not;
- in the style the document numbers its paragraphs in ("12.", "12 ", "12)"): the style whose own
  best chain scores highest; a number in another style counts ``OFF_STYLE``, enough to fill an
  exact slot and no more.

The best chain is found exactly, by dynamic programming over the candidates in reading order
(a Fenwick tree keeps it O(n log n) on any input). A number the chain does not take is never
dropped: its line stays in the paragraph above, and, when it is in the document's own style, it
is reported, as a duplicate (the number of the paragraph it is in, again) or as out of sequence,
unless it belongs to a list restarting at 1 inside a paragraph.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

GAP_COST = 0.4
JUMP_COST = 1.5
OFF_STYLE = 0.2
_NEAR = math.ceil(JUMP_COST / GAP_COST)  # beyond this many numbers skipped, every jump costs JUMP_COST


@dataclass(frozen=True)
class Candidate:
    """A line that could open a paragraph: where it is, its number, its style, how much it looks like a start."""

    index: int
    number: int
    style: str = ""
    weight: float = 1.0
    own_style_only: bool = False  # a start only in the document's own style (a number after a line ending in a comma)


@dataclass(frozen=True)
class Sequence:
    chain: tuple[Candidate, ...]
    style: str = ""
    duplicates: tuple[tuple[Candidate, Candidate | None], ...] = ()
    """(candidate, the chain's candidate before it): the number of the paragraph it is in, again."""
    out_of_sequence: tuple[tuple[Candidate, Candidate | None], ...] = ()

    @property
    def numbers(self) -> list[int]:
        return [c.number for c in self.chain]

    @property
    def gaps(self) -> list[tuple[int, int]]:
        """(first, last) of each run of numbers the chain skips between its first and last number."""
        return [(a.number + 1, b.number - 1) for a, b in pairwise(self.chain) if b.number > a.number + 1]


def _gap(skipped: int) -> float:
    return min(GAP_COST * skipped, JUMP_COST)


def best_chain(candidates: list[Candidate], weights: list[float], start_cost: bool = True) -> tuple[float, list[int]]:
    """(score, positions in ``candidates``) of the best strictly increasing chain.

    ``weights``: one per candidate, what taking it scores (0 or less: never taken).
    ``start_cost``: a chain that starts above 1 pays for the numbers it skips (a stray "100" before §1).
    """
    if not candidates:
        return 0.0, []
    top = max(c.number for c in candidates)
    empty = (-math.inf, -1)
    best = [empty] * (top + 1)  # number -> (score, position) of the best chain ending on that number so far
    tree = [empty] * (top + 1)  # Fenwick tree over ``best``: prefix maxima
    before = [-1] * len(candidates)
    end = empty

    def prefix(n: int) -> tuple[float, int]:
        found = empty
        while n > 0:
            if tree[n][0] > found[0]:
                found = tree[n]
            n -= n & -n
        return found

    def update(n: int, value: tuple[float, int]) -> None:
        while n <= top:
            if value[0] > tree[n][0]:
                tree[n] = value
            n += n & -n

    for k, (candidate, weight) in enumerate(zip(candidates, weights, strict=True)):
        n = candidate.number
        if weight <= 0 or n < 1:
            continue
        score, pred = weight - (_gap(n - 1) if start_cost else 0.0), -1
        for m in range(n - 1, max(0, n - 1 - _NEAR), -1):
            if best[m][1] >= 0 and best[m][0] + weight - _gap(n - m - 1) > score:
                score, pred = best[m][0] + weight - _gap(n - m - 1), best[m][1]
        far = prefix(n - 1 - _NEAR)
        if far[1] >= 0 and far[0] + weight - JUMP_COST > score:
            score, pred = far[0] + weight - JUMP_COST, far[1]
        before[k] = pred
        if score > best[n][0]:
            best[n] = (score, k)
            update(n, (score, k))
        if score > end[0]:
            end = (score, k)
    if end[1] < 0 or end[0] <= 0:
        return 0.0, []
    chain, k = [], end[1]
    while k >= 0:
        chain.append(k)
        k = before[k]
    return end[0], chain[::-1]


def running_sequence(candidates: list[Candidate], start_cost: bool = True) -> Sequence:
    """The document's paragraph numbers among ``candidates`` (in reading order), and the numbers it refused."""
    candidates = [c for c in candidates if c.weight > 0]
    if not candidates:
        return Sequence(())
    counts = Counter(c.style for c in candidates)

    def own_score(style: str) -> tuple[float, int]:
        mine = [c for c in candidates if c.style == style]
        return best_chain(mine, [c.weight for c in mine], start_cost)[0], counts[style]

    style = max(counts, key=own_score)
    weights = [c.weight * (1.0 if c.style == style else 0.0 if c.own_style_only else OFF_STYLE) for c in candidates]
    _, positions = best_chain(candidates, weights, start_cost)
    chain = tuple(candidates[k] for k in positions)
    taken = set(positions)
    # The document's own style that the chain left out, grouped by the paragraph they sit in.
    groups: dict[int, list[Candidate]] = {}
    last = -1
    for k, candidate in enumerate(candidates):
        if k in taken:
            last = k
        elif candidate.style == style:
            groups.setdefault(last, []).append(candidate)
    duplicates: list[tuple[Candidate, Candidate | None]] = []
    out_of_sequence: list[tuple[Candidate, Candidate | None]] = []
    for last, group in groups.items():
        if len(group) >= 2 and [c.number for c in group] == list(range(1, len(group) + 1)):
            continue  # a list numbered 1, 2, 3 … inside the paragraph
        after = candidates[last] if last >= 0 else None
        for candidate in group:
            repeated = after is not None and candidate.number == after.number
            (duplicates if repeated else out_of_sequence).append((candidate, after))
    return Sequence(chain, style, tuple(duplicates), tuple(out_of_sequence))
