/**
 * Plans and their revisions: the register with what each caller may see (the public: approved
 * revisions only), which revision of the zoned plan is in force on a day, land-use balances and
 * revision comparisons. Zones are features of the planning-zones layer keyed by `revisionId`:
 * every revision holds its full zone set, so "the plan as of a date", tiles and compare all read
 * one revision's rows.
 */
import type { Kysely } from 'kysely';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { inForceStages, isApprovedStage } from '../../../shared/domain/plans.ts';
import { vietnamDate } from '../../../shared/domain/project-timing.ts';
import type { PlanRevision, PlanSummary, RevisionBalance, RevisionComparison } from '../../../shared/schemas/plans.ts';
import { now, type AppDeps } from '../../app-deps.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { FeatureStore, StoredFeature } from '../../geo-store/feature-store.ts';
import { refuse } from '../../trpc/errors.ts';
import type { Audience } from '../layers/redact.ts';
import { findRevision, listPlanRows, listRevisionRows, type StoredRevision } from './plans.repository.ts';
import { balanceDifference, balanceTotals, changedZones, revisionBalance } from './zone-balance.ts';

export const zoneLayer = findLayer('planning-zones') as LayerDefinition;

/** The plan whose zones the planning-zones collection serves by default (the zone's general plan). */
export const ZONED_PLAN_ID = 'dd-ls-general';

/** More zones than any revision has: a revision is always read whole. */
const ZONES_PER_REVISION_MAX = 100_000;

type PlansDeps = Pick<AppDeps, 'database' | 'features' | 'clock'>;

export function revisionVisibleTo(revision: Pick<StoredRevision, 'stage'>, audience: Audience): boolean {
  return audience === 'staff' || isApprovedStage(revision.stage);
}

export function todayInVietnam(deps: Pick<AppDeps, 'clock'>): string {
  return vietnamDate(now(deps));
}

async function zoneCount(store: FeatureStore, revisionId: string): Promise<number> {
  return (await store.query(zoneLayer, { limit: 1, offset: 0, filters: { revisionId } })).numberMatched;
}

export async function revisionZones(store: FeatureStore, revisionId: string): Promise<StoredFeature[]> {
  return (await store.query(zoneLayer, { limit: ZONES_PER_REVISION_MAX, offset: 0, filters: { revisionId } })).features;
}

async function withZoneCount(store: FeatureStore, revision: StoredRevision): Promise<PlanRevision> {
  return { ...revision, zoneCount: await zoneCount(store, revision.id) };
}

/** Every plan with the revisions the caller may see, oldest first. */
export async function listPlans(deps: PlansDeps, audience: Audience, planId?: string): Promise<PlanSummary[]> {
  const plans = (await listPlanRows(deps.database.db)).filter((p) => !planId || p.id === planId);
  const revisions = (await listRevisionRows(deps.database.db, planId)).filter((r) => revisionVisibleTo(r, audience));
  const counted = await Promise.all(revisions.map((r) => withZoneCount(deps.features, r)));
  return plans.map((plan) => ({ ...plan, revisions: counted.filter((r) => r.planId === plan.id) }));
}

/** A revision the caller may see, or NOT_FOUND naming `field` (drafts do not exist for the public). */
export async function visibleRevisionOrThrow(db: Kysely<DatabaseSchema>, revisionId: string, audience: Audience, field: string): Promise<StoredRevision> {
  const revision = await findRevision(db, revisionId);
  if (!revision || !revisionVisibleTo(revision, audience)) {
    throw refuse('NOT_FOUND', `Không có phương án quy hoạch ${revisionId} đã phê duyệt / no approved plan revision ${revisionId}`, field);
  }
  return revision;
}

/**
 * The revision of `planId` in force on `day` (YYYY-MM-DD): approved by then (valid_from on or
 * before it, or unknown) and not yet replaced (valid_to after it, or open). The latest such wins.
 */
export async function revisionInForceOn(db: Kysely<DatabaseSchema>, planId: string, day: string): Promise<StoredRevision | undefined> {
  const candidates = (await listRevisionRows(db, planId)).filter(
    (r) => isApprovedStage(r.stage) && (r.validFrom === null || r.validFrom <= day) && (r.validTo === null || r.validTo > day),
  );
  // Known start dates beat unknown ones; a superseded row still valid on `day` is the older one.
  candidates.sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? '') || Number(inForceStages.includes(b.stage)) - Number(inForceStages.includes(a.stage)));
  return candidates[0];
}

export async function balanceOfRevision(deps: PlansDeps, revisionId: string, audience: Audience): Promise<RevisionBalance> {
  await visibleRevisionOrThrow(deps.database.db, revisionId, audience, 'revisionId');
  return revisionBalance(revisionId, await revisionZones(deps.features, revisionId));
}

export async function compareRevisions(deps: PlansDeps, fromRevisionId: string, toRevisionId: string, audience: Audience): Promise<RevisionComparison> {
  await visibleRevisionOrThrow(deps.database.db, fromRevisionId, audience, 'fromRevisionId');
  await visibleRevisionOrThrow(deps.database.db, toRevisionId, audience, 'toRevisionId');
  const [fromZones, toZones] = await Promise.all([revisionZones(deps.features, fromRevisionId), revisionZones(deps.features, toRevisionId)]);
  const balance = balanceDifference(fromZones, toZones);
  return { fromRevisionId, toRevisionId, balance, totals: balanceTotals(balance), changedZones: changedZones(fromZones, toZones, audience) };
}
