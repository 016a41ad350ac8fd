/**
 * Accounts in a real browser against the real server and the demo accounts: sign in as a planner
 * and as a commune officer (the menu shows name, role and commune), sign out, a wrong password,
 * and the admin's journey: create a user, see it listed, find `users.create` in the audit log.
 * Screenshots and page logs of failing tests go to e2e/artifacts/.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, useBrowserSession } from './browser-session.ts';
import { submitSignInForm } from './sign-in.ts';

const viewport = { width: 1280, height: 800 };


/**
 * Waits for the app's own (history API) navigation to reach a path. Polls the URL rather than
 * waitForURL, whose wait for a load event made same-document navigations flaky in CI.
 */
async function waitForPath(page: Page, pathname: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 20_000 }).toBe(pathname);
}

/** Opens the user menu from the keyboard and returns its text (summary and items). */
async function openUserMenu(page: Page): Promise<string> {
  const trigger = page.locator('.user-menu .menu-button__trigger');
  await trigger.waitFor({ state: 'visible', timeout: 20_000 });
  await trigger.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.menu-button__popup');
  await popup.waitFor({ state: 'visible' });
  return (await popup.textContent()) ?? '';
}

describeInBrowser('accounts (e2e)', () => {
  const session = useBrowserSession({ name: 'auth', viewport, serverEnv: { RATE_LIMIT_READS_PER_MINUTE: '100000' } });

  it('signs in as the planner from the header, shows name and role in the menu, and signs out', async () => {
    await session.page.goto(session.server.url);
    await session.page.getByRole('link', { name: 'Đăng nhập' }).click();
    await waitForPath(session.page, '/dang-nhap');
    await session.page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('planner');
    await session.page.locator('input[name=password]').fill('demo-planner');
    await session.page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

    // Back on the map it came from.
    await waitForPath(session.page, '/');
    const menu = await openUserMenu(session.page);
    expect(menu).toContain('Cán bộ Phòng Quản lý hạ tầng');
    expect(menu).toContain('Cán bộ quy hoạch (Phòng Hạ tầng)');
    // Not an admin: no admin pages offered.
    expect(menu).not.toContain('Quản lý người dùng');

    // The first item has focus; Escape closes and returns focus to the button.
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await session.page.keyboard.press('Escape');
    await session.page.locator('.menu-button__popup').waitFor({ state: 'detached' });
    expect(await session.page.evaluate(() => document.activeElement?.className)).toContain('menu-button__trigger');

    await openUserMenu(session.page);
    await session.page.getByRole('menuitem', { name: 'Đăng xuất', exact: true }).click();
    await session.page.getByRole('link', { name: 'Đăng nhập' }).waitFor({ state: 'visible', timeout: 10_000 });
    expect(await session.page.locator('.user-menu .menu-button__trigger').count()).toBe(0);
    const me = await session.page.evaluate(() => fetch('/trpc/auth.me').then((response) => response.json()));
    expect(me).toEqual({ result: { data: null } });
  });

  it('signs in as the Đồng Đăng commune officer and shows the commune in the menu', async () => {
    await submitSignInForm(session.page, session.server, 'xa-dong-dang');
    const menu = await openUserMenu(session.page);
    expect(menu).toContain('Cán bộ xã, phường');
    expect(menu).toContain('Đồng Đăng');
  });

  it('shows why a wrong password is refused and stays on the login page', async () => {
    await submitSignInForm(session.page, session.server, 'officer', 'not-the-password');
    const alert = session.page.getByRole('alert');
    await alert.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await alert.textContent()).toContain('Sai tên đăng nhập hoặc mật khẩu');
    expect(new URL(session.page.url()).pathname).toBe('/dang-nhap');
    expect(await session.page.locator('.user-menu .menu-button__trigger').count()).toBe(0);
  });

  it('refuses the users page to a non-admin with a clear message', async () => {
    await submitSignInForm(session.page, session.server, 'officer');
    await session.page.locator('.user-menu .menu-button__trigger').waitFor({ state: 'visible', timeout: 20_000 });
    await session.page.goto(`${session.server.url}/quan-tri/nguoi-dung`);
    await session.page.getByText('Bạn không có quyền truy cập trang này').waitFor({ state: 'visible', timeout: 10_000 });
  });

  it('lets the admin create a user, list it, and find users.create in the audit log', async () => {
    await submitSignInForm(session.page, session.server, 'admin');
    await openUserMenu(session.page);
    await session.page.getByRole('menuitem', { name: 'Quản lý người dùng' }).click();
    await waitForPath(session.page, '/quan-tri/nguoi-dung');
    await session.page.locator('tr[data-username="planner"]').waitFor({ state: 'visible', timeout: 20_000 });

    const form = session.page.locator('form.admin-form');
    await form.getByRole('textbox', { name: 'Tên đăng nhập' }).fill('can-bo-e2e');
    await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Cán bộ Kiểm thử');
    await form.getByRole('combobox', { name: 'Vai trò' }).selectOption('commune');
    // A commune account without its commune is refused in the form, before any request.
    await form.locator('input[name=password]').fill('mat-khau-e2e-1');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.getByText('Tài khoản xã cần chọn xã, phường.').waitFor({ state: 'visible' });
    await form.getByRole('combobox', { name: 'Xã, phường' }).selectOption('11.1806');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();

    const row = session.page.locator('tr[data-username="can-bo-e2e"]');
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await row.textContent()).toContain('Cán bộ Kiểm thử');
    expect(await row.textContent()).toContain('Đồng Đăng');
    expect(await session.page.getByRole('status').filter({ hasText: 'can-bo-e2e' }).textContent()).toContain('Đã tạo tài khoản can-bo-e2e');

    await openUserMenu(session.page);
    await session.page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).click();
    await waitForPath(session.page, '/quan-tri/nhat-ky');
    const entry = session.page.locator('tr[data-procedure="users.create"]').filter({ hasText: 'can-bo-e2e' });
    await entry.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await entry.textContent()).toContain('admin');

    // The CSV link carries the filters chosen on the session.page.
    await session.page.getByRole('combobox', { name: 'Thao tác' }).selectOption('users.create');
    await session.page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => session.page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')).toBe('/api/audit.csv?procedure=users.create');
    expect(new URL(session.page.url()).search).toBe('?procedure=users.create');
  });
});
