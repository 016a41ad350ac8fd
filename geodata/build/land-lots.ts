/**
 * Illustrative land lots for the investor portal (issue 5): lots in the parks and zones BRIEF.md
 * names (shared/domain/land-lots.ts), laid out as rectangles near a hand-placed anchor per park and
 * moved, deterministically, to the nearest spot where the whole lot lies in Vietnam and in the
 * park's commune (and inside the park's drawn outline where there is one), clear of the project
 * footprints, roads, cargo lanes, restricted (security/defence) zones and the other lots.
 *
 * Nothing here is an official lot register: codes, sizes, statuses, indicators, readiness and lease
 * terms are assumptions for the demo, said so in `source`. Areas are measured on VN-2000 TM-3
 * (EPSG:9215) after rounding. Clearance: the lot's own `clearance` is a baseline; where a
 * clearance boundary covers a lot, the server reports the boundary's stage instead (at query time).
 */
import * as turf from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { landUseClass, type LandUseCode } from '../../shared/domain/land-use.ts';
import { BOARD_CONTACT, findPark, type LotClearanceState, type LotStatus, type ParkId, type ReadinessLevel } from '../../shared/domain/land-lots.ts';
import { areaSquareMeters } from '../../shared/geo/area-square-meters.ts';
import type { LandLotProperties } from '../../shared/schemas/layer-properties.ts';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';
import { findPositionNear, type PositionRule } from './find-point-inside.ts';
import { offsetPosition } from './offset-position.ts';
import { insidePolygon } from './placement-rules.ts';
import { rectangleAround } from './rectangle-around.ts';
import { communeByName, type ReferenceData } from './reference-data.ts';
import { roundPolygonal } from './round-geometry.ts';

type Polygonal = Polygon | MultiPolygon;
type Readiness = readonly [road: ReadinessLevel, power: ReadinessLevel, water: ReadinessLevel, drainage: ReadinessLevel, telecom: ReadinessLevel];

interface LotSpec {
  code: string;
  landUse: LandUseCode;
  /** Metres east and north of the park anchor where the search for a spot starts. */
  at: readonly [east: number, north: number];
  size: readonly [width: number, height: number];
  status: LotStatus;
  readiness?: Readiness;
  clearance?: LotClearanceState;
  /** The lot must overlap this clearance boundary (a strip of it is being cleared for the works). */
  overlapsClearance?: string;
  note?: string;
}

interface ParkLayout {
  park: ParkId;
  anchor: Position;
  /** Metres the lots keep from the border line. */
  minFromBorder: number;
  rotation: number;
  readiness: Readiness;
  clearance: LotClearanceState;
  plan: string;
  leaseTermYears: number;
  /** The park's drawn outline (a project footprint) the lots must lie inside. */
  within?: Polygonal;
  lots: readonly LotSpec[];
}

const ZONE_GENERAL_PLAN =
  'Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn (Khu KTCK thành lập theo Quyết định 138/2008/QĐ-TTg; điều chỉnh tổng thể đến năm 2045 đang lập, nhiệm vụ phê duyệt tại Quyết định 1009/QĐ-TTg ngày 19/9/2024)';
const TAN_THANH_DETAILED_PLAN = 'Quy hoạch chi tiết xây dựng cửa khẩu Tân Thanh, tỷ lệ 1/500 (đang điều chỉnh cục bộ, thông báo 8/2024)';

const LOTS_SOURCE =
  'Minh họa (illustrative): vị trí, ranh giới, mã lô, diện tích, tình trạng, chỉ tiêu quy hoạch, mức sẵn sàng hạ tầng và thời hạn thuê là giả định cho bản demo, không phải danh mục lô đất chính thức. Tên khu, quy mô khu và tình trạng dự án theo BRIEF.md, REFERENCE.md §5.1 và các thông báo trong ../shared/domain/seeds; diện tích tính trên mặt phẳng VN-2000 TM-3 107°15′ (EPSG:9215).';

const ready: Readiness = ['ready', 'ready', 'ready', 'ready', 'ready'];

