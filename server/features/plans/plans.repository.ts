/** SQL of the plans feature: the register (plans, revisions), stage history and comments. Zones are features (geo-store). */
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, PlanRevisionTable, PlanTable } from '../../db/schema.ts';
import type { AdjustmentArea, PlanRevision, PlanSummary, PlanRegister } from '../../../shared/schemas/plans.ts';
import type { PlanLevel, RevisionKind, RevisionStage } from '../../../shared/domain/plans.ts';

type Db = Kysely<DatabaseSchema>;

/** A revision as stored, without its zone count (the service adds it from the geo-store). */
export type StoredRevision = Omit<PlanRevision, 'zoneCount'>;

function toRevision(row: Selectable<PlanRevisionTable>): StoredRevision {
  return {
    id: row.id,
    planId: row.plan_id,
    kind: row.kind as RevisionKind,
    stage: row.stage as RevisionStage,
    name: row.name,
    nameEn: row.name_en,
    parentRevisionId: row.parent_revision_id,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    taskDecisionNumber: row.task_decision_number,
    taskDecisionDate: row.task_decision_date,
    horizonYear: row.horizon_year === null ? null : Number(row.horizon_year),
    horizonYears: JSON.parse(row.horizon_years) as number[],
    validFrom: row.valid_from,
    validTo: row.valid_to,
    adjustmentAreas: JSON.parse(row.adjustment_areas) as AdjustmentArea[],
    summary: row.summary,
    source: row.source,
    illustrative: Number(row.illustrative) === 1,
  };
}

export type StoredPlan = Omit<PlanSummary, 'revisions'>;

function toPlan(row: Selectable<PlanTable>): StoredPlan {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.name_en,
    level: row.level as PlanLevel,
    scale: row.scale,
    horizonYear: row.horizon_year === null ? null : Number(row.horizon_year),
    parentPlanId: row.parent_plan_id,
    approvingAuthority: row.approving_authority,
    source: row.source,
  };
}

/** Writes the register of geodata/plans.json (already validated) with each revision's known stage steps. */
export async function insertPlanRegister(db: Db, register: PlanRegister, at: string): Promise<void> {
  let planOrder = 0;
  for (const plan of register.plans) {
    await db
      .insertInto('plans')
      .values({
        id: plan.id,
        name: plan.name,
        name_en: plan.nameEn,
        level: plan.level,
        scale: plan.scale,
        horizon_year: plan.horizonYear,
        parent_plan_id: plan.parentPlanId,
        approving_authority: plan.approvingAuthority,
        source: plan.source,
        sort_order: (planOrder += 1),
      })
      .execute();
    let revisionOrder = 0;
    for (const revision of plan.revisions) {
      await db
        .insertInto('plan_revisions')
        .values(revisionRow(plan.id, revision, (revisionOrder += 1), at))
        .execute();
      let previous: RevisionStage | null = null;
      for (const step of revision.stageHistory) {
        await insertStageStep(db, {
          revisionId: revision.id,
          fromStage: previous,
          stage: step.stage,
          at,
          decisionNumber: step.decisionNumber,
          decisionDate: step.decisionDate,
          actorId: null,
          actorUsername: null,
          note: `${step.note} [sổ đăng ký quy hoạch / plan register]`,
        });
        previous = step.stage;
      }
    }
  }
}

export async function listPlanRows(db: Db): Promise<StoredPlan[]> {
  return (await db.selectFrom('plans').selectAll().orderBy('sort_order').execute()).map(toPlan);
}

const revisionColumns = [
  'id', 'plan_id', 'kind', 'stage', 'name', 'name_en', 'parent_revision_id', 'decision_number', 'decision_date', 'task_decision_number',
  'task_decision_date', 'horizon_year', 'horizon_years', 'valid_from', 'valid_to', 'adjustment_areas', 'summary', 'source', 'illustrative',
  'sort_order', 'version', 'updated_at',
] as const;

export async function listRevisionRows(db: Db, planId?: string): Promise<StoredRevision[]> {
  let query = db.selectFrom('plan_revisions').select([...revisionColumns]);
  if (planId) query = query.where('plan_id', '=', planId);
  return (await query.orderBy('plan_id').orderBy('sort_order').execute()).map(toRevision);
}

export async function findRevision(db: Db, id: string): Promise<StoredRevision | undefined> {
  const row = await db.selectFrom('plan_revisions').select([...revisionColumns]).where('id', '=', id).executeTakeFirst();
  return row ? toRevision(row) : undefined;
}

