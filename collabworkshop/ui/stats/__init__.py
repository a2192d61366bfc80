"""The statistics panel beside the board, its charts and the trend view."""
