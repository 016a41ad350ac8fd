/**
 * VN-2000 coordinate reference systems for Lạng Sơn (REFERENCE.md §1.3). The +towgs84 rotations
 * are in proj4's Position Vector convention: the signs of QĐ 05/2007 (Coordinate Frame) flipped.
 */
import proj4 from 'proj4';

export const EPSG_4326 = 'EPSG:4326';
export const EPSG_4756 = 'EPSG:4756';
/** VN-2000 / TM-3 107°15′: Lạng Sơn's cadastral plane, where areas and lengths are computed. */
export const EPSG_9215 = 'EPSG:9215';
/** VN-2000 / UTM zone 48N. */
export const EPSG_3405 = 'EPSG:3405';

const towgs84 = '+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

export const vn2000Definitions = {
  [EPSG_4756]: `+proj=longlat +ellps=WGS84 ${towgs84} +no_defs`,
  [EPSG_9215]: `+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${towgs84} +units=m +no_defs`,
  [EPSG_3405]: `+proj=utm +zone=48 +ellps=WGS84 ${towgs84} +units=m +no_defs`,
} as const;

for (const [code, definition] of Object.entries(vn2000Definitions)) proj4.defs(code, definition);

/**
 * The other provincial VN-2000 TM-3 meridians (Thông tư 973/2001; EPSG:9205–9218 and 5899, checked
 * with `projinfo`), in degrees east, for imports from neighbouring provinces' surveys.
 */
export const vn2000Tm3Meridians = {
  'EPSG:9205': 103, 'EPSG:9206': 104, 'EPSG:9207': 104.5, 'EPSG:9208': 104.75, 'EPSG:9209': 105.5,
  'EPSG:9210': 105.75, 'EPSG:9211': 106, 'EPSG:9212': 106.25, 'EPSG:9213': 106.5, 'EPSG:9214': 107,
  [EPSG_9215]: 107.25, 'EPSG:9216': 107.5, 'EPSG:9217': 108.25, 'EPSG:9218': 108.5, 'EPSG:5899': 107.75,
} as const;

/** VN-2000 / UTM zone 49N. */
export const EPSG_3406 = 'EPSG:3406';

for (const [code, meridian] of Object.entries(vn2000Tm3Meridians)) {
  if (code !== EPSG_9215) proj4.defs(code, `+proj=tmerc +lat_0=0 +lon_0=${meridian} +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 ${towgs84} +units=m +no_defs`);
}
proj4.defs(EPSG_3406, `+proj=utm +zone=49 +ellps=WGS84 ${towgs84} +units=m +no_defs`);

const toTm3 = proj4(EPSG_4326, EPSG_9215);

/** WGS84 [lon, lat] → VN-2000 TM-3 107°15′ [easting, northing] in metres. */
export function wgs84ToTm3(position: readonly [number, number]): [number, number] {
  const [easting, northing] = toTm3.forward([position[0], position[1]]);
  return [easting as number, northing as number];
}

/** VN-2000 TM-3 107°15′ [easting, northing] in metres → WGS84 [lon, lat]. */
export function tm3ToWgs84(position: readonly [number, number]): [number, number] {
  const [lon, lat] = toTm3.inverse([position[0], position[1]]);
  return [lon as number, lat as number];
}

/** Any registered CRS → any other; positions in that CRS's axis order (x = easting / lon). */
export function transformPosition(from: string, to: string, position: readonly [number, number]): [number, number] {
  const [x, y] = proj4(from, to, [position[0], position[1]]);
  return [x as number, y as number];
}
