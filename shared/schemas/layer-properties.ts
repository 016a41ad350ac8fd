/**
 * The properties every feature of each layer carries. One schema per layer validates seed data,
 * imports and mutations alike; the client renders popups from the same field list.
 */
import { z } from 'zod';
import { landUseCodes } from '../domain/land-use.ts';
import { projectKinds, projectStatusCodes } from '../domain/project-status.ts';
import { clearanceStageCodes } from '../domain/clearance-stage.ts';
import { cadastralLandTypeCodes } from '../domain/cadastral-land-types.ts';
import { lotClearanceStateCodes, lotStatusCodes, parkIds, readinessLevelCodes } from '../domain/land-lots.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Provenance every feature carries (data honesty: the UI shows it). */
export const provenance = z.object({
  source: z.string().min(3),
  /** True where geometry or figures are illustrative rather than from an official source. */
  illustrative: z.boolean(),
});

export const communeProperties = provenance.extend({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['commune', 'ward']),
  formedFrom: z.string(),
  /** One of the nine units covering the economic zone (REFERENCE.md §5.3). */
  inZone: z.boolean(),
  zoneRelation: z.string().optional(),
  areaHa: z.number().positive(),
  license: z.string(),
});

export const borderLineProperties = provenance.extend({
  name: z.string(),
  license: z.string(),
  attribution: z.string(),
});

export const borderGateProperties = provenance.extend({
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(['international', 'main', 'secondary', 'crossing']),
  /** The gate or crossing on the Chinese side. */
  pairedWith: z.string().optional(),
  commune: z.string(),
  markers: z.string().optional(),
  /** "approximate" within positionAccuracyM; "not-agreed": the location is not yet agreed with China. */
  locationStatus: z.enum(['sourced', 'approximate', 'not-agreed']),
  positionAccuracyM: z.number().positive().optional(),
  note: z.string().optional(),
});

export const borderMarkerProperties = provenance.extend({
  number: z.string().regex(/^\d{3,4}(\/\d)?$/, 'a marker number such as 1088/2'),
  name: z.string(),
  gate: z.string(),
  /** Always true until the 2009 demarcation protocol's coordinates are loaded. */
  approximate: z.boolean(),
  note: z.string().optional(),
});

const lanePhase = z.object({
  phase: z.string(),
  lanes: z.number().int().positive(),
  source: z.string(),
});

export const cargoLaneProperties = provenance.extend({
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(['cargo-road', 'clearance-path']),
  fromMarker: z.string(),
  toMarker: z.string(),
  gate: z.string(),
  lanesNow: z.number().int().positive().optional(),
  lanesPlanned: z.number().int().positive().optional(),
  lanePhases: z.array(lanePhase),
  smartGatePilot: z.boolean(),
  status: z.string(),
});

export const planningZoneProperties = provenance.extend({
  zoneCode: z.string(),
  name: z.string(),
  landUse: z.enum(landUseCodes),
  planId: z.string(),
  revisionId: z.string(),
  commune: z.string(),
  areaHa: z.number().positive(),
  coveragePercentMax: z.number().min(0).max(100).optional(),
  floorAreaRatioMax: z.number().min(0).max(13).optional(),
  floorsMin: z.number().int().min(0).optional(),
  floorsMax: z.number().int().min(0).optional(),
  /** The horizon by which the zone's new use is realised (2035 first phase, 2045 long term); absent: already so. */
  horizonYear: z.number().int().min(2000).max(2100).optional(),
});

export const projectProperties = provenance.extend({
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(projectKinds.map((k) => k.code) as [string, ...string[]]),
  sector: z.string(),
  investor: z.string().optional(),
  responsibleUnit: z.string().optional(),
  status: z.enum(projectStatusCodes),
  progressPercent: z.number().min(0).max(100).optional(),
  startDate: isoDate.optional(),
  plannedEndDate: isoDate.optional(),
  finalAccountsDeadline: isoDate.optional(),
  /** Milestones as they happen (officers record them): their absence past a deadline makes the project overdue. */
  actualStartDate: isoDate.optional(),
  actualEndDate: isoDate.optional(),
  finalAccountsDate: isoDate.optional(),
  /** Decisions the project rests on, exactly as the sources name them; never invented. */
  decisions: z.array(z.string()),
  capitalBillionVnd: z.number().positive().optional(),
  capitalSource: z.string().optional(),
  gate: z.string().optional(),
  commune: z.string(),
  note: z.string().optional(),
  /** Road works given by chainage: the road-centrelines feature and the stretch, in metres from its Km0. */
  roadId: z.string().optional(),
  chainageFromMeters: z.number().min(0).optional(),
  chainageToMeters: z.number().positive().optional(),
});

