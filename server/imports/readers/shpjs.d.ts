/** The two shpjs parsers the Shapefile reader uses (shpjs ships no types). */
declare module 'shpjs' {
  type Bytes = ArrayBuffer | Uint8Array | DataView;
  /** Geometries of a .shp in file order (null for null shapes); reprojected to WGS84 only when a .prj is passed. */
  export function parseShp(shp: Bytes, prj?: string | false): unknown[];
  /** Rows of a .dbf; `encoding` is a TextDecoder label or .cpg text. */
  export function parseDbf(dbf: Bytes, encoding?: string): Array<Record<string, unknown>>;
}
