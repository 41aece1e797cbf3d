"""Fieldbook storage: SQLAlchemy models, engine and sessions, migrations, backups.

No Qt and no pandas-based analysis lives here (DESIGN.md).
"""
