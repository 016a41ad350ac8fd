/**
 * GET /api/audit.csv — the audit trail as CSV for Excel, with the filters of audit.list as query
 * parameters. Admin session required. Cells are formula-injection safe (server/http/csv.ts).
 */
import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestSession } from '../../auth/request-session.ts';
import { HttpError, badRequest } from '../../http/http-error.ts';
import { auditCsvQuery } from '../../../shared/schemas/audit.ts';
import { auditEntriesInOrder, type AuditEntry } from './audit.repository.ts';
import { csvBom, csvRow } from '../../http/csv.ts';

const header = ['id', 'at_utc', 'actor', 'actor_id', 'role', 'commune_code', 'procedure', 'entity_type', 'entity_id', 'before', 'after'];


function entryRow(entry: AuditEntry): string {
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  return csvRow([
    entry.id,
    entry.at,
    entry.actorUsername,
    entry.actorId,
    entry.role,
    entry.communeCode,
    entry.procedure,
    entry.entityType,
    entry.entityId,
    json(entry.before),
    json(entry.after),
  ]);
}

export function auditCsvHandler(deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const { user } = await requestSession(deps, req, res);
    if (!user) throw new HttpError(401, 'UNAUTHORIZED', 'Vui lòng đăng nhập / Please sign in');
    if (user.role !== 'admin') throw new HttpError(403, 'FORBIDDEN', 'Chỉ quản trị viên được xuất nhật ký / Only admins may export the audit log');

    const query: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(req.query)) {
      if (typeof value !== 'string') throw badRequest(key, 'give the parameter once, as a plain value');
      if (value !== '') query[key] = value;
    }
    const parsed = auditCsvQuery.safeParse(query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || 'query';
      throw badRequest(field, issue?.message ?? 'invalid filter');
    }

    res.status(200);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ezgis-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    });
    // The BOM tells Excel the file is UTF-8 (Vietnamese names stay readable).
    res.write(`${csvBom}${csvRow(header)}`);
    for await (const page of auditEntriesInOrder(deps.database.db, parsed.data)) {
      res.write(page.map(entryRow).join(''));
    }
    res.end();
  };
}
