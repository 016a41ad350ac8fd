/** geojson-validation ships no types: the part of its API we use. */
declare module 'geojson-validation' {
  /** With `trace` true, returns the list of problems (empty when valid). */
  export function valid(geoJson: unknown, trace: true): string[];
  export function valid(geoJson: unknown, trace?: false): boolean;
}
