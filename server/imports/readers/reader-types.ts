/**
 * What every format reader returns: the file's features in the file's own coordinates (no
 * reprojection, no repair — the import pipeline does both), what the file says about its CRS, and
 * the per-feature problems only the reader can see. A reader refuses a hostile or unreadable
 * file as a whole by throwing ImportRefused; it never writes anywhere.
 */
import type { Geometry } from 'geojson';
import type { ImportFormat, ImportIssue } from '../../../shared/schemas/imports.ts';

export interface RawFeature {
  /** In the file's CRS and axis order, Z kept if present; null when the record has no geometry. */
  geometry: Geometry | null;
  properties: Record<string, string | number | boolean | null>;
  /** Where in the file, in the user's terms ("layer QH_SDD, feature 12", "row 8"). */
  where: string;
}

export interface DeclaredCrs {
  /** An EPSG code the file names or whose definition matches (WKT in .prj, gpkg_spatial_ref_sys). */
  epsg: number | null;
  /** The raw definition as found (WKT, srs name), for the report. */
  definition: string | null;
  /** 'prj', 'geopackage', 'kml' (always WGS84), 'geojson-crs', 'geojson' (RFC 7946: WGS84)… */
  source: string;
}

export interface RawDataset {
  format: ImportFormat;
  features: RawFeature[];
  declaredCrs: DeclaredCrs | null;
  /** Per-feature or whole-file problems found while reading (feature indexes are into `features`). */
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** Every limit an import is held to; defaults in import-limits.ts. */
export interface ImportLimits {
  maxFileBytes: number;
  maxUnpackedBytes: number;
  /** Unpacked ÷ packed size of an archive entry beyond which it is a bomb. */
  maxCompressionRatio: number;
  maxArchiveEntries: number;
  maxFeatures: number;
  maxVerticesPerFeature: number;
  maxAttributes: number;
  maxAttributeLength: number;
  /** Nesting depth of JSON / XML / geometry collections. */
  maxDepth: number;
}

/** A whole-file refusal: answered as HTTP 4xx `{ error: { code, message } }`; nothing stored. */
export class ImportRefused extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status = 400) {
    super(message);
    this.name = 'ImportRefused';
    this.code = code;
    this.status = status;
  }
}

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type FormatReader = (file: ImportFile, limits: ImportLimits) => Promise<RawDataset>;
