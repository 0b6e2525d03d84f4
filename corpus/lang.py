"""Which of the six UN languages a text is in.

Arabic, Chinese and Russian each have a script of their own, so the script decides them. English,
French and Spanish share the Latin script: their commonest function words and their accents tell
them apart — a question of a few words is enough ("Que dit le paragraphe 72 ?", "¿Qué dice el
párrafo 72?"). No model: this runs on every question and every unit, and a wrong guess only
changes which language's words a lexical search stems and which language a refusal is written in.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
"""The six UN languages, as ISO 639-1 codes."""
DEFAULT = "en"

NAMES = {"en": "English", "fr": "français", "es": "español", "ru": "русский", "ar": "العربية", "zh": "中文"}
ENGLISH_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic", "zh": "Chinese"}
"""The languages as an operator's messages name them (``wsis corpus add``)."""

# Function words that are frequent in one Latin-script language and rare in the other two, and the words
# that ask for a summary or a list, which open a question without any of them ("Resume la hoja de ruta K2.",
# where "la" and "de" are French as much as Spanish; French "résume" has its accent).
_LATIN_WORDS = {
    "en": frozenset("the of and to is are was were which what who whom when where why how does did do this that "
                    "with for from by on be has have it its should shall paragraph resolution about".split()),
    "fr": frozenset("le la les des du un une et est sont dans pour par sur au aux que qui quel quelle quels "
                    "quelles quoi dit ce cette ces il elle ne pas avec paragraphe résolution selon où comment "
                    "nous notre leur leurs aussi mais feuille route résume résumez décrivez".split()),
    "es": frozenset("el la los las del un una y es son en para por sobre al que qué quién quiénes cuál cuáles "
                    "dice este esta estos estas se con párrafo resolución según dónde cómo "
                    "nosotros nuestro nuestra nuestros también pero hoja ruta resume resuma resumir describa "
                    "enumera enumere explique".split()),
}
_ACCENTS = {"fr": "àâçèéêëîïôûùœ", "es": "áéíñóúü¿¡"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def script_counts(text: str) -> dict[str, int]:
    """Letters of the text by script: latin, cyrillic, arabic, han."""
    counts = {"latin": 0, "cyrillic": 0, "arabic": 0, "han": 0}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            counts["han"] += 1
        elif 0x0400 <= code <= 0x052F:
            counts["cyrillic"] += 1
        elif 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            counts["arabic"] += 1
        elif "LATIN" in unicodedata.name(char, ""):
            counts["latin"] += 1
    return counts


@lru_cache(maxsize=4096)  # a question is told several times while it is read, its parts chosen and answered
def detect(text: str, default: str = DEFAULT) -> str:
    """The UN language ``text`` is written in; ``default`` when it has no letters to tell by."""
    counts = script_counts(text)
    # A Chinese question naming "ITU" or "WSIS" is still Chinese: a han character stands for a
    # word, so han letters count several times over against latin ones.
    weighted = {"zh": 3 * counts["han"], "ru": counts["cyrillic"], "ar": counts["arabic"], "latin": counts["latin"]}
    best = max(weighted, key=lambda k: weighted[k])
    if weighted[best] == 0:
        return default
    if best != "latin":
        return best
    return _latin_language(text, default)


def _latin_language(text: str, default: str) -> str:
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _LATIN_WORDS.items()}
    lowered = text.lower()
    for lang, accents in _ACCENTS.items():
        scores[lang] += sum(lowered.count(a) for a in accents)
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0:
        return default
    # "la" or "de" alone do not make English text French: ties go to the default.
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == ranked[1] and scores.get(default, -1) == ranked[0]:
        return default
    return best
