/**
 * A visitor over the anonymous read limit sees "too many requests, try again in N s" — not
 * "cannot reach the server" — because /trpc answers 429 in tRPC's error shape with the wait.
 */
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';

const READS_PER_MINUTE = 5;

describeInBrowser('read limit in the browser (e2e)', () => {
  const session = useBrowserSession({ name: 'rate-limit', viewport: { width: 1280, height: 800 }, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: String(READS_PER_MINUTE) } });

  it('says how long to wait when the map’s requests are refused with 429', async () => {
    // The limiter counts fixed one-minute windows: start well inside one, so the session.page meets the spent limit.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoMinute));
    for (let i = 0; i < READS_PER_MINUTE; i += 1) await fetch(`${session.server.url}/ogc`);
    expect((await fetch(`${session.server.url}/ogc`)).status).toBe(429);

    await session.page.goto(session.server.url);
    const title = session.page.locator('.blocking-message__title');
    await title.waitFor({ timeout: 30_000 });
    await expect.poll(() => title.textContent(), { timeout: 30_000 }).toMatch(/^Quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ giây\.$/);
    expect(await session.page.getByText('Không kết nối được máy chủ').count()).toBe(0);
  });
});
