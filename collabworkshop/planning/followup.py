"""Follow-up: a new session that starts where a saved one left off.

``start_followup(previous, today)`` is pure: it returns a new Session that

* carries the teams, participants, dimensions, settings and the agenda
  (steps, with their scripts and timeboxes, actual times reset);
* inserts a "Review actions" step (kind ``review``) right after the first
  step (the welcome), or first when the agenda is empty;
* keeps the previous results as read-only baseline rounds: each earlier
  non-baseline round becomes ``Round(baseline=True)`` named
  ``"Baseline: Today (2026-10-14)"`` (the previous session's date), with its
  placements copied under the new round id; the fresh rounds (same ids as
  before, so the agenda's steps still point at them) start empty;
* carries the accepted actions with their status, owner, due date and
  supporting teams (suggestions nobody accepted are left behind);
* is dated ``today`` and titled "<previous title>: follow-up".

Lever votes and notes belong to the earlier workshop and are not carried.
No schema change: where the baseline came from is kept in the baseline
rounds' names and the session title.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..common.i18n import QT_TRANSLATE_NOOP, context
from ..model.session import Round, Session, SessionInfo, Step, StepKind

tr = context("FollowUp")

#: The prefix stays English in every language: baseline_pairs() reads it back
#: from the round's name (the session file holds no other mark of the pair).
BASELINE_PREFIX = "Baseline: "
REVIEW_STEP_TITLE = QT_TRANSLATE_NOOP("FollowUp", "Review actions")
REVIEW_STEP_PROMPT = QT_TRANSLATE_NOOP(
    "FollowUp", "Since the last workshop: which actions are done, which are under way, and what is blocked?"
)
FOLLOWUP_SUFFIX = QT_TRANSLATE_NOOP("FollowUp", ": follow-up")


def baseline_round_id(round_id: str, taken: set[str]) -> str:
    base = f"base-{round_id}"
    rid, n = base, 2
    while rid in taken:
        rid = f"{base}-{n}"
        n += 1
    return rid


def start_followup(previous: Session, today: dt.date | None = None) -> Session:
    """A new session for the follow-up of ``previous`` (which is not changed)."""
    today = today or dt.date.today()
    prev_date = previous.info.date or tr("undated")
    fresh = [r for r in previous.rounds if not r.baseline]
    old_baselines = [r for r in previous.rounds if r.baseline]
    taken = {r.id for r in previous.rounds}
    baselines: list[Round] = []
    placements: dict = {}
    # The most recent results first, then any baseline the earlier session carried.
    for rnd in fresh:
        new_id = baseline_round_id(rnd.id, taken)
        taken.add(new_id)
        baselines.append(Round(new_id, f"{BASELINE_PREFIX}{rnd.name} ({prev_date})", baseline=True))
        for (round_id, dim_id, placer), pos in previous.placements.items():
            if round_id == rnd.id:
                placements[(new_id, dim_id, placer)] = pos
    for rnd in old_baselines:
        baselines.append(rnd)
        for key, pos in previous.placements.items():
            if key[0] == rnd.id:
                placements[key] = pos
    rounds = fresh + baselines

    steps = [replace(st, actual=0) for st in previous.steps if st.kind is not StepKind.REVIEW]
    step_ids = {st.id for st in steps}
    review_id = "review"
    n = 2
    while review_id in step_ids:
        review_id = f"review{n}"
        n += 1
    review = Step(
        review_id,
        tr(REVIEW_STEP_TITLE),  # i18n: looked up
        StepKind.REVIEW,
        prompt=tr(REVIEW_STEP_PROMPT),  # i18n: looked up
        timebox=15 * 60,
    )
    steps.insert(1 if steps else 0, review)

    title = previous.info.title.strip()
    suffix = tr(FOLLOWUP_SUFFIX)  # i18n: looked up
    for known in {FOLLOWUP_SUFFIX, suffix}:  # a follow-up of a follow-up keeps one suffix
        if title.endswith(known):
            title = title[: -len(known)]
    info = SessionInfo(
        title=f"{title}{suffix}" if title else tr("Follow-up"),
        organisation=previous.info.organisation,
        date=today.isoformat(),
        facilitator=previous.info.facilitator,
    )
    actions = [a for a in previous.actions if a.accepted]
    return Session(
        info=info,
        teams=list(previous.teams),
        dimensions=list(previous.dimensions),
        rounds=rounds,
        steps=steps,
        placements=placements,
        actions=actions,
        current_step=0,
        participants=list(previous.participants),
        settings=previous.settings,
        votes={},
        notes=[],
    )


def baseline_pairs(session: Session) -> list[tuple[Round, Round]]:
    """(baseline round, fresh round of the same name) pairs, e.g. the
    baseline Today against the new Today, in the session's round order."""
    fresh = {r.name: r for r in session.rounds if not r.baseline}
    pairs: list[tuple[Round, Round]] = []
    for rnd in session.rounds:
        if rnd.baseline and rnd.name.startswith(BASELINE_PREFIX):
            name = rnd.name[len(BASELINE_PREFIX):].rsplit(" (", 1)[0]
            if name in fresh and all(b.name != rnd.name for b, _ in pairs):
                # only the newest baseline of each name (the first listed)
                if all(f.id != fresh[name].id for _, f in pairs):
                    pairs.append((rnd, fresh[name]))
    return pairs


def is_followup(session: Session) -> bool:
    return any(r.baseline for r in session.rounds)
