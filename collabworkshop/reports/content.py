"""What every report says, computed once: placement records with names, the
lever vote tally, the divergence of each round and the executive summary.

Plain Python (no Qt), shared by the PDF, Markdown and CSV exports so that
they never disagree about a figure or a name.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from ..analysis.stats import (
    AgreementBand,
    GapClass,
    SessionSummary,
    gap_text,
    perception_gaps,
    rwg_text,
    session_summary,
    shown_gap,
    shown_rwg,
)
from ..common.i18n import context
from ..model.session import ActionItem, Lever, Session
from .text import gap_labels

tr = context("Reports")


@dataclass(frozen=True)
class PlacementRecord:
    """One token on one line, with the names a reader needs."""

    round_id: str
    round_name: str
    dimension_id: str
    dimension_name: str
    team_id: str
    team_name: str
    organisation: str
    participant_id: str  # "" for a team's own token
    participant_name: str
    position: float


def placement_records(session: Session) -> list[PlacementRecord]:
    """Every placement in the session (see :func:`iter_placement_records`)."""
    return list(iter_placement_records(session))


def count_placement_records(session: Session) -> int:
    """How many records :func:`placement_records` gives, without making them."""
    teams = {t.id for t in session.teams}
    people = {p.id for p in session.participants if p.team_id in teams}
    rounds = {r.id for r in session.rounds}
    dims = {d.id for d in session.dimensions}
    return sum((pid in teams) + (pid in people) for (rid, did, pid) in session.placements
               if rid in rounds and did in dims)


def placements_cut(session: Session, full: bool = False) -> Cut:
    """The raw placements a report prints: all, or (a long list, not
    ``full``) the first SHOWN_ROWS, made without making the rest."""
    total = count_placement_records(session)
    if full or total <= WHOLE_UP_TO:
        return Cut(placement_records(session), 0)
    return Cut(list(islice(iter_placement_records(session), SHOWN_ROWS)), total - SHOWN_ROWS)


def iter_placement_records(session: Session) -> Iterator[PlacementRecord]:
    """Every placement in the session, in round, dimension, team (then
    participant) order. Team tokens and participant tokens are both listed
    (a session may hold both if its placement mode was switched); a token
    whose team or participant no longer exists is left out, as in the JSON
    export."""
    # Grouped once: looking each team's people up per round and dimension
    # scans every participant each time (minutes on a 500-person room).
    people: dict[str, list] = {}
    for person in session.participants:
        people.setdefault(person.team_id, []).append(person)
    for rnd in session.rounds:
        for dim in session.dimensions:
            for team in session.teams:
                pos = session.placements.get((rnd.id, dim.id, team.id))
                if pos is not None:
                    yield (
                        PlacementRecord(
                            rnd.id, rnd.name, dim.id, dim.name, team.id, team.name, team.organisation, "", "", pos
                        )
                    )
                for person in people.get(team.id, ()):
                    pos = session.placements.get((rnd.id, dim.id, person.id))
                    if pos is not None:
                        yield (
                            PlacementRecord(
                                rnd.id,
                                rnd.name,
                                dim.id,
                                dim.name,
                                team.id,
                                team.name,
                                team.organisation,
                                person.id,
                                person.name,
                                pos,
                            )
                        )


@dataclass(frozen=True)
class LeverTally:
    lever: Lever
    dots: int
    teams: int  # how many teams put at least one dot on it


def vote_tally(session: Session) -> list[LeverTally]:
    """The lever vote, most dots first (ties in lever order); empty when
    nobody voted."""
    dots = {lever: 0 for lever in Lever}
    teams: dict[Lever, set[str]] = {lever: set() for lever in Lever}
    for (team_id, code), n in session.votes.items():
        try:
            lever = Lever(code)
        except ValueError:
            continue
        dots[lever] += n
        if n > 0:
            teams[lever].add(team_id)
    if not any(dots.values()):
        return []
    order = list(Lever)
    ranked = sorted(Lever, key=lambda lv: (-dots[lv], order.index(lv)))
    return [LeverTally(lv, dots[lv], len(teams[lv])) for lv in ranked]


def team_names(session: Session, team_ids) -> list[str]:
    """Names for team ids, in the order given; an unknown id is shown as is."""
    names = []
    for team_id in team_ids:
        try:
            names.append(session.team(team_id).name)
        except KeyError:
            names.append(team_id)
    return names


def dimension_name(session: Session, dimension_id: str) -> str:
    if not dimension_id:
        return ""
    try:
        return session.dimension(dimension_id).name
    except KeyError:
        return dimension_id


def step_title(session: Session, step_id: str) -> str:
    if not step_id:
        return ""
    try:
        return session.step(step_id).title
    except KeyError:
        return step_id


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return tr("{0} and {1}").format(", ".join(items[:-1]), items[-1])


def executive_summary(session: Session, summary: SessionSummary | None = None) -> list[str]:
    """A few plain sentences a sponsor reads first: who took part, the
    biggest gaps, where the room disagreed, the lever vote and the plan."""
    summary = summary or session_summary(session)
    out: list[str] = []

    orgs = {t.organisation for t in session.teams if t.organisation}
    who = tr("%n team|%n teams", len(session.teams))
    if orgs:
        who = tr("{0} from {1}").format(who, tr("%n organisation|%n organisations", len(orgs)))
    if session.by_participant and session.participants:
        who += f" ({tr('%n participant|%n participants', len(session.participants))})"
    line = tr("{0} placed tokens on {1} in {2}.").format(
        who,
        tr("%n dimension|%n dimensions", len(session.dimensions)),
        tr("%n round|%n rounds", len(session.rounds)),
    )
    out.append(line[:1].upper() + line[1:])

    if summary.gap_rounds is not None:
        first, second = gap_labels(session, summary)
        gaps = [
            (session.dimension(dim_id).name, g.gap, g.gap_class)
            for dim_id, g in summary.gaps.items()
            if g.gap is not None and g.gap_class in (GapClass.MAJOR, GapClass.MODERATE)
        ]
        gaps.sort(key=lambda item: -abs(item[1]))
        if gaps:
            shown = [
                tr("{0} ({1} points, {2})").format(name, gap_text(gap), cls.title.lower())
                for name, gap, cls in gaps[:3]
            ]
            majors = sum(1 for *_, cls in gaps if cls is GapClass.MAJOR)
            out.append(
                tr("The biggest gaps from {0} to {1} are on {2}; {3}.").format(
                    first, second, _join(shown),
                    tr("%n dimension has a major gap|%n dimensions have a major gap", majors),
                )
            )
        else:
            out.append(tr("No dimension shows a moderate or major gap from {0} to {1}.").format(first, second))

    lowest = None
    for rnd in session.rounds:
        dim_id = summary.most_divergent.get(rnd.id)
        if dim_id is None:
            continue
        s = summary.stats[(rnd.id, dim_id)]
        if s.rwg is not None and (lowest is None or shown_rwg(s.rwg) < shown_rwg(lowest[0].rwg)):
            lowest = (s, rnd.name, dim_id)
    if lowest is not None:
        s, round_name, dim_id = lowest
        band = f", {s.band.title.lower()}" if s.band is not None else ""
        out.append(
            tr("The room disagreed most on {0} in {1} (rwg {2}{3}).").format(
                session.dimension(dim_id).name, round_name, rwg_text(s.rwg), band
            )
        )

    # Agreement in the rounds the gaps compare (Today and Needed as used).
    if summary.gap_rounds is not None:
        agreement_rounds = list(zip((summary.gap_rounds.today, summary.gap_rounds.needed),
                                    gap_labels(session, summary), strict=True))
    else:
        agreement_rounds = [(r.id, r.name) for r in session.rounds[:2]]
    for round_id, round_name in agreement_rounds:
        counts = {band: 0 for band in AgreementBand}
        for dim in session.dimensions:
            band = summary.stats[(round_id, dim.id)].band
            if band is not None:
                counts[band] += 1
        rated = sum(counts.values())
        if rated:
            out.append(
                tr(
                    "Agreement in {0}: {1} of %n dimension aligned, {2} mixed, {3} divided."
                    "|Agreement in {0}: {1} of %n dimensions aligned, {2} mixed, {3} divided.",
                    rated,
                ).format(
                    round_name, counts[AgreementBand.ALIGNED], counts[AgreementBand.MIXED],
                    counts[AgreementBand.DIVIDED],
                )
            )

    tally = vote_tally(session)
    if tally:
        top = [t for t in tally if t.dots == tally[0].dots]
        names = _join([t.lever.label for t in top])
        out.append(tr("The lever vote put {0} first ({1}).").format(names, tr("%n dot|%n dots", tally[0].dots)))
    else:
        out.append(tr("No lever vote was taken."))

    actions = session.actions
    if actions:
        owned = sum(1 for a in actions if a.owner.strip())
        dated = sum(1 for a in actions if a.due.strip())
        suggested = sum(1 for a in actions if not a.accepted)
        line = tr("The plan has {0}: {1} with an owner, {2} with a due date").format(
            tr("%n action|%n actions", len(actions)), owned, dated
        )
        if suggested:
            line += tr(", %n still a suggestion nobody has accepted", suggested)
        out.append(line + ".")
    else:
        out.append(tr("No actions were agreed."))
    return out


# -- the first page ---------------------------------------------------------------------------

#: How many gaps the first page names.
TOP_GAPS = 3


@dataclass(frozen=True)
class NamedGap:
    """One dimension's gap as the first page words it."""

    dimension_name: str
    today: str  # Today's median as printed (the gaps' rounding)
    needed: str
    gap: str  # signed, as printed
    gap_class: GapClass
    sentence: str


