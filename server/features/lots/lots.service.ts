/**
 * The investor portal's lots: every live lot with what the server computes for it — distances from
 * the lot's centre to the gates and Lạng Sơn city (great-circle km) and to the cargo lanes (km on
 * the VN-2000 plane, plane-distance.ts), and its
 * clearance state, read at query time from the clearance boundaries covering it (so a commune's
 * progress shows at once; the lot's own `clearance` where none does) — then filtered, sorted and
 * paged. Lots number in the dozens to hundreds: measuring in TypeScript is the same code on both
 * engines; the measured lots are kept per process until a write to one of the layers they depend on
 * bumps its version (read on every call, so every process sees every write).
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { clearanceStages, type ClearanceStage } from '../../../shared/domain/clearance-stage.ts';
import { LANG_SON_CITY_CENTRE, findPark, lotStatuses, readinessProperty, utilities, type LotStatus, type Utility } from '../../../shared/domain/land-lots.ts';
import { landUseClass, type LandUseCode } from '../../../shared/domain/land-use.ts';
import { bboxIntersects, geometryBBox } from '../../../shared/geo/bbox.ts';
import type { LandLotProperties } from '../../../shared/schemas/layer-properties.ts';
import type { DistanceTo, GateDistance, ListLotsInput, LotClearance, LotFacets, LotFilters, LotPage, LotSheet, LotSort, LotSummary, ParkFacet } from '../../../shared/schemas/lots.ts';
import type { FeatureStore, StoredFeature } from '../../geo-store/feature-store.ts';
import { redactFeatures, type Audience } from '../layers/redact.ts';
import { refuse } from '../../trpc/errors.ts';
import { planarKm, planarTarget, type PlanarTarget } from './plane-distance.ts';

const CITY_REFERENCE = 'Trung tâm thành phố Lạng Sơn cũ (nay phường Đông Kinh), 21.85667 N, 106.76611 E theo vi.wikipedia (REFERENCE.md §5.1)';

function layer(id: string): LayerDefinition {
  const found = findLayer(id);
  if (!found) throw new Error(`layer ${id} is not in the registry`);
  return found;
}

async function all(store: FeatureStore, layerId: string, audience: Audience): Promise<StoredFeature[]> {
  const definition = layer(layerId);
  const { features } = await store.query(definition, { limit: 100_000, offset: 0 });
  return redactFeatures(definition, features, audience);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A gate or lane with its geometry prepared once on the VN-2000 plane. */
interface Target {
  feature: StoredFeature;
  planar: PlanarTarget;
}

interface Targets {
  gates: Target[];
  lanes: Target[];
  clearance: StoredFeature[];
}

async function loadTargets(store: FeatureStore, audience: Audience): Promise<Targets> {
  const [gates, lanes, clearance] = await Promise.all([all(store, 'border-gates', audience), all(store, 'cargo-lanes', audience), all(store, 'clearance-boundaries', audience)]);
  const prepared = (features: StoredFeature[]) => features.map((feature) => ({ feature, planar: planarTarget(feature.geometry) }));
  return { gates: prepared(gates), lanes: prepared(lanes), clearance };
}

/** Point gates: great-circle km; a gate drawn as an area (location not agreed): km to the area on the VN-2000 plane. */
function kmToGate(centre: Position, gate: Target): number {
  const geometry = gate.feature.geometry;
  if (geometry.type === 'Point') return turf.distance(centre, geometry.coordinates, { units: 'kilometers' });
  return planarKm(centre, gate.planar);
}

function nameOf(feature: StoredFeature): string {
  return typeof feature.properties.name === 'string' ? feature.properties.name : feature.id;
}