/** A road centreline that chainage (`Km1+106.19`) is measured along: Km0 at its first position. */
export const roadCentrelineProperties = provenance.extend({
  name: z.string(),
  nameEn: z.string(),
  /** The road's code, used as the roadId of chainage lookups. */
  roadCode: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case road code'),
  /** Where Km0 lies, in words. */
  origin: z.string(),
});

export const clearanceBoundaryProperties = provenance.extend({
  name: z.string(),
  projectId: z.string(),
  commune: z.string(),
  stage: z.enum(clearanceStageCodes),
  targetHandoverDate: isoDate.optional(),
  areaHa: z.number().positive(),
});

export const resettlementAreaProperties = provenance.extend({
  name: z.string(),
  commune: z.string(),
  capacityLots: z.number().int().positive(),
  allocatedLots: z.number().int().min(0),
  areaHa: z.number().positive(),
  forProjects: z.array(z.string()),
});

/**
 * A cadastral parcel: public cadastral facts only. Owners and households never live here (they are
 * in clearance_households, read only through commune-scoped procedures), so no tile, OGC item or
 * layer query can carry them.
 */
export const parcelProperties = provenance.extend({
  name: z.string(),
  /** The key is (formerCommuneCode, sheet, parcelNumber): sheets restart in each pre-2025 commune. */
  formerCommuneCode: z.string(),
  formerCommuneName: z.string(),
  sheet: z.number().int().positive(),
  parcelNumber: z.number().int().positive(),
  /** The 2025 commune (communes layer `code`) and its name. */
  communeCode: z.string(),
  commune: z.string(),
  landType: z.enum(cadastralLandTypeCodes),
  /** Area on the VN-2000 TM-3 107°15′ plane (EPSG:9215), m², to 0.1 m² as the cadastre records it. */
  areaM2: z.number().positive(),
});

export type ParcelProperties = z.infer<typeof parcelProperties>;
const readiness = z.enum(readinessLevelCodes);

/** A lot offered to investors (illustrative geometry and figures; see geodata/README.md). */
export const landLotProperties = provenance.extend({
  /** The lot's code within its park, e.g. CN-03 or CC7. */
  code: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'a lot code such as CN-03'),
  name: z.string(),
  park: z.enum(parkIds),
  parkName: z.string(),
  commune: z.string(),
  landUse: z.enum(landUseCodes),
  /** Planar area on VN-2000 / TM-3 107°15′ (EPSG:9215) of the stored geometry. */
  areaM2: z.number().positive(),
  areaHa: z.number().positive(),
  status: z.enum(lotStatusCodes),
  coveragePercentMax: z.number().min(0).max(100),
  floorAreaRatioMax: z.number().min(0).max(13),
  floorsMax: z.number().int().min(1),
  setbackMetres: z.number().min(0),
  readinessRoad: readiness,
  readinessPower: readiness,
  readinessWater: readiness,
  readinessDrainage: readiness,
  readinessTelecom: readiness,
  /** Longest lease term offered, in years. */
  leaseTermYears: z.number().int().min(1).max(70),
  /** The lot's own clearance state; a clearance boundary covering the lot overrides it when read. */
  clearance: z.enum(lotClearanceStateCodes),
  /** The plan the lot's land use and indicators come from, and its state. */
  plan: z.string(),
  /** The decision approving that plan, exactly as a source names it; null when none is known. */
  planDecision: z.string().nullable(),
  contact: z.string(),
  /** The investment project on the lot, when there is one. */
  projectId: z.string().optional(),
  note: z.string().optional(),
});

export type CommuneProperties = z.infer<typeof communeProperties>;
export type BorderGateProperties = z.infer<typeof borderGateProperties>;
export type BorderMarkerProperties = z.infer<typeof borderMarkerProperties>;
export type CargoLaneProperties = z.infer<typeof cargoLaneProperties>;
export type PlanningZoneProperties = z.infer<typeof planningZoneProperties>;
export type ProjectProperties = z.infer<typeof projectProperties>;
export type RoadCentrelineProperties = z.infer<typeof roadCentrelineProperties>;
export type ClearanceBoundaryProperties = z.infer<typeof clearanceBoundaryProperties>;
export type ResettlementAreaProperties = z.infer<typeof resettlementAreaProperties>;
export type LandLotProperties = z.infer<typeof landLotProperties>;
