/**
 * Loads the demo dataset of geodata/: every dataset of the manifest not loaded yet is validated
 * (geometry and the layer's schema) before anything is written, then all of it is written in one
 * transaction and recorded in the dataset register.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { findLayer, type LayerDefinition } from '../../shared/layers/registry.ts';
import { validateFeatureGeometry } from '../../shared/geo/validate-geojson.ts';
import type { Database } from './create-db.ts';
import type { FeatureStore, StoredFeature } from '../geo-store/feature-store.ts';
import { insertDataset, listDatasets } from '../features/datasets/datasets.repository.ts';
import { planRegisterSchema, type PlanRegister } from '../../shared/schemas/plans.ts';
import { insertPlanRegister } from '../features/plans/plans.repository.ts';

/** The manifest entry of the plan register (geodata/plans.json): no layer; loaded into plans and plan_revisions. */
export const PLAN_REGISTER_DATASET = 'plan-register';

async function loadPlanRegister(entry: ManifestEntry, directory: string): Promise<PlanRegister> {
  const parsed = planRegisterSchema.safeParse(JSON.parse(await fs.readFile(path.join(directory, entry.file), 'utf8')));
  if (!parsed.success) {
    throw new SeedError(`Invalid plan register ${entry.file}:\n  ${parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
  }
  return parsed.data;
}
import { generateParcels, loadParcelInputs } from '../../geodata/build/parcels.ts';
import { seedClearanceDemo } from '../features/clearance/clearance-seed.ts';

export const geodataDirectory = fileURLToPath(new URL('../../geodata/', import.meta.url));

export const manifestEntry = z.object({
  id: z.string(),
  file: z.string(),
  layer: z.string().nullable(),
  title: z.string(),
  source: z.string().min(3),
  license: z.string().min(2),
  attribution: z.string().optional(),
  crs: z.literal('EPSG:4326'),
  illustrative: z.boolean(),
  /**
   * Datasets made at seed time instead of read from `file` (which then names the generator):
   * `parcels` (too large to commit, generated deterministically from geodata/), `clearance-demo`
   * (the demo clearance state, computed by the engine once parcels and boundaries are in).
   */
  generator: z.enum(['parcels', 'clearance-demo']).optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntry>;

export async function readManifest(directory = geodataDirectory): Promise<ManifestEntry[]> {
  const text = await fs.readFile(path.join(directory, 'manifest.json'), 'utf8');
  return z.array(manifestEntry).parse(JSON.parse(text));
}

export class SeedError extends Error {}

/** Reads a dataset and returns its features, or throws naming every invalid feature. */
export async function loadDataset(entry: ManifestEntry, layer: LayerDefinition, directory = geodataDirectory): Promise<StoredFeature[]> {
  if (entry.generator === 'parcels') return validatedFeatures(entry, layer, generateParcels(loadParcelInputs()));
  const collection = JSON.parse(await fs.readFile(path.join(directory, entry.file), 'utf8')) as FeatureCollection;
  return validatedFeatures(entry, layer, collection.features);
}

/** The features with their properties parsed by the layer's schema, or throws naming every invalid one. */
function validatedFeatures(entry: ManifestEntry, layer: LayerDefinition, input: readonly Feature[]): StoredFeature[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const features = input.map((feature: Feature, index) => {
    const where = `${entry.file} feature ${String(feature.id ?? index)}`;
    if (typeof feature.id !== 'string' || feature.id === '') problems.push(`${where}: needs a string id`);
    else if (ids.has(feature.id)) problems.push(`${where}: duplicate id`);
    else ids.add(feature.id);
    for (const p of validateFeatureGeometry(feature)) problems.push(`${where}: ${p.path}: ${p.message}`);
    const properties = layer.schema.safeParse(feature.properties);
    if (!properties.success) {
      for (const issue of properties.error.issues) problems.push(`${where}: properties.${issue.path.join('.')}: ${issue.message}`);
    }
    return { type: 'Feature', id: String(feature.id), properties: properties.data ?? {}, geometry: feature.geometry as Geometry } satisfies StoredFeature;
  });
  if (problems.length > 0) throw new SeedError(`Invalid dataset ${entry.id}:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return features;
}

/**
 * Loads every dataset of the manifest that the database has not loaded yet (all of them into an
 * empty database; a dataset added by a later release into an existing one). Returns the number of
 * features written: 0 when nothing was missing, so a second start changes nothing.
 */
export interface SeedOptions {
  directory?: string;
  /**
   * Also the datasets made at seed time (the parcels and the clearance demo built on them): the
   * app always wants them; a test that does not look at parcels skips their ~10 s of work.
   */
  generated?: boolean;
}

export async function seedMissingDatasets(database: Database, store: FeatureStore, options: SeedOptions = {}): Promise<number> {
  const { directory = geodataDirectory, generated = true } = options;
  const loadedIds = new Set((await listDatasets(database.db)).map((dataset) => dataset.id));
  const manifest = (await readManifest(directory)).filter((entry) => !loadedIds.has(entry.id) && (generated || !entry.generator));
  if (manifest.length === 0) return 0;
  const loaded: { entry: ManifestEntry; layer: LayerDefinition | null; features: StoredFeature[] }[] = [];
  let register: PlanRegister | null = null;
  for (const entry of manifest) {
    if (entry.id === PLAN_REGISTER_DATASET) register = await loadPlanRegister(entry, directory);
    if (entry.layer === null || entry.generator === 'clearance-demo') {
      loaded.push({ entry, layer: null, features: [] });
      continue;
    }
    const layer = findLayer(entry.layer);
    if (!layer) throw new SeedError(`Dataset ${entry.id} names an unknown layer "${entry.layer}"`);
    loaded.push({ entry, layer, features: await loadDataset(entry, layer, directory) });
  }
  const now = new Date().toISOString();
  await database.db.transaction().execute(async (trx) => {
    if (register) await insertPlanRegister(trx, register, now);
    for (const { entry, layer, features } of loaded) {
      if (layer) await store.insertMany(layer, features, trx);
      if (entry.generator === 'clearance-demo') await seedClearanceDemo(trx, store, now);
      await insertDataset(trx, {
        id: entry.id,
        layerId: entry.layer,
        file: entry.file,
        source: entry.source,
        license: entry.license,
        crs: entry.crs,
        illustrative: entry.illustrative,
        featureCount: features.length,
      }, now);
    }
  });
  return loaded.reduce((sum, d) => sum + d.features.length, 0);
}
