/**
 * Illustrative zones of two more revisions of the general plan, built from the current zones so that
 * "compare", the land-use balance and the impact list have something real to work on:
 *
 * - `dd-ls-general-local-2025`: a local adjustment MODELLED ON the 2025 local adjustment of the
 *   Central Axis subdivision plan (BRIEF.md): area 1 at Thụy Hùng, 1.00 ha of agricultural land →
 *   heritage/religious 0.72 ha, public green 0.07 ha, housing 0.21 ha; area 2 at Yên Trạch, 14.12 ha
 *   of which technical infrastructure 3.65 ha, new housing 0.54 ha, infrastructure 4.9 ha and
 *   security land 2.07 ha (the remaining 2.96 ha keep their use). The areas are rectangles drawn on
 *   the VN-2000 TM-3 plane, so their EPSG:9215 areas are those hectares (to rounding).
 * - `dd-ls-general-2045`: the draft comprehensive adjustment to 2045 (horizons 2035 and 2045): a few
 *   zones change use (one reduces production forest, one lands on an operating logistics yard),
 *   indicators rise (one above the QCVN limit), and one agricultural zone is split into two new ones.
 *
 * Every revision holds its full zone set (unchanged zones are copied with the revision's ids).
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { tm3ToWgs84, wgs84ToTm3 } from '../../shared/crs/vn2000.ts';
import { areaHectares } from '../../shared/geo/area-square-meters.ts';
import type { PlanningZoneProperties } from '../../shared/schemas/layer-properties.ts';
import { clipPolygon, subtractPolygons } from './clip-polygon.ts';
import { demoFeature, roundedWithArea, type DemoGeometry } from './demo-feature.ts';
import { zoneFunctions, type ZoneFunctionKey } from './planning-zone-functions.ts';
import { GENERAL_PLAN_ID } from './planning-zones.ts';
import { roundPolygonal } from './round-geometry.ts';

export const LOCAL_ADJUSTMENT_REVISION_ID = 'dd-ls-general-local-2025';
export const DRAFT_2045_REVISION_ID = 'dd-ls-general-2045';

export const LOCAL_ADJUSTMENT_SOURCE =
  'Minh họa (illustrative) — a demo local adjustment of the general plan modelled on the 2025 local adjustment of the Central Axis subdivision plan (BRIEF.md: Thụy Hùng ~1 ha, Yên Trạch 14.12 ha incl. 2.07 ha security land); not a real revision';
export const DRAFT_2045_SOURCE =
  'Minh họa (illustrative) — demo zones of the draft comprehensive adjustment to 2045 (task: Decision 1009/QĐ-TTg of 19 Sep 2024; the plan itself is not approved); not the real draft';

type Zone = Feature<DemoGeometry, PlanningZoneProperties>;

/** Smaller remnants are dropped: rounding slivers along a cut. */
const MIN_REMNANT_HECTARES = 0.01;

export interface AdjustmentAreaDraft {
  name: string;
  statedHectares: number;
  geometry: Polygon;
}

interface Piece {
  use: ZoneFunctionKey;
  hectares: number;
  /** Name of the new zone. */
  name: string;
}

interface AreaSpec {
  name: string;
  commune: string;
  /** Centre of the area, WGS84. */
  centre: Position;
  /** North–south extent in metres; strips run east–west across it. */
  heightMetres: number;
  totalHectares: number;
  /** New zones, west to east; the rest of the area (east end) keeps its current zones. */
  pieces: Piece[];
}

