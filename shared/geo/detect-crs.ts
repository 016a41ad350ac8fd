/**
 * Which CRS an import's coordinates are in, when the file does not say (or to check what it says):
 * every candidate of importCrsCodes, in both axis orders, is tried on a sample of positions and
 * fits when it puts them inside Lạng Sơn province (bbox with the import margin). Several CRSs can
 * fit — VN-2000 TM-3 values fit the neighbouring meridians too, WGS84 and VN-2000 geographic differ
 * by ~200 m — so the best is chosen by how many positions land inside, then by what Lạng Sơn uses
 * (WGS84, TM-3 107°15′ = EPSG:9215, UTM 48N), and the others are returned as alternatives.
 */
import type { Position } from 'geojson';
import { importCrsCodes, type ImportCrs, type ImportCrsCode } from '../schemas/imports.ts';
import { vn2000Tm3Meridians } from '../crs/vn2000.ts';
import { converterTo4326 } from './transform-geometry.ts';
import { importArea, insideBBox } from './langson-area.ts';

/** A CRS fits when at least this share of the sampled positions lands inside the area (a few stray features must not hide the CRS). */
const FIT_SHARE = 0.5;
const MAX_SAMPLES = 200;

const geographic: ReadonlySet<ImportCrsCode> = new Set(['EPSG:4326', 'EPSG:4756']);

/** Lạng Sơn's own CRSs first, then the other TM-3 meridians nearest 107°15′ first, then UTM 49N. */
const preference: ImportCrsCode[] = [
  'EPSG:4326',
  'EPSG:9215',
  'EPSG:3405',
  'EPSG:4756',
  ...(Object.entries(vn2000Tm3Meridians) as [ImportCrsCode, number][])
    .filter(([code]) => code !== 'EPSG:9215')
    .sort((a, b) => Math.abs(a[1] - 107.25) - Math.abs(b[1] - 107.25))
    .map(([code]) => code),
  'EPSG:3406',
];
const rank = (code: ImportCrsCode): number => preference.indexOf(code);

export interface CrsFit {
  code: ImportCrsCode;
  swappedAxes: boolean;
  /** Share of the sampled positions inside the area, 0–1. */
  share: number;
}

/** Up to MAX_SAMPLES finite positions spread evenly over the list. */
export function samplePositions(positions: readonly Position[]): [number, number][] {
  const finite = positions.filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]));
  const step = Math.max(1, Math.floor(finite.length / MAX_SAMPLES));
  const out: [number, number][] = [];
  for (let i = 0; i < finite.length && out.length < MAX_SAMPLES; i += step) out.push([finite[i]![0] as number, finite[i]![1] as number]);
  return out;
}

function plausible(code: ImportCrsCode, x: number, y: number): boolean {
  return geographic.has(code) ? Math.abs(x) <= 180 && Math.abs(y) <= 90 : Math.abs(x) > 1000 && Math.abs(y) > 1000;
}

/** How well `code` in each axis order places the samples: best first. */
export function crsFits(samples: readonly [number, number][]): CrsFit[] {
  if (samples.length === 0) return [];
  const fits: CrsFit[] = [];
  for (const code of importCrsCodes) {
    const convert = converterTo4326(code);
    for (const swappedAxes of [false, true]) {
      let inside = 0;
      for (const [a, b] of samples) {
        const [x, y] = swappedAxes ? [b, a] : [a, b];
        if (!plausible(code, x, y)) continue;
        const [lon, lat] = convert(x, y);
        if (insideBBox(importArea, lon, lat)) inside += 1;
      }
      fits.push({ code, swappedAxes, share: inside / samples.length });
    }
  }
  return fits.sort((a, b) => b.share - a.share || rank(a.code) - rank(b.code) || Number(a.swappedAxes) - Number(b.swappedAxes));
}

/** True when some candidate CRS, in some axis order, places the positions inside the area. */
export function fitsSomeCrs(positions: readonly Position[]): boolean {
  return crsFits(samplePositions(positions)).some((f) => f.share >= FIT_SHARE);
}

export interface DetectCrsOptions {
  /** An EPSG code the file declared (prj, GeoPackage, GeoJSON crs), when it is one we know. */
  declared?: ImportCrsCode | null;
  /** The user's choice (upload field `crs` or the commit's confirmation). */
  chosen?: ImportCrsCode | null;
}

/** The CRS of the positions: the user's choice, else the file's declaration, else the best fit by values. */
export function detectCrs(positions: readonly Position[], options: DetectCrsOptions = {}): ImportCrs {
  const fits = crsFits(samplePositions(positions));
  const fitting = fits.filter((f) => f.share >= FIT_SHARE);
  const swapFor = (code: ImportCrsCode): boolean => {
    const forCode = fits.filter((f) => f.code === code);
    const best = forCode[0];
    // Swap only when the swapped order clearly places more positions inside.
    return best !== undefined && best.swappedAxes && best.share > (forCode.find((f) => !f.swappedAxes)?.share ?? 0);
  };
  const alternativesTo = (code: ImportCrsCode): ImportCrsCode[] => [...new Set(fitting.map((f) => f.code))].filter((c) => c !== code);

  const pinned = options.chosen ?? options.declared ?? null;
  if (pinned) {
    return { code: pinned, evidence: options.chosen ? 'user' : 'declared', swappedAxes: swapFor(pinned), alternatives: alternativesTo(pinned) };
  }
  const best = fitting[0];
  if (best) return { code: best.code, evidence: 'value-range', swappedAxes: best.swappedAxes, alternatives: alternativesTo(best.code) };
  // Nothing fits: the positions are out of area in any CRS. Guess by magnitude; validation rejects them.
  const looksGeographic = positions.length > 0 && positions.every((p) => Math.abs(Number(p[0])) <= 180 && Math.abs(Number(p[1])) <= 180);
  return { code: looksGeographic ? 'EPSG:4326' : 'EPSG:9215', evidence: 'value-range', swappedAxes: false, alternatives: [] };
}
