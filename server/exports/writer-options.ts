/**
 * What every export writer takes besides the features: pure functions
 * `(features: ExportFeature[] in WGS84, options: WriterOptions) → bytes`, so that a round-trip test
 * can write a file and read it back with the import readers.
 */
import type { ExportCrsName } from '../../shared/schemas/imports.ts';
import { inferFields, type ExportFeature, type ExportField } from './export-fields.ts';

export interface WriterOptions {
  /** Target CRS; coordinates are transformed from WGS84 and rounded (export-crs.ts). */
  crs: ExportCrsName;
  /** Base name of the layer inside the file (shapefile names, GeoPackage table, KML folder); ASCII. */
  layerName: string;
  /** Columns in order, with types and DBF names; default: inferred from the attributes. */
  fields?: readonly ExportField[];
  /** A human title (KML document name, GeoPackage contents identifier); default layerName. */
  title?: string;
}

export function fieldsOf(features: readonly ExportFeature[], options: WriterOptions): readonly ExportField[] {
  return options.fields ?? inferFields(features);
}

/** A file name safe on every system: ASCII letters, digits, - and _. */
export function safeBaseName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .replace(/[^A-Za-z0-9_-]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'layer'
  );
}
