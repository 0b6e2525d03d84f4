"""Documents -> citable units. Imports nothing else of the project's."""

from corpus.library import all_units, bundled_units
from corpus.registry import Document, load_registry
from corpus.units import Unit

__all__ = ["Unit", "Document", "load_registry", "bundled_units", "all_units"]
