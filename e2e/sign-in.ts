/** Signing in through the login page (/dang-nhap) in a real browser, as a user would. */
import type { Page } from 'playwright-core';
import type { RunningServer } from './server.ts';

/** Opens /dang-nhap, fills in the form and submits it; does not wait for the result. */
export async function submitSignInForm(page: Page, server: RunningServer, username: string, password = `demo-${username}`): Promise<void> {
  await page.goto(`${server.url}/dang-nhap`);
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

/**
 * Signs in (the demo accounts' password is `demo-<username>`), waits for the user menu, and
 * returns the browser's cookies as a Cookie header for the test's own calls to the server.
 */
export async function signInInBrowser(page: Page, server: RunningServer, username: string, password = `demo-${username}`): Promise<string> {
  await submitSignInForm(page, server, username, password);
  await page.locator('.user-menu .menu-button__trigger').waitFor({ state: 'visible', timeout: 20_000 });
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}
