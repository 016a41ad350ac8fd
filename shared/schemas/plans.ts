/**
 * The plans API contract (issue 4): inputs validated by the procedures and the client forms alike,
 * and the shapes the procedures return. Areas are hectares on the VN-2000 TM-3 107°15′ plane
 * (EPSG:9215), computed from the zones' geometry.
 */
import { z } from 'zod';
import type { Geometry } from 'geojson';
import { planLevelCodes, revisionKindCodes, revisionStageCodes, type PlanLevel, type RevisionKind, type RevisionStage } from '../domain/plans.ts';
import { isoDateSchema } from './projects.ts';

export const planIdSchema = z.string().trim().min(1).max(100);
export const revisionIdSchema = z.string().trim().min(1, 'give a revision id').max(100);

/** A decision number as Vietnamese documents write it: 1009/QĐ-TTg, 138/2008/QĐ-TTg, 474/QĐ-UBND. */
export const decisionNumberSchema = z
  .string()
  .trim()
  .max(60)
  .regex(/^\d{1,6}(\/\d{4})?\/[\p{L}\d]+(-[\p{L}\d]+)*$/u, 'a decision number such as 1009/QĐ-TTg');

export const revisionStageSchema = z.enum(revisionStageCodes);
export const planLevelSchema = z.enum(planLevelCodes);
export const revisionKindSchema = z.enum(revisionKindCodes);

export const listPlansInput = z.object({ planId: planIdSchema.optional() }).optional();
export const revisionBalanceInput = z.object({ revisionId: revisionIdSchema });
export const compareRevisionsInput = z.object({ fromRevisionId: revisionIdSchema, toRevisionId: revisionIdSchema });
export const revisionImpactInput = z.object({ revisionId: revisionIdSchema });

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);

export const whatAppliesInput = z.object({
  lon: longitude,
  lat: latitude,
  /** The revision to ask; the revision in force today when absent. */
  revisionId: revisionIdSchema.optional(),
});

export const advanceStageInput = z.object({
  revisionId: revisionIdSchema,
  toStage: revisionStageSchema,
  /** Required to approve: the approval decision. */
  decisionNumber: decisionNumberSchema.optional(),
  decisionDate: isoDateSchema.optional(),
  note: z.string().trim().max(1000).optional(),
});

export const commentTextSchema = z.string().trim().min(1, 'write something').max(4000);
export const commentIdSchema = z.string().trim().min(1).max(100);

export const listCommentsInput = z.object({ revisionId: revisionIdSchema, includeResolved: z.boolean().optional() });
export const addCommentInput = z.object({ revisionId: revisionIdSchema, lon: longitude, lat: latitude, text: commentTextSchema });
export const replyCommentInput = z.object({ commentId: commentIdSchema, text: commentTextSchema });
export const resolveCommentInput = z.object({ commentId: commentIdSchema, resolved: z.boolean().default(true) });
export const deleteCommentInput = z.object({ commentId: commentIdSchema });

export type AdvanceStageInput = z.infer<typeof advanceStageInput>;
export type WhatAppliesInput = z.infer<typeof whatAppliesInput>;
export type AddCommentInput = z.infer<typeof addCommentInput>;

/** An area the adjustment changes, drawn on the map (local adjustments). */
export interface AdjustmentArea {
  name: string;
  /** Hectares as the decision or brief gives them. */
  statedHectares: number;
  geometry: Geometry;
}

export interface PlanRevision {
  id: string;
  planId: string;
  kind: RevisionKind;
  stage: RevisionStage;
  name: string;
  nameEn: string;
  /** The revision this one adjusts (null for an original plan). */
  parentRevisionId: string | null;
  /** The approval decision; null while not approved, or approved but the number is not in the sources. */
  decisionNumber: string | null;
  decisionDate: string | null;
  /** The decision approving the planning task, where one is known. */
  taskDecisionNumber: string | null;
  taskDecisionDate: string | null;
  /** The last horizon (e.g. 2045); null where the sources give none. */
  horizonYear: number | null;
  /** Every horizon of the plan, e.g. [2035, 2045]. */
  horizonYears: number[];
  /** In force from (the decision date) to (the date a newer revision was approved); null ends are open. */
  validFrom: string | null;
  validTo: string | null;
  /** Whether the revision has zones in the planning-zones collection. */
  zoneCount: number;
  adjustmentAreas: AdjustmentArea[];
  summary: string | null;
  source: string;
  illustrative: boolean;
}