export interface RevisionStageChange {
  stage: RevisionStage;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/**
 * Moves a revision to `change.stage` only if it is still at `expectedStage` (a concurrent step
 * loses); true when the row changed.
 */
export async function updateRevisionStage(db: Db, id: string, expectedStage: RevisionStage, change: RevisionStageChange, at: string): Promise<boolean> {
  const result = await db
    .updateTable('plan_revisions')
    .set((eb) => ({
      stage: change.stage,
      ...(change.decisionNumber !== undefined ? { decision_number: change.decisionNumber } : {}),
      ...(change.decisionDate !== undefined ? { decision_date: change.decisionDate } : {}),
      ...(change.validFrom !== undefined ? { valid_from: change.validFrom } : {}),
      ...(change.validTo !== undefined ? { valid_to: change.validTo } : {}),
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('id', '=', id)
    .where('stage', '=', expectedStage)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface StageStep {
  revisionId: string;
  fromStage: RevisionStage | null;
  stage: RevisionStage;
  at: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  actorId: string | null;
  actorUsername: string | null;
  note: string;
}

export async function insertStageStep(db: Db, step: StageStep): Promise<void> {
  await db
    .insertInto('plan_revision_stages')
    .values({
      revision_id: step.revisionId,
      from_stage: step.fromStage,
      stage: step.stage,
      at: step.at,
      decision_number: step.decisionNumber,
      decision_date: step.decisionDate,
      actor_id: step.actorId,
      actor_username: step.actorUsername,
      note: step.note,
    })
    .execute();
}

/** A revision's stage steps, oldest first. */
export async function listStageSteps(db: Db, revisionId: string): Promise<Omit<StageStep, 'actorId'>[]> {
  const rows = await db
    .selectFrom('plan_revision_stages')
    .select(['revision_id', 'from_stage', 'stage', 'at', 'decision_number', 'decision_date', 'actor_username', 'note'])
    .where('revision_id', '=', revisionId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    revisionId: row.revision_id,
    fromStage: row.from_stage as RevisionStage | null,
    stage: row.stage as RevisionStage,
    at: row.at,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    actorUsername: row.actor_username,
    note: row.note,
  }));
}

export interface CommentRow {
  id: string;
  revisionId: string;
  parentId: string | null;
  lon: number;
  lat: number;
  text: string;
  authorUsername: string | null;
  createdAt: string;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedByUsername: string | null;
}

const commentColumns = ['id', 'revision_id', 'parent_id', 'lon', 'lat', 'text', 'author_username', 'created_at', 'resolved', 'resolved_at', 'resolved_by_username'] as const;

function toComment(row: Pick<Selectable<DatabaseSchema['plan_comments']>, (typeof commentColumns)[number]>): CommentRow {
  return {
    id: row.id,
    revisionId: row.revision_id,
    parentId: row.parent_id,
    lon: Number(row.lon),
    lat: Number(row.lat),
    text: row.text,
    authorUsername: row.author_username,
    createdAt: row.created_at,
    resolved: Number(row.resolved) === 1,
    resolvedAt: row.resolved_at,
    resolvedByUsername: row.resolved_by_username,
  };
}

export async function insertComment(
  db: Db,
  comment: { id: string; revisionId: string; parentId: string | null; lon: number; lat: number; text: string; authorId: string | null; authorUsername: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('plan_comments')
    .values({
      id: comment.id,
      revision_id: comment.revisionId,
      parent_id: comment.parentId,
      lon: comment.lon,
      lat: comment.lat,
      text: comment.text,
      author_id: comment.authorId,
      author_username: comment.authorUsername,
      resolved: 0,
      created_at: comment.at,
      updated_at: comment.at,
    })
    .execute();
}

export async function findComment(db: Db, id: string): Promise<CommentRow | undefined> {
  const row = await db.selectFrom('plan_comments').select([...commentColumns]).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? toComment(row) : undefined;
}

/** Live comments and replies of a revision, oldest first. */
export async function listComments(db: Db, revisionId: string): Promise<CommentRow[]> {
  const rows = await db
    .selectFrom('plan_comments')
    .select([...commentColumns])
    .where('revision_id', '=', revisionId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toComment);
}

export async function setCommentResolved(db: Db, id: string, resolved: boolean, byUsername: string | null, at: string): Promise<void> {
  await db
    .updateTable('plan_comments')
    .set({ resolved: resolved ? 1 : 0, resolved_at: resolved ? at : null, resolved_by_username: resolved ? byUsername : null, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** The plan_revisions row of a revision, seeded from the register or created by an import. */
function revisionRow(planId: string, revision: Omit<StoredRevision, 'planId'>, sortOrder: number, at: string) {
  return {
    id: revision.id,
    plan_id: planId,
    kind: revision.kind,
    stage: revision.stage,
    name: revision.name,
    name_en: revision.nameEn,
    parent_revision_id: revision.parentRevisionId,
    decision_number: revision.decisionNumber,
    decision_date: revision.decisionDate,
    task_decision_number: revision.taskDecisionNumber,
    task_decision_date: revision.taskDecisionDate,
    horizon_year: revision.horizonYear,
    horizon_years: JSON.stringify(revision.horizonYears),
    valid_from: revision.validFrom,
    valid_to: revision.validTo,
    adjustment_areas: JSON.stringify(revision.adjustmentAreas),
    summary: revision.summary,
    source: revision.source,
    illustrative: revision.illustrative ? 1 : 0,
    sort_order: sortOrder,
    updated_at: at,
  };
}

/** A new revision row (an imported draft, issue #8): placed after the plan's other revisions. */
export async function insertRevision(db: Db, revision: StoredRevision, at: string): Promise<void> {
  const last = await db.selectFrom('plan_revisions').select((eb) => eb.fn.max('sort_order').as('n')).where('plan_id', '=', revision.planId).executeTakeFirst();
  await db
    .insertInto('plan_revisions')
    .values(revisionRow(revision.planId, revision, Number(last?.n ?? 0) + 1, at))
    .execute();
}
