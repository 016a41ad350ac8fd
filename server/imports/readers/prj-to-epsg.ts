/**
 * Recognise the EPSG code of a WKT coordinate-system definition (a Shapefile's .prj, a
 * GeoPackage srs definition): the top-level AUTHORITY/ID when present, otherwise by value —
 * VN-2000 Transverse Mercator (TM-3 provincial meridians, UTM 48N/49N), VN-2000 and WGS84
 * geographic. ESRI's .prj files carry no authority, hence the by-value path (REFERENCE.md §1.3).
 */
import type { DeclaredCrs } from './reader-types.ts';

interface WktNode {
  keyword: string;
  args: Array<string | number | WktNode>;
}

/** VN-2000 TM-3 (k = 0.9999) central meridian in degrees → EPSG code (shared/schemas/imports.ts importCrsCodes). */
export const vn2000Tm3ByMeridian: ReadonlyMap<number, number> = new Map([
  [103, 9205], [104, 9206], [104.5, 9207], [104.75, 9208], [105.5, 9209], [105.75, 9210], [106, 9211],
  [106.25, 9212], [106.5, 9213], [107, 9214], [107.25, 9215], [107.5, 9216], [107.75, 5899], [108.25, 9217], [108.5, 9218],
]);

/** Parse WKT1 / ESRI WKT / WKT2 into a tree; null when it is not WKT. Both [] and () brackets are accepted. */
export function parseWkt(text: string): WktNode | null {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /[\s,]/.test(text[at] as string)) at++;
  };
  const parseNode = (depth: number): WktNode | null => {
    if (depth > 32) return null;
    skipSpace();
    const keyword = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at))?.[0];
    if (!keyword) return null;
    at += keyword.length;
    skipSpace();
    const open = text[at];
    if (open !== '[' && open !== '(') return { keyword: keyword.toUpperCase(), args: [] };
    const close = open === '[' ? ']' : ')';
    at++;
    const args: WktNode['args'] = [];
    for (;;) {
      skipSpace();
      const c = text[at];
      if (c === undefined) return null;
      if (c === close) {
        at++;
        break;
      }
      if (c === '"') {
        let end = at + 1;
        let value = '';
        for (;;) {
          const next = text.indexOf('"', end);
          if (next < 0) return null;
          value += text.slice(end, next);
          if (text[next + 1] === '"') {
            value += '"';
            end = next + 2;
          } else {
            at = next + 1;
            break;
          }
        }
        args.push(value);
      } else if (/[-+.\d]/.test(c)) {
        const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(at))?.[0];
        if (!number) return null;
        args.push(Number(number));
        at += number.length;
      } else {
        const child = parseNode(depth + 1);
        if (!child) return null;
        args.push(child);
      }
    }
    return { keyword: keyword.toUpperCase(), args };
  };
  const root = parseNode(0);
  return root && root.args.length > 0 ? root : null;
}

const children = (node: WktNode, ...keywords: string[]) =>
  node.args.filter((a): a is WktNode => typeof a === 'object' && keywords.includes(a.keyword));

function descendants(node: WktNode, keyword: string): WktNode[] {
  const found: WktNode[] = [];
  for (const arg of node.args) {
    if (typeof arg !== 'object') continue;
    if (arg.keyword === keyword) found.push(arg);
    found.push(...descendants(arg, keyword));
  }
  return found;
}

const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');

function topLevelEpsg(root: WktNode): number | null {
  for (const id of children(root, 'AUTHORITY', 'ID')) {
    const [authority, code] = id.args;
    if (typeof authority === 'string' && authority.toUpperCase() === 'EPSG') {
      const value = Number(code);
      if (Number.isInteger(value) && value > 0) return value;
    }
  }
  return null;
}

function parameters(root: WktNode): Map<string, number> {
  const values = new Map<string, number>();
  for (const parameter of descendants(root, 'PARAMETER')) {
    const [name, value] = parameter.args;
    if (typeof name === 'string' && typeof value === 'number') values.set(normalise(name), value);
  }
  return values;
}

const isVn2000Datum = (name: string) => /vn[\s_-]?2000|vietnam[\s_-]?2000/i.test(name);
const isWgs84Datum = (name: string) => /wgs[\s_-]?(19)?84|world geodetic system 1984/i.test(name);

/** EPSG code of a WKT definition, or null when it is not one of the CRSs an import accepts by value. */
export function prjToEpsg(wkt: string): number | null {
  const root = parseWkt(wkt.trim());
  if (!root) return null;
  const declared = topLevelEpsg(root);
  if (declared !== null) return declared;

  const datumName = descendants(root, 'DATUM').map((d) => d.args[0]).find((n): n is string => typeof n === 'string')
    ?? (typeof root.args[0] === 'string' ? root.args[0] : '');
  const projected = ['PROJCS', 'PROJCRS', 'PROJECTEDCRS'].includes(root.keyword);
  const geographic = ['GEOGCS', 'GEOGCRS', 'GEOGRAPHICCRS', 'GEODCRS'].includes(root.keyword);

  if (geographic) {
    if (isVn2000Datum(datumName)) return 4756;
    if (isWgs84Datum(datumName)) return 4326;
    return null;
  }
  if (!projected || !isVn2000Datum(datumName)) return null;

  const method = children(root, 'PROJECTION').map((p) => p.args[0])[0]
    ?? descendants(root, 'METHOD').map((m) => m.args[0])[0];
  if (typeof method !== 'string' || normalise(method) !== 'transversemercator') return null;
  const values = parameters(root);
  const meridian = values.get('centralmeridian') ?? values.get('longitudeofnaturalorigin');
  const scale = values.get('scalefactor') ?? values.get('scalefactoratnaturalorigin');
  const falseEasting = values.get('falseeasting') ?? 500000;
  const falseNorthing = values.get('falsenorthing') ?? 0;
  const latitudeOfOrigin = values.get('latitudeoforigin') ?? values.get('latitudeofnaturalorigin') ?? 0;
  if (meridian === undefined || scale === undefined) return null;
  if (falseEasting !== 500000 || falseNorthing !== 0 || latitudeOfOrigin !== 0) return null;
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  if (close(scale, 0.9999)) {
    for (const [m, code] of vn2000Tm3ByMeridian) if (close(m, meridian)) return code;
    return null;
  }
  if (close(scale, 0.9996)) {
    if (close(meridian, 105)) return 3405;
    if (close(meridian, 111)) return 3406;
  }
  return null;
}

/** What a .prj (or other WKT) declares, with the definition kept for the report. */
export function declaredCrsFromWkt(wkt: string, source: string): DeclaredCrs {
  const definition = wkt.trim();
  return { epsg: prjToEpsg(definition), definition, source };
}
