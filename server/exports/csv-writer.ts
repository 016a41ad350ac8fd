/**
 * CSV export for Excel and GIS: UTF-8 BOM, CRLF, formula-injection-safe cells (server/http/csv.ts);
 * the attributes, then the geometry as WKT in the export CRS (GIS order: x = easting / longitude),
 * then a label point (area centroid of polygons, export-crs.ts labelPoint). In VN-2000 the label
 * point's columns follow Vietnamese surveys: X = northing first, Y = easting
 * (x_northing_vn2000, y_easting_vn2000; UTM 48N: …_vn2000_utm48); in WGS84 lon_wgs84, lat_wgs84.
 */
import type { Geometry, Position } from 'geojson';
import { csvBom, csvRow } from '../http/csv.ts';
import { labelPoint, projectGeometry } from './export-crs.ts';
import type { ExportFeature, ExportField } from './export-fields.ts';
import { fieldsOf, type WriterOptions } from './writer-options.ts';

const encoder = new TextEncoder();

const coordinates = (p: Position) => `${p[0]} ${p[1]}`;
const ring = (positions: readonly Position[]) => `(${positions.map(coordinates).join(', ')})`;
const polygon = (rings: readonly Position[][]) => `(${rings.map(ring).join(', ')})`;

/** OGC WKT (2D) of a GeoJSON geometry, positions written as given. */
export function toWkt(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length < 2 ? 'POINT EMPTY' : `POINT (${coordinates(geometry.coordinates)})`;
    case 'MultiPoint':
      return geometry.coordinates.length === 0 ? 'MULTIPOINT EMPTY' : `MULTIPOINT (${geometry.coordinates.map((p) => `(${coordinates(p)})`).join(', ')})`;
    case 'LineString':
      return geometry.coordinates.length === 0 ? 'LINESTRING EMPTY' : `LINESTRING ${ring(geometry.coordinates)}`;
    case 'MultiLineString':
      return geometry.coordinates.length === 0 ? 'MULTILINESTRING EMPTY' : `MULTILINESTRING (${geometry.coordinates.map(ring).join(', ')})`;
    case 'Polygon':
      return geometry.coordinates.length === 0 ? 'POLYGON EMPTY' : `POLYGON ${polygon(geometry.coordinates)}`;
    case 'MultiPolygon':
      return geometry.coordinates.length === 0 ? 'MULTIPOLYGON EMPTY' : `MULTIPOLYGON (${geometry.coordinates.map(polygon).join(', ')})`;
    case 'GeometryCollection':
      return geometry.geometries.length === 0 ? 'GEOMETRYCOLLECTION EMPTY' : `GEOMETRYCOLLECTION (${geometry.geometries.map(toWkt).join(', ')})`;
  }
}

/** The label-point column names for a CRS: survey order (X north, Y east) on VN-2000 planes. */
export function labelColumns(crs: WriterOptions['crs']): [string, string] {
  if (crs === 'wgs84') return ['lon_wgs84', 'lat_wgs84'];
  const suffix = crs === 'vn2000' ? 'vn2000' : 'vn2000_utm48';
  return [`x_northing_${suffix}`, `y_easting_${suffix}`];
}

/** The CSV as text chunks: the BOM and header, then one row per feature (for streaming). */
export function* csvChunks(features: Iterable<ExportFeature>, options: WriterOptions & { fields: readonly ExportField[] }): Generator<string> {
  const { fields } = options;
  const metres = options.crs !== 'wgs84';
  yield `${csvBom}${csvRow([...fields.map((f) => f.name), 'WKT', ...labelColumns(options.crs)])}`;
  for (const feature of features) {
    const geometry = feature.geometry ? projectGeometry(options.crs, feature.geometry) : null;
    const point = geometry ? labelPoint(geometry) : null;
    const label: [number | null, number | null] = point === null ? [null, null] : metres ? [round(point[1], 3), round(point[0], 3)] : [round(point[0], 8), round(point[1], 8)];
    yield csvRow([...fields.map((f) => feature.properties?.[f.name] ?? null), geometry ? toWkt(geometry) : null, ...label]);
  }
}

export function writeCsv(features: readonly ExportFeature[], options: WriterOptions): Uint8Array {
  return encoder.encode([...csvChunks(features, { ...options, fields: fieldsOf(features, options) })].join(''));
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor + 0;
}
