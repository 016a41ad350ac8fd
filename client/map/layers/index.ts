/**
 * Every map layer module, in draw order within each band (see layer-module.ts). A catalogue
 * layer without a module here is listed in the panel but not drawn.
 */
import type { LayerModule } from './layer-module.ts';
import { communesLayer } from './communes.ts';
import { planningZonesLayer } from './planning-zones.ts';
import { parcelsLayer } from './parcels.ts';
import { landLotsLayer } from './land-lots.ts';
import { resettlementAreasLayer } from './resettlement-areas.ts';
import { clearanceBoundariesLayer } from './clearance-boundaries.ts';
import { projectsLayer } from './projects.ts';
import { borderGatesLayer } from './border-gates.ts';
import { borderLineLayer } from './border-line.ts';
import { cargoLanesLayer } from './cargo-lanes.ts';
import { roadCentrelinesLayer } from './road-centrelines.ts';
import { borderMarkersLayer } from './border-markers.ts';

export const layerModules: readonly LayerModule[] = [
  communesLayer,
  planningZonesLayer,
  parcelsLayer,
  landLotsLayer,
  resettlementAreasLayer,
  clearanceBoundariesLayer,
  projectsLayer,
  borderLineLayer,
  roadCentrelinesLayer,
  cargoLanesLayer,
  borderMarkersLayer,
  // Last: a gate sits on its own marker (1116 at Hữu Nghị) and must stay on top to be clicked.
  borderGatesLayer,
];

const byId = new Map<string, LayerModule>(layerModules.map((module) => [module.id, module]));

export function layerModule(layerId: string): LayerModule | undefined {
  return byId.get(layerId);
}

/** The catalogue layer a MapLibre layer id belongs to. */
export function catalogueLayerOf(mapLayerId: string): string | undefined {
  return layerModules.find((module) => module.layerIds.includes(mapLayerId))?.id;
}

/** Hover/click targets, topmost first (the order queryRenderedFeatures honours anyway). */
export const interactiveLayerIds: readonly string[] = layerModules.flatMap((module) => module.interactiveLayerIds);

export type { LayerModule } from './layer-module.ts';
