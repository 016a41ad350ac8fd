/**
 * Checks the committed demo dataset (geodata/*.geojson + manifest.json) against the shared schemas,
 * the shared geometry validator and the real reference geography it was built from (the border
 * line, Vietnam's land, the 2025 communes — all files in this folder, so no network is needed).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { landUseClass } from '../shared/domain/land-use.ts';
import { areaHectares } from '../shared/geo/area-square-meters.ts';
import { validateFeatureGeometry } from '../shared/geo/validate-geojson.ts';
import { findLayer, layers } from '../shared/layers/registry.ts';

interface ManifestEntry {
  id: string;
  file: string;
  layer: string | null;
  title: string;
  source: string;
  license: string;
  attribution?: string;
  crs: string;
  illustrative: boolean;
  generatedBy: string;
  /** Made at seed time: `file` names the generator (parcels.test.ts checks the parcels). */
  generator?: string;
}

type Properties = Record<string, unknown>;
type AnyFeature = Feature<Geometry, Properties>;
type Area = Feature<Polygon | MultiPolygon, Properties>;

const directory = new URL('./', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', directory), 'utf8')) as ManifestEntry[];

function readFeatures(file: string): AnyFeature[] {
  return (JSON.parse(readFileSync(new URL(file, directory), 'utf8')) as FeatureCollection<Geometry, Properties>).features;
}

function layerFeatures(layerId: string): AnyFeature[] {
  const entry = manifest.find((e) => e.layer === layerId);
  if (!entry) throw new Error(`no manifest entry for layer ${layerId}`);
  return readFeatures(entry.file);
}

const borderLines = layerFeatures('border-line') as Feature<LineString, Properties>[];
const vietnamLand = readFeatures('basemap/vietnam-land.geojson')[0] as Area;
const communes = layerFeatures('communes') as Area[];
const gates = layerFeatures('border-gates');
const markers = layerFeatures('border-markers') as Feature<Point, Properties>[];
const lanes = layerFeatures('cargo-lanes') as Feature<LineString, Properties>[];
const zones = layerFeatures('planning-zones') as Area[];
const projects = layerFeatures('projects');
const clearanceBoundaries = layerFeatures('clearance-boundaries') as Area[];
const resettlementAreas = layerFeatures('resettlement-areas') as Area[];

/** The nine units covering the zone (REFERENCE.md §5.3). */
const ZONE_COMMUNES = ['Đồng Đăng', 'Kỳ Lừa', 'Tam Thanh', 'Lương Văn Tri', 'Đông Kinh', 'Cao Lộc', 'Khánh Khê', 'Hoàng Văn Thụ', 'Chiến Thắng'];
/** "A few metres": how far outside its commune or Vietnam a vertex of a clipped shape may lie. */
const TOLERANCE_METRES = 3;

function commune(name: unknown): Area {
  const found = communes.find((c) => c.properties.name === name);
  if (!found) throw new Error(`no commune named ${String(name)}`);
  return found;
}

function distanceToBorderMetres(position: Position): number {
  return Math.min(...borderLines.map((line) => turf.pointToLineDistance(position, line, { units: 'meters' })));
}

function positions(geometry: Geometry): Position[] {
  return turf.coordAll(turf.feature(geometry));
}

/** The part of an area inside a box, without the empty rings bboxClip leaves; null when nothing is left. */
function clipToBox(area: Area, box: [number, number, number, number]): Feature<MultiPolygon> | null {
  const clipped = turf.bboxClip(area, box).geometry as Polygon | MultiPolygon;
  const polygons = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  return polygons.length === 0 ? null : turf.multiPolygon(polygons);
}

/**
 * Metres a position lies outside an area (0 when inside). Only the area's edges within
 * `windowDegrees` of the position are measured (the commune and land outlines are large), so
 * anything farther than the window reads as Infinity.
 */
function metresOutside(position: Position, area: Area, windowDegrees = 0.0005): number {
  if (turf.booleanPointInPolygon(position, area)) return 0;
  const [lon, lat] = position as [number, number];
  const local = clipToBox(area, [lon - windowDegrees, lat - windowDegrees, lon + windowDegrees, lat + windowDegrees]);
  if (!local) return Infinity;
  return turf.pointToPolygonDistance(position, local, { units: 'meters' });
}

/**
 * The generalised commune outlines stop up to a few hundred metres short of the OSM border in places
 * (REFERENCE.md §5.1). A cargo road that reaches the border crosses that strip: a position counts as
 * in the commune when it is inside it, or within 300 m of the border with that commune the nearest.
 */
function inCommuneOrItsBorderStrip(position: Position, name: string): boolean {
  if (metresOutside(position, commune(name)) <= TOLERANCE_METRES) return true;
  if (distanceToBorderMetres(position) > 300) return false;
  const stripWindowDegrees = 0.005;
  const nearest = [...communes].sort((a, b) => metresOutside(position, a, stripWindowDegrees) - metresOutside(position, b, stripWindowDegrees))[0];
  return nearest?.properties.name === name;
}

/** Vertices farther than the tolerance outside the area, plus the share of the shape's area outside it. */
function outsideOf(shape: Feature<Polygon | MultiPolygon>, area: Area): { vertices: number; areaShare: number } {
  const vertices = positions(shape.geometry).filter((p) => metresOutside(p, area) > TOLERANCE_METRES).length;
  const [west, south, east, north] = turf.bbox(shape);
  const margin = 0.001;
  const local = clipToBox(area, [west - margin, south - margin, east + margin, north + margin]);
  const outside = local ? turf.difference(turf.featureCollection<Polygon | MultiPolygon>([shape, local])) : shape;
  return { vertices, areaShare: outside ? turf.area(outside) / turf.area(shape) : 0 };
}

/**
 * Rounding every vertex to 6 decimals (≤ 0.08 m) leaves hairline slivers where one zone has a long
 * straight edge and its neighbour has vertices along it: overlaps thinner than this are not overlaps.
 */
const ROUNDING_SLIVER_METRES = 0.25;

/** Average width of a shape: twice its area over its perimeter (a 300 m × 0.05 m sliver → 0.05 m). */
function averageWidthMetres(shape: Feature<Polygon | MultiPolygon>): number {
  const perimeter = turf.length(turf.polygonToLine(shape) as Feature<LineString | MultiLineString>, { units: 'meters' });
  return perimeter === 0 ? 0 : (2 * turf.area(shape)) / perimeter;
}

function mainBorderLine(): Feature<LineString, Properties> {
  const longest = [...borderLines].sort((a, b) => turf.length(b) - turf.length(a))[0];
  if (!longest) throw new Error('no border line');
  return longest;
}

function alongBorderMetres(position: Position): number {
  return turf.nearestPointOnLine(mainBorderLine(), position, { units: 'meters' }).properties.location;
}

function marker(number: string): Feature<Point, Properties> {
  const found = markers.find((m) => m.properties.number === number);
  if (!found) throw new Error(`no marker ${number}`);
  return found;
}

describe('manifest', () => {
  it('lists every layer of the registry', () => {
    expect(layers.map((l) => l.id).filter((id) => !manifest.some((e) => e.layer === id))).toEqual([]);
  });

  it('points at existing files, in EPSG:4326, generated by the build script', () => {
    for (const entry of manifest) {
      expect(existsSync(new URL(entry.file, directory)), entry.file).toBe(true);
      expect(entry.crs).toBe('EPSG:4326');
      expect(entry.generatedBy).toBe('geodata/build/build-demo.ts');
    }
  });

  it('names a source and a licence for every dataset, and OSM attribution where the licence is ODbL', () => {
    for (const entry of manifest) {
      expect(entry.source.length, entry.id).toBeGreaterThan(10);
      expect(entry.license.length, entry.id).toBeGreaterThan(2);
      if (entry.license.includes('ODbL')) expect(entry.attribution, entry.id).toContain('© OpenStreetMap contributors');
    }
  });

  it('uses only layer ids from the registry', () => {
    for (const entry of manifest) if (entry.layer !== null) expect(findLayer(entry.layer), entry.id).toBeDefined();
  });
});

describe.each(manifest.filter((entry) => entry.layer !== null && entry.generator === undefined))('$id', (entry) => {
  const features = readFeatures(entry.file);
  const layer = findLayer(entry.layer as string);

  it('has features', () => {
    expect(features.length).toBeGreaterThan(0);
  });

  it('passes the shared geometry validator', () => {
    const problems = features.flatMap((f) => validateFeatureGeometry(f).map((p) => `${String(f.id)} ${p.path}: ${p.message}`));
    expect(problems).toEqual([]);
  });

  it("passes the layer's property schema", () => {
    const failures = features.flatMap((f) => {
      const result = layer?.schema.safeParse(f.properties);
      return result?.success ? [] : [`${String(f.id)}: ${result?.error.message ?? 'no layer'}`];
    });
    expect(failures).toEqual([]);
  });

  it('gives every feature a unique kebab-case string id', () => {
    const ids = features.map((f) => f.id);
    for (const id of ids) expect(String(id)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rounds coordinates to 6 decimals', () => {
    const long = features.flatMap((f) => positions(f.geometry)).filter((p) => p.some((v) => Math.abs(v * 1e6 - Math.round(v * 1e6)) > 1e-6));
    expect(long).toEqual([]);
  });

  it('winds polygon exteriors counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of features) {
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
      for (const [exterior, ...holes] of polygons) {
        expect(turf.booleanClockwise(exterior as Position[]), String(f.id)).toBe(false);
        for (const hole of holes) expect(turf.booleanClockwise(hole), String(f.id)).toBe(true);
      }
    }
  });

  // Only the polygon layers carry areaHa; defined conditionally so nothing is reported as skipped.
  if (features.some((f) => 'areaHa' in f.properties)) {
    it('stores areaHa equal to areaHectares of the geometry (VN-2000 TM-3)', () => {
      for (const f of features) expect(f.properties.areaHa, String(f.id)).toBe(areaHectares(f.geometry));
    });
  }
});