export function parkLayouts(inputs: { dongBanhPark: Polygonal; cooperationZone: Polygonal; gates: ReadonlyMap<string, Position> }): readonly ParkLayout[] {
  const tanThanh = required(inputs.gates, 'gate-tan-thanh');
  const chiMa = required(inputs.gates, 'gate-chi-ma');
  return [
    {
      park: 'kcn-hong-phong',
      // KCN Hồng Phong has no position in the sources: an illustrative spot in the south of xã Đồng Đăng (former xã Hồng Phong).
      anchor: [106.735, 21.916],
      minFromBorder: 500,
      rotation: 10,
      readiness: ['ready', 'ready', 'partial', 'partial', 'ready'],
      clearance: 'cleared',
      plan: ZONE_GENERAL_PLAN,
      leaseTermYears: 50,
      lots: [
        { code: 'HP-CN-01', landUse: 'DAT_SX_Congnghiep', at: [-450, 250], size: [200, 150], status: 'available' },
        { code: 'HP-CN-02', landUse: 'DAT_SX_Congnghiep', at: [-200, 250], size: [200, 125], status: 'available' },
        { code: 'HP-CN-03', landUse: 'DAT_SX_Congnghiep', at: [80, 250], size: [250, 180], status: 'leased' },
        { code: 'HP-CN-04', landUse: 'DAT_SX_Congnghiep', at: [380, 250], size: [200, 115], status: 'reserved' },
        { code: 'HP-CN-05', landUse: 'DAT_SX_Congnghiep', at: [-450, -20], size: [150, 100], status: 'available', readiness: ['ready', 'ready', 'ready', 'ready', 'ready'] },
        { code: 'HP-CN-06', landUse: 'DAT_SX_Congnghiep', at: [-150, -40], size: [300, 170], status: 'available', clearance: 'in-progress' },
        { code: 'HP-CN-07', landUse: 'DAT_SX_Congnghiep', at: [220, -40], size: [200, 150], status: 'leased' },
        { code: 'HP-CN-08', landUse: 'DAT_SX_Congnghiep', at: [0, -280], size: [200, 140], status: 'available', readiness: ['ready', 'partial', 'planned', 'planned', 'partial'] },
      ],
    },
    {
      park: 'logistics-huu-nghi',
      anchor: [106.7205, 21.9595],
      minFromBorder: 150,
      rotation: 35,
      readiness: ready,
      clearance: 'cleared',
      plan: ZONE_GENERAL_PLAN,
      leaseTermYears: 50,
      lots: [
        { code: 'HN-KB-01', landUse: 'DAT_SX_Congnghiep', at: [150, -300], size: [200, 120], status: 'available' },
        { code: 'HN-KB-02', landUse: 'DAT_SX_Congnghiep', at: [-200, -250], size: [150, 120], status: 'leased' },
        { code: 'HN-KB-03', landUse: 'DAT_SX_Congnghiep', at: [300, 0], size: [120, 100], status: 'available' },
        { code: 'HN-KB-04', landUse: 'DAT_SX_Congnghiep', at: [-150, -600], size: [175, 120], status: 'reserved' },
        {
          code: 'HN-KB-05',
          landUse: 'DAT_SX_Congnghiep',
          at: [0, 0],
          size: [160, 100],
          status: 'available',
          overlapsClearance: 'clearance-cargo-road-1119-1120',
          note: 'Một dải đất dọc đường chuyên dụng 1119–1120 nằm trong ranh giới GPMB mở rộng đường (minh họa).',
        },
        { code: 'HN-BX-01', landUse: 'DAT_HTKT_Baidoxe', at: [450, -450], size: [125, 80], status: 'available' },
      ],
    },
    {
      park: 'logistics-tan-thanh',
      anchor: offsetPosition(tanThanh, -200, -1300),
      minFromBorder: 150,
      rotation: -15,
      readiness: ['ready', 'ready', 'partial', 'partial', 'ready'],
      clearance: 'cleared',
      plan: TAN_THANH_DETAILED_PLAN,
      leaseTermYears: 50,
      lots: [
        { code: 'TT-KB-01', landUse: 'DAT_SX_Congnghiep', at: [0, 0], size: [200, 110], status: 'available' },
        { code: 'TT-KB-02', landUse: 'DAT_SX_Congnghiep', at: [250, 0], size: [150, 100], status: 'leased' },
        {
          code: 'TT-KB-03',
          landUse: 'DAT_SX_Congnghiep',
          at: [0, 0],
          size: [120, 85],
          status: 'available',
          overlapsClearance: 'clearance-cargo-road-1088-2-1089',
          note: 'Một dải đất dọc đường chuyên dụng 1088/2–1089 nằm trong ranh giới GPMB mở rộng đường (minh họa).',
        },
        { code: 'TT-KB-04', landUse: 'DAT_SX_Congnghiep', at: [0, -250], size: [160, 100], status: 'reserved' },
        { code: 'TT-KB-05', landUse: 'DAT_SX_Congnghiep', at: [250, -250], size: [200, 130], status: 'available', readiness: ['ready', 'partial', 'partial', 'planned', 'ready'] },
      ],
    },
    {
      park: 'hop-tac-tan-thanh-po-chai',
      anchor: offsetPosition(tanThanh, -250, -250),
      minFromBorder: 80,
      rotation: 0,
      readiness: ['ready', 'partial', 'partial', 'planned', 'ready'],
      clearance: 'in-progress',
      plan: TAN_THANH_DETAILED_PLAN,
      leaseTermYears: 50,
      within: inputs.cooperationZone,
      lots: [
        { code: 'PC-TM-01', landUse: 'DAT_Dichvu', at: [0, 0], size: [100, 80], status: 'available' },
        { code: 'PC-TM-02', landUse: 'DAT_Dichvu', at: [130, 0], size: [90, 70], status: 'reserved' },
        { code: 'PC-TM-03', landUse: 'DAT_Dichvu', at: [0, -120], size: [110, 80], status: 'available' },
        { code: 'PC-TM-04', landUse: 'DAT_Dichvu', at: [140, -130], size: [80, 70], status: 'leased' },
        { code: 'PC-DL-01', landUse: 'DAT_Dulich', at: [-150, -100], size: [120, 100], status: 'available' },
        { code: 'PC-BX-01', landUse: 'DAT_HTKT_Baidoxe', at: [-120, 80], size: [90, 60], status: 'available' },
      ],
    },
    {
      park: 'cua-khau-chi-ma',
      anchor: offsetPosition(chiMa, -300, -330),
      minFromBorder: 150,
      rotation: 0,
      readiness: ['ready', 'ready', 'partial', 'partial', 'partial'],
      clearance: 'cleared',
      plan: 'Quy hoạch chung xây dựng khu vực cửa khẩu Chi Ma, tỉnh Lạng Sơn đến năm 2045 (đang hoàn thiện hồ sơ theo ý kiến Hội đồng thẩm định, 6/2026)',
      leaseTermYears: 50,
      lots: [
        { code: 'CC1', landUse: 'DAT_Dichvu', at: [-400, 0], size: [100, 80], status: 'leased' },
        { code: 'CC2', landUse: 'DAT_Dichvu', at: [-270, 0], size: [100, 80], status: 'available' },
        { code: 'CC3', landUse: 'DAT_Dichvu', at: [-400, -120], size: [100, 70], status: 'available' },
        { code: 'CC4', landUse: 'DAT_Dichvu', at: [-270, -120], size: [90, 70], status: 'reserved' },
        { code: 'CC5', landUse: 'DAT_Dichvu', at: [250, 0], size: [110, 80], status: 'available' },
        { code: 'CC6', landUse: 'DAT_Dichvu', at: [250, -130], size: [100, 80], status: 'leased' },
        { code: 'CC8', landUse: 'DAT_Dichvu', at: [0, -180], size: [100, 70], status: 'available', readiness: ['ready', 'partial', 'planned', 'planned', 'partial'] },
      ],
    },
    {
      park: 'kcn-dong-banh',
      anchor: [106.488, 21.537],
      minFromBorder: 0,
      rotation: 40,
      // The park road (phase 1) exists; the park's infrastructure project is still being proposed (6/2026).
      readiness: ['partial', 'planned', 'planned', 'planned', 'planned'],
      clearance: 'not-started',
      plan: 'Quy hoạch phân khu xây dựng Khu công nghiệp Hòa Lạc, tỷ lệ 1/2000 (đang trình thẩm định, chương trình công tác 6/2026)',
      leaseTermYears: 50,
      within: inputs.dongBanhPark,
      lots: [
        { code: 'DB-CN-01', landUse: 'DAT_SX_Congnghiep', at: [-300, -200], size: [220, 150], status: 'available', clearance: 'cleared', readiness: ['ready', 'partial', 'planned', 'planned', 'partial'] },
        { code: 'DB-CN-02', landUse: 'DAT_SX_Congnghiep', at: [50, -150], size: [220, 150], status: 'available', clearance: 'cleared', readiness: ['ready', 'partial', 'planned', 'planned', 'partial'] },
        { code: 'DB-CN-03', landUse: 'DAT_SX_Congnghiep', at: [400, 0], size: [250, 160], status: 'reserved' },
        { code: 'DB-CN-04', landUse: 'DAT_SX_Congnghiep', at: [-450, 150], size: [200, 150], status: 'available' },
        { code: 'DB-CN-05', landUse: 'DAT_SX_Congnghiep', at: [-100, 250], size: [300, 200], status: 'available' },
        { code: 'DB-CN-06', landUse: 'DAT_SX_Congnghiep', at: [300, 300], size: [200, 150], status: 'available' },
        { code: 'DB-VL-01', landUse: 'DAT_SX_Vatlieu', at: [0, -400], size: [200, 120], status: 'available' },
        { code: 'DB-CN-07', landUse: 'DAT_SX_Congnghiep', at: [600, -250], size: [180, 120], status: 'reserved' },
      ],
    },
    {
      park: 'kcn-vsip-lang-son',
      // REFERENCE.md §5.1: ≈21.48 N, 106.36 E (±3 km); the lots keep to xã Hữu Lũng.
      anchor: [106.372, 21.49],
      minFromBorder: 0,
      rotation: -20,
      readiness: ['ready', 'ready', 'ready', 'partial', 'ready'],
      clearance: 'cleared',
      plan: 'Quy hoạch phân khu Khu công nghiệp – đô thị – dịch vụ Hữu Lũng, tỷ lệ 1/2000 (đang lựa chọn nhà thầu tư vấn lập, chương trình công tác 6/2026)',
      leaseTermYears: 50,
      lots: [
        { code: 'VS-CN-01', landUse: 'DAT_SX_Congnghiep', at: [-500, 300], size: [300, 200], status: 'leased' },
        { code: 'VS-CN-02', landUse: 'DAT_SX_Congnghiep', at: [-100, 300], size: [300, 200], status: 'available' },
        { code: 'VS-CN-03', landUse: 'DAT_SX_Congnghiep', at: [300, 300], size: [250, 200], status: 'reserved' },
        { code: 'VS-CN-04', landUse: 'DAT_SX_Congnghiep', at: [-500, -50], size: [250, 160], status: 'available' },
        { code: 'VS-CN-05', landUse: 'DAT_SX_Congnghiep', at: [-120, -50], size: [350, 220], status: 'available' },
        { code: 'VS-CN-06', landUse: 'DAT_SX_Congnghiep', at: [300, -50], size: [200, 160], status: 'leased' },
        { code: 'VS-KB-01', landUse: 'DAT_SX_Congnghiep', at: [-300, -400], size: [200, 150], status: 'available' },
        { code: 'VS-DV-01', landUse: 'DAT_Dichvu', at: [150, -380], size: [120, 90], status: 'available' },
      ],
    },
  ];
}