/** The two areas of the 2025 Central Axis adjustment, placed on illustrative zones of the right communes. */
const localAdjustmentAreas: AreaSpec[] = [
  {
    name: 'Khu vực 1 – Thụy Hùng (minh họa)',
    commune: 'Đồng Đăng',
    centre: [106.6905, 21.9398],
    heightMetres: 80,
    totalHectares: 1,
    pieces: [
      { use: 'heritage', hectares: 0.72, name: 'Đất di tích, tôn giáo – Thụy Hùng' },
      { use: 'publicGreen', hectares: 0.07, name: 'Đất cây xanh sử dụng công cộng – Thụy Hùng' },
      { use: 'housing', hectares: 0.21, name: 'Đất nhóm nhà ở mới – Thụy Hùng' },
    ],
  },
  {
    name: 'Khu vực 2 – Yên Trạch (minh họa)',
    commune: 'Đông Kinh',
    centre: [106.7655, 21.8478],
    heightMetres: 300,
    totalHectares: 14.12,
    pieces: [
      { use: 'utilities', hectares: 3.65, name: 'Đất hạ tầng kỹ thuật (từ đất công cộng, thương mại, dự trữ) – Yên Trạch' },
      { use: 'housing', hectares: 0.54, name: 'Đất nhóm nhà ở mới – Yên Trạch' },
      { use: 'utilities', hectares: 4.9, name: 'Đất hạ tầng kỹ thuật (từ đất nông nghiệp, rừng, nhà ở) – Yên Trạch' },
      { use: 'security', hectares: 2.07, name: 'Đất an ninh – Yên Trạch' },
    ],
  },
];

/** A rectangle on the TM-3 plane (metres), as a rounded WGS84 polygon. */
function planeRectangle(west: number, south: number, east: number, north: number): Polygon {
  const corners: [number, number][] = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  return roundPolygonal({ type: 'Polygon', coordinates: [corners.map((corner) => tm3ToWgs84(corner))] }) as Polygon;
}

function revisionZoneId(revisionKey: string, zoneCode: string): string {
  return `planning-zone-${revisionKey}-${zoneCode.toLowerCase()}`;
}

function nextCode(zones: readonly Zone[], prefix: string, taken: Map<string, number>): string {
  const highest =
    taken.get(prefix) ??
    Math.max(0, ...zones.map((z) => z.properties.zoneCode).filter((code) => code.startsWith(`${prefix}-`)).map((code) => Number(code.slice(prefix.length + 1))));
  taken.set(prefix, highest + 1);
  return `${prefix}-${String(highest + 1).padStart(2, '0')}`;
}

function polygonal(parts: Polygon[]): Polygon | MultiPolygon | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] as Polygon;
  return { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates) };
}

function withGeometry(zone: Zone, geometry: Polygon | MultiPolygon): Zone {
  const rounded = roundedWithArea(geometry);
  return { ...zone, geometry: rounded.geometry, properties: { ...zone.properties, areaHa: rounded.areaHa } };
}

function copyZone(zone: Zone, revisionKey: string, revisionId: string, source: string): Zone {
  return demoFeature(revisionZoneId(revisionKey, zone.properties.zoneCode), zone.geometry, { ...zone.properties, revisionId, source });
}

function newZone(revisionKey: string, revisionId: string, source: string, zoneCode: string, use: ZoneFunctionKey, name: string, commune: string, geometry: Polygon | MultiPolygon, horizonYear?: number): Zone {
  const fn = zoneFunctions[use];
  const rounded = roundedWithArea(geometry);
  return demoFeature(revisionZoneId(revisionKey, zoneCode), rounded.geometry, {
    zoneCode,
    name,
    landUse: fn.landUse,
    planId: GENERAL_PLAN_ID,
    revisionId,
    commune,
    areaHa: rounded.areaHa,
    ...('indicators' in fn ? fn.indicators : {}),
    ...(horizonYear ? { horizonYear } : {}),
    source,
    illustrative: true,
  });
}

/** The zoned share of a polygon: the pieces must lie on land the current plan zones. */
function zonedShare(polygon: Polygon, zones: readonly Zone[]): number {
  const covered = zones.reduce((sum, zone) => sum + clipPolygon(polygon, [zone.geometry as Polygon | MultiPolygon]).reduce((s, p) => s + areaHectares(p), 0), 0);
  return covered / areaHectares(polygon);
}

