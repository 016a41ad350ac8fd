/**
 * Polygon clipping for the illustrative layers: keep a shape inside Vietnam and inside its
 * commune, or cut other shapes out of it. Results are split into single polygons.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Polygonal = Polygon | MultiPolygon;

function asFeature(geometry: Polygonal | Feature<Polygonal>): Feature<Polygonal> {
  return geometry.type === 'Feature' ? geometry : turf.feature(geometry);
}

export function polygonParts(geometry: Polygonal | null | undefined): Polygon[] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** The parts of `shape` inside every one of `within`. */
export function clipPolygon(shape: Polygonal, within: readonly (Polygonal | Feature<Polygonal>)[]): Polygon[] {
  let current: Feature<Polygonal> | null = asFeature(shape);
  for (const area of within) {
    if (!current) break;
    current = turf.intersect(turf.featureCollection([current, asFeature(area)]));
  }
  return polygonParts(current?.geometry);
}

/** The parts of `shape` outside all of `holes`. */
export function subtractPolygons(shape: Polygonal, holes: readonly (Polygonal | Feature<Polygonal>)[]): Polygon[] {
  let current: Feature<Polygonal> | null = asFeature(shape);
  for (const hole of holes) {
    if (!current) break;
    current = turf.difference(turf.featureCollection([current, asFeature(hole)]));
  }
  return polygonParts(current?.geometry);
}
