"""Accounts: the list, the card, names, plans and progress."""