export interface LocalAdjustment {
  zones: Zone[];
  areas: AdjustmentAreaDraft[];
}

export function buildLocalAdjustmentZones(current: readonly Zone[]): LocalAdjustment {
  const key = 'dc-2025';
  const revisionId = LOCAL_ADJUSTMENT_REVISION_ID;
  const source = LOCAL_ADJUSTMENT_SOURCE;
  let zones = current.map((zone) => copyZone(zone, key, revisionId, source));
  const taken = new Map<string, number>();
  const added: Zone[] = [];
  const areas: AdjustmentAreaDraft[] = [];
  for (const spec of localAdjustmentAreas) {
    const [easting, northing] = wgs84ToTm3([spec.centre[0] as number, spec.centre[1] as number]);
    const width = (spec.totalHectares * 10_000) / spec.heightMetres;
    const south = northing - spec.heightMetres / 2;
    const north = northing + spec.heightMetres / 2;
    let west = easting - width / 2;
    const area = planeRectangle(west, south, west + width, north);
    if (zonedShare(area, current) < 0.995) throw new Error(`${spec.name}: the area must lie on zoned land`);
    areas.push({ name: spec.name, statedHectares: spec.totalHectares, geometry: area });
    const pieces = spec.pieces.map((piece) => {
      const stripWidth = (piece.hectares * 10_000) / spec.heightMetres;
      const geometry = planeRectangle(west, south, west + stripWidth, north);
      west += stripWidth;
      return { piece, geometry };
    });
    // Current zones lose what the new zones take; the rest of the area keeps its use.
    zones = zones.flatMap((zone) => {
      const remaining = subtractPolygons(zone.geometry as Polygon | MultiPolygon, pieces.map((p) => p.geometry)).filter((p) => areaHectares(p) >= MIN_REMNANT_HECTARES);
      const geometry = polygonal(remaining);
      if (!geometry) return [];
      return areaHectares(geometry) === zone.properties.areaHa ? [zone] : [withGeometry(zone, geometry)];
    });
    for (const { piece, geometry } of pieces) {
      const code = nextCode(current, zoneFunctions[piece.use].prefix, taken);
      added.push(newZone(key, revisionId, source, code, piece.use, piece.name, spec.commune, geometry));
    }
  }
  return { zones: [...zones, ...added], areas };
}

interface Recast {
  zoneCode: string;
  use?: ZoneFunctionKey;
  name?: string;
  indicators?: Partial<Pick<PlanningZoneProperties, 'coveragePercentMax' | 'floorAreaRatioMax' | 'floorsMin' | 'floorsMax'>>;
  horizonYear: number;
}

/** The zone holding most of a project's (polygon) footprint. */
function zoneUnder(zones: readonly Zone[], project: Feature): Zone {
  const footprint = project.geometry as Polygon;
  const overlaps = zones
    .map((zone) => ({ zone, hectares: clipPolygon(footprint, [zone.geometry as Polygon | MultiPolygon]).reduce((sum, p) => sum + areaHectares(p), 0) }))
    .sort((a, b) => b.hectares - a.hectares);
  const best = overlaps[0];
  if (!best || best.hectares === 0) throw new Error(`draft 2045: no zone under ${String(project.id)}`);
  return best.zone;
}

