/**
 * Opens the database the environment names: SQLite (better-sqlite3, the default) or PostgreSQL
 * + PostGIS when DATABASE_URL is set. The rest of the app sees one Kysely instance and an engine tag.
 */
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DatabaseSchema>;
  engine: Engine;
  /** PostgreSQL schema the app's tables live in, when not the default search path (tests). */
  schema?: string;
  close(): Promise<void>;
}

export function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', close: () => db.destroy() };
}

export function openPostgres(connectionString: string, options: { schema?: string } = {}): Database {
  const url = new URL(connectionString);
  if (options.schema) url.searchParams.set('options', `-c search_path=${options.schema},public`);
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', ...(options.schema ? { schema: options.schema } : {}), close: () => db.destroy() };
}

export function openDatabase(options: { databaseUrl?: string | undefined; sqliteFile: string }): Database {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.sqliteFile);
}
