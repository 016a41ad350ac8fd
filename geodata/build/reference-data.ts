/**
 * The real reference data the demo dataset is built on (../shared/data beside the repo, see its
 * README): the OSM Vietnam–China border and land polygon, and the 2025 commune outlines.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, MultiPolygon } from 'geojson';

/** /work/shared/data/ when this file is /work/main/geodata/build/reference-data.ts. */
export const referenceDataDirectory = new URL('../../../shared/data/', import.meta.url);

export interface OsmProperties {
  name: string;
  source: string;
  license: string;
  attribution: string;
}

export interface RawCommuneProperties {
  code: string;
  name: string;
  kind: 'commune' | 'ward';
  formed_from: string;
}

export interface CommuneDatasetMetadata {
  source: string;
  license: string;
}

export interface ReferenceData {
  borderLines: Feature<LineString, OsmProperties>[];
  vietnamLand: Feature<MultiPolygon, OsmProperties>;
  communes: Feature<MultiPolygon, RawCommuneProperties>[];
  communeMetadata: CommuneDatasetMetadata;
  province: Feature<MultiPolygon, { name: string; matinh: string }>;
}

/** The land clip carries empty and degenerate parts left by clipping: drop them. */
function withoutEmptyParts<T extends Feature<MultiPolygon, OsmProperties> | undefined>(feature: T): T {
  if (!feature) return feature;
  const coordinates = feature.geometry.coordinates
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  return { ...feature, geometry: { type: 'MultiPolygon', coordinates } };
}

function readJson<T>(fileName: string): T {
  return JSON.parse(readFileSync(new URL(fileName, referenceDataDirectory), 'utf8')) as T;
}

export function loadReferenceData(): ReferenceData {
  const border = readJson<FeatureCollection<LineString, OsmProperties>>('vn-cn-border.geojson');
  const land = readJson<FeatureCollection<MultiPolygon, OsmProperties>>('vietnam-land-clip.geojson');
  const communes = readJson<FeatureCollection<MultiPolygon, RawCommuneProperties> & { metadata: CommuneDatasetMetadata }>(
    'langson-communes-2025.geojson',
  );
  const province = readJson<FeatureCollection<MultiPolygon, { name: string; matinh: string }>>('langson-province.geojson');
  const vietnamLand = withoutEmptyParts(land.features[0]);
  const provinceOutline = province.features[0];
  if (!vietnamLand || !provinceOutline) throw new Error('reference data: land or province polygon missing');
  if (border.features.length !== 2) throw new Error(`reference data: expected 2 border lines, found ${border.features.length}`);
  if (communes.features.length !== 65) throw new Error(`reference data: expected 65 communes, found ${communes.features.length}`);
  return {
    borderLines: border.features,
    vietnamLand,
    communes: communes.features,
    communeMetadata: communes.metadata,
    province: provinceOutline,
  };
}


/** A commune outline by its 2025 name (names are unique within Lạng Sơn's 65 units). */
export function communeByName(reference: ReferenceData, name: string): Feature<MultiPolygon, RawCommuneProperties> {
  const matches = reference.communes.filter((commune) => commune.properties.name === name);
  const [commune] = matches;
  if (!commune || matches.length !== 1) throw new Error(`reference data: ${matches.length} communes named "${name}"`);
  return commune;
}

/** Segment 2 of the border: from 22.47 N, 106.57 E south-east to 21.60 N, 107.59 E — every gate of the zone lies on it. */
export function mainBorderLine(reference: ReferenceData): Feature<LineString, OsmProperties> {
  const line = reference.borderLines[1];
  if (!line) throw new Error('reference data: border segment 2 missing');
  return line;
}
