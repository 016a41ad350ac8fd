/**
 * The search index (search_entries; SQLite FTS5 over it, a tsvector column on PostgreSQL): one
 * entry per searchable feature and per park, its words folded (shared/text/fold-for-search.ts).
 * The feature store keeps it in step on every write, in the write's own transaction, so the
 * index never shows what the tables do not hold. `public` is decided here with the same rule as
 * every other door (features/layers/redact.ts): a redacted or non-public feature is found by Board
 * staff only.
 */
import { sql, type Kysely } from 'kysely';
import { findLayer, layers, type LayerDefinition } from '../../shared/layers/registry.ts';
import { findPark, parkKinds } from '../../shared/domain/land-lots.ts';
import { landUseClass } from '../../shared/domain/land-use.ts';
import { foldForSearch } from '../../shared/text/fold-for-search.ts';
import type { BBox } from '../../shared/geo/bbox.ts';
import type { DatabaseSchema, FeatureTableName, SearchEntryTable } from '../db/schema.ts';
import { isRedactedForPublic } from '../features/layers/redact.ts';
import type { StoredFeature } from './feature-store.ts';
import { geometryBBox } from '../../shared/geo/bbox.ts';

export const searchKinds = ['lot', 'park', 'gate', 'marker', 'cargo-lane', 'project', 'commune', 'zone'] as const;
export type SearchKind = (typeof searchKinds)[number];

interface IndexedLayer {
  kind: SearchKind;
  /** The feature's code or number, when it has one (a query equal to it puts the item first). */
  code?(properties: Record<string, unknown>): unknown;
  /** Words a user may type besides the name (codes, English names, the commune…). */
  terms(properties: Record<string, unknown>): unknown[];
}

/** The layers search covers, and what of each feature it matches on. */
const indexedLayers: Readonly<Record<string, IndexedLayer>> = {
  'land-lots': { kind: 'lot', code: (p) => p.code, terms: (p) => [p.code, p.parkName, p.commune, landUseClass(String(p.landUse))?.vi, landUseClass(String(p.landUse))?.en] },
  'border-gates': { kind: 'gate', terms: (p) => [p.nameEn, p.pairedWith, p.markers, p.commune] },
  'border-markers': { kind: 'marker', code: (p) => p.number, terms: (p) => [p.number, p.gate] },
  'cargo-lanes': { kind: 'cargo-lane', terms: (p) => [p.nameEn, p.fromMarker, p.toMarker, p.gate] },
  projects: { kind: 'project', terms: (p) => [p.nameEn, p.investor, p.gate, p.commune] },
  communes: { kind: 'commune', code: (p) => p.code, terms: (p) => [p.code, p.formedFrom] },
  'planning-zones': { kind: 'zone', code: (p) => p.zoneCode, terms: (p) => [p.zoneCode, p.commune, landUseClass(String(p.landUse))?.vi] },
};

/** A search_entries row as written (the id is the database's). */
type EntryRow = Omit<SearchEntryTable, 'id'>;

function text(values: readonly unknown[]): string {
  return foldForSearch(values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').join(' '));
}

function entryFor(layer: LayerDefinition, feature: StoredFeature): EntryRow | null {
  const indexed = indexedLayers[layer.id];
  if (!indexed) return null;
  const name = feature.properties[layer.nameProperty];
  const displayName = typeof name === 'string' ? name : feature.id;
  const [minx, miny, maxx, maxy] = geometryBBox(feature.geometry);
  return {
    kind: indexed.kind,
    entity_id: feature.id,
    layer_id: layer.id,
    name: displayName,
    code: typeof indexed.code?.(feature.properties) === 'string' ? foldForSearch(String(indexed.code(feature.properties))) : null,
    search_text: text([displayName, ...indexed.terms(feature.properties)]),
    public: layer.public && !isRedactedForPublic(layer, feature.properties) ? 1 : 0,
    minx,
    miny,
    maxx,
    maxy,
  };
}

async function upsert(db: Kysely<DatabaseSchema>, rows: readonly EntryRow[]): Promise<void> {
  for (const row of rows) {
    await db
      .insertInto('search_entries')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['kind', 'entity_id']).doUpdateSet({
          layer_id: row.layer_id,
          name: row.name,
          code: row.code,
          search_text: row.search_text,
          public: row.public,
          minx: row.minx,
          miny: row.miny,
          maxx: row.maxx,
          maxy: row.maxy,
        }),
      )
      .execute();
  }
}

