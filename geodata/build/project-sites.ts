/**
 * Illustrative footprints of the investment projects: roads as lines, buildings and yards as small
 * rectangles, parks as areas, each placed beside the right gate and inside the right commune.
 * None of these positions is sourced; every one is checked to stay in Vietnam and in its commune.
 */
import * as turf from '@turf/turf';
import type { LineString, Point, Polygon, Position } from 'geojson';
import { segmentBetweenChainages } from '../../shared/geo/segment-between-chainages.ts';
import { huuNghiGateRoad } from './cargo-lane-routes.ts';
import { clipPolygon } from './clip-polygon.ts';
import { findPositionNear, type PositionRule } from './find-point-inside.ts';
import { assertLineInside } from './line-inside.ts';
import { offsetPosition } from './offset-position.ts';
import { insidePolygon, insideVietnam } from './placement-rules.ts';
import { rectangleAround, rectangleFits } from './rectangle-around.ts';
import { communeByName, type ReferenceData } from './reference-data.ts';

export interface SiteInputs {
  /** Placed gate points by feature id (gate-chi-ma, gate-binh-nghi, gate-tan-thanh). */
  gates: ReadonlyMap<string, Position>;
  /** The Co Sa – Nà Ủ area of uncertainty, where the Bản Giểng road leads. */
  coSaArea: Polygon;
  /** Cargo-lane lines by feature id (cargo-lane-1119-1120, cargo-lane-1088-2-1089, …). */
  lanes: ReadonlyMap<string, LineString>;
}

/** Chainage of the Hữu Nghị internal-road upgrade, Km1+106.19 – Km1+838.85 (Sep 2025 notice). */
export const HUU_NGHI_UPGRADE_FROM_METRES = 1106.19;
export const HUU_NGHI_UPGRADE_TO_METRES = 1838.85;

function required<T>(map: ReadonlyMap<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`project sites: ${key} missing`);
  return value;
}

function farFromLine(line: LineString, metres: number): PositionRule {
  return (position: Position) => turf.pointToLineDistance(position, line, { units: 'meters' }) >= metres;
}

/** A rectangle near `near` whose every corner is in Vietnam and in the commune (and passes `extra`). */
function placeRectangle(
  reference: ReferenceData,
  commune: string,
  near: Position,
  size: { width: number; height: number; rotation?: number },
  options: { minFromBorder: number; extra?: readonly PositionRule[] },
): Polygon {
  const rules = [insideVietnam(reference, options.minFromBorder), insidePolygon(communeByName(reference, commune), 15), ...(options.extra ?? [])];
  const centre = findPositionNear(near, [rectangleFits(size.width, size.height, size.rotation ?? 0, rules)], { stepMetres: 10, maxRadiusMetres: 1500 });
  return rectangleAround(centre, size.width, size.height, size.rotation ?? 0);
}

function checkedLine(reference: ReferenceData, id: string, commune: string, positions: Position[]): LineString {
  const line: LineString = { type: 'LineString', coordinates: positions };
  assertLineInside(id, line, [reference.vietnamLand, communeByName(reference, commune)]);
  return line;
}

function offsets(origin: Position, steps: readonly [number, number][]): Position[] {
  return steps.map(([east, north]) => offsetPosition(origin, east, north));
}

