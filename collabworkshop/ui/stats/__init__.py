"""The statistics panel beside the board, its charts and the trend view."""

#: The most divergent dimension's mark: its label in the chart, its row in the table.
FLAG = "\u2691 "
