"""From results to an action plan (``workshop-method.md`` section 5).

signals (gaps, perception gaps, divided dimensions) -> levers -> actions from
the action library in ``resources/actions.json``.

Choices where the method leaves room, so the plan is deterministic:

* Gaps are taken between the session's own Today and Needed
  (``analysis.stats.gap_rounds``): its first two rounds that are neither a
  follow-up's baseline nor a re-placement, each read from its latest
  re-placement with tokens on it unless the session is set to use the
  first placement.
* A dimension counts as Divided when its agreement band is Divided in either
  of those rounds.
* Each lever appears at most once; its priority is the highest among the
  signals that raise it: ``|G| x importance x (1.5 if Divided)``. A
  perception gap raises L6 with its size (in points) in place of |G|.
* If any dimension is Divided, the first action is a facilitated dialogue
  (L4) on the most divided one, before any structural change.
* The plan keeps the highest-priority actions (at most 7, with the
  re-measure), orders them quick wins first (low effort, then medium, then
  high; by priority within each), and tops up to 3 with "maintain" actions
  for the client's three named levers when the gaps are small.
* Due dates count from the session date: 30 days for low effort, 60 for
  medium, 90 for high; the re-measure is set 91 days out (three months).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analysis.stats import (
    AgreementBand,
    DimensionStats,
    GapClass,
    classify_gap,
    describe,
    dimension_gap,
    gap_rounds,
    gap_text,
    perception_gaps,
    rwg_text,
    shown_gap,
)
from ..common.i18n import context, localise_json
from ..model.session import ActionItem, Lever, Session
from ..model.template import resource_path

#: The method's mapping table: gap on a dimension -> levers to act on.
DIMENSION_LEVERS: dict[str, tuple[Lever, ...]] = {
    "relationship": (Lever.PSYCHOLOGICAL_SAFETY, Lever.OPEN_COMMUNICATION),
    "integration": (Lever.JOINT_GOVERNANCE, Lever.MUTUAL_ACCOUNTABILITY),
    "outcomes": (Lever.SHARED_GOALS, Lever.MUTUAL_ACCOUNTABILITY),
    "decisions": (Lever.JOINT_GOVERNANCE, Lever.OPEN_COMMUNICATION),
}
DEFAULT_IMPORTANCE = 2
DIVIDED_FACTOR = 1.5
MIN_ACTIONS = 3
MAX_ACTIONS = 7
REMEASURE_DAYS = 91
EFFORT_DAYS = {"low": 30, "medium": 60, "high": 90}
EFFORT_ORDER = {"low": 0, "medium": 1, "high": 2}
#: The levers the client names first, used to top up a short plan.
CORE_LEVERS = (Lever.SHARED_GOALS, Lever.JOINT_GOVERNANCE, Lever.MUTUAL_ACCOUNTABILITY)

tr = context("ActionPlan")


@dataclass(frozen=True)
class LibraryAction:
    id: str
    lever: Lever
    gap: str  # "moderate", "major" or "maintain"
    title: str
    success_measure: str
    effort: str
    impact: str


@dataclass(frozen=True)
class ActionLibrary:
    actions: tuple[LibraryAction, ...]
    dialogue: LibraryAction
    remeasure: LibraryAction

    def pick(self, lever: Lever, gap: str, used: set[str]) -> LibraryAction | None:
        """First unused action for the lever and gap size, else any for the lever."""
        for wanted in (gap, "moderate", "major", "maintain"):
            for action in self.actions:
                if action.lever is lever and action.gap == wanted and action.id not in used:
                    return action
        return None


def _library_action(data: dict[str, Any], gap: str = "") -> LibraryAction:
    return LibraryAction(
        id=str(data["id"]),
        lever=Lever(data["lever"]),
        gap=str(data.get("gap", gap)),
        title=str(data["title"]),
        success_measure=str(data.get("success_measure", "")),
        effort=str(data.get("effort", "medium")),
        impact=str(data.get("impact", "medium")),
    )


def load_library(path: Path | None = None) -> ActionLibrary:
    path = path or resource_path("actions.json")
    # The library's words are read through the catalogue (context ActionLibrary).
    data = localise_json(json.loads(Path(path).read_text(encoding="utf-8")), "ActionLibrary")
    return ActionLibrary(
        actions=tuple(_library_action(a) for a in data["actions"]),
        dialogue=_library_action(data["dialogue"], "any"),
        remeasure=_library_action(data["remeasure"], "any"),
    )


@dataclass(frozen=True)
class Signal:
    lever: Lever
    priority: float
    gap_class: str  # moderate / major / maintain
    dimension_id: str
    why: str


def _fmt(value: float | None) -> str:
    """A median in a reason, with the gaps' precision (one decimal)."""
    return gap_text(value, signed=False)