export interface PlanSummary {
  id: string;
  name: string;
  nameEn: string;
  level: PlanLevel;
  /** Drawing scale such as 1/2000; null where the sources do not say. */
  scale: string | null;
  horizonYear: number | null;
  parentPlanId: string | null;
  approvingAuthority: string | null;
  source: string;
  /** Oldest first; anonymous callers get approved revisions only. */
  revisions: PlanRevision[];
}

export interface BalanceRow {
  landUse: string;
  fromHectares: number;
  toHectares: number;
  deltaHectares: number;
}

export interface RevisionBalance {
  revisionId: string;
  rows: { landUse: string; hectares: number; sharePercent: number }[];
  totalHectares: number;
}

export interface ZoneIndicators {
  coveragePercentMax: number | null;
  floorAreaRatioMax: number | null;
  floorsMin: number | null;
  floorsMax: number | null;
}

export const zoneChangeKinds = ['added', 'removed', 'land-use-changed', 'indicators-changed', 'reshaped'] as const;
export type ZoneChangeKind = (typeof zoneChangeKinds)[number];

export interface ChangedZone {
  /** The feature id in the "to" revision (in the "from" revision for a removed zone). */
  id: string;
  /** Null for restricted land shown to the public. */
  zoneCode: string | null;
  name: string;
  /** The main change (first of `changes` in the order of zoneChangeKinds). */
  change: ZoneChangeKind;
  changes: ZoneChangeKind[];
  fromLandUse: string | null;
  toLandUse: string | null;
  fromHectares: number;
  toHectares: number;
  /** Null for restricted land shown to the public, and on the side where the zone does not exist. */
  fromIndicators: ZoneIndicators | null;
  toIndicators: ZoneIndicators | null;
  horizonYear: number | null;
  restricted: boolean;
  /** The zone's geometry in the "to" revision (the "from" one for a removed zone), WGS84. */
  geometry: Geometry;
}

export interface StageStepView {
  fromStage: RevisionStage | null;
  stage: RevisionStage;
  /** When the step was recorded (UTC). */
  at: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** Null for the public and for steps loaded from the register. */
  actorUsername: string | null;
  note: string;
}

export interface AdvanceStageResult {
  revision: PlanRevision;
  /** Revisions of the same plan this approval superseded. */
  supersededRevisionIds: string[];
  history: StageStepView[];
}

export interface FeatureSummary {
  id: string;
  name: string;
  /** The layer's public properties (redacted for the public where the layer says so). */
  properties: Record<string, unknown>;
}

/** Features of one layer at a point or inside changed zones; long lists (parcels) are cut, `total` counts them all. */
export interface LayerHits {
  layerId: string;
  features: FeatureSummary[];
  total: number;
}

export interface WhatApplies {
  lon: number;
  lat: number;
  plan: { id: string; name: string; nameEn: string; level: PlanLevel };
  revision: Pick<PlanRevision, 'id' | 'name' | 'nameEn' | 'stage' | 'kind' | 'decisionNumber' | 'decisionDate' | 'validFrom' | 'horizonYear'>;
  /** The zone at the point; null outside every zone. For the public, restricted land carries no code, name detail or indicators. */
  zone: {
    id: string;
    zoneCode: string | null;
    name: string;
    landUse: string;
    restricted: boolean;
    indicators: ZoneIndicators | null;
    areaHectares: number;
    horizonYear: number | null;
    commune: string | null;
  } | null;
  /** Other layers at the point: projects, clearance boundaries, resettlement areas (lots and parcels later). */
  alsoHere: LayerHits[];
}

