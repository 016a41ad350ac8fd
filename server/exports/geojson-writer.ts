/**
 * GeoJSON export. WGS84: RFC 7946 (no `crs` member, [lon, lat] to 1e-8°). VN-2000: positions
 * [easting, northing] in metres to the millimetre with the legacy GeoJSON 2008 `crs` member
 * naming the EPSG code (urn:ogc:def:crs:EPSG::9215 / ::3405), which GDAL and QGIS read — the
 * same choice as the clearance parcel export; RFC 7946 readers that ignore `crs` would misplace
 * such a file, so the WGS84 file is the default. GeoJSON keeps the API's property names.
 */
import type { Feature, Geometry } from 'geojson';
import { exportCrsByName, projectGeometry } from './export-crs.ts';
import type { WriterOptions } from './writer-options.ts';

export type GeoJsonExportFeature = Feature<Geometry | null, Record<string, unknown> | null>;

const encoder = new TextEncoder();

/** The FeatureCollection as text chunks, one feature per chunk (for streaming). */
export function* geoJsonChunks(features: Iterable<GeoJsonExportFeature>, options: WriterOptions): Generator<string> {
  const crs = exportCrsByName[options.crs];
  const head = {
    type: 'FeatureCollection',
    name: options.layerName,
    ...(crs.epsg !== 4326 ? { crs: { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${crs.epsg}` } } } : {}),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"features":[\n`;
  let first = true;
  for (const feature of features) {
    const text = JSON.stringify({
      type: 'Feature',
      ...(feature.id !== undefined ? { id: feature.id } : {}),
      geometry: feature.geometry ? projectGeometry(options.crs, feature.geometry) : null,
      properties: feature.properties ?? {},
    });
    yield first ? text : `,\n${text}`;
    first = false;
  }
  yield '\n]}\n';
}

export function writeGeoJson(features: readonly GeoJsonExportFeature[], options: WriterOptions): Uint8Array {
  return encoder.encode([...geoJsonChunks(features, options)].join(''));
}
