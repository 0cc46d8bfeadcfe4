/**
 * Renders the report of a fixture page, opens it in Chromium, puts keyboard focus on an insult
 * so its tooltip shows, and saves a screenshot: docs/report.png, which the README shows. The
 * browser test takes the same screenshot into .tmp/ so a broken page shows up there first.
 *
 *   npx tsx scripts/build/report-screenshot.ts [out.png]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzePage, renderReport } from '../../src/index.js';
import { launchBrowser, type Browser } from '../lib/chromium.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_PAGE = 'fixtures/pages/102_disqus.txt';
export const SCREENSHOT_FILE = join(ROOT, 'docs/report.png');
const VIEWPORT = { width: 1100, height: 1250 };

/** Saves the screenshot to `out`; returns the rule of the highlight whose tooltip it shows. */
export async function takeReportScreenshot(browser: Browser, out: string): Promise<string> {
  const record = { ...analyzePage(readFileSync(join(ROOT, SCREENSHOT_PAGE))), source: SCREENSHOT_PAGE };
  const file = join(browser.dir, 'screenshot-report.html');
  writeFileSync(file, renderReport(record));
  const page = await browser.context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="true"]');
  // Scroll the thread to the top, with the legend in view, then show one tooltip.
  const mark = page.locator('mark[data-tag="insults"]').first();
  await page.locator('.controls').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -80));
  await mark.focus();
  const rule = (await mark.getAttribute('data-rule')) ?? '';
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  await page.close();
  return rule;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? SCREENSHOT_FILE;
  const browser = await launchBrowser(VIEWPORT);
  try {
    const rule = await takeReportScreenshot(browser, out);
    console.log(`wrote ${out} (tooltip of ${rule})`);
  } finally {
    await browser.close();
  }
}
