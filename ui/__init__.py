"""Fieldbook's window: PySide6 only; asks ``core`` for what it shows (DESIGN.md)."""
