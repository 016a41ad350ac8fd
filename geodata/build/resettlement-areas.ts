/**
 * Illustrative resettlement (TĐC) sites for households displaced by the smart-border-gate works:
 * small housing lots inland, at least 1.5 km back from the border, inside the commune that owns
 * the clearance. Capacities and allocations are assumptions for the demo.
 */
import type { Feature, Position } from 'geojson';
import type { ResettlementAreaProperties } from '../../shared/schemas/layer-properties.ts';
import { demoFeature, roundedWithArea, type DemoGeometry } from './demo-feature.ts';
import { findPositionNear } from './find-point-inside.ts';
import { insidePolygon, insideVietnam } from './placement-rules.ts';
import { rectangleAround, rectangleFits } from './rectangle-around.ts';
import { communeByName, type ReferenceData } from './reference-data.ts';

const MIN_METRES_FROM_BORDER = 1500;

interface ResettlementDefinition {
  id: string;
  name: string;
  commune: string;
  near: Position;
  widthMetres: number;
  heightMetres: number;
  rotationDegrees: number;
  capacityLots: number;
  allocatedLots: number;
  forProjects: string[];
}

const resettlementDefinitions: readonly ResettlementDefinition[] = [
  {
    id: 'resettlement-dong-dang-west',
    name: 'Khu tái định cư phía Tây Đồng Đăng (minh họa)',
    commune: 'Đồng Đăng',
    near: [106.6954, 21.9435],
    widthMetres: 260,
    heightMetres: 160,
    rotationDegrees: 15,
    capacityLots: 120,
    allocatedLots: 34,
    forProjects: ['project-cargo-road-1119-1120', 'project-huu-nghi-internal-road-upgrade'],
  },
  {
    id: 'resettlement-dong-dang-east',
    name: 'Khu tái định cư phía Đông Đồng Đăng (minh họa)',
    commune: 'Đồng Đăng',
    near: [106.7073, 21.9444],
    widthMetres: 200,
    heightMetres: 140,
    rotationDegrees: -10,
    capacityLots: 80,
    allocatedLots: 0,
    forProjects: ['project-huu-nghi-internal-road-upgrade'],
  },
  {
    id: 'resettlement-tan-thanh',
    name: 'Khu tái định cư Tân Thanh (minh họa)',
    commune: 'Hoàng Văn Thụ',
    near: [106.6640, 21.9915],
    widthMetres: 220,
    heightMetres: 130,
    rotationDegrees: 30,
    capacityLots: 60,
    allocatedLots: 0,
    forProjects: ['project-cargo-road-1088-2-1089', 'project-inter-agency-building-1088-2-1089'],
  },
];

const RESETTLEMENT_SOURCE = 'Minh họa (illustrative): vị trí, quy mô, số lô quy hoạch và số lô đã bố trí là giả định cho bản demo (lô chỉ được bố trí khi phương án bồi thường của dự án đã được phê duyệt); các văn bản nguồn không nêu khu tái định cư cụ thể.';

export function buildResettlementAreas(reference: ReferenceData): Feature<DemoGeometry, ResettlementAreaProperties>[] {
  return resettlementDefinitions.map((site) => {
    const rules = [insideVietnam(reference, MIN_METRES_FROM_BORDER), insidePolygon(communeByName(reference, site.commune), 30)];
    const centre = findPositionNear(site.near, [rectangleFits(site.widthMetres, site.heightMetres, site.rotationDegrees, rules)], { stepMetres: 20, maxRadiusMetres: 2000 });
    const { geometry, areaHa } = roundedWithArea(rectangleAround(centre, site.widthMetres, site.heightMetres, site.rotationDegrees));
    return demoFeature(site.id, geometry, {
      name: site.name,
      commune: site.commune,
      capacityLots: site.capacityLots,
      allocatedLots: site.allocatedLots,
      areaHa,
      forProjects: site.forProjects,
      source: RESETTLEMENT_SOURCE,
      illustrative: true,
    });
  });
}