/** Gates and crossings nearest first; a gate whose location is not agreed is listed, never "nearest". */
function gateDistances(centre: Position, gates: readonly Target[]): GateDistance[] {
  return gates
    .map((gate) => ({
      id: gate.feature.id,
      name: nameOf(gate.feature),
      kind: String(gate.feature.properties.kind ?? ''),
      locationStatus: String(gate.feature.properties.locationStatus ?? ''),
      km: round2(kmToGate(centre, gate)),
    }))
    .sort((a, b) => a.km - b.km || a.id.localeCompare(b.id));
}

/** Cargo lanes: km to the nearest point of the line on the VN-2000 plane. */
function laneDistances(centre: Position, lanes: readonly Target[]): DistanceTo[] {
  return lanes.map((lane) => ({ id: lane.feature.id, name: nameOf(lane.feature), km: round2(planarKm(centre, lane.planar)) })).sort((a, b) => a.km - b.km || a.id.localeCompare(b.id));
}

const stageOrder = clearanceStages.map((s) => s.code);

/** The least advanced boundary covering the lot decides: the lot is clear only when every strip of it is. */
function clearanceOf(lot: StoredFeature, properties: LandLotProperties, boundaries: readonly StoredFeature[]): LotClearance {
  const box = geometryBBox(lot.geometry);
  const covering = boundaries
    .filter((boundary) => typeof boundary.properties.stage === 'string' && bboxIntersects(box, geometryBBox(boundary.geometry)))
    .filter((boundary) => turf.booleanIntersects(lot as Feature<Polygon | MultiPolygon>, boundary as Feature<Polygon | MultiPolygon>))
    .sort((a, b) => stageOrder.indexOf(a.properties.stage as ClearanceStage) - stageOrder.indexOf(b.properties.stage as ClearanceStage));
  const boundary = covering[0];
  if (!boundary) return { state: properties.clearance, from: 'lot', stage: null, boundaryId: null, boundaryName: null, targetHandoverDate: null };
  const stage = boundary.properties.stage as ClearanceStage;
  return {
    state: stage === 'handed-over' ? 'cleared' : 'in-progress',
    from: 'clearance-boundary',
    stage,
    boundaryId: boundary.id,
    boundaryName: nameOf(boundary),
    targetHandoverDate: typeof boundary.properties.targetHandoverDate === 'string' ? boundary.properties.targetHandoverDate : null,
  };
}

interface Enriched {
  summary: LotSummary;
  gates: GateDistance[];
  lanes: DistanceTo[];
}

function enrich(lot: StoredFeature, targets: Targets): Enriched {
  const properties = lot.properties as LandLotProperties;
  const centre = turf.centroid(lot).geometry.coordinates;
  const gates = gateDistances(centre, targets.gates);
  const lanes = laneDistances(centre, targets.lanes);
  const nearestGate = gates.find((gate) => gate.locationStatus !== 'not-agreed');
  const readiness = Object.fromEntries(utilities.map((u) => [u.code, properties[readinessProperty[u.code]]])) as LotSummary['readiness'];
  const summary: LotSummary = {
    id: lot.id,
    code: properties.code,
    name: properties.name,
    park: properties.park,
    parkName: properties.parkName,
    commune: properties.commune,
    landUse: properties.landUse,
    areaM2: properties.areaM2,
    areaHa: properties.areaHa,
    status: properties.status,
    coveragePercentMax: properties.coveragePercentMax,
    floorAreaRatioMax: properties.floorAreaRatioMax,
    floorsMax: properties.floorsMax,
    setbackMetres: properties.setbackMetres,
    readiness,
    leaseTermYears: properties.leaseTermYears,
    clearance: clearanceOf(lot, properties, targets.clearance),
    plan: properties.plan,
    planDecision: properties.planDecision,
    contact: properties.contact,
    projectId: properties.projectId ?? null,
    note: properties.note ?? null,
    source: properties.source,
    illustrative: properties.illustrative,
    centre: [centre[0] as number, centre[1] as number],
    bbox: geometryBBox(lot.geometry),
    geometry: lot.geometry as Polygon | MultiPolygon,
    distances: {
      nearestGate: nearestGate ? { id: nearestGate.id, name: nearestGate.name, km: nearestGate.km } : null,
      nearestCargoLane: lanes[0] ?? null,
      cityKm: round2(turf.distance(centre, [...LANG_SON_CITY_CENTRE], { units: 'kilometers' })),
    },
  };
  return { summary, gates, lanes };
}

