/**
 * Simplified Chinese as a UI language in a real browser: the switch in the header turns the page
 * to Chinese (<html lang="zh-Hans">, title, layer panel, numbers), the link carries lang=zh, and
 * the choice survives a reload.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import type { RunningServer } from './server.ts';

describeInBrowser('Chinese UI (e2e)', () => {
  const session = useBrowserSession({ name: 'language', viewport: { width: 1280, height: 800 }, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' } });
  let server: RunningServer;
  let page: Page;

  beforeAll(() => {
    server = session.server;
  });

  beforeEach(() => {
    page = session.page;
  });

  it('switches to 中文 from the header, and keeps it in the link and after a reload', async () => {
    await page.goto(server.url);
    await page.locator('.layers-panel').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^中文/ }).click();

    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page.getByRole('heading', { name: '图层' }).waitFor();
    expect(await page.locator('.app-header__title').textContent()).toBe('同登—谅山口岸经济区地图');
    await expect.poll(() => page.title()).toContain('同登—谅山口岸经济区地图');
    await expect.poll(() => new URL(page.url()).hash).toContain('lang=zh');
    // Layer titles come from the registry in Chinese; counts read "65 个要素".
    expect(await page.locator('.layers-panel').textContent()).toContain('乡和坊（2025年7月1日起）');
    expect(await page.locator('.layers-panel').textContent()).toMatch(/\d+ 个要素/);

    await page.reload();
    await page.getByRole('heading', { name: '图层' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: /^中文/ }).getAttribute('aria-pressed')).toBe('true');
  });
});
