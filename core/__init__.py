"""Fieldbook core: what the application knows and does. No Qt anywhere below here."""

__version__ = "0.1.0"
