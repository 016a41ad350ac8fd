import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import vectors from '../../../shared/crs/vn2000-vectors.json' with { type: 'json' };
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { areaSquareMeters } from '../../../shared/geo/area-square-meters.ts';
import { tm3ToWgs84, wgs84ToTm3 } from '../../../shared/crs/vn2000.ts';
import { overdueStep, parcelStages } from '../../../shared/domain/clearance-schedule.ts';
import type { ParcelProperties } from '../../../shared/schemas/layer-properties.ts';
import type { UpdateBoundaryGeometryInput } from '../../../shared/schemas/clearance.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { snapshotAccounts } from '../../test-support/db-snapshot.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';

const parcelLayer = findLayer('parcels') as LayerDefinition;
const boundaryLayer = findLayer('clearance-boundaries') as LayerDefinition;
const communeLayer = findLayer('communes') as LayerDefinition;
const cargoRoad = 'clearance-cargo-road-1119-1120';
const internalRoad = 'clearance-huu-nghi-internal-road';
const tanThanhRoad = 'clearance-cargo-road-1088-2-1089';
const MILLIMETRE = 0.001;

/** GeoJSON positions as the input schema types them ([lon, lat] tuples). */
function asInput(geometry: Polygon | MultiPolygon): UpdateBoundaryGeometryInput['geometry'] {
  return geometry as unknown as UpdateBoundaryGeometryInput['geometry'];
}

