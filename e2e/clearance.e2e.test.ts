/**
 * A commune officer's day in the site-clearance workspace, in a real browser against the real
 * server and the demo data: xã Đồng Đăng opens the 1119–1120 cargo road boundary, checks a parcel
 * by map sheet and number and by VN-2000 X/Y (and is told when X and Y are swapped), moves it one
 * stage forward and sees the dashboard follow the server; a parcel of xã Hoàng Văn Thụ is refused
 * with a readable message. Every expected value comes from the server, none is hard-coded.
 * Screenshots and page logs of failing tests go to e2e/artifacts/.
 */
import { expect, it } from 'vitest';
import * as turf from '@turf/turf';
import type { Page } from 'playwright-core';
import type { Polygon, MultiPolygon } from 'geojson';
import { formatNumber } from '../client/features/feature-popup/format-value.ts';
import { formatMetres } from '../client/features/clearance/place-input.ts';
import type { RouterOutputs } from '../client/app/trpc.ts';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { trpcQuery } from './trpc-http.ts';
import { signInInBrowser } from './sign-in.ts';

const viewport = { width: 1440, height: 900 };
const cargoRoad = 'clearance-cargo-road-1119-1120';
const internalRoad = 'clearance-huu-nghi-internal-road';

type Boundary = RouterOutputs['clearance']['boundaries'][number];
type Dashboard = RouterOutputs['clearance']['dashboard'];
type Parcels = RouterOutputs['clearance']['parcels'];
type Place = RouterOutputs['clearance']['checkPlace'];
type Quotas = RouterOutputs['clearance']['quotas'];
type Me = RouterOutputs['auth']['me'];

