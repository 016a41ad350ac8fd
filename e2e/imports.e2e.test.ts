/**
 * Importing in a real browser against the real server: a planner opens the import page from the
 * user menu, uploads a zipped Shapefile in VN-2000 TM-3 107°15′ (EPSG:9215, e2e/fixtures), sees
 * the preview (3 zones, the CRS declared by the .prj, the zones on the map), maps the land-use
 * field and commits the zones as a new revision of the zone's general plan; the test then reads
 * the revision back through tRPC and compares its geometries with the .shp coordinates in
 * EPSG:9215 (within 1 cm). An anonymous visitor is sent to sign in; an archive with a ../ path
 * is refused with the server's own message. The export dialog links the revision shown, KML in
 * WGS84 only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { PlanSummary, RevisionComparison } from '../shared/schemas/plans.ts';
import { transformPosition, EPSG_4326, EPSG_9215 } from '../shared/crs/vn2000.ts';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { trpcQueryInPage } from './trpc-http.ts';
import { signInInBrowser } from './sign-in.ts';

const viewport = { width: 1440, height: 900 };
const fixtureZip = path.resolve(import.meta.dirname, 'fixtures/qh-dieu-chinh-vn2000.zip');
const fixtureSource = path.resolve(import.meta.dirname, 'fixtures/qh-dieu-chinh-vn2000.geojson');
const planId = 'dd-ls-general';

/**
 * The polygons of a .shp (type 5), in the file's own coordinates (EPSG:9215 metres), in record
 * order: read here, independently of the server's reader. Rings without their closing vertex.
 */
function readShpPolygons(shp: Uint8Array): [number, number][][][] {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const polygons: [number, number][][][] = [];
  let offset = 100;
  while (offset < shp.byteLength) {
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const content = offset + 8;
    expect(view.getInt32(content, true)).toBe(5);
    const partCount = view.getInt32(content + 36, true);
    const pointCount = view.getInt32(content + 40, true);
    const parts = Array.from({ length: partCount }, (_, index) => view.getInt32(content + 44 + index * 4, true));
    const pointsAt = content + 44 + partCount * 4;
    const point = (index: number): [number, number] => [view.getFloat64(pointsAt + index * 16, true), view.getFloat64(pointsAt + index * 16 + 8, true)];
    polygons.push(parts.map((start, part) => {
      const end = parts[part + 1] ?? pointCount;
      return Array.from({ length: end - start - 1 }, (_, index) => point(start + index));
    }));
    offset = content + contentBytes;
  }
  return polygons;
}

/** One entry of a zip, by name. */
function unzipOne(zip: Uint8Array, name: string): Uint8Array {
  const entry = unzipSync(zip, { filter: (file) => file.name === name })[name];
  if (!entry) throw new Error(`${name} is not in the fixture`);
  return entry;
}