export function projectSites(reference: ReferenceData, inputs: SiteInputs) {
  const chiMa = required(inputs.gates, 'gate-chi-ma');
  const binhNghi = required(inputs.gates, 'gate-binh-nghi');
  const tanThanh = required(inputs.gates, 'gate-tan-thanh');
  const lane1119 = required(inputs.lanes, 'cargo-lane-1119-1120');
  const lane1088 = required(inputs.lanes, 'cargo-lane-1088-2-1089');
  const gateRoad = turf.lineString(huuNghiGateRoad);
  /** The Bản Giểng road ends inside the Co Sa area, 250 m back from the border. */
  const coSa = findPositionNear(turf.centroid(inputs.coSaArea).geometry.coordinates, [insideVietnam(reference, 250), insidePolygon(turf.feature(inputs.coSaArea), 30)], {
    stepMetres: 10,
    maxRadiusMetres: 2000,
  });

  /** Point on the 1088/2–1089 lane 300 m back from the border, then 60 m to its north side. */
  const lane1088Length = turf.length(turf.feature(lane1088), { units: 'meters' });
  const beside1088 = offsetPosition(turf.along(lane1088, lane1088Length - 300, { units: 'meters' }).geometry.coordinates, 0, 60);

  const dongBanhCentre: Position = [106.488, 21.537];
  const dongBanhOutline = turf.polygon([
    [...offsets(dongBanhCentre, [[-800, -500], [300, -650], [850, -200], [700, 450], [-100, 600], [-750, 250]]), offsetPosition(dongBanhCentre, -800, -500)],
  ]).geometry;
  const [dongBanhPark] = clipPolygon(dongBanhOutline, [communeByName(reference, 'Tân Thành'), reference.vietnamLand]).sort((a, b) => turf.area(b) - turf.area(a));
  if (!dongBanhPark) throw new Error('project sites: Đồng Bành park outline is empty');

  const cooperationCircle = turf.circle(tanThanh, 650, { units: 'meters', steps: 48 }).geometry;
  const [cooperationZone] = clipPolygon(cooperationCircle, [communeByName(reference, 'Hoàng Văn Thụ'), reference.vietnamLand]).sort((a, b) => turf.area(b) - turf.area(a));
  if (!cooperationZone) throw new Error('project sites: Tân Thanh – Pò Chài zone is empty');

  const vsip: Point = {
    type: 'Point',
    coordinates: findPositionNear([106.365, 21.486], [insidePolygon(communeByName(reference, 'Hữu Lũng'), 200)], { stepMetres: 20, maxRadiusMetres: 3000 }),
  };

  return {
    binhNghiOffice: placeRectangle(reference, 'Quốc Việt', offsetPosition(binhNghi, -250, 0), { width: 80, height: 50 }, { minFromBorder: 150 }),
    dongBanhRoad: checkedLine(reference, 'project-dong-banh-ip-road-phase-1', 'Tân Thành', [[106.4785, 21.5262], [106.4838, 21.5318], [106.4890, 21.5368], [106.4950, 21.5402]]),
    dongBanhPark,
    chiMaBranchRoads: checkedLine(reference, 'project-chi-ma-branch-roads', 'Mẫu Sơn', offsets(chiMa, [[-900, -260], [-420, -170], [0, -90], [450, -160], [900, -300]])),
    chiMaControlHouse: placeRectangle(reference, 'Mẫu Sơn', offsetPosition(chiMa, 60, -40), { width: 60, height: 36 }, { minFromBorder: 60 }),
    chiMaLotCc7: placeRectangle(reference, 'Mẫu Sơn', offsetPosition(chiMa, -300, -330), { width: 120, height: 90 }, { minFromBorder: 150 }),
    banGiengRoad: checkedLine(reference, 'project-ban-gieng-road', 'Mẫu Sơn', [...offsets(chiMa, [[-1300, -1900], [-2600, -1500], [-3700, -800]]), coSa]),
    tuMichNaCangRoad: checkedLine(reference, 'project-tu-mich-na-cang-road', 'Mẫu Sơn', offsets(chiMa, [[900, -2300], [1900, -2900], [2900, -3300], [3800, -3900]])),
    huuNghiBarrier: { type: 'Point', coordinates: turf.along(gateRoad, 120, { units: 'meters' }).geometry.coordinates } satisfies Point,
    // Cut on the VN-2000 TM-3 plane as survey chainage is measured (shared/geo), from the centreline of road-centrelines.geojson.
    huuNghiInternalRoad: segmentBetweenChainages(huuNghiGateRoad, HUU_NGHI_UPGRADE_FROM_METRES, HUU_NGHI_UPGRADE_TO_METRES).geometry,
    cargoRoad1119: lane1119,
    cargoRoad1088: lane1088,
    interAgencyBuilding1088: placeRectangle(reference, 'Hoàng Văn Thụ', beside1088, { width: 70, height: 45 }, { minFromBorder: 80, extra: [farFromLine(lane1088, 30)] }),
    cooperationZone,
    huuNghiXuanCuongYard: placeRectangle(reference, 'Đồng Đăng', [106.7232, 21.9700], { width: 240, height: 170, rotation: 40 }, { minFromBorder: 100, extra: [farFromLine(lane1119, 30)] }),
    baoNguyenYard: placeRectangle(reference, 'Hoàng Văn Thụ', [106.6790, 22.0112], { width: 200, height: 140, rotation: 20 }, { minFromBorder: 100, extra: [farFromLine(lane1088, 30)] }),
    vsip,
  };
}

export type ProjectSites = ReturnType<typeof projectSites>;
