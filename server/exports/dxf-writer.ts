/**
 * DXF export for AutoCAD users (dxf-writer, AutoCAD 2007 format: text in UTF-8), in the export
 * CRS (x = easting, y = northing in metres on VN-2000; longitude, latitude in WGS84). One DXF
 * layer per class of the grouping attribute (land-use code, status, clearance stage…); each
 * polygon ring is a closed LWPOLYLINE, each line an open one, each point a POINT; the feature's
 * code or name is an MTEXT at its label point (area centroid) on the same layer.
 * DXF has no attribute table: the other attributes stay in the other formats.
 * Labels beyond ASCII are MTEXT with AutoCAD's \U+XXXX escapes (mtextValue): AutoCAD and GDAL of
 * any version decode them (GDAL 3.6 reads an AC1021 file's TEXT as code page 1252, not UTF-8, and
 * leaves \U+ in TEXT as it is); readers that do not (dxf-parser) can use decodeDxfUnicode.
 * The whole file is thus ASCII.
 */
import { createRequire } from 'node:module';
import Drawing from 'dxf-writer';
import type { Geometry, Position } from 'geojson';
import { labelPoint, projectGeometry } from './export-crs.ts';
import type { ExportFeature, ExportField } from './export-fields.ts';
import { defaultLabelField } from './kml-writer.ts';
import { fieldsOf, type WriterOptions } from './writer-options.ts';

const encoder = new TextEncoder();

/** Attributes that name a feature's class, in order of preference: one DXF layer per value. */
export const groupFieldCandidates = ['loai_dat', 'chuc_nang', 'trang_thai', 'buoc_gpmb', 'loai', 'tinh_trang', 'loai_du_an'];

export function defaultGroupField(fields: readonly ExportField[]): string | undefined {
  return groupFieldCandidates.find((candidate) => fields.some((f) => f.name === candidate));
}

/** A DXF layer name: ASCII without the characters AutoCAD forbids (<>/\":;?*|=`), ≤ 255 chars. */
export function dxfLayerName(text: string): string {
  const cleaned = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/[^A-Za-z0-9_\-$ .]+/g, '_')
    .trim()
    .slice(0, 255);
  return cleaned === '' ? 'KHONG_XAC_DINH' : cleaned;
}

/**
 * An MTEXT value: backslash and braces escaped, characters beyond ASCII as \U+XXXX (beyond the
 * BMP, which MTEXT cannot name, "?"), line breaks as spaces, at most 250 characters (one group).
 */
export function mtextValue(text: string): string {
  const escaped = [...text.replace(/[\r\n]+/g, ' ')].map((c) => {
    if (c === '\\' || c === '{' || c === '}') return `\\${c}`;
    const code = c.codePointAt(0) as number;
    if (code < 0x20) return ' ';
    if (code < 0x80) return c;
    return code > 0xffff ? '?' : `\\U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
  let out = '';
  for (const piece of escaped) {
    if (out.length + piece.length > 250) break;
    out += piece;
  }
  return out;
}

/** The inverse of mtextValue's escapes, for DXF readers that leave \U+XXXX as it is. */
export function decodeDxfUnicode(text: string): string {
  return text.replace(/\\U\+([0-9A-Fa-f]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\([\\{}])/g, '$1');
}

interface TagsManager {
  push(code: number, value: string | number): void;
  point(x: number, y: number, z?: number): void;
}

interface DxfShape {
  layer: { name: string };
  tags(manager: TagsManager): void;
}

// dxf-writer draws TEXT only; MTEXT is its own entity on the library's DatabaseObject (handles).
const requireDxf = createRequire(import.meta.url);
const DatabaseObject = requireDxf('dxf-writer/src/DatabaseObject') as new (subclass: string[]) => DxfShape;
/** The library's handle counter is global to the process: reset per file, so that a file does not depend on what was written before it. */
const Handle = requireDxf('dxf-writer/src/Handle') as { seed: number };

class MText extends DatabaseObject {
  constructor(
    private readonly x: number,
    private readonly y: number,
    private readonly height: number,
    private readonly value: string,
  ) {
    super(['AcDbEntity', 'AcDbMText']);
  }

  override tags(manager: TagsManager): void {
    manager.push(0, 'MTEXT');
    super.tags(manager);
    manager.push(8, this.layer.name);
    manager.point(this.x, this.y);
    manager.push(40, this.height);
    manager.push(71, 5); // attachment: middle centre
    manager.push(72, 1); // left to right
    manager.push(1, this.value);
  }
}

const colours = [1, 2, 3, 4, 5, 6, 30, 40, 140, 200, 8, 9];

function linesOf(geometry: Geometry): { points: Position[]; closed: boolean }[] {
  const closedRing = (ring: Position[]) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    const repeats = first !== undefined && last !== undefined && ring.length > 1 && first[0] === last[0] && first[1] === last[1];
    return { points: repeats ? ring.slice(0, -1) : ring, closed: true };
  };
  switch (geometry.type) {
    case 'LineString':
      return [{ points: geometry.coordinates, closed: false }];
    case 'MultiLineString':
      return geometry.coordinates.map((points) => ({ points, closed: false }));
    case 'Polygon':
      return geometry.coordinates.map(closedRing);
    case 'MultiPolygon':
      return geometry.coordinates.flat().map(closedRing);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(linesOf);
    default:
      return [];
  }
}

function pointsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length >= 2 ? [geometry.coordinates] : [];
    case 'MultiPoint':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(pointsOf);
    default:
      return [];
  }
}

export function writeDxf(features: readonly ExportFeature[], options: WriterOptions & { groupField?: string; labelField?: string }): Uint8Array {
  const fields = fieldsOf(features, options);
  const groupField = options.groupField ?? defaultGroupField(fields);
  const labelField = options.labelField ?? defaultLabelField(fields);
  const metres = options.crs !== 'wgs84';
  // Text about 3 m high on the plane; the same in degrees for WGS84.
  const textHeight = metres ? 3 : 0.00003;
  Handle.seed = 0;
  const drawing = new Drawing();
  drawing.setUnits(metres ? 'Meters' : 'Unitless');
  const layerNames = new Map<string, string>();
  const layerFor = (feature: ExportFeature) => {
    const raw = groupField === undefined ? options.layerName : String(feature.properties?.[groupField] ?? 'KHONG_XAC_DINH');
    let name = layerNames.get(raw);
    if (name === undefined) {
      name = dxfLayerName(raw);
      while ([...layerNames.values()].includes(name)) name = `${name}_`;
      layerNames.set(raw, name);
      drawing.addLayer(name, colours[(layerNames.size - 1) % colours.length] as number, 'CONTINUOUS');
    }
    return name;
  };
  for (const feature of features) {
    if (!feature.geometry) continue;
    const geometry = projectGeometry(options.crs, feature.geometry);
    drawing.setActiveLayer(layerFor(feature));
    for (const line of linesOf(geometry)) {
      if (line.points.length >= 2) drawing.drawPolyline(line.points.map((p) => [p[0] as number, p[1] as number]), line.closed);
    }
    for (const point of pointsOf(geometry)) drawing.drawPoint(point[0] as number, point[1] as number);
    const label = labelField === undefined ? null : feature.properties?.[labelField];
    const at = labelPoint(geometry);
    if (label !== null && label !== undefined && String(label) !== '' && at) {
      (drawing.activeLayer as unknown as { addShape(shape: DxfShape): void }).addShape(new MText(at[0], at[1], textHeight, mtextValue(String(label))));
    }
  }
  return encoder.encode(drawing.toDxfString());
}