/** lot-hp-cn-01; the Chi Ma lots keep the gate in their id (lot-chi-ma-cc7): CC7 is the code the notices use. */
function lotId(park: ParkId, code: string): string {
  return park === 'cua-khau-chi-ma' ? `lot-chi-ma-${code.toLowerCase()}` : `lot-${code.toLowerCase()}`;
}

function required<T>(map: ReadonlyMap<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`land lots: ${key} missing`);
  return value;
}

/** Building limits per land use, inside the QCVN 01:2021 limits of shared/domain/land-use.ts and consistent (FAR ≤ coverage × floors). */
const indicators: Partial<Record<LandUseCode, { coverage: number; floors: number; far: number; setback: number }>> = {
  DAT_SX_Congnghiep: { coverage: 60, floors: 3, far: 1.8, setback: 6 },
  DAT_SX_Vatlieu: { coverage: 50, floors: 2, far: 1, setback: 10 },
  DAT_Dichvu: { coverage: 60, floors: 5, far: 3, setback: 6 },
  DAT_Dulich: { coverage: 25, floors: 3, far: 0.75, setback: 10 },
  DAT_HTKT_Baidoxe: { coverage: 5, floors: 1, far: 0.05, setback: 3 },
};

interface Obstacles {
  /** Shapes no lot may touch: project footprints, buffered roads and lanes, restricted zones. */
  avoid: Feature<Polygonal>[];
  clearance: ReadonlyMap<string, Feature<Polygonal>>;
}

