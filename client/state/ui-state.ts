/**
 * The UI state of the map page in one typed reducer: language, view, visible layers and their
 * opacity, hovered and selected features, notices. Pure — tested without React or a map.
 * Server data (catalogue, features) lives in the query cache, not here (STYLE §6).
 */
import { defaultLanguage, type Language } from '../i18n/languages.ts';
import type { ProjectMapFilter } from '../map/layers/projects.ts';

/** A map view: centre as [lon, lat] in WGS84 degrees, MapLibre zoom level. */
export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface FeatureRef {
  layerId: string;
  /** The feature's string id (promoted from the `id` property). */
  featureId: string;
}

export interface Selection extends FeatureRef {
  /** Where the popup points, [lon, lat]. */
  lngLat: [number, number];
  /** The properties as the map rendered them; the popup prefers the full feature when cached. */
  properties: Record<string, unknown>;
}

/** Found in the loaded tiles of a vector layer: the legend property's values, and provenance. */
export interface TileSummary {
  /** Distinct values, sorted. */
  legendValues: readonly string[];
  /** How many of the features seen are flagged illustrative, of how many. */
  illustrativeCount: number;
  featureCount: number;
}

export type NoticeCode = 'basemap-failed';

export interface UiState {
  language: Language;
  /** The last view reported by the map or requested through the URL; null until either happens. */
  view: MapView | null;
  /** Ids of the layers drawn, in no particular order; null until the catalogue gives the defaults. */
  visibleLayers: readonly string[] | null;
  /** Opacity per layer id, 0–1; absent means 1. */
  layerOpacity: Readonly<Record<string, number>>;
  hovered: FeatureRef | null;
  selected: Selection | null;
  /** A selection named by the URL, waiting for its layer's data to locate it. */
  pendingSelection: FeatureRef | null;
  /** What the loaded vector tiles of a layer contain, per layer id (their features are not in the query cache). */
  tileSummaries: Readonly<Record<string, TileSummary>>;
  /** Map-side errors per layer (e.g. tiles failing to load), readable messages. */
  renderErrors: Readonly<Record<string, string>>;
  notices: readonly NoticeCode[];
  /** Projects shown on the map: all, one derived status, or the overdue ones. */
  projectFilter: ProjectMapFilter;
  /** The day project status is derived for (YYYY-MM-DD); null: today in Vietnam. */
  asOf: string | null;
}

export type UiAction =
  | { type: 'catalogue-loaded'; defaultVisibleLayers: readonly string[]; layerIds: readonly string[] }
  | { type: 'layer-visibility-set'; layerId: string; visible: boolean }
  | { type: 'layer-opacity-set'; layerId: string; opacity: number }
  | { type: 'language-set'; language: Language }
  | { type: 'view-changed'; view: MapView }
  | { type: 'feature-hovered'; feature: FeatureRef | null }
  | { type: 'feature-selected'; selection: Selection }
  | { type: 'selection-cleared' }
  /** A feature chosen off the map (the search box): its layer is shown, its popup opens once its data is here. */
  | { type: 'feature-requested'; feature: FeatureRef }
  | { type: 'tiles-summarised'; layerId: string; summary: TileSummary }
  | { type: 'render-error'; layerId: string; message: string }
  | { type: 'notice-shown'; notice: NoticeCode }
  | { type: 'notice-dismissed'; notice: NoticeCode }
  | { type: 'url-state-applied'; urlState: UrlState }
  | { type: 'project-filter-set'; filter: ProjectMapFilter }
  | { type: 'as-of-set'; asOf: string | null };

/** What a shared link carries (see url-hash.ts); every part optional. */
export interface UrlState {
  view?: MapView;
  visibleLayers?: readonly string[];
  language?: Language;
  selected?: FeatureRef;
  projectFilter?: ProjectMapFilter;
  asOf?: string;
}

export function initialUiState(urlState: UrlState = {}, storedLanguage?: Language): UiState {
  return {
    language: urlState.language ?? storedLanguage ?? defaultLanguage,
    view: urlState.view ?? null,
    visibleLayers: urlState.visibleLayers ?? null,
    layerOpacity: {},
    hovered: null,
    selected: null,
    pendingSelection: urlState.selected ?? null,
    tileSummaries: {},
    renderErrors: {},
    notices: [],
    projectFilter: urlState.projectFilter ?? '',
    asOf: urlState.asOf ?? null,
  };
}

