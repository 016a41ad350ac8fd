/**
 * SQL of the search box: a full-text match on the folded words of search_entries — FTS5 on SQLite,
 * the GIN-indexed tsvector on PostgreSQL — every word a prefix, all words required.
 */
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import type { Engine } from '../../db/create-db.ts';

export interface SearchCandidate {
  kind: DatabaseSchema['search_entries']['kind'];
  entityId: string;
  layerId: string | null;
  name: string;
  code: string | null;
  searchText: string;
  bbox: [number, number, number, number];
  /** The engine's relevance: lower is better. */
  rank: number;
}

interface Row {
  kind: SearchCandidate['kind'];
  entity_id: string;
  layer_id: string | null;
  name: string;
  code: string | null;
  search_text: string;
  minx: number;
  miny: number;
  maxx: number;
  maxy: number;
  rank: number;
}

/** Entries matching every word (as a prefix), best first; `words` are folded (letters and digits only). */
export async function searchCandidates(db: Kysely<DatabaseSchema>, engine: Engine, words: readonly string[], options: { includeRestricted: boolean; limit: number }): Promise<SearchCandidate[]> {
  if (words.length === 0) return [];
  const visibility = options.includeRestricted ? sql`1 = 1` : sql`e.public = 1`;
  const result =
    engine === 'postgres'
      ? await sql<Row>`
          SELECT e.kind, e.entity_id, e.layer_id, e.name, e.code, e.search_text, e.minx, e.miny, e.maxx, e.maxy,
                 -ts_rank(e.search_vector, query) AS rank
          FROM search_entries e, to_tsquery('simple', ${words.map((w) => `${w}:*`).join(' & ')}) AS query
          WHERE e.search_vector @@ query AND ${visibility}
          ORDER BY rank, e.name
          LIMIT ${options.limit}`.execute(db)
      : await sql<Row>`
          SELECT e.kind, e.entity_id, e.layer_id, e.name, e.code, e.search_text, e.minx, e.miny, e.maxx, e.maxy,
                 bm25(search_fts) AS rank
          FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid
          WHERE search_fts MATCH ${words.map((w) => `"${w}"*`).join(' ')} AND ${visibility}
          ORDER BY rank, e.name
          LIMIT ${options.limit}`.execute(db);
  return result.rows.map((row) => ({
    kind: row.kind,
    entityId: row.entity_id,
    layerId: row.layer_id,
    name: row.name,
    code: row.code,
    searchText: row.search_text,
    bbox: [Number(row.minx), Number(row.miny), Number(row.maxx), Number(row.maxy)],
    rank: Number(row.rank),
  }));
}
