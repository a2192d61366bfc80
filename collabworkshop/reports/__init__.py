"""Reports of a session for people outside the app.

``text`` is plain Python (the command line's ``summary``); ``pdf`` needs Qt
and is imported on its own (``collabworkshop.reports.pdf``) so that importing
this package never pulls in PySide6 (nor, until used, the statistics).
"""

__all__ = ["format_number", "summary_table"]


def __getattr__(name: str):
    # Lazily: the command line reads the export table (reports.formats) for
    # every command, the GUI included, and must not pay for the statistics
    # (numpy) that the text report imports.
    if name in __all__:
        from . import text

        return getattr(text, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
