/**
 * What every procedure receives: the app's dependencies, the signed-in user (from the session
 * cookie, null when anonymous), the caller's address and a way to set or clear the session cookie.
 * HTTP requests get it from createContextFactory; tests and scripts use contextFor.
 */
import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import type { AppDeps } from '../app-deps.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';
import { clientIp, requestSession } from '../auth/request-session.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** The session cookie, abstracted so that procedures run the same over HTTP and through createCaller. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  deps: AppDeps;
  user: SessionUser | null;
  /** sessions.id of the caller's session; null when anonymous or called without a cookie. */
  sessionId: string | null;
  client: ClientInfo;
  cookies: SessionCookieJar;
}

export function createContextFactory(deps: AppDeps) {
  return async ({ req, res }: CreateExpressContextOptions): Promise<Context> => {
    const session = await requestSession(deps, req, res);
    return {
      deps,
      user: session.user,
      sessionId: session.sessionId,
      client: { ip: clientIp(req), userAgent: req.get('user-agent') ?? null },
      cookies: {
        set: (token, expiresAt) => setSessionCookie(res, deps.env, token, expiresAt),
        clear: () => clearSessionCookie(res, deps.env),
      },
    };
  };
}

/** A cookie jar that remembers what a procedure set: for createCaller in tests and scripts. */
export interface RecordingCookieJar extends SessionCookieJar {
  /** The last token set, or null after clear(). */
  token: string | null;
  expiresAt: Date | null;
}

export function recordingCookieJar(): RecordingCookieJar {
  const jar: RecordingCookieJar = {
    token: null,
    expiresAt: null,
    set(token, expiresAt) {
      jar.token = token;
      jar.expiresAt = expiresAt;
    },
    clear() {
      jar.token = null;
      jar.expiresAt = null;
    },
  };
  return jar;
}

/** A context for `createCaller` as `user` (null: anonymous), outside HTTP. */
export function contextFor(
  deps: AppDeps,
  user: SessionUser | null,
  options: { sessionId?: string | null; client?: Partial<ClientInfo>; cookies?: SessionCookieJar } = {},
): Context {
  return {
    deps,
    user,
    sessionId: options.sessionId ?? null,
    client: { ip: options.client?.ip ?? '127.0.0.1', userAgent: options.client?.userAgent ?? 'createCaller' },
    cookies: options.cookies ?? recordingCookieJar(),
  };
}
