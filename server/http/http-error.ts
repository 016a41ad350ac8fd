/**
 * Errors answered as JSON `{ error: { code, message, field? } }` (DESIGN §5); never a stack trace,
 * SQL or a file path. Under /trpc the same error is written in tRPC's envelope (one per call of a
 * batch), so that the tRPC client shows its message instead of failing to read the response.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { trpcPaths } from './trpc-paths.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** For 429: the seconds to wait, also sent as Retry-After, so clients can say when to retry. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export function badRequest(field: string, message: string): HttpError {
  return new HttpError(400, 'BAD_REQUEST', `${field}: ${message}`, field);
}

export function notFound(message: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', message);
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(notFound(`No such resource: ${req.path}`));
};

function sendError(req: Request, res: Response, error: HttpError): void {
  if (req.originalUrl.startsWith('/trpc/')) {
    const key = error.code in TRPC_ERROR_CODES_BY_KEY ? (error.code as keyof typeof TRPC_ERROR_CODES_BY_KEY) : 'BAD_REQUEST';
    const paths = trpcPaths(req);
    const extra = { ...(error.field ? { field: error.field } : {}), ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}) };
    const envelope = (path: string | undefined) => ({
      error: {
        message: error.message,
        code: TRPC_ERROR_CODES_BY_KEY[key],
        data: { code: error.code, httpStatus: error.status, path, ...extra },
      },
    });
    res.status(error.status).json(req.query.batch === '1' ? paths.map(envelope) : envelope(paths[0]));
    return;
  }
  res.status(error.status).json({
    error: {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    },
  });
}

/** body-parser's refusals (malformed JSON, too large, bad charset) carry a status and a type. */
function callerMistake(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = Number((error as { status: unknown }).status);
  if (!(status >= 400 && status < 500)) return undefined;
  if (status === 413) return new HttpError(413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn (tối đa 1 MB) / The request body is too large (1 MB at most)');
  if (status === 415) return new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu không được hỗ trợ / Unsupported content type');
  return new HttpError(status, 'BAD_REQUEST', 'Không đọc được yêu cầu / The request could not be read');
}

export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (res.headersSent) {
    // A streamed response (CSV export) failed midway: all we can do is cut it.
    console.error(error);
    res.destroy();
    return;
  }
  const known = error instanceof HttpError ? error : callerMistake(error);
  if (known) {
    sendError(req, res, known);
    return;
  }
  console.error(error);
  sendError(req, res, new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Lỗi máy chủ / Internal server error'));
};
