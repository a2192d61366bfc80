"""Statistics and gaps over the session model: pure functions, no Qt."""

from .stats import (
    AgreementBand,
    DimensionStats,
    GapClass,
    GapResult,
    PerceptionGap,
    SessionSummary,
    classify_gap,
    consensus,
    describe,
    dimension_gap,
    most_divergent,
    perception_gaps,
    quantile,
    rwg,
    session_summary,
)

__all__ = [
    "AgreementBand",
    "DimensionStats",
    "GapClass",
    "GapResult",
    "PerceptionGap",
    "SessionSummary",
    "classify_gap",
    "consensus",
    "describe",
    "dimension_gap",
    "most_divergent",
    "perception_gaps",
    "quantile",
    "rwg",
    "session_summary",
]
