/**
 * Projects by status on the main map, the border operations view and the trade figures, in a real
 * browser against the real server and the demo data: filtering the map to the overdue projects as
 * of a fixed day (2025-10-01) draws exactly the projects the server lists as overdue that day; the
 * border view lists the markers by number, flies to one, and shows Co Sa – Nà Ủ as an uncertain
 * area; an officer adds a period's trade figure and sees it charted.
 * Screenshots and page logs of failing tests go to e2e/artifacts/.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectsCircleLayerId, projectsFillLayerId, projectsLineLayerId } from '../client/map/layers/projects.ts';
import { borderGatesAreaOutlineLayerId, borderGatesCircleLayerId } from '../client/map/layers/border-gates.ts';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { trpcQuery } from './trpc-http.ts';
import { signInInBrowser } from './sign-in.ts';

const viewport = { width: 1280, height: 900 };
const testDay = '2025-10-01';
const projectLayerIds = [projectsCircleLayerId, projectsLineLayerId, projectsFillLayerId];

/**
 * Which of the given projects the map draws: each is looked at up close (a small site is less than
 * a pixel in the whole extent), once the map is idle there.
 */
async function drawnProjects(page: Page, projects: readonly { id: string; bbox: [number, number, number, number] }[]): Promise<{ id: string; overdue: unknown }[]> {
  return page.evaluate(
    async ({ list, ids }) => {
      const map = window.__ezgisMap!;
      const drawn: { id: string; overdue: unknown }[] = [];
      for (const project of list) {
        await new Promise<void>((resolve) => {
          map.once('idle', () => resolve());
          map.fitBounds([[project.bbox[0], project.bbox[1]], [project.bbox[2], project.bbox[3]]], { animate: false, padding: 80, maxZoom: 16 });
          map.triggerRepaint();
        });
        const found = map.queryRenderedFeatures({ layers: ids }).find((feature) => String(feature.properties['id']) === project.id);
        if (found) drawn.push({ id: project.id, overdue: found.properties['overdue'] });
      }
      return drawn;
    },
    { list: projects, ids: projectLayerIds },
  );
}