describe('communes', () => {
  it('holds all 65 units of Lạng Sơn', () => {
    expect(communes).toHaveLength(65);
  });

  it('marks exactly the nine zone units as inZone, each with its relation to the zone', () => {
    const inZone = communes.filter((c) => c.properties.inZone);
    expect(inZone.map((c) => c.properties.name).sort()).toEqual([...ZONE_COMMUNES].sort());
    for (const c of inZone) expect(String(c.properties.zoneRelation).length).toBeGreaterThan(5);
  });

  it('names each feature after its code (commune-11-1806 for 11.1806)', () => {
    for (const c of communes) expect(c.id).toBe(`commune-${String(c.properties.code).replace('.', '-')}`);
  });
});

describe('border markers', () => {
  it('lie within 30 m of the border line', () => {
    for (const m of markers) expect(distanceToBorderMetres(m.geometry.coordinates), String(m.id)).toBeLessThan(30);
  });

  it('are numbered west → east along the line', () => {
    const numeric = (n: unknown) => Number(String(n).replace('/', '.'));
    const byNumber = [...markers].sort((a, b) => numeric(a.properties.number) - numeric(b.properties.number));
    const along = byNumber.map((m) => alongBorderMetres(m.geometry.coordinates));
    expect(along).toEqual([...along].sort((a, b) => a - b));
  });

  it('sit near their gates (REFERENCE.md §5.1)', () => {
    const near = (numbers: string[], centre: Position, metres: number) => {
      for (const n of numbers) expect(turf.distance(marker(n).geometry.coordinates, centre, { units: 'meters' }), n).toBeLessThan(metres);
    };
    near(['1088/2', '1089', '1090', '1091'], [106.681, 22.004], 1000);
    near(['1104', '1105'], [106.693, 21.971], 1000);
    near(['1116', '1117', '1119', '1120'], [106.711, 21.974], 2000);
  });

  it('are all flagged approximate', () => {
    expect(markers.every((m) => m.properties.approximate === true)).toBe(true);
  });
});

