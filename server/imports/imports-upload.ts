/**
 * The import door, POST /api/imports (multipart: `file`, optional `crs`, required `target`):
 * cross-site check → session (401) → multer in memory within the size limit (413) → fields (400)
 * → who may import into the target (403) → parse in a worker (400 for a refused file) → stage the
 * result (audited) → ImportUploadAnswer. Nothing reaches a layer until imports.commit.
 */
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import multer from 'multer';
import type { AppDeps } from '../app-deps.ts';
import { now } from '../app-deps.ts';
import { HttpError } from '../http/http-error.ts';
import { crossSiteOriginGuard } from '../http/trpc-guards.ts';
import { requestSession } from '../auth/request-session.ts';
import { withAudit } from '../audit/with-audit.ts';
import { importCrsCodes, importTargets, type ImportCrsCode, type ImportTarget, type ImportUploadAnswer } from '../../shared/schemas/imports.ts';
import { defaultImportLimits } from './readers/import-limits.ts';
import { ImportRefused, type ImportLimits } from './readers/reader-types.ts';
import { parseInWorker } from './parse-in-worker.ts';
import { expireStagedImports, insertImport } from './imports.repository.ts';

/** Staged imports older than this are discarded when a new one is made. */
export const STAGED_IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

export function importLimitsOf(deps: Pick<AppDeps, 'env'>): ImportLimits {
  return { ...defaultImportLimits, maxFileBytes: deps.env.IMPORT_MAX_FILE_BYTES, maxFeatures: deps.env.IMPORT_MAX_FEATURES };
}

function oneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function importUploadHandlers(deps: AppDeps): RequestHandler[] {
  const limits = importLimitsOf(deps);
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: { fileSize: limits.maxFileBytes, files: 1, fields: 4, fieldSize: 200, parts: 6 },
  }).single('file');

  const signedIn: RequestHandler = async (req, res, next) => {
    const session = await requestSession(deps, req, res);
    if (!session.user) throw new HttpError(401, 'UNAUTHORIZED', 'Vui lòng đăng nhập / Please sign in');
    res.locals.user = session.user;
    next();
  };

  const readMultipart: RequestHandler = (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      next(new HttpError(400, 'BAD_REQUEST', 'file: gửi tệp dạng multipart/form-data / send the file as multipart/form-data', 'file'));
      return;
    }
    upload(req, res, (error: unknown) => {
      if (!error) {
        next();
        return;
      }
      if (error instanceof multer.MulterError) {
        if (error.code === 'LIMIT_FILE_SIZE') {
          next(new HttpError(413, 'PAYLOAD_TOO_LARGE', `file: tệp lớn hơn ${limits.maxFileBytes} byte / the file is larger than ${limits.maxFileBytes} bytes`, 'file'));
          return;
        }
        const field = error.field ?? 'file';
        next(new HttpError(400, 'BAD_REQUEST', `${field}: ${error.message} (chỉ nhận một tệp "file" và các trường crs, target / one file "file" and the fields crs, target only)`, field));
        return;
      }
      next(new HttpError(400, 'BAD_REQUEST', 'Không đọc được dữ liệu gửi lên / The upload could not be read'));
    });
  };

  const stage: RequestHandler = async (req, res) => {
    const user = res.locals.user as NonNullable<Awaited<ReturnType<typeof requestSession>>['user']>;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const target = body.target;
    if (!oneOf<ImportTarget>(importTargets, target)) {
      throw new HttpError(400, 'BAD_REQUEST', `target: chọn một trong ${importTargets.join(', ')} / choose one of ${importTargets.join(', ')}`, 'target');
    }
    const crs = body.crs === undefined || body.crs === '' ? null : body.crs;
    if (crs !== null && !oneOf<ImportCrsCode>(importCrsCodes, crs)) {
      throw new HttpError(400, 'BAD_REQUEST', `crs: hệ tọa độ không được hỗ trợ / unsupported CRS; one of ${importCrsCodes.join(', ')}`, 'crs');
    }
    if (user.role === 'commune' && (target !== 'clearance-boundaries' || !user.communeCode)) {
      throw new HttpError(403, 'FORBIDDEN', 'Tài khoản xã chỉ nhập được ranh giới GPMB của xã mình / A commune account may import only its own clearance boundaries', 'target');
    }
    const file = req.file;
    if (!file) throw new HttpError(400, 'BAD_REQUEST', 'file: chưa chọn tệp / no file sent', 'file');

    let parsed;
    try {
      parsed = await parseInWorker({ fileName: file.originalname, bytes: new Uint8Array(file.buffer), target, crs, limits }, deps.env.IMPORT_PARSE_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof ImportRefused) throw new HttpError(error.status, error.code, error.message, 'file');
      throw error;
    }

    const at = now(deps);
    const importId = `import-${randomUUID()}`;
    const answer: ImportUploadAnswer = {
      importId,
      format: parsed.format,
      target,
      featureCount: parsed.features.length,
      crs: parsed.crs,
      errors: parsed.errors,
      warnings: parsed.warnings,
    };
    await withAudit({ deps, user, procedure: 'imports.upload' }, { entityType: 'import', entityId: importId }, async (trx) => {
      await expireStagedImports(trx, new Date(at.getTime() - STAGED_IMPORT_TTL_MS).toISOString(), at.toISOString());
      await insertImport(trx, {
        id: importId,
        createdBy: user.id,
        createdByUsername: user.username,
        communeCode: user.role === 'commune' ? user.communeCode : null,
        target,
        format: parsed.format,
        fileName: file.originalname,
        crs: parsed.crs,
        declaredCrs: parsed.declaredCrs,
        featureCount: parsed.features.length,
        errors: parsed.errors,
        warnings: parsed.warnings,
        attributeNames: parsed.attributeNames,
        createdAt: at.toISOString(),
        features: parsed.features,
      });
      const after = { fileName: file.originalname, format: parsed.format, target, featureCount: parsed.features.length, rejected: parsed.features.filter((f) => f.rejected).length, crs: parsed.crs };
      return { before: null, after, result: undefined };
    });
    res.status(201).json(answer);
  };

  return [crossSiteOriginGuard(deps.env.ALLOWED_ORIGINS), signedIn, readMultipart, stage];
}
