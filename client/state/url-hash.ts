/**
 * The URL hash mirrors what a user would share: `#map=zoom/lat/lon&layers=a,b&lang=en&sel=layer:id`,
 * plus the projects' status filter and day when set (`trang-thai=qua-han&ngay=2025-10-01`, as on /du-an).
 * Order inside `map=` follows the common web-map convention (zoom/lat/lon); everything else in
 * the app is [lon, lat]. Pure: parse and format only, the app wires it to `location`.
 */
import { isLanguage } from '../i18n/languages.ts';
import { isoDateSchema } from '../../shared/schemas/projects.ts';
import { isProjectMapFilter } from '../map/layers/projects.ts';
import type { FeatureRef, UiState, UrlState } from './ui-state.ts';

/** The overdue filter in links, in Vietnamese like the other query words. */
const overdueWord = 'qua-han';

const ZOOM_DECIMALS = 2;
/** 5 decimals of a degree ≈ 1 m: enough to reproduce a view. */
const DEGREE_DECIMALS = 5;

function parseView(text: string): UrlState['view'] {
  const parts = text.split('/');
  if (parts.length !== 3) return undefined;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return undefined;
  if (zoom < 0 || zoom > 24 || lat < -85.1 || lat > 85.1 || lon < -180 || lon > 180) return undefined;
  return { center: [lon, lat], zoom };
}

function parseSelection(text: string): FeatureRef | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  return { layerId: text.slice(0, colon), featureId: text.slice(colon + 1) };
}

/** Reads a location hash (with or without the leading '#'); unknown or malformed parts are ignored. */
export function parseUrlHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = {};
  const map = params.get('map');
  const view = map === null ? undefined : parseView(map);
  if (view) state.view = view;
  const layers = params.get('layers');
  if (layers !== null) state.visibleLayers = layers.split(',').map((id) => id.trim()).filter((id) => /^[a-z0-9-]+$/.test(id));
  const lang = params.get('lang');
  if (isLanguage(lang)) state.language = lang;
  const sel = params.get('sel');
  const selected = sel === null ? undefined : parseSelection(sel);
  if (selected) state.selected = selected;
  const status = params.get('trang-thai');
  const filter = status === overdueWord ? 'overdue' : status === 'overdue' ? null : status;
  if (filter && isProjectMapFilter(filter)) state.projectFilter = filter;
  const day = params.get('ngay');
  if (day !== null && isoDateSchema.safeParse(day).success) state.asOf = day;
  return state;
}

/** Keeps the separators readable (`,` `/` `:`) while escaping anything else. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

/** Writes the shareable part of the UI state as a hash, starting with '#'. */
export function formatUrlHash(state: Pick<UiState, 'view' | 'visibleLayers' | 'language' | 'selected'> & Partial<Pick<UiState, 'projectFilter' | 'asOf'>>): string {
  const parts: string[] = [];
  if (state.view) {
    const [lon, lat] = state.view.center;
    parts.push(`map=${state.view.zoom.toFixed(ZOOM_DECIMALS)}/${lat.toFixed(DEGREE_DECIMALS)}/${lon.toFixed(DEGREE_DECIMALS)}`);
  }
  if (state.visibleLayers) // Sorted so that the same set of layers always gives the same link.
    parts.push(`layers=${encodeValue([...state.visibleLayers].sort().join(','))}`);
  parts.push(`lang=${state.language}`);
  if (state.selected) parts.push(`sel=${encodeValue(`${state.selected.layerId}:${state.selected.featureId}`)}`);
  if (state.projectFilter) parts.push(`trang-thai=${state.projectFilter === 'overdue' ? overdueWord : state.projectFilter}`);
  if (state.asOf) parts.push(`ngay=${state.asOf}`);
  return `#${parts.join('&')}`;
}
