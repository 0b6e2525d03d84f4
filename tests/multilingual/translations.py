"""The fixture agenda of ``corpus_fixtures`` in the six UN languages, laid out as plain text.

``corpus_fixtures.agenda_html()`` is a small, invented "Tunis Agenda" in English (document id
``tais``). Here are its faithful translations into French, Spanish, Russian, Arabic and Chinese,
in the register of UN official texts: the same paragraphs (1–3, 49, 50 with its sub-items,
95–97), the three section headings, the title and the Annex table. The words are as invented
as the English ones; only the official names (the title, "Internet governance", the action line
C5) are the ones the real texts use in each language.

``agenda_txt(lang)`` lays a version out as a plain-text agenda, the way the official texts read
once saved as text: the title, the document symbol, each heading on its own line, paragraphs
"96. …" (Arabic and Chinese keep the Arabic numerals, as their official texts do), each
sub-item on its own line under its paragraph, then the Annex after its heading line. Blocks
are separated by blank lines. Each version is indexed under its own id (``DOC_IDS``), so its
units are ``tais-fr:96``, ``tais-ar:annex`` and so on.

Sub-item markers follow each language's official texts where they differ from the English:
Arabic letters the sub-items in abjad order (أ) ب) ج) د)) and numbers the sub-sub-items
between quotation marks (’1‘ ’2‘), as UN Arabic documents do; the other languages keep
"a)" … "d)" and "i." "ii." as the English fixture has them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import corpus_fixtures as F


@dataclass(frozen=True)
class Agenda:
    """One language version of the fixture agenda, as data."""

    lang: str
    title: str
    symbol: str
    # "Introduction", "Financial mechanisms for connectivity", "Internet governance"
    headings: tuple[str, str, str]
    # paragraphs 1, 2, 3, 49, 95, 96, 97; paragraph 50 is apart, it has sub-items
    paragraphs: dict[int, str] = field(repr=False)
    # the opening words of paragraph 50, then each sub-item with its marker
    paragraph_50: tuple[str, ...] = field(repr=False)
    annex: str = "Annex"
    # the header row first: (action line, possible moderators)
    annex_rows: tuple[tuple[str, str], ...] = ()


ENGLISH = Agenda(
    lang="en",
    title="Tunis Agenda for the Information Society",
    symbol="Document WSIS-05/TUNIS/DOC/6(Rev.1)-E",
    headings=("Introduction", "Financial mechanisms for connectivity", "Internet governance"),
    paragraphs=dict(F.AGENDA_PARAGRAPHS),
    paragraph_50=tuple(F.PARAGRAPH_50),
    annex="Annex",
    annex_rows=(
        ("Action line", "Possible moderators"),
        ("C2. Infrastructure", "The lead agency"),
        ("C5. Building confidence", "The lead agency"),
    ),
)

FRENCH = Agenda(
    lang="fr",
    title="Agenda de Tunis pour la société de l’information",
    symbol="Document WSIS-05/TUNIS/DOC/6(Rev.1)-F",
    headings=("Introduction", "Mécanismes de financement de la connectivité", "Gouvernance de l’Internet"),
    paragraphs={
        1: "Nous, délégués ici réunis, convenons du programme fictif énoncé dans le présent texte.",
        2: "Nous notons que le présent programme s’appuie sur les principes convenus lors de la première phase.",
        3: "Nous décidons de réexaminer le programme à intervalles réguliers.",
        49: "Nous invitons les partenaires à renforcer la coopération régionale en matière de planification des "
            "réseaux.",
        95: "Nous encourageons l’échange de bonnes pratiques entre les organismes régionaux.",
        96: "Nous demandons à l’institution chef de file et aux organisations régionales d’aider les pays à gérer "
            "le spectre des fréquences radioélectriques de manière équitable pour tous, conformément aux accords "
            "internationaux en vigueur.",
        97: "Nous nous félicitons de la création de points de contact nationaux pour le programme.",
    },
    paragraph_50=(
        "Nous reconnaissons que les coûts de raccordement au réseau dorsal pèsent lourdement sur les petits "
        "réseaux. Nous demandons en conséquence l’adoption d’un plan visant à les réduire, qui consisterait à :",
        "a) Promouvoir des points d’échange qui permettent d’acheminer localement le trafic local ;",
        "b) Demander aux bailleurs de fonds d’accorder la priorité aux infrastructures partagées ;",
        "c) Encourager les travaux portant sur :",
        "i. les liaisons dorsales entre pays voisins ;",
        "ii. un registre public des prix de transit facturés par les opérateurs ;",
        "d) Rendre compte des progrès accomplis tous les deux ans.",
    ),
    annex="Annexe",
    annex_rows=(
        ("Grande orientation", "Modérateurs possibles"),
        ("C2. Infrastructure", "L’institution chef de file"),
        ("C5. Établir la confiance", "L’institution chef de file"),
    ),
)

SPANISH = Agenda(
    lang="es",
    title="Agenda de Túnez para la Sociedad de la Información",
    symbol="Documento WSIS-05/TUNIS/DOC/6(Rev.1)-S",
    headings=("Introducción", "Mecanismos de financiación para la conectividad", "Gobernanza de Internet"),
    paragraphs={
        1: "Nosotros, los delegados aquí reunidos, acordamos el programa ficticio que se enuncia en el presente "
           "texto.",
        2: "Observamos que el presente programa se basa en los principios acordados en la primera fase.",
        3: "Decidimos examinar el programa a intervalos regulares.",
        49: "Invitamos a los asociados a fortalecer la cooperación regional en materia de planificación de redes.",
        95: "Alentamos el intercambio de prácticas óptimas entre los organismos regionales.",
        96: "Pedimos al organismo principal y a las organizaciones regionales que ayuden a los países a gestionar "
            "el espectro de frecuencias radioeléctricas de manera equitativa para todos, con arreglo a los "
            "acuerdos internacionales vigentes.",
        97: "Acogemos con beneplácito la creación de centros de coordinación nacionales para el programa.",
    },
    paragraph_50=(
        "Reconocemos que los costos de conexión a la red troncal suponen una pesada carga para las redes "
        "pequeñas. Por consiguiente, pedimos que se elabore un plan para reducirlos, consistente en:",
        "a) Promover puntos de intercambio que mantengan en el ámbito local el tráfico local;",
        "b) Pedir a las entidades de financiación que den prioridad a la infraestructura compartida;",
        "c) Fomentar los trabajos sobre:",
        "i. los enlaces troncales entre países vecinos;",
        "ii. un registro público de los precios de tránsito que cobran los operadores;",
        "d) Informar sobre los progresos realizados cada dos años.",
    ),
    annex="Anexo",
    annex_rows=(
        ("Línea de acción", "Posibles moderadores"),
        ("C2. Infraestructura", "El organismo principal"),
        ("C5. Creación de confianza", "El organismo principal"),
    ),
)

RUSSIAN = Agenda(
    lang="ru",
    title="Тунисская программа для информационного общества",
    symbol="Документ WSIS-05/TUNIS/DOC/6(Rev.1)-R",
    headings=("Введение", "Механизмы финансирования для обеспечения подключения",
              "Управление использованием интернета"),
    paragraphs={
        1: "Мы, собравшиеся здесь делегаты, достигли согласия в отношении вымышленной программы, изложенной "
           "в настоящем тексте.",
        2: "Мы отмечаем, что настоящая программа основывается на принципах, согласованных на первом этапе.",
        3: "Мы постановляем регулярно проводить обзор программы.",
        49: "Мы предлагаем партнерам укреплять региональное сотрудничество в области планирования сетей.",
        95: "Мы поощряем обмен передовым опытом между региональными органами.",
        96: "Мы просим ведущее учреждение и региональные организации оказывать странам помощь в управлении "
            "радиочастотным спектром на справедливой для всех основе в соответствии с действующими "
            "международными соглашениями.",
        97: "Мы приветствуем создание национальных координационных центров программы.",
    },
    paragraph_50=(
        "Мы признаем, что расходы на подключение к магистральной сети ложатся тяжелым бременем на небольшие "
        "сети. В связи с этим мы призываем разработать план по их снижению, предусматривающий:",
        "a) содействие созданию точек обмена трафиком, позволяющих сохранять местный трафик на местном уровне;",
        "b) обращение к источникам финансирования с просьбой уделять первоочередное внимание совместно "
        "используемой инфраструктуре;",
        "c) поощрение работы по следующим вопросам:",
        "i. магистральные линии связи между соседними странами;",
        "ii. публичный реестр цен на транзит, взимаемых операторами;",
        "d) представление отчетов о ходе работы один раз в два года.",
    ),
    annex="Приложение",
    annex_rows=(
        ("Направление деятельности", "Возможные ведущие посредники"),
        ("C2. Инфраструктура", "Ведущее учреждение"),
        ("C5. Укрепление доверия", "Ведущее учреждение"),
    ),
)

ARABIC = Agenda(
    lang="ar",
    title="برنامج عمل تونس بشأن مجتمع المعلومات",
    symbol="الوثيقة WSIS-05/TUNIS/DOC/6(Rev.1)-A",
    headings=("مقدمة", "آليات التمويل من أجل التوصيلية", "إدارة الإنترنت"),
    paragraphs={
        1: "نحن، المندوبين المجتمعين هنا، نتفق على البرنامج الخيالي المبين في هذا النص.",
        2: "نلاحظ أن هذا البرنامج يستند إلى المبادئ المتفق عليها في المرحلة الأولى.",
        3: "نقرر استعراض البرنامج على فترات منتظمة.",
        49: "ندعو الشركاء إلى تعزيز التعاون الإقليمي في مجال تخطيط الشبكات.",
        95: "نشجع تبادل أفضل الممارسات فيما بين الهيئات الإقليمية.",
        96: "نطلب إلى الوكالة الرائدة والمنظمات الإقليمية مساعدة البلدان على إدارة طيف الترددات الراديوية "
            "بطريقة منصفة للجميع، وفقاً للاتفاقات الدولية السارية.",
        97: "نرحب بإنشاء جهات تنسيق وطنية للبرنامج.",
    },
    paragraph_50=(
        "ندرك أن تكاليف التوصيل بالشبكة الأساسية تثقل كاهل الشبكات الصغيرة. ولذلك ندعو إلى وضع خطة لخفض "
        "هذه التكاليف، وذلك من خلال ما يلي:",
        "أ) تشجيع نقاط التبادل التي تبقي حركة الاتصالات المحلية داخل النطاق المحلي؛",
        "ب) مطالبة الجهات الممولة بإيلاء الأولوية للبنية التحتية المشتركة؛",
        "ج) تشجيع العمل بشأن ما يلي:",
        "’1‘ وصلات الشبكة الأساسية بين البلدان المتجاورة؛",
        "’2‘ سجل عام لأسعار العبور التي يتقاضاها المشغلون؛",
        "د) الإبلاغ عن التقدم المحرز كل سنتين.",
    ),
    annex="المرفق",
    annex_rows=(
        ("خط العمل", "الجهات الوسيطة المحتملة"),
        ("C2. البنية التحتية", "الوكالة الرائدة"),
        ("C5. بناء الثقة", "الوكالة الرائدة"),
    ),
)

CHINESE = Agenda(
    lang="zh",
    title="信息社会突尼斯议程",
    symbol="文件 WSIS-05/TUNIS/DOC/6(Rev.1)-C",
    headings=("导言", "连通性筹资机制", "互联网治理"),
    paragraphs={
        1: "我们，在此聚会的代表，商定本案文所列的虚构方案。",
        2: "我们注意到，本方案以第一阶段商定的原则为基础。",
        3: "我们决定定期审查本方案。",
        49: "我们请合作伙伴加强网络规划方面的区域合作。",
        95: "我们鼓励各区域机构之间交流最佳做法。",
        96: "我们请牵头机构和各区域组织根据现行国际协定，帮助各国以对所有国家公平的方式管理无线电频谱。",
        97: "我们欢迎为本方案设立国家联络点。",
    },
    paragraph_50=(
        "我们认识到，接入骨干网的费用给小型网络造成沉重负担。因此，我们呼吁制定一项降低这些费用的计划，具体办法是：",
        "a) 推动建立使本地流量留在本地的交换点；",
        "b) 请资助方优先考虑共享基础设施；",
        "c) 鼓励开展以下方面的工作：",
        "i. 邻国之间的骨干链路；",
        "ii. 运营商收取的转接价格的公开登记册；",
        "d) 每两年报告一次进展情况。",
    ),
    annex="附件",
    annex_rows=(
        ("行动方面", "可能的主持方"),
        ("C2. 基础设施", "牵头机构"),
        ("C5. 建立信心", "牵头机构"),
    ),
)

AGENDAS: dict[str, Agenda] = {a.lang: a for a in (ENGLISH, FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE)}
TRANSLATIONS: dict[str, Agenda] = {lang: a for lang, a in AGENDAS.items() if lang != "en"}
# The id each version is indexed under; the English one is the fixture's own.
DOC_IDS: dict[str, str] = {lang: "tais" if lang == "en" else f"tais-{lang}" for lang in AGENDAS}
# Numbered paragraphs, in the order of the text; every version has the same ones.
NUMBERS = (1, 2, 3, 49, 50, 95, 96, 97)


def paragraph_text(lang: str, number: int) -> str:
    """A paragraph's text without its number, sub-items one a line: what its unit should hold."""
    agenda = AGENDAS[lang]
    return "\n".join(agenda.paragraph_50) if number == 50 else agenda.paragraphs[number]


def agenda_txt(lang: str) -> bytes:
    """One language version as a plain-text agenda (UTF-8): title, symbol, headings, paragraphs, Annex."""
    agenda = AGENDAS[lang]
    intro, financial, governance = agenda.headings
    blocks = [agenda.title, agenda.symbol, intro]
    for number in NUMBERS:
        if number == 49:
            blocks.append(financial)
        elif number == 95:
            blocks.append(governance)
        first, *rest = paragraph_text(lang, number).split("\n")
        blocks.append("\n".join([f"{number}. {first}", *rest]))
    blocks.append(agenda.annex)
    blocks.append("\n".join("\t".join(row) for row in agenda.annex_rows))
    return ("\n\n".join(blocks) + "\n").encode("utf-8")
