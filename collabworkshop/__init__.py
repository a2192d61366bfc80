"""CollabWorkshop: a facilitated workshop on moving a partnership from
cooperation to collaboration."""

__version__ = "0.1.0"