describe('border gates', () => {
  const points = gates.filter((g): g is Feature<Point, Properties> => g.geometry.type === 'Point');

  it('are points on the Vietnamese side of the border', () => {
    for (const g of points) expect(turf.booleanPointInPolygon(g.geometry, vietnamLand), String(g.id)).toBe(true);
  });

  it('lie inside their named commune', () => {
    for (const g of points) expect(turf.booleanPointInPolygon(g.geometry, commune(g.properties.commune)), String(g.id)).toBe(true);
  });

  it('give Co Sa – Nà Ủ as a not-agreed area inside xã Mẫu Sơn, pointing to Decision 1199/QĐ-TTg', () => {
    const coSa = gates.find((g) => g.id === 'gate-co-sa-na-u') as Area;
    expect(coSa.geometry.type).toBe('Polygon');
    expect(coSa.properties.locationStatus).toBe('not-agreed');
    expect(String(coSa.properties.note)).toContain('1199/QĐ-TTg');
    expect(outsideOf(coSa, commune('Mẫu Sơn')).areaShare).toBeLessThan(0.001);
    expect(outsideOf(coSa, vietnamLand).areaShare).toBeLessThan(0.001);
  });
});

describe('cargo lanes', () => {
  it('end on the border between their two markers', () => {
    for (const lane of lanes) {
      const end = lane.geometry.coordinates.at(-1) as Position;
      expect(distanceToBorderMetres(end), String(lane.id)).toBeLessThan(1);
      const [from, to] = [marker(String(lane.properties.fromMarker)), marker(String(lane.properties.toMarker))].map((m) => alongBorderMetres(m.geometry.coordinates));
      const at = alongBorderMetres(end);
      expect(at).toBeGreaterThan(Math.min(from as number, to as number));
      expect(at).toBeLessThan(Math.max(from as number, to as number));
    }
  });

  it('run 0.8–2 km inland inside Vietnam', () => {
    for (const lane of lanes) {
      const length = turf.length(lane, { units: 'meters' });
      expect(length, String(lane.id)).toBeGreaterThan(800);
      expect(length, String(lane.id)).toBeLessThan(2000);
      for (let metres = 0; metres < length - 1; metres += 20) {
        expect(turf.booleanPointInPolygon(turf.along(lane, metres, { units: 'meters' }), vietnamLand), `${String(lane.id)} at ${metres} m`).toBe(true);
      }
    }
  });

  it('carry lane counts only on the cargo roads, where the notices give them', () => {
    for (const lane of lanes) {
      if (lane.properties.kind === 'clearance-path') expect([lane.properties.lanesNow, lane.properties.lanesPlanned], String(lane.id)).toEqual([undefined, undefined]);
      else expect(lane.properties.lanesPlanned, String(lane.id)).toBe(8);
    }
  });
});

