/**
 * The map's search box in a real browser against the demo data: "huu nghi" (no diacritics) finds
 * the Hữu Nghị gate, the keyboard chooses it, the map moves there and opens its popup; "1088/2"
 * finds the border marker; Escape closes the list. Screenshots of failures go to e2e/artifacts/.
 */
import { beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';

const huuNghiGate: [number, number] = await (async () => {
  const { readFile } = await import('node:fs/promises');
  const gates = JSON.parse(await readFile(new URL('../geodata/border-gates.geojson', import.meta.url), 'utf8')) as {
    features: { id: string; geometry: { type: string; coordinates: [number, number] } }[];
  };
  const gate = gates.features.find((feature) => feature.id === 'gate-huu-nghi');
  if (!gate || gate.geometry.type !== 'Point') throw new Error('the demo data has no Hữu Nghị gate point');
  return gate.geometry.coordinates;
})();

async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const map = window.__ezgisMap;
    return !!map && map.loaded() && !map.isMoving();
  }, undefined, { timeout: 60_000, polling: 200 });
}

/** The options of the search results (the page has other listboxes' options, e.g. the project filter). */
function resultOptions(page: Page) {
  return page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option');
}

async function mapCentre(page: Page): Promise<[number, number]> {
  return page.evaluate(() => window.__ezgisMap!.getCenter().toArray() as [number, number]);
}

describeInBrowser('search box (e2e)', () => {
  const session = useBrowserSession({ name: 'search', viewport: { width: 1440, height: 900 }, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' } });
  let page: Page;

  beforeEach(() => {
    page = session.page;
  });

  it('finds the Hữu Nghị gate from "huu nghi", moves the map to it and opens its popup', async () => {
    await openMap(page, session.server.url);
    const box = page.getByRole('combobox', { name: 'Tìm trên bản đồ' });
    await box.fill('huu nghi');
    const option = resultOptions(page).filter({ hasText: 'Cửa khẩu quốc tế Hữu Nghị' }).first();
    await option.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await option.textContent()).toContain('Cửa khẩu');

    // The keyboard reaches it: ↓ until it is the active descendant, then Enter.
    const options = await resultOptions(page).allTextContents();
    const index = options.findIndex((text) => text.includes('Cửa khẩu quốc tế Hữu Nghị'));
    for (let step = 0; step <= index; step += 1) await box.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).textContent()).toContain('Cửa khẩu quốc tế Hữu Nghị');
    await box.press('Enter');

    await expect.poll(async () => {
      const [lon, lat] = await mapCentre(page);
      return Math.hypot(lon - huuNghiGate[0], lat - huuNghiGate[1]);
    }, { timeout: 10_000 }).toBeLessThan(0.002);
    const popup = page.locator('.feature-popup');
    await popup.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await popup.locator('.feature-popup__title').textContent()).toContain('Hữu Nghị');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('sel=border-gates:gate-huu-nghi');
  });

  it('finds border marker 1088/2 by its number and closes the list with Escape', async () => {
    await openMap(page, session.server.url);
    const box = page.getByRole('combobox', { name: 'Tìm trên bản đồ' });
    await box.fill('1088/2');
    const option = resultOptions(page).first();
    await option.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await option.textContent()).toContain('Mốc 1088/2');
    expect(await option.textContent()).toContain('Mốc biên giới');
    await box.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden', timeout: 5_000 });
    expect(await box.inputValue()).toBe('1088/2');

    await box.press('ArrowDown');
    await resultOptions(page).filter({ hasText: 'Mốc 1088/2' }).first().click();
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toContain('sel=border-markers:marker-1088-2');
  });

  it('says when nothing is found', async () => {
    await openMap(page, session.server.url);
    await page.getByRole('combobox', { name: 'Tìm trên bản đồ' }).fill('zzqx không có');
    await expect.poll(() => page.locator('.search-box__popup').textContent(), { timeout: 10_000 }).toContain('Không tìm thấy');
  });
});
