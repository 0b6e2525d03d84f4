"""The names of the world's countries in the six UN languages, as a text states which country: "hosted by the
Government of Tunisia", "à Genève (Suisse)", "在墨西哥". From ISO 3166 (pycountry) and its translations.

"Which country will host the Conference?" is answered by a text that names one, not by one that invites "Member
States to offer to host it"; a city ("held in Guadalajara") names no country either.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

_LOCALES = ("fr", "es", "ru", "ar", "zh_CN")


def _english_forms(country) -> set[str]:
    """A country's English names, each also without what follows a comma ("Korea, Republic of" -> "Korea")."""
    names = [str(getattr(country, attr)) for attr in ("name", "common_name", "official_name") if hasattr(country, attr)]
    return {form.strip() for name in names for form in (name, name.split(",")[0]) if len(form.strip()) > 3}


def _stem(name: str) -> str:
    """A Russian name less the ending its cases change ("Мексика" -> "Мексик": "в Мексике", "Мексики")."""
    return name[:-1] if re.search(r"[\u0400-\u04ff][аяьйоеи]$", name) else name


@lru_cache(maxsize=1)
def country_names() -> re.Pattern[str]:
    """One pattern for every country's name in the six languages."""
    names: set[str] = set()
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in _LOCALES]
    for country in pycountry.countries:
        english = _english_forms(country)
        names |= english
        for translation in translations:
            names |= {_stem(translation.gettext(name).split(",")[0].strip()) for name in english}
    names = {n for n in names if len(n) > 1}
    han = [n for n in names if re.search(r"[\u4e00-\u9fff]", n)]
    cyrillic = [n for n in names if re.search(r"[\u0400-\u04ff]", n)]
    arabic = [n for n in names if re.search(r"[\u0600-\u06ff]", n)]
    rest = sorted(set(names) - set(han) - set(cyrillic) - set(arabic), key=len, reverse=True)
    # Chinese runs words together; a Russian name takes its case ending; an Arabic one "and", "in", "to" ("والمكسيك")
    return re.compile("|".join((
        _either(han),
        rf"(?<!\w)(?:{_either(cyrillic)})[\u0400-\u04ff]{{0,3}}(?!\w)",
        rf"(?<!\w)[وبلف]?(?:{_either(arabic)})(?!\w)",
        rf"(?<!\w)(?:{_either(rest)})(?!\w)")))


def _either(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
