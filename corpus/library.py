"""Where units come from: the bundled page (always), and later documents a user stored."""

from __future__ import annotations

from importlib import resources

from corpus.page import parse_page
from corpus.units import Unit


def bundled_page_text() -> str:
    return resources.files("corpus").joinpath("data/itu-wsis-page.txt").read_text("utf-8")


def bundled_units() -> list[Unit]:
    return parse_page(bundled_page_text())