function rectangleRule(size: readonly [number, number], rotation: number, test: (rectangle: Feature<Polygon>) => boolean): PositionRule {
  return (centre) => test(turf.feature(rectangleAround(centre, size[0], size[1], rotation)));
}

function cornersPass(size: readonly [number, number], rotation: number, rules: readonly PositionRule[]): PositionRule {
  return (centre) => {
    const ring = rectangleAround(centre, size[0], size[1], rotation).coordinates[0] as Position[];
    return [centre, ...ring.slice(0, 4)].every((corner) => rules.every((rule) => rule(corner)));
  };
}

function touchesAny(rectangle: Feature<Polygon>, shapes: readonly Feature<Polygonal>[]): boolean {
  const box = turf.bbox(rectangle);
  return shapes.some((shape) => {
    const other = shape.bbox ?? turf.bbox(shape);
    if (other[0] > box[2] || other[2] < box[0] || other[1] > box[3] || other[3] < box[1]) return false;
    return turf.booleanIntersects(rectangle, shape);
  });
}

function withBBox<T extends Feature<Polygonal>>(feature: T): T {
  return { ...feature, bbox: turf.bbox(feature) };
}

/** Every line and footprint lots keep clear of, buffered by `metres` (lines) — computed once. */
function obstacles(
  inputs: { projects: readonly Feature<Geometry>[]; lanes: readonly Feature<Geometry>[]; zones: readonly Feature<Geometry, { landUse?: string }>[]; clearance: readonly Feature<Geometry>[]; resettlement: readonly Feature<Geometry>[] },
  ownProjects: ReadonlySet<string>,
): Obstacles {
  const avoid: Feature<Polygonal>[] = [];
  const lineBuffer = (geometry: Geometry, metres: number) => {
    const buffered = turf.buffer(turf.feature(geometry), metres, { units: 'meters', steps: 4 });
    if (buffered) avoid.push(withBBox(buffered as Feature<Polygonal>));
  };
  for (const project of inputs.projects) {
    if (ownProjects.has(String(project.id))) continue;
    if (project.geometry.type === 'Polygon' || project.geometry.type === 'MultiPolygon') avoid.push(withBBox(turf.feature(project.geometry)));
    else lineBuffer(project.geometry, 20);
  }
  for (const lane of inputs.lanes) lineBuffer(lane.geometry, 12);
  for (const zone of inputs.zones) {
    if (landUseClass(String(zone.properties.landUse))?.restricted && (zone.geometry.type === 'Polygon' || zone.geometry.type === 'MultiPolygon')) {
      avoid.push(withBBox(turf.feature(zone.geometry)));
    }
  }
  for (const area of inputs.resettlement) avoid.push(withBBox(turf.feature(area.geometry as Polygonal)));
  return { avoid, clearance: new Map(inputs.clearance.map((c) => [String(c.id), withBBox(turf.feature(c.geometry as Polygonal))])) };
}

