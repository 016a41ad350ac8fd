/**
 * Monthly progress reports: officers submit one per project and month, due before the 25th of that
 * month (Vietnam time); a resubmission replaces the active report and keeps the old one (soft
 * delete). The monthly summary lists every project with its report or "missing", for the Board.
 */
import { randomUUID } from 'node:crypto';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { vietnamDate } from '../../../shared/domain/project-timing.ts';
import type { SubmitReportInput } from '../../../shared/schemas/reports.ts';
import { now, type AppDeps } from '../../app-deps.ts';
import { withAudit, type AuditContext } from '../../audit/with-audit.ts';
import type { FeatureStore } from '../../geo-store/feature-store.ts';
import { refuse } from '../../trpc/errors.ts';
import { activeReportsOfPeriod, findActiveReport, insertReport, softDeleteReport, type ProjectReport } from './reports.repository.ts';

const projectLayer = findLayer('projects') as LayerDefinition;

/** Reports are due before this day of their month. */
export const REPORT_DUE_DAY = 25;

/** The last day a report of `period` (YYYY-MM) is on time: the 24th of that month. */
export function reportDueDate(period: string): string {
  return `${period}-${String(REPORT_DUE_DAY - 1).padStart(2, '0')}`;
}

/** On time when submitted (Vietnam calendar day) before the 25th of the report's month. */
export function reportOnTime(period: string, submittedAt: Date): boolean {
  return vietnamDate(submittedAt) <= reportDueDate(period);
}

type ReportContext = AuditContext & { deps: Pick<AppDeps, 'database' | 'clock' | 'features'> };

export async function submitReport(ctx: ReportContext, input: SubmitReportInput): Promise<ProjectReport> {
  const submittedAt = now(ctx.deps);
  if (input.period > vietnamDate(submittedAt).slice(0, 7)) {
    throw refuse('BAD_REQUEST', 'period: không thể báo cáo cho tháng chưa tới / a report cannot be for a future month', 'period');
  }
  const project = await ctx.deps.features.get(projectLayer, input.projectId);
  if (!project) throw refuse('NOT_FOUND', `Không có dự án ${input.projectId} / no project ${input.projectId}`, 'projectId');
  return withAudit(ctx, { entityType: 'project-report' }, async (trx) => {
    const previous = await findActiveReport(trx, input.projectId, input.period);
    if (previous) await softDeleteReport(trx, previous.id, submittedAt.toISOString());
    const report: ProjectReport = {
      id: randomUUID(),
      projectId: input.projectId,
      period: input.period,
      progressPercent: input.progressPercent,
      issues: input.issues,
      proposals: input.proposals,
      submittedBy: ctx.user?.username ?? null,
      submittedAt: submittedAt.toISOString(),
      onTime: reportOnTime(input.period, submittedAt),
    };
    await insertReport(trx, { ...report, submittedById: ctx.user?.id ?? null });
    return { before: previous ?? null, after: report, entityId: report.id, result: report };
  });
}

export interface MonthlySummaryRow {
  projectId: string;
  name: string;
  nameEn: string;
  responsibleUnit: string | null;
  state: 'on-time' | 'late' | 'missing';
  report: ProjectReport | null;
}

export interface MonthlySummary {
  period: string;
  /** Last day a report is on time (YYYY-MM-DD). */
  dueDate: string;
  /** True once the due date has passed (Vietnam time): "missing" then means late. */
  duePassed: boolean;
  rows: MonthlySummaryRow[];
  totals: { projects: number; submitted: number; onTime: number; late: number; missing: number };
}

export async function monthlySummary(deps: Pick<AppDeps, 'database' | 'clock'>, store: FeatureStore, period: string): Promise<MonthlySummary> {
  const { features } = await store.query(projectLayer, { limit: 10_000, offset: 0 });
  const reports = new Map((await activeReportsOfPeriod(deps.database.db, period)).map((r) => [r.projectId, r]));
  const rows: MonthlySummaryRow[] = features
    .map((feature) => {
      const report = reports.get(feature.id) ?? null;
      const p = feature.properties;
      return {
        projectId: feature.id,
        name: String(p.name),
        nameEn: String(p.nameEn),
        responsibleUnit: typeof p.responsibleUnit === 'string' ? p.responsibleUnit : null,
        state: report === null ? ('missing' as const) : report.onTime ? ('on-time' as const) : ('late' as const),
        report,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const count = (state: MonthlySummaryRow['state']) => rows.filter((r) => r.state === state).length;
  return {
    period,
    dueDate: reportDueDate(period),
    duePassed: vietnamDate(now(deps)) > reportDueDate(period),
    rows,
    totals: { projects: rows.length, submitted: rows.length - count('missing'), onTime: count('on-time'), late: count('late'), missing: count('missing') },
  };
}
