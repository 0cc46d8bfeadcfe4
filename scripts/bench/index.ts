/** `npm run bench`: speed tables from scripts/bench/sections/ (CPU-bound; run on an idle machine). */
import { runSections } from '../lib/sections.js';

await runSections(new URL('./sections/', import.meta.url), process.argv.slice(2));
