/**
 * The one way a mutation writes: `withAudit` runs the write in a transaction and appends exactly
 * one audit_log row (time in UTC, actor, role, commune, procedure, entity, before, after) in
 * that same transaction. If the write or the audit row fails, neither is kept.
 *
 *   return withAudit(ctx, { entityType: 'user' }, async (trx) => {
 *     const before = await findUser(trx, id);
 *     const after = await updateUser(trx, id, changes);
 *     return { before, after, entityId: id, result: after };
 *   });
 *
 * Inside `work`, use only `trx`: on SQLite a query on the outer database would wait for the
 * transaction forever. Do slow work (password hashing) before calling withAudit.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { now, type AppDeps } from '../app-deps.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { insertAuditEntry } from './audit-log.repository.ts';

/** What withAudit needs from a procedure's context (base procedures provide `procedure`). */
export interface AuditContext {
  deps: Pick<AppDeps, 'database' | 'clock'>;
  user: SessionUser | null;
  /** The procedure path, e.g. `users.create`. */
  procedure?: string;
}

export interface AuditTarget {
  entityType: string;
  entityId?: string | null;
  /** Overrides ctx.procedure (system actions such as the first admin use their own name). */
  procedure?: string;
  /** Overrides ctx.user: at login the actor is the user logging in. */
  actor?: SessionUser | null;
}

export interface AuditedChange<T> {
  result: T;
  before: unknown;
  after: unknown;
  /** The entity id when only the write knows it (a created row). */
  entityId?: string | null;
}

/** Keys never written to the audit log, at any depth. */
const secretKey = /^(password|password_?hash|hash|token|session_?token|secret)$/i;

/** A JSON copy of `value` without secrets; undefined and null become SQL NULL. */
export function auditJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, inner: unknown) => (key !== '' && secretKey.test(key) ? undefined : inner));
}

export async function withAudit<T>(
  ctx: AuditContext,
  target: AuditTarget,
  work: (trx: Kysely<DatabaseSchema>) => Promise<AuditedChange<T>>,
): Promise<T> {
  const procedure = target.procedure ?? ctx.procedure;
  if (!procedure) throw new Error('withAudit needs the procedure path (from a base procedure, or target.procedure)');
  const actor = target.actor === undefined ? ctx.user : target.actor;
  return ctx.deps.database.db.transaction().execute(async (trx) => {
    const change = await work(trx);
    await insertAuditEntry(trx, {
      at: now(ctx.deps).toISOString(),
      actorId: actor?.id ?? null,
      actorUsername: actor?.username ?? null,
      role: actor?.role ?? null,
      communeCode: actor?.communeCode ?? null,
      procedure,
      entityType: target.entityType,
      entityId: change.entityId ?? target.entityId ?? null,
      before: auditJson(change.before),
      after: auditJson(change.after),
    });
    return change.result;
  });
}
