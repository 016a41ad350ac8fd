/** Inputs of the site-clearance workspace: the same schemas validate the forms and the procedures. */
import { z } from 'zod';
import { parcelStageCodes } from '../domain/clearance-schedule.ts';
import { isoDateSchema } from './projects.ts';

const idSchema = z.string().trim().min(1).max(120);
const communeCodeSchema = z.string().trim().min(1).max(40);

/**
 * "Check a place": a WGS84 point, VN-2000 TM-3 107°15′ coordinates as Vietnamese surveys write them
 * (x = northing ≈ 2 4xx xxx m, y = easting ≈ 4xx xxx m), or a cadastral key.
 */
export const checkPlaceInput = z.union(
  [
    z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).strict(),
    z.object({ x: z.number().finite(), y: z.number().finite() }).strict(),
    z.object({ formerCommuneCode: communeCodeSchema, sheet: z.number().int().positive(), parcel: z.number().int().positive() }).strict(),
  ],
  { error: 'give { lon, lat }, VN-2000 { x (northing), y (easting) } or { formerCommuneCode, sheet, parcel }' },
);
export type CheckPlaceInput = z.infer<typeof checkPlaceInput>;

export const parcelStageSchema = z.enum(parcelStageCodes);

export const clearanceBoundariesInput = z.object({ asOf: isoDateSchema.optional() }).optional();

export const clearanceDashboardInput = z
  .object({ boundaryId: idSchema.optional(), communeCode: communeCodeSchema.optional(), asOf: isoDateSchema.optional() })
  .optional();

export const clearanceParcelsInput = z.object({
  boundaryId: idSchema,
  stage: parcelStageSchema.optional(),
  complaintOnly: z.boolean().optional(),
  overdueOnly: z.boolean().optional(),
  asOf: isoDateSchema.optional(),
  limit: z.number().int().min(1).max(2000).default(500),
  offset: z.number().int().min(0).default(0),
});
export type ClearanceParcelsInput = z.infer<typeof clearanceParcelsInput>;

export const householdInput = z.object({
  /** An existing household's id; absent for a new one. */
  id: idSchema.optional(),
  headName: z.string().trim().min(1, 'the head of household’s name').max(200),
  members: z.number().int().min(1, 'at least 1').max(50),
  address: z.string().trim().max(300).default(''),
  note: z.string().trim().max(1000).default(''),
});

export const updateClearanceParcelInput = z.object({
  boundaryId: idSchema,
  parcelId: idSchema,
  /** The next stage (one step forward at a time), with the day it was reached. */
  stage: parcelStageSchema.optional(),
  stageDate: isoDateSchema.optional(),
  complaint: z.boolean().optional(),
  complaintNote: z.string().trim().max(1000).nullable().optional(),
  /** The parcel's households, all of them: listed ones are kept or added, missing ones removed. */
  households: z.array(householdInput).max(30).optional(),
  /** Why: kept in the parcel's history. */
  note: z.string().trim().min(1, 'say what changed and why').max(1000),
});
export type UpdateClearanceParcelInput = z.infer<typeof updateClearanceParcelInput>;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'a ring needs at least 4 positions').max(5000);
export const boundaryGeometrySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(50) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1).max(50)).min(1).max(50) }),
]);

export const updateBoundaryGeometryInput = z.object({
  boundaryId: idSchema,
  geometry: boundaryGeometrySchema,
  note: z.string().trim().min(1, 'say what changed and why').max(1000),
});
export type UpdateBoundaryGeometryInput = z.infer<typeof updateBoundaryGeometryInput>;

export const resettlementInput = z.object({ communeCode: communeCodeSchema.optional() }).optional();
export const landUseQuotasInput = z.object({ communeCode: communeCodeSchema.optional() }).optional();

/** Export formats and coordinate systems of GET /api/clearance/boundaries/{id}/parcels.{csv|geojson}. */
export const exportCrsSchema = z.enum(['wgs84', 'vn2000']);
export type ExportCrs = z.infer<typeof exportCrsSchema>;
