/**
 * Simplified Chinese as a UI language in a real browser: the switch in the header turns the page
 * to Chinese (<html lang="zh-Hans">, title, layer panel, numbers), the link carries lang=zh, and
 * the choice survives a reload.
 */
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';

describeInBrowser('Chinese UI (e2e)', () => {
  const session = useBrowserSession({ name: 'language', viewport: { width: 1280, height: 800 }, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' } });

  it('switches to 中文 from the header, and keeps it in the link and after a reload', async () => {
    await session.page.goto(session.server.url);
    await session.page.locator('.layers-panel').waitFor({ timeout: 60_000 });
    await session.page.getByRole('button', { name: /^中文/ }).click();

    await expect.poll(() => session.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await session.page.getByRole('heading', { name: '图层' }).waitFor();
    expect(await session.page.locator('.app-header__title').textContent()).toBe('同登—谅山口岸经济区地图');
    await expect.poll(() => session.page.title()).toContain('同登—谅山口岸经济区地图');
    await expect.poll(() => new URL(session.page.url()).hash).toContain('lang=zh');
    // Layer titles come from the registry in Chinese; counts read "65 个要素".
    expect(await session.page.locator('.layers-panel').textContent()).toContain('乡和坊（2025年7月1日起）');
    expect(await session.page.locator('.layers-panel').textContent()).toMatch(/\d+ 个要素/);

    await session.page.reload();
    await session.page.getByRole('heading', { name: '图层' }).waitFor({ timeout: 60_000 });
    expect(await session.page.getByRole('button', { name: /^中文/ }).getAttribute('aria-pressed')).toBe('true');
  });
});
