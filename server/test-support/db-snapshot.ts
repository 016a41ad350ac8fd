/** Everything a refused call must leave unchanged, read straight from the tables: accounts, audit, projects, reports, trade figures, plans, clearance, enquiries, imports. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export interface DatabaseSnapshot {
  users: unknown[];
  sessions: unknown[];
  loginAttempts: number;
  auditEntries: number;
  /** Project features (properties and version) and their history: what project mutations write. */
  projects: unknown[];
  projectHistory: unknown[];
  projectReports: unknown[];
  tradeFigures: unknown[];
  /** Plan revisions, their stage steps and comments: what plan mutations write. */
  planRevisions: unknown[];
  planRevisionStages: unknown[];
  planComments: unknown[];
  /** Clearance boundaries (properties, version), affected parcels, households and histories: what clearance mutations write. */
  clearance: unknown[];
  enquiries: unknown[];
  /** Staged imports and their features: what POST /api/imports and the imports mutations write. */
  imports: unknown[];
}

export async function snapshotAccounts(db: Kysely<DatabaseSchema>): Promise<DatabaseSnapshot> {
  const users = await db.selectFrom('users').selectAll().orderBy('id').execute();
  // last_seen_at moves with any authenticated request: not a change a refused call made.
  const sessions = await db.selectFrom('sessions').select(['id', 'user_id', 'created_at', 'expires_at']).orderBy('id').execute();
  const [{ n: attempts }] = (await db.selectFrom('login_attempts').select((eb) => eb.fn.countAll<string>().as('n')).execute()) as [{ n: string }];
  const [{ n: audit }] = (await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).execute()) as [{ n: string }];
  const projects = await db.selectFrom('projects').select(['id', 'properties', 'version', 'updated_at']).orderBy('id').execute();
  const projectHistory = await db.selectFrom('project_history').selectAll().orderBy('id').execute();
  const projectReports = await db.selectFrom('project_reports').selectAll().orderBy('id').execute();
  const tradeFigures = await db.selectFrom('trade_figures').selectAll().orderBy('id').execute();
  const planRevisions = await db.selectFrom('plan_revisions').selectAll().orderBy('id').execute();
  const planRevisionStages = await db.selectFrom('plan_revision_stages').selectAll().orderBy('id').execute();
  const planComments = await db.selectFrom('plan_comments').selectAll().orderBy('id').execute();
  const clearance = [
    await db.selectFrom('clearance_boundaries').select(['id', 'properties', 'version', 'updated_at']).orderBy('id').execute(),
    await db.selectFrom('clearance_parcels').selectAll().orderBy('id').execute(),
    await db.selectFrom('clearance_households').selectAll().orderBy('id').execute(),
    await db.selectFrom('clearance_parcel_history').selectAll().orderBy('id').execute(),
    await db.selectFrom('clearance_boundary_history').select(['id', 'boundary_id', 'at', 'note']).orderBy('id').execute(),
  ];
  const enquiries = await db.selectFrom('enquiries').selectAll().orderBy('id').execute();
  const imports = [
    await db.selectFrom('imports').selectAll().orderBy('id').execute(),
    await db.selectFrom('import_features').select(['import_id', 'idx', 'rejected']).orderBy('import_id').orderBy('idx').execute(),
  ];
  return { users, sessions, loginAttempts: Number(attempts), auditEntries: Number(audit), projects, projectHistory, projectReports, tradeFigures, planRevisions, planRevisionStages, planComments, clearance, enquiries, imports };
}

export async function auditCount(db: Kysely<DatabaseSchema>): Promise<number> {
  return (await snapshotAccounts(db)).auditEntries;
}
