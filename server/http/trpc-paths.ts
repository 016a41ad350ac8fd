import type { Request } from 'express';

/**
 * The procedure paths of a request under /trpc: `/trpc/auth.login,users.list?batch=1` →
 * ['auth.login', 'users.list']. Read from the original URL, so it is the same wherever the
 * request is in the middleware stack (mounted router or app-level error handler).
 */
export function trpcPaths(req: Request): string[] {
  const pathname = req.originalUrl.split('?', 1)[0] ?? '';
  const rest = pathname.replace(/^\/trpc\/?/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    decoded = rest;
  }
  return decoded.split(',').filter((path) => path !== '');
}