describe('planning zones', () => {
  it('number 40–80, all in the current general plan revision', () => {
    expect(zones.length).toBeGreaterThanOrEqual(40);
    expect(zones.length).toBeLessThanOrEqual(80);
    for (const z of zones) expect([z.properties.planId, z.properties.revisionId]).toEqual(['dd-ls-general', 'dd-ls-general-current']);
  });

  it('lie in the nine zone communes', () => {
    for (const z of zones) expect(ZONE_COMMUNES, String(z.id)).toContain(z.properties.commune);
  });

  it('lie inside their named commune (within a few metres)', () => {
    for (const z of zones) {
      const outside = outsideOf(z, commune(z.properties.commune));
      expect(outside.vertices, String(z.id)).toBe(0);
      expect(outside.areaShare, String(z.id)).toBeLessThan(0.001);
    }
  });

  it('lie in Vietnam (within a few metres)', () => {
    for (const z of zones) {
      const outside = outsideOf(z, vietnamLand);
      expect(outside.vertices, String(z.id)).toBe(0);
      expect(outside.areaShare, String(z.id)).toBeLessThan(0.001);
    }
  });

  it('do not overlap one another', () => {
    const overlaps: string[] = [];
    zones.forEach((a, i) => {
      for (const b of zones.slice(i + 1)) {
        const [aw, as, ae, an] = turf.bbox(a);
        const [bw, bs, be, bn] = turf.bbox(b);
        if (aw > be || bw > ae || as > bn || bs > an) continue;
        const shared = turf.intersect(turf.featureCollection<Polygon | MultiPolygon>([a, b]));
        if (shared && averageWidthMetres(shared) > ROUNDING_SLIVER_METRES) overlaps.push(`${String(a.id)} × ${String(b.id)}: ${turf.area(shared).toFixed(0)} m²`);
      }
    });
    expect(overlaps).toEqual([]);
  });

  it('keep indicators within the QCVN 01:2021 limits of their land-use class', () => {
    for (const z of zones) {
      const limits = landUseClass(String(z.properties.landUse));
      const { coveragePercentMax, floorAreaRatioMax, floorsMin, floorsMax } = z.properties as Record<string, number | undefined>;
      if (coveragePercentMax !== undefined && limits?.maxCoveragePercent !== undefined) expect(coveragePercentMax, String(z.id)).toBeLessThanOrEqual(limits.maxCoveragePercent);
      if (floorAreaRatioMax !== undefined && limits?.maxFloorAreaRatio !== undefined) expect(floorAreaRatioMax, String(z.id)).toBeLessThanOrEqual(limits.maxFloorAreaRatio);
      if (floorsMin !== undefined && floorsMax !== undefined) expect(floorsMin, String(z.id)).toBeLessThanOrEqual(floorsMax);
      if (floorAreaRatioMax !== undefined && coveragePercentMax !== undefined && floorsMax !== undefined)
        expect(floorAreaRatioMax, `${String(z.id)}: FAR ≤ coverage × floors`).toBeLessThanOrEqual((coveragePercentMax / 100) * floorsMax + 1e-9);
    }
  });

  it('leave indicators off green, forest, water, agriculture, security and defence zones', () => {
    const bare = ['forest', 'water', 'agriculture', 'special'];
    for (const z of zones.filter((zone) => bare.includes(landUseClass(String(zone.properties.landUse))?.group ?? ''))) {
      expect([z.properties.coveragePercentMax, z.properties.floorAreaRatioMax], String(z.id)).toEqual([undefined, undefined]);
    }
  });

  it('have exactly one security and one defence zone', () => {
    expect(zones.filter((z) => z.properties.landUse === 'DAT_Anninh')).toHaveLength(1);
    expect(zones.filter((z) => z.properties.landUse === 'DAT_Quocphong')).toHaveLength(1);
  });

  it('say they are illustrative', () => {
    for (const z of zones) {
      expect(z.properties.illustrative).toBe(true);
      expect(String(z.properties.source)).toContain('illustrative');
    }
  });
});

