/**
 * The investor's journey on the land portal in a real browser against the real server and the demo
 * lots: filter to available industrial lots over 2 ha within 10 km of a border gate, check that the
 * list shows exactly what lots.list answers for the same filters, follow a lot between the list and
 * the map, pick lots to compare (a fourth is refused), compare two, open a lot sheet, send an
 * enquiry and find it stored through the server — at desktop size and at phone size (filters in a
 * dialog, list and map behind tabs). The language is a parameter: elements are found by name,
 * role, test id and URL, not by their words, so the same journey runs in every UI language.
 * Screenshots and page logs of failing tests go to e2e/artifacts/.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LotPage, LotSheet, ListLotsInput } from '../shared/schemas/lots.ts';
import type { Enquiry } from '../shared/schemas/enquiries.ts';
import { MAX_COMPARED_LOTS } from '../shared/schemas/lots.ts';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { htmlLang, isLanguage } from '../client/i18n/languages.ts';
import type { RunningServer } from './server.ts';
import { loginCookie, trpcQuery } from './trpc-http.ts';

/** UI languages to play the journey in (the issue asks for Chinese and Vietnamese); E2E_PORTAL_LANGUAGES=vi,en,zh adds others. */
const journeyLanguages = (process.env.E2E_PORTAL_LANGUAGES ?? 'vi,zh').split(',').map((code) => code.trim()).filter(Boolean);

const industrial = 'DAT_SX_Congnghiep';
const journeyFilters: ListLotsInput = { landUse: [industrial], status: ['available'], areaHa: { min: 2 }, maxDistanceKm: 10, distanceTo: 'gate', sort: 'code', limit: 200, offset: 0 };
const journeySearch = ['sd=DAT_SX_Congnghiep', 'dt-tu=2', 'tt=available', 'kc=10'];

async function openPortal(page: Page, server: RunningServer, language: string, search = ''): Promise<void> {
  // The app starts in the stored language (client/app/use-url-state.ts).
  await page.addInitScript((code) => window.localStorage.setItem('ezgis.language', code), language);
  await page.goto(`${server.url}/dat-dau-tu${search}`);
  await page.locator('[data-testid=lot-row], [data-testid=portal-empty]').first().waitFor({ state: 'visible', timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(isLanguage(language) ? htmlLang[language] : language);
}

/** The filters of the journey, set in the form (the desktop sidebar or the phone's dialog). */
async function setJourneyFilters(page: Page, scope: ReturnType<Page['locator']>): Promise<void> {
  await scope.locator(`input[name=landUse][value=${industrial}]`).check();
  await scope.locator('input[name=status][value=available]').check();
  await scope.locator('input[name=areaHaMin]').fill('2');
  await scope.locator('input[name=maxDistanceKm]').fill('10');
  expect(await scope.locator('select[name=distanceTo]').inputValue()).toBe('gate');
  await expect.poll(() => page.evaluate(() => window.location.search), { timeout: 10_000 }).toSatisfy((search: string) => journeySearch.every((part) => search.includes(part)));
}

async function listedIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid=lot-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-lot-id') ?? ''));
}

/** The list shows exactly lots.list's answer for the journey's filters, in its order; returns the ids. */
async function expectListMatchesServer(page: Page, server: RunningServer): Promise<string[]> {
  const expected = await trpcQuery<LotPage>(server, 'lots.list', journeyFilters);
  const ids = expected.items.map((lot) => lot.id);
  expect(ids.length).toBeGreaterThanOrEqual(2);
  // Every listed lot really is an available industrial lot over 2 ha within 10 km of a gate.
  for (const lot of expected.items) {
    expect(lot.landUse).toBe(industrial);
    expect(lot.status).toBe('available');
    expect(lot.areaHa).toBeGreaterThanOrEqual(2);
    expect(lot.distances.nearestGate?.km).toBeLessThanOrEqual(10);
  }
  await expect.poll(() => listedIds(page), { timeout: 15_000 }).toEqual(ids);
  expect(await page.locator('[data-testid=portal-count]').textContent()).toContain(String(expected.total));
  return ids;
}

/** Picks two lots to compare, refuses a fourth, opens the comparison and comes back. */
async function compareTwo(page: Page, ids: readonly string[]): Promise<void> {
  const checkbox = (id: string) => page.locator(`[data-lot-id="${id}"] [data-testid=lot-compare]`);
  const picked = ids.slice(0, MAX_COMPARED_LOTS);
  for (const id of picked) await checkbox(id).check();
  const extra = ids[MAX_COMPARED_LOTS];
  if (extra) {
    await checkbox(extra).click();
    await page.locator('[data-testid=compare-limit]').waitFor({ state: 'visible', timeout: 5_000 });
    expect(await checkbox(extra).isChecked()).toBe(false);
  }
  for (const id of picked.slice(2)) await checkbox(id).uncheck();
  const [first, second] = ids as [string, string];
  await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('ss'))).toBe(`${first},${second}`);

  await page.locator('[data-testid=compare-open]').click();
  await page.waitForURL((url) => url.pathname === '/dat-dau-tu/so-sanh' && url.searchParams.get('lo') === `${first},${second}`, { timeout: 10_000 });
  const table = page.locator('[data-testid=compare-table]');
  await table.waitFor({ state: 'visible', timeout: 15_000 });
  expect(await table.locator('thead th[data-lot-id]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-lot-id')))).toEqual([first, second]);
  // Every row has one cell per lot; two different lots differ somewhere (at least their distances).
  const cellsPerRow = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td').length));
  expect(cellsPerRow.length).toBeGreaterThan(20);
  expect(new Set(cellsPerRow)).toEqual(new Set([2]));
  expect(await table.locator('tbody tr[data-differs=true]').count()).toBeGreaterThan(0);

  await page.goBack();
  await page.locator('[data-testid=lot-row]').first().waitFor({ state: 'visible', timeout: 15_000 });
  expect(await listedIds(page)).toEqual(ids);
}

