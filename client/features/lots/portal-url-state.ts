/**
 * The investor portal's query string (`/dat-dau-tu?…`), so a filtered view is a link: `sd` land
 * uses, `dt-tu` / `dt-den` area range in ha, `tt` statuses, `khu` parks, `ht` networks that must be
 * ready, `kc` maximum distance in km to `den` (gate or cargo lane), `xep` the sort, `lo` the selected
 * lot, `ss` the lots picked for comparison. Lists are comma-separated; only what differs from the
 * defaults is written; unknown values are dropped, never guessed. Pure.
 */
import { landUseCodes, type LandUseCode } from '../../../shared/domain/land-use.ts';
import { lotStatusCodes, parkIds, utilityCodes, type LotStatus, type ParkId, type Utility } from '../../../shared/domain/land-lots.ts';
import { distanceTargets, lotSortKeys, MAX_COMPARED_LOTS, type DistanceTarget, type ListLotsInput, type LotSort } from '../../../shared/schemas/lots.ts';

export interface PortalState {
  landUse: LandUseCode[];
  areaHaMin: number | undefined;
  areaHaMax: number | undefined;
  status: LotStatus[];
  park: ParkId[];
  readiness: Utility[];
  maxDistanceKm: number | undefined;
  distanceTo: DistanceTarget;
  sort: LotSort;
  /** The lot selected on the map or in the list. */
  selected: string | undefined;
  /** Lots picked for comparison, at most MAX_COMPARED_LOTS, in the order picked. */
  compare: string[];
}

export const defaultPortalState: PortalState = {
  landUse: [],
  areaHaMin: undefined,
  areaHaMax: undefined,
  status: [],
  park: [],
  readiness: [],
  maxDistanceKm: undefined,
  distanceTo: 'gate',
  sort: 'code',
  selected: undefined,
  compare: [],
};

export const portalParameters = {
  landUse: 'sd',
  areaHaMin: 'dt-tu',
  areaHaMax: 'dt-den',
  status: 'tt',
  park: 'khu',
  readiness: 'ht',
  maxDistanceKm: 'kc',
  distanceTo: 'den',
  sort: 'xep',
  selected: 'lo',
  compare: 'ss',
} as const satisfies Record<keyof PortalState, string>;

const distanceWords: Record<DistanceTarget, string> = { gate: 'cua-khau', 'cargo-lane': 'luong-hang' };

/** Lot ids as the demo data writes them (lower-case words and digits joined by hyphens). */
const lotIdPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function isLotId(value: string): boolean {
  return lotIdPattern.test(value);
}

function listOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = (params.get(name) ?? '').split(',').map((value) => value.trim());
  return [...new Set(values.filter((value): value is T => (allowed as readonly string[]).includes(value)))];
}

/** A non-negative number ≤ max written with a dot or a comma, else undefined. */
export function parseAmount(value: string | null | undefined, max: number, positive = false): number | undefined {
  const text = value?.trim().replace(',', '.');
  if (!text || !/^\d+(\.\d+)?$/.test(text)) return undefined;
  const amount = Number(text);
  if (!Number.isFinite(amount) || amount > max || (positive && amount <= 0)) return undefined;
  return amount;
}

/** Picked lot ids: known-shaped, each once, at most MAX_COMPARED_LOTS. */
export function parseLotIds(value: string | null | undefined): string[] {
  const ids = (value ?? '').split(',').map((id) => id.trim()).filter(isLotId);
  return [...new Set(ids)].slice(0, MAX_COMPARED_LOTS);
}

export function parsePortalSearch(search: string): PortalState {
  const params = new URLSearchParams(search);
  const p = portalParameters;
  let areaHaMin = parseAmount(params.get(p.areaHaMin), 100_000);
  let areaHaMax = parseAmount(params.get(p.areaHaMax), 100_000);
  // A reversed range in a hand-edited link: swap rather than return nothing.
  if (areaHaMin !== undefined && areaHaMax !== undefined && areaHaMin > areaHaMax) [areaHaMin, areaHaMax] = [areaHaMax, areaHaMin];
  const distanceWord = params.get(p.distanceTo);
  const sort = params.get(p.sort);
  const selected = params.get(p.selected)?.trim();
  return {
    landUse: listOf(params, p.landUse, landUseCodes),
    areaHaMin,
    areaHaMax,
    status: listOf(params, p.status, lotStatusCodes),
    park: listOf(params, p.park, parkIds),
    readiness: listOf(params, p.readiness, utilityCodes),
    maxDistanceKm: parseAmount(params.get(p.maxDistanceKm), 500, true),
    distanceTo: distanceTargets.find((target) => distanceWords[target] === distanceWord) ?? 'gate',
    sort: (lotSortKeys as readonly string[]).includes(sort ?? '') ? (sort as LotSort) : 'code',
    selected: selected && isLotId(selected) ? selected : undefined,
    compare: parseLotIds(params.get(p.compare)),
  };
}

