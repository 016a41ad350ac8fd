/**
 * The review workflow: planners move a revision through its stages (shared/domain/plans.ts), each
 * step checked, audited and kept in the stage history; approving needs the decision's number and
 * date and supersedes the revision in force (which keeps its rows and history). Comments pinned
 * to a point of a revision, with replies and a resolved state.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canMoveStage, inForceStages, stageTransitions } from '../../../shared/domain/plans.ts';
import type { AddCommentInput, AdvanceStageInput, AdvanceStageResult, CommentThread, StageStepView } from '../../../shared/schemas/plans.ts';
import { now, type AppDeps } from '../../app-deps.ts';
import { withAudit, type AuditContext } from '../../audit/with-audit.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { refuse } from '../../trpc/errors.ts';
import type { Audience } from '../layers/redact.ts';
import {
  findComment,
  findRevision,
  insertComment,
  insertStageStep,
  listComments,
  listRevisionRows,
  listStageSteps,
  setCommentResolved,
  updateRevisionStage,
  type CommentRow,
} from './plans.repository.ts';
import { revisionZones, todayInVietnam, visibleRevisionOrThrow } from './plans.service.ts';

type ReviewContext = AuditContext & { deps: Pick<AppDeps, 'database' | 'clock' | 'features'> };

export async function stageHistory(db: Kysely<DatabaseSchema>, revisionId: string, audience: Audience): Promise<StageStepView[]> {
  await visibleRevisionOrThrow(db, revisionId, audience, 'revisionId');
  return (await listStageSteps(db, revisionId)).map((step) => ({
    fromStage: step.fromStage,
    stage: step.stage,
    at: step.at,
    decisionNumber: step.decisionNumber,
    decisionDate: step.decisionDate,
    actorUsername: audience === 'staff' ? step.actorUsername : null,
    note: step.note,
  }));
}

const decisionOf = (r: { stage: string; decisionNumber: string | null; decisionDate: string | null; validFrom: string | null; validTo: string | null }) => ({
  stage: r.stage,
  decisionNumber: r.decisionNumber,
  decisionDate: r.decisionDate,
  validFrom: r.validFrom,
  validTo: r.validTo,
});

/** One step of a revision's procedure; approval supersedes the plan's revision in force. */
export async function advanceStage(ctx: ReviewContext, input: AdvanceStageInput): Promise<AdvanceStageResult> {
  const approving = input.toStage === 'approved';
  if (approving) {
    if (!input.decisionNumber) throw refuse('BAD_REQUEST', 'decisionNumber: phê duyệt cần số quyết định / approval needs the decision number', 'decisionNumber');
    if (!input.decisionDate) throw refuse('BAD_REQUEST', 'decisionDate: phê duyệt cần ngày quyết định / approval needs the decision date', 'decisionDate');
    if (input.decisionDate > todayInVietnam(ctx.deps)) throw refuse('BAD_REQUEST', 'decisionDate: ngày quyết định ở tương lai / the decision date is in the future', 'decisionDate');
  } else if (input.decisionNumber !== undefined || input.decisionDate !== undefined) {
    const field = input.decisionNumber !== undefined ? 'decisionNumber' : 'decisionDate';
    throw refuse('BAD_REQUEST', `${field}: chỉ bước phê duyệt có quyết định / only approval takes a decision`, field);
  }
  const at = now(ctx.deps).toISOString();
  const superseded: string[] = [];
  // Read before the transaction: on SQLite the outer database would wait for it.
  const zoneCount = (await revisionZones(ctx.deps.features, input.revisionId)).length;
  await withAudit(ctx, { entityType: 'plan-revision', entityId: input.revisionId }, async (trx) => {
    const revision = await findRevision(trx, input.revisionId);
    if (!revision) throw refuse('NOT_FOUND', `Không có phương án ${input.revisionId} / no revision ${input.revisionId}`, 'revisionId');
    if (!canMoveStage(revision.stage, input.toStage)) {
      const allowed = stageTransitions[revision.stage];
      const why =
        revision.stage === 'approved' || revision.stage === 'published' || revision.stage === 'superseded'
          ? 'phương án đã phê duyệt không thay đổi được / an approved revision cannot change'
          : `từ ${revision.stage} chỉ sang ${allowed.join(', ')} / from ${revision.stage} only to ${allowed.join(', ')}`;
      throw refuse('BAD_REQUEST', `toStage: không thể chuyển ${revision.stage} → ${input.toStage}: ${why}`, 'toStage');
    }
    if (approving) {
      const inForce = (await listRevisionRows(trx, revision.planId)).filter((r) => r.id !== revision.id && inForceStages.includes(r.stage));
      for (const previous of inForce) {
        if (previous.validFrom !== null && previous.validFrom > (input.decisionDate as string)) {
          throw refuse('BAD_REQUEST', `decisionDate: trước ngày hiệu lực của ${previous.id} (${previous.validFrom}) / before ${previous.id} came into force`, 'decisionDate');
        }
        await updateRevisionStage(trx, previous.id, previous.stage, { stage: 'superseded', validTo: input.decisionDate as string }, at);
        await insertStageStep(trx, {
          revisionId: previous.id,
          fromStage: previous.stage,
          stage: 'superseded',
          at,
          decisionNumber: input.decisionNumber as string,
          decisionDate: input.decisionDate as string,
          actorId: ctx.user?.id ?? null,
          actorUsername: ctx.user?.username ?? null,
          note: `Được thay thế bởi ${revision.id} / superseded by ${revision.id}`,
        });
        superseded.push(previous.id);
      }
    }
    const moved = await updateRevisionStage(
      trx,
      revision.id,
      revision.stage,
      approving ? { stage: 'approved', decisionNumber: input.decisionNumber as string, decisionDate: input.decisionDate as string, validFrom: input.decisionDate as string, validTo: null } : { stage: input.toStage },
      at,
    );
    if (!moved) throw refuse('CONFLICT', 'Phương án vừa được người khác chuyển bước / someone else just moved this revision', 'revisionId');
    await insertStageStep(trx, {
      revisionId: revision.id,
      fromStage: revision.stage,
      stage: input.toStage,
      at,
      decisionNumber: input.decisionNumber ?? null,
      decisionDate: input.decisionDate ?? null,
      actorId: ctx.user?.id ?? null,
      actorUsername: ctx.user?.username ?? null,
      note: input.note ?? '',
    });
    const after = await findRevision(trx, revision.id);
    return { before: decisionOf(revision), after: { ...decisionOf(after ?? revision), superseded, note: input.note ?? null }, result: null };
  });
  const revision = await findRevision(ctx.deps.database.db, input.revisionId);
  if (!revision) throw refuse('NOT_FOUND', `no revision ${input.revisionId}`, 'revisionId');
  return { revision: { ...revision, zoneCount }, supersededRevisionIds: superseded, history: await stageHistory(ctx.deps.database.db, revision.id, 'staff') };
}

