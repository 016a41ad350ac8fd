/**
 * Illustrative cadastral parcels (thửa đất), generated deterministically at seed time from files in
 * geodata/ (the 2025 communes, Vietnam's land, the clearance boundaries): ~37 000 parcels are
 * ~20 MB of GeoJSON (2 MB gzipped), too much to commit, and the same inputs always give the same parcels.
 *
 * Layout, on the VN-2000 TM-3 107°15′ plane (EPSG:9215) where cadastral maps are drawn: a jittered
 * lattice of ~1 ha blocks per commune, separated by paths, kept where a block lies wholly inside
 * its commune and inside Vietnam, around each settlement core and each clearance boundary. A block
 * takes one land type — residential near the cores, paddies, annual and perennial crops further
 * out, production forest on the outskirts — clustered by smooth noise, and splits into parcels of
 * that type's size: ~170 m² house lots, ~600 m² paddies, ~2 000 m² gardens, ~0.5–1 ha forest plots.
 *
 * Key (REFERENCE.md §4.2, §6.4): (pre-2025 commune code, map sheet, parcel number). Sheets are
 * 500 m squares of the plane (1:1000 sheets), numbered per former commune from the north-west;
 * parcels are numbered per sheet from the top left, row by row. The former communes are the
 * `formedFrom` units of each 2025 commune; their extent is an illustrative partition (nearest
 * anchor: the known town or gate for TT Đồng Đăng, Tân Thanh and Tân Mỹ, spread-out points for the
 * rest) and their codes are illustrative (`<2025 code>.<n>`, n = place in `formedFrom`): the
 * official pre-2025 unit codes are not in the reference data.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { tm3ToWgs84, wgs84ToTm3 } from '../../shared/crs/vn2000.ts';
import { areaSquareMeters } from '../../shared/geo/area-square-meters.ts';
import type { CadastralLandType } from '../../shared/domain/cadastral-land-types.ts';
import type { ParcelProperties } from '../../shared/schemas/layer-properties.ts';

/** Short on purpose: every one of the tens of thousands of parcels (and its tile features) carries it; the manifest has the long form. */
export const PARCEL_SOURCE = 'Minh họa (illustrative): thửa đất sinh tự động, không phải bản đồ địa chính';

type Plane = [number, number];
type Area = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface ParcelInputs {
  communes: Area[];
  vietnamLand: Area;
  clearanceBoundaries: Area[];
}

const geodataDirectory = new URL('../', import.meta.url);

