/**
 * Where the illustrative general-plan zones go: two regions (the border-gate area around Đồng Đăng,
 * Hữu Nghị, Tân Thanh and Cốc Nam; the Lạng Sơn city wards), each cut into blocks by a jittered
 * grid; clusters pick the blocks to keep, and function anchors give each block its land use
 * (the nearest anchor of its cluster wins; a `single` anchor claims only the block it falls in).
 */
import type { Position } from 'geojson';
import type { BBox } from '../../shared/geo/bbox.ts';
import { huuNghiGateRoad, laneLine, laneRoutes, tanThanhGateRoad, type LaneRoute } from './cargo-lane-routes.ts';
import type { ReferenceData } from './reference-data.ts';
import type { ZoneFunctionKey } from './planning-zone-functions.ts';

export interface FunctionAnchor {
  use: ZoneFunctionKey;
  at: Position;
  /** Claims exactly the block containing `at`, instead of a nearest-anchor area. */
  single?: boolean;
}

export interface ZoneCluster {
  key: string;
  /** Place name used in zone names ("… – cửa khẩu Hữu Nghị"). */
  place: string;
  centre: Position;
  radiusMetres: number;
  anchors: readonly FunctionAnchor[];
}

export interface ZoneRegion {
  key: string;
  /** [west, south, east, north]; blocks are clipped to it so regions never overlap. */
  bbox: BBox;
  blockSpacingMetres: number;
  seed: number;
  clusters: readonly ZoneCluster[];
}

export const zoneRegions: readonly ZoneRegion[] = [
  {
    key: 'border-gates',
    bbox: [106.655, 21.918, 106.75, 22.02],
    blockSpacingMetres: 600,
    seed: 20_250_701,
    clusters: [
      {
        key: 'huu-nghi',
        place: 'cửa khẩu Hữu Nghị',
        centre: [106.7138, 21.9662],
        radiusMetres: 1050,
        anchors: [
          { use: 'borderControl', at: [106.7083, 21.9712] },
          { use: 'security', at: [106.7050, 21.9662], single: true },
          { use: 'gateServices', at: [106.7128, 21.9725] },
          { use: 'gateServices', at: [106.7137, 21.9675] },
          { use: 'gateServices', at: [106.7057, 21.9622] },
          { use: 'parking', at: [106.7125, 21.9624], single: true },
          { use: 'logistics', at: [106.7211, 21.9714] },
          { use: 'logistics', at: [106.7199, 21.9650] },
          { use: 'logistics', at: [106.7128, 21.9563] },
          { use: 'utilities', at: [106.7194, 21.9598], single: true },
          { use: 'bufferGreen', at: [106.7195, 21.9740] },
        ],
      },
      {
        key: 'dong-dang',
        place: 'Đồng Đăng',
        centre: [106.6992, 21.9478],
        radiusMetres: 1150,
        anchors: [
          { use: 'mixedUse', at: [106.6998, 21.9504] },
          { use: 'urbanServices', at: [106.6999, 21.9555], single: true },
          { use: 'offices', at: [106.6936, 21.9509], single: true },
          { use: 'schools', at: [106.7002, 21.9453], single: true },
          { use: 'publicGreen', at: [106.7020, 21.9396], single: true },
          { use: 'housing', at: [106.6933, 21.9560] },
          { use: 'housing', at: [106.7069, 21.9515] },
          { use: 'housing', at: [106.7073, 21.9444] },
          { use: 'housing', at: [106.6954, 21.9435] },
          { use: 'village', at: [106.6955, 21.9380] },
          { use: 'agriculture', at: [106.6909, 21.9398] },
        ],
      },
      {
        key: 'dong-dang-south',
        place: 'phía Nam Đồng Đăng',
        centre: [106.7215, 21.9345],
        radiusMetres: 850,
        anchors: [
          { use: 'industry', at: [106.7198, 21.9406] },
          { use: 'industry', at: [106.7195, 21.9348] },
          { use: 'industry', at: [106.7135, 21.9345] },
          { use: 'logistics', at: [106.7245, 21.9386] },
          { use: 'utilities', at: [106.7174, 21.9293], single: true },
          { use: 'bufferGreen', at: [106.7263, 21.9336] },
          { use: 'productionForest', at: [106.7241, 21.9284] },
        ],
      },
      {
        key: 'tan-thanh',
        place: 'cửa khẩu Tân Thanh',
        centre: [106.6762, 22.0025],
        radiusMetres: 950,
        anchors: [
          { use: 'parking', at: [106.6834, 22.0042], single: true },
          { use: 'borderControl', at: [106.6793, 22.0020], single: true },
          { use: 'defence', at: [106.6768, 21.9997], single: true },
          { use: 'gateServices', at: [106.6783, 22.0044] },
          { use: 'logistics', at: [106.6772, 22.0085] },
          { use: 'tourismServices', at: [106.6715, 22.0030] },
          { use: 'village', at: [106.6730, 22.0007] },
          { use: 'village', at: [106.6696, 21.9976] },
          { use: 'agriculture', at: [106.6718, 21.9968] },
        ],
      },
      {
        key: 'coc-nam',
        place: 'lối thông quan Cốc Nam',
        centre: [106.6862, 21.9690],
        radiusMetres: 650,
        anchors: [
          { use: 'gateServices', at: [106.6925, 21.9700], single: true },
          { use: 'parking', at: [106.6899, 21.9673], single: true },
          { use: 'protectionForest', at: [106.6918, 21.9725] },
          { use: 'village', at: [106.6837, 21.9723] },
          { use: 'village', at: [106.6872, 21.9695] },
          { use: 'agriculture', at: [106.6836, 21.9664] },
        ],
      },
    ],
  },
  {
    key: 'lang-son-city',
    bbox: [106.715, 21.82, 106.81, 21.895],
    blockSpacingMetres: 800,
    seed: 20_241_919,
    clusters: [
      {
        key: 'lang-son',
        place: 'trung tâm Lạng Sơn',
        centre: [106.7605, 21.8530],
        radiusMetres: 1750,
        anchors: [
          { use: 'offices', at: [106.7632, 21.8606], single: true },
          { use: 'heritage', at: [106.7462, 21.8605], single: true },
          { use: 'health', at: [106.7467, 21.8471], single: true },
          { use: 'schools', at: [106.7551, 21.8629], single: true },
          { use: 'sport', at: [106.7766, 21.8566], single: true },
          { use: 'culture', at: [106.7610, 21.8414], single: true },
          { use: 'utilities', at: [106.7712, 21.8415], single: true },
          { use: 'publicGreen', at: [106.7454, 21.8560], single: true },
          { use: 'publicGreen', at: [106.7592, 21.8494], single: true },
          { use: 'urbanServices', at: [106.7545, 21.8485] },
          { use: 'mixedUse', at: [106.7611, 21.8564] },
          { use: 'mixedUse', at: [106.7688, 21.8564] },
          { use: 'housing', at: [106.7546, 21.8627] },
          { use: 'housing', at: [106.7709, 21.8610] },
          { use: 'housing', at: [106.7750, 21.8574] },
          { use: 'housing', at: [106.7783, 21.8521] },
          { use: 'housing', at: [106.7680, 21.8471] },
          { use: 'housing', at: [106.7528, 21.8408] },
        ],
      },
    ],
  },
];

