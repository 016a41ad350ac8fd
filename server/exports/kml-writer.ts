/**
 * KML 2.2 export. KML is always WGS84 (OGC 07-147r2 §6.2): another CRS is refused with a 400
 * naming `crs`. Attributes go to ExtendedData as typed SchemaData (a <Schema> per file), which
 * GDAL's KML and LIBKML drivers, Google Earth and togeojson all read. Text is XML-escaped and
 * characters XML 1.0 forbids are dropped.
 */
import type { Geometry, Position } from 'geojson';
import { badRequest } from '../http/http-error.ts';
import { projectPosition } from './export-crs.ts';
import type { ExportFeature, ExportField, ExportFieldType } from './export-fields.ts';
import { fieldsOf, type WriterOptions } from './writer-options.ts';

const encoder = new TextEncoder();

/** Escapes text for XML content and attributes; drops control characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const kmlType: Readonly<Record<ExportFieldType, string>> = { string: 'string', integer: 'int', real: 'double', boolean: 'bool', date: 'string' };

/** The attribute a Placemark's <name> shows: a code or a name, as GIS users label features. */
export const labelFieldCandidates = ['ma_lo', 'ma_khu', 'so_moc', 'ten', 'ten_du_an', 'ten_tuyen', 'name', 'code', 'id'];

export function defaultLabelField(fields: readonly ExportField[]): string | undefined {
  return labelFieldCandidates.find((candidate) => fields.some((f) => f.name === candidate)) ?? fields[0]?.name;
}

const coordinates = (positions: readonly Position[]) => positions.map((p) => projectPosition('wgs84', p).join(',')).join(' ');

function kmlGeometry(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length < 2 ? '' : `<Point><coordinates>${coordinates([geometry.coordinates])}</coordinates></Point>`;
    case 'LineString':
      return `<LineString><coordinates>${coordinates(geometry.coordinates)}</coordinates></LineString>`;
    case 'Polygon': {
      const [outer, ...holes] = geometry.coordinates;
      if (!outer) return '';
      const inner = holes.map((h) => `<innerBoundaryIs><LinearRing><coordinates>${coordinates(h)}</coordinates></LinearRing></innerBoundaryIs>`).join('');
      return `<Polygon><outerBoundaryIs><LinearRing><coordinates>${coordinates(outer)}</coordinates></LinearRing></outerBoundaryIs>${inner}</Polygon>`;
    }
    case 'MultiPoint':
      return `<MultiGeometry>${geometry.coordinates.map((c) => kmlGeometry({ type: 'Point', coordinates: c })).join('')}</MultiGeometry>`;
    case 'MultiLineString':
      return `<MultiGeometry>${geometry.coordinates.map((c) => kmlGeometry({ type: 'LineString', coordinates: c })).join('')}</MultiGeometry>`;
    case 'MultiPolygon':
      return `<MultiGeometry>${geometry.coordinates.map((c) => kmlGeometry({ type: 'Polygon', coordinates: c })).join('')}</MultiGeometry>`;
    case 'GeometryCollection':
      return `<MultiGeometry>${geometry.geometries.map(kmlGeometry).join('')}</MultiGeometry>`;
  }
}

function kmlValue(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  return xmlEscape(String(value));
}

/** The KML document as text chunks, one Placemark per chunk (for streaming). WGS84 only: a 400 naming `crs` otherwise. */
export function* kmlChunks(features: Iterable<ExportFeature>, options: WriterOptions & { fields: readonly ExportField[]; labelField?: string }): Generator<string> {
  if (options.crs !== 'wgs84') throw badRequest('crs', 'KML luôn dùng WGS84; chọn crs=wgs84 / KML is always WGS84: use crs=wgs84');
  const { fields } = options;
  const labelField = options.labelField ?? defaultLabelField(fields);
  const schemaId = xmlEscape(options.layerName);
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document id="root_doc">\n',
    `<name>${xmlEscape(options.title ?? options.layerName)}</name>\n`,
    `<Schema name="${schemaId}" id="${schemaId}">\n`,
    ...fields.map((f) => `  <SimpleField name="${xmlEscape(f.name)}" type="${kmlType[f.type]}"></SimpleField>\n`),
    '</Schema>\n',
    `<Folder><name>${schemaId}</name>\n`,
  ].join('');
  for (const feature of features) {
    const properties = feature.properties ?? {};
    const label = labelField === undefined ? null : properties[labelField];
    const data = fields
      .filter((f) => properties[f.name] !== null && properties[f.name] !== undefined)
      .map((f) => `<SimpleData name="${xmlEscape(f.name)}">${kmlValue(properties[f.name] as string | number | boolean)}</SimpleData>`)
      .join('');
    yield [
      '<Placemark>',
      label !== null && label !== undefined ? `<name>${kmlValue(label)}</name>` : '',
      `<ExtendedData><SchemaData schemaUrl="#${schemaId}">${data}</SchemaData></ExtendedData>`,
      feature.geometry ? kmlGeometry(feature.geometry) : '',
      '</Placemark>\n',
    ].join('');
  }
  yield '</Folder>\n</Document>\n</kml>\n';
}

export function writeKml(features: readonly ExportFeature[], options: WriterOptions & { labelField?: string }): Uint8Array {
  // Refuse another CRS before looking at the features.
  if (options.crs !== 'wgs84') throw badRequest('crs', 'KML luôn dùng WGS84; chọn crs=wgs84 / KML is always WGS84: use crs=wgs84');
  return encoder.encode([...kmlChunks(features, { ...options, fields: fieldsOf(features, options) })].join(''));
}