export function buildDraft2045Zones(current: readonly Zone[], projects: readonly Feature[]): Zone[] {
  const key = '2045';
  const revisionId = DRAFT_2045_REVISION_ID;
  const source = DRAFT_2045_SOURCE;
  const yard = projects.find((p) => p.id === 'project-huu-nghi-xuan-cuong-logistics-yard');
  if (!yard) throw new Error('draft 2045: the Hữu Nghị Xuân Cường logistics yard is missing');
  const yardZone = zoneUnder(current, yard);
  const recasts: Recast[] = [
    // Cốc Nam crossing grows: agricultural land becomes yards by the first horizon.
    { zoneCode: 'NN-03', use: 'logistics', name: 'Khu kho bãi, logistics – lối thông quan Cốc Nam', horizonYear: 2035 },
    // Production forest south of Đồng Đăng becomes industry: a protected class reduced.
    { zoneCode: 'RSX-01', use: 'industry', name: 'Đất sản xuất công nghiệp – phía Nam Đồng Đăng', horizonYear: 2045 },
    // Denser gate services at Hữu Nghị, within the QCVN limits.
    { zoneCode: 'DV-02', indicators: { coveragePercentMax: 70, floorAreaRatioMax: 4.2, floorsMax: 7 }, horizonYear: 2035 },
    // A mixed-use block raised above the QCVN land-use coefficient limit (7): the review must catch it.
    { zoneCode: 'HH-04', indicators: { coveragePercentMax: 50, floorAreaRatioMax: 7.5, floorsMin: 3, floorsMax: 15 }, horizonYear: 2045 },
    // A buffer green belt over the block of an operating logistics yard: a project conflict.
    { zoneCode: yardZone.properties.zoneCode, use: 'bufferGreen', name: 'Đất cây xanh cách ly – cửa khẩu Hữu Nghị', horizonYear: 2045 },
  ];
  const byCode = new Map(recasts.map((r) => [r.zoneCode, r]));
  const splitCode = 'NN-02';
  const taken = new Map<string, number>();
  const zones: Zone[] = [];
  for (const zone of current) {
    const code = zone.properties.zoneCode;
    if (code === splitCode) continue;
    const copy = copyZone(zone, key, revisionId, source);
    const recast = byCode.get(code);
    if (!recast) {
      zones.push(copy);
      continue;
    }
    const { coveragePercentMax: _c, floorAreaRatioMax: _f, floorsMin: _n, floorsMax: _x, ...base } = copy.properties;
    const fn = recast.use ? zoneFunctions[recast.use] : undefined;
    const keptIndicators = fn ? ('indicators' in fn ? fn.indicators : {}) : { coveragePercentMax: _c, floorAreaRatioMax: _f, floorsMin: _n, floorsMax: _x };
    const properties: PlanningZoneProperties = {
      ...base,
      ...(fn ? { landUse: fn.landUse, name: recast.name ?? fn.name } : {}),
      ...Object.fromEntries(Object.entries({ ...keptIndicators, ...recast.indicators }).filter(([, v]) => v !== undefined)),
      horizonYear: recast.horizonYear,
    };
    zones.push({ ...copy, properties });
  }
  // NN-02 (Tân Thanh) is split: housing on the west half by 2045, public green on the east half by 2035.
  const split = current.find((z) => z.properties.zoneCode === splitCode);
  if (!split) throw new Error(`draft 2045: no zone ${splitCode}`);
  const [west, south, east, north] = turf.bbox(split);
  const middle = ((west as number) + (east as number)) / 2;
  const half = (from: number, to: number) => polygonal(clipPolygon(split.geometry as Polygon | MultiPolygon, [turf.bboxPolygon([from, south as number, to, north as number]).geometry]));
  const westHalf = half(west as number, middle);
  const eastHalf = half(middle, east as number);
  if (!westHalf || !eastHalf) throw new Error(`draft 2045: ${splitCode} did not split`);
  zones.push(newZone(key, revisionId, source, nextCode(current, 'OM', taken), 'housing', 'Đất nhóm nhà ở mới – cửa khẩu Tân Thanh', split.properties.commune, westHalf, 2045));
  zones.push(newZone(key, revisionId, source, nextCode(current, 'CX', taken), 'publicGreen', 'Đất cây xanh sử dụng công cộng – cửa khẩu Tân Thanh', split.properties.commune, eastHalf, 2035));
  return zones;
}
