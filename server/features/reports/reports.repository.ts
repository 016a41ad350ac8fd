/** SQL of the monthly progress reports. Replaced reports are soft-deleted, never removed. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';

export interface ProjectReport {
  id: string;
  projectId: string;
  period: string;
  progressPercent: number;
  issues: string;
  proposals: string;
  submittedBy: string | null;
  submittedAt: string;
  onTime: boolean;
}

const columns = ['id', 'project_id', 'period', 'progress_percent', 'issues', 'proposals', 'submitted_by_username', 'submitted_at', 'on_time'] as const;

function toReport(row: {
  id: string;
  project_id: string;
  period: string;
  progress_percent: number;
  issues: string;
  proposals: string;
  submitted_by_username: string | null;
  submitted_at: string;
  on_time: number;
}): ProjectReport {
  return {
    id: row.id,
    projectId: row.project_id,
    period: row.period,
    progressPercent: Number(row.progress_percent),
    issues: row.issues,
    proposals: row.proposals,
    submittedBy: row.submitted_by_username,
    submittedAt: row.submitted_at,
    onTime: Number(row.on_time) === 1,
  };
}

export async function findActiveReport(db: Kysely<DatabaseSchema>, projectId: string, period: string): Promise<ProjectReport | undefined> {
  const row = await db
    .selectFrom('project_reports')
    .select([...columns])
    .where('project_id', '=', projectId)
    .where('period', '=', period)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toReport(row) : undefined;
}

export async function softDeleteReport(db: Kysely<DatabaseSchema>, id: string, at: string): Promise<void> {
  await db.updateTable('project_reports').set({ deleted_at: at }).where('id', '=', id).where('deleted_at', 'is', null).execute();
}

export async function insertReport(
  db: Kysely<DatabaseSchema>,
  report: ProjectReport & { submittedById: string | null },
): Promise<void> {
  await db
    .insertInto('project_reports')
    .values({
      id: report.id,
      project_id: report.projectId,
      period: report.period,
      progress_percent: report.progressPercent,
      issues: report.issues,
      proposals: report.proposals,
      submitted_by: report.submittedById,
      submitted_by_username: report.submittedBy,
      submitted_at: report.submittedAt,
      on_time: report.onTime ? 1 : 0,
      deleted_at: null,
    })
    .execute();
}

/** The active reports of one month. */
export async function activeReportsOfPeriod(db: Kysely<DatabaseSchema>, period: string): Promise<ProjectReport[]> {
  const rows = await db.selectFrom('project_reports').select([...columns]).where('period', '=', period).where('deleted_at', 'is', null).execute();
  return rows.map(toReport);
}

/** A project's active reports, newest period first. */
export async function activeReportsOfProject(db: Kysely<DatabaseSchema>, projectId: string): Promise<ProjectReport[]> {
  const rows = await db
    .selectFrom('project_reports')
    .select([...columns])
    .where('project_id', '=', projectId)
    .where('deleted_at', 'is', null)
    .orderBy('period', 'desc')
    .execute();
  return rows.map(toReport);
}
