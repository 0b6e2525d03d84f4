"""The messages a chat model is sent: the answer prompt over numbered sources, and the condense prompt.

The wording is in ``assistant.prompts``; here, sources and questions are fenced as data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant import prompts
from assistant.requests import Turn
from index.hits import Hit

_FENCE = re.compile(r"<\s*/?\s*(?:source|question|conversation)\b", re.IGNORECASE)


def fenced(text: str) -> str:
    """Text that cannot close or open the prompt's fences: its double quotes and fence tags neutralised."""
    text = _FENCE.sub(lambda m: m[0].replace("<", "‹"), text)
    return " ".join(text.replace('"', "'").replace("“", "'").replace("”", "'").split())


def answer_messages(question: str, sources: Sequence[Hit], max_words: int = 180) -> list[BaseMessage]:
    """The system prompt, one worked example, then the numbered sources and the question."""
    blocks = []
    for n, hit in enumerate(sources, 1):
        words = hit.unit.text.split()
        text = " ".join(words[:max_words]) + (" …" if len(words) > max_words else "")
        blocks.append(prompts.LLM_SOURCE.format(n=n, label=fenced(hit.unit.label).replace("(", "").replace(")", ""),
                                                text=fenced(text)))
    user = prompts.LLM_USER.format(sources="\n".join(blocks), question=fenced(question))
    return [SystemMessage(prompts.LLM_SYSTEM), HumanMessage(prompts.LLM_EXAMPLE_USER),
            AIMessage(prompts.LLM_EXAMPLE_ANSWER), HumanMessage(user)]


def condense_messages(question: str, history: Sequence[Turn]) -> list[BaseMessage]:
    """The conversation (each turn cut to 500 characters) and the follow-up to rewrite."""
    lines = "\n".join(f"{turn.role}: {fenced(turn.content)[:500]}" for turn in history)
    return [SystemMessage(prompts.CONDENSE_SYSTEM),
            HumanMessage(prompts.CONDENSE_USER.format(history=lines, question=fenced(question)))]
