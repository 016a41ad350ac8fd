/**
 * GET /api/exports/{layer}.{format} over real HTTP on both engines: filtered lots equal lots.list,
 * every layer's count equals the store's, the public redaction holds, parcels stay with staff,
 * mistakes are 4xx naming the parameter, CSV cells cannot become formulas.
 */
import { unzipSync } from 'fflate';
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLayer, layers } from '../../shared/layers/registry.ts';
import { exportFormats } from '../../shared/schemas/imports.ts';
import { planningZoneProperties } from '../../shared/schemas/layer-properties.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { resolveZoneRevision } from '../features/plans/zone-revision.ts';
import { asOfDay } from '../features/projects/projects.service.ts';
import { isApprovedStage } from '../../shared/domain/plans.ts';
import { exportCrsByName } from './export-crs.ts';
import { exportTextChunks, writeExport } from './exports-route.ts';

interface Collection {
  crs?: unknown;
  features: { id: string; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[];
}

const square = (lon: number, lat: number): Polygon => {
  const d = 0.001;
  return { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] };
};

/** Records in a DBF: the little-endian count at byte 4. */
const dbfCount = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);

describe.each(testEngines)('exports on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine);
  });
  afterAll(async () => app?.close());

  const get = (path: string, cookie?: string) => fetch(`${app.baseUrl}/api/exports/${path}`, cookie ? { headers: { Cookie: cookie } } : {});

  describe.skipIf(engine.skipReason !== null)('', () => {
    it('exports the lots the portal lists for the same filters, in its order', async () => {
      const query = 'landUse=DAT_SX_Congnghiep&status=available&areaHaMin=2&sort=area-desc';
      const list = await app.caller.lots.list({ landUse: ['DAT_SX_Congnghiep'], status: ['available'], areaHa: { min: 2 }, sort: 'area-desc', limit: 200 });
      expect(list.total).toBeGreaterThan(1);
      const response = await get(`land-lots.geojson?${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="ezgis-land-lots-${asOfDay(app.deps, undefined)}-wgs84.geojson"`);
      const collection = (await response.json()) as Collection;
      expect(collection.features.map((f) => f.id)).toEqual(list.items.map((l) => l.id));
      expect(collection).not.toHaveProperty('crs');

      const zipped = await get(`land-lots.shp.zip?${query}&crs=vn2000`);
      expect(zipped.status).toBe(200);
      expect(zipped.headers.get('content-disposition')).toMatch(/filename="ezgis-land-lots-\d{4}-\d{2}-\d{2}-vn2000\.shp\.zip"/);
      const files = unzipSync(new Uint8Array(await zipped.arrayBuffer()));
      expect(Object.keys(files).sort()).toEqual(['land_lots.cpg', 'land_lots.dbf', 'land_lots.prj', 'land_lots.shp', 'land_lots.shx']);
      expect(new TextDecoder().decode(files['land_lots.prj'])).toBe(exportCrsByName.vn2000.esriWkt);
      expect(new TextDecoder().decode(files['land_lots.cpg'])).toBe('UTF-8');
      expect(dbfCount(files['land_lots.dbf']!)).toBe(list.total);
    });

    it('gives each layer the anonymous public sees with the count the store holds', async () => {
      const publicRevision = await resolveZoneRevision(app.deps, {}, 'public');
      for (const layer of layers.filter((l) => l.public && l.id !== 'parcels')) {
        const { numberMatched } = await app.deps.features.query(layer, { limit: 1, offset: 0, ...(layer.id === 'planning-zones' && publicRevision ? { filters: { revisionId: publicRevision } } : {}) });
        const response = await get(`${layer.id}.geojson`);
        expect(response.status, layer.id).toBe(200);
        expect(response.headers.get('x-feature-count'), layer.id).toBe(String(numberMatched));
        expect(((await response.json()) as Collection).features.length, layer.id).toBe(numberMatched);
      }
    });

    it.each(exportFormats.map((f) => [f]))('writes projects (points, lines, polygons) as %s in VN-2000, KML in WGS84', async (format) => {
      const crs = format === 'kml' ? 'wgs84' : 'vn2000';
      const response = await get(`projects.${format}?crs=${crs}`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.byteLength).toBeGreaterThan(200);
      const { numberMatched } = await app.deps.features.query(findLayer('projects')!, { limit: 1, offset: 0 });
      expect(response.headers.get('x-feature-count')).toBe(String(numberMatched));
      expect(response.headers.get('x-crs')).toBe(crs === 'wgs84' ? 'EPSG:4326' : 'EPSG:9215');
      if (format === 'geojson') {
        const collection = JSON.parse(new TextDecoder().decode(bytes)) as Collection;
        expect(collection.crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9215' } });
        // Metres on the TM-3 plane, the API's property names, today's derived status.
        expect(JSON.stringify(collection.features[0]!.geometry.coordinates)).toMatch(/^\[*\d{6}\.?\d{0,3},\d{7}\.?\d{0,3}/);
        expect(collection.features[0]!.properties).toHaveProperty('derivedStatus');
      }
      if (format === 'shp.zip') {
        const names = Object.keys(unzipSync(bytes));
        expect(names.filter((n) => n.endsWith('.shp')).length).toBeGreaterThan(1);
        expect(names.every((n) => /^projects_(diem|duong|vung|da_diem)\.(shp|shx|dbf|prj|cpg)$/.test(n))).toBe(true);
      }
      if (format === 'gpkg') expect(new TextDecoder().decode(bytes.slice(0, 15))).toBe('SQLite format 3');
      if (format === 'csv') expect(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[0]).toMatch(/^"id","ten_du_an",.*"WKT","x_northing_vn2000","y_easting_vn2000"$/);
      if (format === 'kml') expect(new TextDecoder().decode(bytes)).toContain('<SimpleField name="ten_du_an" type="string">');
      if (format === 'dxf') expect(new TextDecoder().decode(bytes)).toContain('MTEXT');
    });

    it('streams the same text the pure writers give', async () => {
      const layer = findLayer('land-lots')!;
      const { features } = await app.deps.features.query(layer, { limit: 1000, offset: 0 });
      for (const format of ['geojson', 'csv', 'kml'] as const) {
        for (const crs of format === 'kml' ? (['wgs84'] as const) : (['wgs84', 'vn2000', 'vn2000-utm48'] as const)) {
          const streamed = [...exportTextChunks(layer, format, features, crs)].join('');
          expect(streamed, `${format} ${crs}`).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(writeExport(layer, format, features, crs)));
        }
      }
    });

    it('keeps parcels to Board staff: 401 anonymous, 403 for a commune account, 200 for staff', async () => {
      const anonymous = await get('parcels.gpkg');
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
      const commune = await get('parcels.csv', await app.login('xa-dong-dang'));
      expect(commune.status).toBe(403);
      expect(((await commune.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
      const staff = await get('parcels.geojson', await app.login('officer'));
      expect(staff.status).toBe(200);
    });

    it('applies the public redaction: defence land keeps no details, and a filter cannot find it by them', async () => {
      const zones = findLayer('planning-zones')!;
      const revisionId = await resolveZoneRevision(app.deps, {}, 'public');
      expect(revisionId).not.toBeNull();
      const secret = {
        type: 'Feature' as const,
        id: 'export-fixture-defence',
        geometry: square(106.71, 21.96),
        properties: planningZoneProperties.parse({
          zoneCode: 'QP-EXPORT', name: 'Trận địa thử nghiệm', landUse: 'DAT_Quocphong', planId: 'plan-general', revisionId, commune: 'Đồng Đăng', areaHa: 4.2,
          floorsMax: 2, source: 'Test fixture (not real data)', illustrative: true,
        }),
      };
      await app.deps.features.insertMany(zones, [secret]);
      try {
        for (const format of ['geojson', 'csv', 'kml', 'dxf'] as const) {
          const text = await (await get(`planning-zones.${format}`)).text();
          expect(text, format).not.toContain('QP-EXPORT');
          expect(text, format).not.toContain('Trận địa');
        }
        const filtered = (await (await get('planning-zones.geojson?zoneCode=QP-EXPORT')).json()) as Collection;
        expect(filtered.features).toHaveLength(0);
        const staff = (await (await get('planning-zones.geojson?zoneCode=QP-EXPORT', await app.login('planner'))).json()) as Collection;
        expect(staff.features.map((f) => f.id)).toEqual(['export-fixture-defence']);
      } finally {
        await app.deps.database.db.transaction().execute(async (trx) => {
          await trx.deleteFrom('planning_zones' as never).where('id' as never, '=', 'export-fixture-defence' as never).execute();
        });
      }
    });

    it('exports the zones of a plan revision by revision=, drafts only to staff', async () => {
      const zones = findLayer('planning-zones')!;
      const revisions = await app.deps.database.db.selectFrom('plan_revisions').select(['id', 'stage']).execute();
      const approved = revisions.find((r) => isApprovedStage(r.stage));
      const draft = revisions.find((r) => !isApprovedStage(r.stage));
      expect(approved && draft).toBeTruthy();
      for (const revision of [approved!, draft!]) {
        const { numberMatched } = await app.deps.features.query(zones, { limit: 1, offset: 0, filters: { revisionId: revision.id } });
        const staff = await get(`planning-zones.gpkg?revision=${revision.id}&crs=vn2000`, await app.login('planner'));
        expect(staff.status).toBe(200);
        expect(staff.headers.get('x-feature-count')).toBe(String(numberMatched));
        const anonymous = await get(`planning-zones.csv?revision=${revision.id}`);
        expect(anonymous.status, revision.stage).toBe(revision === approved ? 200 : 404);
      }
    });

    it('keeps CSV cells from becoming spreadsheet formulas', async () => {
      const layer = findLayer('land-lots')!;
      const lot = (await app.deps.features.get(layer, 'lot-hp-cn-01'))!;
      await app.deps.database.db.transaction().execute((trx) =>
        app.deps.features.updateProperties(layer, lot.id, { ...lot.properties, note: '=HYPERLINK("http://evil.example","x")', contact: '@SUM(1+1)', parkName: '+cmd|calc' }, trx),
      );
      try {
        const text = await (await get('land-lots.csv?park=kcn-hong-phong&crs=vn2000-utm48')).text();
        const row = text.split('\r\n').find((line) => line.startsWith('"lot-hp-cn-01"'))!;
        expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
        expect(row).toContain(`"'@SUM(1+1)"`);
        expect(row).toContain(`"'+cmd|calc"`);
        expect(row).not.toMatch(/(^|,)"[=+@]/);
      } finally {
        await app.deps.database.db.transaction().execute((trx) => app.deps.features.updateProperties(layer, lot.id, lot.properties, trx));
      }
    });

    it('filters any layer by bbox and by its properties', async () => {
      const all = (await (await get('border-gates.geojson')).json()) as Collection;
      const kind = String(all.features[0]!.properties.kind);
      const byKind = (await (await get(`border-gates.geojson?kind=${kind}`)).json()) as Collection;
      expect(byKind.features.length).toBe(all.features.filter((f) => f.properties.kind === kind).length);
      const empty = (await (await get('border-gates.geojson?bbox=100,10,100.1,10.1')).json()) as Collection;
      expect(empty.features).toHaveLength(0);
    });

    it.each([
      ['land-lots.xlsx', 400, 'format'],
      ['land-lots', 400, 'format'],
      ['land-lots.geojson?crs=EPSG:9215', 400, 'crs'],
      ['land-lots.kml?crs=vn2000', 400, 'crs'],
      ['land-lots.csv?crs=wgs84&crs=vn2000', 400, 'crs'],
      ['land-lots.csv?areaHaMin=abc', 400, 'areaHaMin'],
      ['land-lots.csv?colour=red', 400, 'colour'],
      ['communes.gpkg?colour=red', 400, 'colour'],
      ['communes.gpkg?bbox=1,2,3', 400, 'bbox'],
      ['planning-zones.geojson?revision=no-such-revision', 404, 'revision'],
      ['no-such-layer.geojson', 404, undefined],
    ])('answers %s with %i naming %s', async (path, status, field) => {
      const response = await get(path);
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string; field?: string } };
      expect(body.error.message.length).toBeGreaterThan(5);
      if (field) expect(body.error.field).toBe(field);
    });
  });
});
