"""Reports of a session for people outside the app.

``text`` is plain Python (the command line's ``summary``); ``pdf`` needs Qt
and is imported on its own (``collabworkshop.reports.pdf``) so that importing
this package never pulls in PySide6.
"""

from .text import format_number, summary_table

__all__ = ["format_number", "summary_table"]
