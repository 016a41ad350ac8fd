/**
 * The signed-in user of an HTTP request, from the `ezgis_session` cookie. Resolved at most once
 * per request (rate limits, tRPC context, /ogc and /tiles all ask) and shared through a WeakMap.
 * A cookie naming no valid session is cleared — except on /tiles and /ogc, whose public answers
 * a shared cache may keep: a cached Set-Cookie there could sign other users out.
 */
import type { Request, Response } from 'express';
import type { AppDeps } from '../app-deps.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { clearSessionCookie, readSessionCookie } from './session-cookie.ts';
import { resumeSession, sessionPolicy } from './sessions.ts';

export interface RequestSession {
  user: SessionUser | null;
  /** sessions.id (the token's hash) when signed in. */
  sessionId: string | null;
}

const anonymous: RequestSession = { user: null, sessionId: null };
const resolved = new WeakMap<Request, Promise<RequestSession>>();

export function requestSession(deps: AppDeps, req: Request, res: Response): Promise<RequestSession> {
  let pending = resolved.get(req);
  if (!pending) {
    pending = resolve(deps, req, res);
    resolved.set(req, pending);
  }
  return pending;
}

async function resolve(deps: AppDeps, req: Request, res: Response): Promise<RequestSession> {
  const token = readSessionCookie(req.headers.cookie);
  if (!token) return anonymous;
  const session = await resumeSession(deps.database.db, sessionPolicy(deps), token);
  if (!session) {
    const cacheable = req.originalUrl.startsWith('/tiles/') || req.originalUrl.startsWith('/ogc');
    if (!res.headersSent && !cacheable) clearSessionCookie(res, deps.env);
    return anonymous;
  }
  return { user: session.user, sessionId: session.sessionId };
}

/** The caller's address as Express sees it (`trust proxy` is loopback: a local reverse proxy may set X-Forwarded-For). */
export function clientIp(req: Request): string {
  const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; count it as a.b.c.d.
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}
