"""What every wing of the window shares: preferences (QSettings), themes,
the translator, and plain-text helpers for labels and tool tips."""