describe('projects', () => {
  /** Every project BRIEF.md "Investment projects" names, by a fragment of its Vietnamese name. */
  const namedInBrief = [
    'Nhà làm việc liên ngành và nhà công vụ cửa khẩu Bình Nghi',
    'Đường giao thông khu công nghiệp Đồng Bành (giai đoạn 1)',
    'nhánh Đông, nhánh Tây, đường nội bộ khu vực cửa khẩu Chi Ma',
    'Đường Bản Giểng',
    'Nhà kiểm soát liên ngành số 1 cửa khẩu Chi Ma',
    'đường Tú Mịch – Nà Căng',
    'hệ thống barie tự động tại cửa khẩu quốc tế Hữu Nghị',
    'đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1119–1120',
    'đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1088/2–1089 từ 04 làn',
    'Tòa nhà làm việc liên ngành tại đường chuyên dụng',
    'đường nội bộ khu vực cửa khẩu Hữu Nghị đoạn Km1+106,19 – Km1+838,85',
    'Khu hợp tác thương mại, du lịch Tân Thanh – Pò Chài',
    'Hữu Nghị Xuân Cường',
    'Bảo Nguyên',
    'lô CC7 cửa khẩu Chi Ma',
    'kết cấu hạ tầng khu công nghiệp Đồng Bành',
    'VSIP Lạng Sơn',
  ];

  it.each(namedInBrief)('include "%s"', (fragment) => {
    expect(projects.filter((p) => String(p.properties.name).includes(fragment))).toHaveLength(1);
  });

  it('cite only decisions named in the sources', () => {
    const named = new Set(['865/QĐ-TTg (17/8/2024)', '474/QĐ-UBND (26/02/2025)']);
    for (const p of projects) for (const decision of p.properties.decisions as string[]) expect(named, String(p.id)).toContain(decision);
  });

  it('state capital only where a source gives it (174.7 billion VND, cargo road 1119–1120)', () => {
    const withCapital = projects.filter((p) => p.properties.capitalBillionVnd !== undefined);
    expect(withCapital.map((p) => [p.id, p.properties.capitalBillionVnd])).toEqual([['project-cargo-road-1119-1120', 174.7]]);
  });

  it('leave progress out (no source gives it)', () => {
    expect(projects.filter((p) => p.properties.progressPercent !== undefined)).toEqual([]);
  });

  it('mark the Sep 2025 final-accounts deadline on the overdue projects', () => {
    const overdue = projects.filter((p) => p.properties.status === 'final-accounts-overdue');
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    for (const p of overdue) expect(p.properties.finalAccountsDeadline, String(p.id)).toBe('2025-09-30');
  });

  it('lie in Vietnam and in their named commune (or the strip between its outline and the border)', () => {
    for (const p of projects) {
      for (const position of positions(p.geometry)) {
        expect(metresOutside(position, vietnamLand), String(p.id)).toBeLessThanOrEqual(TOLERANCE_METRES);
        expect(inCommuneOrItsBorderStrip(position, String(p.properties.commune)), `${String(p.id)} at ${position.join(', ')}`).toBe(true);
      }
    }
  });
});

