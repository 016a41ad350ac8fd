/**
 * Illustrative zones of the current general plan of the Đồng Đăng – Lạng Sơn border economic zone.
 * Not the approved plan (none was found; the 2045 adjustment is a draft): blocks are cut from a
 * seeded jittered grid (Voronoi), road reservations are taken out, and every block is clipped to
 * Vietnam and to one of the nine zone communes, so zones never overlap or cross the border.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlanningZoneProperties } from '../../shared/schemas/layer-properties.ts';
import { clipPolygon, subtractPolygons } from './clip-polygon.ts';
import { zoneCommuneRelations } from './communes.ts';
import { demoFeature, roundedWithArea, type DemoGeometry } from './demo-feature.ts';
import { zoneFunctions, type ZoneFunctionKey } from './planning-zone-functions.ts';
import { roadCorridors, zoneRegions, type ZoneCluster, type ZoneRegion } from './planning-zone-layout.ts';
import { communeByName, type ReferenceData } from './reference-data.ts';
import { seededRandom } from './seeded-random.ts';

export const GENERAL_PLAN_ID = 'dd-ls-general';
export const GENERAL_PLAN_REVISION_ID = 'dd-ls-general-current';
export const PLANNING_ZONE_SOURCE = 'Minh họa (illustrative) — not the approved plan; colours TT 16/2025/TT-BXD';

/** Blocks smaller than this after clipping are dropped (slivers against the border or a commune edge). */
const MIN_BLOCK_HECTARES = 5;
const MIN_ROAD_HECTARES = 0.3;
/** Seeds move up to this share of the block spacing from the grid (seeded, so repeatable). */
const JITTER = 0.6;

interface ZoneDraft {
  polygon: Polygon;
  commune: string;
  clusterOrder: number;
  place: string;
  representative: Position;
  use?: ZoneFunctionKey;
  roadName?: string;
}

function metresToDegrees(latitude: number, metres: number): { lon: number; lat: number } {
  return { lat: metres / 111_320, lon: metres / (111_320 * Math.cos((latitude * Math.PI) / 180)) };
}

function jitteredSeeds(region: ZoneRegion): Position[] {
  const random = seededRandom(region.seed);
  const [west, south, east, north] = region.bbox;
  const step = metresToDegrees((south + north) / 2, region.blockSpacingMetres);
  const columns = Math.ceil((east - west) / step.lon) + 2;
  const rows = Math.ceil((north - south) / step.lat) + 2;
  const seeds: Position[] = [];
  for (let row = -1; row <= rows; row++) {
    for (let column = -1; column <= columns; column++) {
      const lon = west + column * step.lon + (random() - 0.5) * JITTER * step.lon;
      const lat = south + row * step.lat + (random() - 0.5) * JITTER * step.lat;
      seeds.push([lon, lat]);
    }
  }
  return seeds;
}

function representativePoint(polygon: Polygon): Position {
  const centroid = turf.centroid(polygon).geometry.coordinates;
  return turf.booleanPointInPolygon(centroid, polygon) ? centroid : turf.pointOnFeature(polygon).geometry.coordinates;
}

const zoneCommuneLandCache = new WeakMap<ReferenceData, { name: string; land: Feature<Polygon | MultiPolygon>; bbox: number[] }[]>();

/** The nine zone communes, each already cut to Vietnam's land (computed once: the land clip is large). */
function zoneCommuneLand(reference: ReferenceData): { name: string; land: Feature<Polygon | MultiPolygon>; bbox: number[] }[] {
  const cached = zoneCommuneLandCache.get(reference);
  if (cached) return cached;
  const computed = Object.keys(zoneCommuneRelations).map((name) => {
    const commune = communeByName(reference, name);
    const land = turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([commune, reference.vietnamLand]));
    if (!land) throw new Error(`planning zones: commune ${name} has no land`);
    return { name, land, bbox: turf.bbox(land) };
  });
  zoneCommuneLandCache.set(reference, computed);
  return computed;
}

/** Each polygon part inside Vietnam and one zone commune, at least `minHectares` large. */
function clipToZoneCommunes(reference: ReferenceData, shape: Polygon | MultiPolygon, minHectares: number): { polygon: Polygon; commune: string }[] {
  const box = turf.bbox(shape);
  return zoneCommuneLand(reference)
    .filter(({ bbox: [w, s, e, n] }) => (w as number) <= box[2] && box[0] <= (e as number) && (s as number) <= box[3] && box[1] <= (n as number))
    .flatMap(({ name, land }) =>
      clipPolygon(shape, [land])
        .filter((polygon) => turf.area(polygon) / 10_000 >= minHectares)
        .map((polygon) => ({ polygon, commune: name })),
    );
}

function corridorPolygons(reference: ReferenceData): { name: string; polygon: Polygon | MultiPolygon }[] {
  const taken: (Polygon | MultiPolygon)[] = [];
  return roadCorridors(reference).flatMap((road) => {
    const buffered = turf.buffer(turf.lineString(road.line), road.halfWidthMetres, { units: 'meters', steps: 4 });
    if (!buffered) throw new Error(`road ${road.key}: buffer failed`);
    const parts = subtractPolygons(buffered.geometry, taken);
    taken.push(buffered.geometry);
    return parts.map((polygon) => ({ name: road.name, polygon }));
  });
}

function clusterOf(region: ZoneRegion, seed: Position): ZoneCluster | undefined {
  return region.clusters.find((cluster) => turf.distance(seed, cluster.centre, { units: 'meters' }) <= cluster.radiusMetres);
}