export interface RoadCorridor {
  key: string;
  name: string;
  line: Position[];
  halfWidthMetres: number;
}

/** Illustrative road reservations drawn as plan zones, on the same alignments as the cargo lanes. */
export function roadCorridors(reference: ReferenceData): RoadCorridor[] {
  const lane = (route: LaneRoute) => laneLine(reference, route).geometry.coordinates;
  return [
    { key: 'huu-nghi-gate-road', name: 'Đường trục chính khu vực cửa khẩu Hữu Nghị (QL1A)', line: huuNghiGateRoad, halfWidthMetres: 20 },
    { key: 'cargo-road-1119-1120', name: 'Đường chuyên dụng vận chuyển hàng hóa mốc 1119–1120 (mở rộng 8 làn)', line: lane(laneRoutes.cargoRoad1119), halfWidthMetres: 18 },
    { key: 'cargo-road-1088-2-1089', name: 'Đường chuyên dụng vận chuyển hàng hóa mốc 1088/2–1089 (mở rộng 8 làn)', line: lane(laneRoutes.cargoRoad1088), halfWidthMetres: 18 },
    { key: 'tan-thanh-gate-road', name: 'Đường vào cửa khẩu Tân Thanh và lối thông quan mốc 1090–1091', line: [...[...tanThanhGateRoad].reverse(), ...lane(laneRoutes.clearancePath1090).slice(1)], halfWidthMetres: 12 },
    { key: 'coc-nam-path', name: 'Đường lối thông quan Cốc Nam mốc 1104–1105', line: lane(laneRoutes.clearancePath1104), halfWidthMetres: 10 },
  ];
}
