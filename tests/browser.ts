/**
 * Debian's Chromium driven by playwright-core, for tests that need a real browser. Where Chromium
 * is missing the tests skip with a message, except in CI (THREADLENS_CI=1), where they fail.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { CHROMIUM, type Browser } from '../scripts/lib/chromium.js';

export { launchBrowser, type Browser } from '../scripts/lib/chromium.js';

export const IN_CI = process.env.THREADLENS_CI === '1';
export const HAS_CHROMIUM = existsSync(CHROMIUM);

/** Why browser tests did not run, or null when they can. */
export function browserSkipReason(): string | null {
  if (HAS_CHROMIUM) return null;
  const reason = `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set THREADLENS_CHROMIUM)`;
  if (IN_CI) throw new Error(`${reason}: browser tests must run in CI`);
  return reason;
}

export interface OpenedReport {
  page: Page;
  url: string;
  /** Every request the page attempted, the report's own load included. */
  requests: string[];
  /** Requests that failed, with the browser's reason (Chromium says "csp" for a policy block). */
  failed: { url: string; reason: string }[];
  /** Requests that got a response. */
  finished: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

let counter = 0;

/** Writes the report to a file, opens it (at `hash`), and waits until every comment is drawn. */
export async function openReport(browser: Browser, html: string, hash = '', options: { waitForAll?: boolean; init?: () => void } = {}): Promise<OpenedReport> {
  const file = join(browser.dir, `report-${++counter}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const failed: OpenedReport['failed'] = [];
  const finished: string[] = [];
  const errors: string[] = [];
  // Runs before the report's own script, through the debugger (the report's policy does not apply).
  if (options.init) await page.addInitScript(options.init);
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failed.push({ url: request.url(), reason: request.failure()?.errorText ?? '' }));
  page.on('requestfinished', (request) => finished.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(url + hash);
  if (options.waitForAll !== false) await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
  return { page, url, requests, failed, finished, errors };
}
