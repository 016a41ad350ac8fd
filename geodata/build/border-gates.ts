/**
 * Border gates and crossings (BRIEF.md table; REFERENCE.md §5.1 positions). Each point starts at the
 * reference position and is moved to the nearest spot at least 40 m on the Vietnamese side of the
 * OSM border and inside its commune. Co Sa – Nà Ủ has no agreed location: it is an area.
 */
import * as turf from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import type { BorderGateProperties } from '../../shared/schemas/layer-properties.ts';
import { borderStretch, distanceAlongBorder } from './border-line-position.ts';
import { clipPolygon } from './clip-polygon.ts';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';
import { findPositionNear } from './find-point-inside.ts';
import { metresBetween } from './offset-position.ts';
import { insidePolygon, insideVietnam } from './placement-rules.ts';
import { notices } from './provenance.ts';
import { communeByName, mainBorderLine, type ReferenceData } from './reference-data.ts';

interface GatePoint {
  id: string;
  /** [lon, lat] from REFERENCE.md §5.1. */
  reference: Position;
  properties: Omit<BorderGateProperties, 'positionAccuracyM' | 'locationStatus'> & { positionAccuracyM: number };
}

const gatePoints: readonly GatePoint[] = [
  {
    id: 'gate-huu-nghi',
    reference: [106.7108, 21.974],
    properties: {
      name: 'Cửa khẩu quốc tế Hữu Nghị',
      nameEn: 'Hữu Nghị international border gate',
      kind: 'international',
      pairedWith: 'Hữu Nghị Quan (友谊关), Trung Quốc',
      commune: 'Đồng Đăng',
      markers: '1116 (phía Việt Nam), 1117 (phía Trung Quốc); đường chuyên dụng 1119–1120',
      positionAccuracyM: 300,
      note: 'Mốc 1116 và 1117 là cặp mốc đôi có quốc huy tại cửa khẩu. Hệ thống barie tự động tạm dừng sau vụ cháy; mở rộng cửa khẩu nằm trong điều chỉnh quy hoạch chung.',
      source: `Vị trí: điểm trên ranh giới gần Hữu Nghị Quan nhất (REFERENCE.md §5.1, ±300 m; Hữu Nghị Quan theo tọa độ en.wikipedia 21.97639 N, 106.71222 E), dời vào phía Việt Nam của đường biên giới OpenStreetMap. Cặp cửa khẩu, mốc: ${notices.aug2024}.`,
      illustrative: true,
    },
  },
  {
    id: 'gate-tan-thanh',
    reference: [106.68389, 22.00306],
    properties: {
      name: 'Cửa khẩu Tân Thanh (lối thông quan Tân Thanh – Pò Chài)',
      nameEn: 'Tân Thanh border gate (Tân Thanh – Pò Chài crossing)',
      kind: 'crossing',
      pairedWith: 'Pò Chài (浦寨), Trung Quốc',
      commune: 'Hoàng Văn Thụ',
      markers: '1090–1091; đường chuyên dụng 1088/2–1089 ở gần',
      positionAccuracyM: 300,
      note: 'Thuộc cặp cửa khẩu quốc tế Hữu Nghị – Hữu Nghị Quan. Khu hợp tác thương mại, du lịch Tân Thanh – Pò Chài (hỗ trợ kỹ thuật, Quỹ đặc biệt Hợp tác Mê Công – Lan Thương).',
      source: `Vị trí: tọa độ vi.wikipedia (22.00306 N, 106.68389 E; bản đồ 1:50 000 F-48-46C/58A) nằm ~60 m phía Trung Quốc của đường biên giới OpenStreetMap, đã dời vào phía Việt Nam. Mốc 1090–1091: ${notices.may2024}.`,
      illustrative: false,
    },
  },
  {
    id: 'gate-coc-nam',
    reference: [106.693, 21.971],
    properties: {
      name: 'Lối thông quan Cốc Nam – Lũng Nghịu',
      nameEn: 'Cốc Nam – Lũng Nghịu crossing',
      kind: 'crossing',
      pairedWith: 'Lũng Nghịu (弄尧), Trung Quốc',
      commune: 'Hoàng Văn Thụ',
      markers: '1104–1105',
      positionAccuracyM: 2000,
      note: 'Vị trí ước lượng ±2 km (xã Tân Mỹ cũ).',
      source: `Vị trí ước lượng (REFERENCE.md §5.1, ±2 km): điểm giữa đoạn biên giới của xã Hoàng Văn Thụ giữa Tân Thanh và Hữu Nghị. Mốc 1104–1105: ${notices.may2024}.`,
      illustrative: true,
    },
  },
  {
    id: 'gate-chi-ma',
    reference: [107.05, 21.81],
    properties: {
      name: 'Cửa khẩu chính Chi Ma',
      nameEn: 'Chi Ma main border gate',
      kind: 'main',
      pairedWith: 'Ái Điểm (爱店), Trung Quốc',
      commune: 'Mẫu Sơn',
      markers: '1223 (mặt tiền cửa khẩu từ mốc 1220/2 đến 1239, ~5,8 km)',
      positionAccuracyM: 4000,
      note: 'Quy hoạch chung xây dựng khu vực cửa khẩu Chi Ma đến năm 2045 đang lập. Dự án lô CC7 đã ngừng.',
      source: 'Vị trí ước lượng (REFERENCE.md §5.1, ±4 km): điểm giữa đoạn biên giới của xã Mẫu Sơn (xã Yên Khoái, Tú Mịch cũ). Mốc 1223, mặt tiền 1220/2–1239: QĐ 393/QĐ-TTg ngày 24/2/2025 (theo REFERENCE.md).',
      illustrative: true,
    },
  },
  {
    id: 'gate-binh-nghi',
    reference: [106.69, 22.26],
    properties: {
      name: 'Cửa khẩu Bình Nghi',
      nameEn: 'Bình Nghi border gate',
      kind: 'main',
      commune: 'Quốc Việt',
      positionAccuracyM: 4000,
      note: 'Loại cửa khẩu (chính) chưa được các văn bản nguồn nêu rõ, cần kiểm chứng. Dự án nhà làm việc liên ngành và nhà công vụ chậm quyết toán.',
      source: 'Vị trí ước lượng (REFERENCE.md §5.1, ±4 km): đoạn biên giới của xã Quốc Việt (xã Đào Viên cũ), Tràng Định.',
      illustrative: true,
    },
  },
];