/** Parks are not a table: their entries are derived from the live lots (extent = the lots' extent). */
async function refreshParks(db: Kysely<DatabaseSchema>): Promise<void> {
  const lots = await db.selectFrom('land_lots').select(['properties', 'minx', 'miny', 'maxx', 'maxy']).where('deleted_at', 'is', null).execute();
  const extents = new Map<string, BBox>();
  for (const lot of lots) {
    const properties = typeof lot.properties === 'string' ? (JSON.parse(lot.properties) as Record<string, unknown>) : lot.properties;
    const park = String(properties.park);
    const [w, s, e, n] = extents.get(park) ?? [Infinity, Infinity, -Infinity, -Infinity];
    extents.set(park, [Math.min(w, Number(lot.minx)), Math.min(s, Number(lot.miny)), Math.max(e, Number(lot.maxx)), Math.max(n, Number(lot.maxy))]);
  }
  await db.deleteFrom('search_entries').where('kind', '=', 'park').execute();
  const rows = [...extents].flatMap(([id, [minx, miny, maxx, maxy]]): EntryRow[] => {
    const park = findPark(id);
    if (!park) return [];
    const kind = parkKinds.find((k) => k.code === park.kind);
    return [{ kind: 'park', entity_id: id, layer_id: null, name: park.vi, code: null, search_text: text([park.vi, park.en, park.commune, kind?.vi, kind?.en]), public: 1, minx, miny, maxx, maxy }];
  });
  await upsert(db, rows);
}

/** Indexes (or re-indexes) written features of a layer, in the caller's transaction. */
export async function indexFeatures(db: Kysely<DatabaseSchema>, layer: LayerDefinition, features: readonly StoredFeature[]): Promise<void> {
  if (!indexedLayers[layer.id]) return;
  await upsert(db, features.map((feature) => entryFor(layer, feature)).filter((row): row is EntryRow => row !== null));
  if (layer.id === 'land-lots') await refreshParks(db);
}

/** Takes features out of the index (for deletes, which are soft: call it where deleted_at is set). */
export async function removeFromIndex(db: Kysely<DatabaseSchema>, layer: LayerDefinition, ids: readonly string[]): Promise<void> {
  const indexed = indexedLayers[layer.id];
  if (!indexed || ids.length === 0) return;
  await db.deleteFrom('search_entries').where('kind', '=', indexed.kind).where('entity_id', 'in', ids).execute();
  if (layer.id === 'land-lots') await refreshParks(db);
}

/** Rebuilds the whole index from the feature tables (the migration that creates it backfills with this). */
export async function rebuildSearchIndex(db: Kysely<DatabaseSchema>, engine: 'sqlite' | 'postgres'): Promise<void> {
  await db.deleteFrom('search_entries').execute();
  // A later migration may add or rename a layer's table: index only the tables this database has.
  const tables = new Set((await db.introspection.getTables()).map((table) => table.name));
  for (const layer of layers) {
    if (!indexedLayers[layer.id] || !tables.has(layer.table)) continue;
    const geometry = engine === 'postgres' ? sql<string>`ST_AsGeoJSON(geometry, 9)` : sql<string>`geometry`;
    const rows = await db
      .selectFrom(layer.table as FeatureTableName)
      .select(['id', 'properties', geometry.as('geometry_json')])
      .where('deleted_at', 'is', null)
      .execute();
    const features = rows.map(
      (row): StoredFeature => ({
        type: 'Feature',
        id: row.id,
        properties: typeof row.properties === 'string' ? (JSON.parse(row.properties) as Record<string, unknown>) : row.properties,
        geometry: JSON.parse(row.geometry_json) as StoredFeature['geometry'],
      }),
    );
    await indexFeatures(db, findLayer(layer.id) as LayerDefinition, features);
  }
}
