"""WSIS acronyms and their expansions: texts say "IGF", delegates ask about the Internet Governance Forum."""

from __future__ import annotations

import re

ACRONYMS: dict[str, str] = {
    "IGF": "Internet Governance Forum",
    "UNGIS": "United Nations Group on the Information Society",
    "TAIS": "Tunis Agenda for the Information Society",
    "WSIS": "World Summit on the Information Society",
    "IIC": "international Internet connectivity",
    "ICT": "information and communication technologies",
    "ICTs": "information and communication technologies",
    "ITU-D": "ITU Telecommunication Development Sector",
    "ITU-T": "ITU Telecommunication Standardization Sector",
    "ITU-R": "ITU Radiocommunication Sector",
    "WTDC": "World Telecommunication Development Conference",
    "WTSA": "World Telecommunication Standardization Assembly",
    "TDAG": "Telecommunication Development Advisory Group",
    "PP": "Plenipotentiary Conference",
    "UNDP": "United Nations Development Programme",
    "UNESCO": "United Nations Educational, Scientific and Cultural Organization",
    "CWG-WSIS": "Council Working Group on WSIS",
    "WG-WSIS": "Council Working Group on WSIS",
}
_PATTERN = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, ACRONYMS), key=len, reverse=True)) + r")(?![\w-])")


def expand(text: str) -> str:
    """The text followed by the expansions of the acronyms it uses (for search, never for display)."""
    found = dict.fromkeys(ACRONYMS[m] for m in _PATTERN.findall(text))
    return f"{text} ({'; '.join(found)})" if found else text