/** The part of an area inside a box, without the empty rings bboxClip leaves. */
function clipToBox(area: Feature<Polygonal>, box: [number, number, number, number]): Feature<MultiPolygon> {
  const clipped = turf.bboxClip(area, box).geometry as Polygonal;
  const polygons = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  return turf.feature({ type: 'MultiPolygon', coordinates: polygons });
}

/**
 * "In Vietnam, far enough from the border, inside the commune (and the park outline)" tested
 * against shapes cut to a box around the park: the full land polygon and border line are too big
 * to test tens of thousands of candidate corners against.
 */
function localPointRules(reference: ReferenceData, layout: ParkLayout, communeName: string): PositionRule[] {
  const [west, south] = offsetPosition(layout.anchor, -5000, -5000) as [number, number];
  const [east, north] = offsetPosition(layout.anchor, 5000, 5000) as [number, number];
  const box: [number, number, number, number] = [west, south, east, north];
  const land = clipToBox(reference.vietnamLand, box);
  const commune = clipToBox(communeByName(reference, communeName), box);
  const border = reference.borderLines
    .flatMap((line) => turf.flatten(turf.bboxClip(line, box) as Feature<LineString | MultiLineString>).features)
    .filter((line) => line.geometry.coordinates.length >= 2);
  const rules: PositionRule[] = [
    (position) => turf.booleanPointInPolygon(position, land),
    (position) => border.every((line) => turf.pointToLineDistance(position, line, { units: 'meters' }) >= layout.minFromBorder),
    insidePolygon(commune, 15),
  ];
  if (layout.within) rules.push(insidePolygon(turf.feature(layout.within), 10));
  return rules;
}

