/** Inputs and answers of the investor portal's lot procedures (lots.*) and of its CSV / GeoJSON exports. */
import { z } from 'zod';
import type { Polygon, MultiPolygon } from 'geojson';
import { landUseCodes, type LandUseCode } from '../domain/land-use.ts';
import { lotStatusCodes, parkIds, utilityCodes, type LotClearanceState, type LotStatus, type ParkId, type ParkKind, type ReadinessLevel, type Utility } from '../domain/land-lots.ts';
import type { ClearanceStage } from '../domain/clearance-stage.ts';

export const lotSortKeys = ['code', 'area-desc', 'area-asc', 'distance-gate', 'distance-cargo-lane', 'distance-city'] as const;
export type LotSort = (typeof lotSortKeys)[number];

/** What `maxDistanceKm` is measured to: the nearest border gate (or crossing) or the nearest cargo lane. */
export const distanceTargets = ['gate', 'cargo-lane'] as const;
export type DistanceTarget = (typeof distanceTargets)[number];

export const lotIdSchema = z.string().trim().min(1).max(100);

export const lotFiltersSchema = z
  .object({
    landUse: z.array(z.enum(landUseCodes)).max(landUseCodes.length).optional(),
    areaHa: z
      .object({
        min: z.number().min(0, 'at least 0').max(100_000).optional(),
        max: z.number().min(0, 'at least 0').max(100_000).optional(),
      })
      .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, { message: 'the minimum must not exceed the maximum', path: ['max'] })
      .optional(),
    status: z.array(z.enum(lotStatusCodes)).max(lotStatusCodes.length).optional(),
    park: z.array(z.enum(parkIds)).max(parkIds.length).optional(),
    /** Networks that must be ready (not partly ready, not only planned). */
    readiness: z.array(z.enum(utilityCodes)).max(utilityCodes.length).optional(),
    maxDistanceKm: z.number().positive('more than 0').max(500).optional(),
    distanceTo: z.enum(distanceTargets).default('gate'),
  })
  .strict();

export const listLotsInput = lotFiltersSchema.extend({
  sort: z.enum(lotSortKeys).default('code'),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});

export const getLotInput = z.object({ id: lotIdSchema });

export const MAX_COMPARED_LOTS = 3;
export const compareLotsInput = z.object({
  ids: z
    .array(lotIdSchema)
    .min(2, 'chọn ít nhất 2 lô để so sánh / choose at least 2 lots to compare')
    .max(MAX_COMPARED_LOTS, `so sánh tối đa ${MAX_COMPARED_LOTS} lô / compare at most ${MAX_COMPARED_LOTS} lots`)
    .refine((ids) => new Set(ids).size === ids.length, 'mỗi lô chỉ chọn một lần / each lot once'),
});

export type LotFilters = z.infer<typeof lotFiltersSchema>;
export type ListLotsInput = z.infer<typeof listLotsInput>;

export interface LotClearance {
  state: LotClearanceState;
  /** Where the state comes from: the clearance boundary covering the lot, or the lot's own record. */
  from: 'clearance-boundary' | 'lot';
  stage: ClearanceStage | null;
  boundaryId: string | null;
  boundaryName: string | null;
  targetHandoverDate: string | null;
}

export interface DistanceTo {
  id: string;
  name: string;
  km: number;
}

export interface LotSummary {
  id: string;
  code: string;
  name: string;
  park: ParkId;
  parkName: string;
  commune: string;
  landUse: LandUseCode;
  areaM2: number;
  areaHa: number;
  status: LotStatus;
  coveragePercentMax: number;
  floorAreaRatioMax: number;
  floorsMax: number;
  setbackMetres: number;
  readiness: Record<Utility, ReadinessLevel>;
  leaseTermYears: number;
  clearance: LotClearance;
  plan: string;
  planDecision: string | null;
  contact: string;
  projectId: string | null;
  note: string | null;
  source: string;
  illustrative: boolean;
  /** The lot's centre, which distances are measured from. */
  centre: [number, number];
  bbox: [number, number, number, number];
  geometry: Polygon | MultiPolygon;
  /** Kilometres from the lot's centre (2 decimals): great-circle to gates and the city, on the VN-2000 plane to lanes and gate areas; null when there is nothing to measure to. */
  distances: { nearestGate: DistanceTo | null; nearestCargoLane: DistanceTo | null; cityKm: number };
}

export interface LotPage {
  items: LotSummary[];
  /** Lots matching the filters, before limit/offset. */
  total: number;
}

export interface GateDistance extends DistanceTo {
  kind: string;
  locationStatus: string;
}

export interface LotSheet extends LotSummary {
  parkKind: ParkKind;
  parkFacts: string;
  project: { id: string; name: string; status: string } | null;
  distancesToAll: {
    /** Every gate and crossing, nearest first; a gate whose location is not agreed is measured to its area. */
    gates: GateDistance[];
    cargoLanes: DistanceTo[];
    city: { km: number; reference: string };
  };
}

export interface ParkFacet {
  id: ParkId;
  name: string;
  nameEn: string;
  kind: ParkKind;
  commune: string;
  lotCount: number;
  byStatus: Record<LotStatus, number>;
  availableAreaHa: number;
  bbox: [number, number, number, number];
}

export interface LotFacets {
  parks: ParkFacet[];
  landUses: { code: LandUseCode; count: number }[];
  areaHa: { min: number; max: number } | null;
}
