"""Action-plan generation from the analysis and the action library."""

from .generate import (
    DIMENSION_LEVERS,
    ActionLibrary,
    Signal,
    collect_signals,
    generate_plan,
    load_library,
)

__all__ = [
    "DIMENSION_LEVERS",
    "ActionLibrary",
    "Signal",
    "collect_signals",
    "generate_plan",
    "load_library",
]
