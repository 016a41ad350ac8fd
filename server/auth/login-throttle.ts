/**
 * Login throttling against password guessing, kept in the database (login_attempts) so that
 * every server process counts the same failures. Within a 15-minute window: 5 failures for one
 * username (counted since that username's last successful login) or 20 failures from one IP
 * address block further attempts — even with the right password — until the window slides.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { deleteLoginAttemptsBefore, failuresSince, insertLoginAttempt, lastSuccessAt } from './login-attempts.repository.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;
/** Attempts older than this are deleted: they no longer count for anything. */
const RETENTION_MS = 24 * 3_600_000;

export interface LoginSource {
  username: string;
  ip: string;
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const usernameKey = (username: string) => `user:${username}`;
const ipKey = (ip: string) => `ip:${ip}`;

function verdictFor(failures: string[], max: number, now: Date): ThrottleVerdict {
  if (failures.length < max) return { allowed: true };
  // Allowed again once enough failures have left the window to bring the count below `max`.
  const releasing = failures[failures.length - max] as string;
  const retryAfterMs = Date.parse(releasing) + LOGIN_WINDOW_MS - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

export async function checkLoginThrottle(db: Kysely<DatabaseSchema>, source: LoginSource, now: Date): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const lastSuccess = await lastSuccessAt(db, usernameKey(source.username));
  const userSince = lastSuccess && lastSuccess > windowStart ? lastSuccess : windowStart;
  const byUsername = verdictFor(await failuresSince(db, usernameKey(source.username), userSince), MAX_FAILURES_PER_USERNAME, now);
  if (!byUsername.allowed) return byUsername;
  return verdictFor(await failuresSince(db, ipKey(source.ip), windowStart), MAX_FAILURES_PER_IP, now);
}

export async function recordLoginFailure(db: Kysely<DatabaseSchema>, source: LoginSource, now: Date): Promise<void> {
  const at = now.toISOString();
  await insertLoginAttempt(db, usernameKey(source.username), at, false);
  await insertLoginAttempt(db, ipKey(source.ip), at, false);
  await deleteLoginAttemptsBefore(db, new Date(now.getTime() - RETENTION_MS).toISOString());
}

/** A success clears the username's count (not the IP's: logging into one's own account must not reset a guessing run). */
export async function recordLoginSuccess(db: Kysely<DatabaseSchema>, source: LoginSource, now: Date): Promise<void> {
  await insertLoginAttempt(db, usernameKey(source.username), now.toISOString(), true);
}