def _is_divided(*stats: DimensionStats) -> bool:
    return any(s.band is AgreementBand.DIVIDED for s in stats)


def _base_date(session: Session) -> dt.date:
    try:
        return dt.date.fromisoformat(session.info.date)
    except ValueError:
        return dt.date.today()


def plan_rounds(session: Session) -> list[str]:
    """Ids of the rounds a plan is built from, [Today, Needed] as
    ``gap_rounds`` picks them (the latest placement of each by default);
    [] when the session has fewer than two own rounds."""
    rounds = gap_rounds(session)
    return [] if rounds is None else [rounds.today, rounds.needed]


def gap_words(gap: float) -> str:
    """``gap 43.0``, or for a step back ``gap -40.0 (a step back)``: the
    gap as every report shows it."""
    if shown_gap(gap) >= 0:  # type: ignore[operator]
        return tr("gap {0}").format(gap_text(gap, signed=False))
    return tr("gap {0} (a step back)").format(gap_text(gap))


def collect_signals(session: Session, importance: dict[Lever, int] | None = None) -> list[Signal]:
    """Every lever the results point at, with the priority that raised it."""
    importance = importance or {}
    rounds = plan_rounds(session)
    if len(rounds) < 2:
        return []
    today, needed = rounds
    signals: list[Signal] = []
    for dim in session.dimensions:
        levers = DIMENSION_LEVERS.get(dim.id)
        if not levers:
            continue
        result = dimension_gap(session.positions(today, dim.id), session.positions(needed, dim.id))
        gap_class = result.gap_class
        if result.gap is None or gap_class is None or gap_class is GapClass.MAINTAIN:
            continue
        divided = _is_divided(result.today, result.needed)
        why = tr("{0}: today {1}, needed {2}, {3}").format(
            dim.name, _fmt(result.today.median), _fmt(result.needed.median), gap_words(result.gap)
        )
        if divided:
            low = min(
                (s for s in (result.today, result.needed) if s.rwg is not None),
                key=lambda s: s.rwg,  # type: ignore[arg-type, return-value]
            )
            why += tr("; divided, rwg {0}").format(rwg_text(low.rwg))
        size = abs(shown_gap(result.gap))  # type: ignore[arg-type]  # the |G| the reason names
        for lever in levers:
            factor = DIVIDED_FACTOR if divided else 1.0
            priority = size * importance.get(lever, DEFAULT_IMPORTANCE) * factor
            signals.append(Signal(lever, priority, gap_class.value, dim.id, why))
    # Perception gaps between partners, in either round.
    widest = None
    for round_id in rounds:
        rnd = session.round(round_id)
        for dim in session.dimensions:
            for pg in perception_gaps(session, rnd.id, dim.id, repeats=False):
                if widest is None or abs(pg.difference) > abs(widest.difference):
                    widest = pg
    if widest is not None:
        if widest.kind == "team":
            a, b = session.team(widest.a).name, session.team(widest.b).name
        else:
            a, b = widest.a, widest.b
        size = abs(shown_gap(widest.difference))  # type: ignore[arg-type]
        dim_name = session.dimension(widest.dimension_id).name
        round_name = session.round(widest.round_id).name
        why = tr("{0} ({1}): {2} and {3} are {4} points apart").format(
            dim_name, round_name, a, b, gap_text(size, signed=False)
        )
        size_word = "major" if classify_gap(size) is GapClass.MAJOR else "moderate"
        lever = Lever.RIGHT_PARTNERS
        signals.append(
            Signal(lever, size * importance.get(lever, DEFAULT_IMPORTANCE), size_word, widest.dimension_id, why)
        )
    return signals


