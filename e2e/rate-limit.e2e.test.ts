/**
 * A visitor over the anonymous read limit sees "too many requests, try again in N s" — not
 * "cannot reach the server" — because /trpc answers 429 in tRPC's error shape with the wait.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import type { RunningServer } from './server.ts';

const READS_PER_MINUTE = 5;

describeInBrowser('read limit in the browser (e2e)', () => {
  const session = useBrowserSession({ name: 'rate-limit', viewport: { width: 1280, height: 800 }, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: String(READS_PER_MINUTE) } });
  let server: RunningServer;
  let page: Page;

  beforeAll(() => {
    server = session.server;
  });

  beforeEach(() => {
    page = session.page;
  });

  it('says how long to wait when the map’s requests are refused with 429', async () => {
    // The limiter counts fixed one-minute windows: start well inside one, so the page meets the spent limit.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    for (let i = 0; i < READS_PER_MINUTE; i += 1) await fetch(`${server.url}/ogc`);
    expect((await fetch(`${server.url}/ogc`)).status).toBe(429);

    await page.goto(server.url);
    const title = page.locator('.blocking-message__title');
    await title.waitFor({ timeout: 30_000 });
    await expect.poll(() => title.textContent(), { timeout: 30_000 }).toMatch(/^Quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ giây\.$/);
    expect(await page.getByText('Không kết nối được máy chủ').count()).toBe(0);
  });
});
