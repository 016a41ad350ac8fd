/**
 * Database-backed sessions, shared by every server process. A session ends at the first of:
 * its absolute expiry (SESSION_ABSOLUTE_HOURS after login), SESSION_IDLE_MINUTES without a
 * request, logout, or its user being deactivated. Time comes from the injected clock.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { now, type AppDeps } from '../app-deps.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { isWellFormedToken, newSessionToken, sessionIdOf } from './session-token.ts';
import { deleteExpiredSessions, deleteSession, findSessionWithUser, insertSession, touchSession } from './sessions.repository.ts';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
  now: () => Date;
}

export function sessionPolicy(deps: Pick<AppDeps, 'env' | 'clock'>): SessionPolicy {
  return {
    idleMs: deps.env.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: deps.env.SESSION_ABSOLUTE_HOURS * 3_600_000,
    now: () => now(deps),
  };
}

/**
 * last_seen_at is rewritten at most once a minute: writing it on every request would turn every
 * read (and every tile) into a write, and a minute is precise enough for a two-hour idle timeout.
 */
const TOUCH_INTERVAL_MS = 60_000;
const USER_AGENT_MAX = 300;

export interface StartedSession {
  /** The raw token for the cookie; not stored anywhere on the server. */
  token: string;
  sessionId: string;
  expiresAt: Date;
}

export interface ResumedSession {
  sessionId: string;
  user: SessionUser;
  expiresAt: Date;
}

export async function startSession(
  db: Kysely<DatabaseSchema>,
  policy: SessionPolicy,
  { userId, userAgent }: { userId: string; userAgent: string | null },
): Promise<StartedSession> {
  const started = policy.now();
  // Housekeeping on the rare path: expired rows go here rather than on every request.
  await deleteExpiredSessions(db, started.toISOString(), new Date(started.getTime() - policy.idleMs).toISOString());
  const token = newSessionToken();
  const sessionId = sessionIdOf(token);
  const expiresAt = new Date(started.getTime() + policy.absoluteMs);
  await insertSession(db, {
    id: sessionId,
    userId,
    createdAt: started.toISOString(),
    expiresAt: expiresAt.toISOString(),
    userAgent: userAgent ? userAgent.slice(0, USER_AGENT_MAX) : null,
  });
  return { token, sessionId, expiresAt };
}

/** The session a cookie token names, if it is still valid; an expired one is deleted. */
export async function resumeSession(db: Kysely<DatabaseSchema>, policy: SessionPolicy, token: string): Promise<ResumedSession | null> {
  if (!isWellFormedToken(token)) return null;
  const row = await findSessionWithUser(db, sessionIdOf(token));
  if (!row) return null;
  const current = policy.now().getTime();
  const expiresAt = new Date(row.expiresAt);
  const idleUntil = Date.parse(row.lastSeenAt) + policy.idleMs;
  if (expiresAt.getTime() <= current || idleUntil <= current || !row.userActive) {
    await deleteSession(db, row.sessionId);
    return null;
  }
  if (current - Date.parse(row.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    await touchSession(db, row.sessionId, new Date(current).toISOString());
  }
  return { sessionId: row.sessionId, user: row.user, expiresAt };
}