def largest_gaps(session: Session, summary: SessionSummary, n: int = TOP_GAPS) -> list[NamedGap]:
    """The ``n`` largest gaps (by size as printed, dimension order on a tie),
    in words built from the same rounded figures and class the gap table
    prints, so a sentence never contradicts the table or the chart."""
    if summary.gap_rounds is None:
        return []
    first, second = gap_labels(session, summary)
    order = {d.id: i for i, d in enumerate(session.dimensions)}
    found = [(dim_id, g) for dim_id, g in summary.gaps.items() if g.gap is not None and g.gap_class is not None]
    found.sort(key=lambda item: (-abs(shown_gap(item[1].gap) or 0.0), order.get(item[0], 0)))
    out = []
    for dim_id, g in found[:n]:
        name = dimension_name(session, dim_id)
        today, needed, gap = (gap_text(g.today.median, signed=False), gap_text(g.needed.median, signed=False),
                              gap_text(g.gap))
        cls = g.gap_class
        assert cls is not None
        shown = shown_gap(g.gap) or 0.0
        if shown > 0:
            way = tr("towards collaboration")
        elif shown < 0:
            way = tr("back towards cooperation")
        else:
            way = tr("no move")
        sentence = tr("{0}: {1} points, {2}: from {3} ({4}) to {5} ({6}), {7}.").format(
            name, gap, cls.title.lower(), today, first, needed, second, way)
        out.append(NamedGap(name, today, needed, gap, cls, sentence))
    return out


