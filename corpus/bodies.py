"""The bodies that issue the indexed texts: one definition for filters, labels and questions."""

from __future__ import annotations

BODIES = ("ITU", "WSIS", "PP", "WTDC", "WTSA", "Council")
"""Codes of the issuing bodies, as filters (`--body`, `"body": [...]`) take them."""

BODY_NAMES = {
    "ITU": "ITU",
    "WSIS": "World Summit on the Information Society",
    "PP": "Plenipotentiary Conference",
    "WTDC": "World Telecommunication Development Conference",
    "WTSA": "World Telecommunication Standardization Assembly",
    "Council": "ITU Council",
}

# How each body is named in a text, lower-cased and without accents (see ``corpus.refs.fold``),
# in the six UN languages. ITU and WSIS are left out: nearly every text names them. A conference is
# named whole where its Bureau shares its words ("Bureau de développement des télécommunications" is
# not the WTDC).
BODY_PATTERNS = {
    "PP": r"plenipoten[ct]i\w*|\bpp(?:-?\d{2})?\b|полномочн\w+ конференци\w*|المندوبين المفوضين|全权代表大会",
    "WTDC": r"\bwtdc\w*|\bcmdt\b|\bвкрэ\b|world telecommunication development conference|"
            r"conference mondiale de developpement des telecommunications|"
            r"conferencia mundial de desarrollo de las telecomunicaciones|развитию электросвязи|"
            r"لتنمية الاتصالات|世界电信发展大会",
    "WTSA": r"\bwtsa\w*|\bamnt\b|\bвасэ\b|standardization assembly|assemblee mondiale de normalisation des "
            r"telecommunications|asamblea mundial de normalizacion de las telecomunicaciones|"
            r"ассамбле\w* по стандартизации электросвязи|لتقييس الاتصالات|世界电信标准化全会",
    "Council": r"\bcouncil\b|\bconseil\b|\bconsejo\b|\bсовет\w*|المجلس|理事会",
}