/** Opens a lot's sheet from the list, checks what it shows, sends an enquiry and reads it back as an officer. */
async function sheetAndEnquiry(page: Page, server: RunningServer, lotId: string, language: string): Promise<void> {
  await page.locator(`[data-lot-id="${lotId}"] a[href="/dat-dau-tu/${lotId}"]`).click();
  await page.waitForURL((url) => url.pathname === `/dat-dau-tu/${lotId}`, { timeout: 10_000 });
  const sheet = page.locator('[data-testid=lot-sheet]');
  await sheet.waitFor({ state: 'visible', timeout: 15_000 });
  const expected = await trpcQuery<LotSheet>(server, 'lots.get', { id: lotId });
  expect(await page.locator('h1').textContent()).toContain(expected.code);
  expect(await page.locator('[data-testid=lot-distances] tbody tr').count()).toBe(expected.distancesToAll.gates.length);
  await page.locator('.lot-sheet .site-map[data-ready=true]').waitFor({ state: 'attached', timeout: 30_000 });
  expect(await page.locator('[data-testid=lot-print]').isVisible()).toBe(true);

  const form = page.locator('[data-testid=enquiry-form]');
  // Nothing filled: the form says what is missing at the fields and sends nothing.
  await form.locator('button[type=submit]').click();
  await expect.poll(() => form.locator('input[name=name]').getAttribute('aria-invalid')).toBe('true');
  expect(await form.locator('input[name=contact]').getAttribute('aria-invalid')).toBe('true');
  expect(await form.locator('textarea[name=message]').getAttribute('aria-invalid')).toBe('true');

  const message = `Xin thông tin về lô ${expected.code}: giá thuê, tiến độ hạ tầng (${language}, ${Date.now()}).`;
  await form.locator('input[name=name]').fill('Nguyễn Văn An');
  await form.locator('input[name=organisation]').fill('Công ty TNHH Thử nghiệm');
  await form.locator('input[name=contact]').fill('an.nguyen@example.com');
  await form.locator('textarea[name=message]').fill(message);
  await form.locator('button[type=submit]').click();
  await page.locator('[data-testid=enquiry-sent]').waitFor({ state: 'visible', timeout: 15_000 });

  const stored = await trpcQuery<{ items: Enquiry[] }>(server, 'enquiries.list', { lotId, limit: 50, offset: 0 }, await loginCookie(server, 'officer', 'demo-officer'));
  const enquiry = stored.items.find((item) => item.message === message);
  expect(enquiry).toMatchObject({ lotId, name: 'Nguyễn Văn An', organisation: 'Công ty TNHH Thử nghiệm', contact: 'an.nguyen@example.com', language });
  expect(await page.locator('[data-testid=enquiry-sent]').textContent()).toContain(enquiry?.id);

  // Back to the lots: the same filters, the same list.
  await page.locator('.lot-sheet__back').click();
  await page.waitForURL((url) => url.pathname === '/dat-dau-tu' && journeySearch.every((part) => url.search.includes(part)), { timeout: 10_000 });
  await expect.poll(() => listedIds(page), { timeout: 15_000 }).toContain(lotId);
}

