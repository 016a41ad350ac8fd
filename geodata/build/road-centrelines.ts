/**
 * Road centrelines that chainage is measured along (Km0 at the first position). Only the Hữu Nghị
 * gate road for now: the illustrative line the internal-road upgrade (Km1+106.19 – Km1+838.85) is
 * cut from in project-sites.ts, so the project's segment lies exactly on it.
 */
import type { Feature } from 'geojson';
import type { RoadCentrelineProperties } from '../../shared/schemas/layer-properties.ts';
import { huuNghiGateRoad } from './cargo-lane-routes.ts';
import { demoFeature, type DemoGeometry } from './demo-feature.ts';

/** Feature id of the Hữu Nghị gate road (the roadId of chainage lookups). */
export const HUU_NGHI_GATE_ROAD_ID = 'road-huu-nghi-gate';

export function buildRoadCentrelines(): Feature<DemoGeometry, RoadCentrelineProperties>[] {
  return [
    demoFeature(HUU_NGHI_GATE_ROAD_ID, { type: 'LineString', coordinates: huuNghiGateRoad }, {
      name: 'Tuyến chính đường nội bộ khu vực cửa khẩu Hữu Nghị (minh họa)',
      nameEn: 'Hữu Nghị border gate main internal road (illustrative)',
      roadCode: 'huu-nghi-gate-road',
      origin: 'Cửa khẩu quốc tế Hữu Nghị / Hữu Nghị international gate',
      source: 'Hướng tuyến minh họa, Km0 tại cửa khẩu; đoạn nâng cấp Km1+106,19 – Km1+838,85 theo thông báo 9/2025 / illustrative alignment, Km0 at the gate',
      illustrative: true,
    }),
  ];
}
