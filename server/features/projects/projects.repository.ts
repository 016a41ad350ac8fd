/** SQL of the projects feature: the history of officers' updates (the projects themselves are features: geo-store). */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';

export interface ProjectHistoryEntry {
  at: string;
  actorUsername: string | null;
  status: string;
  progressPercent: number | null;
  /** Field → its value before and after. */
  changes: Record<string, { from: unknown; to: unknown }>;
  note: string;
}

export async function insertProjectHistory(
  db: Kysely<DatabaseSchema>,
  entry: ProjectHistoryEntry & { projectId: string; actorId: string | null },
): Promise<void> {
  await db
    .insertInto('project_history')
    .values({
      project_id: entry.projectId,
      at: entry.at,
      actor_id: entry.actorId,
      actor_username: entry.actorUsername,
      status: entry.status,
      progress_percent: entry.progressPercent,
      changes: JSON.stringify(entry.changes),
      note: entry.note,
    })
    .execute();
}

/** A project's updates, oldest first. */
export async function listProjectHistory(db: Kysely<DatabaseSchema>, projectId: string): Promise<ProjectHistoryEntry[]> {
  const rows = await db
    .selectFrom('project_history')
    .select(['at', 'actor_username', 'status', 'progress_percent', 'changes', 'note'])
    .where('project_id', '=', projectId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    at: row.at,
    actorUsername: row.actor_username,
    status: row.status,
    progressPercent: row.progress_percent === null ? null : Number(row.progress_percent),
    changes: (typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes) as ProjectHistoryEntry['changes'],
    note: row.note,
  }));
}
