/**
 * The search index of the app's search box (issue 5): search_entries holds one row per searchable
 * feature or park with its folded words (and folded code or number) (server/geo-store/search-index.ts keeps it in step).
 * SQLite: an FTS5 table over search_text (external content, kept by triggers). PostgreSQL: a
 * generated tsvector ('simple' configuration: the words are folded already) with a GIN index.
 * Existing features are indexed at once.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './engine.ts';
import { rebuildSearchIndex } from '../../geo-store/search-index.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('search_entries')
    .addColumn('id', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('layer_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('minx', 'double precision', (c) => c.notNull())
    .addColumn('miny', 'double precision', (c) => c.notNull())
    .addColumn('maxx', 'double precision', (c) => c.notNull())
    .addColumn('maxy', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('search_entries_kind_entity_unique', ['kind', 'entity_id'])
    .execute();

  if (postgres) {
    await sql`ALTER TABLE search_entries ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`.execute(db);
    await sql`CREATE INDEX search_entries_vector_idx ON search_entries USING GIN (search_vector)`.execute(db);
  } else {
    await sql.raw(`CREATE VIRTUAL TABLE search_fts USING fts5(search_text, content='search_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`).execute(db);
    await sql.raw(`CREATE TRIGGER search_entries_fts_insert AFTER INSERT ON search_entries BEGIN
        INSERT INTO search_fts(rowid, search_text) VALUES (new.id, new.search_text); END`).execute(db);
    await sql.raw(`CREATE TRIGGER search_entries_fts_delete AFTER DELETE ON search_entries BEGIN
        INSERT INTO search_fts(search_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`).execute(db);
    await sql.raw(`CREATE TRIGGER search_entries_fts_update AFTER UPDATE OF search_text ON search_entries BEGIN
        INSERT INTO search_fts(search_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO search_fts(rowid, search_text) VALUES (new.id, new.search_text); END`).execute(db);
  }
  await rebuildSearchIndex(db, postgres ? 'postgres' : 'sqlite');
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql.raw('DROP TABLE IF EXISTS search_fts').execute(db);
  await db.schema.dropTable('search_entries').execute();
}