for (const language of journeyLanguages) {
  describeInBrowser(`investor portal, desktop, ${language} (e2e)`, () => {
    const session = useBrowserSession({
      name: `portal-desktop-${language}`,
      viewport: { width: 1440, height: 900 },
      serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_ENQUIRIES_PER_HOUR: '50' },
      fullPageScreenshots: true,
    });

    it('filters, follows a lot between list and map, compares two lots, opens a sheet and sends an enquiry', async () => {
      await openPortal(session.page, session.server, language);
      await setJourneyFilters(session.page, session.page.locator('.portal__filters'));
      const ids = await expectListMatchesServer(session.page, session.server);

      // The exports carry the same filters and hold the same lots.
      const csvHref = await session.page.locator('[data-testid=portal-export-csv]').getAttribute('href');
      expect(csvHref).toBe('/api/lots.csv?landUse=DAT_SX_Congnghiep&status=available&areaHaMin=2&maxDistanceKm=10&distanceTo=gate');
      const geojson = (await (await fetch(`${session.server.url}${await session.page.locator('[data-testid=portal-export-geojson]').getAttribute('href')}`)).json()) as { features: { id: string }[] };
      expect(geojson.features.map((feature) => feature.id)).toEqual(ids);

      // The map draws the lots; hovering a row lights its lot, choosing it selects it on the map.
      await session.page.waitForFunction(() => window.__ezgisLotsMap?.loaded() === true, undefined, { timeout: 60_000, polling: 200 });
      const [first, second] = ids as [string, string];
      const lotState = (id: string) => session.page.evaluate((lot) => window.__ezgisLotsMap?.getFeatureState({ source: 'land-lots', id: lot }) ?? {}, id);
      await session.page.locator(`[data-lot-id="${second}"] .lot-row__park`).hover();
      await expect.poll(() => lotState(second)).toMatchObject({ hover: true });
      // The keyboard does the same: Tab from the lot's link to "show on map", Enter selects it, focus is visible.
      await session.page.locator(`[data-lot-id="${second}"] a`).first().focus();
      await session.page.keyboard.press('Tab');
      expect(await session.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('lot-show');
      expect(await session.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
      await session.page.keyboard.press('Enter');
      await expect.poll(() => lotState(second)).toMatchObject({ selected: true });
      expect(await session.page.evaluate(() => new URLSearchParams(window.location.search).get('lo'))).toBe(second);
      await session.page.locator(`[data-lot-id="${first}"] [data-testid=lot-show]`).click();
      await expect.poll(() => lotState(first)).toMatchObject({ selected: true });
      expect(await session.page.evaluate(() => new URLSearchParams(window.location.search).get('lo'))).toBe(first);
      await session.page.locator('[data-testid=portal-selected]').waitFor({ state: 'visible', timeout: 5_000 });

      // And the other way round: the pointer over the lot on the map lights its row; a click selects it.
      const mapIdle = () => session.page.waitForFunction(() => { const map = window.__ezgisLotsMap; return !!map && map.loaded() && !map.isMoving(); }, undefined, { timeout: 30_000, polling: 200 });
      await mapIdle();
      const centre = (await trpcQuery<LotSheet>(session.server, 'lots.get', { id: first })).centre;
      const onScreen = async (lonLat: [number, number]) => {
        const point = await session.page.evaluate((position) => window.__ezgisLotsMap!.project(position), lonLat);
        const box = (await session.page.locator('#portal-map canvas').boundingBox())!;
        return { x: box.x + point.x, y: box.y + point.y };
      };
      const lotPoint = await onScreen(centre);
      await session.page.mouse.move(lotPoint.x, lotPoint.y);
      await expect.poll(() => session.page.locator(`[data-lot-id="${first}"]`).getAttribute('class')).toContain('lot-row--hovered');
      await session.page.locator('[data-testid=portal-selected] button').click();
      await expect.poll(() => session.page.evaluate(() => new URLSearchParams(window.location.search).get('lo'))).toBeNull();
      await session.page.mouse.click(lotPoint.x, lotPoint.y);
      await expect.poll(() => session.page.evaluate(() => new URLSearchParams(window.location.search).get('lo'))).toBe(first);

      // "Fit to results" frames every listed lot again.
      await session.page.locator('[data-testid=portal-fit]').click();
      await mapIdle();
      const centres = (await trpcQuery<LotPage>(session.server, 'lots.list', journeyFilters)).items.map((lot) => lot.centre);
      expect(await session.page.evaluate((points) => points.every((point) => window.__ezgisLotsMap!.getBounds().contains(point)), centres)).toBe(true);

      // The link reproduces the view: a fresh session.page at the same URL lists the same lots.
      const shared = await session.page.evaluate(() => window.location.search);
      const other = await session.context.newPage();
      await other.goto(`${session.server.url}/dat-dau-tu${shared}`);
      await expect.poll(() => listedIds(other), { timeout: 15_000 }).toEqual(ids);
      await other.close();

      await compareTwo(session.page, ids);
      await sheetAndEnquiry(session.page, session.server, first, language);
    });

    it('says when no lot matches and keeps the filters in the link', async () => {
      await openPortal(session.page, session.server, language, '?sd=DAT_SX_Congnghiep&dt-tu=90000');
      await session.page.locator('[data-testid=portal-empty]').waitFor({ state: 'visible', timeout: 15_000 });
      expect(await session.page.locator('[data-testid=lot-row]').count()).toBe(0);
      expect(await session.page.locator('input[name=areaHaMin]').inputValue()).toBe('90000');
    });
  });

  describeInBrowser(`investor portal, phone 390×844, ${language} (e2e)`, () => {
    const session = useBrowserSession({
      name: `portal-phone-${language}`,
      viewport: { width: 390, height: 844 },
      serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_ENQUIRIES_PER_HOUR: '50' },
      fullPageScreenshots: true,
    });

    const noHorizontalOverflow = () => session.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    it('filters in the sheet, switches list and map, compares two lots, opens a sheet and sends an enquiry', async () => {
      await openPortal(session.page, session.server, language);
      expect(await session.page.locator('.portal__filters').count()).toBe(0);
      await session.page.locator('[data-testid=portal-filters-open]').click();
      const dialog = session.page.getByRole('dialog');
      await dialog.waitFor({ state: 'visible', timeout: 5_000 });
      await setJourneyFilters(session.page, dialog);
      await dialog.locator('[data-testid=portal-filters-done]').click();
      await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
      const ids = await expectListMatchesServer(session.page, session.server);
      expect(await noHorizontalOverflow()).toBe(true);

      // List and map are tabs: the map tab shows the map (drawn at full width), the list tab the list.
      const [listTab, mapTab] = [session.page.getByRole('tab').nth(0), session.page.getByRole('tab').nth(1)];
      expect(await listTab.getAttribute('aria-selected')).toBe('true');
      await mapTab.click();
      expect(await mapTab.getAttribute('aria-selected')).toBe('true');
      await session.page.locator('#portal-map .lots-map[data-ready=true]').waitFor({ state: 'visible', timeout: 60_000 });
      expect(await session.page.locator('[data-testid=lot-row]').first().isVisible()).toBe(false);
      const canvasWidth = await session.page.evaluate(() => window.__ezgisLotsMap?.getCanvas().clientWidth ?? 0);
      expect(canvasWidth).toBeGreaterThan(300);
      // The keyboard moves between the tabs too.
      await mapTab.focus();
      await session.page.keyboard.press('ArrowLeft');
      expect(await listTab.getAttribute('aria-selected')).toBe('true');
      await session.page.locator('[data-testid=lot-row]').first().waitFor({ state: 'visible', timeout: 5_000 });

      // "Show on map" from a row switches to the map with the lot selected.
      const [first] = ids as [string];
      await session.page.locator(`[data-lot-id="${first}"] [data-testid=lot-show]`).click();
      expect(await mapTab.getAttribute('aria-selected')).toBe('true');
      await session.page.locator('[data-testid=portal-selected]').waitFor({ state: 'visible', timeout: 5_000 });
      await listTab.click();

      await compareTwo(session.page, ids);
      expect(await noHorizontalOverflow()).toBe(true);
      await sheetAndEnquiry(session.page, session.server, first, language);
      expect(await noHorizontalOverflow()).toBe(true);
    });
  });
}

