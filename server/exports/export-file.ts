/**
 * The export files themselves, pure (no request, no database): the text formats as chunks for
 * streaming, every format as bytes. Runs on the main thread (text) and in the export worker
 * (shp.zip, gpkg, dxf: export-in-worker.ts).
 */
import type { Feature, Geometry } from 'geojson';
import type { LayerDefinition } from '../../shared/layers/registry.ts';
import type { ExportCrsName, ExportFormat } from '../../shared/schemas/imports.ts';
import { exportSchema, toExportFeatures } from './export-fields.ts';
import { csvChunks, writeCsv } from './csv-writer.ts';
import { writeDxf } from './dxf-writer.ts';
import { geoJsonChunks, writeGeoJson } from './geojson-writer.ts';
import { writeGeoPackage } from './gpkg-writer.ts';
import { kmlChunks, writeKml } from './kml-writer.ts';
import { writeShapefileZip } from './shapefile-writer.ts';
import type { WriterOptions } from './writer-options.ts';

function writerOptions(layer: LayerDefinition, crs: ExportCrsName): WriterOptions {
  return { crs, layerName: layer.id.replaceAll('-', '_'), title: layer.title.vi };
}

/**
 * The text formats (GeoJSON, CSV, KML) as chunks, mapping one feature at a time: a large layer is
 * never held twice, and is written as it is produced.
 */
export function exportTextChunks(layer: LayerDefinition, format: 'geojson' | 'csv' | 'kml', features: readonly Feature<Geometry | null, Record<string, unknown>>[], crs: ExportCrsName): Iterable<string> {
  const options = writerOptions(layer, crs);
  if (format === 'geojson') return geoJsonChunks(features, options);
  const { fields, toExport } = exportSchema(layer.id, features);
  const mapped = (function* () {
    for (const feature of features) yield toExport(feature);
  })();
  return format === 'csv' ? csvChunks(mapped, { ...options, fields }) : kmlChunks(mapped, { ...options, fields });
}

/** The file for a format: GeoJSON keeps the API's names, the others take Vietnamese field names. */
export function writeExport(layer: LayerDefinition, format: ExportFormat, features: readonly Feature<Geometry | null, Record<string, unknown>>[], crs: ExportCrsName): Uint8Array {
  const options = writerOptions(layer, crs);
  if (format === 'geojson') return writeGeoJson(features, options);
  const exported = toExportFeatures(layer.id, features);
  const withFields = { ...options, fields: exported.fields };
  switch (format) {
    case 'csv':
      return writeCsv(exported.features, withFields);
    case 'kml':
      return writeKml(exported.features, withFields);
    case 'shp.zip':
      return writeShapefileZip(exported.features, withFields);
    case 'gpkg':
      return writeGeoPackage(exported.features, withFields);
    case 'dxf':
      return writeDxf(exported.features, withFields);
  }
}
