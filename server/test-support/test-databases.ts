/**
 * Real databases for tests: a fresh SQLite file always, and a fresh PostgreSQL schema when
 * DATABASE_URL is set (CI sets it; there a missing DATABASE_URL is an error, not a skip).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openPostgres, openSqlite, type Database, type Engine } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';

export interface TestDatabase {
  database: Database;
  /** Drops what the test created. */
  dispose(): Promise<void>;
}

export interface TestEngine {
  engine: Engine;
  /** Why the engine is not tested here, or null when it is. */
  skipReason: string | null;
  open(): Promise<TestDatabase>;
}

const databaseUrl = process.env.DATABASE_URL;
if (process.env.CI === 'true' && !databaseUrl) {
  throw new Error('CI=true but DATABASE_URL is not set: the PostGIS suite may not be skipped in CI');
}

async function openFreshSqlite(): Promise<TestDatabase> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-test-'));
  const database = openSqlite(path.join(directory, 'test.sqlite'));
  await migrateToLatest(database);
  return {
    database,
    async dispose() {
      await database.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** A schema of its own per test database, so test files can run in parallel on one server. */
async function openFreshPostgres(url: string): Promise<TestDatabase> {
  const schema = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = openPostgres(url, { schema });
  await migrateToLatest(database);
  return {
    database,
    async dispose() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.end();
    },
  };
}

export const testEngines: TestEngine[] = [
  { engine: 'sqlite', skipReason: null, open: openFreshSqlite },
  {
    engine: 'postgres',
    skipReason: databaseUrl ? null : 'DATABASE_URL is not set',
    open: () => openFreshPostgres(databaseUrl as string),
  },
];
