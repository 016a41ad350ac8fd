/**
 * "Search a place" of the planning page: named features of the layers already loaded (border
 * gates, projects, clearance boundaries, resettlement areas), matched without diacritics so
 * "huu nghi" finds "Hữu Nghị". Pure.
 */
import type { Feature } from 'geojson';
import { representativePoint } from '../../map/tools/anchor-point.ts';

export interface PlaceCandidate {
  key: string;
  name: string;
  layerTitle: string;
  point: [number, number];
}

/** Lower case, no diacritics, đ → d. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().trim();
}

export function placeCandidates(layers: readonly { layerId: string; layerTitle: string; features: readonly Feature[]; name: (feature: Feature) => string | undefined }[]): PlaceCandidate[] {
  const candidates: PlaceCandidate[] = [];
  for (const layer of layers) {
    for (const feature of layer.features) {
      const name = layer.name(feature);
      const point = feature.geometry ? representativePoint(feature.geometry) : undefined;
      if (name && point) candidates.push({ key: `${layer.layerId}:${String(feature.id)}`, name, layerTitle: layer.layerTitle, point });
    }
  }
  return candidates;
}

/** Up to `limit` places whose name holds every word of the query, names starting with it first. */
export function searchPlaces(candidates: readonly PlaceCandidate[], query: string, limit = 8): PlaceCandidate[] {
  const folded = foldText(query);
  if (folded.length < 2) return [];
  const words = folded.split(/\s+/);
  return candidates
    .map((candidate) => ({ candidate, name: foldText(candidate.name) }))
    .filter(({ name }) => words.every((word) => name.includes(word)))
    .sort((a, b) => Number(b.name.startsWith(folded)) - Number(a.name.startsWith(folded)) || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
