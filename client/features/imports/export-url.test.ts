import { describe, expect, it } from 'vitest';
import { exportCrsNames, exportCrsRefusal, exportFileName, exportFormats, exportUrl } from './export-url.ts';

describe('exportUrl', () => {
  it('builds /api/exports/<layer>.<format>?crs=…', () => {
    expect(exportUrl({ layerId: 'land-lots', format: 'shp.zip', crs: 'vn2000' })).toBe('/api/exports/land-lots.shp.zip?crs=vn2000');
    expect(exportUrl({ layerId: 'projects', format: 'gpkg', crs: 'vn2000-utm48' })).toBe('/api/exports/projects.gpkg?crs=vn2000-utm48');
  });

  it('passes the revision shown for planning zones only', () => {
    expect(exportUrl({ layerId: 'planning-zones', format: 'dxf', crs: 'vn2000', revisionId: 'dd-ls-general-2045' })).toBe('/api/exports/planning-zones.dxf?crs=vn2000&revision=dd-ls-general-2045');
    expect(exportUrl({ layerId: 'land-lots', format: 'csv', crs: 'wgs84', revisionId: 'dd-ls-general-2045' })).toBe('/api/exports/land-lots.csv?crs=wgs84');
  });

  it('asks for WGS84 whenever the format is KML', () => {
    expect(exportUrl({ layerId: 'border-gates', format: 'kml', crs: 'vn2000' })).toBe('/api/exports/border-gates.kml?crs=wgs84');
    expect(exportFileName({ layerId: 'border-gates', format: 'kml', crs: 'vn2000' })).toBe('border-gates-wgs84.kml');
  });
});

describe('exportCrsRefusal', () => {
  it('refuses VN-2000 for KML only', () => {
    for (const format of exportFormats) {
      for (const crs of exportCrsNames) {
        expect(exportCrsRefusal(format, crs)).toBe(format === 'kml' && crs !== 'wgs84' ? 'kml-wgs84-only' : null);
      }
    }
  });
});