describe('clearance boundaries', () => {
  it('belong to existing projects', () => {
    const ids = new Set(projects.map((p) => p.id));
    for (const c of clearanceBoundaries) expect(ids, String(c.id)).toContain(c.properties.projectId);
  });

  it('lie inside their commune and Vietnam (within a few metres)', () => {
    for (const c of clearanceBoundaries) {
      expect(outsideOf(c, commune(c.properties.commune)).vertices, String(c.id)).toBe(0);
      expect(outsideOf(c, vietnamLand).vertices, String(c.id)).toBe(0);
    }
  });

  it('target a handover in 2026–2027', () => {
    for (const c of clearanceBoundaries) expect(String(c.properties.targetHandoverDate), String(c.id)).toMatch(/^202[67]-/);
  });
});

describe('resettlement areas', () => {
  it('allocate no more lots than they hold', () => {
    for (const r of resettlementAreas) expect(r.properties.allocatedLots as number, String(r.id)).toBeLessThanOrEqual(r.properties.capacityLots as number);
  });

  it('serve existing projects', () => {
    const ids = new Set(projects.map((p) => p.id));
    for (const r of resettlementAreas) for (const projectId of r.properties.forProjects as string[]) expect(ids, String(r.id)).toContain(projectId);
  });

  it('lie inside their commune, at least 1 km from the border', () => {
    for (const r of resettlementAreas) {
      expect(outsideOf(r, commune(r.properties.commune)).vertices, String(r.id)).toBe(0);
      for (const position of positions(r.geometry)) expect(distanceToBorderMetres(position), String(r.id)).toBeGreaterThan(1000);
    }
  });
});

