/**
 * What every browser suite shares: the CI rule for Chromium, one server and one browser per
 * suite, a fresh context and page per test, and for each failing test a screenshot with the page
 * and server logs in e2e/artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { chromiumPath, hasChromium, launchBrowser, mustRunBrowser } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

export const artifactsDirectory = path.resolve(import.meta.dirname, 'artifacts');

/** describe() for a browser suite: skipped with a message without Chromium, a failure under CI=true. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!hasChromium && mustRunBrowser) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`CI=true but ${chromiumPath} does not exist: install it (apt-get install chromium); the browser suite must not be skipped in CI`);
      });
    });
    return;
  }
  if (!hasChromium) console.warn(`[e2e] skipped: ${chromiumPath} does not exist (apt-get install chromium). Set CI=true to make this a failure.`);
  describe.skipIf(!hasChromium)(name, body);
}

export interface BrowserSessionOptions {
  /** Prefix of the artifact files of failing tests. */
  name: string;
  viewport: { width: number; height: number };
  serverEnv?: Record<string, string>;
  fullPageScreenshots?: boolean;
  /** E.g. `bypassCSP` to inject a test library (axe-core) the page's CSP would refuse. */
  contextOptions?: BrowserContextOptions;
}

export interface BrowserSession {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console messages and page errors of the current test. */
  readonly pageLog: string[];
}

/** Registers the suite's hooks (call it inside describeInBrowser) and hands out what they made. */
export function useBrowserSession(options: BrowserSessionOptions): BrowserSession {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageLog: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(artifactsDirectory, { recursive: true });
    server = await startServer(options.serverEnv ? { env: options.serverEnv } : {});
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: options.viewport, locale: 'vi-VN', ...options.contextOptions });
    page = await context.newPage();
    pageLog = [];
    page.on('console', (message) => pageLog.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => pageLog.push(`[pageerror] ${error.message}`));
  });

  // afterEach sees the test's result (onTestFailed would run after the page is closed).
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const name = `${options.name}-${task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
      await page.screenshot({ path: path.join(artifactsDirectory, `${name}.png`), fullPage: options.fullPageScreenshots ?? false }).catch(() => undefined);
      fs.writeFileSync(path.join(artifactsDirectory, `${name}.log`), `${pageLog.join('\n')}\n\n--- server ---\n${server.output()}`);
    }
    await context.close();
  });

  return {
    get server() { return server; },
    get browser() { return browser; },
    get context() { return context; },
    get page() { return page; },
    get pageLog() { return pageLog; },
  };
}