export interface LandLotInputs {
  projects: readonly Feature<Geometry>[];
  lanes: readonly Feature<Geometry>[];
  gates: readonly Feature<Geometry>[];
  zones: readonly Feature<Geometry, { landUse?: string }>[];
  clearance: readonly Feature<Geometry>[];
  resettlement: readonly Feature<Geometry>[];
}

function projectGeometry(projects: readonly Feature<Geometry>[], id: string): Geometry {
  const project = projects.find((p) => p.id === id);
  if (!project) throw new Error(`land lots: project ${id} missing`);
  return project.geometry;
}

function lotProperties(layout: ParkLayout, spec: LotSpec, geometry: Polygonal, extra: Partial<LandLotProperties> = {}): LandLotProperties {
  const park = findPark(layout.park);
  const limits = indicators[spec.landUse];
  if (!park || !limits) throw new Error(`land lots: ${spec.code} has no park or indicators`);
  const areaM2 = Math.round(areaSquareMeters(geometry));
  const [road, power, water, drainage, telecom] = spec.readiness ?? layout.readiness;
  return {
    code: spec.code,
    name: `Lô ${spec.code} – ${park.vi}`,
    park: layout.park,
    parkName: park.vi,
    commune: park.commune,
    landUse: spec.landUse,
    areaM2,
    areaHa: Math.round(areaM2 / 100) / 100,
    status: spec.status,
    coveragePercentMax: limits.coverage,
    floorAreaRatioMax: limits.far,
    floorsMax: limits.floors,
    setbackMetres: limits.setback,
    readinessRoad: road,
    readinessPower: power,
    readinessWater: water,
    readinessDrainage: drainage,
    readinessTelecom: telecom,
    leaseTermYears: layout.leaseTermYears,
    clearance: spec.clearance ?? layout.clearance,
    plan: layout.plan,
    planDecision: null,
    contact: BOARD_CONTACT,
    ...(spec.note ? { note: spec.note } : {}),
    source: LOTS_SOURCE,
    illustrative: true,
    ...extra,
  };
}

