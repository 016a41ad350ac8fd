/** Runs the dated migrations in server/db/migrations/ (up to latest, or one step down). */
import { Migrator, NO_MIGRATIONS, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './create-db.ts';
import * as featureTables from './migrations/2026-11-26T0900-feature-tables.ts';
import * as accountsAudit from './migrations/2026-11-26T1000-accounts-audit.ts';
import * as roadCentrelines from './migrations/2026-11-26T1100-road-centrelines.ts';
import * as projectHistory from './migrations/2026-11-26T1110-project-history.ts';
import * as projectReports from './migrations/2026-11-26T1120-project-reports.ts';
import * as tradeFigures from './migrations/2026-11-26T1130-trade-figures.ts';
import * as plans from './migrations/2026-11-26T1200-plans.ts';
import * as siteClearance from './migrations/2026-11-26T1400-site-clearance.ts';
import * as landLots from './migrations/2026-11-26T1300-land-lots.ts';
import * as searchIndex from './migrations/2026-11-26T1310-search-index.ts';
import * as enquiries from './migrations/2026-11-26T1320-enquiries.ts';
import * as imports from './migrations/2026-11-26T1500-imports.ts';

/** Migrations in date order; names are their file names and must never change once shipped. */
const migrations: Record<string, Migration> = {
  '2026-11-26T0900-feature-tables': featureTables,
  '2026-11-26T1000-accounts-audit': accountsAudit,
  '2026-11-26T1100-road-centrelines': roadCentrelines,
  '2026-11-26T1110-project-history': projectHistory,
  '2026-11-26T1120-project-reports': projectReports,
  '2026-11-26T1130-trade-figures': tradeFigures,
  '2026-11-26T1200-plans': plans,
  '2026-11-26T1400-site-clearance': siteClearance,
  '2026-11-26T1300-land-lots': landLots,
  '2026-11-26T1310-search-index': searchIndex,
  '2026-11-26T1320-enquiries': enquiries,
  '2026-11-26T1500-imports': imports,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

function migrator(database: Database): Migrator {
  // Kysely finds its own bookkeeping tables by name in any schema unless told which one.
  return new Migrator({ db: database.db, provider, ...(database.schema ? { migrationTableSchema: database.schema } : {}) });
}

async function run(step: ReturnType<Migrator['migrateTo']>): Promise<void> {
  const { error, results } = await step;
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function migrateToLatest(database: Database): Promise<void> {
  return run(migrator(database).migrateToLatest());
}

export function migrateDown(database: Database): Promise<void> {
  return run(migrator(database).migrateDown());
}

/** Every migration's `down`, newest first: an empty database. */
export function migrateToNothing(database: Database): Promise<void> {
  return run(migrator(database).migrateTo(NO_MIGRATIONS));
}
