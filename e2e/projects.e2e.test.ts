/**
 * Projects in a real browser against the real server and the demo data, as of a fixed day
 * (2025-10-01, the day after the final-accounts deadline of 30/09/2025): the dashboard lists the
 * overdue projects, the Hữu Nghị internal road project shows its chainage segment on its map, an
 * officer finds a chainage, records an update that appears in the history, and submits a monthly
 * report that appears in the monthly summary.
 * Screenshots and page logs of failing tests go to e2e/artifacts/.
 */
import { expect, it } from 'vitest';
import { siteSegmentLayerId } from '../client/map/site-map-style.ts';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { signInInBrowser } from './sign-in.ts';

const viewport = { width: 1280, height: 900 };
const testDay = '2025-10-01';
const roadProjectId = 'project-huu-nghi-internal-road-upgrade';


describeInBrowser('projects (e2e)', () => {
  const session = useBrowserSession({ name: 'projects', viewport, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' }, fullPageScreenshots: true });

  it('lists the overdue projects as of the test day, Bình Nghi and Đồng Bành among them', async () => {
    await session.page.goto(`${session.server.url}/du-an?ngay=${testDay}`);
    const overdue = session.page.locator('.overdue-list');
    await overdue.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await session.page.locator('h1').textContent()).toBe('Dự án đầu tư');
    const text = (await overdue.textContent()) ?? '';
    expect(text).toContain('Bình Nghi');
    expect(text).toContain('Đồng Bành');
    expect(text).toContain('Quá hạn quyết toán');
    expect(await session.page.locator('input[name=ngay]').inputValue()).toBe(testDay);
    // The timeline highlights the same projects.
    expect(await session.page.locator('.timeline-chart__row--highlighted').count()).toBe(await session.page.locator('.overdue-list__item').count());
    expect(session.pageLog.filter((line) => line.startsWith('[pageerror]'))).toEqual([]);
  });

  it('narrows the list to overdue projects and keeps the filter in the link', async () => {
    await session.page.goto(`${session.server.url}/du-an?ngay=${testDay}`);
    const rows = session.page.locator('.projects-table tbody tr');
    await rows.first().waitFor({ state: 'visible', timeout: 20_000 });
    const all = await rows.count();
    await session.page.getByRole('checkbox', { name: 'Chỉ dự án quá hạn' }).check();
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(await session.page.locator('.projects-table__row--overdue').count()).toBe(await rows.count());
    expect(await session.page.evaluate(() => window.location.search)).toContain('qua-han=1');
  });

  it('opens the Hữu Nghị internal road project and draws its chainage segment', async () => {
    await session.page.goto(`${session.server.url}/du-an?ngay=${testDay}`);
    await session.page.locator(`.projects-table tr[data-project="${roadProjectId}"] a`).click();
    await expect.poll(() => session.page.evaluate(() => window.location.pathname)).toBe(`/du-an/${roadProjectId}`);
    const labels = session.page.locator('.chainage-segment__labels');
    await labels.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await labels.textContent()).toBe('Km1+106.19 – Km1+838.85');
    await session.page.locator('.site-map[data-ready="true"]').waitFor({ timeout: 60_000 });
    await expect.poll(
      () => session.page.evaluate((layerId) => window.__ezgisSiteMap?.queryRenderedFeatures({ layers: [layerId] }).length ?? 0, siteSegmentLayerId),
      { timeout: 20_000 },
    ).toBeGreaterThan(0);
    expect(await session.page.getByRole('link', { name: 'Xem trên bản đồ' }).getAttribute('href')).toContain(`sel=projects:${roadProjectId}`);
    // Anonymous visitors get no update form.
    expect(await session.page.locator('.project-update').count()).toBe(0);
  });

  it('finds a typed chainage on the road', async () => {
    await session.page.goto(`${session.server.url}/du-an/${roadProjectId}`);
    const box = session.page.getByRole('textbox', { name: 'Lý trình' });
    await box.waitFor({ state: 'visible', timeout: 20_000 });
    await box.fill('Km1+5OO');
    await session.page.getByRole('button', { name: 'Tìm trên bản đồ' }).click();
    await expect.poll(() => session.page.locator('.chainage-box .field__error').textContent()).toContain('Km1+500');
    await box.fill('Km1+500,5');
    await session.page.getByRole('button', { name: 'Tìm trên bản đồ' }).click();
    await expect.poll(() => session.page.locator('.chainage-box__result').textContent(), { timeout: 20_000 }).toContain('Km1+500.50');
  });

  it('lets an officer record progress and shows it in the history', async () => {
    await signInInBrowser(session.page, session.server, 'officer');
    await session.page.goto(`${session.server.url}/du-an/${roadProjectId}?ngay=${testDay}`);
    const form = session.page.locator('form.project-update');
    await form.waitFor({ state: 'visible', timeout: 20_000 });

    await form.getByRole('button', { name: 'Lưu cập nhật' }).click();
    expect(await form.locator('.field__error').textContent()).toBe('Hãy ghi nội dung cập nhật.');

    await form.locator('input[name=progressPercent]').fill('12,5');
    await form.locator('textarea[name=note]').fill('Hoàn thành khảo sát tuyến (e2e)');
    await form.getByRole('button', { name: 'Lưu cập nhật' }).click();
    await expect.poll(() => form.locator('.form-success').textContent(), { timeout: 20_000 }).toBe('Đã lưu cập nhật.');

    const history = session.page.locator('.project-history tbody tr').first();
    await history.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await history.textContent()).toContain('Hoàn thành khảo sát tuyến (e2e)');
    expect(await history.textContent()).toContain('officer');
    expect(await session.page.locator('.project-fields').textContent()).toContain('12,5%');
  });

  it('lets an officer submit a monthly report and find it in the monthly summary', async () => {
    await signInInBrowser(session.page, session.server, 'officer');
    await session.page.goto(`${session.server.url}/du-an/${roadProjectId}`);
    const form = session.page.locator('form.report-form');
    await form.waitFor({ state: 'visible', timeout: 20_000 });
    const period = await form.locator('input[name=period]').inputValue();
    expect(period).toMatch(/^\d{4}-\d{2}$/);
    expect(await form.textContent()).toMatch(/Hạn nộp hết ngày \d{2}\/\d{2}\/\d{4}/);

    await form.locator('input[name=reportProgress]').fill('15');
    await form.locator('textarea[name=issues]').fill('Chờ bàn giao mặt bằng đoạn Km1+500 (e2e)');
    await form.locator('textarea[name=proposals]').fill('Đề nghị UBND xã Đồng Đăng hỗ trợ GPMB');
    await form.getByRole('button', { name: 'Nộp báo cáo' }).click();
    const sent = form.locator('.form-success');
    await expect.poll(() => sent.textContent(), { timeout: 20_000 }).toMatch(/Đã nộp báo cáo, (đúng|trễ) hạn/);

    await sent.getByRole('link', { name: 'Xem tổng hợp tháng' }).click();
    await expect.poll(() => session.page.evaluate(() => `${window.location.pathname}${window.location.search}`)).toBe(`/bao-cao?ky=${period}`);
    const row = session.page.locator(`.monthly-summary__table tr[data-project="${roadProjectId}"]`);
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await row.getAttribute('data-state')).not.toBe('missing');
    expect(await row.textContent()).toContain('Chờ bàn giao mặt bằng đoạn Km1+500 (e2e)');
    expect(await row.textContent()).toContain('15%');
    // The other projects are listed too, as not reported.
    expect(await session.page.locator('.monthly-summary__table tr[data-state="missing"]').count()).toBeGreaterThan(0);
    expect(await session.page.getByRole('link', { name: /Tải CSV/ }).getAttribute('href')).toBe(`/api/reports/monthly.csv?period=${period}`);
  });
});
