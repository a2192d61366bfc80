"""Windows, step pages, the spectrum board, charts and dialogs (Qt)."""
