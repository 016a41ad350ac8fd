/** Debian's Chromium for the e2e suite, with the flags this machine needs (TOOLCHAIN.md). */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const hasChromium = fs.existsSync(chromiumPath);

/** Without Chromium the suite is skipped locally, but CI (CI=true) must not skip it. */
export const mustRunBrowser = process.env.CI === 'true';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
