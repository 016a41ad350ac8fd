/** Where a popup points for a feature. Pure; [lon, lat] in WGS84 degrees. */
import type { Geometry, Position } from 'geojson';
import { geometryBBox } from '../../../shared/geo/bbox.ts';

function position(p: Position | undefined): [number, number] | undefined {
  const lon = p?.[0];
  const lat = p?.[1];
  return lon === undefined || lat === undefined ? undefined : [lon, lat];
}

/** A point feature's own position, so a popup opened by a click sits on the symbol; else undefined. */
export function anchorPoint(geometry: Geometry): [number, number] | undefined {
  return geometry.type === 'Point' ? position(geometry.coordinates) : undefined;
}

/**
 * A point to anchor a popup when there is no click (a link naming the feature): the point itself,
 * a line's middle vertex, an area's bounding-box centre.
 */
export function representativePoint(geometry: Geometry): [number, number] | undefined {
  switch (geometry.type) {
    case 'Point':
      return position(geometry.coordinates);
    case 'MultiPoint':
      return position(geometry.coordinates[0]);
    case 'LineString':
      return position(geometry.coordinates[Math.floor(geometry.coordinates.length / 2)]);
    case 'MultiLineString': {
      const line = geometry.coordinates[0] ?? [];
      return position(line[Math.floor(line.length / 2)]);
    }
    default: {
      const [west, south, east, north] = geometryBBox(geometry);
      return Number.isFinite(west) ? [(west + east) / 2, (south + north) / 2] : undefined;
    }
  }
}
