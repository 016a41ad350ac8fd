/**
 * axe-core (node_modules/axe-core) on the public pages in a real browser: no violation of
 * impact "serious" or "critical" may remain. Each page waits for its own content first, so the
 * check sees the page people see, not a spinner. Add pages to `auditedPages`.
 */
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { describeViolations, seriousViolations } from './axe.ts';

export interface AuditedPage {
  name: string;
  /** Path with query and hash; `#lang=` picks the language of the map page. */
  path: string;
  /** Shown once the page's content is there. */
  ready: string;
  /** The language the page must end up in (`<html lang>`). */
  lang: string;
  viewport?: { width: number; height: number };
}

/** Every public page, in each language where its text differs. */
export const auditedPages: readonly AuditedPage[] = [
  { name: 'map, Vietnamese', path: '/#lang=vi', ready: '.layers-panel', lang: 'vi' },
  { name: 'map, English', path: '/#lang=en', ready: '.layers-panel', lang: 'en' },
  { name: 'map, Chinese', path: '/#lang=zh', ready: '.layers-panel', lang: 'zh-Hans' },
  { name: 'map, phone 390×844', path: '/#lang=vi', ready: '.app-header', lang: 'vi', viewport: { width: 390, height: 844 } },
  { name: 'sign-in', path: '/dang-nhap', ready: 'input[name=password]', lang: 'vi' },
  { name: 'plans, anonymous', path: '/quy-hoach', ready: '.plans-sidebar__public', lang: 'vi' },
  { name: 'border gates', path: '/cua-khau', ready: '.gate-card', lang: 'vi' },
  { name: 'investor portal', path: '/dat-dau-tu', ready: '[data-testid=lot-row]', lang: 'vi' },
  { name: 'investor portal, Chinese', path: '/dat-dau-tu#lang=zh', ready: '[data-testid=lot-row]', lang: 'zh-Hans' },
  { name: 'investor portal, phone 390×844', path: '/dat-dau-tu', ready: '.portal', lang: 'vi', viewport: { width: 390, height: 844 } },
  { name: 'lot sheet', path: '/dat-dau-tu/lot-hp-cn-02', ready: '[data-testid=lot-sheet]', lang: 'vi' },
  { name: 'lot comparison', path: '/dat-dau-tu/so-sanh?lo=lot-hp-cn-01,lot-hp-cn-02', ready: '[data-testid=compare-table]', lang: 'vi' },
];

describeInBrowser('accessibility (axe-core, e2e)', () => {
  const session = useBrowserSession({ name: 'accessibility', viewport: { width: 1280, height: 800 }, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' },
    // axe is injected as a script the app's CSP (script-src 'self') would refuse.
    contextOptions: { bypassCSP: true },
  });

  it.each(auditedPages)('$name ($path) has no serious or critical violations', async (audited) => {
    if (audited.viewport) await session.page.setViewportSize(audited.viewport);
    await session.page.goto(`${session.server.url}${audited.path}`);
    await session.page.locator(audited.ready).first().waitFor({ state: 'visible', timeout: 60_000 });
    await expect.poll(() => session.page.evaluate(() => document.documentElement.lang)).toBe(audited.lang);
    // Let lazy parts (layer data, legends) settle before checking.
    await session.page.waitForLoadState('networkidle').catch(() => undefined);
    const violations = await seriousViolations(session.page);
    expect(violations, `axe found on ${audited.path}:\n${describeViolations(violations)}`).toEqual([]);
  });
});