describeInBrowser('border, trade and projects by status (e2e)', () => {
  const session = useBrowserSession({ name: 'border-trade', viewport, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' }, fullPageScreenshots: true });

  it('filters the map to the projects overdue on the test day, with a legend entry and the filter in the link', async () => {
    type Listed = { id: string; overdue: boolean; bbox: [number, number, number, number] };
    const all = await trpcQuery<Listed[]>(session.server, 'projects.list', { asOf: testDay });
    const overdue = all.filter((project) => project.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(all.length);

    await session.page.goto(`${session.server.url}/#ngay=${testDay}`);
    const filter = session.page.getByRole('combobox', { name: 'Lọc theo tình trạng' });
    await filter.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await session.page.getByRole('textbox', { name: 'Tình trạng tính đến ngày' }).inputValue()).toBe(testDay);
    await session.page.waitForFunction(() => !!window.__ezgisMap?.getSource('projects') && window.__ezgisMap.loaded(), null, { timeout: 60_000, polling: 200 });
    const legend = session.page.locator('[data-layer-id="projects"] .legend');
    await expect.poll(() => legend.textContent(), { timeout: 20_000 }).toContain('Quá hạn');

    await expect.poll(() => session.page.locator('.projects-map-filter__count').textContent()).toContain(`Hiển thị ${all.length}/${all.length} dự án`);

    await filter.selectOption('overdue');
    await expect.poll(() => session.page.evaluate(() => window.location.hash)).toContain(`trang-thai=qua-han&ngay=${testDay}`);
    await expect.poll(() => session.page.locator('.projects-map-filter__count').textContent()).toContain(`Hiển thị ${overdue.length}/${all.length} dự án`);
    const drawn = await drawnProjects(session.page, all);
    expect(drawn.map((feature) => feature.id).sort()).toEqual(overdue.map((project) => project.id).sort());
    expect(drawn.every((feature) => feature.overdue === true)).toBe(true);

    // The same link opens the same filtered map.
    await session.page.goto(`${session.server.url}/#trang-thai=qua-han&ngay=${testDay}`);
    await session.page.waitForFunction(() => !!window.__ezgisMap?.getSource('projects') && window.__ezgisMap.loaded(), null, { timeout: 60_000, polling: 200 });
    expect(await session.page.getByRole('combobox', { name: 'Lọc theo tình trạng' }).inputValue()).toBe('overdue');
    await expect.poll(() => session.page.locator('.projects-map-filter__count').textContent()).toContain(`Hiển thị ${overdue.length}/${all.length} dự án`);
    expect(session.pageLog.filter((line) => line.startsWith('[pageerror]'))).toEqual([]);
  });

  it('lists the border markers by number, sorts them and flies to one on the map', async () => {
    await session.page.goto(`${session.server.url}/`);
    await session.page.getByRole('link', { name: 'Cửa khẩu', exact: true }).click();
    await expect.poll(() => session.page.evaluate(() => window.location.pathname)).toBe('/cua-khau');
    const rows = session.page.locator('.markers-table tbody tr');
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
    const numbers = () => rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-marker')));
    expect(await numbers()).toEqual(['1088/2', '1089', '1090', '1091', '1104', '1105', '1116', '1117', '1119', '1120']);
    await session.page.getByRole('button', { name: /Số mốc/ }).click();
    expect((await numbers())[0]).toBe('1120');
    expect(await session.page.locator('.markers-table th').first().getAttribute('aria-sort')).toBe('descending');

    await session.page.locator('.site-map[data-ready="true"]').waitFor({ timeout: 60_000 });
    const marker = (await trpcQuery<{ features: { id: string; geometry: { coordinates: [number, number] } }[] }>(session.server, 'layers.features', { layerId: 'border-markers' }))
      .features.find((feature) => feature.id === 'marker-1116')!;
    await session.page.getByRole('button', { name: 'Mốc 1116' }).click();
    await expect.poll(
      () => session.page.evaluate(() => {
        const map = window.__ezgisSiteMap!;
        return map.isMoving() ? null : [map.getCenter().lng, map.getCenter().lat, map.getZoom()];
      }),
      { timeout: 20_000 },
    ).toEqual([expect.closeTo(marker.geometry.coordinates[0], 4), expect.closeTo(marker.geometry.coordinates[1], 4), expect.closeTo(16, 1)]);
  });

  it('on a phone, reaches the border view through the sections menu (the links would not fit)', async () => {
    await session.page.setViewportSize({ width: 390, height: 844 });
    await session.page.goto(`${session.server.url}/du-an`);
    const menu = session.page.getByRole('button', { name: 'Các mục của ứng dụng' });
    await menu.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await session.page.getByRole('link', { name: 'Cửa khẩu', exact: true }).isVisible()).toBe(false);
    // The whole header fits: nothing overflows the screen's width.
    expect(await session.page.locator('.app-header').evaluate((header) => header.scrollWidth <= header.clientWidth)).toBe(true);
    await menu.press('Enter');
    await session.page.getByRole('menuitem', { name: 'Cửa khẩu' }).click();
    await expect.poll(() => session.page.evaluate(() => window.location.pathname)).toBe('/cua-khau');
    await session.page.setViewportSize(viewport);
  });

  it('shows Co Sa – Nà Ủ as of uncertain location: listed so, drawn as a dashed area, never a point', async () => {
    await session.page.goto(`${session.server.url}/cua-khau`);
    const coSa = session.page.locator('.gate-card[data-gate="gate-co-sa-na-u"]');
    await coSa.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await coSa.textContent()).toContain('Vị trí chưa xác định');
    expect(await session.page.locator('.gate-card--uncertain').count()).toBe(1);
    // Clearance paths listed with their gates.
    expect(await session.page.locator('.gate-card[data-gate="gate-tan-thanh"] .gate-card__paths').textContent()).toContain('1090–1091');
    expect(await session.page.locator('.lane-card[data-lane="cargo-lane-1119-1120"]').textContent()).toContain('Thí điểm cửa khẩu thông minh');

    await session.page.locator('.site-map[data-ready="true"]').waitFor({ timeout: 60_000 });
    await coSa.getByRole('button', { name: /Xem khu vực dự kiến/ }).click();
    const drawn = () => session.page.evaluate(
      (ids) => {
        const map = window.__ezgisSiteMap!;
        if (map.isMoving() || !map.loaded()) return null;
        const id = (layer: string) => map.queryRenderedFeatures({ layers: [layer] }).map((feature) => String(feature.properties['id']));
        return { area: id(ids.area).includes('gate-co-sa-na-u'), point: id(ids.circle).includes('gate-co-sa-na-u') };
      },
      { area: borderGatesAreaOutlineLayerId, circle: borderGatesCircleLayerId },
    );
    await expect.poll(drawn, { timeout: 20_000 }).toEqual({ area: true, point: false });
  });

  it('charts the trade figures with their sources for anyone, and lets an officer add a period', async () => {
    await session.page.goto(`${session.server.url}/thuong-mai`);
    const fees = session.page.locator('.trade-series[data-metric="infrastructure-fees"]');
    await fees.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await fees.locator('.bar-chart__row').count()).toBe(2);
    expect(await fees.locator('.trade-series__sources').textContent()).toContain('Thông báo kết luận');
    expect(await session.page.locator('form.trade-form').count()).toBe(0);

    await signInInBrowser(session.page, session.server, 'officer');
    await session.page.goto(`${session.server.url}/thuong-mai`);
    const form = session.page.locator('form.trade-form');
    await form.waitFor({ state: 'visible', timeout: 20_000 });
    await form.getByRole('button', { name: 'Lưu số liệu' }).click();
    expect(await form.locator('.field__error').first().textContent()).toBe('Trường này là bắt buộc.');

    await form.getByRole('combobox', { name: /Chỉ tiêu/ }).selectOption('infrastructure-fees');
    await form.locator('input[name=periodFrom]').fill('2025-01');
    await form.locator('input[name=periodTo]').fill('2024-12');
    await form.locator('input[name=value]').fill('780,5');
    await form.locator('input[name=printed]').fill('780,5 tỷ đồng (e2e)');
    await form.locator('textarea[name=source]').fill('Báo cáo kiểm thử e2e của Ban Quản lý, tháng 10/2025');
    await form.getByRole('button', { name: 'Lưu số liệu' }).click();
    expect(await form.locator('.field__error').textContent()).toBe('Tháng kết thúc phải sau hoặc bằng tháng bắt đầu.');

    await form.locator('input[name=periodTo]').fill('2025-10');
    await form.getByRole('button', { name: 'Lưu số liệu' }).click();
    await expect.poll(() => form.locator('.form-success').textContent(), { timeout: 20_000 }).toBe('Đã lưu số liệu kỳ 01–10/2025.');
    await expect.poll(() => fees.locator('.bar-chart__row').count(), { timeout: 20_000 }).toBe(3);
    expect(await fees.locator('.bar-chart__row').last().textContent()).toContain('780,5 tỷ đồng');
    expect(await fees.locator('.trade-series__sources').textContent()).toContain('Báo cáo kiểm thử e2e');

    // The same period again: the server's conflict, shown readably at the field.
    await form.locator('input[name=periodFrom]').fill('2025-01');
    await form.locator('input[name=periodTo]').fill('2025-10');
    await form.locator('input[name=value]').fill('1');
    await form.locator('input[name=printed]').fill('1 tỷ đồng');
    await form.locator('textarea[name=source]').fill('Báo cáo kiểm thử e2e lặp lại');
    await form.getByRole('button', { name: 'Lưu số liệu' }).click();
    await expect.poll(() => form.locator('.field__error').textContent(), { timeout: 20_000 }).toBe('Đã có số liệu này cho kỳ này');
    expect(session.pageLog.filter((line) => line.startsWith('[pageerror]'))).toEqual([]);
  });
});
