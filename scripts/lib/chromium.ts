/**
 * Debian's Chromium started through playwright-core with a fresh profile, for the report's browser
 * tests, its screenshot and its bench. The flags keep Chromium off the network: without the
 * background-networking ones it calls home at start, and a closed network refuses it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.THREADLENS_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  /** A folder for report files; removed by close(). */
  dir: string;
  close(): Promise<void>;
}

export async function launchBrowser(viewport = { width: 1200, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'threadlens-chromium-'));
  const dir = mkdtempSync(join(tmpdir(), 'threadlens-reports-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport });
  return {
    context,
    dir,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
