/** The report's script and stylesheet are bundled into a committed module; it must match the sources. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSETS_FILE, reportAssets } from '../scripts/build/report-assets.js';

describe('report assets', () => {
  it('src/report/assets.generated.ts is what the client sources bundle to (run npm run build to refresh it)', async () => {
    // Compared as a flag: a diff of two minified bundles says nothing useful.
    const current = readFileSync(ASSETS_FILE, 'utf8') === (await reportAssets());
    expect(current, 'stale: run `npx tsx scripts/build/report-assets.ts` (npm run build does it too)').toBe(true);
  });
});