describeInBrowser('imports (e2e)', () => {
  const session = useBrowserSession({ name: 'imports', viewport, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' }, fullPageScreenshots: true });

  it('lets a planner import a VN-2000 shapefile as a new revision of the general plan, geometries within 1 cm', async () => {
    await signInInBrowser(session.page, session.server, 'planner');
    await session.page.locator('.user-menu .menu-button__trigger').click();
    await session.page.getByRole('menuitem', { name: 'Nhập dữ liệu' }).click();
    await expect.poll(() => session.page.evaluate(() => window.location.pathname)).toBe('/nhap-du-lieu');

    // A planner imports plan revisions only: the one target, chosen.
    const targets = session.page.getByRole('radio');
    await targets.first().waitFor({ timeout: 20_000 });
    expect(await targets.count()).toBe(1);
    expect(await session.page.getByRole('radio', { name: /Phương án điều chỉnh quy hoạch/ }).isChecked()).toBe(true);

    const planSelect = session.page.getByRole('combobox', { name: 'Quy hoạch', exact: true });
    await expect.poll(() => planSelect.locator('option').count(), { timeout: 20_000 }).toBeGreaterThan(1);
    await planSelect.selectOption(planId);
    await session.page.getByRole('textbox', { name: 'Tên phương án mới' }).fill('Điều chỉnh cục bộ (e2e) — nhập từ shapefile VN-2000');

    await session.page.locator('input[type=file]').setInputFiles(fixtureZip);
    expect(await session.page.locator('.import-drop__chosen').textContent()).toContain('qh-dieu-chinh-vn2000.zip');
    await session.page.getByRole('button', { name: 'Tải lên và xem trước' }).click();

    // The preview: 3 zones, none refused, the CRS declared by the .prj.
    const summary = session.page.locator('.import-preview__summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.getAttribute('data-accepted')).toBe('3');
    expect(await summary.getAttribute('data-rejected')).toBe('0');
    expect(await summary.textContent()).toBe('3 đối tượng sẽ được nhập, 0 bị từ chối');
    const detected = session.page.locator('.import-crs__detected');
    expect(await detected.getAttribute('data-crs')).toBe('EPSG:9215');
    expect(await detected.getAttribute('data-evidence')).toBe('declared');
    expect(await detected.textContent()).toContain('VN-2000 TM-3 107°15′ (Lạng Sơn) — EPSG:9215');
    expect(await session.page.getByLabel('Hệ tọa độ khi nhập').inputValue()).toBe('EPSG:9215');

    // The map draws the three zones, fitted to them.
    await session.page.waitForFunction(() => {
      const map = window.__ezgisSiteMap;
      return map !== undefined && map.loaded() && map.getSource('import-preview') !== undefined && map.queryRenderedFeatures({ layers: ['import-preview-accepted-fill'] }).length > 0;
    }, undefined, { timeout: 60_000 });
    const drawn = await session.page.evaluate(() => new Set(window.__ezgisSiteMap!.queryRenderedFeatures({ layers: ['import-preview-accepted-fill'] }).map((feature) => feature.properties['index'] as number)).size);
    expect(drawn).toBe(3);
    const bounds = await session.page.evaluate(() => window.__ezgisSiteMap!.getBounds().toArray());
    expect(bounds[0]![0]).toBeLessThan(106.698);
    expect(bounds[1]![0]).toBeGreaterThan(106.704);

    // Map the fields: zone code, name and land use from the file's attributes.
    await session.page.locator('#import-map-zoneCode').selectOption('ma_khu');
    await session.page.locator('#import-map-name').selectOption('ten');
    await session.page.locator('#import-map-landUse').selectOption('chuc_nang');
    expect(await session.page.locator('tr[data-field=landUse] .import-mapping__example').textContent()).toBe('DAT_O_Nhomnhao');

    // Commit, confirmed.
    await session.page.getByRole('button', { name: 'Nhập 3 đối tượng' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Xác nhận nhập dữ liệu' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('EPSG:9215');
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    const done = session.page.locator('.import-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain('Đã ghi 3 đối tượng');
    const href = await session.page.locator('.import-done__link').getAttribute('href');
    const revisionId = new URLSearchParams(href!.split('?')[1]).get('phuong-an');
    expect(revisionId).toBeTruthy();

    // The recent imports list shows it committed.
    await expect.poll(() => session.page.locator('.import-recent__table tr[data-status=committed]').count(), { timeout: 20_000 }).toBeGreaterThan(0);

    // Through tRPC: the revision is in the plan register, and its zones are the file's.
    const plans = await trpcQueryInPage<PlanSummary[]>(session.page, 'plans.list', { planId });
    const revision = plans.find((plan) => plan.id === planId)?.revisions.find((candidate) => candidate.id === revisionId);
    expect(revision).toBeDefined();
    const parentId = revision!.parentRevisionId ?? 'dd-ls-general-current';
    const comparison = await trpcQueryInPage<RevisionComparison>(session.page, 'plans.compare', { fromRevisionId: parentId, toRevisionId: revisionId });
    const source = JSON.parse(fs.readFileSync(fixtureSource, 'utf8')) as { features: { properties: { ma_khu: string; chuc_nang: string } }[] };
    const imported = comparison.changedZones.filter((zone) => zone.change !== 'removed' && source.features.some((feature) => feature.properties.ma_khu === zone.zoneCode));
    expect(imported.map((zone) => zone.zoneCode).sort()).toEqual(['DC-01', 'DC-02', 'DC-03']);

    const zip = new Uint8Array(fs.readFileSync(fixtureZip));
    const truth = readShpPolygons(unzipOne(zip, 'qh_dieu_chinh.shp'));
    expect(truth).toHaveLength(3);
    let worstMetres = 0;
    source.features.forEach((feature, index) => {
      const zone = imported.find((candidate) => candidate.zoneCode === feature.properties.ma_khu)!;
      expect(zone.toLandUse).toBe(feature.properties.chuc_nang);
      expect(zone.geometry.type).toBe('Polygon');
      const ring = (zone.geometry as Polygon).coordinates[0]!.slice(0, -1).map((position) => transformPosition(EPSG_4326, EPSG_9215, [position[0]!, position[1]!]));
      const expected = truth[index]![0]!;
      expect(ring).toHaveLength(expected.length);
      // Winding and starting vertex may differ (RFC 7946 rewinds rings): match each vertex to its nearest.
      for (const [x, y] of expected) {
        const nearest = Math.min(...ring.map(([rx, ry]) => Math.hypot(rx - x, ry - y)));
        expect(nearest).toBeLessThan(0.01);
        worstMetres = Math.max(worstMetres, nearest);
      }
    });
    console.info(`[imports e2e] largest vertex distance, EPSG:9215: ${(worstMetres * 1000).toFixed(3)} mm`);
  });

  it('sends an anonymous visitor to sign in, and back afterwards', async () => {
    await session.page.goto(`${session.server.url}/nhap-du-lieu`);
    await expect.poll(() => session.page.evaluate(() => `${window.location.pathname}${window.location.search}`), { timeout: 20_000 }).toBe('/dang-nhap?tiep=%2Fnhap-du-lieu');
    await session.page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('officer');
    await session.page.locator('input[name=password]').fill('demo-officer');
    await session.page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await expect.poll(() => session.page.evaluate(() => window.location.pathname), { timeout: 20_000 }).toBe('/nhap-du-lieu');
    // An officer imports lots, projects and clearance boundaries, not plan revisions.
    await session.page.getByRole('radio').first().waitFor({ timeout: 20_000 });
    expect(await session.page.getByRole('radio').count()).toBe(3);
    expect(await session.page.getByRole('radio', { name: /Phương án điều chỉnh quy hoạch/ }).count()).toBe(0);
  });

  it('shows the server’s refusal of an archive with a ../ path', async () => {
    const zip = new Uint8Array(fs.readFileSync(fixtureZip));
    const hostile = zipSync({
      '../../evil/qh_dieu_chinh.shp': unzipOne(zip, 'qh_dieu_chinh.shp'),
      '../../evil/qh_dieu_chinh.shx': unzipOne(zip, 'qh_dieu_chinh.shx'),
      '../../evil/qh_dieu_chinh.dbf': unzipOne(zip, 'qh_dieu_chinh.dbf'),
      '../../evil/qh_dieu_chinh.prj': unzipOne(zip, 'qh_dieu_chinh.prj'),
    });
    await signInInBrowser(session.page, session.server, 'planner');
    await session.page.goto(`${session.server.url}/nhap-du-lieu`);

    // What the door says to this file, asked directly.
    const refusal = await session.page.evaluate(async (bytes) => {
      const body = new FormData();
      body.append('target', 'plan-revision');
      body.append('file', new File([new Uint8Array(bytes)], 'qh-traversal.zip', { type: 'application/zip' }));
      const response = await fetch('/api/imports', { method: 'POST', body });
      return { status: response.status, body: (await response.json()) as { error: { code: string; message: string } } };
    }, Array.from(hostile));
    expect(refusal.status).toBeGreaterThanOrEqual(400);
    expect(refusal.status).toBeLessThan(500);
    expect(refusal.body.error.code).toMatch(/traversal/);
    const vietnamese = refusal.body.error.message.includes(' / ') ? refusal.body.error.message.slice(0, refusal.body.error.message.lastIndexOf(' / ')).trim() : refusal.body.error.message;

    await session.page.locator('input[type=file]').setInputFiles({ name: 'qh-traversal.zip', mimeType: 'application/zip', buffer: Buffer.from(hostile) });
    await session.page.getByRole('button', { name: 'Tải lên và xem trước' }).click();
    const alert = session.page.locator('.import-error[role=alert]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.locator('.import-error__message').textContent()).toBe(vietnamese);
    expect(await alert.locator('.import-error__code').textContent()).toContain(refusal.body.error.code);
    // Nothing was staged.
    expect(await session.page.locator('.import-preview').count()).toBe(0);
  });

  it('offers the revision shown on /quy-hoach for download, KML in WGS84 only', async () => {
    await session.page.goto(`${session.server.url}/quy-hoach`);
    await session.page.getByRole('button', { name: /Tải xuống lớp/ }).first().click({ timeout: 30_000 });
    const dialog = session.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Shapefile (.zip)' }).check();
    await dialog.getByRole('radio', { name: /VN-2000 TM-3 107°15′/ }).check();
    expect(await dialog.locator('.export-dialog__download').getAttribute('href')).toBe('/api/exports/planning-zones.shp.zip?crs=vn2000&revision=dd-ls-general-current');
    await dialog.getByRole('radio', { name: 'KML' }).check();
    expect(await dialog.getByRole('radio', { name: /VN-2000 TM-3 107°15′/ }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /WGS84/ }).isChecked()).toBe(true);
    expect(await dialog.textContent()).toContain('KML chỉ dùng WGS84');
    expect(await dialog.locator('.export-dialog__download').getAttribute('href')).toBe('/api/exports/planning-zones.kml?crs=wgs84&revision=dd-ls-general-current');
  });
});
