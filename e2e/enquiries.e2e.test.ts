/**
 * The officer's side of investor enquiries in a real browser: an enquiry sent through tRPC
 * (enquiries.submit, as the portal's form does), the officer signs in, finds it on
 * /quan-tri/yeu-cau (no serious axe-core violation), marks it handled with a note, and the
 * server then lists it as handled.
 */
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { describeViolations, seriousViolations } from './axe.ts';
import { loginCookie, trpcMutation, trpcQuery } from './trpc-http.ts';
import { signInInBrowser } from './sign-in.ts';

const viewport = { width: 1280, height: 800 };

describeInBrowser('investor enquiries (e2e)', () => {
  const session = useBrowserSession({
    name: 'enquiries',
    viewport,
    serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000', RATE_LIMIT_WRITES_PER_MINUTE: '100000', RATE_LIMIT_ENQUIRIES_PER_HOUR: '1000' },
    // For axe-core, injected as a script.
    contextOptions: { bypassCSP: true },
  });

  it('shows an enquiry sent through tRPC to the officer, who marks it handled; the server then lists it as handled', async () => {
    const lots = await trpcQuery<{ items: { id: string; code: string }[] }>(session.server, 'lots.list', { limit: 5 });
    const lot = lots.items[0];
    if (!lot) throw new Error('the demo data has no lots');
    const sender = `Trần Thị E2E ${Date.now()}`;
    const submitted = await trpcMutation<{ id: string }>(session.server, 'enquiries.submit', {
      lotId: lot.id,
      name: sender,
      organisation: 'Công ty TNHH Kiểm thử',
      contact: 'e2e@example.vn',
      message: 'Chúng tôi muốn thuê lô này để làm kho lạnh, xin cho biết giá thuê và thời hạn.',
      language: 'vi',
    });

    await signInInBrowser(session.page, session.server, 'officer');
    await session.page.locator('.user-menu .menu-button__trigger').click();
    await session.page.getByRole('menuitem', { name: 'Yêu cầu nhà đầu tư' }).click();
    await expect.poll(() => new URL(session.page.url()).pathname, { timeout: 20_000 }).toBe('/quan-tri/yeu-cau');

    const card = session.page.locator(`[data-enquiry="${submitted.id}"]`);
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await card.textContent()).toContain('Công ty TNHH Kiểm thử');
    expect(await card.getByRole('link', { name: `Lô ${lot.code}` }).getAttribute('href')).toBe(`/dat-dau-tu/${encodeURIComponent(lot.id)}`);
    expect(await card.getByRole('link', { name: 'e2e@example.vn' }).getAttribute('href')).toBe('mailto:e2e@example.vn');
    const violations = await seriousViolations(session.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await card.getByRole('textbox', { name: /Ghi chú/ }).fill('Đã gửi bảng giá qua email.');
    await card.getByRole('button', { name: /Đánh dấu đã xử lý/ }).click();
    await session.page.getByText(`Đã đánh dấu yêu cầu của ${sender} là đã xử lý.`).first().waitFor({ timeout: 20_000 });
    // The open list no longer has it.
    await card.waitFor({ state: 'detached', timeout: 20_000 });

    const cookie = await loginCookie(session.server, 'officer', 'demo-officer');
    const handled = await trpcQuery<{ items: { id: string; handledAt: string | null; handledBy: string | null; handledNote: string | null }[] }>(
      session.server, 'enquiries.list', { handled: true }, cookie,
    );
    expect(handled.items.find((item) => item.id === submitted.id)).toMatchObject({ handledBy: 'officer', handledNote: 'Đã gửi bảng giá qua email.' });
  });

  it('shows the planner the enquiries without the mark-handled action', async () => {
    const lots = await trpcQuery<{ items: { id: string }[] }>(session.server, 'lots.list', { limit: 1 });
    const submitted = await trpcMutation<{ id: string }>(session.server, 'enquiries.submit', {
      lotId: lots.items[0]?.id ?? '',
      name: 'Planner Reads',
      contact: '+84 912 345 678',
      message: 'Please send the lease terms and the land price for this lot.',
      language: 'en',
    });
    await signInInBrowser(session.page, session.server, 'planner');
    await session.page.goto(`${session.server.url}/quan-tri/yeu-cau`);
    await session.page.getByRole('heading', { level: 1, name: 'Yêu cầu của nhà đầu tư' }).waitFor({ timeout: 20_000 });
    const card = session.page.locator(`[data-enquiry="${submitted.id}"]`);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getByRole('link', { name: '+84 912 345 678' }).getAttribute('href')).toBe('tel:+84912345678');
    expect(await session.page.getByRole('button', { name: /Đánh dấu đã xử lý|Mở lại/ }).count()).toBe(0);
    expect(await session.page.getByText('Bạn chỉ xem được các yêu cầu').count()).toBe(1);
  });
});