function threads(rows: readonly CommentRow[], includeResolved: boolean): CommentThread[] {
  const replies = new Map<string, CommentRow[]>();
  for (const row of rows) if (row.parentId) replies.set(row.parentId, [...(replies.get(row.parentId) ?? []), row]);
  return rows
    .filter((row) => row.parentId === null && (includeResolved || !row.resolved))
    .map((row) => ({
      id: row.id,
      revisionId: row.revisionId,
      lon: row.lon,
      lat: row.lat,
      text: row.text,
      authorUsername: row.authorUsername,
      createdAt: row.createdAt,
      resolved: row.resolved,
      resolvedAt: row.resolvedAt,
      resolvedByUsername: row.resolvedByUsername,
      replies: (replies.get(row.id) ?? []).map((reply) => ({ id: reply.id, text: reply.text, authorUsername: reply.authorUsername, createdAt: reply.createdAt })),
    }));
}

export async function listCommentThreads(deps: Pick<AppDeps, 'database'>, revisionId: string, includeResolved: boolean): Promise<CommentThread[]> {
  await visibleRevisionOrThrow(deps.database.db, revisionId, 'staff', 'revisionId');
  return threads(await listComments(deps.database.db, revisionId), includeResolved);
}

async function threadOf(db: Kysely<DatabaseSchema>, rootId: string): Promise<CommentThread> {
  const root = await findComment(db, rootId);
  if (!root) throw refuse('NOT_FOUND', `no comment ${rootId}`, 'commentId');
  const thread = threads((await listComments(db, root.revisionId)).filter((row) => row.id === rootId || row.parentId === rootId), true)[0];
  if (!thread) throw refuse('NOT_FOUND', `no comment ${rootId}`, 'commentId');
  return thread;
}

export async function addComment(ctx: ReviewContext, input: AddCommentInput): Promise<CommentThread> {
  const id = randomUUID();
  await withAudit(ctx, { entityType: 'plan-comment', entityId: id }, async (trx) => {
    if (!(await findRevision(trx, input.revisionId))) throw refuse('NOT_FOUND', `Không có phương án ${input.revisionId} / no revision ${input.revisionId}`, 'revisionId');
    const comment = { id, revisionId: input.revisionId, parentId: null, lon: input.lon, lat: input.lat, text: input.text, authorId: ctx.user?.id ?? null, authorUsername: ctx.user?.username ?? null, at: now(ctx.deps).toISOString() };
    await insertComment(trx, comment);
    return { before: null, after: { revisionId: input.revisionId, lon: input.lon, lat: input.lat, text: input.text }, result: null };
  });
  return threadOf(ctx.deps.database.db, id);
}

/** A reply joins the thread of the comment replied to (replies to a reply join its root). */
export async function replyToComment(ctx: ReviewContext, commentId: string, text: string): Promise<CommentThread> {
  const id = randomUUID();
  let rootId = commentId;
  await withAudit(ctx, { entityType: 'plan-comment', entityId: id }, async (trx) => {
    const target = await findComment(trx, commentId);
    if (!target) throw refuse('NOT_FOUND', `Không có ghi chú ${commentId} / no comment ${commentId}`, 'commentId');
    rootId = target.parentId ?? target.id;
    await insertComment(trx, { id, revisionId: target.revisionId, parentId: rootId, lon: target.lon, lat: target.lat, text, authorId: ctx.user?.id ?? null, authorUsername: ctx.user?.username ?? null, at: now(ctx.deps).toISOString() });
    return { before: null, after: { replyTo: rootId, text }, result: null };
  });
  return threadOf(ctx.deps.database.db, rootId);
}

export async function resolveComment(ctx: ReviewContext, commentId: string, resolved: boolean): Promise<CommentThread> {
  await withAudit(ctx, { entityType: 'plan-comment', entityId: commentId }, async (trx) => {
    const target = await findComment(trx, commentId);
    if (!target) throw refuse('NOT_FOUND', `Không có ghi chú ${commentId} / no comment ${commentId}`, 'commentId');
    if (target.parentId) throw refuse('BAD_REQUEST', 'commentId: chỉ đánh dấu xong cả chuỗi ghi chú / resolve the thread, not a reply', 'commentId');
    await setCommentResolved(trx, commentId, resolved, ctx.user?.username ?? null, now(ctx.deps).toISOString());
    return { before: { resolved: target.resolved }, after: { resolved }, result: null };
  });
  return threadOf(ctx.deps.database.db, commentId);
}

