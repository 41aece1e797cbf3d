"""Scoring and selling an account (METHODS.md §5–§6): BANT, BCG scoring, discount policy."""
