/**
 * GET /api/reports/monthly.csv?period=YYYY-MM — the monthly summary as CSV for Excel (UTF-8 BOM,
 * formula-injection safe cells: server/http/csv.ts). Officer, planner or admin session required.
 */
import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps.ts';
import { requestSession } from '../../auth/request-session.ts';
import { HttpError, badRequest } from '../../http/http-error.ts';
import { csvBom, csvRow } from '../../http/csv.ts';
import { periodSchema } from '../../../shared/schemas/reports.ts';
import { monthlySummary } from './reports.service.ts';

const readers: readonly string[] = ['officer', 'planner', 'admin'];
const header = ['project_id', 'project', 'responsible_unit', 'state', 'progress_percent', 'issues', 'proposals', 'submitted_by', 'submitted_at_utc', 'on_time'];

export function monthlyCsvHandler(deps: AppDeps): RequestHandler {
  return async (req, res) => {
    const { user } = await requestSession(deps, req, res);
    if (!user) throw new HttpError(401, 'UNAUTHORIZED', 'Vui lòng đăng nhập / Please sign in');
    if (!readers.includes(user.role)) throw new HttpError(403, 'FORBIDDEN', 'Tài khoản của bạn không có quyền này / Your account may not do this');
    const period = periodSchema.safeParse(req.query.period);
    if (!period.success) throw badRequest('period', period.error.issues[0]?.message ?? 'expected a month as YYYY-MM');

    const summary = await monthlySummary(deps, deps.features, period.data);
    res.status(200);
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ezgis-bao-cao-thang-${period.data}.csv"`,
      'Cache-Control': 'no-store',
    });
    const rows = summary.rows.map((row) =>
      csvRow([
        row.projectId,
        row.name,
        row.responsibleUnit,
        row.state,
        row.report?.progressPercent ?? null,
        row.report?.issues ?? null,
        row.report?.proposals ?? null,
        row.report?.submittedBy ?? null,
        row.report?.submittedAt ?? null,
        row.report ? (row.report.onTime ? 'yes' : 'no') : null,
      ]),
    );
    res.end(`${csvBom}${csvRow(header)}${rows.join('')}`);
  };
}
