/**
 * A geometry from an import's CRS (any of importCrsCodes, axes possibly swapped) to WGS84
 * [lon, lat], two-dimensional: Z and M are dropped (the pipeline reports it).
 */
import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import '../crs/vn2000.ts';
import type { ImportCrsCode } from '../schemas/imports.ts';

type Converter = (x: number, y: number) => [number, number];

const converters = new Map<string, Converter>();

/** (x, y) in `code` (x = easting / longitude) → [lon, lat]; NaN when the CRS cannot place it. */
export function converterTo4326(code: ImportCrsCode): Converter {
  let converter = converters.get(code);
  if (!converter) {
    if (code === 'EPSG:4326') converter = (x, y) => [x, y];
    else {
      const projection = proj4(code, 'EPSG:4326');
      converter = (x, y) => {
        try {
          // proj4's way back from VN-2000 (inverse Helmert) is off by up to ~1 mm, its way there
          // matches PROJ to 1e-6 m (vn2000-vectors.json): one correction step through the
          // forward transform brings the result to PROJ's within ~1e-6 m.
          const [lon0, lat0] = projection.forward([x, y]) as [number, number];
          const [x0, y0] = projection.inverse([lon0, lat0]) as [number, number];
          const [lon, lat] = projection.forward([2 * x - x0, 2 * y - y0]);
          return [lon as number, lat as number];
        } catch {
          return [NaN, NaN];
        }
      };
    }
    converters.set(code, converter);
  }
  return converter;
}

function mapPositions(geometry: Geometry, map: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point': return { type: 'Point', coordinates: map(geometry.coordinates) };
    case 'MultiPoint': return { type: 'MultiPoint', coordinates: geometry.coordinates.map(map) };
    case 'LineString': return { type: 'LineString', coordinates: geometry.coordinates.map(map) };
    case 'MultiLineString': return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => l.map(map)) };
    case 'Polygon': return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => r.map(map)) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => r.map(map))) };
    case 'GeometryCollection': return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => mapPositions(g, map)) };
  }
}

/** The geometry in WGS84 2D. `swappedAxes`: the file wrote northing (latitude) first. */
export function transformGeometryToWgs84(geometry: Geometry, code: ImportCrsCode, swappedAxes: boolean): Geometry {
  const convert = converterTo4326(code);
  return mapPositions(geometry, (p) => {
    const a = Number(p[0]);
    const b = Number(p[1]);
    if (!Number.isFinite(a) || !Number.isFinite(b)) return [a, b];
    return swappedAxes ? convert(b, a) : convert(a, b);
  });
}

/** Every position of a geometry, in order (for sampling and counting). */
export function positionsOf(geometry: Geometry): Position[] {
  const out: Position[] = [];
  mapPositions(geometry, (p) => {
    out.push(p);
    return p;
  });
  return out;
}