export function buildLandLots(reference: ReferenceData, inputs: LandLotInputs): Feature<DemoGeometry, LandLotProperties>[] {
  const gatePoints = new Map(inputs.gates.flatMap((gate) => (gate.geometry.type === 'Point' ? [[String(gate.id), gate.geometry.coordinates] as const] : [])));
  const dongBanhPark = projectGeometry(inputs.projects, 'project-dong-banh-ip-infrastructure') as Polygonal;
  const cooperationZone = projectGeometry(inputs.projects, 'project-tan-thanh-po-chai-cooperation-zone') as Polygonal;
  const cc7Geometry = projectGeometry(inputs.projects, 'project-chi-ma-cc7-commercial-building') as Polygon;
  // Lots may lie inside their own park's drawn footprint, not inside other projects'.
  const own = new Set(['project-dong-banh-ip-infrastructure', 'project-tan-thanh-po-chai-cooperation-zone']);
  const { avoid, clearance } = obstacles(inputs, own);
  const placed: Feature<Polygon>[] = [withBBox(turf.feature(cc7Geometry))];
  const lots: Feature<DemoGeometry, LandLotProperties>[] = [];

  for (const layout of parkLayouts({ dongBanhPark, cooperationZone, gates: gatePoints })) {
    const park = findPark(layout.park);
    if (!park) throw new Error(`land lots: unknown park ${layout.park}`);
    const pointRules = localPointRules(reference, layout, park.commune);
    for (const spec of layout.lots) {
      const target = spec.overlapsClearance ? clearance.get(spec.overlapsClearance) : undefined;
      if (spec.overlapsClearance && !target) throw new Error(`land lots: ${spec.code}: no clearance boundary ${spec.overlapsClearance}`);
      // 30 m between lots: internal roads.
      const spaced: readonly [number, number] = [spec.size[0] + 30, spec.size[1] + 30];
      // Cheapest first: most candidates fail on the clearance strip, the other lots or the obstacles.
      const rules: PositionRule[] = [
        ...(target ? [rectangleRule(spec.size, layout.rotation, (rectangle) => touchesAny(rectangle, [target]))] : []),
        rectangleRule(spaced, layout.rotation, (rectangle) => !touchesAny(rectangle, placed)),
        rectangleRule(spec.size, layout.rotation, (rectangle) => !touchesAny(rectangle, avoid)),
        cornersPass(spec.size, layout.rotation, pointRules),
      ];
      // A lot that must reach into a clearance strip starts its search on the strip.
      const start = target ? turf.pointOnFeature(target).geometry.coordinates : offsetPosition(layout.anchor, spec.at[0], spec.at[1]);
      const centre = findPositionNear(start, rules, { stepMetres: 20, maxRadiusMetres: 2500 });
      const geometry = roundPolygonal(rectangleAround(centre, spec.size[0], spec.size[1], layout.rotation));
      placed.push(withBBox(turf.feature(geometry as Polygon)));
      lots.push(demoFeature(lotId(layout.park, spec.code), geometry, lotProperties(layout, spec, geometry)));
    }
    if (layout.park === 'cua-khau-chi-ma') {
      const cc7 = roundPolygonal(cc7Geometry);
      const spec: LotSpec = { code: 'CC7', landUse: 'DAT_Dichvu', at: [0, 0], size: [0, 0], status: 'leased' };
      lots.push(
        demoFeature(lotId(layout.park, 'CC7'), cc7, lotProperties(layout, spec, cc7, {
          projectId: 'project-chi-ma-cc7-commercial-building',
          note: 'Dự án Công trình dịch vụ thương mại tại lô CC7 đã ngừng; tháng 6/2026 Ban Quản lý kiểm tra, đánh giá các điều kiện khắc phục ngừng dự án. Lô chưa được giao lại cho nhà đầu tư khác.',
        })),
      );
    }
  }
  lots.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return lots;
}

export const LAND_LOTS_SOURCE = LOTS_SOURCE;