/** Metres the gate points keep from the border line: "just on the Vietnamese side". */
const GATE_MIN_METRES_FROM_BORDER = 40;
const GATE_MIN_METRES_INSIDE_COMMUNE = 20;

function placeGate(reference: ReferenceData, gate: GatePoint): Feature<DemoGeometry, BorderGateProperties> {
  const commune = communeByName(reference, gate.properties.commune);
  const position = findPositionNear(
    gate.reference,
    [insideVietnam(reference, GATE_MIN_METRES_FROM_BORDER), insidePolygon(commune, GATE_MIN_METRES_INSIDE_COMMUNE)],
    { stepMetres: 10, maxRadiusMetres: 3000 },
  );
  const [east, north] = metresBetween(gate.reference, position);
  const movedMetres = Math.round(Math.hypot(east, north));
  if (movedMetres > gate.properties.positionAccuracyM) throw new Error(`${gate.id}: moved ${movedMetres} m, more than its accuracy`);
  const { positionAccuracyM, note, source, illustrative, ...identity } = gate.properties;
  return demoFeature(gate.id, turf.point(position).geometry, {
    ...identity,
    locationStatus: 'approximate' as const,
    positionAccuracyM,
    ...(note !== undefined ? { note } : {}),
    source,
    illustrative,
  });
}

/** Co Sa – Nà Ủ: the stretch of border this far west of the Chi Ma reference point (metres along the line). */
const CO_SA_STRETCH_FROM_CHI_MA = { fromMetres: -6500, toMetres: -2500 };
/** How deep into Vietnam the area of uncertainty reaches. */
const CO_SA_DEPTH_METRES = 700;

function coSaArea(reference: ReferenceData): Feature<DemoGeometry, BorderGateProperties> {
  const line = mainBorderLine(reference);
  const chiMa = gatePoints.find((gate) => gate.id === 'gate-chi-ma');
  if (!chiMa) throw new Error('Chi Ma gate definition missing');
  const chiMaAlong = distanceAlongBorder(line, chiMa.reference);
  const stretch = borderStretch(line, chiMaAlong + CO_SA_STRETCH_FROM_CHI_MA.fromMetres, chiMaAlong + CO_SA_STRETCH_FROM_CHI_MA.toMetres);
  const band = turf.buffer(stretch, CO_SA_DEPTH_METRES, { units: 'meters', steps: 8 });
  if (!band) throw new Error('Co Sa: buffer failed');
  const commune = communeByName(reference, 'Mẫu Sơn');
  const [area] = clipPolygon(band.geometry, [commune, reference.vietnamLand]).sort((a, b) => turf.area(b) - turf.area(a));
  if (!area) throw new Error('Co Sa: area of uncertainty is empty');
  const simplified = turf.simplify(turf.feature(area), { tolerance: 0.00003, highQuality: true }).geometry as Polygon;
  return demoFeature('gate-co-sa-na-u', simplified, {
    name: 'Lối thông quan Co Sa – Nà Ủ (vị trí chưa thống nhất)',
    nameEn: 'Co Sa – Nà Ủ crossing (location not yet agreed)',
    kind: 'crossing',
    commune: 'Mẫu Sơn',
    locationStatus: 'not-agreed',
    note: 'Vị trí lối thông quan chưa được thống nhất với phía Trung Quốc; cần thống nhất để hoàn thiện hồ sơ, cập nhật vào quy hoạch cửa khẩu tại Quyết định số 1199/QĐ-TTg ngày 14/10/2023 của Thủ tướng Chính phủ. Vùng trên bản đồ chỉ là vùng tìm kiếm minh họa dọc biên giới xã Mẫu Sơn, phía tây cửa khẩu Chi Ma.',
    source: `${notices.jun2026}; đường Bản Giểng nối từ đường Chi Ma – Tú Mịch sang Co Sa: ${notices.sep2025}. Vùng vị trí: minh họa.`,
    illustrative: true,
  });
}

export function buildBorderGates(reference: ReferenceData): Feature<DemoGeometry, BorderGateProperties>[] {
  return [...gatePoints.map((gate) => placeGate(reference, gate)), coSaArea(reference)];
}
