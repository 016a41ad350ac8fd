/**
 * Specialised cargo roads and clearance paths of the Hữu Nghị – Hữu Nghị Quan pair. Lane counts and
 * the smart-gate pilot flag come from the notices and one news report, each phase with its source;
 * the alignments are illustrative (see cargo-lane-routes.ts).
 */
import * as turf from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import type { CargoLaneProperties } from '../../shared/schemas/layer-properties.ts';
import { laneLine, laneRoutes, type LaneRoute } from './cargo-lane-routes.ts';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';
import { notices } from './provenance.ts';
import type { ReferenceData } from './reference-data.ts';

const GEOMETRY_NOTE = 'Hướng tuyến minh họa (không có dữ liệu đường thật tại đây): nối từ phía Việt Nam tới điểm giữa hai mốc trên đường biên giới OpenStreetMap; mốc đặt gần đúng.';

interface LaneDefinition {
  id: string;
  route: LaneRoute;
  properties: Omit<CargoLaneProperties, 'fromMarker' | 'toMarker'>;
}

const laneDefinitions: readonly LaneDefinition[] = [
  {
    id: 'cargo-lane-1119-1120',
    route: laneRoutes.cargoRoad1119,
    properties: {
      name: 'Đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1119–1120',
      nameEn: 'Specialised cargo road, markers 1119–1120',
      kind: 'cargo-road',
      gate: 'Hữu Nghị',
      lanesNow: 6,
      lanesPlanned: 8,
      lanePhases: [
        { phase: 'Hiện trạng (thông báo 8/2024)', lanes: 6, source: notices.aug2024 },
        { phase: 'Mở rộng theo thông báo 8/2024', lanes: 8, source: notices.aug2024 },
        { phase: 'Trước giai đoạn 1 (tin 11/2025)', lanes: 4, source: notices.nov2025News },
        { phase: 'Giai đoạn 1 (tin 11/2025)', lanes: 6, source: notices.nov2025News },
        { phase: 'Giai đoạn 2 (tin 11/2025; 174,7 tỷ đồng)', lanes: 14, source: notices.nov2025News },
      ],
      smartGatePilot: true,
      status: 'Đang khai thác; thí điểm cửa khẩu thông minh (Quyết định 865/QĐ-TTg ngày 17/8/2024); dự án mở rộng 6 → 8 làn do Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư',
      source: `Số làn, thí điểm: ${notices.aug2024} (6 → 8 làn); tin báo chí 11/2025 (giai đoạn 1: 4 → 6 làn, giai đoạn 2: 14 làn, 174,7 tỷ đồng) — hai nguồn khác nhau, giữ riêng từng giai đoạn. ${GEOMETRY_NOTE}`,
      illustrative: true,
    },
  },
  {
    id: 'cargo-lane-1088-2-1089',
    route: laneRoutes.cargoRoad1088,
    properties: {
      name: 'Đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1088/2–1089',
      nameEn: 'Specialised cargo road, markers 1088/2–1089',
      kind: 'cargo-road',
      gate: 'Tân Thanh',
      lanesNow: 4,
      lanesPlanned: 8,
      lanePhases: [
        { phase: 'Hiện trạng (thông báo 8/2024)', lanes: 4, source: notices.aug2024 },
        { phase: 'Mở rộng theo thông báo 8/2024', lanes: 8, source: notices.aug2024 },
      ],
      smartGatePilot: true,
      status: 'Đang khai thác; thuộc cặp cửa khẩu quốc tế Hữu Nghị – Hữu Nghị Quan; thí điểm cửa khẩu thông minh (Quyết định 865/QĐ-TTg); dự kiến xây Tòa nhà làm việc liên ngành tại đây',
      source: `Số làn (4 → 8), thí điểm, tòa nhà liên ngành: ${notices.aug2024}. ${GEOMETRY_NOTE}`,
      illustrative: true,
    },
  },
  {
    id: 'clearance-path-1090-1091',
    route: laneRoutes.clearancePath1090,
    properties: {
      name: 'Lối thông quan Tân Thanh – Pò Chài (khu vực mốc 1090–1091)',
      nameEn: 'Tân Thanh – Pò Chài clearance path, markers 1090–1091',
      kind: 'clearance-path',
      gate: 'Tân Thanh',
      lanePhases: [],
      smartGatePilot: false,
      status: 'Đang khai thác theo tính chất cửa khẩu quốc tế và thỏa thuận giữa hai Tỉnh – Khu',
      source: `Tên, mốc: ${notices.may2024}. Số làn: chưa có nguồn, bỏ trống. ${GEOMETRY_NOTE}`,
      illustrative: true,
    },
  },
  {
    id: 'clearance-path-1104-1105',
    route: laneRoutes.clearancePath1104,
    properties: {
      name: 'Lối thông quan Cốc Nam – Lũng Nghịu (khu vực mốc 1104–1105)',
      nameEn: 'Cốc Nam – Lũng Nghịu clearance path, markers 1104–1105',
      kind: 'clearance-path',
      gate: 'Cốc Nam',
      lanePhases: [],
      smartGatePilot: false,
      status: 'Đang khai thác theo tính chất cửa khẩu quốc tế và thỏa thuận giữa hai Tỉnh – Khu',
      source: `Tên, mốc: ${notices.may2024}. Số làn: chưa có nguồn, bỏ trống. ${GEOMETRY_NOTE}`,
      illustrative: true,
    },
  },
];

const MIN_LENGTH_METRES = 800;
const MAX_LENGTH_METRES = 2000;

/** Every point of the line but its border end lies inside Vietnam (sampled every 10 m). */
function assertInsideVietnam(reference: ReferenceData, id: string, line: Feature<LineString>): void {
  const length = turf.length(line, { units: 'meters' });
  if (length < MIN_LENGTH_METRES || length > MAX_LENGTH_METRES) throw new Error(`${id}: length ${Math.round(length)} m out of range`);
  for (let metres = 0; metres < length - 1; metres += 10) {
    if (!turf.booleanPointInPolygon(turf.along(line, metres, { units: 'meters' }), reference.vietnamLand)) throw new Error(`${id}: leaves Vietnam ${Math.round(metres)} m from its start`);
  }
}

export function buildCargoLaneLine(reference: ReferenceData, route: LaneRoute, id: string): Feature<LineString> {
  const line = laneLine(reference, route);
  assertInsideVietnam(reference, id, line);
  return line;
}

export function buildCargoLanes(reference: ReferenceData): Feature<DemoGeometry, CargoLaneProperties>[] {
  return laneDefinitions.map((lane) => {
    const { name, nameEn, kind, ...details } = lane.properties;
    return demoFeature(lane.id, buildCargoLaneLine(reference, lane.route, lane.id).geometry, {
      name,
      nameEn,
      kind,
      fromMarker: lane.route.fromMarker,
      toMarker: lane.route.toMarker,
      ...details,
    });
  });
}
