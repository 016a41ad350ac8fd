/**
 * Security headers on every response. The Content Security Policy is the tightest MapLibre works
 * under: its workers start from blob: URLs (worker-src/child-src blob:), its canvas reads
 * images from blob: and data:, and it fetches tiles and styles (connect-src). The opt-in online
 * basemap (BASEMAP_URL) adds its origin to img-src and connect-src; a remote style that pulls
 * tiles, glyphs or sprites from further origins would need them added here.
 * `style-src 'unsafe-inline'`: MapLibre and React set inline style attributes.
 */
import type { RequestHandler } from 'express';
import type { Env } from '../env.ts';

/** The origin of a basemap URL or XYZ template; `{s}`-style host placeholders become a wildcard. */
export function basemapOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^(https?:\/\/[^/?#]+)/i.exec(url);
  if (!match?.[1]) return undefined;
  return match[1].replace(/\{[^}]*\}/g, '*');
}

export function contentSecurityPolicy(env: Pick<Env, 'BASEMAP_URL'>): string {
  const basemap = basemapOrigin(env.BASEMAP_URL);
  const withBasemap = (sources: string) => (basemap ? `${sources} ${basemap}` : sources);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    withBasemap("img-src 'self' data: blob:"),
    "font-src 'self' data:",
    withBasemap("connect-src 'self'"),
    "worker-src 'self' blob:",
    'child-src blob:',
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function securityHeaders(env: Env): RequestHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(env),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=()',
  };
  // Only where the deployment is HTTPS (production cookies are Secure, so it must be).
  if (env.NODE_ENV === 'production') headers['Strict-Transport-Security'] = 'max-age=15552000';
  return (_req, res, next) => {
    res.set(headers);
    next();
  };
}
