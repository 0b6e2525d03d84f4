"""Follow-up questions made standalone for retrieval, from the conversation so far, in the six UN languages."""

from __future__ import annotations

import re

from corpus.refs import find_refs

# A follow-up opens by joining the question before ("and …", "et …", "а …", "那…") or points back to
# what it asked about ("those", "celles-ci", "ellos", "они", "منها", "它们").
_OPENS = (r"^\s*¿?\s*(?:(?:and|also|what about|how about|same for|which of|of (?:those|these))\b"
          r"|(?:et|aussi|et pour|qu'en est-il|parmi (?:elles|eux|celles-ci|ceux-ci))\b"
          r"|(?:y|también|y en cuanto a|qué hay de|cuáles de (?:ellas|ellos|estas|estos))\b"
          r"|(?:а|и|также|как насч[её]т|что насч[её]т|какие из них)(?![\w-])"
          r"|(?:وماذا عن|ماذا عن|وأي|و(?=ما|من|متى|كم|أي|هل))"
          r"|(?:那么|那|还有|另外|其中))")
_POINTS = (r"\b(?:those|these|them|they|their|its?|the same|above|previous"
           r"|celles?-ci|ceux-ci|celui-ci|elles|eux|ces derniers|ces dernières"
           r"|estas|estos|ellas|ellos|dichas|dichos"
           r"|они|их|им|ими|эти|этих|этим|этими)\b"
           r"|منها|منهم|عنها|عنهم|它们|他们|这些|那些|上述|该")
_FOLLOW_UP = re.compile(rf"{_OPENS}|{_POINTS}", re.IGNORECASE)
_POINTING = re.compile(_POINTS, re.IGNORECASE)


def standalone_question(question: str, previous_questions: list[str]) -> str:
    """"which of those concern ITU-D?" after "which resolutions implement WSIS?" is asked as both.

    A follow-up that names its own paragraph ("and what does paragraph 98 say?") stands alone.
    """
    if not previous_questions or not _FOLLOW_UP.search(question):
        return question
    if find_refs(question) and not _POINTING.search(question):
        return question
    return f"{previous_questions[-1]} {question}"