async function pollUntil(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function checkByCadastralKey(page: Page, key: { formerCommuneCode: string; sheet: number; parcelNumber: number }): Promise<void> {
  const form = page.locator('.clearance-check');
  await form.getByLabel('Số tờ, số thửa').check();
  await form.getByLabel('Mã xã cũ (trước 2025)').fill(key.formerCommuneCode);
  await form.getByLabel('Số tờ', { exact: true }).fill(String(key.sheet));
  await form.getByLabel('Số thửa', { exact: true }).fill(String(key.parcelNumber));
  await form.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
}

describeInBrowser('site-clearance workspace (e2e)', () => {
  const session = useBrowserSession({ name: 'clearance', viewport, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' }, fullPageScreenshots: true });

  it('xã Đồng Đăng checks a parcel of the 1119–1120 cargo road, advances it, sees the dashboard change, and is refused a parcel of Hoàng Văn Thụ', async () => {
    const cookie = await signInInBrowser(session.page, session.server, 'xa-dong-dang');

    // Open the cargo road boundary from the list.
    await session.page.goto(`${session.server.url}/giai-phong-mat-bang`);
    await session.page.locator(`.clearance-boundary-list a[data-boundary="${cargoRoad}"]`).click();
    await pollUntil(() => new URL(session.page.url()).searchParams.get('ranh-gioi') === cargoRoad, 'the boundary in the URL');
    const before = await trpcQuery<Dashboard>(session.server, 'clearance.dashboard', { boundaryId: cargoRoad });
    await expect.poll(() => session.page.locator('[data-stat=parcels]').textContent()).toBe(formatNumber(before.parcels, 'vi'));
    await session.page.locator('.clearance-parcels tbody tr').first().waitFor();
    expect(await session.page.locator('.clearance-parcels tbody tr').count()).toBe(before.parcels);

    // A parcel that can move on today: not handed over, no step dated after today.
    const today = before.asOf;
    const { items } = await trpcQuery<Parcels>(session.server, 'clearance.parcels', { boundaryId: cargoRoad, limit: 2000 }, cookie);
    const parcel = items.find((item) => item.nextStage !== null && Object.values(item.stageDates).every((day) => !day || day <= today));
    if (!parcel?.nextStage) throw new Error('no parcel of the cargo road can move on today');
    const next = parcel.nextStage;

    // By map sheet and parcel number.
    await checkByCadastralKey(session.page, parcel);
    const result = session.page.locator('.clearance-check__result');
    await result.locator(`[data-parcel="${parcel.parcelId}"]`).waitFor();
    await result.locator(`li[data-boundary="${cargoRoad}"] [data-stage="${parcel.stage}"]`).waitFor();

    // By VN-2000 X (northing) and Y (easting), typed as a survey prints them.
    const place = await trpcQuery<Place>(session.server, 'clearance.checkPlace', { formerCommuneCode: parcel.formerCommuneCode, sheet: parcel.sheet, parcel: parcel.parcelNumber });
    const form = session.page.locator('.clearance-check');
    await form.getByLabel('Tọa độ VN-2000').check();
    // Swapped first: the server's reason is shown on the field.
    await form.getByLabel('X (tọa độ Bắc, m)').fill(formatMetres(place.vn2000.y, 'vi'));
    await form.getByLabel('Y (tọa độ Đông, m)').fill(formatMetres(place.vn2000.x, 'vi'));
    await form.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect.poll(() => form.locator('.field__error').first().textContent()).toContain('X và Y có vẻ bị đảo');
    await form.getByLabel('X (tọa độ Bắc, m)').fill(formatMetres(place.vn2000.x, 'vi'));
    await form.getByLabel('Y (tọa độ Đông, m)').fill(formatMetres(place.vn2000.y, 'vi'));
    await form.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await result.locator(`[data-parcel="${parcel.parcelId}"]`).waitFor();
    await expect.poll(() => result.locator('[data-coordinates=vn2000]').textContent()).toBe(`X ${formatMetres(place.vn2000.x, 'vi')} · Y ${formatMetres(place.vn2000.y, 'vi')}`);

    // Advance it one stage, dated today.
    await result.locator(`li[data-boundary="${cargoRoad}"]`).getByRole('button', { name: /^Cập nhật/ }).click();
    const dialog = session.page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel(/Chuyển sang bước/).isChecked()).toBe(true);
    await dialog.getByLabel('Ngày hoàn thành bước').fill(today);
    await dialog.getByLabel('Ghi chú thay đổi').fill('Kiểm tra e2e: chuyển bước');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.getByRole('status').waitFor();
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    const after = await trpcQuery<Dashboard>(session.server, 'clearance.dashboard', { boundaryId: cargoRoad });
    const count = (d: Dashboard, stage: string) => d.byStage.find((s) => s.stage === stage)?.parcels ?? 0;
    expect(count(after, next)).toBe(count(before, next) + 1);
    expect(count(after, parcel.stage)).toBe(count(before, parcel.stage) - 1);
    await expect.poll(() => session.page.locator(`.clearance-dashboard .bar-chart__row[data-key="${next}"] .bar-chart__value`).textContent())
      .toBe(`${formatNumber(count(after, next), 'vi')} thửa · ${formatNumber(after.byStage.find((s) => s.stage === next)?.hectares ?? 0, 'vi')} ha`);
    await expect.poll(() => session.page.locator('[data-stat=handed-over]').textContent()).toBe(`${formatNumber(after.handedOver.percentByArea, 'vi')}%`);
    await expect.poll(() => session.page.locator(`.clearance-parcels tr[data-parcel="${parcel.parcelId}"]`).getAttribute('data-stage')).toBe(next);

    // A parcel of xã Hoàng Văn Thụ, found through the public boundaries and "check a place".
    const boundaries = await trpcQuery<Boundary[]>(session.server, 'clearance.boundaries', undefined);
    const theirs = boundaries.find((b) => b.commune.includes('Hoàng Văn Thụ') && b.progress.parcels > 0);
    if (!theirs) throw new Error('no clearance boundary of Hoàng Văn Thụ with parcels');
    const shape = turf.feature(theirs.geometry as Polygon | MultiPolygon);
    const candidates = [turf.pointOnFeature(shape), ...turf.pointGrid(theirs.bbox, 0.05, { mask: shape as never }).features].slice(0, 40);
    let theirParcel: Place['parcel'] = null;
    for (const point of candidates) {
      const [lon, lat] = point.geometry.coordinates as [number, number];
      const found = await trpcQuery<Place>(session.server, 'clearance.checkPlace', { lon, lat });
      if (found.parcel && found.boundaries.some((b) => b.id === theirs.id && b.affectedAreaM2 !== null)) {
        theirParcel = found.parcel;
        break;
      }
    }
    if (!theirParcel) throw new Error(`no parcel found inside ${theirs.id}`);
    await checkByCadastralKey(session.page, theirParcel);
    await result.locator(`[data-parcel="${theirParcel.id}"]`).waitFor();
    await result.locator(`li[data-boundary="${theirs.id}"]`).getByRole('button', { name: /^Cập nhật/ }).click();
    await dialog.getByLabel('Ghi chú thay đổi').fill('Thử cập nhật thửa của xã khác');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => dialog.locator('[data-error=update]').textContent()).toContain('thuộc xã, phường khác');
  });

  it('edits a boundary on the map with terra-draw and shows why the server refuses one that leaves the commune', async () => {
    await signInInBrowser(session.page, session.server, 'xa-dong-dang');
    const before = (await trpcQuery<Boundary[]>(session.server, 'clearance.boundaries', undefined)).find((b) => b.id === internalRoad);
    if (!before) throw new Error(`no boundary ${internalRoad}`);
    await session.page.goto(`${session.server.url}/giai-phong-mat-bang?ranh-gioi=${internalRoad}`);
    await session.page.locator('.site-map[data-ready=true]').waitFor({ timeout: 20_000 });
    await session.page.getByRole('button', { name: 'Sửa ranh giới' }).click();
    await session.page.getByRole('button', { name: 'Lưu ranh giới' }).waitFor();

    // Far out (z11), the vertex farthest from the middle dragged ~15 km further out (outward, so the
    // ring stays simple: terra-draw refuses self-intersecting edits): well outside Đồng Đăng.
    const ring = (before.geometry as Polygon).coordinates[0]!.slice(0, -1) as [number, number][];
    const middle = turf.centroid(turf.feature(before.geometry as Polygon)).geometry.coordinates as [number, number];
    const vertex = ring.reduce((far, p) => (turf.distance(p, middle) > turf.distance(far, middle) ? p : far));
    const from = await session.page.evaluate(async (position) => {
      const map = window.__ezgisSiteMap!;
      map.jumpTo({ center: position, zoom: 11 });
      await new Promise<void>((resolve) => { map.once('idle', () => resolve()); map.triggerRepaint(); });
      const point = map.project(position);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, vertex);
    const length = Math.hypot(vertex[0] - middle[0], vertex[1] - middle[1]);
    const direction = { x: (vertex[0] - middle[0]) / length, y: -(vertex[1] - middle[1]) / length };
    await session.page.mouse.move(from.x, from.y);
    await session.page.mouse.down();
    for (let step = 1; step <= 20; step += 1) await session.page.mouse.move(from.x + direction.x * step * 10, from.y + direction.y * step * 10);
    await session.page.mouse.up();
    await session.page.getByLabel('Ghi chú thay đổi').fill('Thử kéo ranh giới ra ngoài xã');
    await session.page.getByRole('button', { name: 'Lưu ranh giới' }).click();
    await expect.poll(() => session.page.locator('[data-error=geometry]').textContent()).toContain('ra ngoài địa giới xã');
    const after = (await trpcQuery<Boundary[]>(session.server, 'clearance.boundaries', undefined)).find((b) => b.id === internalRoad);
    expect(after?.geometry).toEqual(before.geometry);
  });

  it('xã Đồng Đăng sees its own summary, the LUC quota shortfall flagged for the province, and adds a household to a parcel', async () => {
    const cookie = await signInInBrowser(session.page, session.server, 'xa-dong-dang');
    const me = await trpcQuery<Me>(session.server, 'auth.me', undefined, cookie);
    if (!me?.communeCode) throw new Error('xa-dong-dang has no commune');
    await session.page.goto(`${session.server.url}/giai-phong-mat-bang`);

    const summary = await trpcQuery<Dashboard>(session.server, 'clearance.dashboard', { communeCode: me.communeCode });
    await expect.poll(() => session.page.locator('.clearance-summary [data-summary=parcels]').textContent()).toBe(formatNumber(summary.parcels, 'vi'));
    expect(await session.page.locator('.clearance-summary [data-summary=handed-over]').textContent()).toBe(`${formatNumber(summary.handedOver.percentByArea, 'vi')}%`);

    const quotas = await trpcQuery<Quotas>(session.server, 'clearance.quotas', { communeCode: me.communeCode });
    const luc = quotas.find((q) => q.landType === 'LUC');
    expect(luc?.shortfall).toBe(true);
    const lucRow = session.page.locator(`.clearance-quotas tr[data-commune="${me.communeCode}"][data-land-type="LUC"]`);
    await expect.poll(() => lucRow.getAttribute('data-shortfall')).toBe('true');
    expect(await lucRow.locator('[data-value=shortfall] strong').textContent()).toBe(formatNumber(Math.round((luc?.shortfallM2 ?? 0) / 100) / 100, 'vi'));
    expect(await lucRow.textContent()).toContain('Thiếu chỉ tiêu — cần báo cáo UBND tỉnh');
    // Only the officer's commune is shown.
    expect(await session.page.locator('.clearance-quotas tbody tr').count()).toBe(quotas.length);

    // A household added in the parcel dialog is saved by the session.server.
    await session.page.goto(`${session.server.url}/giai-phong-mat-bang?ranh-gioi=${cargoRoad}`);
    const row = session.page.locator('.clearance-parcels tbody tr').first();
    await row.waitFor();
    const parcelId = await row.getAttribute('data-parcel');
    await row.getByRole('button', { name: /^Cập nhật/ }).click();
    const dialog = session.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Thêm hộ' }).click();
    const added = dialog.locator('[data-household=new]').last();
    // An empty name is refused in the form, readably.
    await added.getByLabel('Họ tên chủ hộ').fill('');
    await dialog.getByLabel('Ghi chú thay đổi').fill('Kiểm tra e2e: thêm hộ');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => added.locator('.field__error').first().textContent()).toContain('Cần họ tên chủ hộ');
    await added.getByLabel('Họ tên chủ hộ').fill('Hộ thử nghiệm e2e');
    await added.getByLabel('Số nhân khẩu').fill('3');
    await added.getByLabel('Địa chỉ').fill('Thôn thử nghiệm');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.getByRole('status').waitFor();
    const { items } = await trpcQuery<Parcels>(session.server, 'clearance.parcels', { boundaryId: cargoRoad, limit: 2000 }, cookie);
    const households = items.find((item) => item.parcelId === parcelId)?.households ?? [];
    expect(households.filter((h) => h.headName === 'Hộ thử nghiệm e2e').map((h) => [h.members, h.address])).toEqual([[3, 'Thôn thử nghiệm']]);
  });
});
