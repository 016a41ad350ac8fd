import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findLayer } from '../../shared/layers/registry.ts';
import { createFeatureStore } from '../geo-store/feature-store.ts';
import { testEngines, type TestDatabase } from '../test-support/test-databases.ts';
import { geodataDirectory, readManifest, seedMissingDatasets, SeedError } from './seed.ts';
import { listDatasets } from '../features/datasets/datasets.repository.ts';
import { migrateToLatest, migrateToNothing } from './migrate.ts';

describe.each(testEngines)('seed and migrations on $engine', (engine) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('seeds every dataset of the manifest once; a second start changes nothing', async () => {
      opened = await engine.open();
      const store = createFeatureStore(opened.database);
      const written = await seedMissingDatasets(opened.database, store);
      expect(written).toBeGreaterThan(100);
      const communes = findLayer('communes')!;
      const before = await store.stats(communes);
      expect(await seedMissingDatasets(opened.database, store)).toBe(0);
      expect(await store.stats(communes)).toEqual(before);
      const datasets = await listDatasets(opened.database.db);
      expect(datasets.map((d) => d.id).sort()).toEqual((await readManifest()).map((m) => m.id).sort());
      expect(datasets.every((d) => d.source.length > 3 && d.license.length > 1)).toBe(true);
    });

    it('refuses a dataset with an invalid feature and writes nothing at all', async () => {
      opened = await engine.open();
      const store = createFeatureStore(opened.database);
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-geodata-'));
      fs.cpSync(geodataDirectory, directory, { recursive: true });
      const file = path.join(directory, 'border-markers.geojson');
      const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { geometry: { coordinates: number[] } }[] };
      collection.features[0]!.geometry.coordinates = [2427126, 442991];
      fs.writeFileSync(file, JSON.stringify(collection));
      await expect(seedMissingDatasets(opened.database, store, { directory })).rejects.toThrow(SeedError);
      await expect(seedMissingDatasets(opened.database, store, { directory })).rejects.toThrow(/outside WGS84/);
      expect((await store.stats(findLayer('communes')!)).count).toBe(0);
      expect(await listDatasets(opened.database.db)).toEqual([]);
      fs.rmSync(directory, { recursive: true, force: true });
    });

    it('loads a dataset that a later release adds to an existing database, and only that one', async () => {
      opened = await engine.open();
      const store = createFeatureStore(opened.database);
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-geodata-'));
      fs.cpSync(geodataDirectory, directory, { recursive: true });
      const manifestFile = path.join(directory, 'manifest.json');
      const fullManifest = fs.readFileSync(manifestFile, 'utf8');
      const entries = JSON.parse(fullManifest) as { id: string }[];
      fs.writeFileSync(manifestFile, JSON.stringify(entries.filter((e) => e.id !== 'border-markers')));
      await seedMissingDatasets(opened.database, store, { directory });
      const markers = findLayer('border-markers')!;
      const communes = findLayer('communes')!;
      expect((await store.stats(markers)).count).toBe(0);
      const communesBefore = await store.stats(communes);
      fs.writeFileSync(manifestFile, fullManifest);
      expect(await seedMissingDatasets(opened.database, store, { directory })).toBe(10);
      expect((await store.stats(markers)).count).toBe(10);
      expect(await store.stats(communes)).toEqual(communesBefore);
      fs.rmSync(directory, { recursive: true, force: true });
    });

    it('migrates down to nothing and back up again', async () => {
      opened = await engine.open();
      await migrateToNothing(opened.database);
      await expect(opened.database.db.selectFrom('communes').select('id').execute()).rejects.toThrow();
      await expect(opened.database.db.selectFrom('users').select('id').execute()).rejects.toThrow();
      await migrateToLatest(opened.database);
      expect(await opened.database.db.selectFrom('communes').select('id').execute()).toEqual([]);
    });
  });
});
