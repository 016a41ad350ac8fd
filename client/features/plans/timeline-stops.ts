/**
 * The stops of the planning timeline: the days revisions of the zone's general plan came into
 * force (decision dates, where the sources give one), today, and the plan horizons up to 2045.
 * A day stop shows the plan in force that day (the server resolves it); a horizon stop shows
 * the revision planning for that horizon with the zones of later horizons hidden. Pure.
 */
import { isApprovedStage } from '../../../shared/domain/plans.ts';

export interface TimelineRevision {
  id: string;
  stage: string;
  validFrom: string | null;
  decisionDate: string | null;
  horizonYears: readonly number[];
}

export type TimelineStop =
  | { kind: 'decision'; key: string; date: string; revisionId: string }
  | { kind: 'today'; key: string; date: string }
  | { kind: 'horizon'; key: string; date: string; year: number; revisionId: string };

export interface TimelineSelection {
  revisionId: string | undefined;
  asOf: string | undefined;
  horizonYear: number | undefined;
}

/**
 * Stops in date order. `revisions` oldest first (as plans.list gives them); `preferredRevisionId`
 * (the one on screen) answers a horizon it plans for, else the newest revision that plans for it.
 */
export function timelineStops(revisions: readonly TimelineRevision[], today: string, preferredRevisionId: string | undefined): TimelineStop[] {
  const stops: TimelineStop[] = [{ kind: 'today', key: 'today', date: today }];
  for (const revision of revisions) {
    const date = revision.validFrom ?? revision.decisionDate;
    if (date && isApprovedStage(revision.stage)) stops.push({ kind: 'decision', key: `decision-${revision.id}`, date, revisionId: revision.id });
  }
  const years = [...new Set(revisions.flatMap((revision) => revision.horizonYears))].sort((a, b) => a - b);
  for (const year of years) {
    const preferred = revisions.find((revision) => revision.id === preferredRevisionId && revision.horizonYears.includes(year));
    const planner = preferred ?? [...revisions].reverse().find((revision) => revision.horizonYears.includes(year));
    if (planner) stops.push({ kind: 'horizon', key: `horizon-${year}`, date: `${year}-12-31`, year, revisionId: planner.id });
  }
  return stops.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'horizon' ? 1 : 0) - (b.kind === 'horizon' ? 1 : 0));
}

/** What choosing a stop puts in the URL. */
export function selectionOfStop(stop: TimelineStop): TimelineSelection {
  switch (stop.kind) {
    case 'today':
      return { revisionId: undefined, asOf: undefined, horizonYear: undefined };
    case 'decision':
      return { revisionId: undefined, asOf: stop.date, horizonYear: undefined };
    case 'horizon':
      return { revisionId: stop.revisionId, asOf: undefined, horizonYear: stop.year };
  }
}

/**
 * The stop matching the URL: the exact one, else for a revision picked without a horizon its last
 * horizon (all its zones show), else for no revision and no day "today"; -1 when none fits (a
 * revision of another plan).
 */
export function activeStopIndex(stops: readonly TimelineStop[], selection: TimelineSelection): number {
  const exact = stops.findIndex((stop) => {
    const wanted = selectionOfStop(stop);
    return wanted.revisionId === selection.revisionId && wanted.asOf === selection.asOf && wanted.horizonYear === selection.horizonYear;
  });
  if (exact >= 0 || selection.horizonYear !== undefined) return exact;
  if (selection.revisionId === undefined) return selection.asOf === undefined ? stops.findIndex((stop) => stop.kind === 'today') : -1;
  return stops.findLastIndex((stop) => stop.kind === 'horizon' && stop.revisionId === selection.revisionId);
}
