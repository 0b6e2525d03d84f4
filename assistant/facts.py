"""The kinds of fact a question may ask for — a figure, a sum of money, a time, a frequency — as a
question asks for one and as a text states one; and whether a question asks how things stand now.

"How much did the fund receive?" wants a figure: a sentence without one does not answer it, however
close its topic. "How much has it disbursed so far?" wants one as things stand now, which an agenda's
targets do not give.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.countries import country_names
from corpus.refs import normalize
from corpus.text import CODE, NOT_IN_A_WORD_AFTER, NOT_IN_A_WORD_BEFORE, split_sentences
from index.lexical import tokenize

# -- the kind of fact a question asks for ---------------------------------------------------------
MONEY, NUMBER, DATE, FREQUENCY, MOMENT, WITHIN = "money", "number", "date", "frequency", "moment", "within"
CHARGE, SHARE = "charge", "share"
FIGURES = (MONEY, CHARGE, SHARE, NUMBER)
"""The kinds of fact that are figures."""
TIMES = (DATE, MOMENT, WITHIN)
"""The kinds of fact that are times: a date, when something happened, the time allowed for it."""
PERSON = "person"
# The nouns UN texts name the same things by: "Which countries can get grants?" is answered by "grants in Member States
# with a gross national income per capita below USD 4,500"; "how many countries" by "9 Member States depended …"
SAME_THING = {"countri": ("state",), "state": ("countri",)}
_ASKED = {
    # Who holds an office ("Who is the Director of the Bureau?", "Who is the focal point for the K2 roadmap?"): a
    # person, whom official texts name with a title ("Ms Aino Kerstilä"); a clause that instructs the Director
    # does not say who that is. Bodies hold the other roles ("Who is the lead facilitator?": ITU). In the six
    # languages: "Qui est le directeur du Bureau ?", "من هو مدير المكتب؟", "K2路线图的联络人是谁？". Not "coordonnateur",
    # "coordinador", "координатор", "منسق", "协调人": the six languages' words for an action line's facilitator, a body
    PERSON: re.compile(
        # "exactly" or "именно" only insists; "ITU's focal point" is the focal point ITU names
        r"^\s*who\s+(?:exactly\s+|precisely\s+|actually\s+)?(?:is|was|will\s+be)\s+(?:exactly\s+)?(?:the\s+|[\w-]+['’]s\s+)?"
        r"(?:current\s+|new\s+|present\s+)?(?:\w+\s+)?"
        r"(?:director(?:-general)?|secretary-general|deputy\s+secretary-general|chair(?:man|person|woman)?|president"
        r"|vice-president|head|minister|coordinator|focal\s+point|chief\s+executive|executive\s+director|ceo|governor"
        r"|manager)\b"
        r"|^\s*qui\s+(?:est|était|sera)\s+(?:exactement\s+)?(?:le|la|l['’])\s*(?:actuel(?:le)?\s+|nouve(?:au|lle)\s+)?"
        r"(?:directeur|directrice|secrétaire\s+générale?|vice-présidente?|présidente?|chef(?!s?\s+de\s+file)|responsable"
        r"|point\s+focal|ministre|gouverneur)\b"
        r"|^\s*¿?\s*qui[eé]n\s+(?:es|era|ser[aá])\s+(?:exactamente\s+)?(?:el|la)\s+(?:actual\s+|nuev[oa]\s+)?"
        r"(?:director[a]?|secretari[oa]\s+general|vicepresident[ea]|president[ea]|jef[ea]|responsable"
        r"|punto\s+focal|ministr[oa]|gobernador[a]?)\b"
        r"|^\s*кто\s+(?:именно\s+|же\s+)?(?:является\s+|был\s+|была\s+|будет\s+)?(?:нынешним\s+|новым\s+)?"
        r"(?:директор|генеральн\w+\s+секретар|председател|руководител|глав|контактн\w*\s+лиц|министр|управляющ)\w*"
        r"|^\s*مَ?ن\s+(?:هو|هي|كان|كانت|سيكون|ستكون)?\s*(?:ال)?(?:مدير|الأمين\s+العام|أمين\s+عام|رئيس|جهة\s+الاتصال"
        r"|جهة\s+التنسيق|وزير)"
        r"|谁是\S{0,20}?(?:主任|局长|司长|秘书长|主席|负责人|联络人|联络点|部长)"
        r"|(?:主任|局长|司长|秘书长|主席|负责人|联络人|联络点|部长)(?:是谁|为何人)"
        # Who heads an office: a person ("Who directs the Bureau?", "¿Quién dirige la Oficina …?"); an action line
        # or a committee may be led or chaired by a body or a State, and is not read so
        r"|^\s*who\s+(?:heads|directs|runs|manages)\s+the\s+(?:[\w-]+\s+){0,4}?(?:bureau|office|department|division"
        r"|secretariat)\b"
        r"|^\s*qui\s+dirige\s+(?:le|la|l['’])\s*(?:bureau|département|division|secrétariat|service)\b"
        r"|^\s*¿?\s*qui[eé]n\s+(?:dirige|encabeza)\s+(?:el|la)\s+(?:oficina|departamento|divisi[oó]n|secretar[ií]a)\b"
        r"|^\s*кто\s+(?:руководит|возглавляет)\s+(?:\w+\s+)?(?:бюро|отдел|департамент|секретариат|управлени)"
        r"|^\s*من\s+(?:يدير|يرأس)\s+(?:ال)?(?:مكتب|إدارة|شعبة|أمانة)"
        r"|(?:谁|由谁)(?:领导|负责|主管)\S{0,20}?(?:局|办公室|司|处|秘书处)"
        # The name of one who serves ("What is the name of the regional expert seconded …?"): a person, too
        r"|^\s*what\s+(?:is|was)\s+the\s+name\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:expert|official|officer|representative"
        r"|envoy|consultant|rapporteur|director|chair(?:man|person|woman)?|president|head|coordinator|focal\s+point"
        r"|minister|governor|manager|secretary)\b"
        r"|^\s*quel\s+est\s+le\s+nom\s+d[eu']\s*(?:la\s+|l['’]\s*)?(?:\w+\s+){0,2}?(?:experte?|fonctionnaire"
        r"|représentante?|directeur|directrice|présidente?|responsable|point\s+focal|ministre|gouverneur)\b"
        r"|^\s*¿?\s*cu[aá]l\s+es\s+el\s+nombre\s+de(?:l|\s+la)\s+(?:\w+\s+){0,2}?(?:expert[oa]|funcionari[oa]"
        r"|representante|director[a]?|president[ea]|responsable|punto\s+focal|ministr[oa]|gobernador[a]?)\b"
        r"|^\s*как\s+(?:зовут|фамилия|имя)\s+(?:\w+\s+){0,2}?(?:эксперт|директор|председател|руководител|представител"
        r"|координатор|министр)"
        r"|^\s*ما\s+(?:هو\s+)?اسم\s+(?:ال)?(?:خبير|مدير|رئيس|مسؤول|ممثل|موظف|وزير)"
        r"|(?:专家|主任|局长|主席|负责人|官员|代表|联络人|部长)\S{0,2}(?:的)?(?:名字|姓名)",
        re.IGNORECASE),
    # The time allowed for something ("Dans quel délai …", "В какой срок …", "How quickly must …"): a date answers it, as
    # does a span ("within 72 hours of a major disaster"), which does not answer "By what date …?"
    WITHIN: re.compile(
        r"\bwithin\s+what\s+(?:time|period)\b|\bhow\s+(?:quickly|soon|fast)\b|\bin\s+how\s+much\s+time\b"
        # the time one is given: "How long did the Summit give facilitators to produce their roadmaps?"
        r"|\bhow\s+long\s+(?:did|does|do|will|would|has|have|had)\s+(?:\S+\s+){1,6}?(?:give|allow|grant|have)\b"
        r"|\bdans\s+quel\s+délai\b|\bquel\s+(?:est\s+le\s+)?délai\b|\ben\s+combien\s+de\s+temps\b"
        r"|\ben\s+qu[eé]\s+plazo\b|\bqu[eé]\s+plazo\b|\ben\s+cu[aá]nto\s+tiempo\b"
        r"|\b(?:в|за)\s+какой\s+срок\b|\bв\s+течение\s+какого\b|\bкак\s+быстро\b"
        r"|في\s+غضون\s+(?:كم|أي)|خلال\s+(?:كم|أي)\s+(?:مدة|وقت)|ما\s+المهلة|多长时间内|多久内|多少天内|几天内|多快",
        re.IGNORECASE),
    # How often: a frequency ("every two years", "annually"), not any date. Read before a figure: "how
    # many times a year" asks how often.
    FREQUENCY: re.compile(
        r"\bhow\s+often\b|\bhow\s+frequently\b|\bat\s+what\s+intervals?\b|\bhow\s+many\s+times\s+(?:a|per|each|every)\b"
        r"|\bà\s+quelle\s+fréquence\b|\btous\s+les\s+combien\b|\bcombien\s+de\s+fois\s+par\b"
        r"|\bcon\s+qu[eé]\s+frecuencia\b|\bcada\s+cu[aá]nt[oa]s?\b|\bcu[aá]ntas\s+veces\s+(?:al|por|cada)\b"
        r"|\bкак\s+часто\b|\bс\s+какой\s+периодичностью\b|\bсколько\s+раз\s+в\b"
        # "频率" alone is how often; "无线电频率" and "射频" are radio frequencies
        r"|كم\s+مرة|كل\s+كم|多久\S{0,6}一次|多长时间\S{0,6}一次|每隔多[久长]|(?<!无线电)(?<!射)频率",
        re.IGNORECASE),
    # A share: "what share of the Fund's resources …", "quel pourcentage", "какая доля", "多大比例": a per cent or a
    # fraction, not a count ("Four professional staff …") nor a sum
    SHARE: re.compile(
        r"\bwhat\s+(?:percentage|share|proportion|fraction|per\s*cent|percent)\b"
        # "How many rural clinics were online …, as a percentage?": a count asked as a share
        r"|\bas\s+a\s+(?:percentage|share|proportion|fraction)\b|\bin\s+(?:percentage|per\s*cent)\s+terms\b"
        # an interest rate is a per cent, not the sum a paragraph on the loans names ("below USD 4,500")
        r"|\binterest\s+rates?\b|\btaux\s+d['’]\s*int[ée]r[eê]t\b|\b(?:tipo|tasa)s?\s+de\s+inter[eé]s\b"
        r"|\bпроцентн\w*\s+ставк\w*|سعر\s+الفائدة|利率"
        r"|\bquel(?:le)?\s+(?:est\s+(?:le|la|l')\s*)?(?:pourcentage|part|proportion)\b"
        r"|\b(?:qu[eé]|cu[aá]l\s+es\s+(?:el|la))\s+(?:porcentaje|proporci[oó]n|parte)\b"
        r"|\bкак(?:ая|ой|ую|ова)\s+(?:\w+\s+)?(?:дол[яию]|процент(?:а|ов|ы)?\b)"
        r"|ما\s+(?:(?:هي|هو)\s+)?(?:ال)?(?:نسبة|حصة)|多大比例|多少比例|百分之几|比例是多少|占多少",
        re.IGNORECASE),
    # A sum of money: "how much money", "what budget", "how much … cost / pay / allocate". "What price"
    # or "what fee" asks for a figure, not always a sum: a price may be set as a share of income; and
    # "how much of the fund" asks for a part of it, which a share ("15 per cent") states as well as a sum;
    # "how much more do they pay" asks how they compare, which a factor states ("three times higher").
    MONEY: re.compile(
        r"\bhow\s+much\s+(?:money|funding|financing)\b|\bwhat\s+(?:\w+\s+){0,2}?(?:budget|funding|sum)\b"
        # "What is the annual operating budget of the Hub?"
        r"|\bwhat\s+(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:budget|funding)\b"
        r"|\bhow\s+much\b(?!\s+(?:of|more|less|higher|lower|cheaper|dearer|greater|smaller|bigger|larger|faster)\b)[^?]{0,60}\b(?:cost|costs|pay|paid|allocat\w*|spend|spent|fund|finance|budget\w*|pledg\w*|invest\w*|contribut\w*|donat\w*)\b"
        # "payer", "paient", not "pays" ("Combien de pays …" counts countries)
        r"|\bcombien\b[^?]{0,60}\b(?:co[uû]t\w*|pay(?!s\b|sag)\w*|paie\w*|financ\w*|budg[eé]t\w*|argent)\b"
        r"|\bquel(?:le)?\s+(?:est\s+(?:le|la|l')\s*)?(?:budget|montant)\b"
        r"|\bcu[aá]nto\s+dinero\b|\bqu[eé]\s+presupuesto\b|\bсколько\s+денег\b|\bкакой\s+бюджет\b"
        r"|\bкак(?:ую|ая|ова)\s+сумм\w*"
        # what a thing costs: "¿cuánto cuesta …?", "сколько стоит …?", "какова стоимость", "كم تكلفة", "花费多少"
        r"|\bcu[aá]nto\s+(?:\w+\s+)?(?:cuestan?|costar[aá]n?|cost[oó])\b|\bсколько\s+(?:\w+\s+)?стои\w*"
        r"|\bкаков[аы]?\s+стоимость\b"
        r"|كم\s+(?:من\s+)?(?:المال|الأموال)|ما\s+(?:(?:هو|هي)\s+)?(?:ال)?(?:ميزانية|مبلغ)|(?:كم|ما)\s+(?:هي\s+)?(?:تكلفة|كلفة|يكلف|تكلف)"
        r"|多少钱|多少资金|预算|花费多少|成本是多少|费用是多少",
        re.IGNORECASE),
    # What is charged ("What licence fee does the Agenda set …?", "Quel taux d'intérêt …?", "ما سعر الفائدة"): a sum,
    # a share ("2 per cent of revenue") or a factor ("three times the coastal price"); not a count of anything
    CHARGE: re.compile(
        # what a body charges for a thing ("How much does the Centre charge for a certificate?"): not a count
        r"\bhow\s+much\b[^?]{0,60}\bcharg(?:e|es|ed|ing)\b|\bcombien\b[^?]{0,60}\bfactur\w*"
        r"|\bcu[aá]nto\b[^?]{0,60}\bcobra\w*|\bсколько\b[^?]{0,60}\bвзима\w*|"
        # not "what they charge for transit": a verb there, of a question asking something else
        r"\bwhat\s+(?:(?!(?:they|we|you|it|he|she|one|operators?|carriers?)\b)\w+\s+){0,2}?"
        r"(?:fees?|prices?|tariffs?|charges?|levy|levies|rents?|premiums?|rates?)\b"
        r"|\bquel(?:le)?s?\s+(?:est\s+(?:le|la|l')\s*)?(?:taux|prix|tarifs?|redevances?|frais|droits?\s+de)\b"
        r"|\b(?:qu[eé]|cu[aá]l\s+es\s+(?:el|la))\s+(?:tipo\s+de\s+inter[eé]s|tasas?|precios?|tarifas?|c[aá]non|cuotas?|cargos?)\b"
        r"|\bкак(?:ую|ая|ой|ова|ов|ие)\s+(?:\w+\s+)?(?:ставк|цен|тариф|плат|сбор|пошлин)\w*"
        r"|ما\s+(?:(?:هو|هي)\s+)?(?:ال)?(?:سعر|رسم|رسوم|تعريفة|معدل)|利率|费率|价格|收费标准|收费多少|费用是多少|多少费用",
        re.IGNORECASE),
    NUMBER: re.compile(
        # "What is the target amount of the trust fund?": the figure may follow its article and a word or two
        r"\bhow\s+(?:much|many|large|big|high|low)\b|\bwhat\s+(?:(?:is|was|are|were|will\s+be)\s+(?:the\s+|its\s+|their\s+)?)?"
        r"(?:[\w-]+\s+){0,2}?(?:amount|percentage|share|proportion|number"
        r"|sum|figure|budget|rate|contribution|fee|price|cost|quota|ceiling|cap|limit|total|maximum|minimum)\b"
        r"|\bcombien\b|\bquel(?:le)?\s+(?:est\s+(?:le|la|l')\s*)?(?:montant|pourcentage|nombre|somme|part|budget|taux"
        r"|plafond|total)\b"
        r"|\bcu[aá]nt[oa]s?\b|\b(?:qu[eé]|cu[aá]l\s+es\s+(?:el|la))\s+(?:monto|porcentaje|n[uú]mero|cantidad|suma|presupuesto"
        r"|tasa|tope|total)\b"
        r"|\bсколько\b|\bкак(?:ов\w*|ое|ой|ая)\s+(?:количество|число|сумма|доля|процент|объ[её]м|размер)\b"
        r"|\bكم\b|ما\s+(?:(?:هو|هي)\s+)?(?:ال)?(?:مبلغ|نسبة|عدد|حجم)|多少|几个|百分之|金额|数额",
        re.IGNORECASE),
    # When something happened ("When was the Network founded?", "Quand a-t-il été créé ?", "¿Cuándo se
    # fundó?", "Когда была создана …?"): a moment, which "every year" or "at each session" does not give.
    MOMENT: re.compile(
        r"(?<!by\s)(?<!until\s)\bwhen\s+(?:was|were|did|had)\b(?![^?]*\bto\s+be\b)"
        # "By what date was it to be published?" asks when it was due, as "by when was it to be …" does
        r"|(?<!by\s)(?<!until\s)(?<!before\s)\b(?:(?:in|on)\s+)?(?:what|which)\s+(?:year|date|dates|month|day)\s+(?:was|were|did|had)\b"
        r"(?![^?]*\bto\s+be\b)"
        r"|\bquand\s+(?:\S+\s+){0,6}?(?:a|ont|avait|avaient)-t?-?(?:il|elle|ils|elles|on)\b|\bquand\s+(?:fut|furent)\b"
        r"|\ben\s+quelle\s+année\s+(?:a|ont|fut|furent)\b"
        # (the words between are what happened, not words that ask: only the asking words are matched)
        r"|\bà\s+quelles?\s+dates?(?=\s+(?:\S+\s+){0,10}?(?:a|ont)-t?-?(?:il|elle|ils|elles|on)\b)"
        r"|\ben\s+qu[eé]\s+fechas?(?=\s+(?:\S+\s+){0,3}?(?:fue|fueron|se\s+\w+[oó]|\w+(?:aron|ieron))\b)"
        r"|\bcu[aá]ndo\s+(?:fue|fueron|se\s+\w+[oó])\b|\ben\s+qu[eé]\s+a[nñ]o\s+(?:fue|fueron|se\s+\w+[oó])\b"
        r"|\bкогда\s+(?:\w+\s+)?\w+(?:л|ла|ло|ли|лся|лась|лось|лись)\b|\bв\s+каком\s+году\s+\w+(?:л|ла|ло|ли|лся|лась|лось|лись)\b"
        r"|متى\s+(?:تم|كان|كانت)",
        re.IGNORECASE),
    # "When" asks a time when a verb or the end follows it ("when will …", "and by when?"); before a subject
    # it joins a clause ("which body … when hit by incidents", "when they assign spectrum") and asks nothing.
    DATE: re.compile(
        r"\b(?:by|until|since)\s+when\b|\bwhen\b(?=\s*(?:$|[?,;:.]|(?:did|does|do|is|are|was|were|will|would|must|should"
        r"|shall|can|could|has|have|had|may|might|and|or|in|exactly|precisely)\b))"
        # "What new date …?", "Which final deadline …?": a word or two that qualify the date, not a verb or an article
        r"|\b(?:what|which)\s+(?:(?!(?:is|was|are|were|does|did|do|will|would|should|must|the|a|an|of|in|for)\b)[\w-]+\s+)"
        r"{0,2}?(?:year|date|deadline|month|(?:time\s+)?period|years|dates)\b"
        r"|\bquelle\s+période\b|\bqu[eé]\s+per[ií]odo\b|\bкакой\s+период\b|ما\s+الفترة|什么时期|哪个时期|哪段时期"
        r"|\bdeadline\b|\btime\s*frame\b|\btimeline\b"
        r"|\bquand\b|\bd'ici\s+quand\b|\ben\s+quelle\s+année\b|\bà\s+quelles?\s+dates?\b|\bquelle\s+(?:date|échéance|année)\b|\bquelles\s+dates\b"
        r"|\bdate\s+limite\b|\bdélai\b|\béchéance\b"
        r"|\bcu[aá]ndo\b|\bpara\s+cu[aá]ndo\b|\ben\s+qu[eé]\s+a[nñ]o\b|\bqu[eé]\s+fechas?\b|\bplazo\b"
        r"|\bкогда\b|\bв\s+каком\s+году\b|\bк\s+как(?:ому|ой)\s+(?:сроку|дате|числу)\b|\bдо\s+как(?:ого|ой)\b"
        r"|\bкакого\s+числа\b|\bсрок\w*\b|\bв\s+какие\s+даты\b|\bв\s+какую\s+дату\b|\bкакие\s+даты\b"
        r"|متى|في\s+أي\s+(?:عام|سنة|شهر|يوم)|أي\s+(?:تاريخ|تواريخ)|بحلول\s+أي|ما\s+(?:الموعد|التاريخ)|موعد"
        r"|何时|何日|什么时候|哪一年|哪年|哪一天|哪天|什么日期|哪个日期|哪些日期|哪几天|哪个月|截止|期限",
        re.IGNORECASE),
}


def wanted_fact(text: str) -> str | None:
    """The kind of fact ``text`` asks for (PERSON, FREQUENCY, SHARE, MONEY, CHARGE, NUMBER, MOMENT, WITHIN, DATE), or
    None."""
    for kind, pattern in _ASKED.items():
        if pattern.search(normalize(text)):
            return kind
    return None


def asking_words(text: str, kind: str | None) -> str:
    """The words of ``text`` that ask for a time ("what period", "by when", "deadline") or how often ("how often"): they
    name the kind of fact wanted, which a unit states by a date ("November 2010 - May 2011") or a frequency ("every six
    hours"), not a word it must hold. Not a figure's: "what interest rate" is answered by a rate, not by any figure."""
    pattern = _ASKED.get(kind) if kind in (*TIMES, FREQUENCY) else None
    return " ".join(m[0] for m in pattern.finditer(normalize(text))) if pattern else ""


# -- how a text states one ------------------------------------------------------------------------
# a recurrence: "every two years", "every session"; not "every participating Member State"
_EVERY = (r"every\s+(?:[\w-]+\s+){0,2}?(?:years?|months?|weeks?|days?|hours?|minutes?|quarters?|sessions?|meetings?"
          r"|conferences?|summits?|forums?|cycles?|periods?|times?|editions?|reviews?)")
_STATED = {
    PERSON: re.compile(r"(?<![\w.])(?:Mr|Ms|Mrs|Miss|Mme|Dr|Prof|H\.\s?E|Sr|Sra)\.?\s+[A-Z][\w'’-]+"
                       r"|(?<![\w])(?:г-н|г-жа|господин|госпожа)\s+[А-Я]|السيد(?:ة)?\s+\S|\S{1,4}(?:先生|女士)"),
    "number": re.compile(
        r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|"
        r"million|billion|percent|per cent|dozen|deux|trois|quatre|cinq|dix|cent|mille|million|"
        r"milliard|dos|tres|cuatro|cinco|diez|cien|mil|millón|millones|один|два|три|пять|десять|сто|тысяч|"
        r"миллион|миллиард)\b|واحد|اثن|ثلاث|أربع|خمس|عشر|مائة|مليون|[一二三四五六七八九十百千万亿]|%",
        re.IGNORECASE),
    CHARGE: re.compile(
        r"\b(?:USD|US\$|EUR|CHF|GBP|JPY|dollars?|euros?|francs?|pounds?|d[oó]lares|долл\w*|евро|франк\w*)\b|[$€£¥%]"
        r"|\b(?:per\s*cent|percent|pour\s+cent|por\s+ciento|процент\w*)\b|في\s+المائة|بالمائة|دولار|يورو|百分之|美元|欧元"
        r"|\b(?:\d+(?:[.,]\d+)?|two|three|four|five|ten|deux|trois|quatre|dos|tres|cuatro)\s+(?:times|fois|veces)\b"
        r"|\b(?:twice|half|double|moitié|mitad|вдвое|втрое)\b|\bfree\s+of\s+charge\b|\bwithout\s+charge\b|\bno\s+fee\b"
        r"|\bgratuit\w*|бесплатн\w*|مجان|免费|倍",
        re.IGNORECASE),
    # a per cent or a fraction: "at least 30 per cent of the resources", "half", "one in three"
    "share": re.compile(
        r"\b(?:per\s*cent|percent|pour\s*cent|por\s+ciento|процент\w*)\b|%|٪|في\s+المائة|بالمائة|百分之"
        r"|\binterest[\s-]free\b|\bzero\s+interest\b|\bsans\s+intér[eê]ts?\b|\bsin\s+intereses\b|беспроцентн\w*"
        r"|\b(?:half|one[\s-]third|two[\s-]thirds|one[\s-]quarter|three[\s-]quarters)\b"
        # "one in three", "one hospital in six", "two out of every five schools"; "a fifth of", "one tenth of"
        r"|\b(?:one|two|three|four|five|\d)\s+(?:[a-z-]+\s+){0,3}?(?:in|out\s+of)\s+(?:every\s+)?"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\b(?![.,]?\d)"
        r"|\b(?:a|one|two|three|four)[\s-](?:third|quarter|fifth|sixth|eighth|tenth)s?\s+of\b"
        r"|\bmoitié\b|\btiers\b|\bmitad\b|\btercio\b|половин\w*|треть\w*|نصف|ثلث|一半|分之",
        re.IGNORECASE),
    # a sum, or a share of one: "co-financing of at least 20 per cent of their cost" (not "95 per cent of the population")
    "money": re.compile(
        r"\b(?:USD|US\$|EUR|CHF|GBP|JPY|dollars?|euros?|francs?|pounds?|d[oó]lares|долл\w*|евро|франк\w*)\b|[$€£¥]"
        r"|(?:\bper\s*cent|\bpercent|%)\s+of\s+(?:[\w-]+\s+){0,3}?(?:cost|costs|income|budgets?|resources|revenues?|prices?"
        r"|disbursements|funds?|investment|GNI|GDP)\b"
        r"|دولار|يورو|美元|欧元|瑞士法郎",
        re.IGNORECASE),
    "frequency": re.compile(
        rf"\b(?:{_EVERY}|each\s+(?:year|month|quarter|session)|annual\w*|yearly|biennial\w*|triennial\w*|quarterly|monthly|"
        r"weekly|twice|once\s+(?:a|every|per)|times\s+(?:a|per)|per\s+(?:year|annum)|periodic\w*|regularly|"
        r"chaque|tous\s+les|annuel\w*|biennal\w*|cada|anual\w*|bienal\w*|ежегодн\w*|каждые|каждый|раз\s+в)\b"
        r"|سنوي|كل\s+(?:عام|سنة|سنتين|عامين|شهر|أسبوع|دورة|\S+\s+(?:سنوات|أعوام|أشهر))|مرتين|مرة\s+(?:في|كل)|每年|每",
        re.IGNORECASE),
    # A moment is a year, a month or a day, not a recurrence
    "moment": re.compile(
        r"\b(?:19|20)\d{2}\b|\b(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|"
        r"december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
        r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|января|февраля|марта|"
        r"апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b|(?<!每)年|月",
        re.IGNORECASE),
    "date": re.compile(
        r"\b(?:19|20)\d{2}\b|\b(?:january|february|march|april|(?-i:May)|june|july|august|september|october|november|"
        r"december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
        r"febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|января|февраля|марта|"
        r"апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|annual\w*|annuel\w*|anual\w*|ежегодн\w*|"
        rf"{_EVERY}|each\s+year|yearly|biennial\w*|quarterly|monthly|chaque|cada|каждые|каждый|session|meeting)\b"
        r"|سنوي|كل عام|كل سنة|年|月|每",
        re.IGNORECASE),
}
# The time allowed for something: a date, or a span ("restore, within 72 hours of a major disaster, …")
_STATED[WITHIN] = re.compile(
    _STATED[DATE].pattern
    + r"|\b(?:within|dans\s+un\s+délai\s+de|dentro\s+de|en\s+un\s+plazo\s+de|в\s+течение)\s+(?:\S+\s+){0,2}?"
    r"(?:hours?|days?|weeks?|months?|years?|heures?|jours|semaines|mois|ans|horas|d[ií]as|semanas|meses|años"
    r"|час\w*|дн\w*|недел\w*|месяц\w*|лет|года?)\b|خلال\s+\S+\s+(?:ساعة|يوما|أيام|أسابيع|أشهر|شهرا)|\d+\s*(?:小时|天|个月)内",
    re.IGNORECASE)


# A reference names something, it does not count it: "§ 120 of TAIS", "Resolution 140", "Action
# Line C2", "activity K2.3" state no figure. (French and Spanish "un", "una" are articles as often.)
_NOT_A_QUANTITY = re.compile(
    r"(?:§+|¶|\b(?:paragraphs?|paras?|resolutions?|res|articles?|clauses?|sections?|chapters?|annex(?:es)?|nos?|rev"
    r"|paragraphes?|párrafos?|resoluci[oó]n|résolution|secci[oó]n(?:es)?|art[ií]culos?|пункт\w*|резолюци\w*|раздел\w*"
    r"|стать[яиею])\.?)\s*\d+(?:[\w.()/-]*\d)?"
    # the others of a list of them: "paragraphs 13 and 15", "paragraphes 4, 5 et 7", "пунктов 3-5"
    r"(?:(?:\s*,\s*\d+(?:[\w.()/-]*\d)?)*\s*(?:and|or|to|et|ou|à|y|o|a|и|или|по|[-–])\s*\d+(?:[\w.()/-]*\d)?)?"
    r"|(?:الفقرة|الفقرات|القرار|القسم|المادة)\s*\d+|第\s*\d+\s*[段条号节款]|\b[A-Z]\d{1,2}(?:\.\d+)*\b"
    # the marker of an item of a list: "1. paragraphs 13 to 24 …" at the start of a line, "in three steps: 1) the
    # adoption …; 2) a first call …" within one; a list numbers its items, it does not count anything
    r"|^[ \t]*\(?\d{1,2}[.)](?=\s)|(?<![\w(.,])\d{1,2}\)(?=\s)",
    re.IGNORECASE | re.MULTILINE)


# A resolution is cited with the place and year of the conference that adopted or revised it: "Resolution 19
# (Salvara, 2028)", "Resolution 140 (Rev. Guadalajara, 2010)". The year is part of its name, not a date the
# text gives ("This roadmap is the first edition prepared under Resolution 19 (Salvara, 2028)" has no deadline).
_CITED_YEAR = re.compile(r"\((?:Rev\.\s*)?[A-Z][\w'’. -]*,\s*(?:19|20)\d{2}\)")
# The months, in the order of the year, as a date writes them in each language (Russian's genitive: "30 июня")
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
_ENGLISH_MONTHS = _MONTHS["en"].split()
_IN_ENGLISH = {word: _ENGLISH_MONTHS[i] for words in _MONTHS.values() for i, word in enumerate(words.split())}
_MONTH = "(?:" + "|".join(sorted((w for lang in ("en", "fr", "es", "ru") for w in _MONTHS[lang].split()),
                                 key=len, reverse=True)) + ")"
# A date or a year standing alone: "20 February 2028", "June 2029", "March 3, 2030", "le 1er mars 2030", "2031"
_WHEN = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th|er)?\s+)?{_MONTH}(?!\w)(?:\s+\d{{1,2}}(?!\d),?)?(?:\s+(?:de\s+)?(?:19|20)\d{{2}}(?:\s+года?)?)?"
    r"|(?<![\d\-–/.,])(?:19|20)\d{2}(?![\d\-–/%]|[.,]\d)", re.IGNORECASE)
