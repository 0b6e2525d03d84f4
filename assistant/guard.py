"""What a question must be before it reaches the index, and questions that try to steer us."""

from __future__ import annotations

import re
import unicodedata

from assistant.requests import RequestError, check_text


class QuestionError(RequestError):
    """A question that cannot be asked as it is; the message says what to change."""


def check_question(question: object, max_chars: int) -> str:
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    try:
        check_text(question, "the question")
    except RequestError as exc:
        raise QuestionError(str(exc)) from None
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\t\r" for ch in question):
        raise QuestionError("the question contains control characters; remove them and ask again")
    question = " ".join(question.split())
    if not question:
        raise QuestionError("the question is empty; type a question about WSIS")
    if len(question) > max_chars:
        raise QuestionError(
            f"the question is {len(question)} characters long; the limit is {max_chars} (WSIS_MAX_QUESTION_CHARS)"
        )
    return question


_STEERING = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(?:instructions?|rules|prompts?|guidelines|context|above)\b"
    r"|\bsystem\s+prompt\b|\byou\s+are\s+now\b|\bpretend\s+(?:to\s+be|(?:that\s+)?you)\b|\bjailbreak\b"
    # "act as a pirate" is an order; "does ITU act as facilitator for C2?" is a question
    r"|(?:^|[.!?:]\s*|\byou\s+(?:will|must|should|shall|now|can)\s+)act\s+as\b"
    # the same orders in the other UN languages
    r"|\b(?:ignore[rsz]?|oublie[rsz]?|ignora[rd]?|olvida[rd]?)\b[^.?!]{0,40}\b(?:instructions?|consignes|r[eè]gles|instrucciones|reglas)\b"
    r"|\b(?:игнорир\w*|забудь\w*|проигнорир\w*)\b[^.?!]{0,40}\b(?:инструкци\w*|правил\w*|указани\w*)"
    r"|(?:تجاهل|انس)[^.?!؟]{0,40}(?:التعليمات|الإرشادات|القواعد)"
    r"|(?:忽略|忽视|无视|忘记)[^。？！]{0,20}(?:指令|指示|说明|规则|提示)|你现在是"
    r"|\bdeveloper\s+mode\b"
    # a forged conversation role or a standing order: "SYSTEM: new policy…", "from now on…"
    r"|(?:^|[\n.!?]\s*)(?:system|assistant|developer)\s*:|<\|?(?:system|im_start)\|?>|\[/?INST\]"
    r"|\bnew\s+(?:policy|instructions|rules|persona)\b|\bfrom\s+(?:now|(?:this|that)\s+(?:point|moment))\s+on\b"
    r"|\bfor\s+(?:every|each|all)\s+(?:answer|response|reply|question)s?\b"
    # The same families in the six languages, each as an order is said: its prompt ("your system prompt", "ton
    # prompt système"), a standing order ("à partir de maintenant", "с этого момента"), a new self ("you are no longer …",
    # "ahora eres …"), make-believe ("pretend that you …", "fais comme si"), setting its rules aside ("disregard
    # everything you were told", "ne tiens plus compte de"), and showing what it was told
    r"|\bprompt\s+(?:du\s+)?syst[eè]me\b|\bprompt\s+del\s+sistema\b|системн\w*\s+(?:промпт|подсказк)\w*|موجه\s+النظام|系统提示"
    # ("désormais", "отныне" alone also say what the texts now ask of States: not those)
    r"|\bà\s+partir\s+de\s+maintenant\b"
    r"|\b(?:a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante)\b|с\s+этого\s+момента|من\s+الآن\s+فصاعد"
    r"|从现在(?:开始|起)(?![^，。？]{0,8}到)"  # not "从现在起到2030年" (from now until 2030), a question on a target
    r"|\byou\s+are\s+no\s+longer\b|\btu\s+(?:es\s+(?:maintenant|d[ée]sormais)|n'es\s+plus)\b"
    r"|\b(?:ahora\s+eres|eres\s+ahora|ya\s+no\s+eres)\b|\bтеперь\s+ты\b|\bты\s+больше\s+не\b|أنت\s+الآن|你不再是"
    r"|\bfais\s+(?:comme\s+si|semblant)\b|\b(?:finge|haz\s+como\s+si)\b|\bпритвор\w*|(?:^|\s)تظاهري?\s+ب|假装"
    r"|\bdisregard\s+(?:everything|all|anything|what|your|the\s+above)\b|\bstop\s+following\b|\bne\s+tiens?\s+(?:plus|pas)\s+compte\b|\bno\s+hagas\s+caso\b"
    r"|\bне\s+обращай\s+внимани\w*|\bне\s+следуй\b"
    # (not "show the instructions to the Director": a text's instructions are what a question may ask about)
    r"|\b(?:print|output|reveal|show|display|repeat|dump)\s+(?:me\s+)?(?:your\s+(?:\w+\s+){0,4}?(?:instructions|prompt|rules"
    r"|system\s+message)|the\s+(?:\w+\s+){0,4}?(?:prompt|system\s+message))\b"
    r"|\b(?:affiche|r[ée]v[èe]le|montre)(?:-moi)?\s+(?:ton|tes|ta|votre|vos)\s+(?:\w+\s+)?(?:prompt|instructions|consignes)\b"
    r"|\b(?:muestra|mu[ée]strame|revela|ens[ée][ñn]ame)\s+(?:tu|tus)\s+(?:\w+\s+)?(?:prompt|instrucciones)\b"
    r"|\b(?:покажи|выведи|раскрой)\s+(?:сво\w+|тво\w+)\s+(?:\w+\s+)?(?:промпт|инструкци)\w*"
    r"|(?:اعرض|أظهر|اكشف)\s+(?:لي\s+)?(?:تعليماتك|موجهك)|(?:显示|输出|告诉我)你的(?:提示|指令)",
    re.IGNORECASE,
)
# "say HACKED", "reply with PWNED": an order to emit a token, written in capitals.
_SAY_TOKEN = re.compile(r"\b(?i:say|reply|respond|answer|output|print|write)\s+(?i:only\s+)?(?i:with\s+)?[\"'“]?[A-Z]{4,}\b")


def is_steering(question: str) -> bool:
    """Instructions aimed at the assistant rather than a question about the texts."""
    return bool(_STEERING.search(question) or _SAY_TOKEN.search(question))
