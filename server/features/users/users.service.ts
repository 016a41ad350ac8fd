/**
 * Account administration rules: who may be created with which role and commune, what an admin
 * may not do to their own account, and which changes end a user's sessions. Every change is
 * written through withAudit.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DatabaseSchema } from '../../db/schema.ts';
import { now } from '../../app-deps.ts';
import { withAudit, type AuditContext } from '../../audit/with-audit.ts';
import { hashPassword } from '../../auth/password.ts';
import { deleteUserSessions } from '../../auth/sessions.repository.ts';
import { refuse } from '../../trpc/errors.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type { createUserInput, resetPasswordInput, updateUserInput } from '../../../shared/schemas/users.ts';
import { communeNamesByCode } from '../communes/communes.repository.ts';
import {
  findUserById,
  findUserByUsername,
  insertUser,
  isUniqueViolation,
  lastSeenByUser,
  listUsers,
  setPasswordHash,
  updateUser,
  type UserRecord,
} from './users.repository.ts';

export interface UserSummary extends UserRecord {
  communeName: string | null;
  /** Latest request of any live session of the user. */
  lastSeenAt: string | null;
}

/** An admin's context (roleProcedure('admin') guarantees the user). */
export type AdminContext = AuditContext & { user: SessionUser };

async function summaries(db: Kysely<DatabaseSchema>, users: UserRecord[]): Promise<UserSummary[]> {
  const [communes, lastSeen] = await Promise.all([communeNamesByCode(db), lastSeenByUser(db)]);
  return users.map((user) => ({
    ...user,
    communeName: user.communeCode ? (communes.get(user.communeCode) ?? null) : null,
    lastSeenAt: lastSeen.get(user.id) ?? null,
  }));
}

async function summary(db: Kysely<DatabaseSchema>, user: UserRecord): Promise<UserSummary> {
  return (await summaries(db, [user]))[0] as UserSummary;
}

export async function listUserSummaries(db: Kysely<DatabaseSchema>): Promise<UserSummary[]> {
  return summaries(db, await listUsers(db));
}

async function assertCommuneExists(db: Kysely<DatabaseSchema>, communeCode: string): Promise<void> {
  if (!(await communeNamesByCode(db)).has(communeCode)) {
    throw refuse('BAD_REQUEST', `Không có xã, phường mã "${communeCode}" / No commune with code "${communeCode}"`, 'communeCode');
  }
}

function usernameTaken(username: string) {
  return refuse('CONFLICT', `Tên đăng nhập "${username}" đã được dùng / Username "${username}" is taken`, 'username');
}

export async function createUser(ctx: AdminContext, input: z.output<typeof createUserInput>): Promise<UserSummary> {
  const db = ctx.deps.database.db;
  const communeCode = input.role === 'commune' ? (input.communeCode ?? null) : null;
  if (communeCode) await assertCommuneExists(db, communeCode);
  if (await findUserByUsername(db, input.username)) throw usernameTaken(input.username);
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  try {
    const created = await withAudit(ctx, { entityType: 'user', entityId: id }, async (trx) => {
      await insertUser(trx, {
        id,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        communeCode,
        passwordHash,
        at: now(ctx.deps).toISOString(),
      });
      const after = (await findUserById(trx, id)) as UserRecord;
      return { before: null, after, result: after };
    });
    return summary(db, created);
  } catch (error) {
    // Two admins creating the same username at once: the UNIQUE constraint decides.
    if (isUniqueViolation(error)) throw usernameTaken(input.username);
    throw error;
  }
}

const selfProtection = 'Bạn không thể tự khóa hoặc hạ quyền tài khoản của chính mình / You cannot deactivate or demote your own account';

export async function updateUserAccount(ctx: AdminContext, input: z.output<typeof updateUserInput>): Promise<UserSummary> {
  const db = ctx.deps.database.db;
  const current = await findUserById(db, input.id);
  if (!current) throw refuse('NOT_FOUND', 'Không tìm thấy người dùng / No such user', 'id');

  const role = input.role ?? current.role;
  const active = input.active ?? current.active;
  // Leaving the commune role drops the commune; keeping or entering it needs one.
  let communeCode: string | null;
  if (input.communeCode !== undefined) communeCode = input.communeCode;
  else communeCode = role === 'commune' ? current.communeCode : null;
  if (role === 'commune' && !communeCode) {
    throw refuse('BAD_REQUEST', 'Tài khoản xã cần chọn xã, phường / A commune account needs its commune', 'communeCode');
  }
  if (role !== 'commune' && communeCode) {
    throw refuse('BAD_REQUEST', 'Chỉ tài khoản xã mới gắn với xã / Only commune accounts are bound to a commune', 'communeCode');
  }
  if (communeCode && communeCode !== current.communeCode) await assertCommuneExists(db, communeCode);
  if (current.id === ctx.user.id && (!active || role !== 'admin')) {
    throw refuse('BAD_REQUEST', selfProtection, active ? 'role' : 'active');
  }

  const updated = await withAudit(ctx, { entityType: 'user', entityId: current.id }, async (trx) => {
    const before = (await findUserById(trx, current.id)) as UserRecord;
    await updateUser(trx, current.id, { displayName: input.displayName ?? before.displayName, role, communeCode, active }, now(ctx.deps).toISOString());
    // A deactivated user is signed out everywhere at once, not at their sessions' expiry.
    if (!active) await deleteUserSessions(trx, current.id);
    const after = (await findUserById(trx, current.id)) as UserRecord;
    return { before, after, result: after };
  });
  return summary(db, updated);
}

export async function resetUserPassword(ctx: AdminContext, input: z.output<typeof resetPasswordInput>): Promise<{ id: string; sessionsEnded: number }> {
  const db = ctx.deps.database.db;
  if (!(await findUserById(db, input.id))) throw refuse('NOT_FOUND', 'Không tìm thấy người dùng / No such user', 'id');
  const passwordHash = await hashPassword(input.password);
  return withAudit(ctx, { entityType: 'user', entityId: input.id }, async (trx) => {
    const before = (await findUserById(trx, input.id)) as UserRecord;
    const at = now(ctx.deps).toISOString();
    await setPasswordHash(trx, input.id, passwordHash, at);
    // Whoever knew the old password is signed out.
    const sessionsEnded = await deleteUserSessions(trx, input.id);
    return {
      before: { passwordChangedAt: before.passwordChangedAt },
      after: { passwordChangedAt: at, sessionsEnded },
      result: { id: input.id, sessionsEnded },
    };
  });
}
