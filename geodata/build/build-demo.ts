/**
 * Builds the EZ-GIS demo dataset (geodata/*.geojson + manifest.json) from the real reference data
 * in ../shared/data. Deterministic: the same inputs give byte-identical files.
 *
 *   node --import tsx geodata/build/build-demo.ts      (from the repo root)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Feature, Geometry } from 'geojson';
import { findLayer } from '../../shared/layers/registry.ts';
import { validateFeatureGeometry } from '../../shared/geo/validate-geojson.ts';
import { buildProvinceOutline, buildVietnamLand } from './basemap.ts';
import { buildBorderGates } from './border-gates.ts';
import { buildBorderLine } from './border-line.ts';
import { buildBorderMarkers } from './border-markers.ts';
import { buildCargoLanes } from './cargo-lanes.ts';
import { buildClearanceBoundaries } from './clearance-boundaries.ts';
import { buildCommunes } from './communes.ts';
import { buildLandLots } from './land-lots.ts';
import { manifestEntries, PLAN_REGISTER_ID, type ManifestEntry } from './manifest.ts';
import { buildPlanningZones } from './planning-zones.ts';
import { buildDraft2045Zones, buildLocalAdjustmentZones } from './planning-zone-revisions.ts';
import { buildPlanRegister } from './plan-register.ts';
import { planRegisterSchema } from '../../shared/schemas/plans.ts';
import { buildProjects } from './projects.ts';
import { loadReferenceData } from './reference-data.ts';
import { buildResettlementAreas } from './resettlement-areas.ts';
import { buildRoadCentrelines } from './road-centrelines.ts';

const outputDirectory = new URL('../', import.meta.url);

type AnyFeature = Feature<Geometry, object>;

/** Every feature passes the shared geometry validator and its layer's schema; ids are unique. */
function assertValid(entry: ManifestEntry, features: readonly AnyFeature[]): void {
  const ids = new Set<string>();
  const layer = entry.layer ? findLayer(entry.layer) : undefined;
  if (entry.layer && !layer) throw new Error(`${entry.id}: layer ${entry.layer} is not in the registry`);
  for (const feature of features) {
    const id = String(feature.id);
    if (ids.has(id)) throw new Error(`${entry.id}: duplicate id ${id}`);
    ids.add(id);
    const problems = validateFeatureGeometry(feature);
    if (problems.length > 0) throw new Error(`${entry.id}/${id}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    if (layer) {
      const parsed = layer.schema.safeParse(feature.properties);
      if (!parsed.success) throw new Error(`${entry.id}/${id}: ${parsed.error.message}`);
    }
  }
}

/** One feature per line: readable diffs when the dataset changes. */
function featureCollectionText(features: readonly AnyFeature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((feature) => JSON.stringify(feature)).join(',\n')}\n]}\n`;
}

function main(): void {
  const reference = loadReferenceData();
  const gates = buildBorderGates(reference);
  const lanes = buildCargoLanes(reference);
  const projects = buildProjects(reference, { gates, lanes });
  const zones = buildPlanningZones(reference);
  const localAdjustment = buildLocalAdjustmentZones(zones);
  const register = planRegisterSchema.parse(buildPlanRegister(localAdjustment.areas));
  const clearance = buildClearanceBoundaries(reference, projects);
  const resettlement = buildResettlementAreas(reference);
  const layers: Record<string, readonly AnyFeature[]> = {
    communes: buildCommunes(reference),
    'border-line': buildBorderLine(reference),
    'border-gates': gates,
    'border-markers': buildBorderMarkers(reference),
    'cargo-lanes': lanes,
    'planning-zones': zones,
    'planning-zone-revisions': [...localAdjustment.zones, ...buildDraft2045Zones(zones, projects)],
    projects,
    'land-lots': buildLandLots(reference, { projects, lanes, gates, zones, clearance, resettlement }),
    'clearance-boundaries': clearance,
    'resettlement-areas': resettlement,
    'road-centrelines': buildRoadCentrelines(),
    'basemap-vietnam-land': buildVietnamLand(reference),
    'basemap-langson-province': buildProvinceOutline(reference),
  };
  const manifest = manifestEntries(reference);
  mkdirSync(new URL('basemap/', outputDirectory), { recursive: true });
  for (const entry of manifest) {
    if (entry.id === PLAN_REGISTER_ID) {
      writeFileSync(new URL(entry.file, outputDirectory), `${JSON.stringify(register, null, 1)}\n`);
      console.log(`${entry.file.padEnd(34)} ${String(register.plans.length).padStart(3)} plans`);
      continue;
    }
    if (entry.generator) continue;
    const features = layers[entry.id];
    if (!features) throw new Error(`manifest entry ${entry.id} has no built layer`);
    assertValid(entry, features);
    const text = featureCollectionText(features);
    writeFileSync(new URL(entry.file, outputDirectory), text);
    console.log(`${entry.file.padEnd(34)} ${String(features.length).padStart(3)} features ${(text.length / 1024).toFixed(0).padStart(6)} KiB`);
  }
  writeFileSync(new URL('manifest.json', outputDirectory), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log('manifest.json written');
}

main();