def _maintain_why(session: Session, lever: Lever) -> str:
    """Why keep a lever going: the small gaps of the dimensions it serves."""
    why = tr("Gaps are small here: keep what already works")
    rounds = plan_rounds(session)
    if len(rounds) < 2:
        return why
    numbers = []
    for dim in session.dimensions:
        if lever not in DIMENSION_LEVERS.get(dim.id, ()):
            continue
        result = dimension_gap(session.positions(rounds[0], dim.id), session.positions(rounds[1], dim.id))
        if result.gap is not None:
            numbers.append(
                tr("{0}: today {1}, needed {2}, {3}").format(
                    dim.name, _fmt(result.today.median), _fmt(result.needed.median), gap_words(result.gap)
                )
            )
    return f"{why} ({'; '.join(numbers)})" if numbers else why


def generate_plan(
    session: Session,
    library: ActionLibrary | None = None,
    importance: dict[Lever, int] | None = None,
) -> list[ActionItem]:
    """A 3-7 item action plan for ``session``; the same session gives the same plan."""
    library = library or load_library()
    base = _base_date(session)
    used: set[str] = set()
    items: list[tuple[LibraryAction, str, float, str, str]] = []  # action, why, priority, dim, gap

    # Divided-first rule.
    divided_dims = []
    rounds = plan_rounds(session)
    if len(rounds) >= 2:
        for dim in session.dimensions:
            stats = [describe(session.positions(r, dim.id)) for r in rounds]
            rwgs = [s.rwg for s in stats if s.rwg is not None]
            if _is_divided(*stats) and rwgs:
                divided_dims.append((min(rwgs), dim, stats))
    dialogue = None
    if divided_dims:
        low_rwg, dim, stats = min(divided_dims, key=lambda p: p[0])
        dialogue = (
            library.dialogue,
            tr("{0}: today {1}, needed {2}; divided, rwg {3}. Agree on what is true before changing structures").format(
                dim.name, _fmt(stats[0].median), _fmt(stats[1].median), rwg_text(low_rwg)
            ),
            float("inf"),
            dim.id,
            dim.name,
        )
        used.add(library.dialogue.id)

    # Strongest signal per lever, in priority order (ties: lever order).
    best: dict[Lever, Signal] = {}
    for sig in collect_signals(session, importance):
        if sig.lever not in best or sig.priority > best[sig.lever].priority:
            best[sig.lever] = sig
    ranked = sorted(best.values(), key=lambda s: (-s.priority, s.lever.value))
    room = MAX_ACTIONS - 1 - (1 if dialogue else 0)  # one place kept for the re-measure
    for sig in ranked[:room]:
        action = library.pick(sig.lever, sig.gap_class, used)
        if action is None:
            continue
        used.add(action.id)
        dim_name = session.dimension(sig.dimension_id).name if sig.dimension_id else ""
        items.append((action, sig.why, sig.priority, sig.dimension_id, dim_name))

    # Small gaps everywhere: keep what works on the client's core levers.
    count = len(items) + (1 if dialogue else 0) + 1
    for lever in CORE_LEVERS:
        if count >= MIN_ACTIONS:
            break
        if lever in best:
            continue
        action = library.pick(lever, "maintain", used)
        if action is None:
            continue
        used.add(action.id)
        items.append((action, _maintain_why(session, lever), 0.0, "", ""))
        count += 1

    items.sort(key=lambda it: (EFFORT_ORDER.get(it[0].effort, 1), -it[2], it[0].lever.value))
    if dialogue:
        items.insert(0, dialogue)

    plan: list[ActionItem] = []
    for n, (action, why, priority, dim_id, dim_name) in enumerate(items, start=1):
        due = base + dt.timedelta(days=EFFORT_DAYS.get(action.effort, 60))
        plan.append(
            ActionItem(
                id=f"a{n}",
                title=action.title.format(dimension=dim_name or tr("the partnership")),
                lever=action.lever,
                why=why,
                due=due.isoformat(),
                success_measure=action.success_measure.format(dimension=dim_name or tr("the partnership")),
                dimension_id=dim_id,
                priority=0.0 if priority == float("inf") else round(priority, 2),
                impact=action.impact,
                effort=action.effort,
                accepted=False,
            )
        )
    remeasure = library.remeasure
    plan.append(
        ActionItem(
            id=f"a{len(plan) + 1}",
            title=remeasure.title,
            lever=remeasure.lever,
            why=tr("Re-measure in three months to see whether the gaps are closing"),
            due=(base + dt.timedelta(days=REMEASURE_DAYS)).isoformat(),
            success_measure=remeasure.success_measure,
            impact=remeasure.impact,
            effort=remeasure.effort,
            accepted=False,
        )
    )
    return plan