describeInBrowser('investor portal, enquiry limit (e2e)', () => {
  const session = useBrowserSession({
    name: 'portal-enquiry-limit',
    viewport: { width: 1280, height: 900 },
    serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_ENQUIRIES_PER_HOUR: '1' },
  });

  it('says readably that too many enquiries were sent (429) and keeps what was typed', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/dat-dau-tu/lot-hp-cn-02`);
    const form = page.locator('[data-testid=enquiry-form]');
    await form.waitFor({ state: 'visible', timeout: 30_000 });
    const fill = async (message: string) => {
      await form.locator('input[name=name]').fill('Trần Thị Bình');
      await form.locator('input[name=contact]').fill('+84 912 345 678');
      await form.locator('textarea[name=message]').fill(message);
      await form.locator('button[type=submit]').click();
    };
    await fill('Lần thứ nhất: xin hồ sơ pháp lý của lô đất.');
    await page.locator('[data-testid=enquiry-sent]').waitFor({ state: 'visible', timeout: 15_000 });
    await page.locator('[data-testid=enquiry-sent] button').click();
    await fill('Lần thứ hai: xin lịch làm việc với Ban Quản lý.');
    const failure = page.locator('[data-testid=enquiry-failure]');
    await failure.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await failure.textContent()).toContain('Đã gửi quá nhiều yêu cầu');
    expect(await form.locator('textarea[name=message]').inputValue()).toBe('Lần thứ hai: xin lịch làm việc với Ban Quản lý.');
  });
});