describe.each(testEngines)('site clearance on $engine', (engine) => {
  let app: TestApp;
  let dongDang: Caller;
  let hoangVanThu: Caller;
  let officer: Caller;
  let planner: Caller;

  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine, { parcels: true });
    dongDang = app.callerAs(await app.user('xa-dong-dang'));
    hoangVanThu = app.callerAs(await app.user('xa-hoang-van-thu'));
    officer = app.callerAs(await app.user('officer'));
    planner = app.callerAs(await app.user('planner'));
    // Stage dates are checked against "today": the demo's dates run to 20 Nov 2026.
    app.clock.set('2026-11-26T03:00:00Z');
  });
  afterAll(async () => app?.close());

  /** Live clearance rows straight from the table. */
  async function rows(boundaryId: string) {
    return app.deps.database.db.selectFrom('clearance_parcels').selectAll().where('boundary_id', '=', boundaryId).where('deleted_at', 'is', null).orderBy('parcel_id').execute();
  }

  /** A parcel of a boundary at `stage`, with households. */
  async function parcelAt(boundaryId: string, stage: string) {
    const row = (await rows(boundaryId)).find((r) => r.stage === stage);
    if (!row) throw new Error(`no parcel at ${stage} in ${boundaryId}`);
    return row;
  }

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    describe('affected parcels', () => {
      it('stores, for each boundary, the parcels it takes with the area computed by intersection on the VN-2000 plane', async () => {
        const boundary = await app.deps.features.get(boundaryLayer, cargoRoad);
        const stored = await rows(cargoRoad);
        expect(stored.length).toBeGreaterThan(50);
        const shape = turf.feature(boundary?.geometry as Polygon);
        for (const row of stored.filter((_, i) => i % 7 === 0)) {
          const parcel = await app.deps.features.get(parcelLayer, row.parcel_id);
          const shared = turf.intersect(turf.featureCollection([turf.feature(parcel?.geometry as Polygon), shape]));
          const expected = shared ? areaSquareMeters(shared.geometry) : 0;
          // 0.1 m² rounding, and straight edges on the plane (SQLite) vs in WGS84 (PostGIS).
          expect(Math.abs(Number(row.affected_area_m2) - expected), row.parcel_id).toBeLessThan(0.2);
          expect(Number(row.remaining_area_m2)).toBeCloseTo(Math.max(0, (parcel?.properties as ParcelProperties).areaM2 - Number(row.affected_area_m2)), 1);
        }
        const total = stored.reduce((sum, r) => sum + Number(r.affected_area_m2), 0);
        expect(total).toBeLessThanOrEqual(areaSquareMeters(boundary?.geometry as Polygon) + 1);
      });

      it('keeps parcels of Đồng Đăng in Đồng Đăng boundaries and of Hoàng Văn Thụ in theirs', async () => {
        expect((await rows(cargoRoad)).every((r) => r.commune_code === '11.1806')).toBe(true);
        expect((await rows(tanThanhRoad)).every((r) => r.commune_code === '11.1827')).toBe(true);
      });
    });

    describe('clearance.checkPlace', () => {
      it('finds a parcel by former commune code, sheet and number, with the boundaries it lies in', async () => {
        const row = await parcelAt(cargoRoad, 'plan-approved');
        const result = await dongDang.clearance.checkPlace({ formerCommuneCode: row.former_commune_code, sheet: Number(row.sheet), parcel: Number(row.parcel_number) });
        expect(result.parcel).toMatchObject({ id: row.parcel_id, sheet: Number(row.sheet), parcelNumber: Number(row.parcel_number), communeCode: '11.1806' });
        expect(result.boundaries).toEqual([
          expect.objectContaining({ id: cargoRoad, affectedAreaM2: Number(row.affected_area_m2), remainingAreaM2: Number(row.remaining_area_m2), parcelStage: 'plan-approved' }),
        ]);
        // Both coordinate forms name the same place, to the millimetre.
        const [easting, northing] = wgs84ToTm3(result.wgs84);
        expect(Math.abs(northing - result.vn2000.x)).toBeLessThan(MILLIMETRE);
        expect(Math.abs(easting - result.vn2000.y)).toBeLessThan(MILLIMETRE);
        expect(turf.booleanPointInPolygon(result.wgs84, result.parcel?.geometry as Polygon)).toBe(true);
      });

      it('finds the same parcel by a WGS84 point and by VN-2000 X (northing) / Y (easting)', async () => {
        const row = await parcelAt(cargoRoad, 'plan-approved');
        const byKey = await dongDang.clearance.checkPlace({ formerCommuneCode: row.former_commune_code, sheet: Number(row.sheet), parcel: Number(row.parcel_number) });
        const byPoint = await dongDang.clearance.checkPlace({ lon: byKey.wgs84[0], lat: byKey.wgs84[1] });
        const byVn2000 = await dongDang.clearance.checkPlace({ x: byKey.vn2000.x, y: byKey.vn2000.y });
        expect(byPoint.parcel?.id).toBe(row.parcel_id);
        expect(byVn2000.parcel?.id).toBe(row.parcel_id);
        expect(byVn2000.boundaries.map((b) => b.id)).toEqual([cargoRoad]);
      });

      it('converts VN-2000 X/Y as the PROJ test vectors do, within 1 mm', async () => {
        for (const point of vectors.points) {
          const { X_northing_m: x, Y_easting_m: y } = point.vn2000_tm3_107_15_epsg9215.vn_survey_notation;
          const exact = { x: point.vn2000_tm3_107_15_epsg9215.northing_m, y: point.vn2000_tm3_107_15_epsg9215.easting_m };
          const result = await app.caller.clearance.checkPlace({ x: exact.x, y: exact.y });
          expect(Math.abs(result.vn2000.x - exact.x), point.id).toBeLessThan(MILLIMETRE);
          expect(Math.abs(result.vn2000.y - exact.y), point.id).toBeLessThan(MILLIMETRE);
          expect(Math.abs(result.wgs84[0] - point.wgs84_epsg4326.lon)).toBeLessThan(1e-7);
          expect(Math.abs(result.wgs84[1] - point.wgs84_epsg4326.lat)).toBeLessThan(1e-7);
          expect(Math.abs(x - exact.x) + Math.abs(y - exact.y)).toBeLessThan(0.01);
        }
      });

      it('refuses swapped X and Y with a reason', async () => {
        const point = vectors.points[0]!.vn2000_tm3_107_15_epsg9215;
        const error = await trpcFailure(app.caller.clearance.checkPlace({ x: point.easting_m, y: point.northing_m }));
        expect(error.code).toBe('BAD_REQUEST');
        expect(error.message).toContain('swapped');
      });

      it('answers NOT_FOUND for a parcel number that does not exist', async () => {
        const error = await trpcFailure(app.caller.clearance.checkPlace({ formerCommuneCode: '11.1806.1', sheet: 1, parcel: 999_999 }));
        expect(error.code).toBe('NOT_FOUND');
      });
    });

    describe('stages', () => {
      it('moves a parcel one stage forward with its date, keeps history, and the dashboard follows', async () => {
        const row = await parcelAt(cargoRoad, 'plan-approved');
        const before = await dongDang.clearance.dashboard({ boundaryId: cargoRoad });
        const updated = await dongDang.clearance.updateParcel({ boundaryId: cargoRoad, parcelId: row.parcel_id, stage: 'recovery-decided', stageDate: '2026-11-24', note: 'QĐ thu hồi đã ban hành' });
        expect(updated).toMatchObject({ stage: 'recovery-decided', nextStage: 'paid', stageDates: expect.objectContaining({ 'recovery-decided': '2026-11-24' }) });
        expect(updated.history.at(-1)).toMatchObject({ actorUsername: 'xa-dong-dang', changes: { stage: { from: 'plan-approved', to: 'recovery-decided' } } });
        const after = await dongDang.clearance.dashboard({ boundaryId: cargoRoad });
        const count = (d: typeof before, stage: string) => d.byStage.find((s) => s.stage === stage)?.parcels;
        expect(count(after, 'plan-approved')).toBe((count(before, 'plan-approved') ?? 0) - 1);
        expect(count(after, 'recovery-decided')).toBe((count(before, 'recovery-decided') ?? 0) + 1);
      });

      it('refuses skipping a stage, going back, a missing date and a future date, changing nothing', async () => {
        const row = await parcelAt(cargoRoad, 'plan-approved');
        const base = { boundaryId: cargoRoad, parcelId: row.parcel_id, note: 'test' };
        const before = await snapshotAccounts(app.deps.database.db);
        for (const [input, field] of [
          [{ ...base, stage: 'paid', stageDate: '2026-11-20' }, 'stage'],
          [{ ...base, stage: 'inventoried', stageDate: '2026-11-20' }, 'stage'],
          [{ ...base, stage: 'recovery-decided' }, 'stageDate'],
          [{ ...base, stage: 'recovery-decided', stageDate: '2026-12-30' }, 'stageDate'],
        ] as const) {
          const error = await trpcFailure(dongDang.clearance.updateParcel(input));
          expect(error.code).toBe('BAD_REQUEST');
          expect(error.message.startsWith(field)).toBe(true);
        }
        expect(await snapshotAccounts(app.deps.database.db)).toEqual(before);
      });
    });

    describe('commune scoping', () => {
      it('refuses xã Đồng Đăng editing a parcel of xã Hoàng Văn Thụ, with a readable message, changing nothing', async () => {
        const row = (await rows(tanThanhRoad))[0]!;
        const before = await snapshotAccounts(app.deps.database.db);
        const error = await trpcFailure(dongDang.clearance.updateParcel({ boundaryId: tanThanhRoad, parcelId: row.parcel_id, complaint: true, note: 'should fail' }));
        expect(error.code).toBe('FORBIDDEN');
        expect(error.message).toContain('xã, phường khác');
        expect(error.message).toContain('another commune');
        expect(await snapshotAccounts(app.deps.database.db)).toEqual(before);
      });

      it('lets xã Hoàng Văn Thụ edit its own parcel', async () => {
        const row = (await rows(tanThanhRoad))[0]!;
        const updated = await hoangVanThu.clearance.updateParcel({ boundaryId: tanThanhRoad, parcelId: row.parcel_id, complaint: true, complaintNote: 'Đề nghị xem lại ranh thửa', note: 'Hộ gửi đơn' });
        expect(updated.complaint).toBe(true);
      });

      it('refuses a commune the parcel list and the export of another commune', async () => {
        expect((await trpcFailure(dongDang.clearance.parcels({ boundaryId: tanThanhRoad }))).code).toBe('FORBIDDEN');
        const cookie = await app.login('xa-dong-dang');
        const response = await fetch(`${app.baseUrl}/api/clearance/boundaries/${tanThanhRoad}/parcels.csv`, { headers: { cookie } });
        expect(response.status).toBe(403);
        expect((await response.json()).error.code).toBe('FORBIDDEN');
      });

      it('lists a commune only its own boundaries', async () => {
        const own = await dongDang.clearance.boundaries();
        expect(own.map((b) => b.id).sort()).toEqual([cargoRoad, internalRoad]);
        expect(own.every((b) => b.access.edit && b.access.households)).toBe(true);
        expect((await app.caller.clearance.boundaries()).length).toBe(4);
      });

      it('refuses the planner any change', async () => {
        const row = await parcelAt(cargoRoad, 'plan-approved');
        expect((await trpcFailure(planner.clearance.updateParcel({ boundaryId: cargoRoad, parcelId: row.parcel_id, complaint: true, note: 'x' }))).code).toBe('FORBIDDEN');
      });
    });

    describe('boundary geometry', () => {
      /** A 20 m square straddling the edge of xã Đồng Đăng, reaching `outsideMetres` past it. */
      async function squareOnCommuneEdge(outsideMetres: number): Promise<Polygon> {
        const { features } = await app.deps.features.query(communeLayer, { limit: 100, offset: 0 });
        const commune = features.find((f) => f.properties.code === '11.1806')!.geometry as Polygon | MultiPolygon;
        const ring = (commune.type === 'Polygon' ? commune.coordinates[0] : commune.coordinates[0]![0])!.map((p: Position) => wgs84ToTm3([p[0] as number, p[1] as number]));
        for (let i = 0; i + 1 < ring.length; i++) {
          const [a, b] = [ring[i]!, ring[i + 1]!];
          const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
          if (length < 80) continue;
          const along: [number, number] = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
          const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
          let inward: [number, number] = [-along[1], along[0]];
          const probe = tm3ToWgs84([mid[0] + inward[0] * 5, mid[1] + inward[1] * 5]);
          if (!turf.booleanPointInPolygon(probe, commune)) inward = [along[1], -along[0]];
          const centre: [number, number] = [mid[0] + inward[0] * (10 - outsideMetres), mid[1] + inward[1] * (10 - outsideMetres)];
          const corner = (s: number, t: number): Position => tm3ToWgs84([centre[0] + along[0] * s * 10 + inward[0] * t * 10, centre[1] + along[1] * s * 10 + inward[1] * t * 10]);
          const square = turf.polygon([[corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1), corner(-1, -1)]]);
          // The whole square must meet only this edge: its inner part inside the commune.
          if (!turf.booleanPointInPolygon(tm3ToWgs84([centre[0] + inward[0] * 9, centre[1] + inward[1] * 9]), commune)) continue;
          return (turf.rewind(square) as Feature<Polygon>).geometry;
        }
        throw new Error('no long straight edge');
      }

      it('accepts a geometry within 0.5 m of the commune and refuses one 2 m outside with the reason, changing nothing', async () => {
        const accepted = await officer.clearance.updateBoundaryGeometry({ boundaryId: internalRoad, geometry: asInput(await squareOnCommuneEdge(0.3)), note: 'thử dung sai' });
        expect(accepted.history.at(-1)?.note).toBe('thử dung sai');
        const before = await snapshotAccounts(app.deps.database.db);
        const error = await trpcFailure(dongDang.clearance.updateBoundaryGeometry({ boundaryId: internalRoad, geometry: asInput(await squareOnCommuneEdge(2)), note: 'quá ranh' }));
        expect(error.code).toBe('BAD_REQUEST');
        expect(error.message).toMatch(/leaves Đồng Đăng by 2\.\d m \(0\.5 m allowed\)/);
        expect(await snapshotAccounts(app.deps.database.db)).toEqual(before);
      });

      it('recomputes the affected parcels in the same change and keeps the old geometry and stages', async () => {
        const original = await app.deps.features.get(boundaryLayer, cargoRoad);
        const kept = await parcelAt(cargoRoad, 'plan-approved');
        const parcel = await app.deps.features.get(parcelLayer, kept.parcel_id);
        const before = await rows(cargoRoad);
        const shrunk = await dongDang.clearance.updateBoundaryGeometry({ boundaryId: cargoRoad, geometry: asInput(parcel!.geometry as Polygon), note: 'chỉ một thửa' });
        expect(shrunk.parcels).toBeGreaterThanOrEqual(1);
        expect(shrunk.removed.length).toBe(before.length - shrunk.parcels);
        const live = await rows(cargoRoad);
        expect(live.find((r) => r.parcel_id === kept.parcel_id)).toMatchObject({ stage: 'plan-approved', affected_area_m2: Number(kept.parcel_area_m2) });
        const restored = await dongDang.clearance.updateBoundaryGeometry({ boundaryId: cargoRoad, geometry: asInput(original!.geometry as Polygon), note: 'trả lại' });
        expect(restored.parcels).toBe(before.length);
        expect((await rows(cargoRoad)).map((r) => [r.parcel_id, r.stage])).toEqual(before.map((r) => [r.parcel_id, r.stage]));
        expect(restored.history.map((h) => h.note).slice(-2)).toEqual(['chỉ một thửa', 'trả lại']);
      });
    });

    describe('dashboard', () => {
      it('counts parcels, hectares, handed over, overdue steps and complaints as the table holds them', async () => {
        const asOf = '2026-11-26';
        const dashboard = await app.caller.clearance.dashboard({ boundaryId: cargoRoad, asOf });
        const table = await rows(cargoRoad);
        expect(dashboard.parcels).toBe(table.length);
        expect(dashboard.byStage.map((s) => s.stage)).toEqual(parcelStages.map((s) => s.code));
        for (const { stage, parcels, hectares } of dashboard.byStage) {
          const inStage = table.filter((r) => r.stage === stage);
          expect(parcels, stage).toBe(inStage.length);
          expect(hectares).toBeCloseTo(inStage.reduce((s, r) => s + Number(r.affected_area_m2), 0) / 10_000, 2);
        }
        expect(dashboard.complaints).toBe(table.filter((r) => Number(r.complaint) === 1).length);
        expect(dashboard.overdue.parcels).toBe(table.filter((r) => overdueStep(r.stage as never, '2026-12-31', asOf) !== null).length);
        expect(dashboard.overdue.parcels).toBeGreaterThan(0);
        const handed = table.filter((r) => r.stage === 'handed-over').reduce((s, r) => s + Number(r.affected_area_m2), 0);
        const total = table.reduce((s, r) => s + Number(r.affected_area_m2), 0);
        expect(dashboard.handedOver.percentByArea).toBeCloseTo((handed / total) * 100, 1);
      });

      it('sums a commune over its boundaries', async () => {
        const commune = await app.caller.clearance.dashboard({ communeCode: '11.1806' });
        expect(commune.boundaries.map((b) => b.id).sort()).toEqual([cargoRoad, internalRoad]);
        expect(commune.parcels).toBe((await rows(cargoRoad)).length + (await rows(internalRoad)).length);
      });
    });

    describe('privacy', () => {
      async function householdName(): Promise<{ name: string; parcelId: string }> {
        const household = await app.deps.database.db
          .selectFrom('clearance_households')
          .innerJoin('clearance_parcels', 'clearance_parcels.id', 'clearance_households.clearance_parcel_id')
          .select(['clearance_households.head_name', 'clearance_parcels.parcel_id'])
          .where('clearance_parcels.boundary_id', '=', cargoRoad)
          .orderBy('clearance_households.id')
          .executeTakeFirstOrThrow();
        return { name: household.head_name, parcelId: household.parcel_id };
      }

      it('gives households to the commune only: not the public, another commune or Board officers', async () => {
        const { parcelId } = await householdName();
        const [, formerA, formerB, formerC, sheet, number] = /^parcel-(\d+)-(\d+)-(\d+)-(\d+)-(\d+)$/.exec(parcelId)!;
        const key = { formerCommuneCode: `${formerA}.${formerB}.${formerC}`, sheet: Number(sheet), parcel: Number(number) };
        const own = await dongDang.clearance.checkPlace(key);
        expect(own.boundaries[0]?.households?.length).toBeGreaterThan(0);
        for (const caller of [app.caller, hoangVanThu, officer]) {
          const other = await caller.clearance.checkPlace(key);
          expect(other.parcel?.id).toBe(parcelId);
          expect(other.boundaries[0]?.households).toBeNull();
        }
        expect((await app.caller.clearance.checkPlace(key)).boundaries[0]?.parcelStage).toBeNull();
        expect((await hoangVanThu.clearance.checkPlace(key)).boundaries[0]?.parcelStage).toBeNull();
        expect((await trpcFailure(app.caller.clearance.parcels({ boundaryId: cargoRoad }))).code).toBe('UNAUTHORIZED');
        expect((await officer.clearance.parcels({ boundaryId: cargoRoad })).items.every((p) => p.households === null)).toBe(true);
      });

      it('never puts owner or household data in parcel tiles, OGC items or layer features', async () => {
        const { name, parcelId } = await householdName();
        const parcel = await app.deps.features.get(parcelLayer, parcelId);
        const [lon, lat] = turf.pointOnFeature(turf.feature(parcel!.geometry)).geometry.coordinates as [number, number];
        const cookie = await app.login('xa-dong-dang');
        const n = 2 ** 16;
        const x = Math.floor(((lon + 180) / 360) * n);
        const y = Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * n);
        for (const headers of [{}, { cookie }] as Record<string, string>[]) {
          const tile = Buffer.from(await (await fetch(`${app.baseUrl}/tiles/parcels/16/${x}/${y}.mvt`, { headers })).arrayBuffer());
          expect(tile.length).toBeGreaterThan(0);
          expect(tile.includes(Buffer.from(parcelId))).toBe(true);
          expect(tile.includes(Buffer.from(name))).toBe(false);
          const items = await (await fetch(`${app.baseUrl}/ogc/collections/parcels/items?bbox=${lon - 0.001},${lat - 0.001},${lon + 0.001},${lat + 0.001}`, { headers })).text();
          expect(items).toContain(parcelId);
          expect(items).not.toContain(name);
        }
        const features = await dongDang.layers.features({ layerId: 'parcels', bbox: [lon - 0.001, lat - 0.001, lon + 0.001, lat + 0.001] });
        expect(JSON.stringify(features)).not.toContain(name);
        expect((await fetch(`${app.baseUrl}/tiles/parcels/12/${x >> 4}/${y >> 4}.mvt`)).headers.get('content-length')).toBe('0');
      });

      it('shows resettlement allocations to the commune only, and counts to everyone', async () => {
        const publicAreas = await app.caller.clearance.resettlement();
        const west = publicAreas.find((a) => a.id === 'resettlement-dong-dang-west');
        expect(west).toMatchObject({ capacityLots: 120, allocatedLots: 34, freeLots: 86, allocations: null });
        const own = await dongDang.clearance.resettlement({ communeCode: '11.1806' });
        expect(own.find((a) => a.id === 'resettlement-dong-dang-west')?.allocations).toHaveLength(34);
      });
    });

    describe('exports', () => {
      it('exports CSV with household names safe from formula injection, and VN-2000 coordinates as X northing / Y easting', async () => {
        const row = (await rows(cargoRoad))[1]!;
        await dongDang.clearance.updateParcel({ boundaryId: cargoRoad, parcelId: row.parcel_id, households: [{ headName: '=HYPERLINK("http://evil")', members: 3, address: '', note: '' }], note: 'kiểm tra xuất' });
        const cookie = await app.login('xa-dong-dang');
        const response = await fetch(`${app.baseUrl}/api/clearance/boundaries/${cargoRoad}/parcels.csv?crs=vn2000`, { headers: { cookie } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/csv');
        const bytes = Buffer.from(await response.arrayBuffer());
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.subarray(3).toString('utf8');
        expect(text.startsWith('"boundary_id"')).toBe(true);
        expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
        expect(text).not.toMatch(/(^|,)"=/m);
        const header = text.split('\r\n')[0]!.split(',');
        const first = text.split('\r\n')[1]!.split(',');
        const x = Number(JSON.parse(first[header.indexOf('"x_northing_vn2000"')]!));
        const y = Number(JSON.parse(first[header.indexOf('"y_easting_vn2000"')]!));
        expect(x).toBeGreaterThan(2_380_000);
        expect(y).toBeLessThan(520_000);
        expect(text.split('\r\n').filter((l) => l.length > 0)).toHaveLength((await rows(cargoRoad)).length + 1);
      });

      it('exports GeoJSON in WGS84 or VN-2000, without household names for Board officers', async () => {
        const cookie = await app.login('officer');
        const wgs84 = await (await fetch(`${app.baseUrl}/api/clearance/boundaries/${cargoRoad}/parcels.geojson`, { headers: { cookie } })).json();
        const vn2000 = await (await fetch(`${app.baseUrl}/api/clearance/boundaries/${cargoRoad}/parcels.geojson?crs=vn2000`, { headers: { cookie } })).json();
        expect(wgs84.features.length).toBe((await rows(cargoRoad)).length);
        expect(wgs84.features[0].properties.householdHeads).toBeUndefined();
        const [lon, lat] = wgs84.features[0].geometry.coordinates[0][0];
        const [easting, northing] = vn2000.features[0].geometry.coordinates[0][0];
        expect(vn2000.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::9215');
        const expected = wgs84ToTm3([lon, lat]);
        expect(Math.abs(easting - expected[0])).toBeLessThan(MILLIMETRE);
        expect(Math.abs(northing - expected[1])).toBeLessThan(MILLIMETRE);
        expect((await fetch(`${app.baseUrl}/api/clearance/boundaries/${cargoRoad}/parcels.geojson`)).status).toBe(401);
        expect((await fetch(`${app.baseUrl}/api/clearance/boundaries/${cargoRoad}/parcels.geojson?crs=utm`, { headers: { cookie } })).status).toBe(400);
      });
    });

    describe('land-use quotas', () => {
      it('sets what the projects take against each quota and flags the shortfall', async () => {
        const quotas = await app.caller.clearance.quotas({ communeCode: '11.1806' });
        const needs = await app.deps.database.db.selectFrom('clearance_parcels').select(['land_type', 'affected_area_m2']).where('commune_code', '=', '11.1806').where('deleted_at', 'is', null).execute();
        for (const quota of quotas) {
          const need = needs.filter((n) => n.land_type === quota.landType).reduce((s, n) => s + Number(n.affected_area_m2), 0);
          expect(quota.neededM2, quota.landType).toBeCloseTo(need, 0);
          expect(quota.shortfall).toBe(need - (quota.quotaM2 ?? 0) > 0.05);
        }
        expect(quotas.find((q) => q.landType === 'LUC')?.shortfall).toBe(true);
      });
    });
  });
});