describe('land lots', () => {
  const lots = layerFeatures('land-lots') as Area[];
  const gatePoints = gates.filter((g) => g.geometry.type === 'Point') as Feature<Point, Properties>[];

  it('are several dozen, each in a park the brief names, said to be illustrative', () => {
    expect(lots.length).toBeGreaterThanOrEqual(36);
    expect(new Set(lots.map((l) => l.properties.park))).toEqual(
      new Set(['kcn-dong-banh', 'kcn-hong-phong', 'kcn-vsip-lang-son', 'logistics-huu-nghi', 'logistics-tan-thanh', 'hop-tac-tan-thanh-po-chai', 'cua-khau-chi-ma']),
    );
    for (const lot of lots) {
      expect(lot.properties.illustrative, String(lot.id)).toBe(true);
      expect(String(lot.properties.source), String(lot.id)).toMatch(/^Minh họa \(illustrative\)/);
    }
  });

  it('lie inside their commune and Vietnam, and never on each other', () => {
    for (const lot of lots) {
      expect(outsideOf(lot, commune(lot.properties.commune)).vertices, String(lot.id)).toBe(0);
      expect(outsideOf(lot, vietnamLand).vertices, String(lot.id)).toBe(0);
    }
    for (const [i, a] of lots.entries()) for (const b of lots.slice(i + 1)) expect(turf.booleanIntersects(a, b), `${String(a.id)} / ${String(b.id)}`).toBe(false);
  });

  it('keep off security and defence land', () => {
    const restricted = zones.filter((z) => landUseClass(String(z.properties.landUse))?.restricted);
    expect(restricted.length).toBeGreaterThan(0);
    for (const lot of lots) for (const zone of restricted) expect(turf.booleanIntersects(lot, zone), `${String(lot.id)} / ${String(zone.id)}`).toBe(false);
  });

  it('carry their VN-2000 area in m² and ha', () => {
    for (const lot of lots) {
      expect(lot.properties.areaHa, String(lot.id)).toBe(areaHectares(lot.geometry));
      expect(Math.abs((lot.properties.areaM2 as number) / 10_000 - (lot.properties.areaHa as number)), String(lot.id)).toBeLessThan(0.006);
    }
  });

  it('keep indicators within the QCVN 01:2021 limits of their land use, FAR ≤ coverage × floors', () => {
    for (const lot of lots) {
      const limits = landUseClass(String(lot.properties.landUse));
      const { coveragePercentMax, floorAreaRatioMax, floorsMax } = lot.properties as { coveragePercentMax: number; floorAreaRatioMax: number; floorsMax: number };
      if (limits?.maxCoveragePercent !== undefined) expect(coveragePercentMax, String(lot.id)).toBeLessThanOrEqual(limits.maxCoveragePercent);
      if (limits?.maxFloorAreaRatio !== undefined) expect(floorAreaRatioMax, String(lot.id)).toBeLessThanOrEqual(limits.maxFloorAreaRatio);
      expect(floorAreaRatioMax, String(lot.id)).toBeLessThanOrEqual((coveragePercentMax / 100) * floorsMax + 1e-9);
    }
  });

  it('make lot CC7 of Chi Ma the footprint of its suspended project', () => {
    const cc7 = lots.find((l) => l.properties.code === 'CC7');
    const project = projects.find((p) => p.id === 'project-chi-ma-cc7-commercial-building');
    expect(cc7?.properties).toMatchObject({ park: 'cua-khau-chi-ma', projectId: 'project-chi-ma-cc7-commercial-building', status: 'leased' });
    expect(project?.properties.status).toBe('suspended');
    expect(cc7?.geometry).toEqual(project?.geometry);
  });

  it('name no decision the sources do not give', () => {
    for (const lot of lots) expect(lot.properties.planDecision, String(lot.id)).toBeNull();
  });

  it('offer investors several available industrial lots over 2 ha within 10 km of a border gate', () => {
    const near = lots.filter(
      (lot) =>
        lot.properties.status === 'available' &&
        landUseClass(String(lot.properties.landUse))?.group === 'industrial' &&
        (lot.properties.areaHa as number) > 2 &&
        Math.min(...gatePoints.map((gate) => turf.distance(turf.centroid(lot), gate, { units: 'kilometers' }))) <= 10,
    );
    expect(near.length).toBeGreaterThanOrEqual(4);
  });
});
