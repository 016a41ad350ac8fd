/**
 * Border markers near the zone's gates, placed ON the OSM border line at an assumed distance along
 * it from REFERENCE.md §5.1's rough spots. Numbers rise west → east, as the line runs. The official
 * coordinates are in the 2009 demarcation protocol, which is not public here: all are approximate.
 */
import * as turf from '@turf/turf';
import type { Feature, Position } from 'geojson';
import type { BorderMarkerProperties } from '../../shared/schemas/layer-properties.ts';
import { distanceAlongBorder, positionAlongBorder } from './border-line-position.ts';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';
import { notices } from './provenance.ts';
import { mainBorderLine, type ReferenceData } from './reference-data.ts';

/** REFERENCE.md §5.1 "rough positions [E]" the markers are placed around, [lon, lat]. */
export const markerAnchors = {
  tanThanh: [106.681, 22.004],
  cocNam: [106.693, 21.971],
  huuNghi: [106.711, 21.974],
} as const satisfies Record<string, Position>;

interface MarkerDefinition {
  number: string;
  anchor: keyof typeof markerAnchors;
  /** Metres along the border from the anchor's nearest border point (negative = west/upstream). */
  offsetMetres: number;
  gate: string;
  note?: string;
}

export const markerDefinitions: readonly MarkerDefinition[] = [
  { number: '1088/2', anchor: 'tanThanh', offsetMetres: -850, gate: 'Tân Thanh', note: 'Đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1088/2–1089 (cặp cửa khẩu quốc tế Hữu Nghị – Hữu Nghị Quan).' },
  { number: '1089', anchor: 'tanThanh', offsetMetres: -600, gate: 'Tân Thanh', note: 'Đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1088/2–1089.' },
  { number: '1090', anchor: 'tanThanh', offsetMetres: -150, gate: 'Tân Thanh', note: 'Lối thông quan Tân Thanh – Pò Chài (khu vực mốc 1090–1091).' },
  { number: '1091', anchor: 'tanThanh', offsetMetres: 150, gate: 'Tân Thanh', note: 'Lối thông quan Tân Thanh – Pò Chài (khu vực mốc 1090–1091).' },
  { number: '1104', anchor: 'cocNam', offsetMetres: -150, gate: 'Cốc Nam', note: 'Lối thông quan Cốc Nam – Lũng Nghịu (khu vực mốc 1104–1105).' },
  { number: '1105', anchor: 'cocNam', offsetMetres: 150, gate: 'Cốc Nam', note: 'Lối thông quan Cốc Nam – Lũng Nghịu (khu vực mốc 1104–1105).' },
  { number: '1116', anchor: 'huuNghi', offsetMetres: -10, gate: 'Hữu Nghị', note: 'Mốc đôi có quốc huy tại cửa khẩu Hữu Nghị, phía Việt Nam (cặp với mốc 1117).' },
  { number: '1117', anchor: 'huuNghi', offsetMetres: 10, gate: 'Hữu Nghị', note: 'Mốc đôi có quốc huy tại cửa khẩu Hữu Nghị, phía Trung Quốc (cặp với mốc 1116).' },
  { number: '1119', anchor: 'huuNghi', offsetMetres: 1400, gate: 'Hữu Nghị', note: 'Đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1119–1120 (thí điểm cửa khẩu thông minh).' },
  { number: '1120', anchor: 'huuNghi', offsetMetres: 1700, gate: 'Hữu Nghị', note: 'Đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1119–1120 (thí điểm cửa khẩu thông minh).' },
];

export function markerId(number: string): string {
  return `marker-${number.replace('/', '-')}`;
}

/** Metres along border segment 2 at which each marker sits. */
export function markerPositionsAlongBorder(reference: ReferenceData): Map<string, number> {
  const line = mainBorderLine(reference);
  const anchors = new Map(Object.entries(markerAnchors).map(([key, position]) => [key, distanceAlongBorder(line, position)]));
  return new Map(markerDefinitions.map((marker) => [marker.number, (anchors.get(marker.anchor) as number) + marker.offsetMetres]));
}

const MARKER_SOURCE = `Vị trí gần đúng: đặt trên đường biên giới OpenStreetMap gần cửa khẩu theo vị trí ước lượng của REFERENCE.md §5.1; tọa độ chính thức nằm trong Nghị định thư phân giới cắm mốc biên giới trên đất liền Việt Nam – Trung Quốc (2009), chưa công khai tại đây. Vai trò của mốc: ${notices.may2024}; ${notices.aug2024}.`;

export function buildBorderMarkers(reference: ReferenceData): Feature<DemoGeometry, BorderMarkerProperties>[] {
  const line = mainBorderLine(reference);
  const along = markerPositionsAlongBorder(reference);
  return markerDefinitions.map((marker) =>
    demoFeature(markerId(marker.number), turf.point(positionAlongBorder(line, along.get(marker.number) as number)).geometry, {
      number: marker.number,
      name: `Mốc ${marker.number}`,
      gate: marker.gate,
      approximate: true,
      ...(marker.note ? { note: marker.note } : {}),
      source: MARKER_SOURCE,
      illustrative: true,
    }),
  );
}
