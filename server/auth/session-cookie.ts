/**
 * The session cookie `ezgis_session`: HttpOnly (scripts cannot read it), SameSite=Lax (not sent
 * on cross-site POSTs), Secure in production (HTTPS only), Path=/, expiring with the session's
 * absolute expiry.
 */
import type { CookieOptions, Response } from 'express';
import type { Env } from '../env.ts';

export const SESSION_COOKIE = 'ezgis_session';

export function sessionCookieOptions(env: Pick<Env, 'NODE_ENV'>): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: env.NODE_ENV === 'production', path: '/' };
}

/** The value of `ezgis_session` in a Cookie header, or null. */
export function readSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    return value === '' ? null : value;
  }
  return null;
}

export function setSessionCookie(res: Response, env: Pick<Env, 'NODE_ENV'>, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(env), expires: expiresAt });
}

export function clearSessionCookie(res: Response, env: Pick<Env, 'NODE_ENV'>): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(env));
}
