/**
 * Lạng Sơn province's extent (geodata/basemap/langson-province.geojson; EPSG:9215's area of use is
 * the same 21.32–22.47 N, 106.09–107.37 E) and the margin an import may stray beyond it.
 */
import type { BBox } from './bbox.ts';

export const langSonProvinceBBox: BBox = [106.093722, 21.324301, 107.362807, 22.460922];

/** About 5 km: surveys of works on the border or the province line reach a little past it. */
export const IMPORT_AREA_MARGIN_DEGREES = 0.05;

/** Where imported coordinates must lie: the province's bbox widened by the margin. */
export const importArea: BBox = [
  langSonProvinceBBox[0] - IMPORT_AREA_MARGIN_DEGREES,
  langSonProvinceBBox[1] - IMPORT_AREA_MARGIN_DEGREES,
  langSonProvinceBBox[2] + IMPORT_AREA_MARGIN_DEGREES,
  langSonProvinceBBox[3] + IMPORT_AREA_MARGIN_DEGREES,
];

export function insideBBox(box: BBox, lon: number, lat: number): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