function blockDrafts(reference: ReferenceData, corridors: readonly (Polygon | MultiPolygon)[]): ZoneDraft[] {
  const drafts: ZoneDraft[] = [];
  let clusterOrder = 0;
  const orderOf = new Map<string, number>();
  for (const region of zoneRegions) {
    for (const cluster of region.clusters) orderOf.set(cluster.key, clusterOrder++);
    const seeds = jitteredSeeds(region);
    const [west, south, east, north] = region.bbox;
    const margin = metresToDegrees((south + north) / 2, region.blockSpacingMetres * 3);
    const cells = turf.voronoi(turf.featureCollection(seeds.map((seed) => turf.point(seed))), {
      bbox: [west - margin.lon, south - margin.lat, east + margin.lon, north + margin.lat],
    });
    const regionBox = turf.bboxPolygon(region.bbox).geometry;
    seeds.forEach((seed, index) => {
      const cluster = clusterOf(region, seed);
      const cell = cells.features[index];
      if (!cluster || !cell?.geometry) return;
      for (const inRegion of clipPolygon(cell.geometry, [regionBox])) {
        for (const withoutRoads of subtractPolygons(inRegion, corridors)) {
          for (const { polygon, commune } of clipToZoneCommunes(reference, withoutRoads, MIN_BLOCK_HECTARES)) {
            drafts.push({ polygon, commune, clusterOrder: orderOf.get(cluster.key) as number, place: cluster.place, representative: representativePoint(polygon) });
          }
        }
      }
    });
  }
  return drafts;
}

/** Single anchors claim the block they fall in (or the nearest free one); every other block takes its nearest area anchor. */
function assignFunctions(drafts: ZoneDraft[]): void {
  zoneRegions.flatMap((region) => region.clusters).forEach((cluster) => {
    const inCluster = drafts.filter((draft) => draft.place === cluster.place);
    for (const anchor of cluster.anchors.filter((a) => a.single)) {
      const free = inCluster.filter((draft) => !draft.use);
      const block =
        free.find((draft) => turf.booleanPointInPolygon(anchor.at, draft.polygon)) ??
        [...free].sort((a, b) => turf.distance(anchor.at, a.representative) - turf.distance(anchor.at, b.representative))[0];
      if (!block) throw new Error(`planning zones: no free block left in ${cluster.key} for ${anchor.use}`);
      block.use = anchor.use;
    }
    const areaAnchors = cluster.anchors.filter((a) => !a.single);
    for (const draft of inCluster.filter((d) => !d.use)) {
      const nearest = [...areaAnchors].sort((a, b) => turf.distance(draft.representative, a.at) - turf.distance(draft.representative, b.at))[0];
      if (!nearest) throw new Error(`planning zones: cluster ${cluster.key} has no area anchor`);
      draft.use = nearest.use;
    }
  });
}

function roadDrafts(reference: ReferenceData, corridors: { name: string; polygon: Polygon | MultiPolygon }[]): ZoneDraft[] {
  const clusters = zoneRegions.flatMap((region) => region.clusters);
  return corridors.flatMap((corridor) =>
    clipToZoneCommunes(reference, corridor.polygon, MIN_ROAD_HECTARES).map(({ polygon, commune }) => {
      const representative = representativePoint(polygon);
      const nearest = clusters.reduce((best, cluster, index) =>
        turf.distance(representative, cluster.centre) < turf.distance(representative, (clusters[best] as ZoneCluster).centre) ? index : best, 0);
      return { polygon, commune, clusterOrder: nearest, place: (clusters[nearest] as ZoneCluster).place, representative, use: 'roads' as const, roadName: corridor.name };
    }),
  );
}

function zoneFeature(draft: ZoneDraft, zoneCode: string): Feature<DemoGeometry, PlanningZoneProperties> {
  const use = zoneFunctions[draft.use as ZoneFunctionKey];
  const { geometry, areaHa } = roundedWithArea(draft.polygon);
  const indicators = 'indicators' in use ? use.indicators : undefined;
  return demoFeature(`planning-zone-${zoneCode.toLowerCase()}`, geometry, {
    zoneCode,
    name: draft.roadName ?? `${use.name} – ${draft.place}`,
    landUse: use.landUse,
    planId: GENERAL_PLAN_ID,
    revisionId: GENERAL_PLAN_REVISION_ID,
    commune: draft.commune,
    areaHa,
    ...(indicators ?? {}),
    source: PLANNING_ZONE_SOURCE,
    illustrative: true,
  });
}

export function buildPlanningZones(reference: ReferenceData): Feature<DemoGeometry, PlanningZoneProperties>[] {
  const corridors = corridorPolygons(reference);
  const blocks = blockDrafts(reference, corridors.map((c) => c.polygon));
  assignFunctions(blocks);
  const drafts = [...blocks, ...roadDrafts(reference, corridors)];
  drafts.sort(
    (a, b) =>
      a.clusterOrder - b.clusterOrder ||
      (b.representative[1] as number) - (a.representative[1] as number) ||
      (a.representative[0] as number) - (b.representative[0] as number),
  );
  const counters = new Map<string, number>();
  return drafts.map((draft) => {
    const prefix = zoneFunctions[draft.use as ZoneFunctionKey].prefix;
    const number = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, number);
    return zoneFeature(draft, `${prefix}-${String(number).padStart(2, '0')}`);
  });
}
