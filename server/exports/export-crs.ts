/**
 * The CRSs exports write (shared/schemas/imports.ts exportCrsNames) and what each writer needs of
 * them: the EPSG code, the transform from WGS84 (shared/crs/vn2000.ts), the rounding (metres to
 * the millimetre, degrees to 1e-8 ≈ 1 mm), the ESRI WKT of a shapefile's .prj and the OGC WKT of a
 * GeoPackage's gpkg_spatial_ref_sys. The WKT texts are GDAL 3.6's own
 * (`gdalsrsinfo -o wkt_esri EPSG:9215`, `-o wkt1`), so GDAL and QGIS recognise the EPSG code.
 */
import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { EPSG_3405, EPSG_4326, EPSG_9215 } from '../../shared/crs/vn2000.ts';
import type { ExportCrsName } from '../../shared/schemas/imports.ts';

export interface ExportCrs {
  name: ExportCrsName;
  epsg: 4326 | 9215 | 3405;
  /** For file names and labels. */
  label: string;
  /** Degrees (WGS84) or metres (VN-2000 planes). */
  units: 'degree' | 'metre';
  /** ESRI WKT, as ArcGIS and GDAL write a shapefile's .prj. */
  esriWkt: string;
  /** OGC WKT 1 with authority codes, as GDAL writes gpkg_spatial_ref_sys.definition. */
  ogcWkt: string;
  /** Short name for gpkg_spatial_ref_sys.srs_name. */
  srsName: string;
}

const vn2000GeogEsri = 'GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const vn2000GeogOgc =
  'GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6756"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4756"]]';
const tmParamsOgc = (centralMeridian: string, scale: string) =>
  `PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",${centralMeridian}],PARAMETER["scale_factor",${scale}],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH]`;
const tmParamsEsri = (centralMeridian: string, scale: string) =>
  `PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${centralMeridian}],PARAMETER["Scale_Factor",${scale}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]`;

export const exportCrsByName: Readonly<Record<ExportCrsName, ExportCrs>> = {
  wgs84: {
    name: 'wgs84',
    epsg: 4326,
    label: 'WGS84',
    units: 'degree',
    esriWkt: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
    ogcWkt:
      'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]',
    srsName: 'WGS 84 geodetic',
  },
  vn2000: {
    name: 'vn2000',
    epsg: 9215,
    label: 'VN-2000 TM-3 107°15′',
    units: 'metre',
    esriWkt: `PROJCS["VN-2000_TM-3_107-15",${vn2000GeogEsri},${tmParamsEsri('107.25', '0.9999')}]`,
    ogcWkt: `PROJCS["VN-2000 / TM-3 107-15",${vn2000GeogOgc},${tmParamsOgc('107.25', '0.9999')},AUTHORITY["EPSG","9215"]]`,
    srsName: 'VN-2000 / TM-3 107-15',
  },
  'vn2000-utm48': {
    name: 'vn2000-utm48',
    epsg: 3405,
    label: 'VN-2000 UTM 48N',
    units: 'metre',
    esriWkt: `PROJCS["VN_2000_UTM_Zone_48N",${vn2000GeogEsri},${tmParamsEsri('105.0', '0.9996')}]`,
    ogcWkt: `PROJCS["VN-2000 / UTM zone 48N",${vn2000GeogOgc},${tmParamsOgc('105', '0.9996')},AUTHORITY["EPSG","3405"]]`,
    srsName: 'VN-2000 / UTM zone 48N',
  },
};

const epsgCode: Readonly<Record<ExportCrsName, string>> = { wgs84: EPSG_4326, vn2000: EPSG_9215, 'vn2000-utm48': EPSG_3405 };

/**
 * One proj4 converter per CRS, built once (shared/crs/vn2000.ts registers the definitions on
 * import): proj4(from, to, point) would parse both definitions for every position.
 */
