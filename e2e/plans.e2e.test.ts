/**
 * The planning journey in a real browser against the real server and the demo plan register: a
 * planner opens the 2045 draft, compares it with the current plan by swipe (two maps, the divider
 * moved by keyboard), reads the land-use balance (a row checked against plans.compare), opens the
 * impact list, pins a comment on the map, and advances the draft to appraisal — and sees the
 * server refuse an approval without a decision. An anonymous visitor sees approved revisions only
 * and security land as "restricted land".
 * Screenshots and page logs of failing tests go to e2e/artifacts/.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDeltaHectares, formatHectares } from '../client/features/plans/balance-format.ts';
import type { PlanSummary, RevisionComparison } from '../shared/schemas/plans.ts';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { trpcQueryInPage } from './trpc-http.ts';
import { signInInBrowser } from './sign-in.ts';

const viewport = { width: 1440, height: 900 };
const draftId = 'dd-ls-general-2045';
const currentId = 'dd-ls-general-current';

function mapReady(page: Page, hook: '__ezgisMap' | '__ezgisCompareMap') {
  return page.waitForFunction((name) => {
    const map = window[name as '__ezgisMap'];
    return map !== undefined && map.loaded() && map.getLayer('planning-zones-fill') !== undefined;
  }, hook, { timeout: 60_000 });
}

describeInBrowser('plans (e2e)', () => {
  const session = useBrowserSession({ name: 'plans', viewport, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' }, fullPageScreenshots: true });

  it('lets a planner compare the 2045 draft with the current plan, read its balance and impact, comment and advance it', async () => {
    await signInInBrowser(session.page, session.server, 'planner');
    await session.page.getByRole('link', { name: 'Quy hoạch', exact: true }).click();
    await expect.poll(() => session.page.evaluate(() => window.location.pathname)).toBe('/quy-hoach');

    // The 2045 draft: no decision, flagged illustrative, horizons 2035 and 2045.
    const picker = session.page.getByLabel('Phương án quy hoạch', { exact: true });
    await picker.waitFor({ state: 'visible', timeout: 20_000 });
    await picker.selectOption(draftId);
    const card = session.page.locator(`.revision-card[data-revision="${draftId}"]`);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getAttribute('data-stage')).toBe('draft');
    expect(await card.textContent()).toContain('Chưa có quyết định phê duyệt');
    expect(await card.textContent()).toContain('Dữ liệu minh họa');
    expect(await card.textContent()).toContain('2035, 2045');
    expect(await session.page.evaluate(() => window.location.search)).toBe(`?phuong-an=${draftId}`);

    // Compare with the current plan: swipe by default, a second map only now.
    expect(await session.page.evaluate(() => window.__ezgisCompareMap === undefined)).toBe(true);
    await session.page.getByLabel('So sánh với').selectOption(currentId);
    await mapReady(session.page, '__ezgisMap');
    await mapReady(session.page, '__ezgisCompareMap');
    expect(await session.page.evaluate(() => window.location.search)).toBe(`?phuong-an=${draftId}&so-sanh=${currentId}`);
    // The "after" map serves the draft's tiles, the "before" map the current plan's.
    const tileUrls = await session.page.evaluate(() => [window.__ezgisMap, window.__ezgisCompareMap].map((map) => JSON.stringify((map?.getStyle().sources['planning-zones'] as { tiles?: string[] }).tiles)));
    expect(tileUrls[0]).toContain(`revision=${draftId}`);
    expect(tileUrls[1]).toContain(`revision=${currentId}`);

    const divider = session.page.getByRole('slider', { name: /Đường chia so sánh/ });
    expect(await divider.getAttribute('aria-valuenow')).toBe('50');
    await divider.focus();
    await session.page.keyboard.press('ArrowLeft');
    await session.page.keyboard.press('ArrowLeft');
    expect(await divider.getAttribute('aria-valuenow')).toBe('40');
    expect(await session.page.locator('.plans-maps__pane--after').evaluate((element) => (element as HTMLElement).style.clipPath)).toBe('inset(0px 0px 0px 40%)');
    // The two maps stay on one view.
    await session.page.evaluate(() => window.__ezgisMap?.jumpTo({ center: [106.72, 21.96], zoom: 13 }));
    expect(await session.page.evaluate(() => window.__ezgisCompareMap?.getZoom())).toBeCloseTo(13, 5);

    // The change layer and its legend.
    const comparison = await trpcQueryInPage<RevisionComparison>(session.page, 'plans.compare', { fromRevisionId: currentId, toRevisionId: draftId });
    expect(comparison.changedZones.length).toBeGreaterThan(0);
    await expect.poll(() => session.page.evaluate(() => window.__ezgisMap?.getLayer('plan-changes-fill') !== undefined)).toBe(true);
    const added = comparison.changedZones.filter((zone) => zone.change === 'added').length;
    expect(await session.page.locator('.change-legend__item[data-kind="added"] .change-legend__count').textContent()).toBe(String(added));

    // The balance: a real row, as the session.server computes it, and the CSV of the comparison.
    const row = comparison.balance.find((entry) => entry.deltaHectares !== 0);
    expect(row).toBeDefined();
    const cells = session.page.locator(`.balance-table--compare tr[data-land-use="${row!.landUse}"] td`);
    await cells.first().waitFor({ timeout: 20_000 });
    expect(await cells.allTextContents()).toEqual([formatHectares(row!.fromHectares, 'vi'), formatHectares(row!.toHectares, 'vi'), formatDeltaHectares(row!.deltaHectares, 'vi')]);
    expect(await session.page.getByRole('link', { name: 'Tải CSV' }).getAttribute('href')).toBe(`/api/plans/balance.csv?from=${currentId}&to=${draftId}`);
    expect(await session.page.locator('.bar-chart--diverging .bar-chart__row').count()).toBe(comparison.balance.filter((entry) => Math.round(entry.deltaHectares * 100) !== 0).length);

    // The impact list against the parent: click a changed zone, the map flies to it.
    await session.page.getByRole('tab', { name: 'Tác động' }).click();
    const zones = session.page.locator('.impact__zone');
    await zones.first().waitFor({ timeout: 20_000 });
    expect(await zones.count()).toBe(comparison.changedZones.length);
    expect(await session.page.locator('.impact__conflict').count()).toBeGreaterThan(0);
    const before = await session.page.evaluate(() => window.__ezgisMap?.getCenter().toArray());
    await zones.first().locator('.impact__link').click();
    await expect.poll(() => session.page.evaluate(() => window.__ezgisMap?.getCenter().toArray())).not.toEqual(before);

    // A comment pinned on the map.
    await session.page.getByRole('tab', { name: 'Góp ý' }).click();
    await session.page.getByRole('button', { name: 'Ghim góp ý' }).click();
    await session.page.locator('.plans-maps__pane--after canvas').click({ position: { x: 800, y: 300 } });
    const text = session.page.locator('#comment-text');
    await text.waitFor({ timeout: 10_000 });
    await text.fill('Xem lại ranh giới ô đất mới (e2e)');
    await session.page.getByRole('button', { name: 'Lưu góp ý' }).click();
    const comment = session.page.locator('.comment').filter({ hasText: 'Xem lại ranh giới ô đất mới (e2e)' });
    await comment.waitFor({ timeout: 20_000 });
    expect(await comment.textContent()).toContain('planner');
    await comment.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
    await expect.poll(() => comment.getAttribute('class')).toContain('comment--resolved');

    // Advance the draft to appraisal; an approval without a decision is refused by the session.server.
    await session.page.getByRole('tab', { name: 'Thẩm định' }).click();
    await session.page.getByRole('button', { name: 'Chuyển sang “Thẩm định”' }).click();
    await expect.poll(() => session.page.locator('.review .form-success').textContent(), { timeout: 20_000 }).toBe('Đã chuyển phương án sang bước “Thẩm định”.');
    await expect.poll(() => card.getAttribute('data-stage')).toBe('appraisal');
    await session.page.getByRole('radio', { name: 'Đã phê duyệt' }).check();
    await session.page.getByRole('button', { name: 'Chuyển sang “Đã phê duyệt”' }).click();
    await expect.poll(() => session.page.locator('#review-decision-number-error').textContent(), { timeout: 20_000 }).toBe('Phê duyệt cần số quyết định');
    expect(await card.getAttribute('data-stage')).toBe('appraisal');

    expect(session.pageLog.filter((line) => line.startsWith('[pageerror]'))).toEqual([]);
  });

  it('shows an anonymous visitor approved revisions only, and security land as restricted land', async () => {
    await session.page.goto(`${session.server.url}/quy-hoach`);
    const picker = session.page.getByLabel('Phương án quy hoạch', { exact: true });
    await picker.waitFor({ state: 'visible', timeout: 20_000 });
    const offered = await picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const plans = await trpcQueryInPage<PlanSummary[]>(session.page, 'plans.list', undefined);
    const approved = plans.flatMap((plan) => plan.revisions).filter((revision) => ['approved', 'published', 'superseded'].includes(revision.stage)).map((revision) => revision.id);
    expect(offered.sort()).toEqual([...approved].sort());
    expect(offered).toContain(currentId);
    expect(offered).not.toContain(draftId);
    // The plan in force today is shown, and the Board's tabs are not.
    await session.page.locator(`.revision-card[data-revision="${currentId}"]`).waitFor({ timeout: 20_000 });
    expect(await session.page.getByRole('tab').allTextContents()).toEqual(['Cân bằng đất', 'Tác động', 'Tại điểm']);

    // Security land at a point: no code, no indicators.
    await session.page.goto(`${session.server.url}/quy-hoach?muc=tai-diem&diem=106.704952,21.966149`);
    const answer = session.page.locator('.here__answer');
    await answer.waitFor({ timeout: 20_000 });
    expect(await answer.locator('.here__zone-name').textContent()).toBe('Đất hạn chế (an ninh, quốc phòng)');
    expect(await answer.textContent()).toContain('Chi tiết đất an ninh, quốc phòng không được công khai.');
    expect(await answer.textContent()).not.toContain('AN-01');

    // A draft named in a link is not shown to the public.
    await session.page.goto(`${session.server.url}/quy-hoach?phuong-an=${draftId}`);
    await session.page.locator('.blocking-message').waitFor({ timeout: 20_000 });
    expect(await session.page.evaluate(() => window.__ezgisMap?.getStyle().sources['planning-zones'])).toBeUndefined();
  });
});
