/**
 * The planning page's query string (`/quy-hoach?…`), so that a view of the plans is a link:
 * `phuong-an` the revision shown, `so-sanh` the revision compared with it, `che-do` swipe or side
 * by side, `ngay` the day the map shows the plan in force (instead of a chosen revision), `moc` a
 * horizon year (zones planned for later are hidden), `muc` the open panel, `diem` the point asked
 * "what applies here". Only what differs from the defaults is written. Pure.
 */
import { parseDay } from '../projects/projects-search.ts';

export const compareModes = ['swipe', 'side-by-side'] as const;
export type CompareMode = (typeof compareModes)[number];

export const planPanels = ['balance', 'impact', 'here', 'comments', 'review'] as const;
export type PlanPanel = (typeof planPanels)[number];

export interface PlanUrlState {
  /** The revision shown; undefined: the one in force (today, or on `asOf`). */
  revisionId: string | undefined;
  /** The revision compared against `revisionId` (the "before" side). */
  compareWithId: string | undefined;
  compareMode: CompareMode;
  /** YYYY-MM-DD: show the revision in force that day. Ignored when a revision is named. */
  asOf: string | undefined;
  /** Hide zones whose horizon is after this year. */
  horizonYear: number | undefined;
  panel: PlanPanel;
  /** [lon, lat] asked "what applies here". */
  point: [number, number] | undefined;
}

export const defaultPlanUrlState: PlanUrlState = {
  revisionId: undefined,
  compareWithId: undefined,
  compareMode: 'swipe',
  asOf: undefined,
  horizonYear: undefined,
  panel: 'balance',
  point: undefined,
};

const modeWords: Record<CompareMode, string> = { swipe: 'truot', 'side-by-side': 'song-song' };
const panelWords: Record<PlanPanel, string> = { balance: 'can-bang', impact: 'tac-dong', here: 'tai-diem', comments: 'gop-y', review: 'tham-dinh' };

function fromWord<T extends string>(words: Record<T, string>, word: string | null): T | undefined {
  return (Object.keys(words) as T[]).find((key) => words[key] === word);
}

const idPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;

function parseId(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && idPattern.test(trimmed) ? trimmed : undefined;
}

function parseYear(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/** `lon,lat` with at most 6 decimals kept. */
function parsePoint(value: string | null): [number, number] | undefined {
  const parts = value?.split(',');
  if (!parts || parts.length !== 2) return undefined;
  const [lon, lat] = parts.map((part) => Number(part.trim())) as [number, number];
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return undefined;
  return [lon, lat];
}

export function parsePlanSearch(search: string): PlanUrlState {
  const params = new URLSearchParams(search);
  const revisionId = parseId(params.get('phuong-an'));
  const compareWithId = parseId(params.get('so-sanh'));
  return {
    revisionId,
    // Comparing a revision with itself shows nothing.
    compareWithId: compareWithId !== undefined && compareWithId !== revisionId ? compareWithId : undefined,
    compareMode: fromWord(modeWords, params.get('che-do')) ?? defaultPlanUrlState.compareMode,
    // A named revision wins over a day: the link shows exactly that revision.
    asOf: revisionId === undefined ? parseDay(params.get('ngay')) : undefined,
    horizonYear: parseYear(params.get('moc')),
    panel: fromWord(panelWords, params.get('muc')) ?? defaultPlanUrlState.panel,
    point: parsePoint(params.get('diem')),
  };
}

export function formatPlanSearch(state: PlanUrlState): string {
  const params: string[] = [];
  if (state.revisionId) params.push(`phuong-an=${encodeURIComponent(state.revisionId)}`);
  if (state.compareWithId && state.compareWithId !== state.revisionId) {
    params.push(`so-sanh=${encodeURIComponent(state.compareWithId)}`);
    if (state.compareMode !== defaultPlanUrlState.compareMode) params.push(`che-do=${modeWords[state.compareMode]}`);
  }
  if (!state.revisionId && state.asOf) params.push(`ngay=${state.asOf}`);
  if (state.horizonYear !== undefined) params.push(`moc=${state.horizonYear}`);
  if (state.panel !== defaultPlanUrlState.panel) params.push(`muc=${panelWords[state.panel]}`);
  if (state.point) params.push(`diem=${state.point[0].toFixed(6)},${state.point[1].toFixed(6)}`);
  return params.length === 0 ? '' : `?${params.join('&')}`;
}

/**
 * The tiles (and TileJSON) parameters for the zones the page shows: a named revision, the plan in
 * force on a day, or nothing for the plan in force today.
 */
export function zoneTileQuery(state: Pick<PlanUrlState, 'revisionId' | 'asOf'>): string {
  if (state.revisionId) return `revision=${encodeURIComponent(state.revisionId)}`;
  if (state.asOf) return `datetime=${state.asOf}`;
  return '';
}

/** The revision a TileJSON tile URL names (the server resolves `datetime=` into `revision=`). */
export function revisionOfTileUrl(tileUrl: string): string | undefined {
  const query = tileUrl.split('?')[1];
  if (!query) return undefined;
  return new URLSearchParams(query).get('revision') ?? undefined;
}
