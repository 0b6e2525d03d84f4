"""Messages that are not questions: a greeting, thanks, "what can you do?". They get a word on what the
assistant answers from and how to ask, in the message's language, not "the documents do not cover this"."""

from __future__ import annotations

import re
from dataclasses import dataclass

GREETING, THANKS = "greeting", "thanks"

# Per language: hello, what-can-you-do, thanks. A greeting of one word tells its language where function
# words cannot ("Bonjour" has none).
_WORDS = {
    "en": (r"(?:hi|hello|hey)(?:\s+(?:there|all|everyone))?|good\s+(?:morning|afternoon|evening)|greetings",
           r"what\s+can\s+you\s+do|who\s+are\s+you|what\s+are\s+you|help|how\s+does\s+this\s+work",
           r"(?:(?:ok|okay|great)\W*)?(?:thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?|many\s+thanks|cheers)"),
    "fr": (r"bonjour|bonsoir|salut", r"que\s+(?:sais-tu|savez-vous|pouvez-vous)\s+faire|qui\s+êtes-vous|aide",
           r"(?:d'accord\W*)?merci(?:\s+beaucoup)?"),
    "es": (r"hola|buen(?:os|as)\s+(?:días|dias|tardes|noches)", r"qué\s+puedes\s+hacer|quién\s+eres|ayuda",
           r"(?:vale\W*)?(?:muchas\s+)?gracias"),
    "ru": (r"привет|здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро", r"что\s+ты\s+умеешь|кто\s+ты|помощь",
           r"(?:хорошо\W*)?спасибо(?:\s+большое)?"),
    "ar": (r"مرحبا|مرحباً|أهلا|أهلاً|السلام\s+عليكم|صباح\s+الخير", r"ماذا\s+(?:يمكنك|تستطيع)\s+(?:أن\s+)?تفعل|من\s+أنت|مساعدة",
           r"شكرا|شكراً|شكرا\s+جزيلا"),
    "zh": (r"你好|您好|早上好", r"你能做什么|你是谁|帮助", r"谢谢|多谢|感谢"),
}
_END = r"[\s!.?¡¿,;:)(。！？，؟]*"
_PATTERNS = {
    lang: (re.compile(rf"^{_END}(?:(?:{hello}){_END})?(?:(?:{about}){_END})?$", re.IGNORECASE),
           re.compile(rf"^{_END}(?:{thanks}){_END}$", re.IGNORECASE))
    for lang, (hello, about, thanks) in _WORDS.items()
}


@dataclass(frozen=True)
class Courtesy:
    kind: str
    """GREETING or THANKS."""
    lang: str
    """The language its words are in."""


def courtesy(message: str) -> Courtesy | None:
    """What the message is when it is only a greeting or thanks, else None (a question, however short)."""
    if not re.search(r"\w", message):
        return None
    for lang, (greeting, thanking) in _PATTERNS.items():
        if thanking.match(message):
            return Courtesy(THANKS, lang)
        if greeting.match(message):
            return Courtesy(GREETING, lang)
    return None
