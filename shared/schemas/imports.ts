/**
 * The import door's contract (issue #8), shared by the server, the client and scripts:
 *   POST /api/imports (multipart: file, optional crs, target) → ImportUploadAnswer, or a 4xx
 *   `{ error: { code, message } }`; nothing reaches a layer until tRPC imports.commit.
 * Coordinates in previews are WGS84 [lon, lat]; the file's own CRS is reported in `crs`.
 * tRPC procedures (pinned): imports.preview({ importId }) → ImportPreview; imports.commit(ImportCommitInput)
 * → ImportCommitAnswer; imports.discard({ importId }); imports.list() → the caller's recent imports.
 * Exports: GET /api/exports/{layerId}.{ExportFormat}?crs=wgs84|vn2000|vn2000-utm48&<filters>.
 */
import { z } from 'zod';
import type { Feature, Geometry } from 'geojson';

export const importFormats = ['geojson', 'kml', 'kmz', 'shapefile', 'geopackage', 'dxf', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Where a commit writes: a new revision of a plan, or new features of a layer. */
export const importTargets = ['plan-revision', 'land-lots', 'clearance-boundaries', 'projects'] as const;
export type ImportTarget = (typeof importTargets)[number];

/**
 * CRSs an import may be in: WGS84, VN-2000 geographic, VN-2000 UTM 48N / 49N and the provincial
 * VN-2000 TM-3 meridians (EPSG:9205–9218 and 5899 = 107°45′; Lạng Sơn is 9215 = 107°15′).
 */
export const importCrsCodes = [
  'EPSG:4326', 'EPSG:4756', 'EPSG:3405', 'EPSG:3406',
  'EPSG:9205', 'EPSG:9206', 'EPSG:9207', 'EPSG:9208', 'EPSG:9209', 'EPSG:9210', 'EPSG:9211',
  'EPSG:9212', 'EPSG:9213', 'EPSG:9214', 'EPSG:9215', 'EPSG:9216', 'EPSG:9217', 'EPSG:9218', 'EPSG:5899',
] as const;
export type ImportCrsCode = (typeof importCrsCodes)[number];

/** How the CRS was found: the file said so, the values fit only one CRS, or the user chose it. */
export const crsEvidence = ['declared', 'value-range', 'user'] as const;
export type CrsEvidence = (typeof crsEvidence)[number];

export interface ImportCrs {
  code: ImportCrsCode;
  evidence: CrsEvidence;
  /** The file wrote easting before northing where northing was expected (or the reverse); fixed in the preview. */
  swappedAxes: boolean;
  /** Other CRSs the values would also fit, for the user to pick from before committing. */
  alternatives: ImportCrsCode[];
}

export interface ImportIssue {
  /** Index of the feature in the file's order (0-based); absent for whole-file warnings. */
  feature?: number;
  /** Where in the file, in the user's terms: "layer QH_SDD, feature 12", "row 8", "Placemark 'Lô A3'". */
  where?: string;
  /** Stable machine code: 'ring-not-closed', 'out-of-area', 'too-many-vertices', 'null-geometry'… */
  code: string;
  message: string;
}

/** The answer of POST /api/imports. */
export interface ImportUploadAnswer {
  importId: string;
  format: ImportFormat;
  target: ImportTarget;
  featureCount: number;
  crs: ImportCrs;
  /** Features refused (they will not be committed), with the reason and where. */
  errors: ImportIssue[];
  /** Features repaired (rewound rings, dropped Z, closed rings) or notes on the file. */
  warnings: ImportIssue[];
}

export const importIdSchema = z.string().trim().min(1).max(100);

export const importPreviewInput = z.object({ importId: importIdSchema }).strict();
export const importDiscardInput = importPreviewInput;

/** One row of imports.list: the caller's recent imports (staff see everyone's). */
export interface ImportSummary {
  importId: string;
  fileName: string;
  format: ImportFormat;
  target: ImportTarget;
  featureCount: number;
  status: 'staged' | 'committed' | 'discarded';
  createdAt: string;
  createdBy: string;
}

/** A staged feature as the preview shows it: WGS84 geometry, the file's attributes, its issues. */
export type ImportPreviewFeature = Feature<Geometry, { index: number; attributes: Record<string, string | number | boolean | null>; rejected: boolean }>;

export interface ImportPreview extends ImportUploadAnswer {
  fileName: string;
  /** The file's attribute names, for mapping onto the target layer's fields. */
  attributeNames: string[];
  /** Target field → file attribute, as guessed from names (ma_lo → code, DIEN_TICH → …). */
  suggestedMapping: Record<string, string>;
  features: ImportPreviewFeature[];
  createdAt: string;
  status: 'staged' | 'committed' | 'discarded';
}

export const importCommitInput = z
  .object({
    importId: importIdSchema,
    /** The user's confirmation of the CRS (it may differ from the detected one); required. */
    crs: z.enum(importCrsCodes),
    swappedAxes: z.boolean().default(false),
    /** Target field → file attribute name. */
    mapping: z.record(z.string().max(100), z.string().max(200)).default({}),
    /** For target 'plan-revision': the plan and the new revision's name. */
    planId: z.string().trim().min(1).max(100).optional(),
    revisionName: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ImportCommitInput = z.infer<typeof importCommitInput>;

export interface ImportCommitAnswer {
  importId: string;
  target: ImportTarget;
  committedCount: number;
  skippedCount: number;
  /** The new revision (target plan-revision) or the new feature ids. */
  revisionId?: string;
  featureIds: string[];
}

/** Export formats of GET /api/exports/{layerId}.{ext}. */
export const exportFormats = ['geojson', 'csv', 'kml', 'shp.zip', 'gpkg', 'dxf'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const exportCrsNames = ['wgs84', 'vn2000', 'vn2000-utm48'] as const;
export type ExportCrsName = (typeof exportCrsNames)[number];
