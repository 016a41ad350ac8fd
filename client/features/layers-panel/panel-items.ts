/**
 * What the layer panel shows for each catalogue layer — visibility, opacity, load status, counts,
 * provenance and legend — derived from the catalogue, the UI state and the layer data. Pure.
 */
import type { Feature } from 'geojson';
import { localised, type Language, type LocalisedText } from '../../i18n/languages.ts';
import { isLayerVisible, layerOpacity, type UiState } from '../../state/ui-state.ts';
import { legendEntries, legendPropertyOf, type LegendEntry } from './legend-entries.ts';

export interface PanelLayer {
  id: string;
  title: LocalisedText;
  description: LocalisedText;
  delivery: 'geojson' | 'tiles';
  featureCount: number;
}

/** The load state of one layer's data: a GeoJSON query, or a TileJSON fetch for tiled layers. */
export interface LayerDataState {
  status: 'pending' | 'success' | 'error';
  errorMessage?: string;
  /** GeoJSON layers only. */
  features?: readonly Feature[];
  numberMatched?: number;
  truncated?: boolean;
}

/** all / some / none of the features flagged illustrative; unknown before any data is seen. */
export type Provenance = 'all' | 'some' | 'none' | 'unknown';

export interface PanelItem {
  id: string;
  title: string;
  description: string;
  visible: boolean;
  /** 0–100, for the range input. */
  opacityPercent: number;
  status: 'loading' | 'ready' | 'error';
  errorMessage?: string;
  renderError?: string;
  featureCount: number;
  truncated?: { returned: number; matched: number };
  provenance: Provenance;
  legend: LegendEntry[];
  /** Set when the legend is empty because no feature has been seen yet (tiled layers). */
  legendEmptyHint?: 'no-features-loaded';
}

function provenanceOf(illustrative: number, total: number): Provenance {
  if (total === 0) return 'unknown';
  if (illustrative === 0) return 'none';
  return illustrative === total ? 'all' : 'some';
}

/**
 * Values of the legend property in the data, plus 'not-agreed' when a gate's location is not
 * agreed and 'overdue' when a project is overdue: both have their own legend entry.
 */
function presentValues(features: readonly Feature[], property: string): Set<string> {
  const values = new Set<string>();
  for (const feature of features) {
    // A project without a derived status (older server data) is drawn by its stored one.
    const value = feature.properties?.[property] ?? (property === 'derivedStatus' ? feature.properties?.['status'] : undefined);
    if (typeof value === 'string') values.add(value);
    if (feature.properties?.['locationStatus'] === 'not-agreed') values.add('not-agreed');
    if (feature.properties?.['overdue'] === true) values.add('overdue');
  }
  return values;
}

export function panelItems(
  catalogue: readonly PanelLayer[],
  state: Pick<UiState, 'visibleLayers' | 'layerOpacity' | 'tileSummaries' | 'renderErrors'>,
  data: Readonly<Record<string, LayerDataState>>,
  language: Language,
): PanelItem[] {
  return catalogue.map((layer) => {
    const layerData = data[layer.id];
    const tiles = state.tileSummaries[layer.id];
    const legendProperty = legendPropertyOf[layer.id];
    let present: ReadonlySet<string> | undefined;
    let provenance: Provenance = 'unknown';
    if (layer.delivery === 'tiles') {
      // Tiled features are known only once tiles are on screen: until then the legend is empty.
      present = new Set(tiles?.legendValues ?? []);
      if (tiles) provenance = provenanceOf(tiles.illustrativeCount, tiles.featureCount);
    } else if (layerData?.features) {
      if (legendProperty) present = presentValues(layerData.features, legendProperty);
      const illustrative = layerData.features.filter((feature) => feature.properties?.['illustrative'] === true).length;
      provenance = provenanceOf(illustrative, layerData.features.length);
    }

    const status = layerData?.status === 'error' ? 'error' : layerData?.status === 'success' ? 'ready' : 'loading';
    const item: PanelItem = {
      id: layer.id,
      title: localised(layer.title, language),
      description: localised(layer.description, language),
      visible: isLayerVisible(state, layer.id),
      opacityPercent: Math.round(layerOpacity(state, layer.id) * 100),
      status,
      featureCount: layerData?.numberMatched ?? layer.featureCount,
      provenance,
      legend: legendEntries(layer.id, language, present),
    };
    if (layer.delivery === 'tiles' && legendProperty && item.legend.length === 0) item.legendEmptyHint = 'no-features-loaded';
    if (layerData?.errorMessage !== undefined) item.errorMessage = layerData.errorMessage;
    const renderError = state.renderErrors[layer.id];
    if (renderError !== undefined) item.renderError = renderError;
    if (layerData?.truncated && layerData.features && layerData.numberMatched !== undefined) {
      item.truncated = { returned: layerData.features.length, matched: layerData.numberMatched };
    }
    return item;
  });
}
