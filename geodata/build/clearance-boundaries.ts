/**
 * Illustrative site-clearance (GPMB) boundaries for the smart-border-gate works: a corridor a few
 * tens of metres around each illustrative alignment or footprint, cut to Vietnam and to the commune
 * that owns the clearance. Stages and handover dates are assumptions for the demo.
 */
import * as turf from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ClearanceBoundaryProperties } from '../../shared/schemas/layer-properties.ts';
import type { ClearanceStage } from '../../shared/domain/clearance-stage.ts';
import { clipPolygon, subtractPolygons } from './clip-polygon.ts';
import { demoFeature, roundedWithArea, type DemoGeometry } from './demo-feature.ts';
import { notices } from './provenance.ts';
import { communeByName, type ReferenceData } from './reference-data.ts';

interface ClearanceDefinition {
  id: string;
  projectId: string;
  name: string;
  commune: string;
  /** Metres of corridor around the project's line or footprint. */
  bufferMetres: number;
  stage: ClearanceStage;
  targetHandoverDate: string;
  /** Other projects' corridors cut out of this one, so boundaries never overlap. */
  excludeProjects?: readonly string[];
}

const clearanceDefinitions: readonly ClearanceDefinition[] = [
  {
    id: 'clearance-cargo-road-1119-1120',
    projectId: 'project-cargo-road-1119-1120',
    name: 'Ranh giới GPMB mở rộng đường chuyên dụng mốc 1119–1120 (minh họa)',
    commune: 'Đồng Đăng',
    bufferMetres: 30,
    stage: 'plan-approved',
    targetHandoverDate: '2026-12-31',
  },
  {
    id: 'clearance-cargo-road-1088-2-1089',
    projectId: 'project-cargo-road-1088-2-1089',
    name: 'Ranh giới GPMB mở rộng đường chuyên dụng mốc 1088/2–1089 (minh họa)',
    commune: 'Hoàng Văn Thụ',
    bufferMetres: 30,
    stage: 'notified',
    targetHandoverDate: '2027-03-31',
  },
  {
    id: 'clearance-inter-agency-building-1088-2-1089',
    projectId: 'project-inter-agency-building-1088-2-1089',
    name: 'Ranh giới GPMB tòa nhà làm việc liên ngành mốc 1088/2–1089 (minh họa)',
    commune: 'Hoàng Văn Thụ',
    bufferMetres: 20,
    stage: 'plan-posted',
    targetHandoverDate: '2027-03-31',
    excludeProjects: ['project-cargo-road-1088-2-1089'],
  },
  {
    id: 'clearance-huu-nghi-internal-road',
    projectId: 'project-huu-nghi-internal-road-upgrade',
    name: 'Ranh giới GPMB nâng cấp đường nội bộ cửa khẩu Hữu Nghị Km1+106,19 – Km1+838,85 (minh họa)',
    commune: 'Đồng Đăng',
    bufferMetres: 25,
    stage: 'notified',
    targetHandoverDate: '2027-06-30',
  },
];

const CLEARANCE_SOURCE = `Minh họa (illustrative): hành lang quanh tuyến/khuôn viên minh họa của dự án, cắt theo ranh giới xã và lãnh thổ Việt Nam; bước GPMB và hạn bàn giao là giả định. Yêu cầu các xã chuẩn bị GPMB cho Đề án cửa khẩu thông minh: ${notices.aug2024}.`;

function corridor(geometry: Geometry, metres: number): Polygon | MultiPolygon {
  const buffered = turf.buffer(turf.feature(geometry), metres, { units: 'meters', steps: 6 });
  if (!buffered) throw new Error('clearance: buffer failed');
  return buffered.geometry;
}

export function buildClearanceBoundaries(reference: ReferenceData, projects: readonly Feature<Geometry>[]): Feature<DemoGeometry, ClearanceBoundaryProperties>[] {
  const projectById = new Map(projects.map((project) => [String(project.id), project]));
  const corridorOf = (definition: ClearanceDefinition) => {
    const project = projectById.get(definition.projectId);
    if (!project) throw new Error(`${definition.id}: project ${definition.projectId} missing`);
    return corridor(project.geometry, definition.bufferMetres);
  };
  return clearanceDefinitions.map((definition) => {
    const excluded = (definition.excludeProjects ?? []).map((projectId) => {
      const other = clearanceDefinitions.find((d) => d.projectId === projectId);
      if (!other) throw new Error(`${definition.id}: no clearance for ${projectId}`);
      return corridorOf(other);
    });
    const commune = communeByName(reference, definition.commune);
    const parts = subtractPolygons(corridorOf(definition), excluded).flatMap((part) => clipPolygon(part, [commune, reference.vietnamLand]));
    const [largest] = parts.sort((a, b) => turf.area(b) - turf.area(a));
    if (!largest) throw new Error(`${definition.id}: empty after clipping`);
    const { geometry, areaHa } = roundedWithArea(largest);
    return demoFeature(definition.id, geometry, {
      name: definition.name,
      projectId: definition.projectId,
      commune: definition.commune,
      stage: definition.stage,
      targetHandoverDate: definition.targetHandoverDate,
      areaHa,
      source: CLEARANCE_SOURCE,
      illustrative: true,
    });
  });
}