/** The layers a lot's computed fields depend on: any write to one bumps its version and refreshes the cache. */
const inputLayers = ['land-lots', 'border-gates', 'cargo-lanes', 'clearance-boundaries'] as const;
const enrichedCache = new WeakMap<FeatureStore, Map<Audience, { versions: string; lots: Enriched[] }>>();

/** Every lot with its computed fields, reused until one of the input layers changes (read-only: callers never mutate it). */
async function enrichedLots(store: FeatureStore, audience: Audience): Promise<Enriched[]> {
  const versions = (await Promise.all(inputLayers.map((id) => store.version(layer(id))))).join(':');
  const byAudience = enrichedCache.get(store) ?? new Map<Audience, { versions: string; lots: Enriched[] }>();
  enrichedCache.set(store, byAudience);
  const cached = byAudience.get(audience);
  if (cached?.versions === versions) return cached.lots;
  const [lots, targets] = await Promise.all([all(store, 'land-lots', audience), loadTargets(store, audience)]);
  const enriched = lots.map((lot) => enrich(lot, targets));
  byAudience.set(audience, { versions, lots: enriched });
  return enriched;
}

export function matchesFilters(lot: LotSummary, filters: LotFilters): boolean {
  if (filters.landUse?.length && !filters.landUse.includes(lot.landUse)) return false;
  if (filters.status?.length && !filters.status.includes(lot.status)) return false;
  if (filters.park?.length && !filters.park.includes(lot.park)) return false;
  if (filters.areaHa?.min !== undefined && lot.areaHa < filters.areaHa.min) return false;
  if (filters.areaHa?.max !== undefined && lot.areaHa > filters.areaHa.max) return false;
  if (filters.readiness?.some((utility: Utility) => lot.readiness[utility] !== 'ready')) return false;
  if (filters.maxDistanceKm !== undefined) {
    const target = filters.distanceTo === 'cargo-lane' ? lot.distances.nearestCargoLane : lot.distances.nearestGate;
    if (!target || target.km > filters.maxDistanceKm) return false;
  }
  return true;
}

const sorters: Record<LotSort, (a: LotSummary, b: LotSummary) => number> = {
  code: () => 0,
  'area-desc': (a, b) => b.areaHa - a.areaHa,
  'area-asc': (a, b) => a.areaHa - b.areaHa,
  'distance-gate': (a, b) => (a.distances.nearestGate?.km ?? Infinity) - (b.distances.nearestGate?.km ?? Infinity),
  'distance-cargo-lane': (a, b) => (a.distances.nearestCargoLane?.km ?? Infinity) - (b.distances.nearestCargoLane?.km ?? Infinity),
  'distance-city': (a, b) => a.distances.cityKm - b.distances.cityKm,
};

/** Every lot matching the filters, sorted (ties by park then code: a stable order for paging). */
export async function filteredLots(store: FeatureStore, filters: LotFilters & { sort?: LotSort }, audience: Audience): Promise<LotSummary[]> {
  const sort = sorters[filters.sort ?? 'code'];
  return (await enrichedLots(store, audience))
    .map((lot) => lot.summary)
    .filter((lot) => matchesFilters(lot, filters))
    .sort((a, b) => sort(a, b) || a.park.localeCompare(b.park) || a.code.localeCompare(b.code, 'en', { numeric: true }));
}

export async function listLots(store: FeatureStore, input: ListLotsInput, audience: Audience): Promise<LotPage> {
  const lots = await filteredLots(store, input, audience);
  return { items: lots.slice(input.offset, input.offset + input.limit), total: lots.length };
}

