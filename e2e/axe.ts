/**
 * axe-core in a page under test: injects node_modules/axe-core/axe.min.js (the context needs
 * `bypassCSP: true`, the app's CSP allows no injected script), runs every rule, and keeps the
 * violations of impact "serious" or "critical", written out so a developer can fix them.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeNode { target: unknown[]; html: string; failureSummary?: string }
export interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

declare global {
  interface Window {
    axe: { run: (context: Document, options: Record<string, unknown>) => Promise<{ violations: AxeViolation[] }> };
  }
}

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** One line per rule and up to five elements each: what a developer needs to fix it. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((violation) => [
    `${violation.impact}: ${violation.id} — ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.slice(0, 5).map((node) => `    ${JSON.stringify(node.target)} ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
    ...(violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : []),
  ].join('\n')).join('\n');
}