const converters = new Map<ExportCrsName, proj4.Converter>();
function converter(crs: ExportCrsName): proj4.Converter {
  let found = converters.get(crs);
  if (!found) {
    found = proj4(EPSG_4326, epsgCode[crs]);
    converters.set(crs, found);
  }
  return found;
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  // `+ 0` turns −0 into 0 so that files do not carry "-0".
  return Math.round(value * factor) / factor + 0;
};

/** WGS84 [lon, lat] → [x, y] in the export CRS (easting, northing for VN-2000), rounded to ~1 mm. */
export function projectPosition(crs: ExportCrsName, position: Position): [number, number] {
  const lon = position[0] as number;
  const lat = position[1] as number;
  if (crs === 'wgs84') return [round(lon, 8), round(lat, 8)];
  const [x, y] = converter(crs).forward([lon, lat]) as [number, number];
  return [round(x, 3), round(y, 3)];
}

/** A WGS84 geometry in the export CRS (2D: any Z is dropped), rounded as projectPosition. */
export function projectGeometry(crs: ExportCrsName, geometry: Geometry): Geometry {
  const p = (position: Position) => projectPosition(crs, position);
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: p(geometry.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: geometry.coordinates.map(p) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(p) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((line) => line.map(p)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(p)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(p))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => projectGeometry(crs, g)) };
  }
}

/** Signed area of a ring on its own plane (shoelace): positive when counter-clockwise. */
export function ringSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum / 2;
}

/** Unsigned area and centroid of one ring (coordinates shifted to its first vertex for precision). */
function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } | null {
  const ox = ring[0]?.[0];
  const oy = ring[0]?.[1];
  if (ox === undefined || oy === undefined) return null;
  let doubled = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const x0 = (ring[i]![0] as number) - ox;
    const y0 = (ring[i]![1] as number) - oy;
    const x1 = (ring[i + 1]![0] as number) - ox;
    const y1 = (ring[i + 1]![1] as number) - oy;
    const cross = x0 * y1 - x1 * y0;
    doubled += cross;
    sx += (x0 + x1) * cross;
    sy += (y0 + y1) * cross;
  }
  if (doubled === 0) return null;
  return { area: Math.abs(doubled / 2), x: ox + sx / (3 * doubled), y: oy + sy / (3 * doubled) };
}

/**
 * A label point on the geometry's own plane: the area-weighted centroid of polygons (holes
 * subtracted), the length-weighted midpoint of lines, the mean of points. Null for empty geometry.
 */
export function labelPoint(geometry: Geometry): [number, number] | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  if (polygons.length > 0) {
    let weight = 0;
    let cx = 0;
    let cy = 0;
    for (const polygon of polygons) {
      polygon.forEach((ring, index) => {
        const centre = ringCentroid(ring);
        if (!centre) return;
        // Outer rings count positive, holes negative, whatever their winding.
        const w = index === 0 ? centre.area : -centre.area;
        weight += w;
        cx += centre.x * w;
        cy += centre.y * w;
      });
    }
    if (weight > 0) return [cx / weight, cy / weight];
  }
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : polygons.flat();
  let length = 0;
  let lx = 0;
  let ly = 0;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [x0, y0] = line[i] as [number, number];
      const [x1, y1] = line[i + 1] as [number, number];
      const segment = Math.hypot(x1 - x0, y1 - y0);
      length += segment;
      lx += ((x0 + x1) / 2) * segment;
      ly += ((y0 + y1) / 2) * segment;
    }
  }
  if (length > 0) return [lx / length, ly / length];
  const points: Position[] =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'MultiPoint' ? geometry.coordinates : geometry.type === 'GeometryCollection' ? geometry.geometries.flatMap((g) => (labelPoint(g) ? [labelPoint(g) as Position] : [])) : lines.flat();
  if (points.length === 0) return null;
  return [points.reduce((s, q) => s + (q[0] as number), 0) / points.length, points.reduce((s, q) => s + (q[1] as number), 0) / points.length];
}