async function sheet(store: FeatureStore, lot: StoredFeature, targets: Targets, audience: Audience): Promise<LotSheet> {
  const { summary, gates, lanes } = enrich(lot, targets);
  const park = findPark(summary.park);
  if (!park) throw new Error(`lot ${lot.id}: unknown park ${summary.park}`);
  let project: LotSheet['project'] = null;
  if (summary.projectId) {
    const [found] = redactFeatures(layer('projects'), [await store.get(layer('projects'), summary.projectId)].filter((p): p is StoredFeature => p !== undefined), audience);
    if (found) project = { id: found.id, name: nameOf(found), status: String(found.properties.status ?? '') };
  }
  return {
    ...summary,
    parkKind: park.kind,
    parkFacts: park.facts,
    project,
    distancesToAll: { gates, cargoLanes: lanes, city: { km: summary.distances.cityKm, reference: CITY_REFERENCE } },
  };
}

async function lotOrThrow(store: FeatureStore, id: string, field: string, audience: Audience): Promise<StoredFeature> {
  const lot = await store.get(layer('land-lots'), id);
  if (!lot) throw refuse('NOT_FOUND', `Không có lô đất "${id}" / No lot "${id}"`, field);
  return redactFeatures(layer('land-lots'), [lot], audience)[0] as StoredFeature;
}

export async function getLot(store: FeatureStore, id: string, audience: Audience): Promise<LotSheet> {
  const lot = await lotOrThrow(store, id, 'id', audience);
  return sheet(store, lot, await loadTargets(store, audience), audience);
}

export async function compareLots(store: FeatureStore, ids: readonly string[], audience: Audience): Promise<LotSheet[]> {
  const lots: StoredFeature[] = [];
  for (const [index, id] of ids.entries()) lots.push(await lotOrThrow(store, id, `ids.${index}`, audience));
  const targets = await loadTargets(store, audience);
  return Promise.all(lots.map((lot) => sheet(store, lot, targets, audience)));
}

export async function lotFacets(store: FeatureStore, audience: Audience): Promise<LotFacets> {
  const lots = (await all(store, 'land-lots', audience)).map((lot) => ({ properties: lot.properties as LandLotProperties, bbox: geometryBBox(lot.geometry) }));
  const parks = new Map<string, ParkFacet>();
  const landUses = new Map<LandUseCode, number>();
  for (const { properties, bbox } of lots) {
    const park = findPark(properties.park);
    if (!park) continue;
    const facet =
      parks.get(park.id) ??
      ({
        id: properties.park,
        name: park.vi,
        nameEn: park.en,
        kind: park.kind,
        commune: park.commune,
        lotCount: 0,
        byStatus: Object.fromEntries(lotStatuses.map((s) => [s.code, 0])) as Record<LotStatus, number>,
        availableAreaHa: 0,
        bbox,
      } satisfies ParkFacet);
    facet.lotCount += 1;
    facet.byStatus[properties.status] += 1;
    if (properties.status === 'available') facet.availableAreaHa = round2(facet.availableAreaHa + properties.areaHa);
    facet.bbox = [Math.min(facet.bbox[0], bbox[0]), Math.min(facet.bbox[1], bbox[1]), Math.max(facet.bbox[2], bbox[2]), Math.max(facet.bbox[3], bbox[3])];
    parks.set(park.id, facet);
    landUses.set(properties.landUse, (landUses.get(properties.landUse) ?? 0) + 1);
  }
  const areas = lots.map((lot) => lot.properties.areaHa);
  return {
    parks: [...parks.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    landUses: [...landUses].map(([code, count]) => ({ code, count })).sort((a, b) => (landUseClass(a.code)?.vi ?? a.code).localeCompare(landUseClass(b.code)?.vi ?? b.code, 'vi')),
    areaHa: areas.length > 0 ? { min: Math.min(...areas), max: Math.max(...areas) } : null,
  };
}