function readCollection(file: string): Area[] {
  return (JSON.parse(readFileSync(new URL(file, geodataDirectory), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>).features;
}

/** The committed geodata files the parcels are generated from. */
export function loadParcelInputs(): ParcelInputs {
  const [vietnamLand] = readCollection('basemap/vietnam-land.geojson');
  if (!vietnamLand) throw new Error('parcels: Vietnam land polygon missing');
  return { communes: readCollection('communes.geojson'), vietnamLand, clearanceBoundaries: readCollection('clearance-boundaries.geojson') };
}

/** Where parcels are laid out: circles (centre in WGS84, radius in metres) in one commune. */
interface Patch {
  communeCode: string;
  centre: Position;
  radiusMetres: number;
}

/** Settlement cores: residential land clusters around them. Known places from REFERENCE.md §5.1. */
const knownCores: readonly { communeCode: string; centre: Position }[] = [
  { communeCode: '11.1806', centre: [106.698, 21.9508] }, // Đồng Đăng town
  { communeCode: '11.1806', centre: [106.7150, 21.9700] }, // houses along the Hữu Nghị gate road
  { communeCode: '11.1827', centre: [106.6800, 22.0005] }, // Tân Thanh gate market
];

/** Known positions of former units (REFERENCE.md §5.1); the other former units get spread-out anchors. */
const knownFormerAnchors: Readonly<Record<string, Position>> = {
  'Thị trấn Đồng Đăng': [106.698, 21.9508],
  'Xã Tân Thanh': [106.68389, 22.00306],
  'Xã Tân Mỹ': [106.693, 21.971],
};

const BLOCK_METRES = 100;
const SHEET_METRES = 500;
/** Radius around each clearance boundary's centre that is always laid out. */
const AROUND_CLEARANCE_METRES = 1200;

/** Large patches around the border gates' communes; a small one in each other zone commune. */
const mainPatches: readonly Patch[] = [
  { communeCode: '11.1806', centre: [106.698, 21.9508], radiusMetres: 2200 },
  { communeCode: '11.1827', centre: [106.6839, 22.0031], radiusMetres: 1500 },
];
const OTHER_ZONE_COMMUNE_RADIUS_METRES = 300;

/** A deterministic hash of integers to [0, 1). */
function hash01(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const value of values) {
    h = Math.imul(h ^ (value | 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (h >>> 0) / 4294967296;
}

/** Smooth value noise in [0, 1): land types come in clusters of a few hundred metres. */
function smoothNoise(x: number, y: number, scale: number, seed: number): number {
  const gx = x / scale;
  const gy = y / scale;
  const x0 = Math.floor(gx);
  const y0 = Math.floor(gy);
  const fx = gx - x0;
  const fy = gy - y0;
  const sx = fx * fx * (3 - 2 * fx);
  const sy = fy * fy * (3 - 2 * fy);
  const a = hash01(x0, y0, seed);
  const b = hash01(x0 + 1, y0, seed);
  const c = hash01(x0, y0 + 1, seed);
  const d = hash01(x0 + 1, y0 + 1, seed);
  return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

/**
 * Fast point-in-polygon on the plane: edges bucketed by northing band, so a test looks at the few
 * edges near the point instead of the thousands of a commune outline.
 */
class PlaneRegion {
  private readonly bands = new Map<number, number[]>();
  private readonly bandMetres = 200;
  readonly box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];

  constructor(geometry: Polygon | MultiPolygon) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of polygons.flat()) {
      const plane = ring.map((p) => wgs84ToTm3([p[0] as number, p[1] as number]));
      for (let i = 0; i + 1 < plane.length; i++) {
        const [x1, y1] = plane[i] as Plane;
        const [x2, y2] = plane[i + 1] as Plane;
        this.box[0] = Math.min(this.box[0], x1);
        this.box[1] = Math.min(this.box[1], y1);
        this.box[2] = Math.max(this.box[2], x1);
        this.box[3] = Math.max(this.box[3], y1);
        for (let band = Math.floor(Math.min(y1, y2) / this.bandMetres); band <= Math.floor(Math.max(y1, y2) / this.bandMetres); band++) {
          let edges = this.bands.get(band);
          if (!edges) this.bands.set(band, (edges = []));
          edges.push(x1, y1, x2, y2);
        }
      }
    }
  }

  contains([x, y]: Plane): boolean {
    if (x < this.box[0] || x > this.box[2] || y < this.box[1] || y > this.box[3]) return false;
    const edges = this.bands.get(Math.floor(y / this.bandMetres));
    if (!edges) return false;
    let inside = false;
    for (let i = 0; i < edges.length; i += 4) {
      const x1 = edges[i] as number;
      const y1 = edges[i + 1] as number;
      const x2 = edges[i + 2] as number;
      const y2 = edges[i + 3] as number;
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) inside = !inside;
    }
    return inside;
  }
}

function planeCentre(area: Area): Plane {
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  const ring = polygons[0]?.[0] ?? [];
  let x = 0;
  let y = 0;
  for (const p of ring.slice(0, -1)) {
    const [e, n] = wgs84ToTm3([p[0] as number, p[1] as number]);
    x += e;
    y += n;
  }
  return [x / Math.max(1, ring.length - 1), y / Math.max(1, ring.length - 1)];
}

/** Land-type shares by distance to the nearest settlement core. */
function landTypeOf(distanceMetres: number, noise: number, residential: CadastralLandType): CadastralLandType {
  const table: readonly [CadastralLandType, number][] =
    distanceMetres < 450
      ? [[residential, 0.82], ['CLN', 0.18]]
      : distanceMetres < 1300
        ? [[residential, 0.12], ['LUC', 0.36], ['BHK', 0.2], ['CLN', 0.26], ['NTS', 0.06]]
        : [['RSX', 0.52], ['CLN', 0.24], ['BHK', 0.1], ['LUC', 0.14]];
  let cumulative = 0;
  for (const [code, share] of table) {
    cumulative += share;
    if (noise < cumulative) return code;
  }
  return (table[table.length - 1] as [CadastralLandType, number])[0];
}

/** Rows per block and the range of parcels per row, by land type: sizes of real parcels of that type. */
const splits: Readonly<Record<CadastralLandType, { rows: number; minColumns: number; maxColumns: number; pathMetres: number }>> = {
  ONT: { rows: 4, minColumns: 11, maxColumns: 15, pathMetres: 3 },
  ODT: { rows: 4, minColumns: 13, maxColumns: 17, pathMetres: 3.5 },
  LUC: { rows: 3, minColumns: 4, maxColumns: 6, pathMetres: 1.5 },
  BHK: { rows: 2, minColumns: 3, maxColumns: 5, pathMetres: 1.5 },
  CLN: { rows: 2, minColumns: 2, maxColumns: 3, pathMetres: 2 },
  RSX: { rows: 1, minColumns: 1, maxColumns: 2, pathMetres: 2 },
  NTS: { rows: 1, minColumns: 2, maxColumns: 3, pathMetres: 2 },
};

interface DraftParcel {
  ring: Plane[];
  centroid: Plane;
  landType: CadastralLandType;
  communeIndex: number;
}

/** Cuts at 0..1 with jitter: `count` pieces of roughly equal size. */
function cuts(count: number, jitter: number, ...seed: number[]): number[] {
  const result = [0];
  for (let k = 1; k < count; k++) result.push((k + (hash01(...seed, k) - 0.5) * jitter) / count);
  result.push(1);
  return result;
}

function roundPosition([lon, lat]: [number, number]): Position {
  return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
}

/**
 * The parcels, sorted by id. Pure: the same inputs give the same parcels, byte for byte.
 */
export function generateParcels(inputs: ParcelInputs): Feature<Polygon, ParcelProperties>[] {
  const zoneCommunes = inputs.communes.filter((c) => c.properties.inZone === true);
  const land = new PlaneRegion(inputs.vietnamLand.geometry);
  const regions = zoneCommunes.map((c) => new PlaneRegion(c.geometry));

  const patches: Patch[] = [...mainPatches];
  for (const boundary of inputs.clearanceBoundaries) {
    const commune = zoneCommunes.find((c) => c.properties.name === boundary.properties.commune);
    if (!commune) throw new Error(`parcels: no zone commune named ${String(boundary.properties.commune)}`);
    patches.push({ communeCode: String(commune.properties.code), centre: tm3ToWgs84(planeCentre(boundary)), radiusMetres: AROUND_CLEARANCE_METRES });
  }
  const cores: { communeCode: string; plane: Plane }[] = knownCores.map((core) => ({ communeCode: core.communeCode, plane: wgs84ToTm3(core.centre as [number, number]) }));
  for (const commune of zoneCommunes) {
    const code = String(commune.properties.code);
    if (mainPatches.some((p) => p.communeCode === code)) continue;
    const centre = interiorPoint(commune, regions[zoneCommunes.indexOf(commune)] as PlaneRegion, land);
    patches.push({ communeCode: code, centre: tm3ToWgs84(centre), radiusMetres: OTHER_ZONE_COMMUNE_RADIUS_METRES });
    cores.push({ communeCode: code, plane: centre });
  }

  const drafts: DraftParcel[] = [];
  zoneCommunes.forEach((commune, communeIndex) => {
    const code = String(commune.properties.code);
    const own = patches.filter((p) => p.communeCode === code).map((p) => ({ plane: wgs84ToTm3(p.centre as [number, number]), radius: p.radiusMetres }));
    if (own.length === 0) return;
    const region = regions[communeIndex] as PlaneRegion;
    const residential: CadastralLandType = commune.properties.kind === 'ward' ? 'ODT' : 'ONT';
    const communeCores = cores.filter((c) => c.communeCode === code).map((c) => c.plane);
    // Each commune's lattice has its own origin and a slight rotation, as field patterns do.
    const origin = own[0]?.plane as Plane;
    const angle = ((hash01(communeIndex, 77) - 0.5) * 40 * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const corner = (i: number, j: number): Plane => {
      const jx = (hash01(i, j, communeIndex, 1) - 0.5) * 24;
      const jy = (hash01(i, j, communeIndex, 2) - 0.5) * 24;
      const lx = i * BLOCK_METRES + jx;
      const ly = j * BLOCK_METRES + jy;
      return [origin[0] + lx * cos - ly * sin, origin[1] + lx * sin + ly * cos];
    };
    const reach = Math.max(...own.map((p) => Math.hypot(p.plane[0] - origin[0], p.plane[1] - origin[1]) + p.radius));
    const span = Math.ceil(reach / BLOCK_METRES) + 1;
    for (let j = -span; j < span; j++) {
      for (let i = -span; i < span; i++) {
        const c00 = corner(i, j);
        const c10 = corner(i + 1, j);
        const c11 = corner(i + 1, j + 1);
        const c01 = corner(i, j + 1);
        const centre: Plane = [(c00[0] + c10[0] + c11[0] + c01[0]) / 4, (c00[1] + c10[1] + c11[1] + c01[1]) / 4];
        if (!own.some((p) => Math.hypot(centre[0] - p.plane[0], centre[1] - p.plane[1]) <= p.radius)) continue;
        if (![c00, c10, c11, c01].every((c) => region.contains(c) && land.contains(c))) continue;
        const distance = Math.min(...communeCores.map((core) => Math.hypot(centre[0] - core[0], centre[1] - core[1])));
        const noise = 0.75 * smoothNoise(centre[0], centre[1], 350, communeIndex) + 0.25 * hash01(i, j, communeIndex, 3);
        const landType = landTypeOf(distance, noise, residential);
        const split = splits[landType];
        // Bilinear map of the block: lines of constant u or v are straight, so parcels are exact quadrilaterals.
        const inset = split.pathMetres / BLOCK_METRES;
        const at = (u: number, v: number): Plane => {
          const uu = inset + u * (1 - 2 * inset);
          const vv = inset + v * (1 - 2 * inset);
          return [
            (1 - uu) * (1 - vv) * c00[0] + uu * (1 - vv) * c10[0] + uu * vv * c11[0] + (1 - uu) * vv * c01[0],
            (1 - uu) * (1 - vv) * c00[1] + uu * (1 - vv) * c10[1] + uu * vv * c11[1] + (1 - uu) * vv * c01[1],
          ];
        };
        const rows = cuts(split.rows, 0.35, i, j, communeIndex, 4);
        for (let r = 0; r < split.rows; r++) {
          const columns = split.minColumns + Math.floor(hash01(i, j, r, communeIndex, 5) * (split.maxColumns - split.minColumns + 1));
          const across = cuts(columns, 0.5, i, j, r, communeIndex, 6);
          const v0 = rows[r] as number;
          const v1 = rows[r + 1] as number;
          for (let k = 0; k < columns; k++) {
            const u0 = across[k] as number;
            const u1 = across[k + 1] as number;
            const ring = [at(u0, v0), at(u1, v0), at(u1, v1), at(u0, v1)];
            const centroid: Plane = [(ring[0]![0] + ring[1]![0] + ring[2]![0] + ring[3]![0]) / 4, (ring[0]![1] + ring[1]![1] + ring[2]![1] + ring[3]![1]) / 4];
            drafts.push({ ring, centroid, landType, communeIndex });
          }
        }
      }
    }
  });

  return numberParcels(drafts, zoneCommunes, regions);
}

/** A point well inside a commune (and Vietnam): the lattice point nearest its outline's mean that is 700 m clear. */
function interiorPoint(commune: Area, region: PlaneRegion, land: PlaneRegion): Plane {
  const [cx, cy] = planeCentre(commune);
  const clear = (p: Plane) =>
    [0, 1, 2, 3, 4, 5, 6, 7].every((k) => {
      const q: Plane = [p[0] + 700 * Math.cos((k * Math.PI) / 4), p[1] + 700 * Math.sin((k * Math.PI) / 4)];
      return region.contains(q) && land.contains(q);
    });
  for (let radius = 0; radius < 20_000; radius += 250) {
    for (let k = 0; k < Math.max(1, radius / 125); k++) {
      const angle = (2 * Math.PI * k) / Math.max(1, radius / 125);
      const p: Plane = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
      if (clear(p)) return p;
    }
  }
  throw new Error(`parcels: no interior point in ${String(commune.properties.name)}`);
}

/** Anchors of a commune's former units: known places first, then each next one farthest from those chosen. */
function formerAnchors(names: readonly string[], region: PlaneRegion): Plane[] {
  const samples: Plane[] = [];
  for (let y = region.box[1]; y <= region.box[3]; y += 400) {
    for (let x = region.box[0]; x <= region.box[2]; x += 400) if (region.contains([x, y])) samples.push([x, y]);
  }
  const anchors: (Plane | null)[] = names.map((name) => {
    const known = knownFormerAnchors[name];
    return known ? wgs84ToTm3(known as [number, number]) : null;
  });
  for (let n = 0; n < anchors.length; n++) {
    if (anchors[n]) continue;
    const chosen = anchors.filter((a): a is Plane => a !== null);
    let best: Plane = samples[0] ?? [region.box[0], region.box[1]];
    let bestDistance = -1;
    for (const s of samples) {
      const d = chosen.length === 0 ? -Math.hypot(s[0] - (region.box[0] + region.box[2]) / 2, s[1] - (region.box[1] + region.box[3]) / 2) : Math.min(...chosen.map((a) => Math.hypot(s[0] - a[0], s[1] - a[1])));
      if (d > bestDistance) {
        bestDistance = d;
        best = s;
      }
    }
    anchors[n] = best;
  }
  return anchors as Plane[];
}

function numberParcels(drafts: readonly DraftParcel[], communes: readonly Area[], regions: readonly PlaneRegion[]): Feature<Polygon, ParcelProperties>[] {
  const formerUnits = communes.map((commune, index) => {
    const names = String(commune.properties.formedFrom).split(', ');
    return { names, anchors: formerAnchors(names, regions[index] as PlaneRegion) };
  });
  // Group by former unit, then by 500 m sheet.
  const byFormer = new Map<string, { communeIndex: number; formerIndex: number; parcels: DraftParcel[] }>();
  for (const draft of drafts) {
    const { anchors } = formerUnits[draft.communeIndex] as { anchors: Plane[] };
    let formerIndex = 0;
    let nearest = Infinity;
    anchors.forEach((a, k) => {
      const d = Math.hypot(draft.centroid[0] - a[0], draft.centroid[1] - a[1]);
      if (d < nearest) {
        nearest = d;
        formerIndex = k;
      }
    });
    const key = `${draft.communeIndex}:${formerIndex}`;
    let group = byFormer.get(key);
    if (!group) byFormer.set(key, (group = { communeIndex: draft.communeIndex, formerIndex, parcels: [] }));
    group.parcels.push(draft);
  }

  const features: Feature<Polygon, ParcelProperties>[] = [];
  for (const { communeIndex, formerIndex, parcels } of byFormer.values()) {
    const commune = communes[communeIndex] as Area;
    const communeCode = String(commune.properties.code);
    const formerCommuneCode = `${communeCode}.${formerIndex + 1}`;
    const formerCommuneName = (formerUnits[communeIndex] as { names: string[] }).names[formerIndex] as string;
    const sheetOf = (p: DraftParcel) => [Math.floor(p.centroid[0] / SHEET_METRES), Math.floor(p.centroid[1] / SHEET_METRES)] as const;
    const sheetKeys = [...new Set(parcels.map((p) => sheetOf(p).join(',')))]
      .map((key) => key.split(',').map(Number) as [number, number])
      .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const sheetNumber = new Map(sheetKeys.map((key, index) => [key.join(','), index + 1]));
    const bySheet = new Map<number, DraftParcel[]>();
    for (const parcel of parcels) {
      const sheet = sheetNumber.get(sheetOf(parcel).join(',')) as number;
      let list = bySheet.get(sheet);
      if (!list) bySheet.set(sheet, (list = []));
      list.push(parcel);
    }
    for (const [sheet, list] of bySheet) {
      // Top left first, row by row (rows 25 m deep), as cadastral maps number parcels.
      list.sort((a, b) => Math.floor(b.centroid[1] / 25) - Math.floor(a.centroid[1] / 25) || a.centroid[0] - b.centroid[0]);
      list.forEach((parcel, index) => {
        const parcelNumber = index + 1;
        const ring = parcel.ring.map((p) => roundPosition(tm3ToWgs84(p)));
        const geometry: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
        features.push({
          type: 'Feature',
          id: parcelId(formerCommuneCode, sheet, parcelNumber),
          properties: {
            name: `Thửa ${parcelNumber}, tờ ${sheet} (${formerCommuneName})`,
            formerCommuneCode,
            formerCommuneName,
            sheet,
            parcelNumber,
            communeCode,
            commune: String(commune.properties.name),
            landType: parcel.landType,
            areaM2: Math.round(areaSquareMeters(geometry) * 10) / 10,
            source: PARCEL_SOURCE,
            illustrative: true,
          },
          geometry,
        });
      });
    }
  }
  return features.sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

/** The parcel's feature id from its cadastral key: `parcel-11-1806-1-12-345`. */
export function parcelId(formerCommuneCode: string, sheet: number, parcelNumber: number): string {
  return `parcel-${formerCommuneCode.replaceAll('.', '-')}-${sheet}-${parcelNumber}`;
}
