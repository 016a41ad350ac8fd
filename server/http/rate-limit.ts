/**
 * Rate limits answering 429 with Retry-After: anonymous reads per IP, login calls per IP, writes
 * per user (per IP when anonymous). Fixed one-minute windows counted in this process's memory:
 * with N processes behind a load balancer a client gets up to N× the limit, which is acceptable
 * for flood protection. The limit that protects accounts — login throttling against guessing —
 * is in the database and shared (server/auth/login-throttle.ts).
 */
import type { RequestHandler } from 'express';
import { now, type AppDeps } from '../app-deps.ts';
import { clientIp, requestSession } from '../auth/request-session.ts';
import { HttpError } from './http-error.ts';
import { trpcPaths } from './trpc-paths.ts';

const WINDOW_MS = 60_000;

export class FixedWindowLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly clock: () => Date,
  ) {}

  /** Counts a hit for `key`; returns the seconds to wait when over the limit, else 0. */
  hit(key: string): number {
    const current = this.clock().getTime();
    const window = current - (current % WINDOW_MS);
    if (window !== this.windowStart) {
      // A new window forgets every key at once: memory stays bounded by one minute of clients.
      this.windowStart = window;
      this.counts = new Map();
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.limit ? Math.max(1, Math.ceil((window + WINDOW_MS - current) / 1000)) : 0;
  }
}

export function rateLimits(deps: AppDeps): RequestHandler {
  const clock = () => now(deps);
  const reads = new FixedWindowLimiter(deps.env.RATE_LIMIT_READS_PER_MINUTE, clock);
  const logins = new FixedWindowLimiter(deps.env.RATE_LIMIT_LOGINS_PER_MINUTE, clock);
  const writes = new FixedWindowLimiter(deps.env.RATE_LIMIT_WRITES_PER_MINUTE, clock);

  return async (req, res, next) => {
    const ip = clientIp(req);
    let wait = 0;
    if (req.method === 'GET' || req.method === 'HEAD') {
      // Signed-in staff are not limited on reads; the public is, generously.
      const { user } = await requestSession(deps, req, res);
      if (!user) wait = reads.hit(ip);
    } else if (req.originalUrl.startsWith('/trpc/') && trpcPaths(req).includes('auth.login')) {
      wait = logins.hit(ip);
    } else {
      const { user } = await requestSession(deps, req, res);
      wait = writes.hit(user ? `user:${user.id}` : `ip:${ip}`);
    }
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      // Under /trpc the error handler writes tRPC's envelope (one per call of a batch), so the
      // tRPC client reads TOO_MANY_REQUESTS and the wait instead of failing on the body.
      throw new HttpError(429, 'TOO_MANY_REQUESTS', `Quá nhiều yêu cầu, thử lại sau ${wait} giây / Too many requests, retry in ${wait} s`, undefined, wait);
    }
    next();
  };
}