/** The query string ("?…", or "" for the defaults) that parsePortalSearch reads back to `state`. */
export function formatPortalSearch(state: PortalState): string {
  const params = new URLSearchParams();
  const p = portalParameters;
  if (state.landUse.length > 0) params.set(p.landUse, state.landUse.join(','));
  if (state.areaHaMin !== undefined) params.set(p.areaHaMin, String(state.areaHaMin));
  if (state.areaHaMax !== undefined) params.set(p.areaHaMax, String(state.areaHaMax));
  if (state.status.length > 0) params.set(p.status, state.status.join(','));
  if (state.park.length > 0) params.set(p.park, state.park.join(','));
  if (state.readiness.length > 0) params.set(p.readiness, state.readiness.join(','));
  if (state.maxDistanceKm !== undefined) params.set(p.maxDistanceKm, String(state.maxDistanceKm));
  if (state.distanceTo !== 'gate') params.set(p.distanceTo, distanceWords[state.distanceTo]);
  if (state.sort !== 'code') params.set(p.sort, state.sort);
  if (state.selected) params.set(p.selected, state.selected);
  if (state.compare.length > 0) params.set(p.compare, state.compare.join(','));
  // Commas stay readable in a shared link (they are legal in a query).
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

/** How many filters narrow the list (the badge on the phone's filter button). */
export function activeFilterCount(state: PortalState): number {
  return [
    state.landUse.length > 0,
    state.areaHaMin !== undefined || state.areaHaMax !== undefined,
    state.status.length > 0,
    state.park.length > 0,
    state.readiness.length > 0,
    state.maxDistanceKm !== undefined,
  ].filter(Boolean).length;
}

/** The state without any filter (sort, selection and comparison picks kept). */
export function withoutFilters(state: PortalState): PortalState {
  return { ...defaultPortalState, sort: state.sort, selected: state.selected, compare: state.compare };
}

/** lots.list's input for the state's filters: every lot on one page (lots number in the dozens). */
export function listInputOf(state: PortalState, limit = 200): ListLotsInput {
  const input: ListLotsInput = { distanceTo: state.distanceTo, sort: state.sort, limit, offset: 0 };
  if (state.landUse.length > 0) input.landUse = state.landUse;
  if (state.status.length > 0) input.status = state.status;
  if (state.park.length > 0) input.park = state.park;
  if (state.readiness.length > 0) input.readiness = state.readiness;
  if (state.areaHaMin !== undefined || state.areaHaMax !== undefined) {
    input.areaHa = {
      ...(state.areaHaMin !== undefined ? { min: state.areaHaMin } : {}),
      ...(state.areaHaMax !== undefined ? { max: state.areaHaMax } : {}),
    };
  }
  if (state.maxDistanceKm !== undefined) input.maxDistanceKm = state.maxDistanceKm;
  return input;
}

/** The export endpoints' query string for the same filters and sort (server/features/lots/lots-export.ts). */
export function exportSearch(state: PortalState): string {
  const params = new URLSearchParams();
  if (state.landUse.length > 0) params.set('landUse', state.landUse.join(','));
  if (state.status.length > 0) params.set('status', state.status.join(','));
  if (state.park.length > 0) params.set('park', state.park.join(','));
  if (state.readiness.length > 0) params.set('readiness', state.readiness.join(','));
  if (state.areaHaMin !== undefined) params.set('areaHaMin', String(state.areaHaMin));
  if (state.areaHaMax !== undefined) params.set('areaHaMax', String(state.areaHaMax));
  if (state.maxDistanceKm !== undefined) {
    params.set('maxDistanceKm', String(state.maxDistanceKm));
    params.set('distanceTo', state.distanceTo);
  }
  if (state.sort !== 'code') params.set('sort', state.sort);
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}

export type CompareToggle = { ids: string[]; refused: false } | { ids: string[]; refused: true };

/**
 * Picks or unpicks a lot for comparison. A fourth pick is refused (the list stays as it was) so the
 * page can say why instead of silently dropping the oldest.
 */
export function toggleCompared(ids: readonly string[], id: string): CompareToggle {
  if (ids.includes(id)) return { ids: ids.filter((picked) => picked !== id), refused: false };
  if (ids.length >= MAX_COMPARED_LOTS) return { ids: [...ids], refused: true };
  return { ids: [...ids, id], refused: false };
}

/** Toggles a value in a filter list, keeping the list's order. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((item) => item !== value);
  return on ? [...without, value] : without;
}