# A length of time: "for its first two years", "terms of three years", "a three-year term", "within 30 working days"
_TIME_UNITS = ("year", "month", "week", "day", "hour")
_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)[\s-]+(?:working\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?)\b", re.IGNORECASE)
# A time by which a thing is to be done is not when it was: "to conclude … by 30 September 2028", "d'ici à 2030",
# "a más tardar en marzo de 2028", "не позднее 31 марта 2028 года", "بحلول عام 2030", "2030年前"
_DEADLINE = re.compile(
    r"\b(?:by|no\s+later\s+than|not\s+later\s+than|before|until|due\s+(?:by|in|on)|d['’]ici(?:\s+(?:à|au|la))?|avant(?:\s+le)?"
    r"|au\s+plus\s+tard(?:\s+le)?|a\s+m[aá]s\s+tardar(?:\s+(?:el|en))?|antes\s+del?|не\s+позднее|к|до)\s+"
    r"(?:the\s+end\s+of\s+|(?:la\s+)?fin\s+(?:de\s+|d['’])|(?:el\s+)?final\s+de\s+|конца\s+)?"
    rf"(?:\d{{1,2}}(?:er)?\s+)?(?:{_MONTH}\s+(?:de\s+)?)?(?:19|20)\d{{2}}(?:\s+года?)?"
    r"|بحلول\s+(?:نهاية\s+)?(?:عام\s+|سنة\s+)?(?:\d{1,2}\s+\S+\s+)?(?:19|20)\d{2}"
    r"|不迟于\s*(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:之前|以前|前)",
    re.IGNORECASE)


