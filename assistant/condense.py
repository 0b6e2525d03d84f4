"""Follow-up questions made standalone for retrieval, from the conversation so far."""

from __future__ import annotations

import re

from corpus.refs import find_refs

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|also|what about|how about|same for|which of|of (?:those|these))\b"
    r"|\b(?:those|these|them|they|their|its?|this one|that one|the same|above|previous)\b",
    re.IGNORECASE,
)
_POINTING = re.compile(r"\b(?:those|these|them|they|their|its?|the same|above|previous)\b", re.IGNORECASE)


def standalone_question(question: str, previous_questions: list[str]) -> str:
    """"which of those concern ITU-D?" after "which resolutions implement WSIS?" is asked as both.

    A follow-up that names its own paragraph ("and what does paragraph 98 say?") stands alone.
    """
    if not previous_questions or not _FOLLOW_UP.search(question):
        return question
    if find_refs(question) and not _POINTING.search(question):
        return question
    return f"{previous_questions[-1]} {question}"
