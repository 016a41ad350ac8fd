/**
 * Guards in front of /trpc, run before tRPC reads anything:
 * - cross-site protection for mutations: a POST must be `Content-Type: application/json` (a form
 *   or text/plain post from another site cannot be) and, when the browser sends an Origin, come
 *   from this origin or one of ALLOWED_ORIGINS. Anything else is refused with 403 and nothing runs.
 * - batch size: at most MAX_BATCH calls per request.
 * - body size (1 MB → 413) and JSON nesting depth (→ 400), on the raw text of the body or of
 *   the `input` query parameter, before JSON.parse or zod see it.
 */
import express, { type Request, type RequestHandler } from 'express';
import { exceedsJsonDepth } from './json-depth.ts';
import { HttpError } from './http-error.ts';
import { trpcPaths } from './trpc-paths.ts';

export const MAX_BATCH = 10;
export const MAX_JSON_DEPTH = 32;
export const MAX_BODY = '1mb';

/** This request's own origin, as the browser would write it. */
function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? ''}`;
}

/** Throws 403 when the browser says the request comes from another site (Origin, else Sec-Fetch-Site). */
function refuseCrossSite(req: Request, allowed: ReadonlySet<string>): void {
  const origin = req.get('origin');
  if (origin !== undefined) {
    const normalised = origin.toLowerCase();
    if (normalised !== ownOrigin(req).toLowerCase() && !allowed.has(normalised)) {
      throw new HttpError(403, 'FORBIDDEN', 'Yêu cầu từ trang khác bị từ chối / Refused: cross-site request');
    }
  } else if (req.get('sec-fetch-site') === 'cross-site') {
    throw new HttpError(403, 'FORBIDDEN', 'Yêu cầu từ trang khác bị từ chối / Refused: cross-site request');
  }
}

export function crossSiteGuard(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map((o) => o.toLowerCase()));
  return (req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next();
      return;
    }
    if (!req.is('application/json')) {
      throw new HttpError(403, 'FORBIDDEN', 'Yêu cầu bị từ chối: chỉ nhận application/json / Refused: mutations must be sent as application/json');
    }
    refuseCrossSite(req, allowed);
    next();
  };
}

/**
 * The same origin check for a door that must accept a form encoding (multipart uploads, POST
 * /api/imports): any content type, but never from another site.
 */
export function crossSiteOriginGuard(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins.map((o) => o.toLowerCase()));
  return (req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') refuseCrossSite(req, allowed);
    next();
  };
}

export const batchSizeGuard: RequestHandler = (req, _res, next) => {
  if (req.query.batch === '1' && trpcPaths(req).length > MAX_BATCH) {
    throw new HttpError(400, 'BAD_REQUEST', `Tối đa ${MAX_BATCH} lệnh mỗi lô / At most ${MAX_BATCH} calls per batch`);
  }
  next();
};

function tooDeep(): HttpError {
  return new HttpError(400, 'BAD_REQUEST', `JSON lồng quá ${MAX_JSON_DEPTH} cấp / JSON nested deeper than ${MAX_JSON_DEPTH} levels`, 'input');
}

/** Reads the JSON body as text (at most MAX_BODY) and checks its depth; tRPC parses the text once. */
export const jsonBodyGuard: RequestHandler[] = [
  express.text({ type: 'application/json', limit: MAX_BODY }),
  (req, _res, next) => {
    if (typeof req.body === 'string' && exceedsJsonDepth(req.body, MAX_JSON_DEPTH)) throw tooDeep();
    next();
  },
];

export const queryInputGuard: RequestHandler = (req, _res, next) => {
  const input = req.query.input;
  if (input !== undefined) {
    if (typeof input !== 'string') throw new HttpError(400, 'BAD_REQUEST', 'input: give the parameter once', 'input');
    if (exceedsJsonDepth(input, MAX_JSON_DEPTH)) throw tooDeep();
  }
  next();
};