def agreed_actions(session: Session) -> list[ActionItem]:
    """The accepted actions, in plan order (suggestions nobody accepted are
    not agreed)."""
    return [a for a in session.actions if a.accepted]


# -- long lists ---------------------------------------------------------------------------------

#: A list of up to this many rows is printed whole in the PDF and Markdown
#: (a small workshop's appendix, about a page and a half)...
WHOLE_UP_TO = 60
#: ...a longer one shows this many (the largest first where there is a
#: "largest") and says how many more are in the CSV, JSON or full appendix.
SHOWN_ROWS = 20


@dataclass(frozen=True)
class Cut:
    """The rows a report prints of a long list, and how many it leaves out."""

    rows: list
    left_out: int


def cut(rows: list, full: bool = False, whole_up_to: int = WHOLE_UP_TO, shown: int = SHOWN_ROWS) -> Cut:
    """``rows`` as a report prints them: all of them (``full``, or a short
    list), else the first ``shown`` (sort them largest first before)."""
    if full or len(rows) <= whole_up_to:
        return Cut(rows, 0)
    return Cut(rows[:shown], len(rows) - shown)


def more_line(left_out: int) -> str:
    """The line under a cut list."""
    return tr("\u2026 and {0} more (the complete list is in the CSV and JSON exports, "
              "or in the report with the full appendix).").format(f"{left_out:,}")


@dataclass(frozen=True)
class PerceptionRow:
    round_name: str
    dimension_name: str
    kind: str  # "Teams" or "Organisations", translated
    higher: str
    lower: str
    distance: float

    @property
    def points(self) -> str:
        """The distance as printed (made only for the rows a report prints)."""
        return gap_text(self.distance, signed=False)


def perception_rows(session: Session, *, teams_word: str, organisations_word: str) -> list[PerceptionRow]:
    """Every perception gap pair of the session (no organisation pair that
    only repeats a team pair), in round, dimension and pair order."""
    found = _perception_pairs(session)
    return [_perception_row(session, *item, teams_word, organisations_word) for item in found]


def perception_cut(session: Session, full: bool = False, *, teams_word: str, organisations_word: str) -> Cut:
    """The perception gap pairs a report prints: all of a short list (or
    ``full``), else the SHOWN_ROWS widest, widest first (report order on a
    tie); rows are made only for the pairs printed (a room of 100 teams has
    over 100,000 pairs)."""
    found = _perception_pairs(session)
    if full or len(found) <= WHOLE_UP_TO:
        chosen = found
    else:
        # nlargest is sorted(..., reverse=True)[:n]: stable on a tie.
        chosen = heapq.nlargest(SHOWN_ROWS, found, key=lambda item: abs(item[2].difference))
    rows = [_perception_row(session, *item, teams_word, organisations_word) for item in chosen]
    return Cut(rows, len(found) - len(rows))


def _perception_pairs(session: Session) -> list[tuple]:
    return [(rnd, dim, pg) for rnd in session.rounds for dim in session.dimensions
            for pg in perception_gaps(session, rnd.id, dim.id, repeats=False)]


def _perception_row(session: Session, rnd, dim, pg, teams_word: str, organisations_word: str) -> PerceptionRow:
    if pg.kind == "team":
        a, b, kind = *team_names(session, (pg.a, pg.b)), teams_word
    else:
        a, b, kind = pg.a, pg.b, organisations_word
    higher, lower = (a, b) if pg.difference >= 0 else (b, a)
    return PerceptionRow(rnd.name, dim.name, kind, higher, lower, abs(pg.difference))