export const impactConflictKinds = ['project-land-use', 'lot-land-use', 'indicator-above-limit', 'protected-class-reduced'] as const;
export type ImpactConflictKind = (typeof impactConflictKinds)[number];

export interface ImpactConflict {
  kind: ImpactConflictKind;
  zoneCode: string | null;
  featureId: string | null;
  landUse: string | null;
  message: { vi: string; en: string };
  /** For indicator conflicts: the indicator, its value and the limit. */
  indicator?: { name: 'coveragePercentMax' | 'floorAreaRatioMax'; value: number; limit: number };
  /** For protected classes: hectares lost. */
  deltaHectares?: number;
}

export interface RevisionImpact {
  revisionId: string;
  parentRevisionId: string;
  changedZones: ChangedZone[];
  /** Features inside changed zones, per layer, each with the changed zone codes it touches. */
  /** Per layer: at most 100 features listed, `total` in the changed zones. */
  affected: { layerId: string; features: (FeatureSummary & { zoneCodes: (string | null)[] })[]; total: number }[];
  conflicts: ImpactConflict[];
  /** Layers the impact will also cover once they exist. */
  pendingLayers: string[];
}

export interface CommentReply {
  id: string;
  text: string;
  authorUsername: string | null;
  createdAt: string;
}

export interface CommentThread {
  id: string;
  revisionId: string;
  lon: number;
  lat: number;
  text: string;
  authorUsername: string | null;
  createdAt: string;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedByUsername: string | null;
  replies: CommentReply[];
}

export interface RevisionComparison {
  fromRevisionId: string;
  toRevisionId: string;
  balance: BalanceRow[];
  totals: { fromHectares: number; toHectares: number; deltaHectares: number };
  changedZones: ChangedZone[];
}

const polygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()).length(2)).min(4)).min(1) });

/** One known step of a revision's procedure, as the register records it (no date when the sources give none). */
export const registerStageStep = z.object({
  stage: revisionStageSchema,
  decisionNumber: decisionNumberSchema.nullable(),
  decisionDate: isoDateSchema.nullable(),
  note: z.string().min(3),
});

export const registerRevision = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  kind: revisionKindSchema,
  stage: revisionStageSchema,
  name: z.string().min(3),
  nameEn: z.string().min(3),
  parentRevisionId: z.string().nullable(),
  /** Never invented: null unless a source gives it. */
  decisionNumber: decisionNumberSchema.nullable(),
  decisionDate: isoDateSchema.nullable(),
  taskDecisionNumber: decisionNumberSchema.nullable(),
  taskDecisionDate: isoDateSchema.nullable(),
  horizonYear: z.number().int().nullable(),
  horizonYears: z.array(z.number().int()),
  validFrom: isoDateSchema.nullable(),
  validTo: isoDateSchema.nullable(),
  adjustmentAreas: z.array(z.object({ name: z.string(), statedHectares: z.number().positive(), geometry: polygonGeometry })),
  summary: z.string().nullable(),
  source: z.string().min(10),
  illustrative: z.boolean(),
  stageHistory: z.array(registerStageStep).min(1),
});

export const registerPlan = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id'),
  name: z.string().min(3),
  nameEn: z.string().min(3),
  level: planLevelSchema,
  scale: z.string().regex(/^1\/\d+$/).nullable(),
  horizonYear: z.number().int().nullable(),
  parentPlanId: z.string().nullable(),
  approvingAuthority: z.string().nullable(),
  source: z.string().min(10),
  revisions: z.array(registerRevision).min(1),
});

/** geodata/plans.json: the plan register the seed loads. */
export const planRegisterSchema = z.object({
  source: z.string().min(10),
  plans: z.array(registerPlan).min(1),
});

export type PlanRegister = z.infer<typeof planRegisterSchema>;
export type RegisterPlan = z.infer<typeof registerPlan>;
export type RegisterRevision = z.infer<typeof registerRevision>;
