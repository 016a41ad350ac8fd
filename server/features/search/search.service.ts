/**
 * Search across the app: the database finds the candidates (search.repository.ts), this orders
 * them the way a person expects — the exact name or code first, then names starting with the
 * query, then the words as a phrase, then the rest by the engine's relevance — and cuts to `limit`.
 */
import { foldForSearch, searchWords } from '../../../shared/text/fold-for-search.ts';
import type { SearchItem, SearchQueryInput } from '../../../shared/schemas/search.ts';
import type { Database } from '../../db/create-db.ts';
import type { Audience } from '../layers/redact.ts';
import { searchCandidates, type SearchCandidate } from './search.repository.ts';

/** How many candidates the engine hands over for re-ordering. */
const CANDIDATES = 200;

/** Among equally close items: places people navigate by first, the many lots and zones last. */
const kindOrder: readonly SearchItem['kind'][] = ['gate', 'park', 'commune', 'marker', 'cargo-lane', 'project', 'lot', 'zone'];

/** 0: the query is the name or the code (CC7, 1088/2); 1: the name has the query's words in a row; 2: another field has; 3: the words are apart. */
function closeness(candidate: SearchCandidate, phrase: string): number {
  const name = foldForSearch(candidate.name);
  if (name === phrase || candidate.code === phrase) return 0;
  if (` ${name}`.includes(` ${phrase}`)) return 1;
  if (` ${candidate.searchText}`.includes(` ${phrase}`)) return 2;
  return 3;
}

export async function search(database: Database, input: SearchQueryInput, audience: Audience): Promise<SearchItem[]> {
  const words = searchWords(input.q);
  const phrase = words.join(' ');
  const candidates = await searchCandidates(database.db, database.engine, words, { includeRestricted: audience === 'staff', limit: CANDIDATES });
  return candidates
    .map((candidate) => ({ candidate, closeness: closeness(candidate, phrase) }))
    .sort(
      (a, b) =>
        a.closeness - b.closeness ||
        kindOrder.indexOf(a.candidate.kind) - kindOrder.indexOf(b.candidate.kind) ||
        a.candidate.rank - b.candidate.rank ||
        a.candidate.name.localeCompare(b.candidate.name, 'vi'),
    )
    .slice(0, input.limit)
    .map(({ candidate }) => ({ kind: candidate.kind, id: candidate.entityId, layerId: candidate.layerId, name: candidate.name, bbox: candidate.bbox }));
}