function clamp01(value: number): number {
  if (Number.isNaN(value)) return 1;
  return Math.min(1, Math.max(0, value));
}

function sameFeature(a: FeatureRef | null, b: FeatureRef | null): boolean {
  if (a === null || b === null) return a === b;
  return a.layerId === b.layerId && a.featureId === b.featureId;
}

function sameValues(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, index) => value === b[index]);
}

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'catalogue-loaded': {
      // A layer list from the URL wins over the defaults, minus ids the catalogue does not know.
      const known = new Set(action.layerIds);
      const visibleLayers = state.visibleLayers === null
        ? [...action.defaultVisibleLayers]
        : state.visibleLayers.filter((id) => known.has(id));
      return { ...state, visibleLayers };
    }
    case 'layer-visibility-set': {
      const current = state.visibleLayers ?? [];
      const without = current.filter((id) => id !== action.layerId);
      const visibleLayers = action.visible ? [...without, action.layerId] : without;
      const hidesSelection = !action.visible && state.selected?.layerId === action.layerId;
      const hidesHover = !action.visible && state.hovered?.layerId === action.layerId;
      return {
        ...state,
        visibleLayers,
        selected: hidesSelection ? null : state.selected,
        hovered: hidesHover ? null : state.hovered,
      };
    }
    case 'layer-opacity-set':
      return { ...state, layerOpacity: { ...state.layerOpacity, [action.layerId]: clamp01(action.opacity) } };
    case 'language-set':
      return state.language === action.language ? state : { ...state, language: action.language };
    case 'view-changed':
      return { ...state, view: action.view };
    case 'feature-hovered':
      return sameFeature(state.hovered, action.feature) ? state : { ...state, hovered: action.feature };
    case 'feature-selected':
      return { ...state, selected: action.selection, pendingSelection: null };
    case 'feature-requested': {
      const current = state.visibleLayers ?? [];
      const visibleLayers = current.includes(action.feature.layerId) ? current : [...current, action.feature.layerId];
      return { ...state, visibleLayers, selected: null, pendingSelection: action.feature };
    }
    case 'selection-cleared':
      return state.selected === null && state.pendingSelection === null ? state : { ...state, selected: null, pendingSelection: null };
    case 'tiles-summarised': {
      const legendValues = [...new Set(action.summary.legendValues)].sort();
      const summary: TileSummary = { ...action.summary, legendValues };
      const previous = state.tileSummaries[action.layerId];
      if (previous && sameValues(previous.legendValues, legendValues)
        && previous.illustrativeCount === summary.illustrativeCount && previous.featureCount === summary.featureCount) return state;
      return { ...state, tileSummaries: { ...state.tileSummaries, [action.layerId]: summary } };
    }
    case 'render-error':
      if (state.renderErrors[action.layerId] === action.message) return state;
      return { ...state, renderErrors: { ...state.renderErrors, [action.layerId]: action.message } };
    case 'notice-shown':
      return state.notices.includes(action.notice) ? state : { ...state, notices: [...state.notices, action.notice] };
    case 'project-filter-set':
      return state.projectFilter === action.filter ? state : { ...state, projectFilter: action.filter };
    case 'as-of-set':
      return state.asOf === action.asOf ? state : { ...state, asOf: action.asOf };
    case 'notice-dismissed':
      return { ...state, notices: state.notices.filter((notice) => notice !== action.notice) };
    case 'url-state-applied': {
      // The user edited the hash or went back: adopt what the link says, keep the rest.
      const { urlState } = action;
      const selectionChanged = urlState.selected !== undefined && !sameFeature(state.selected, urlState.selected);
      return {
        ...state,
        language: urlState.language ?? state.language,
        view: urlState.view ?? state.view,
        visibleLayers: urlState.visibleLayers ?? state.visibleLayers,
        projectFilter: urlState.projectFilter ?? '',
        asOf: urlState.asOf ?? null,
        pendingSelection: selectionChanged ? (urlState.selected ?? null) : state.pendingSelection,
        selected: urlState.selected === undefined ? null : state.selected,
      };
    }
  }
}

/** Whether a layer is drawn: a layer list from the URL or the panel, else the catalogue default. */
export function isLayerVisible(state: Pick<UiState, 'visibleLayers'>, layerId: string): boolean {
  return state.visibleLayers?.includes(layerId) ?? false;
}

export function layerOpacity(state: Pick<UiState, 'layerOpacity'>, layerId: string): number {
  return state.layerOpacity[layerId] ?? 1;
}
