/**
 * `npm run bench`: speed figures on a real, seeded SQLite database (and PostGIS when DATABASE_URL
 * is set), each against a baseline measured in the same run, so the ratios hold on any machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { booleanIntersects, bboxPolygon } from '@turf/turf';
import { findLayer, type LayerDefinition } from '../shared/layers/registry.ts';
import type { BBox } from '../shared/geo/bbox.ts';
import { openPostgres, openSqlite, type Database } from '../server/db/create-db.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { seedMissingDatasets } from '../server/db/seed.ts';
import { createFeatureStore, type FeatureStore } from '../server/geo-store/feature-store.ts';
import { TileCache } from '../server/tiles/tile-cache.ts';
import { compareRevisions, revisionZones } from '../server/features/plans/plans.service.ts';
import { tileBBox, tileContaining } from '../server/geo-store/tile-bounds.ts';
import { search } from '../server/features/search/search.service.ts';
import { listLots } from '../server/features/lots/lots.service.ts';
import { foldForSearch } from '../shared/text/fold-for-search.ts';

async function timePerOp(label: string, iterations: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(10, iterations); i++) await run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await run();
  const micros = Number(process.hrtime.bigint() - start) / 1000 / iterations;
  console.log(`  ${label.padEnd(58)} ${micros.toFixed(1).padStart(10)} µs/op`);
  return micros;
}

const huuNghi: BBox = [106.69, 21.95, 106.73, 21.99];

async function benchEngine(name: string, database: Database): Promise<void> {
  await migrateToLatest(database);
  const store: FeatureStore = createFeatureStore(database);
  await seedMissingDatasets(database, store);
  const communes = findLayer('communes') as LayerDefinition;
  const zones = findLayer('planning-zones') as LayerDefinition;
  console.log(`\n${name}`);

  const indexed = await timePerOp('communes in a bbox (spatial index)', 200, () => store.query(communes, { bbox: huuNghi, limit: 1000, offset: 0 }));
  const scanned = await timePerOp('baseline: read every commune, test each in JS', 200, async () => {
    const all = await store.query(communes, { limit: 1000, offset: 0 });
    const box = bboxPolygon(huuNghi);
    return all.features.filter((f) => booleanIntersects(f, box));
  });
  console.log(`  → spatial index is ${(scanned / indexed).toFixed(1)}× the full scan`);

  const cache = new TileCache();
  const version = await store.version(zones);
  const tile = { z: 12, x: 3262, y: 1782 };
  const inForce = { revisionId: 'dd-ls-general-current' };
  const cold = await timePerOp('planning-zones tile z12, rendered', 100, () => store.tile(zones, tile, inForce));
  const key = TileCache.key(zones.id, version, tile.z, tile.x, tile.y, 'staff');
  cache.set(key, await store.tile(zones, tile, inForce));
  const warm = await timePerOp('planning-zones tile z12, from the tile cache', 1000, async () => cache.get(key));
  console.log(`  → cached tiles are ${(cold / warm).toFixed(0)}× faster than rendering`);

  // plans.compare: both revisions' zones read whole, areas on the TM-3 plane, zones diffed by code.
  const deps = { database, features: store };
  const from = 'dd-ls-general-current';
  const to = 'dd-ls-general-2045';
  const compared = await timePerOp('plans.compare current → 2045 draft (77 zones each)', 20, () => compareRevisions(deps, from, to, 'staff'));
  const read = await timePerOp('baseline: read both revisions\' zones only', 20, () => Promise.all([revisionZones(store, from), revisionZones(store, to)]));
  console.log(`  → compare costs ${(compared / read).toFixed(1)}× reading the zones`);
  // Parcels: the densest layer (tens of thousands of small polygons); z14 is its first zoom and the
  // busiest tile, over Đồng Đăng town's house lots.
  const parcels = findLayer('parcels') as LayerDefinition;
  for (const zoom of [14, 16]) {
    const [z, x, y] = tileContaining(106.698, 21.9508, zoom);
    const bytes = (await store.tile(parcels, { z, x, y })).byteLength;
    const features = (await store.query(parcels, { bbox: tileBBox(z, x, y), limit: 100_000, offset: 0 })).numberMatched;
    await timePerOp(`parcels tile z${zoom} (${features} parcels, ${(bytes / 1024).toFixed(0)} KiB), rendered`, zoom === 14 ? 10 : 30, () => store.tile(parcels, { z, x, y }));
  }
  const indexedSearch = await timePerOp('search.query "huu nghi" (FTS5 / tsvector)', 200, () => search(database, { q: 'huu nghi', limit: 10 }, 'public'));
  const entries = await database.db.selectFrom('search_entries').select(['name', 'search_text']).execute();
  const scannedSearch = await timePerOp(`baseline: fold and scan all ${entries.length} entries in JS`, 200, async () => {
    const rows = await database.db.selectFrom('search_entries').select(['name', 'search_text']).execute();
    return rows.filter((row) => foldForSearch(row.name).includes('huu nghi'));
  });
  console.log(`  → the text index is ${(scannedSearch / indexedSearch).toFixed(1)}× the scan (at ${entries.length} entries; the scan grows with the data, the index barely)`);
  const investorQuery = { landUse: ['DAT_SX_Congnghiep' as const], status: ['available' as const], areaHa: { min: 2 }, maxDistanceKm: 10, distanceTo: 'gate' as const, sort: 'distance-gate' as const, limit: 50, offset: 0 };
  const lotsLayer = findLayer('land-lots') as LayerDefinition;
  const measured = await timePerOp('lots.list: industrial, available, ≥ 2 ha, ≤ 10 km of a gate', 200, () => listLots(store, investorQuery, 'public'));
  const remeasured = await timePerOp('baseline: the same after every write (distances re-measured)', 20, async () => {
    await database.db.transaction().execute((trx) => store.insertMany(lotsLayer, [], trx));
    return listLots(store, investorQuery, 'public');
  });
  console.log(`  → keeping measured lots until a write is ${(remeasured / measured).toFixed(0)}× faster`);
  await database.close();
}

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-bench-'));
try {
  await benchEngine('SQLite (better-sqlite3, R*Tree + Turf, geojson-vt)', openSqlite(path.join(directory, 'bench.sqlite')));
  if (process.env.DATABASE_URL) {
    // A schema of its own, dropped afterwards: the bench never touches the tables of a real database.
    const url = process.env.DATABASE_URL;
    const schema = `bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      await benchEngine('PostGIS (GiST, ST_AsMVT)', openPostgres(url, { schema }));
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
  else console.log('\nPostGIS: skipped (DATABASE_URL is not set)');
} finally {
  fs.rmSync(directory, { recursive: true, force: true });
}
