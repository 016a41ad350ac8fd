/**
 * GeoJSON reader: a FeatureCollection, one Feature or a bare geometry. The size and the nesting
 * depth are checked on the text before JSON.parse sees it. RFC 7946 GeoJSON is WGS84; the legacy
 * (2008) `crs` member — `{ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9215' } }` — is
 * reported as the declared CRS. Coordinates are returned as written (no reprojection, no repair).
 */
import type { Geometry } from 'geojson';
import { exceedsJsonDepth } from '../../http/json-depth.ts';
import { ImportRefused, type DeclaredCrs, type FormatReader, type RawFeature } from './reader-types.ts';
import type { ImportIssue } from '../../../shared/schemas/imports.ts';

const geometryTypes = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The EPSG code in a CRS name: "EPSG:9215", "urn:ogc:def:crs:EPSG::9215", "…/EPSG/0/9215"; CRS84 → 4326. */
export function epsgOfCrsName(name: string): number | null {
  if (/CRS84$/i.test(name.trim())) return 4326;
  const match = /EPSG(?::{1,2}|\/0\/|\/)(\d{4,5})\s*$/i.exec(name.trim());
  return match ? Number(match[1]) : null;
}

function declaredCrsOf(root: JsonObject): DeclaredCrs {
  const crs = root.crs;
  if (isObject(crs) && isObject(crs.properties)) {
    const name = crs.properties.name;
    if (typeof name === 'string') return { epsg: epsgOfCrsName(name), definition: name, source: 'geojson-crs' };
  }
  return { epsg: 4326, definition: null, source: 'geojson' };
}

/** Attribute values as the pipeline keeps them: nested objects and arrays become their JSON text. */
function flatProperties(value: Json | undefined): Record<string, string | number | boolean | null> {
  if (!isObject(value)) return {};
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = inner === null || typeof inner === 'string' || typeof inner === 'number' || typeof inner === 'boolean' ? inner : JSON.stringify(inner);
  }
  return out;
}

function describe(index: number, properties: Record<string, string | number | boolean | null>, id: Json | undefined): string {
  const name = properties.name ?? properties.ten ?? properties.TEN ?? properties.code ?? properties.ma ?? (typeof id === 'string' || typeof id === 'number' ? id : null);
  return name === null || name === undefined ? `đối tượng ${index + 1} / feature ${index + 1}` : `đối tượng ${index + 1} (${String(name)}) / feature ${index + 1}`;
}

export const readGeoJson: FormatReader = async (file, limits) => {
  if (file.bytes.byteLength > limits.maxFileBytes) {
    throw new ImportRefused('file-too-large', `Tệp lớn hơn ${limits.maxFileBytes} byte / The file is larger than ${limits.maxFileBytes} bytes`, 413);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes).replace(/^\uFEFF/, '');
  if (exceedsJsonDepth(text, limits.maxDepth)) {
    throw new ImportRefused('too-deep', `JSON lồng quá ${limits.maxDepth} cấp / The JSON nests deeper than ${limits.maxDepth} levels`);
  }
  let root: Json;
  try {
    root = JSON.parse(text) as Json;
  } catch (error) {
    throw new ImportRefused('invalid-json', `Tệp không phải JSON hợp lệ / The file is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(root) || typeof root.type !== 'string') {
    throw new ImportRefused('not-geojson', 'Tệp không phải GeoJSON (thiếu "type") / The file is not GeoJSON (no "type")');
  }

  let items: Json[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) throw new ImportRefused('not-geojson', 'FeatureCollection thiếu mảng "features" / The FeatureCollection has no "features" array');
    items = root.features;
  } else if (root.type === 'Feature') {
    items = [root];
  } else if (geometryTypes.has(root.type)) {
    items = [{ type: 'Feature', properties: {}, geometry: root }];
  } else {
    throw new ImportRefused('not-geojson', `Kiểu GeoJSON không được hỗ trợ: "${root.type}" / Unsupported GeoJSON type "${root.type}"`);
  }
  if (items.length > limits.maxFeatures) {
    throw new ImportRefused('too-many-features', `Tệp có ${items.length} đối tượng, tối đa ${limits.maxFeatures} / The file has ${items.length} features, at most ${limits.maxFeatures}`);
  }

  const features: RawFeature[] = [];
  const errors: ImportIssue[] = [];
  items.forEach((item, index) => {
    if (!isObject(item) || item.type !== 'Feature') {
      const where = `đối tượng ${index + 1} / feature ${index + 1}`;
      features.push({ geometry: null, properties: {}, where });
      errors.push({ feature: index, where, code: 'not-a-feature', message: 'Phần tử không phải Feature / This item is not a GeoJSON Feature' });
      return;
    }
    const properties = flatProperties(item.properties);
    const where = describe(index, properties, item.id);
    const geometry = item.geometry;
    if (geometry !== null && geometry !== undefined && !(isObject(geometry) && typeof geometry.type === 'string' && geometryTypes.has(geometry.type))) {
      features.push({ geometry: null, properties, where });
      errors.push({ feature: index, where, code: 'invalid-geometry', message: 'Hình học không phải GeoJSON hợp lệ / The geometry is not a valid GeoJSON geometry' });
      return;
    }
    features.push({ geometry: (geometry ?? null) as Geometry | null, properties, where });
  });

  return { format: 'geojson', features, declaredCrs: declaredCrsOf(root), errors, warnings: [] };
};
