/**
 * The export door's links: GET /api/exports/{layerId}.{format}?crs=…&revision=…, the formats and
 * CRSs a user may pick, and which pairs make no sense (KML is WGS84 by its specification). Pure.
 */
import { exportCrsNames, exportFormats, type ExportCrsName, type ExportFormat } from '../../../shared/schemas/imports.ts';

export { exportCrsNames, exportFormats };

/** The format's name in menus; the same in both languages. */
export const exportFormatLabels: Record<ExportFormat, string> = {
  geojson: 'GeoJSON',
  csv: 'CSV',
  kml: 'KML',
  'shp.zip': 'Shapefile (.zip)',
  gpkg: 'GeoPackage',
  dxf: 'DXF',
};

/** The CRS's name in menus. */
export const exportCrsLabels: Record<ExportCrsName, string> = {
  wgs84: 'WGS84 (EPSG:4326)',
  vn2000: 'VN-2000 TM-3 107°15′ (EPSG:9215)',
  'vn2000-utm48': 'VN-2000 UTM 48N (EPSG:3405)',
};

/** Why a CRS cannot be used with a format, or null when it can. KML (OGC 12-007r2) is WGS84 only. */
export function exportCrsRefusal(format: ExportFormat, crs: ExportCrsName): 'kml-wgs84-only' | null {
  return format === 'kml' && crs !== 'wgs84' ? 'kml-wgs84-only' : null;
}

export interface ExportRequest {
  layerId: string;
  format: ExportFormat;
  crs: ExportCrsName;
  /** planning-zones: the plan revision shown (the one in force when absent). */
  revisionId?: string | undefined;
}

/** The download link; the CRS falls back to WGS84 where the format allows nothing else. */
export function exportUrl({ layerId, format, crs, revisionId }: ExportRequest): string {
  const parameters = new URLSearchParams({ crs: exportCrsRefusal(format, crs) ? 'wgs84' : crs });
  if (revisionId && layerId === 'planning-zones') parameters.set('revision', revisionId);
  return `/api/exports/${encodeURIComponent(layerId)}.${format}?${parameters.toString()}`;
}

/** The file name offered to the browser: "planning-zones-vn2000.shp.zip". */
export function exportFileName({ layerId, format, crs, revisionId }: ExportRequest): string {
  const effective = exportCrsRefusal(format, crs) ? 'wgs84' : crs;
  const revision = revisionId && layerId === 'planning-zones' ? `-${revisionId}` : '';
  return `${layerId}${revision}-${effective}.${format}`;
}
