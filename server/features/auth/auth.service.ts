/**
 * Login, logout and "log out everywhere". A login is checked against the throttle first, then the
 * password (always hashed, even for an unknown username, so timing does not reveal which
 * usernames exist); every failure answers the same message.
 */
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DatabaseSchema } from '../../db/schema.ts';
import { now } from '../../app-deps.ts';
import { withAudit } from '../../audit/with-audit.ts';
import { decoyPasswordHash, verifyPassword } from '../../auth/password.ts';
import { checkLoginThrottle, recordLoginFailure, recordLoginSuccess } from '../../auth/login-throttle.ts';
import { sessionPolicy, startSession } from '../../auth/sessions.ts';
import { deleteSession, deleteUserSessions } from '../../auth/sessions.repository.ts';
import type { Context } from '../../trpc/context.ts';
import { refuse, RetryAfterCause } from '../../trpc/errors.ts';
import type { AuthUser, SessionUser, loginInput } from '../../../shared/schemas/auth.ts';
import { communeNamesByCode } from '../communes/communes.repository.ts';
import { findCredentials } from '../users/users.repository.ts';

type ProcedureContext = Context & { procedure: string };

export const WRONG_CREDENTIALS = 'Sai tên đăng nhập hoặc mật khẩu / Wrong username or password';

export async function withCommuneName(db: Kysely<DatabaseSchema>, user: SessionUser): Promise<AuthUser> {
  const communeName = user.communeCode ? ((await communeNamesByCode(db)).get(user.communeCode) ?? null) : null;
  return { ...user, communeName };
}

export async function login(ctx: ProcedureContext, input: z.output<typeof loginInput>): Promise<AuthUser> {
  const db = ctx.deps.database.db;
  const source = { username: input.username.toLowerCase(), ip: ctx.client.ip };

  const verdict = await checkLoginThrottle(db, source, now(ctx.deps));
  if (!verdict.allowed) {
    const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút / Too many failed logins. Try again in ${minutes} min`,
      cause: new RetryAfterCause(verdict.retryAfterSeconds),
    });
  }

  const credentials = await findCredentials(db, source.username);
  const matches = await verifyPassword(input.password, credentials?.passwordHash ?? (await decoyPasswordHash()));
  if (!credentials || !matches || !credentials.user.active) {
    await recordLoginFailure(db, source, now(ctx.deps));
    throw refuse('UNAUTHORIZED', WRONG_CREDENTIALS);
  }

  const { user } = credentials;
  const sessionUser: SessionUser = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, communeCode: user.communeCode };
  const session = await withAudit(ctx, { entityType: 'session', entityId: user.id, actor: sessionUser }, async (trx) => {
    // Logging in again (perhaps as someone else) ends the session this browser had.
    if (ctx.sessionId) await deleteSession(trx, ctx.sessionId);
    await recordLoginSuccess(trx, source, now(ctx.deps));
    const started = await startSession(trx, sessionPolicy(ctx.deps), { userId: user.id, userAgent: ctx.client.userAgent });
    return {
      before: null,
      after: { ip: ctx.client.ip, userAgent: ctx.client.userAgent, expiresAt: started.expiresAt.toISOString() },
      result: started,
    };
  });
  ctx.cookies.set(session.token, session.expiresAt);
  return withCommuneName(db, sessionUser);
}

/** Ends the caller's own session (the one its cookie names). */
export async function logout(ctx: ProcedureContext & { user: SessionUser }): Promise<{ sessionsEnded: number }> {
  const result = await withAudit(ctx, { entityType: 'session', entityId: ctx.user.id }, async (trx) => {
    const sessionsEnded = ctx.sessionId ? await deleteSession(trx, ctx.sessionId) : 0;
    return { before: { sessions: sessionsEnded }, after: { sessions: 0 }, result: { sessionsEnded } };
  });
  ctx.cookies.clear();
  return result;
}

/** Ends every session of the caller, on every device. */
export async function logoutEverywhere(ctx: ProcedureContext & { user: SessionUser }): Promise<{ sessionsEnded: number }> {
  const result = await withAudit(ctx, { entityType: 'session', entityId: ctx.user.id }, async (trx) => {
    const sessionsEnded = await deleteUserSessions(trx, ctx.user.id);
    return { before: { sessions: sessionsEnded }, after: { sessions: 0 }, result: { sessionsEnded } };
  });
  ctx.cookies.clear();
  return result;
}
