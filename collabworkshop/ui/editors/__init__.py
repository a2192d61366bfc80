"""Editors that work on a session in a dialog of their own (the agenda)."""