def without_references(text: str) -> str:
    """The text less the numbers that name a paragraph, clause or resolution ("section 5", "§ 72")."""
    return _NOT_A_QUANTITY.sub(" ", text)


# Numbers said in words, as the texts and questions count with them ("ten new exchange points").
_NUMBER_WORDS = {word: str(i) for i, words in enumerate((
    "zero", "one один одна", "two deux dos два две", "three trois tres три", "four quatre cuatro четыре",
    "five cinq cinco пять", "six seis шесть", "seven sept siete семь", "eight huit ocho восемь",
    "nine neuf nueve девять", "ten dix diez десять", "eleven onze", "twelve douze doce")) for word in words.split()}
_NUMBER_TOKEN = re.compile(rf"(?<!\.){NOT_IN_A_WORD_BEFORE}\d+(?:[.,]\d+)*{NOT_IN_A_WORD_AFTER}"
                           r"|\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _value(token: str) -> str:
    return _NUMBER_WORDS.get(token.lower()) or re.sub(r"[.,](?=\d{3}\b)", "", token)


def numbers_given(question: str) -> frozenset[str]:
    """The numbers a question states itself, in figures or words ("of the ten new exchange points", "by
    2029"), as values: a count it asks for is another one."""
    return frozenset(_value(m[0]) for m in _NUMBER_TOKEN.finditer(without_references(question)))


_SCALE = re.compile(r"\s*(?:million|billion|thousand|trillion|millions?|milliards?|millones|mil\s+millones|миллион\w*"
                    r"|миллиард\w*|тысяч\w*|مليون|مليار|ألف|万|亿)\b", re.IGNORECASE)


def _without_given(text: str, given: frozenset[str]) -> str:
    """``text`` less the numbers the question gives, with the scale each is told in ("USD 46 million")."""
    out, at = [], 0
    for match in _NUMBER_TOKEN.finditer(text):
        if _value(match[0]) in given:
            scale = _SCALE.match(text, match.end())
            out += [text[at:match.start()], " "]
            at = scale.end() if scale else match.end()
    return "".join([*out, text[at:]])


# a number, then the noun of what it counts on the same line ("four professional staff"; not "14 of 31", "2 | 15", nor
# the scale of a sum, "USD 31 billion", which counts no things)
_COUNT_OF_SOMETHING = re.compile(
    rf"(?:{_STATED['number'].pattern})[\w,.%-]*[ \t]+"
    r"(?!(?:of|to|in|by|per|and|or|for|at|from|with|out|than|on|the|a|an|de|du|des|en|y|и|в"
    r"|hundred|thousand|million|billion|trillion|percent)\b)[^\W\d_][\w-]*",
    re.IGNORECASE)


# "How many people are to be trained …" names no kind of person: "train 250,000 community digital agents … to help
# people enrol" answers it, though the people it names are others
_ANYONE = frozenset({"peopl", "person", "individu", "человек", "люд"})


# Words that link a number to another noun than the one after them: "10 per cent of the facilities" counts no facilities
_LINKS = r"(?:of|in|on|at|to|for|by|from|with|and|or|per|cent|the|a|an|its|their|which|that|than|each|every|were|was|are|is)"


def states_wanted(text: str, wants: str | None, counted: str | None = None, given: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` states the kind of fact wanted: a figure (a count of what is counted, when the
    text names it at all: "four staff" answers "how many people"), a sum of money, or a time.

    ``given``: the numbers the question states itself. "How many of the ten new exchange points had opened
    by the end of 2029?" is not answered by "Ten new exchange points, 2029-2030": a figure the question gives
    is what it asks about, not the figure it asks for."""
    if wants is None:
        return True
    if wants in (NUMBER, CHARGE):
        # a code ("the A2 pilot", "action line C5") names a thing, it counts nothing
        text = CODE.sub(" ", _without_given(without_references(text), given))
        if wants == NUMBER and not (counted or "").startswith("year"):
            # "How many members sit on the committee?" is not answered by "adopted on 20 February 2028": a date or
            # a year is when, not how many (a span, "2029-2032", may say how many years)
            text = _WHEN.sub(" ", text)
    elif wants in (DATE, WITHIN):  # a year the question gives is what it asks about ("When was the 2011 update published?")
        text = _without_given(_CITED_YEAR.sub(" ", text), given)
    elif wants == MOMENT:  # when it happened: not when it was due
        text = _without_given(_DEADLINE.sub(" ", _CITED_YEAR.sub(" ", text)), given)
    if not counted or not names(text, counted) or counted in _ANYONE:
        if wants == NUMBER and counted and not counted.startswith(_TIME_UNITS):
            # a text that does not name what is counted states no count of it by "for its first two years": a
            # duration counts time
            text = _DURATION.sub(" ", text)
            # nor by a number in a table's cells, which counts what its row names ("… certified by the Centre | 2 | 15"
            # for "How many staff will the Centre have?"): only by a number of things it names in other words ("four
            # professional staff" for "how many people")
            return bool(_COUNT_OF_SOMETHING.search(text))
        return bool(_STATED[wants].search(text))
    number = _STATED["number"].pattern
    # "24 indicators", "eleven members of the Board"; or the number set after the thing it counts: "new exchange
    # points, ten by 2030", "Members: eleven"; or in the cells of the table row it heads: "New national CIRTs
    # established | 4 | 9 | 15"; or estimated at it: "health workers estimated at 340,000"; or of which it counts some:
    # "the testing events …, at least two of which shall be held"
    count = re.compile(rf"(?:{number})[\w,.%-]*(?:\s+[\w-]+){{0,3}}?\s+{re.escape(counted)}"
                       # "4,000 further primary health care facilities": words that describe it, none that links
                       rf"|(?:{number})[\w,.%-]*(?:\s+(?!{_LINKS}\b)[\w-]+){{4,6}}?\s+{re.escape(counted)}"
                       rf"|{re.escape(counted)}\w*\s*[,:]\s*(?:{number})"
                       rf"|{re.escape(counted)}\w*[^\n|]*\|\s*(?:{number})"
                       # "a shortage of health workers estimated at 340,000"
                       rf"|{re.escape(counted)}\w*\s+(?:estimated\s+at|put\s+at|numbering|totall?ing|amounting\s+to)\s+"
                       rf"(?:about\s+|some\s+|nearly\s+|over\s+)?(?:{number})"
                       # "the number of Member States with a plan rose from five to eleven"
                       rf"|\bnumber\s+of\s+(?:[\w-]+\s+){{0,2}}?{re.escape(counted)}\w*[^.;\n]{{0,80}}?\b(?:rose|fell|grew|increased|decreased"
                       rf"|declined|climbed|dropped|doubled|tripled|stood|reached|was|is)\s+(?:from\s+|to\s+|at\s+|by\s+)?"
                       rf"(?:about\s+|some\s+|nearly\s+|over\s+)?(?:{number})"
                       rf"|{re.escape(counted)}\w*[^.;\n]{{0,80}}?,\s*(?:(?:at\s+(?:least|most)|up\s+to|no\s+fewer\s+than)\s+)?"
                       rf"(?:{number})[\w,.-]*\s+of\s+(?:which|whom)\b", re.IGNORECASE)
    return bool(count.search(text))


def names(text: str, term: str) -> bool:
    """``text`` uses ``term`` (a stem), or a word made on it: "membership" names members, whose number it does not
    give by naming them."""
    return any(made_on(t, term) for t in tokenize(text))


def made_on(word: str, stem: str) -> bool:
    """``word`` (stemmed) is ``stem`` or a word made on it ("membership" on "member"); a stem of three letters or
    fewer only as itself."""
    return word == stem or (len(stem) >= 4 and word.startswith(stem))


# -- how things stand now -------------------------------------------------------------------------
# Words that say how things stand at present ("so far", "currently", "à ce jour"), in the six languages.
_PRESENT = (
    r"\b(?:so\s+far|thus\s+far|to\s+date|up\s+to\s+now|until\s+now|by\s+now|as\s+of\s+(?:now|today)|today(?!['’]s)|currently"
    r"|at\s+present|presently|right\s+now|nowadays|these\s+days"
    r"|jusqu'(?:à\s+présent|ici|à\s+maintenant)|à\s+ce\s+jour|actuellement|à\s+l'heure\s+actuelle|en\s+ce\s+moment"
    r"|pour\s+l'instant|aujourd'hui|hasta\s+(?:ahora|la\s+fecha|el\s+momento)|actualmente|en\s+la\s+actualidad|a\s+d[ií]a\s+de\s+hoy"
    r"|hoy\s+en\s+d[ií]a|hoy|por\s+ahora|en\s+este\s+momento)\b"
    r"|(?<![\w])(?:до\s+сих\s+пор|на\s+сегодняшний\s+день|на\s+сегодня|на\s+данный\s+момент|в\s+настоящее\s+время"
    r"|к\s+настоящему\s+времени|сейчас|сегодня)(?![\w])"
    r"|حتى\s+الآن|حتى\s+اليوم|لغاية\s+الآن|حاليا|حاليًا|حالياً|في\s+الوقت\s+(?:الحاضر|الراهن)|الآن"
    r"|目前|迄今|至今|现在|如今|今天|到目前为止|截至目前|当前"
)
# A question asks how things stand now with those words, or with "already" and a perfect ("How much has the
# Fund already disbursed?"); a text's "already" tells of work done before it, not of a count.
_NOW = re.compile(_PRESENT + r"|\b(?:already|déjà)\b|(?<![\w])уже(?![\w])|بالفعل|已经", re.IGNORECASE)
# A text gives a figure as things stood at a moment: at one it names ("as of 1 March 2028", "по состоянию на"),
# or at its own ("to date", "currently").
_AS_OF = re.compile(
    # a text's own "now" is its date's: "the national health authorities, 12 of which now issue electronic prescriptions"
    _PRESENT + r"|\bnow\b|\bas\s+(?:of|at)\b|\bà\s+la\s+date\s+du\b|\ba\s+fecha\s+de\b|по\s+состоянию\s+на"
    r"|اعتبارا\s+من|اعتبارًا\s+من|截至",
    re.IGNORECASE)


# A question in English asks what had come about by a moment it names: a figure, a verb in the past and a
# year ("How many exchange points were operating at the end of 2030?", "How much had the Fund disbursed by
# 2030?"). A text's target for that year ("in at least 24 of the 27 Member States by the end of 2030") does
# not say what came about; a figure stated as a fact of the past does ("only 11 of the 27 Member States had
# an operational internet exchange point on 1 January 2028", "which held 212 entries on 1 March 2028").
_ASKED_PAST = {
    "en": re.compile(r"\b(?:had|was|were|did)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(?:avait|avaient|était|étaient|comptait|comptaient|réellement|effectivement)\b|\b(?:a|ont)\s+été\b"
                     r"|-t-(?:il|elle|ils|elles)\s+été\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:hab[ií]a|hab[ií]an|era|eran|fue|fueron|estaba|estaban|estuvo|estuvieron|ten[ií]a|ten[ií]an"
                     r"|contaba|contaban|realmente"
                     r"|efectivamente)\b", re.IGNORECASE),
    "ru": re.compile(r"(?<![\w])(?:было|был|была|были|\w+(?:лось|лись)|фактически|(?:имел|составил|получил|выделил|достиг"
                     r"|выплатил|израсходовал)\w*)(?![\w])", re.IGNORECASE),
    "ar": re.compile(r"(?<![\w])(?:كان|كانت|كانوا|تم|فعليا|فعلياً|الفعلي|الفعلية)(?![\w])"),
    # "实际" (actually) with a year: as it stood then, not as planned
    "zh": re.compile(r"已经|已有|已(?=\S)|实际"),
}
_PAST_VERB = (r"(?<!\bbe\s)(?<!\bbeen\s)\b(?!(?:need|expect|target|plann|propos|requir|intend|schedul|aim|hop|project"
              r"|estimat|foresee|envisag|anticipat|budget|forecast|earmark|allocat|reserv)ed\b)[a-z]{2,}[a-df-z]ed")
_STATED_PAST = re.compile(
    r"\b(?:had|has\s+been|have\s+been|was|were|did|held|reached|stood|totall?ed|amounted|numbered)\b"
    # a verb whose past is its present ("cost on average 6.4 per cent … in 2029"), not the noun ("the cost of sending
    # …") nor "to cost", "will cost"; or one that tells how a figure moved ("declined to 34 per cent")
    r"|(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!\bmay\s)\bcost\s+(?:on\s+average\s+|an\s+average\s+of\s+"
    r"|about\s+|some\s+|nearly\s+|almost\s+)?(?:USD|US\$|EUR|[$€£]|\d)"
    r"|(?<!\bbe\s)\b(?:rose|fell|grew|declined|dropped|increased|decreased)\s+(?:to|from|by)\b"
    # a verb in the past before the figure it tells of: "ransomware attacks forced 19 hospitals … to suspend …"; not a
    # participle of what is to be ("the planned 40 centres", "expected 12 …"), nor a verb in "-eed" ("not to exceed 3 …")
    rf"|{_PAST_VERB}\s+(?:only\s+|some\s+|about\s+"
    r"|nearly\s+|almost\s+|over\s+|more\s+than\s+|fewer\s+than\s+|less\s+than\s+)?\d"
    # … or before what it brought about, put at a figure: "disasters caused economic losses estimated at USD 31 billion"
    rf"|{_PAST_VERB}\s+(?:[a-z-]+\s+){{1,3}}estimated\s+at\s+(?:USD|US\$|EUR|[$€£]|\d)|" + _AS_OF.pattern,
    re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # "2031年" too: Chinese puts no word boundary after it


# What a text did in its own words, the figure it set ("What ceiling did the Summit set for the cost … by 2030?"): a
# target it sets answers, not a figure as it stood then
_ITS_OWN_ACT = re.compile(r"\bdid\s+(?:\S+\s+){1,5}?(?:set|fix|establish|adopt|agree|decide|propose|require)\b", re.IGNORECASE)


def asks_then(text: str, lang: str) -> bool:
    """Whether ``text`` asks for a figure as it stood at a past moment it names ("¿Cuántos agentes se habían formado a
    finales de 2031?")."""
    past = _ASKED_PAST.get(lang)
    return bool(past and past.search(text) and _YEAR.search(text)) and not (lang == "en" and _ITS_OWN_ACT.search(text))


# A table's column of baselines at a date: its figures are as they stood then ("Indicator | Baseline (December 2032) |
# Target (December 2035)", the row "… connected to the Common Alerting Gateway | 11 | 27")
_BASELINE_AT = re.compile(r"\bbaselines?\s*\(\s*(?:\w+\s+){0,2}(?:19|20)\d{2}\s*\)", re.IGNORECASE)


def states_then(text: str, given: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence of ``text`` states a figure (a count or amount, not a year, nor a number the question
    gives) in the past: as it stood, not as it is to be; or a table of ``text`` gives it in a column of baselines."""
    if _BASELINE_AT.search(text) and _a_figure_in(_without_given(without_references(_BASELINE_AT.sub(" ", text)), given)):
        return True
    sentences = (_without_given(without_references(sentence), given) for sentence in split_sentences(text))
    return any(_STATED_PAST.search(sentence) and _a_figure_in(sentence) for sentence in sentences)


def _a_figure_in(text: str) -> bool:
    """Whether ``text`` holds a number that is not a year."""
    return any(not _YEAR.fullmatch(_value(m[0])) for m in _NUMBER_TOKEN.finditer(text))


# Whether something is on track for a target ("Are countries on track to publish 100 data sets each by 2031?"): a
# text on how things stand answers, not the decision that set the target ("each Member State shall publish …")
_ASKED_PROGRESS = re.compile(
    r"\b(?:on\s+track|on\s+course|on\s+schedule|how\s+close|how\s+far\s+along)\b"
    r"|\b(?:en\s+bonne\s+voie|sur\s+la\s+bonne\s+voie|en\s+passe\s+de|en\s+camino\s+de|bien\s+encaminad\w*"
    r"|en\s+v[ií]as\s+de)\b|(?<![\w])(?:на\s+пути\s+к|укладыва\w+\s+в\s+график)(?![\w])"
    r"|على\s+المسار|في\s+طريقها|على\s+الطريق\s+الصحيح|有望|能否如期|是否如期", re.IGNORECASE)


def asks_progress(text: str) -> bool:
    """Whether ``text`` asks if something is on track for a target: how things stand, not the target."""
    return bool(_ASKED_PROGRESS.search(normalize(text)))


def asks_now(text: str) -> bool:
    """Whether ``text`` asks how things stand now ("so far", "currently", "hasta ahora", "目前")."""
    return bool(_NOW.search(normalize(text)))


def states_as_of(text: str) -> bool:
    """Whether ``text`` gives things as they stood at a moment: "as of …", "to date", "currently"."""
    return bool(_AS_OF.search(normalize(text)))


# -- what came of an event ------------------------------------------------------------------------
# A question asks what came of an event: its conclusions, findings or results, or what it changed, in the past
# ("What were the conclusions of the mid-term review held at the 2029 Forum?", "What changed in the December 2030
# edition?", "Qu'a conclu l'examen ?"). Not what a text decided or adopted: "What did the Agenda decide about the
# review?" asks of the text's own act, which it states as it makes it ("We decide to hold a mid-term review …").
_OUTCOME_NOUNS = r"(?:conclusions?|outcomes?|results?|findings?|recommendations?)"
_ASKED_FINDINGS = re.compile(
    r"\bwhat\s+(?:were|was)\s+the\s+(?:main\s+|key\s+|principal\s+)?" + _OUTCOME_NOUNS + r"\b"
    r"|\bwhat\s+did\s+(?:\S+\s+){1,10}?(?:conclude|find|recommend|reveal|show|achieve|change)\b"
    # what a review decided is what came of it ("What did the mid-term review decide about the target?"); what a text
    # or a summit decided is the text's own act, which it states as it makes it
    r"|\bwhat\s+did\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:review|evaluation|assessment|audit)\s+(?:\S+\s+){0,3}?"
    r"(?:decide|agree|set|adopt|approve)\b"
    r"|\bwhat\s+(?:has\s+|had\s+)?changed\b|\bhow\s+did\s+(?:\S+\s+){1,10}?(?:turn\s+out|end)\b"
    r"|\bquel(?:le)?s\s+(?:ont\s+été|furent|étaient)\s+les\s+(?:principales\s+)?(?:conclusions|résultats|constatations"
    r"|recommandations)\b|\bqu['’]a\s+(?:\S+\s+){0,6}?(?:conclu|constaté|montré|changé)\b|\bqu['’]est-ce\s+qui\s+a\s+changé\b"
    r"|\bcu[aá]les\s+fueron\s+(?:las|los)\s+(?:principales\s+)?(?:conclusiones|resultados|constataciones|recomendaciones)\b"
    r"|\bqu[eé]\s+(?:concluy[oó]|constat[oó]|cambi[oó])\b"
    r"|\bкаковы\s+(?:были\s+)?(?:выводы|итоги|результаты)\b|\bчто\s+изменилось\b|\bк\s+каким\s+выводам\b"
    r"|ما\s+(?:هي\s+)?(?:نتائج|استنتاجات|خلاصات)\s+\S+\s+(?:\S+\s+){0,6}?(?:الذي|التي)\s+(?:عقد|عقدت|جرى|جرت)"
    r"|ما\s+الذي\s+تغير|ماذا\s+تغير"
    r"|得出了?什么结论|有哪些结论|结论是什么|结果如何|发生了什么变化|有何变化|有什么变化", re.IGNORECASE)
_ASKED_OUTCOME = re.compile(
    _ASKED_FINDINGS.pattern +
    # or which things a body's later acts reached ("Which projects did the Fund finance in its first round?"): a text
    # that plans the round ("shall approve its first projects by 30 June 2030") does not say which
    # (the verb as "did" wants it, bare: not "what deadline did the Agenda give the Fund's Board for approving …", a time)
    r"|\b(?:which|what)\s+(?:\w+\s+){0,3}?did\s+(?:\S+\s+){1,8}?(?:finance|fund|approve|select|award|grant|disburse|certify)"
    r"(?![\w'’])"
    r"|\bquel(?:le)?s\s+\w+\s+(?:\S+\s+){0,6}?a-t-(?:il|elle)\s+(?:financ|sélectionn|accordé)\w*"
    r"|\bqu[eé]\s+\w+\s+(?:financi[oó]|seleccion[oó]|otorg[oó])\b|профинансировал\w*|资助了",
    re.IGNORECASE)
# A text speaks of an event as to come: it "shall" or "will" take place, is "to be held", "is due", "provides for" it
_TO_COME = re.compile(
    r"\b(?:shall|will|is\s+due|are\s+due|due\s+(?:in|by)|to\s+be\s+\w+ed|to\s+(?:hold|convene|organi[sz]e|launch|conduct"
    r"|undertake|carry\s+out|prepare|publish|submit|present|propose)|provides?\s+for|next|planned|scheduled|forthcoming"
    r"|upcoming|for\s+adoption|for\s+consideration"
    # what a text asks others, or commits itself, to do: "invite central banks to link their systems", "we commit to build"
    r"|(?:invite|invites|call\s+upon|calls\s+upon|urge|urges|encourage|encourages|request|requests|commit|commits)"
    r"\s+(?:[\w-]+\s+){0,4}?to\s+(?!the\b|a\b|an\b|this\b|that\b|its\b|their\b)[a-z]+)\b", re.IGNORECASE)
# … or as past: what it found, what was held, what had been met
_CAME = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|found|concluded|showed|shown|revealed|reported|recommended|took\s+place"
    r"|achieved|changed|met)\b", re.IGNORECASE)


# A question asks when the next one of something is ("When will the next review of Resolution 172 take place?",
# "Когда состоится следующий обзор …?", "下一次审查何时举行？"): a text that tells of one held, or names a resolution
# adopted in 2010, does not say when the next will be
_ASKED_NEXT = re.compile(r"\b(?:next|upcoming|forthcoming|prochaine?s?|pr[oó]xim[oa]s?)\b|(?<!\w)(?:следующ|ближайш)\w*"
                         r"|(?:ال)?(?:قادم|مقبل|تالي)(?:ة)?(?!\w)|下一[次届个版期轮]|下[次届期]", re.IGNORECASE)


# … or when one is to take place ("In what year is the overall review to take place?", "В каком году должен
# состояться обзор …?"): "Resolution 172 (Plenipotentiary 2010): Overall Review …" says when the resolution was
# adopted, not when the review it calls for will be held
_ASKED_TO_COME = re.compile(
    r"\b(?:will|shall|should|must)\b[^?]*?\b(?:take\s+place|be\s+held|be\s+convened|be\s+conducted|occur|happen)\b"
    r"|\b(?:is|are)\b[^?]*?\bto\s+(?:take\s+place|be\s+held|be\s+convened|be\s+conducted)\b"
    r"|\b(?:aura|auront|doit|doivent|devra|devront)(?:-t-(?:il|elle|ils|elles))?\s+(?:\w+\s+)?(?:lieu|avoir\s+lieu"
    r"|se\s+tenir|être\s+(?:tenu|mené)e?s?|se\s+dérouler)\b|\bse\s+(?:tiendra|tiendront|déroulera|dérouleront)\b"
    r"|\b(?:tendr[aá]n?\s+lugar|se\s+celebrar[aá]n?|se\s+realizar[aá]n?"
    r"|deber[aá]n?\s+(?:celebrarse|tener\s+lugar|realizarse)|deben?\s+(?:celebrarse|tener\s+lugar|realizarse))(?!\w)"
    r"|(?<!\w)(?:состоится|состоятся|пройдет|пройдёт|пройдут|долж\w*\s+(?:\w+\s+)?(?:состояться|пройти"
    r"|быть\s+проведен\w*)|будет\s+проведен\w*|будут\s+проведен\w*)(?!\w)"
    r"|(?:سي|ست)(?:عقد|جري)|يجب\s+أن\s+(?:ي|ت)(?:عقد|جري)|[将应要](?:于\S{0,8})?(?:举行|召开|进行)", re.IGNORECASE)


def asks_next(text: str) -> bool:
    """Whether ``text`` asks of the next one of something ("the next review", "la prochaine édition"), or of one to
    take place ("when is the review to take place?")."""
    folded = normalize(text)
    return bool(_ASKED_NEXT.search(folded) or _ASKED_TO_COME.search(folded))


def to_come(sentences: list[str]) -> bool:
    """Whether ``sentences`` speak of something as to come ("shall take place", "is due in December 2030")."""
    return bool(_TO_COME.search(" ".join(without_references(s) for s in sentences)))


def asks_outcome(text: str) -> bool:
    """Whether ``text`` asks what came of an event: its conclusions, findings, results, or what it changed."""
    return bool(_ASKED_OUTCOME.search(normalize(text)))


def asks_findings(text: str) -> bool:
    """Whether ``text`` asks what an event found or concluded, or what its results were: not which things a body's
    acts reached ("Which projects did the Fund finance?")."""
    return bool(_ASKED_FINDINGS.search(normalize(text)))


def came_about(sentences: list[str]) -> bool:
    """Whether ``sentences`` speak of something as having come about (held, found, met): an outcome, which a plan or a
    table of activities with their dates does not state."""
    return bool(_CAME.search(" ".join(without_references(s) for s in sentences)))


def only_to_come(sentences: list[str]) -> bool:
    """Whether ``sentences`` (those of a text on the event asked about) speak of it only as to come: a plan says
    when the review will be held, not what it concluded."""
    return to_come(sentences) and not _CAME.search(" ".join(without_references(s) for s in sentences))


# -- which one of a series -----------------------------------------------------------------------
# "When is the third edition of the R4 roadmap due?" asks of one of a series by its rank: a document that is the second
# edition, and speaks of "the third Kalvora Resilience Week", does not say when the third edition is due.
_ORDINALS = {word: str(n) for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:[1-9]|10)(?:st|nd|rd|th))"
# what comes in a series, by rank; not "the first two years", "the first Member States to …"
_IN_A_SERIES = (r"(?:edition|version|update|revision|phase|session|meeting|review|report|round|cycle|stage|summit|conference"
                r"|forum|week|assembly)s?")
_RANKED = re.compile(rf"\b({_ORDINAL})\s+(?:[\w-]+\s+){{0,2}}?({_IN_A_SERIES})\b", re.IGNORECASE)
# … or past the capitalised words of its name: "the second Castrell Digital Health Forum"
_RANKED_NAME = re.compile(rf"\b(?i:({_ORDINAL}))\s+(?:[A-Z][\w-]*\s+){{3,5}}(?i:({_IN_A_SERIES}))\b")


# The first of a count of things is the first round of them: "approved its first seven projects" (not "its first two
# years", a span of time, nor "the first 20 Member States to ratify", the first to do something)
_FIRST_BATCH = re.compile(
    r"\bfirst\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|\d[\d,]*)\s+"
    r"(?!(?:years|months|weeks|days|hours|minutes|quarters|decades|member\s+states|states|countries)\b)"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+s\b", re.IGNORECASE)


# … or by its number: "version 1.0" is the first version, "edition 2" the second (not "version 1.1", a revision of it)
_NUMBERED = re.compile(r"\b(version|edition|release)\s+(\d{1,2})(?:\.0)?(?![.,]?\d)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def ranked(text: str) -> frozenset[tuple[str, str]]:
    """The ranks and kinds of the ones of a series ``text`` names: "the third edition" -> ("3", "edition")."""
    found = (*_RANKED.finditer(text), *_RANKED_NAME.finditer(text))
    batch = {("1", "round")} if _FIRST_BATCH.search(text) else set()
    numbered = {(str(int(m[2])), m[1].lower()) for m in _NUMBERED.finditer(text)}
    return frozenset({(_rank(m[1]), m[2].lower().rstrip("s")) for m in found} | batch | numbered)


def _rank(ordinal: str) -> str:
    return _ORDINALS.get(ordinal.lower()) or ordinal[:-2]


# -- the month of a date a question gives ----------------------------------------------------------
# "How many terminals did the Centre hold on 30 June 2032?" is not answered by a figure "on 30 September 2032": the
# month of a date the question gives (a day or a year beside it) is stated by the text that answers, as its numbers are
_MONTH_WORD = "|".join(sorted(_IN_ENGLISH, key=len, reverse=True))  # Arabic's as well
_DATE_MONTH = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}(?:er)?\s+(?:de\s+)?({_MONTH_WORD})(?!\w)|({_MONTH_WORD})\s+(?:de\s+)?(?:19|20)\d{{2}}\b)"
    r"|(?:19|20)\d{2}\s*年\s*(\d{1,2})\s*月", re.IGNORECASE)


def months_of_dates(text: str) -> tuple[str, ...]:
    """The months, in English, of the dates ``text`` gives: "le 30 juin 2032", "2032年6月30日" -> ("june",)."""
    months: list[str] = []
    for match in _DATE_MONTH.finditer(normalize(text)):
        if match[3]:
            if 1 <= int(match[3]) <= 12:
                months.append(_ENGLISH_MONTHS[int(match[3]) - 1])
        else:
            word = (match[1] or match[2]).lower()
            if word != "may" or (match[1] or match[2]) == "May":  # "may" is the verb too
                months.append(_IN_ENGLISH[word])
    return tuple(dict.fromkeys(months))


# -- which country --------------------------------------------------------------------------------
# A question asks which country ("Which country will host the Conference in 2032?", "哪个国家主办了…"): a text answers
# by naming one, not by inviting "Member States to offer to host it". Or which countries ("Quels pays ont financé
# l'initiative ?"): a text answers by naming them or the kind they are ("the least developed countries"). Not which
# group of them ("Which groups of countries …?") nor how many ("how many countries").
# one word may qualify the countries asked of ("which other countries"), not a verb ("What should countries do?")
_ADJECTIVE = (r"(?:(?!(?:do|does|did|should|must|can|could|would|will|shall|may|might|are|is|were|was|have|has|had)\b)"
              r"\w+\s+)?")
_ASKED_COUNTRY = re.compile(
    rf"\b(?:which|what)\s+{_ADJECTIVE}country\b|\bquel\s+(?:est\s+le\s+)?(?:\w+\s+)?pays\b"
    r"|\b(?:qu[eé]|cu[aá]l)\s+(?:es\s+el\s+)?(?:\w+\s+)?pa[ií]s\b"
    r"|\bкак(?:ая|ой|ую)\s+(?:\w+\s+)?стран[аеуы]\b|أي\s+(?:بلد|دولة)(?!\w)|哪个国家|哪一个国家|哪国|什么国家",
    re.IGNORECASE)
_ASKED_COUNTRIES = re.compile(
    rf"\b(?:which|what)\s+(?:are\s+the\s+)?{_ADJECTIVE}(?:countries|Member\s+States)\b|\bquels\s+(?:sont\s+les\s+)?(?:\w+\s+)?pays\b"
    r"|\b(?:qu[eé]|cu[aá]les)\s+(?:son\s+los\s+)?(?:\w+\s+)?pa[ií]ses\b"
    r"|\bкак(?:ие|их|им|ими)\s+(?:\w+\s+)?(?:стран\w*|государств\w*)|(?:أي|ما)\s+(?:هي\s+)?(?:ال)?(?:بلدان|دول)(?!\w)"
    # which Member States: "quels États membres", "qué Estados miembros", "哪十个成员国"
    r"|\bquels\s+(?:sont\s+les\s+)?(?:\w+\s+)?[ÉE]tats\s+membres\b|\b(?:qu[eé]|cu[aá]les)\s+(?:son\s+los\s+)?Estados\s+miembros\b"
    r"|哪(?:些|几个|[一二三四五六七八九十两]+个)?(?:国家|成员国)",
    re.IGNORECASE)
# Countries of a kind, in the six languages: "landlocked developing countries", "small island developing States",
# "les pays les moins avancés", "государства-члены", "البلدان النامية", "发展中国家". Case tells "States" from "states".
_OF_A_KIND = re.compile(r"\b(?:[Cc]ountries|States|[Ee]conomies|[Pp]ays|États|Etats|[Pp]a[ií]ses|Estados|[Сс]тран\w*"
                        r"|[Гг]осударств\w*)\b|(?<!\w)(?:ال)?(?:بلدان|دول)(?!\w)|国家")
ONE, SEVERAL = "one", "several"


def asks_country(text: str) -> str | None:
    """ONE when ``text`` asks which country, SEVERAL when it asks which countries, else None."""
    text = normalize(text)
    return ONE if _ASKED_COUNTRY.search(text) else SEVERAL if _ASKED_COUNTRIES.search(text) else None


def states_country(text: str, asked: str) -> bool:
    """Whether ``text`` names a country, or for SEVERAL the kind of countries meant."""
    return bool(country_names().search(text) or (asked == SEVERAL and _OF_A_KIND.search(text)))


# -- which ones, or only how many ---------------------------------------------------------------------
# "Which projects did the Fund finance in its first round?" asks which ones: "approved its first eleven projects" says
# how many, and names none. A unit names them when it uses the word otherwise ("the project Open Clinic"), or opens a
# list after the count ("five Member States: Aldmark, …", "three projects (…)", "namely …").
_WORD = re.compile(r"[\w'’-]+")
_LIST_OPENS = re.compile(r"\s*(?:[:(\u2014\u2013]|,?\s*(?:namely|including|such\s+as|i\.e\.|that\s+is)\b)", re.IGNORECASE)


# "We call upon Member States to …": addressed all together, no one of them named; so are those reported to ("(e) to
# report each year to the Member States on the implementation of this Agenda")
_ADDRESSED = re.compile(r"(?:\b(?:call(?:s|ed)?\s+(?:up)?on|invit\w*|urg\w*|encourag\w*|request\w*|appeal\w*\s+to)"
                        r"|\b(?:report|submit|send|transmit)\w*\s+(?:[\w-]+\s+){0,3}?to)"
                        r"\s+(?:all\s+|the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def counts_only(text: str, noun: str) -> bool:
    """Whether ``text`` uses ``noun`` (an English stem), and every time only as a count of them, a number among the
    two words before it and no list after it, or as those a text addresses all together ("We call upon Member
    States to …")."""
    words = list(_WORD.finditer(text))
    uses = [i for i, w in enumerate(words) if any(made_on(t, noun) for t in tokenize(w[0], "en"))
            and not _ADDRESSED.search(text, max(0, w.start() - 40), w.start())]
    return bool(uses) and all(
        any(_NUMBER_TOKEN.fullmatch(w[0]) and not _YEAR.fullmatch(w[0]) for w in words[max(0, i - 3):i])
        and not _LIST_OPENS.match(text, words[i].end())
        for i in uses)


# -- who gives it --------------------------------------------------------------------------------------
# "How much did the host country pledge to the Fund?" asks what one giver gave: "the pledges announced at this Summit,
# amounting to USD 327 million" are everyone's. A text answers only if it names the giver.
_GIVER = re.compile(
    r"\bhow\s+much\s+(?:money\s+)?(?:did|does|do|will|has|have|had|would|should|is|are|was|were)\s+"
    r"(?:the\s+|each\s+|every\s+|its\s+)?(?P<who>[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?:pledge|pay|contribute|give|provide|allocate|spend|receive|invest|commit|raise|donate|lend|offer)\b",
    re.IGNORECASE)
_NOT_A_GIVER = frozenset("we they it you he she one i".split())


def giver(text: str) -> tuple[str, ...]:
    """The words that name who gives or receives the sum "how much did X pledge/pay/…" asks of (English, stemmed);
    none for a pronoun or when the question does not ask so."""
    match = _GIVER.search(normalize(text))
    if not match or match["who"].lower() in _NOT_A_GIVER:
        return ()
    return tuple(tokenize(match["who"], "en"))


# -- where a thing is held ------------------------------------------------------------------------
# A question asks where an event is held ("Where will the next Marenvik Forum be held?", "Où se tiendra …?", "Где
# состоится …?", "أين ستعقد …؟", "…在哪里举行？"): a text answers by naming a place ("in Marenvik", "at the Marenvik
# Forum of 2029", a country), not by "shall be held in 2028"
_ASKED_PLACE = re.compile(
    r"\bwhere(?:\s+and\s+when)?\s+(?:will|was|were|is|are|did|does|do|shall|would|should)\b[^?]*?\b(?:held|hold"
    r"|take\s+place|took\s+place|convene[sd]?|meets?|met|hosted|organi[sz]ed)\b"
    r"|\bo[uù]\s+(?:et\s+quand\s+)?(?:se\s+tiendr\w+|a\s+eu\s+lieu|aura\s+lieu|se\s+réunir\w+|s['’]est\s+tenue?s?|se\s+tien\w+)"
    r"|\bd[oó]nde\s+(?:y\s+cu[aá]ndo\s+)?(?:se\s+celebr\w+|tendr[aá]\s+lugar|tuvo\s+lugar|se\s+reunir\w+)"
    r"|(?<!\w)где\s+(?:и\s+когда\s+)?(?:будет\s+проходить|пройд[её]т|состо(?:ится|ялс\w*)|проходил\w*|провод\w+|будет\s+проведен\w*)"
    r"|أين\s+(?:ومتى\s+)?(?:سي|ست)?(?:عقد|تعقد|يعقد)|在哪里举行|在哪儿举行|在何处举行|在何地举行|举办地"
    # or asks which city or venue ("Which city hosted the first Dialogue?", "第三届峰会将在哪个城市举行？")
    r"|\b(?:which|what)\s+(?:city|town|venue|location)\b|\bquel(?:le)?\s+(?:ville|lieu)\b|\bqu[eé]\s+(?:ciudad|sede)\b"
    r"|\bв\s+каком\s+городе\b|\bкакой\s+город\b|أي\s+مدينة|哪个城市|哪座城市",
    re.IGNORECASE)
# A place a text names: a country, or a name after "in" or "at" that is no month ("in Marenvik", "at the Marenvik Forum")
_PLACE = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?(?!(?i:{_MONTH})\b)"
                    r"(?!(?:The|This|That|These|Its|Their|Each|Every|Any|All|Some)\b)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def of_the_year(sentences: list[str], given: frozenset[str]) -> list[str]:
    """Of ``sentences``, those that speak of a year the question gives, or of none: asked which city hosted the Dialogue
    of 2030, "held at the Brennmark Dialogue in Porvasalo on 12-14 May 2031" is another year's."""
    years = {y for y in given if _YEAR.fullmatch(y)}
    return [s for s in sentences if not years or not (found := set(_YEAR.findall(s))) or found & years]


def asks_place(text: str) -> bool:
    """Whether ``text`` asks where an event is or was held."""
    return bool(_ASKED_PLACE.search(normalize(text)))


def states_place(text: str, asked: tuple[str, ...] = ()) -> bool:
    """Whether ``text`` names a place: a country, or a name after "in" or "at" other than the ``asked`` names of the
    question ("The results are presented at the Marenvik Forum" says nothing of where that Forum is held)."""
    return bool(country_names().search(text)) or any(
        m["name"].casefold() not in asked for m in _PLACE.finditer(text))
