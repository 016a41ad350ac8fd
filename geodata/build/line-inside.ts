/** Checks that an illustrative line stays inside a set of areas (sampled every 10 m). */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';

export function assertLineInside(id: string, line: LineString, areas: readonly Feature<Polygon | MultiPolygon>[], options: { exceptLastMetres?: number } = {}): void {
  const length = turf.length(turf.feature(line), { units: 'meters' });
  const until = length - (options.exceptLastMetres ?? 0);
  for (let metres = 0; metres <= until; metres += 10) {
    const point = turf.along(line, Math.min(metres, until), { units: 'meters' });
    const outside = areas.find((area) => !turf.booleanPointInPolygon(point, area));
    if (outside) throw new Error(`${id}: leaves ${String(outside.properties?.name ?? 'an area')} ${Math.round(metres)} m from its start`);
  }
}
